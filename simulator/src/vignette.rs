//! Test patients (vignettes): loading them, and answering the tree from
//! their findings.
//!
//! A vignette file is TOML in the vocabulary of `clinical/findings.toml`
//! (see `clinical/vignettes-public.toml`): `findings` lists the bool
//! findings that are present (every other bool is absent), each enum
//! finding is a key with its value (a missing one is unknown, so the
//! patient answers "Not sure"), and `expect`, `accept`, `conditions` and
//! the optional `forbid_conditions` say what a good answer is.
//!
//! `conditions = []`, written out, checks the disposition alone: for a
//! patient whose cause has no id in `clinical/conditions.toml` (an infantile
//! haemangioma, say). Leaving the field out is still an error, so a
//! forgotten line never passes as "any cause will do". `forbid_conditions`
//! names causes that must NOT be among the first three shown (cherry angioma
//! for a child, say): a wrong reassuring cause is a failure even when the
//! disposition is right.
//!
//! Three optional fields check the outcome's words and flags, for safety
//! fixes that change what an outcome says rather than where a walk ends:
//! `safeguarding = true` (or `false`) asks for the pharmacist's
//! safeguarding note to be on (or off); `says` lists pieces of English text
//! that must each appear in the outcome's headline, to-do lines or
//! when-to-get-help line, and `never_says` pieces that must not (matched
//! without regard to case).
//!
//! Loading is strict: an unknown finding, an unknown value, an unknown
//! disposition or condition, or a missing field is an error naming the
//! vignette and the field, so a typo can never silently turn into "absent".

use serde::Deserialize;
use spotcheck_core::answer::Patient;
use spotcheck_core::tree::Outcome;
use spotcheck_core::{Condition, Disposition, Finding, FindingKind};
use std::collections::BTreeMap;
use std::fmt;

/// One test patient.
#[derive(Clone, Debug, PartialEq)]
pub struct Vignette {
    /// Identifier, such as `P01`.
    pub id: String,
    /// One-line description (never read by the tree).
    pub summary: String,
    /// Bool findings that are present.
    pub present: Vec<Finding>,
    /// Enum findings with a known value (value index).
    pub values: Vec<(Finding, u8)>,
    /// The ideal disposition.
    pub expect: Disposition,
    /// Other acceptable dispositions.
    pub accept: Vec<Disposition>,
    /// At least one of these must be among the first three causes; empty
    /// means the disposition alone is checked.
    pub conditions: Vec<Condition>,
    /// None of these may be among the first three causes.
    pub forbid_conditions: Vec<Condition>,
    /// Whether the outcome must carry the safeguarding note (not checked
    /// when `None`).
    pub safeguarding: Option<bool>,
    /// English text each of which the outcome's words must contain.
    pub says: Vec<String>,
    /// English text none of which the outcome's words may contain.
    pub never_says: Vec<String>,
}

impl Patient for Vignette {
    fn present(&self, finding: Finding) -> bool {
        self.present.contains(&finding)
    }
    fn value(&self, finding: Finding) -> Option<u8> {
        self.values
            .iter()
            .find(|(f, _)| *f == finding)
            .map(|(_, v)| *v)
    }
}

impl Vignette {
    /// Whether an outcome with `disposition` and `causes` is a pass.
    pub fn passes(&self, disposition: Disposition, causes: &[Condition]) -> bool {
        let disposition_ok = disposition == self.expect || self.accept.contains(&disposition);
        disposition_ok && self.causes_ok(causes)
    }

    /// Whether `outcome` is a pass: [`Vignette::passes`], and the
    /// safeguarding note and the words the vignette asks for.
    pub fn passes_outcome(&self, outcome: &Outcome) -> bool {
        self.passes(outcome.disposition, outcome.causes) && self.words_ok(outcome)
    }

    /// Whether the outcome's safeguarding note and English words are as
    /// `safeguarding`, `says` and `never_says` ask.
    pub fn words_ok(&self, outcome: &Outcome) -> bool {
        let words = outcome_words(outcome);
        self.safeguarding.is_none_or(|s| s == outcome.safeguarding)
            && self.says.iter().all(|w| words.contains(&w.to_lowercase()))
            && !self
                .never_says
                .iter()
                .any(|w| words.contains(&w.to_lowercase()))
    }

