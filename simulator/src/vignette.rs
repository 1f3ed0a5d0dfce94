//! Test patients (vignettes): loading them, and answering the tree from
//! their findings.
//!
//! A vignette file is TOML in the vocabulary of `clinical/findings.toml`
//! (see `clinical/vignettes-public.toml`): `findings` lists the bool
//! findings that are present (every other bool is absent), each enum
//! finding is a key with its value (a missing one is unknown, so the
//! patient answers "Not sure"), and `expect`, `accept` and `conditions`
//! say what a good answer is.
//!
//! Loading is strict: an unknown finding, an unknown value, an unknown
//! disposition or condition, or a missing field is an error naming the
//! vignette and the field, so a typo can never silently turn into "absent".

use serde::Deserialize;
use spotcheck_core::answer::Patient;
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
    /// At least one of these must be among the first three causes.
    pub conditions: Vec<Condition>,
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
        let causes_ok = causes.iter().take(3).any(|c| self.conditions.contains(c));
        disposition_ok && causes_ok
    }
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
            "id" | "summary" | "findings" | "expect" | "accept" | "conditions"
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
    let conditions = strings(table, "conditions", &who)?
        .iter()
        .map(|c| {
            Condition::from_id(c)
                .ok_or_else(|| LoadError(format!("{who}: unknown condition `{c}`")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if conditions.is_empty() {
        return Err(LoadError(format!(
            "{who}: `conditions` must list at least one condition"
        )));
    }
    Ok(Vignette {
        id,
        summary,
        present,
        values,
        expect,
        accept,
        conditions,
    })
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
    fn the_kiosks_own_findings_are_not_vignette_vocabulary() {
        let bad = ONE.replace("[\"itchy\"]", "[\"young_baby_fever\"]");
        assert!(parse(&bad).is_err());
    }
}
