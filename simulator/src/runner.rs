//! The vignette runner: answers the tree from each patient's findings and
//! reports what the kiosk would have said.
//!
//! [`run_taps`] drives the kiosk app itself through the [`Bench`]: it taps
//! Start, then the centre of the right answer button on each screen, read
//! from the app's own layout, exactly as a person would. [`run_engine`]
//! walks the core [`Session`] directly. Both must give the same results,
//! which the tests check for every vignette.

use crate::bench::Bench;
use crate::vignette::{Triage, Vignette};
use embedded_graphics::prelude::Size;
use spotcheck_core::answer::choose;
use spotcheck_core::{Condition, Disposition, Language, Session, Step};
use spotcheck_kiosk::Screen;
use std::fmt::Write as _;

/// The result of one vignette.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Vignette id.
    pub id: String,
    /// Disposition reached.
    pub disposition: Disposition,
    /// Likely causes, most likely first.
    pub conditions: Vec<Condition>,
    /// Answers given.
    pub taps: usize,
    /// Whether the vignette passed.
    pub pass: bool,
    /// Key of the outcome reached.
    pub outcome: &'static str,
}

/// Why a vignette could not be run through the tree.
#[derive(Debug, PartialEq)]
pub struct RunError(pub String);

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RunError {}

/// Runs one vignette through the core engine.
pub fn run_engine(v: &Vignette, language: Language) -> Result<Run, RunError> {
    let tree = spotcheck_core::content::checked()
        .map_err(|e| RunError(format!("the content fails its checks: {e}")))?;
    let mut session = Session::new(tree, language);
    loop {
        match session.step() {
            Step::Question(q) => {
                let choice = choose(q, v).ok_or_else(|| {
                    RunError(format!("vignette {}: no answer to question `{}` fits its findings (is a finding missing?)", v.id, q.key))
                })?;
                session
                    .answer(choice)
                    .map_err(|e| RunError(format!("vignette {}: {e}", v.id)))?;
            }
            Step::Outcome(o) => {
                return Ok(Run {
                    id: v.id.clone(),
                    disposition: o.disposition,
                    conditions: o.causes.to_vec(),
                    taps: session.taps(),
                    pass: v.passes_outcome(o),
                    outcome: o.key,
                })
            }
        }
    }
}

/// Runs one vignette by tapping through the kiosk app at `size`.
pub fn run_taps(v: &Vignette, language: Language, size: Size) -> Result<Run, RunError> {
    let tree = &spotcheck_core::content::TREE;
    let mut bench = Bench::with_language(language, size);
    bench
        .start()
        .map_err(|e| RunError(format!("vignette {}: {e}", v.id)))?;
    let taps = bench
        .answer_as(v)
        .map_err(|e| RunError(format!("vignette {}: {e}", v.id)))?;
    let o = match bench.screen() {
        Screen::Emergency(o) | Screen::Result { outcome: o, .. } => o,
        other => {
            return Err(RunError(format!(
                "vignette {}: ended on `{}`",
                v.id,
                other.name()
            )))
        }
    };
    let outcome = tree
        .outcomes
        .get(o as usize)
        .ok_or_else(|| RunError(format!("vignette {}: no outcome {o}", v.id)))?;
    Ok(Run {
        id: v.id.clone(),
        disposition: outcome.disposition,
        conditions: outcome.causes.to_vec(),
        taps,
        pass: v.passes_outcome(outcome),
        outcome: outcome.key,
    })
}

/// One JSON object per line, as the vignette contract asks.
pub fn json_line(r: &Run) -> String {
    let conditions: Vec<String> = r
        .conditions
        .iter()
        .map(|c| format!("\"{}\"", c.id()))
        .collect();
    format!(
        "{{\"id\": \"{}\", \"disposition\": \"{}\", \"conditions\": [{}], \"taps\": {}, \"pass\": {}}}",
        r.id.replace('\\', "\\\\").replace('"', "\\\""),
        r.disposition.id(),
        conditions.join(", "),
        r.taps,
        r.pass
    )
}

/// A readable table of results, with a closing count line.
pub fn table(vignettes: &[Vignette], runs: &[Run]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<6} {:<5} {:<11} {:<11} {:>4}  causes (outcome)",
        "id", "pass", "expect", "got", "taps"
    );
    for (v, r) in vignettes.iter().zip(runs) {
        let causes: Vec<&str> = r.conditions.iter().map(|c| c.id()).collect();
        let _ = writeln!(
            out,
            "{:<6} {:<5} {:<11} {:<11} {:>4}  {} ({})",
            r.id,
            if r.pass { "ok" } else { "FAIL" },
            v.expect.id(),
            r.disposition.id(),
            r.taps,
            causes.join(", "),
            r.outcome
        );
    }
    let passed = runs.iter().filter(|r| r.pass).count();
    let mut taps: Vec<usize> = runs.iter().map(|r| r.taps).collect();
    taps.sort_unstable();
    let median = median(&taps);
    let _ = writeln!(
        out,
        "taps: median {median}, max {}",
        taps.last().copied().unwrap_or(0)
    );
    let _ = writeln!(out, "{}", triage_line(vignettes, runs));
    let _ = writeln!(out, "{}", causes_line(vignettes, runs));
    let _ = writeln!(out, "{passed} passed, {} failed", runs.len() - passed);
    out
}

/// `triage: exact N, over N (M not accepted), under N (M not accepted)`:
/// both sides of every miss, so a content change shows what it costs in
/// false alarms as well as what it gains in safety.
pub fn triage_line(vignettes: &[Vignette], runs: &[Run]) -> String {
    let (mut exact, mut over, mut over_bad, mut under, mut under_bad) = (0, 0, 0, 0, 0);
    for (v, r) in vignettes.iter().zip(runs) {
        match v.triage(r.disposition) {
            Triage::Exact => exact += 1,
            Triage::Over { accepted } => {
                over += 1;
                over_bad += usize::from(!accepted);
            }
            Triage::Under { accepted } => {
                under += 1;
                under_bad += usize::from(!accepted);
            }
        }
    }
    format!(
        "triage: exact {exact}, over {over} ({over_bad} not accepted), under {under} ({under_bad} not accepted)"
    )
}

/// `causes: top-1 N/T, top-3 N/T`: how often a wanted cause is shown first,
/// and among the first three, over the vignettes that name one.
pub fn causes_line(vignettes: &[Vignette], runs: &[Run]) -> String {
    let (mut named, mut top1, mut top3) = (0, 0, 0);
    for (v, r) in vignettes.iter().zip(runs) {
        if v.conditions.is_empty() {
            continue;
        }
        named += 1;
        top1 += usize::from(
            r.conditions
                .first()
                .is_some_and(|c| v.conditions.contains(c)),
        );
        top3 += usize::from(
            r.conditions
                .iter()
                .take(3)
                .any(|c| v.conditions.contains(c)),
        );
    }
    format!("causes: top-1 {top1}/{named}, top-3 {top3}/{named}")
}

/// The median of sorted values (the mean of the middle two for an even count).
pub fn median(sorted: &[usize]) -> f64 {
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2] as f64,
        n => (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0,
    }
}