    /// Whether the first three `causes` include one of `conditions` (or
    /// `conditions` is empty) and none of `forbid_conditions`.
    pub fn causes_ok(&self, causes: &[Condition]) -> bool {
        let top = &causes[..causes.len().min(3)];
        let wanted = self.conditions.is_empty() || top.iter().any(|c| self.conditions.contains(c));
        wanted && !top.iter().any(|c| self.forbid_conditions.contains(c))
    }

    /// How `disposition` compares with the ideal one, for the over- and
    /// under-triage counts.
    pub fn triage(&self, disposition: Disposition) -> Triage {
        let accepted = self.accept.contains(&disposition);
        match disposition.cmp(&self.expect) {
            core::cmp::Ordering::Equal => Triage::Exact,
            core::cmp::Ordering::Less => Triage::Over { accepted },
            core::cmp::Ordering::Greater => Triage::Under { accepted },
        }
    }
}

/// Every word of `outcome` a customer reads (headline, to-do lines, when
/// to get help), in English and lower case, one part a line: what `says`
/// and `never_says` are matched against, and what the clinical rules read.
pub fn outcome_words(outcome: &Outcome) -> String {
    let mut words = String::from(outcome.headline.en);
    for t in outcome.todo {
        words.push('\n');
        words.push_str(t.en);
    }
    words.push('\n');
    words.push_str(outcome.get_help.en);
    words.to_lowercase()
}

/// A disposition against a vignette's ideal one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Triage {
    /// The ideal disposition.
    Exact,
    /// More urgent than the ideal: an ambulance or a same-day slot spent
    /// that was not needed. `accepted` when the vignette lists it.
    Over {
        /// Listed in `accept`.
        accepted: bool,
    },
    /// Less urgent than the ideal: someone told to wait. `accepted` when
    /// the vignette lists it.
    Under {
        /// Listed in `accept`.
        accepted: bool,
    },
}

/// Why a vignette file could not be read.
#[derive(Debug, PartialEq)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LoadError {}

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    vignette: Vec<BTreeMap<String, toml::Value>>,
}

/// Parses a vignette file.
pub fn parse(text: &str) -> Result<Vec<Vignette>, LoadError> {
    let file: File =
        toml::from_str(text).map_err(|e| LoadError(format!("not a valid vignette file: {e}")))?;
    if file.vignette.is_empty() {
        return Err(LoadError("no [[vignette]] entries in the file".into()));
    }
    let mut out: Vec<Vignette> = Vec::new();
    for (n, table) in file.vignette.iter().enumerate() {
        let v = one(n + 1, table)?;
        if out.iter().any(|o| o.id == v.id) {
            return Err(LoadError(format!(
                "vignette {}: the id is used twice",
                v.id
            )));
        }
        out.push(v);
    }
    Ok(out)
}

fn string(
    table: &BTreeMap<String, toml::Value>,
    key: &str,
    who: &str,
) -> Result<String, LoadError> {
    match table.get(key) {
        Some(toml::Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(LoadError(format!("{who}: `{key}` must be a string"))),
        None => Err(LoadError(format!("{who}: `{key}` is missing"))),
    }
}

fn strings(
    table: &BTreeMap<String, toml::Value>,
    key: &str,
    who: &str,
) -> Result<Vec<String>, LoadError> {
    match table.get(key) {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|i| match i {
                toml::Value::String(s) => Ok(s.clone()),
                _ => Err(LoadError(format!(
                    "{who}: `{key}` must be a list of strings"
                ))),
            })
            .collect(),
        Some(_) => Err(LoadError(format!(
            "{who}: `{key}` must be a list of strings"
        ))),
    }
}

fn disposition(id: &str, who: &str) -> Result<Disposition, LoadError> {
    Disposition::from_id(id).ok_or_else(|| {
        LoadError(format!(
            "{who}: unknown disposition `{id}` (expected one of: emergency, urgent, doctor, pharmacist, self_care)"
        ))
    })
}

