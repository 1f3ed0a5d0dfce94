//! The shape of the condition tree: the static table types.
//!
//! A [`Tree`] is a set of slices: [`Question`]s, [`Route`]s and
//! [`Outcome`]s, linked by small indices ([`Next`]). Nothing here points at
//! anything else, so a table is plain read-only data that lives in flash.
//!
//! - A **question** is one screen: a prompt, up to five bullet lines and two
//!   to five answer buttons. It declares the findings it asks about, and
//!   every answer says which values of them it stands for ([`When`]), so the
//!   vignette runner can answer from a patient's findings.
//! - A **route** takes no tap: it sends the walk on according to an earlier
//!   answer (for example the age band), so one later question can lead to
//!   age-appropriate outcomes without asking again.
//! - An **outcome** ends the walk: a [`Disposition`], up to three likely
//!   causes, what to do now and when to get help.
//!
//! Nothing in this module checks anything: [`crate::check`] does, once.

use crate::finding::{Finding, ValueSet};
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// How urgent an outcome is: the five dispositions of
/// `clinical/dispositions.toml`, most urgent first.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    postcard::experimental::max_size::MaxSize,
)]
pub enum Disposition {
    /// Call the emergency number now.
    Emergency,
    /// See a doctor today.
    Urgent,
    /// Book a doctor in the next days or weeks.
    Doctor,
    /// Speak to the pharmacist now.
    Pharmacist,
    /// Likely harmless: look after it at home.
    SelfCare,
}

impl Disposition {
    /// Every disposition, most urgent first.
    pub const ALL: [Disposition; 5] = [
        Disposition::Emergency,
        Disposition::Urgent,
        Disposition::Doctor,
        Disposition::Pharmacist,
        Disposition::SelfCare,
    ];

    /// The id of `dispositions.toml`, as the vignette runner prints it.
    pub const fn id(self) -> &'static str {
        match self {
            Disposition::Emergency => "emergency",
            Disposition::Urgent => "urgent",
            Disposition::Doctor => "doctor",
            Disposition::Pharmacist => "pharmacist",
            Disposition::SelfCare => "self_care",
        }
    }

    /// Rank in `dispositions.toml`: 1 is the most urgent.
    pub const fn rank(self) -> u8 {
        self as u8 + 1
    }

    /// Parses an id such as `self_care`.
    pub fn from_id(id: &str) -> Option<Disposition> {
        Disposition::ALL.iter().copied().find(|d| d.id() == id)
    }

    /// Whether `self` is at least as urgent as `other`.
    pub fn at_least_as_urgent_as(self, other: Disposition) -> bool {
        self <= other
    }
}

