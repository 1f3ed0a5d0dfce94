//! `docs/hazard-log.md` is a checked document: every test it names as the
//! proof of a control must exist as a `fn` in the workspace, every hazard
//! must name a test or a `pending:` entry for each control, there must be
//! at least 12 hazards, and every risk rating must follow the log's matrix.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Where the workspace's Rust sources live.
const SOURCE_DIRS: [&str; 7] = [
    "core",
    "kiosk",
    "simulator",
    "store",
    "tests",
    "firmware",
    "xtask",
];

fn rust_sources(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "target" && name != ".git" {
                rust_sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
}

fn defines_fn(sources: &[String], name: &str) -> bool {
    let needle = format!("fn {name}");
    sources.iter().any(|s| {
        s.match_indices(&needle).any(|(i, _)| {
            let after = s[i + needle.len()..].chars().next();
            let before = s[..i].chars().next_back();
            !matches!(after, Some(c) if c.is_alphanumeric() || c == '_')
                && !matches!(before, Some(c) if c.is_alphanumeric() || c == '_')
        })
    })
}

/// One control row: its text and its `Tests` cell.
#[derive(Debug)]
struct Control {
    text: String,
    tests: String,
}

#[derive(Debug)]
struct Hazard {
    id: String,
    controls: Vec<Control>,
    risks: Vec<String>,
}

fn cells(row: &str) -> Vec<String> {
    row.trim()
        .trim_start_matches('|')
        .trim_end_matches('|')
        .split(" | ")
        .map(|c| c.trim().to_string())
        .collect()
}

fn parse(log: &str) -> Vec<Hazard> {
    let mut hazards: Vec<Hazard> = Vec::new();
    let mut in_controls = false;
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix("### ") {
            let id = rest.split(':').next().unwrap_or("").trim().to_string();
            hazards.push(Hazard {
                id,
                controls: Vec::new(),
                risks: Vec::new(),
            });
            in_controls = false;
            continue;
        }
        if line.starts_with("## ") {
            in_controls = false;
            continue;
        }
        let Some(h) = hazards.last_mut() else {
            continue;
        };
        if !line.starts_with('|') {
            in_controls = false;
            continue;
        }
        let row = cells(line);
        if row.len() == 2 && row[1] == "Tests" {
            in_controls = true;
            continue;
        }
        if row.iter().all(|c| c.chars().all(|c| c == '-')) {
            continue;
        }
        if in_controls {
            let tests = row.last().cloned().unwrap_or_default();
            let text = row[..row.len() - 1].join(" | ");
            h.controls.push(Control { text, tests });
        } else if row[0] == "Initial risk" || row[0] == "Residual risk" {
            h.risks.push(format!("{}: {}", row[0], row[1]));
        }
    }
    hazards
}

/// Test names in backticks in a `Tests` cell (before any `pending:`).
fn named_tests(cell: &str) -> Vec<&str> {
    let named = cell.split("pending:").next().unwrap_or("");
    named
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The log's risk matrix: `MATRIX[likelihood - 1][severity - 1]`.
const MATRIX: [[u8; 5]; 5] = [
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 4],
    [2, 2, 3, 3, 4],
    [2, 3, 3, 4, 5],
    [3, 4, 4, 5, 5],
];

/// Parses `S5 × L3 = R4` at the start of a risk cell.
fn risk(cell: &str) -> Option<(u8, u8, u8)> {
    let num = |prefix: char, s: &str| -> Option<u8> {
        let i = s.find(prefix)?;
        s[i + 1..].chars().next()?.to_digit(10).map(|d| d as u8)
    };
    let (s, rest) = cell.split_once('×')?;
    let (l, r) = rest.split_once('=')?;
    Some((num('S', s)?, num('L', l)?, num('R', r)?))
}

fn load() -> Vec<Hazard> {
    let path = workspace().join("docs").join("hazard-log.md");
    let log = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse(&log)
}