fn one(n: usize, table: &BTreeMap<String, toml::Value>) -> Result<Vignette, LoadError> {
    let id = string(table, "id", &format!("vignette #{n}"))?;
    let who = format!("vignette {id}");
    let summary = match table.get("summary") {
        Some(toml::Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    let mut present = Vec::new();
    for name in strings(table, "findings", &who)? {
        let f = Finding::from_id(&name)
            .filter(|f| !f.is_own())
            .ok_or_else(|| LoadError(format!("{who}: unknown finding `{name}` in `findings`")))?;
        if f.kind() != FindingKind::Bool {
            return Err(LoadError(format!("{who}: `{name}` takes a value; write `{name} = \"...\"` instead of listing it in `findings`")));
        }
        present.push(f);
    }
    let mut values = Vec::new();
    for (key, value) in table {
        if matches!(
            key.as_str(),
            "id" | "summary"
                | "findings"
                | "expect"
                | "accept"
                | "conditions"
                | "forbid_conditions"
                | "safeguarding"
                | "says"
                | "never_says"
        ) {
            continue;
        }
        let f = Finding::from_id(key)
            .filter(|f| !f.is_own())
            .ok_or_else(|| LoadError(format!("{who}: unknown finding `{key}`")))?;
        if f.kind() != FindingKind::Enum {
            return Err(LoadError(format!(
                "{who}: `{key}` is yes/no; list it in `findings` instead"
            )));
        }
        let toml::Value::String(name) = value else {
            return Err(LoadError(format!("{who}: `{key}` must be a string")));
        };
        let index = f.value_index(name).ok_or_else(|| {
            LoadError(format!(
                "{who}: `{key}` has no value `{name}` (expected one of: {})",
                f.values().join(", ")
            ))
        })?;
        values.push((f, index));
    }
    let expect = disposition(&string(table, "expect", &who)?, &who)?;
    let accept = strings(table, "accept", &who)?
        .iter()
        .map(|d| disposition(d, &who))
        .collect::<Result<Vec<_>, _>>()?;
    if !table.contains_key("conditions") {
        return Err(LoadError(format!(
            "{who}: `conditions` is missing (write `conditions = []` to check the disposition alone)"
        )));
    }
    let conditions = condition_ids(table, "conditions", &who)?;
    let forbid_conditions = condition_ids(table, "forbid_conditions", &who)?;
    if let Some(c) = conditions.iter().find(|c| forbid_conditions.contains(c)) {
        return Err(LoadError(format!(
            "{who}: `{}` is both wanted and forbidden",
            c.id()
        )));
    }
    let safeguarding = match table.get("safeguarding") {
        None => None,
        Some(toml::Value::Boolean(b)) => Some(*b),
        Some(_) => {
            return Err(LoadError(format!(
                "{who}: `safeguarding` must be true or false"
            )))
        }
    };
    Ok(Vignette {
        id,
        summary,
        present,
        values,
        expect,
        accept,
        conditions,
        forbid_conditions,
        safeguarding,
        says: strings(table, "says", &who)?,
        never_says: strings(table, "never_says", &who)?,
    })
}

fn condition_ids(
    table: &BTreeMap<String, toml::Value>,
    key: &str,
    who: &str,
) -> Result<Vec<Condition>, LoadError> {
    strings(table, key, who)?
        .iter()
        .map(|c| {
            Condition::from_id(c)
                .ok_or_else(|| LoadError(format!("{who}: unknown condition `{c}` in `{key}`")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[vignette]]
id = "T1"
age_band = "adult"
findings = ["itchy"]
blanching = "fades"
expect = "self_care"
accept = ["pharmacist"]
conditions = ["heat_rash"]
"#;

    #[test]
    fn reads_present_bools_and_enum_values() {
        let v = &parse(ONE).unwrap()[0];
        assert!(v.present(Finding::Itchy));
        assert!(!v.present(Finding::Fever));
        assert_eq!(v.value(Finding::Blanching), Some(0));
        assert_eq!(v.value(Finding::Surface), None);
        assert_eq!(v.expect, Disposition::SelfCare);
    }

    #[test]
    fn unknown_finding_is_an_error_naming_it() {
        let bad = ONE.replace("\"itchy\"", "\"itchi\"");
        assert!(parse(&bad)
            .unwrap_err()
            .0
            .contains("unknown finding `itchi`"));
        let bad = ONE.replace("blanching = ", "blanchin = ");
        assert!(parse(&bad)
            .unwrap_err()
            .0
            .contains("unknown finding `blanchin`"));
    }

    #[test]
    fn unknown_value_disposition_or_condition_is_an_error() {
        assert!(parse(&ONE.replace("\"fades\"", "\"gone\""))
            .unwrap_err()
            .0
            .contains("no value `gone`"));
        assert!(parse(&ONE.replace("\"self_care\"", "\"home\""))
            .unwrap_err()
            .0
            .contains("unknown disposition `home`"));
        assert!(parse(&ONE.replace("\"heat_rash\"", "\"hot\""))
            .unwrap_err()
            .0
            .contains("unknown condition `hot`"));
    }

    #[test]
    fn safeguarding_says_and_never_says_check_the_outcome_words() {
        let tree = &spotcheck_core::content::TREE;
        let marks = tree
            .outcomes
            .iter()
            .find(|o| o.safeguarding && o.disposition == Disposition::Pharmacist)
            .unwrap();
        let extra =
            "safeguarding = true\nsays = [\"PHARMACIST\"]\nnever_says = [\"no clear cause\"]\n";
        let v = &parse(&format!("{ONE}{extra}")).unwrap()[0];
        assert!(v.words_ok(marks));
        let v = &parse(&format!("{ONE}{}", extra.replace("true", "false"))).unwrap()[0];
        assert!(!v.words_ok(marks));
        let v = &parse(&format!("{ONE}says = [\"not in any outcome\"]\n")).unwrap()[0];
        assert!(!v.words_ok(marks));
        let v = &parse(&format!("{ONE}never_says = [\"glass\"]\n")).unwrap()[0];
        assert!(!v.words_ok(marks));
        assert!(parse(&format!("{ONE}safeguarding = \"yes\"\n"))
            .unwrap_err()
            .0
            .contains("`safeguarding` must be true or false"));
    }

    #[test]
    fn malformed_toml_and_empty_files_are_errors() {
        assert!(parse("[[vignette]\nid=")
            .unwrap_err()
            .0
            .contains("not a valid vignette file"));
        assert!(parse("").unwrap_err().0.contains("no [[vignette]]"));
        assert!(parse(&ONE.replace("id = \"T1\"", ""))
            .unwrap_err()
            .0
            .contains("`id` is missing"));
        assert!(parse(&format!("{ONE}{ONE}"))
            .unwrap_err()
            .0
            .contains("used twice"));
    }

    #[test]
    fn an_empty_conditions_list_checks_the_disposition_alone_but_a_missing_one_is_an_error() {
        let none = ONE.replace("conditions = [\"heat_rash\"]", "conditions = []");
        let v = &parse(&none).unwrap()[0];
        assert!(v.passes(Disposition::SelfCare, &[Condition::Hives]));
        assert!(!v.passes(Disposition::Doctor, &[Condition::Hives]));
        let missing = ONE.replace("conditions = [\"heat_rash\"]", "");
        assert!(parse(&missing)
            .unwrap_err()
            .0
            .contains("`conditions` is missing"));
    }

    #[test]
    fn a_forbidden_cause_in_the_first_three_fails_even_with_the_right_disposition() {
        let text = ONE.replace(
            "conditions = [\"heat_rash\"]",
            "conditions = [\"heat_rash\"]\nforbid_conditions = [\"cherry_angioma\"]",
        );
        let v = &parse(&text).unwrap()[0];
        assert!(v.passes(Disposition::SelfCare, &[Condition::HeatRash]));
        assert!(!v.passes(
            Disposition::SelfCare,
            &[Condition::CherryAngioma, Condition::HeatRash]
        ));
        // Fourth and later causes are not shown first, so they do not count.
        assert!(v.passes(
            Disposition::SelfCare,
            &[
                Condition::HeatRash,
                Condition::Hives,
                Condition::Scabies,
                Condition::CherryAngioma
            ]
        ));
        let both = ONE.replace(
            "conditions = [\"heat_rash\"]",
            "conditions = [\"heat_rash\"]\nforbid_conditions = [\"heat_rash\"]",
        );
        assert!(parse(&both)
            .unwrap_err()
            .0
            .contains("both wanted and forbidden"));
    }

    #[test]
    fn triage_compares_with_the_ideal_and_notes_what_accept_allows() {
        let v = &parse(ONE).unwrap()[0]; // expect self_care, accept pharmacist
        assert_eq!(v.triage(Disposition::SelfCare), Triage::Exact);
        assert_eq!(
            v.triage(Disposition::Pharmacist),
            Triage::Over { accepted: true }
        );
        assert_eq!(
            v.triage(Disposition::Emergency),
            Triage::Over { accepted: false }
        );
        let urgent = ONE.replace("expect = \"self_care\"", "expect = \"urgent\"");
        let v = &parse(&urgent).unwrap()[0];
        assert_eq!(
            v.triage(Disposition::Pharmacist),
            Triage::Under { accepted: true }
        );
        assert_eq!(
            v.triage(Disposition::SelfCare),
            Triage::Under { accepted: false }
        );
    }

    #[test]
    fn the_kiosks_own_findings_are_not_vignette_vocabulary() {
        let bad = ONE.replace("[\"itchy\"]", "[\"young_baby_fever\"]");
        assert!(parse(&bad).is_err());
    }
}