macro_rules! conditions {
    ($( $(#[$doc:meta])* $name:ident = $id:literal; )*) => {
        /// A condition the kiosk can name as a likely cause, with the ids of
        /// `clinical/conditions.toml`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, postcard::experimental::max_size::MaxSize)]
        #[repr(u8)]
        pub enum Condition { $( $(#[$doc])* $name, )* }

        impl Condition {
            /// Every condition, in `conditions.toml` order.
            pub const ALL: &'static [Condition] = &[ $( Condition::$name, )* ];
            /// The id of `conditions.toml`.
            pub const fn id(self) -> &'static str {
                match self { $( Condition::$name => $id, )* }
            }
        }
    };
}

conditions! {
    /// Cherry angioma.
    CherryAngioma = "cherry_angioma";
    /// Broken capillaries from pressure or strain.
    Extravasation = "extravasation";
    /// Meningitis (meningococcal disease).
    Meningitis = "meningitis";
    /// Sepsis.
    Sepsis = "sepsis";
    /// Low platelets, leukaemia or a clotting disorder.
    BloodDisorder = "blood_disorder";
    /// Reaction to a medicine.
    DrugReaction = "drug_reaction";
    /// Hives (urticaria).
    Hives = "hives";
    /// Small-vessel vasculitis.
    Vasculitis = "vasculitis";
    /// Schamberg's disease.
    Schamberg = "schamberg";
    /// Melanoma presenting as a red spot.
    Melanoma = "melanoma";
    /// Keratosis pilaris.
    KeratosisPilaris = "keratosis_pilaris";
    /// Heat rash (miliaria).
    HeatRash = "heat_rash";
    /// Contact dermatitis.
    ContactDermatitis = "contact_dermatitis";
    /// Atopic dermatitis (eczema).
    AtopicDermatitis = "atopic_dermatitis";
    /// Psoriasis.
    Psoriasis = "psoriasis";
    /// Rosacea.
    Rosacea = "rosacea";
    /// Insect bites.
    InsectBites = "insect_bites";
    /// Scabies.
    Scabies = "scabies";
    /// Chickenpox.
    Chickenpox = "chickenpox";
    /// Shingles.
    Shingles = "shingles";
    /// Rubella.
    Rubella = "rubella";
    /// Scarlet fever.
    ScarletFever = "scarlet_fever";
    /// Rheumatic fever.
    RheumaticFever = "rheumatic_fever";
    /// Staph (MRSA) or other bacterial skin infection.
    MrsaSkinInfection = "mrsa_skin_infection";
    /// COVID-19.
    Covid19 = "covid19";
}

impl Condition {
    /// Looks a condition up by its id.
    pub fn from_id(id: &str) -> Option<Condition> {
        Condition::ALL.iter().copied().find(|c| c.id() == id)
    }
}

/// What a condition is, in the kiosk's own plain words.
#[derive(Clone, Copy, Debug)]
pub struct ConditionInfo {
    /// Which condition.
    pub condition: Condition,
    /// Its name for a customer ("Heat rash").
    pub name: Text,
    /// One plain line about it, shown under the name on the result screen.
    pub line: Text,
}

/// Where a walk goes after an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Ask question `n`.
    Ask(u8),
    /// Take route `n` (no tap).
    Route(u8),
    /// Finish at outcome `n`.
    Finish(u8),
}

/// One test of a patient's findings, used by an answer's [`When`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    /// The bool finding is present.
    Present(Finding),
    /// The bool finding is absent.
    Absent(Finding),
    /// The enum finding has one of these values.
    Is(Finding, ValueSet),
    /// The bool finding is present and the enum finding has one of these
    /// values ("dizzy or fainting, with a rash all over").
    PresentWith(Finding, Finding, ValueSet),
}

/// Which patients an answer stands for. The vignette runner picks the first
/// answer, in screen order, whose `When` holds for the patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// At least one of the tests holds ("Yes" on an "any of these" screen).
    Any(&'static [Test]),
    /// Every test holds.
    All(&'static [Test]),
    /// The patient cannot say: one of these enum findings is not known.
    /// Bool findings are never unknown in a vignette, so on a yes/no screen
    /// "Not sure" is only ever chosen by a person.
    Unknown(&'static [Finding]),
    /// None of the answers before it held ("No", "None of these").
    Otherwise,
}

/// One answer button.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    /// Button label, short.
    pub label: Text,
    /// Which patients this answer stands for.
    pub when: When,
    /// Where the walk goes next.
    pub next: Next,
}

/// What part of the triage a question belongs to. The order of these is the
/// order the tree must ask in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Who the spots are on, and their age.
    Who,
    /// Emergency red flags: a worrying answer finishes at an emergency.
    RedFlag,
    /// How long the spots have been there (new spots take the glass test;
    /// long-standing ones take their own path).
    Duration,
    /// The glass test, drawn with its illustration.
    GlassTest,
    /// The questions that tell the causes apart.
    Detail,
}

/// For a question where one answer is the worrying one: which button it is,
/// and which button is "Not sure". Safety rule 2: "Not sure" never leads to
/// a less urgent outcome than the worrying answer would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caution {
    /// Index of the worrying answer.
    pub worrying: u8,
    /// Index of the "Not sure" answer.
    pub unsure: u8,
}

/// One screen of the tree.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable key, used in review packs and tests (`"glass"`).
    pub key: &'static str,
    /// A few words naming what the question asks ("Glass test", "New
    /// medicine"), for summaries: the pharmacist's QR text and review packs.
    pub short: Text,
    /// Where in the triage this question belongs.
    pub role: Role,
    /// The question itself, short.
    pub prompt: Text,
    /// Optional lines under the prompt (the items of an "any of these"
    /// screen, or the steps of the glass test).
    pub bullets: &'static [Text],
    /// The findings this question asks about.
    pub asks: &'static [Finding],
    /// The answer buttons, 2 to 5.
    pub choices: &'static [Choice],
    /// The worrying and "Not sure" answers, where there are such.
    pub caution: Option<Caution>,
}

/// A branch on an earlier answer, taking no tap.
#[derive(Clone, Copy, Debug)]
pub struct Route {
    /// Stable key.
    pub key: &'static str,
    /// The question whose answer decides (it must have been answered on
    /// every path that reaches this route).
    pub on: u8,
    /// Where to go for each of that question's answers, by answer index.
    pub to: &'static [Next],
}

/// The end of a walk.
#[derive(Clone, Copy, Debug)]
pub struct Outcome {
    /// Stable key (`"self_care_extravasation"`).
    pub key: &'static str,
    /// How urgent.
    pub disposition: Disposition,
    /// Likely causes, most likely first (1 to 3; none only for a
    /// non-emergency outcome whose likely cause has no condition id, which
    /// its headline then names, such as a baby's strawberry mark).
    pub causes: &'static [Condition],
    /// A safeguarding note for the pharmacist (NICE CG89): marks or spots
    /// in a child that could come from being squeezed, gripped or hit. The
    /// result screen and the summary carry it.
    pub safeguarding: bool,
    /// One plain sentence saying what this result means.
    pub headline: Text,
    /// What to do now, one line each.
    pub todo: &'static [Text],
    /// When to get help (or more urgent help).
    pub get_help: Text,
}

/// A whole condition tree: the tables the checker checks and the session
/// walks. Question 0 is the first screen.
#[derive(Clone, Copy, Debug)]
pub struct Tree {
    /// Content version, printed in summaries so a summary can be read
    /// against the content it came from.
    pub version: u16,
    /// The screens.
    pub questions: &'static [Question],
    /// The routes.
    pub routes: &'static [Route],
    /// The outcomes.
    pub outcomes: &'static [Outcome],
    /// What each condition is, in plain words.
    pub conditions: &'static [ConditionInfo],
}

impl Tree {
    /// The plain-words description of `condition`.
    pub fn condition(&self, condition: Condition) -> Option<&ConditionInfo> {
        self.conditions.iter().find(|c| c.condition == condition)
    }
}