#[test]
fn the_hazard_log_has_at_least_12_numbered_hazards() {
    let hazards = load();
    assert!(hazards.len() >= 12, "only {} hazards", hazards.len());
    for (i, h) in hazards.iter().enumerate() {
        assert_eq!(
            h.id,
            format!("H{:02}", i + 1),
            "hazards must be H01, H02, ... in order"
        );
    }
}

#[test]
fn every_hazard_control_names_a_test_or_a_pending_entry() {
    for h in load() {
        assert!(!h.controls.is_empty(), "{} has no controls table", h.id);
        for c in &h.controls {
            let pending = c.tests.starts_with("pending:") || c.tests.contains("; pending:");
            assert!(
                pending || !named_tests(&c.tests).is_empty(),
                "{}: control `{}` names no test and is not `pending:`",
                h.id,
                c.text
            );
            if c.tests.starts_with("pending:") {
                assert!(
                    c.tests.len() > "pending: ".len() + 10,
                    "{}: say what the pending test must prove",
                    h.id
                );
            }
        }
    }
}

#[test]
fn every_test_named_in_the_hazard_log_exists() {
    let mut sources = Vec::new();
    for dir in SOURCE_DIRS {
        rust_sources(&workspace().join(dir), &mut sources);
    }
    assert!(!sources.is_empty());
    let mut missing = Vec::new();
    let mut named = 0;
    for h in load() {
        for c in &h.controls {
            for name in named_tests(&c.tests) {
                named += 1;
                let ident = name.chars().all(|c| c.is_alphanumeric() || c == '_');
                if !ident || !defines_fn(&sources, name) {
                    missing.push(format!("{}: `{name}`", h.id));
                }
            }
        }
    }
    assert!(named > 0);
    assert!(
        missing.is_empty(),
        "the hazard log names tests that do not exist: {}",
        missing.join(", ")
    );
}

#[test]
fn every_risk_rating_follows_the_matrix() {
    for h in load() {
        assert_eq!(
            h.risks.len(),
            2,
            "{}: needs an initial and a residual risk",
            h.id
        );
        let mut ratings = Vec::new();
        for r in &h.risks {
            let (_, cell) = r.split_once(": ").unwrap();
            let (s, l, rating) =
                risk(cell).unwrap_or_else(|| panic!("{}: `{r}` is not `S? × L? = R?`", h.id));
            assert!(
                (1..=5).contains(&s) && (1..=5).contains(&l),
                "{}: {r}",
                h.id
            );
            assert_eq!(
                MATRIX[l as usize - 1][s as usize - 1],
                rating,
                "{}: {r} does not follow the matrix",
                h.id
            );
            ratings.push(rating);
        }
        assert!(
            ratings[1] <= ratings[0],
            "{}: residual risk above initial",
            h.id
        );
        assert!(ratings[1] <= 3, "{}: residual risk is unacceptable", h.id);
    }
}

#[test]
fn the_checker_finds_missing_tests_and_understands_pending() {
    let log = "### H01: x\n\n| field | entry |\n| --- | --- |\n| Initial risk | S5 × L3 = R4 |\n\n| control in the design | Tests |\n| --- | --- |\n| a | `no_such_test_anywhere_xyz`, `the_checker_finds_missing_tests_and_understands_pending` |\n| b | pending: a kiosk test that proves b |\n";
    let h = parse(log);
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].controls.len(), 2);
    assert_eq!(
        named_tests(&h[0].controls[0].tests),
        [
            "no_such_test_anywhere_xyz",
            "the_checker_finds_missing_tests_and_understands_pending"
        ]
    );
    assert!(named_tests(&h[0].controls[1].tests).is_empty());
    let mut sources = Vec::new();
    rust_sources(&workspace().join("tests"), &mut sources);
    assert!(!defines_fn(&sources, "no_such_test_anywhere_xyz"));
    assert!(defines_fn(
        &sources,
        "the_checker_finds_missing_tests_and_understands_pending"
    ));
    assert!(!defines_fn(&sources, "the_checker_finds_missing"));
    assert_eq!(risk("S5 × L3 = R4. text"), Some((5, 3, 4)));
}
