//! Languages and translated text.
//!
//! Every string the kiosk shows is a [`Text`]: one `&'static str` per
//! language, side by side, so a missing translation is visible in review and
//! caught by the checker (`check::check_texts`).

use serde::{Deserialize, Serialize};

/// A language the kiosk can speak.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    postcard::experimental::max_size::MaxSize,
)]
pub enum Language {
    /// English.
    En,
    /// Spanish (español).
    Es,
    /// Polish (polski).
    Pl,
    /// Romanian (română).
    Ro,
}

impl Language {
    /// Every language the shipped content is complete in. The checker fails
    /// if any string is missing in any of these.
    pub const ALL: &'static [Language] = &[Language::En, Language::Es, Language::Pl, Language::Ro];

    /// The short code used on the command line and in summaries (`en`, `es`,
    /// `pl`, `ro`).
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Pl => "pl",
            Language::Ro => "ro",
        }
    }

    /// The language's own name, as shown on its button.
    pub const fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::Pl => "Polski",
            Language::Ro => "Română",
        }
    }

    /// Parses a code such as `en` or `es`.
    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "en" => Some(Language::En),
            "es" => Some(Language::Es),
            "pl" => Some(Language::Pl),
            "ro" => Some(Language::Ro),
            _ => None,
        }
    }
}

/// One piece of text in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Spanish. Empty until translated; the checker rejects an empty string
    /// in any language listed in [`Language::ALL`].
    pub es: &'static str,
    /// Polish, empty until translated.
    pub pl: &'static str,
    /// Romanian, empty until translated.
    pub ro: &'static str,
}

impl Text {
    /// The text in `lang`, falling back to English where a translation is
    /// missing (the checker guarantees it is not, for shipped languages).
    pub const fn get(&self, lang: Language) -> &'static str {
        match lang {
            Language::En => self.en,
            other => {
                let s = self.raw(other);
                if s.is_empty() {
                    self.en
                } else {
                    s
                }
            }
        }
    }

    /// The raw text in `lang`, empty when missing.
    pub const fn raw(&self, lang: Language) -> &'static str {
        match lang {
            Language::En => self.en,
            Language::Es => self.es,
            Language::Pl => self.pl,
            Language::Ro => self.ro,
        }
    }
}

/// Builds a [`Text`]: `t!("English")` (untranslated) or
/// `t!("English", "Español", "Polski", "Română")`.
#[macro_export]
macro_rules! t {
    ($en:expr) => {
        $crate::text::Text {
            en: $en,
            es: "",
            pl: "",
            ro: "",
        }
    };
    ($en:expr, $es:expr, $pl:expr, $ro:expr) => {
        $crate::text::Text {
            en: $en,
            es: $es,
            pl: $pl,
            ro: $ro,
        }
    };
}
