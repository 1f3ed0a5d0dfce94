//! The clinician review pack: `spotcheck-sim review --out DIR`.
//!
//! Everything in the pack is generated from the tables compiled into
//! `spotcheck-core`, the checker's report and a run of the vignettes, never
//! written by hand, so a reviewer reads exactly what the kiosk will do:
//!
//! | file | made by |
//! | --- | --- |
//! | `tree.dot` | [`dot`]: Graphviz DOT of the question tree |
//! | `tree.svg` | [`svg`]: the same tree laid out and drawn by our own code |
//! | `paths.md` | every path from `check::for_each_path`, grouped by outcome |
//! | `safety.md` | the safety rules, the checker's evidence, red-flag sources ([`sources`]) |
//! | `coverage.md` | conditions against outcomes; findings per question |
//! | `vignettes.md` | the vignettes through `runner::run_engine` |
//! | `index.md` | links to the rest, with the content version |
//!
//! The pack is deterministic: no date, no host path, no hash-map order.
//! The same content gives byte-identical files, which is what lets
//! `docs/review-example/` be checked in and tested for staleness.

pub mod dot;
pub mod graph;
pub mod markdown;
pub mod sources;
pub mod svg;

use crate::runner::run_engine;
use crate::vignette;
use spotcheck_core::Language;
use std::fmt;
use std::path::{Path, PathBuf};

/// The files of the pack, in the order they are written.
pub const FILES: [&str; 8] = [
    "index.md",
    "tree.dot",
    "tree.svg",
    "paths.md",
    "safety.md",
    "coverage.md",
    "words.md",
    "vignettes.md",
];

/// Why the pack could not be made.
#[derive(Debug, PartialEq, Eq)]
pub enum ReviewError {
    /// The shipped content fails its checks (exit 1: nothing to review).
    Content(String),
    /// The vignette file is unreadable or malformed, or a vignette cannot
    /// be run (exit 2).
    Vignettes(String),
    /// The output directory or a file in it cannot be written (exit 2).
    Write(String),
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewError::Content(m) | ReviewError::Vignettes(m) | ReviewError::Write(m) => {
                f.write_str(m)
            }
        }
    }
}

impl std::error::Error for ReviewError {}

/// The workspace's public vignettes, the default for `--vignettes`.
pub fn default_vignettes() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
        .join("vignettes")
        .join("public.toml")
}

/// The name of the default vignette file as the pack prints it (relative
/// to the workspace, so packs made in different checkouts are identical).
pub const DEFAULT_VIGNETTES_NAME: &str = "tests/vignettes/public.toml";

/// Builds every file of the pack in memory: `(file name, contents)` in
/// [`FILES`] order. `vignettes_name` is how the pack names the vignette
/// file whose text is `vignettes_text`.
pub fn build(
    vignettes_name: &str,
    vignettes_text: &str,
) -> Result<Vec<(&'static str, String)>, ReviewError> {
    let checked = spotcheck_core::content::checked()
        .map_err(|e| ReviewError::Content(format!("the content FAILS its checks: {e}")))?;
    let lang = Language::En;
    let vs = vignette::parse(vignettes_text)
        .map_err(|e| ReviewError::Vignettes(format!("{vignettes_name}: {e}")))?;
    let runs = vs
        .iter()
        .map(|v| run_engine(v, lang))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ReviewError::Vignettes(format!("{vignettes_name}: {e}")))?;
    let tree = checked.tree();
    let graph = graph::Graph::of(tree, lang);
    Ok(vec![
        ("index.md", markdown::index(checked, vignettes_name, &runs)),
        ("tree.dot", dot::dot(tree, &graph, lang)),
        ("tree.svg", svg::svg(tree, &graph, checked.report(), lang)),
        ("paths.md", markdown::paths(checked, lang)),
        ("safety.md", markdown::safety(checked, lang)),
        ("coverage.md", markdown::coverage(checked, lang)),
        ("words.md", markdown::words(checked)),
        (
            "vignettes.md",
            markdown::vignettes(vignettes_name, &vs, &runs),
        ),
    ])
}

/// Writes `files` into `dir`, creating it if needed.
pub fn write(dir: &Path, files: &[(&'static str, String)]) -> Result<(), ReviewError> {
    std::fs::create_dir_all(dir)
        .map_err(|e| ReviewError::Write(format!("cannot create {}: {e}", dir.display())))?;
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text)
            .map_err(|e| ReviewError::Write(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(())
}
