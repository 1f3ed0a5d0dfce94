//! The command line.
//!
//! `spotcheck-sim [COMMAND] [OPTIONS]`. Every error is one clear line on
//! standard error and exit status 2; nothing is ever half-done silently.
//!
//! | command | what it does |
//! | --- | --- |
//! | `vignettes [--json] [--lang L] FILE` | run test patients; exit 0 all pass, 1 some fail, 2 bad file |
//! | `check` | run the content checker and print its evidence and table sizes |
//! | `review --out DIR [--vignettes FILE]` | write the clinician review pack into DIR (tree picture, every path, safety evidence, coverage, vignette results); exit 0 written, 1 content fails its checks, 2 bad option, unreadable vignettes or unwritable DIR |

use crate::runner::{json_line, run_engine, table};
use crate::vignette;
use spotcheck_core::Language;
use std::io::Write;

/// Usage text.
pub const USAGE: &str = "usage: spotcheck-sim vignettes [--json] [--lang en|es] FILE.toml
       spotcheck-sim check
       spotcheck-sim review --out DIR [--vignettes FILE.toml]";

/// Runs the command line; returns the process exit status.
pub fn main_with(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match args.first().map(String::as_str) {
        Some("vignettes") => vignettes(&args[1..], out, err),
        Some("check") if args.len() == 1 => check(out, err),
        Some("review") => review(&args[1..], out, err),
        Some("-h" | "--help" | "help") => {
            let _ = writeln!(out, "{USAGE}");
            0
        }
        Some(other) => {
            let _ = writeln!(
                err,
                "spotcheck-sim: unknown command or option `{other}`\n{USAGE}"
            );
            2
        }
        None => {
            let _ = writeln!(err, "spotcheck-sim: the window is not built yet\n{USAGE}");
            2
        }
    }
}

fn parse_lang(value: Option<&String>, err: &mut dyn Write) -> Option<Language> {
    let lang = value
        .and_then(|v| Language::from_code(v))
        .filter(|l| Language::ALL.contains(l));
    if lang.is_none() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        let _ = writeln!(
            err,
            "spotcheck-sim: --lang takes one of: {}",
            codes.join(", ")
        );
    }
    lang
}

fn vignettes(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut json = false;
    let mut language = Language::En;
    let mut file = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--json" => json = true,
            "--lang" => {
                i += 1;
                match parse_lang(args.get(i), err) {
                    Some(l) => language = l,
                    None => return 2,
                }
            }
            s if s.starts_with('-') => {
                let _ = writeln!(
                    err,
                    "spotcheck-sim vignettes: unknown option `{s}`\n{USAGE}"
                );
                return 2;
            }
            s if file.is_none() => file = Some(s.to_string()),
            s => {
                let _ = writeln!(
                    err,
                    "spotcheck-sim vignettes: one file only (got `{s}` too)\n{USAGE}"
                );
                return 2;
            }
        }
        i += 1;
    }
    let Some(file) = file else {
        let _ = writeln!(err, "spotcheck-sim vignettes: which file?\n{USAGE}");
        return 2;
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim vignettes: cannot read {file}: {e}");
            return 2;
        }
    };
    let vignettes = match vignette::parse(&text) {
        Ok(v) => v,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim vignettes: {file}: {e}");
            return 2;
        }
    };
    let mut runs = Vec::new();
    for v in &vignettes {
        match run_engine(v, language) {
            Ok(r) => runs.push(r),
            Err(e) => {
                let _ = writeln!(err, "spotcheck-sim vignettes: {file}: {e}");
                return 2;
            }
        }
    }
    if json {
        for r in &runs {
            let _ = writeln!(out, "{}", json_line(r));
        }
    } else {
        let _ = write!(out, "{}", table(&vignettes, &runs));
    }
    if runs.iter().all(|r| r.pass) {
        0
    } else {
        1
    }
}

fn check(out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let checked = match spotcheck_core::content::checked() {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(
                err,
                "spotcheck-sim check: the content FAILS its checks: {e}"
            );
            return 1;
        }
    };
    let r = checked.report();
    let f = spotcheck_core::content::footprint();
    let _ = writeln!(
        out,
        "content version {}: every check passed",
        checked.tree().version
    );
    let _ = writeln!(
        out,
        "questions {}, routes {}, outcomes {}, paths {}",
        r.questions, r.routes, r.outcomes, r.paths
    );
    let _ = writeln!(
        out,
        "taps per path: min {}, median {}, max {} (limit {})",
        r.min_taps,
        r.median_taps(),
        r.max_taps,
        spotcheck_core::config::MAX_TAPS
    );
    let by: Vec<String> = spotcheck_core::Disposition::ALL
        .iter()
        .zip(r.paths_by_disposition)
        .map(|(d, n)| format!("{} {n}", d.id()))
        .collect();
    let _ = writeln!(out, "paths by disposition: {}", by.join(", "));
    let _ = writeln!(
        out,
        "rule 1: {} non-emergency paths each cleared all {} red flags",
        r.red_flag_paths_checked,
        spotcheck_core::Finding::RED_FLAGS.len()
    );
    let _ = writeln!(
        out,
        "rule 2: {} not-sure comparisons, none less urgent than the worrying answer",
        r.unsure_comparisons
    );
    let _ = writeln!(
        out,
        "rule 4: {} strings present in {} language(s)",
        r.strings_checked,
        spotcheck_core::Language::ALL.len()
    );
    let _ = writeln!(
        out,
        "tables on this host: structure {} bytes, strings {} bytes",
        f.structure, f.strings
    );
    0
}

fn review(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut dir: Option<&str> = None;
    let mut file: Option<&str> = None;
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        match flag {
            "--out" | "--vignettes" => {
                let Some(value) = args.get(i + 1).filter(|v| !v.starts_with("--")) else {
                    let _ = writeln!(err, "spotcheck-sim review: {flag} needs a value\n{USAGE}");
                    return 2;
                };
                let slot = if flag == "--out" { &mut dir } else { &mut file };
                if slot.is_some() {
                    let _ = writeln!(err, "spotcheck-sim review: {flag} given twice\n{USAGE}");
                    return 2;
                }
                *slot = Some(value);
                i += 2;
            }
            other => {
                let _ = writeln!(
                    err,
                    "spotcheck-sim review: unknown option `{other}`\n{USAGE}"
                );
                return 2;
            }
        }
    }
    let Some(dir) = dir else {
        let _ = writeln!(err, "spotcheck-sim review: where to? (--out DIR)\n{USAGE}");
        return 2;
    };
    let (name, path) = match file {
        Some(f) => (f.to_string(), std::path::PathBuf::from(f)),
        None => (
            crate::review::DEFAULT_VIGNETTES_NAME.to_string(),
            crate::review::default_vignettes(),
        ),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim review: cannot read {name}: {e}");
            return 2;
        }
    };
    let files = match crate::review::build(&name, &text) {
        Ok(f) => f,
        Err(e @ crate::review::ReviewError::Content(_)) => {
            let _ = writeln!(err, "spotcheck-sim review: {e}");
            return 1;
        }
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim review: {e}");
            return 2;
        }
    };
    if let Err(e) = crate::review::write(std::path::Path::new(dir), &files) {
        let _ = writeln!(err, "spotcheck-sim review: {e}");
        return 2;
    }
    let _ = writeln!(
        out,
        "review pack written to {dir}: {}",
        files.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
    );
    0
}
