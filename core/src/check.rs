//! The checker: proves a [`Tree`] sound and safe, once, by walking every
//! path.
//!
//! [`check`] turns a `&Tree` into a [`Checked`] tree or a [`CheckError`]
//! that names the node and the rule it breaks. Only a `Checked` tree can
//! start a [`crate::Session`], which is what makes traversal infallible.
//! The checker is cheap (a few thousand node visits for the shipped
//! content) so the kiosk runs it at boot as well as in `cargo test`.
//!
//! What it proves, by enumerating every path from the first question to an
//! outcome (not by sampling):
//!
//! - **Structure**: every index in range; 2 to 5 answers per question; a
//!   route has one target per answer of the question it reads, and that
//!   question was answered on every path that reaches it; every outcome
//!   lists up to 3 causes that the condition table describes (an emergency
//!   at least one); keys unique.
//! - **Rule 1, red flags first**: the first question is the only `Who`
//!   question; once any other kind of question is asked, no red flag
//!   follows; every path to a non-emergency outcome heard "none of these"
//!   for every red-flag finding ([`Finding::RED_FLAGS`]); every other answer
//!   on a red-flag screen finishes at once at an emergency.
//! - **Rule 2, "Not sure" is the worrying answer**: on every question with a
//!   [`crate::tree::Caution`], on every path that reaches it, the least
//!   urgent outcome reachable after "Not sure" is at least as urgent as the
//!   least urgent outcome reachable after the worrying answer. Red-flag and
//!   glass-test questions must have a caution.
//! - **Rule 3, no cycles, dead ends or unreachable nodes**: every path ends
//!   at an outcome within [`MAX_TAPS`] taps (a cycle would make a path
//!   longer); every question, route and outcome is on some path.
//! - **Rule 4, text**: every string exists in every language of
//!   [`Language::ALL`]; button labels stay under [`MAX_LABEL_CHARS`]. (The
//!   kiosk's render tests check that each string fits its box on every
//!   screen size.)
//! - **Coverage**: every [`Condition`] is named by some reachable outcome.

use crate::config::{
    MAX_ANSWERS, MAX_BULLETS, MAX_CAUSES, MAX_LABEL_CHARS, MAX_NODES, MAX_OPTIONS, MAX_TAPS,
};
use crate::finding::Finding;
use crate::session::Answer;
use crate::text::{Language, Text};
use crate::tree::{Condition, Disposition, Next, Question, Role, Tree, When};
use core::fmt;

/// A tree that has passed every check. Copy it freely: it is a reference
/// and a few figures.
#[derive(Clone, Copy, Debug)]
pub struct Checked<'t> {
    tree: &'t Tree,
    first: &'t Question,
    report: CheckReport,
}

impl<'t> Checked<'t> {
    /// The checked tables.
    pub fn tree(&self) -> &'t Tree {
        self.tree
    }
    /// The first question.
    pub fn first(&self) -> &'t Question {
        self.first
    }
    /// What the checker counted.
    pub fn report(&self) -> &CheckReport {
        &self.report
    }
}

/// Figures from a successful check: the evidence for the review pack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Questions in the table.
    pub questions: usize,
    /// Routes in the table.
    pub routes: usize,
    /// Outcomes in the table.
    pub outcomes: usize,
    /// Every distinct path from the first question to an outcome.
    pub paths: u32,
    /// Paths ending at each disposition, most urgent first.
    pub paths_by_disposition: [u32; 5],
    /// Number of paths by number of taps (index = taps).
    pub taps_histogram: [u32; MAX_TAPS + 1],
    /// The most taps on any path.
    pub max_taps: usize,
    /// The fewest taps on any path.
    pub min_taps: usize,
    /// Paths to a non-emergency outcome on which every red flag was cleared
    /// (rule 1): equal to the number of such paths.
    pub red_flag_paths_checked: u32,
    /// "Not sure" comparisons made (rule 2): one per cautious question per
    /// path prefix that reaches it.
    pub unsure_comparisons: u32,
    /// Strings checked in every language (rule 4).
    pub strings_checked: u32,
}

impl CheckReport {
    /// The median number of taps over all paths (the lower median).
    pub fn median_taps(&self) -> usize {
        let half = self.paths.div_ceil(2);
        let mut seen = 0;
        for (taps, n) in self.taps_histogram.iter().enumerate() {
            seen += n;
            if seen >= half && *n > 0 {
                return taps;
            }
        }
        0
    }
}

/// Why a tree failed its checks. Each names the node (by key) that breaks
/// the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CheckError {
    /// The tree has no questions, or more nodes than a `u8` can index.
    Size,
    /// Two nodes share a key.
    DuplicateKey(&'static str),
    /// An answer or route points at a node that does not exist.
    BadNext(&'static str),
    /// A question has fewer than 2 or more than 5 answers, or too many bullets.
    BadShape(&'static str),
    /// A question asks about no finding, or an answer tests a finding the
    /// question does not declare, or tests an enum value that does not exist.
    BadFindings(&'static str),
    /// A caution names an answer that does not exist, or a red-flag or
    /// glass-test question has no caution.
    BadCaution(&'static str),
    /// A route's targets do not match its question's answers, or it can be
    /// reached before that question is answered.
    BadRoute(&'static str),
    /// An outcome lists no causes, too many, or a cause with no description,
    /// or has nothing to do.
    BadOutcome(&'static str),
    /// A string is empty in a shipped language.
    MissingText(&'static str, Language),
    /// A button label is longer than [`MAX_LABEL_CHARS`].
    LabelTooLong(&'static str),
    /// A path is longer than [`MAX_TAPS`] taps (or loops), at this question.
    PathTooLong(&'static str),
    /// A node is on no path.
    Unreachable(&'static str),
    /// Rule 1: a non-emergency outcome is reachable without every red flag
    /// cleared.
    RedFlagSkipped(&'static str, Finding),
    /// Rule 1: a red-flag answer other than "none of these" does not finish
    /// at an emergency.
    RedFlagNotEmergency(&'static str),
    /// Rule 1: a red-flag or who question comes after other questions.
    OrderBroken(&'static str),
    /// Rule 2: "Not sure" can lead somewhere less urgent than the worrying
    /// answer.
    UnsureLessUrgent(&'static str),
    /// A condition is named by no reachable outcome.
    ConditionNeverNamed(Condition),
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::Size => write!(
                f,
                "the tree has no questions or more than {MAX_NODES} nodes of a kind"
            ),
            CheckError::DuplicateKey(k) => write!(f, "two nodes share the key `{k}`"),
            CheckError::BadNext(k) => write!(f, "`{k}` points at a node that does not exist"),
            CheckError::BadShape(k) => write!(
                f,
                "question `{k}` needs 2 to {MAX_OPTIONS} answers and at most {MAX_BULLETS} bullets"
            ),
            CheckError::BadFindings(k) => write!(
                f,
                "question `{k}`: its answers test findings or values it does not declare"
            ),
            CheckError::BadCaution(k) => write!(
                f,
                "question `{k}`: its worrying/not-sure answers are missing or wrong"
            ),
            CheckError::BadRoute(k) => write!(
                f,
                "route `{k}` does not match its question, or runs before it is answered"
            ),
            CheckError::BadOutcome(k) => write!(
                f,
                "outcome `{k}` needs 1 to {MAX_CAUSES} described causes and something to do"
            ),
            CheckError::MissingText(k, l) => {
                write!(f, "`{k}` has a string missing in language `{}`", l.code())
            }
            CheckError::LabelTooLong(k) => write!(
                f,
                "question `{k}` has a button label over {MAX_LABEL_CHARS} characters"
            ),
            CheckError::PathTooLong(k) => write!(
                f,
                "a path through `{k}` takes more than {MAX_TAPS} taps (or loops)"
            ),
            CheckError::Unreachable(k) => write!(f, "`{k}` is on no path"),
            CheckError::RedFlagSkipped(k, fl) => write!(
                f,
                "outcome `{k}` is reachable without ruling out the red flag `{}`",
                fl.id()
            ),
            CheckError::RedFlagNotEmergency(k) => write!(
                f,
                "red-flag question `{k}`: a worrying answer does not go straight to an emergency"
            ),
            CheckError::OrderBroken(k) => write!(
                f,
                "question `{k}` is asked out of order (who, then red flags, then the rest)"
            ),
            CheckError::UnsureLessUrgent(k) => write!(
                f,
                "question `{k}`: \"Not sure\" can end less urgent than the worrying answer"
            ),
            CheckError::ConditionNeverNamed(c) => {
                write!(f, "condition `{}` is named by no reachable outcome", c.id())
            }
        }
    }
}

/// Checks `tree` against every rule above.
pub fn check(tree: &Tree) -> Result<Checked<'_>, CheckError> {
    let first = tree.questions.first().ok_or(CheckError::Size)?;
    if tree.questions.len() > MAX_NODES
        || tree.routes.len() > MAX_NODES
        || tree.outcomes.len() > MAX_NODES
    {
        return Err(CheckError::Size);
    }
    check_structure(tree)?;
    let strings_checked = check_texts(tree)?;
    let mut walk = Walk {
        tree,
        report: CheckReport {
            min_taps: usize::MAX,
            ..CheckReport::default()
        },
        seen_q: [0; 4],
        seen_r: [0; 4],
        seen_o: [0; 4],
    };
    let mut path = Path {
        answers: heapless::Vec::new(),
        cleared: 0,
        past_red_flags: false,
        route_hops: 0,
    };
    walk.node(Next::Ask(0), &mut path, &mut |_, _| {})?;
    let mut report = walk.report;
    for (i, q) in tree.questions.iter().enumerate() {
        if !bit(&walk.seen_q, i) {
            return Err(CheckError::Unreachable(q.key));
        }
    }
    for (i, r) in tree.routes.iter().enumerate() {
        if !bit(&walk.seen_r, i) {
            return Err(CheckError::Unreachable(r.key));
        }
    }
    for (i, o) in tree.outcomes.iter().enumerate() {
        if !bit(&walk.seen_o, i) {
            return Err(CheckError::Unreachable(o.key));
        }
    }
    report.questions = tree.questions.len();
    report.routes = tree.routes.len();
    report.outcomes = tree.outcomes.len();
    report.strings_checked = strings_checked;
    Ok(Checked {
        tree,
        first,
        report,
    })
}

/// Coverage: every [`Condition`] is named as a likely cause by some
/// outcome of the checked tree (all of which are reachable). The shipped
/// content must pass this; small test trees need not.
pub fn check_coverage(checked: Checked<'_>) -> Result<(), CheckError> {
    for c in Condition::ALL {
        if !checked.tree().outcomes.iter().any(|o| o.causes.contains(c)) {
            return Err(CheckError::ConditionNeverNamed(*c));
        }
    }
    Ok(())
}

/// Calls `visit(answers, outcome_index)` for every path of a checked tree,
/// in depth-first order (answers in screen order). This is what the review
/// pack's table of every path and the path tests are built from.
pub fn for_each_path<F: FnMut(&[Answer], u8)>(checked: Checked<'_>, mut visit: F) {
    let tree = checked.tree();
    let mut walk = Walk {
        tree,
        report: CheckReport::default(),
        seen_q: [0; 4],
        seen_r: [0; 4],
        seen_o: [0; 4],
    };
    let mut path = Path {
        answers: heapless::Vec::new(),
        cleared: 0,
        past_red_flags: false,
        route_hops: 0,
    };
    // Cannot fail: the same walk succeeded when the tree was checked.
    let _ = walk.node(Next::Ask(0), &mut path, &mut visit);
}

fn bit(set: &[u64; 4], i: usize) -> bool {
    set.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

fn set_bit(set: &mut [u64; 4], i: usize) {
    if let Some(w) = set.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

fn next_ok(tree: &Tree, next: Next) -> bool {
    match next {
        Next::Ask(n) => (n as usize) < tree.questions.len(),
        Next::Route(n) => (n as usize) < tree.routes.len(),
        Next::Finish(n) => (n as usize) < tree.outcomes.len(),
    }
}

fn check_structure(tree: &Tree) -> Result<(), CheckError> {
    let keys = tree
        .questions
        .iter()
        .map(|q| q.key)
        .chain(tree.routes.iter().map(|r| r.key))
        .chain(tree.outcomes.iter().map(|o| o.key));
    for (i, k) in keys.clone().enumerate() {
        if keys.clone().skip(i + 1).any(|other| other == k) {
            return Err(CheckError::DuplicateKey(k));
        }
    }
    for q in tree.questions {
        if q.choices.len() < 2 || q.choices.len() > MAX_OPTIONS || q.bullets.len() > MAX_BULLETS {
            return Err(CheckError::BadShape(q.key));
        }
        if q.asks.is_empty() {
            return Err(CheckError::BadFindings(q.key));
        }
        for c in q.choices {
            if !next_ok(tree, c.next) {
                return Err(CheckError::BadNext(q.key));
            }
            let tested: &[crate::tree::Test] = match c.when {
                When::Any(t) | When::All(t) => t,
                When::Unknown(fs) => {
                    if fs.iter().any(|f| !q.asks.contains(f)) {
                        return Err(CheckError::BadFindings(q.key));
                    }
                    &[]
                }
                When::Otherwise => &[],
            };
            for t in tested {
                let ok = match *t {
                    crate::tree::Test::Present(f) | crate::tree::Test::Absent(f) => {
                        q.asks.contains(&f) && f.values().is_empty()
                    }
                    crate::tree::Test::Is(f, set) => {
                        q.asks.contains(&f) && set.0 != 0 && set.0 & !f.all_values().0 == 0
                    }
                    crate::tree::Test::PresentWith(b, f, set) => {
                        q.asks.contains(&b)
                            && b.values().is_empty()
                            && q.asks.contains(&f)
                            && set.0 != 0
                            && set.0 & !f.all_values().0 == 0
                    }
                };
                if !ok {
                    return Err(CheckError::BadFindings(q.key));
                }
            }
        }
        let caution_ok = match q.caution {
            Some(c) => {
                c.worrying != c.unsure
                    && (c.worrying as usize) < q.choices.len()
                    && (c.unsure as usize) < q.choices.len()
            }
            None => !matches!(q.role, Role::RedFlag | Role::GlassTest),
        };
        if !caution_ok {
            return Err(CheckError::BadCaution(q.key));
        }
    }
    for r in tree.routes {
        let on = tree
            .questions
            .get(r.on as usize)
            .ok_or(CheckError::BadRoute(r.key))?;
        if on.choices.len() != r.to.len() {
            return Err(CheckError::BadRoute(r.key));
        }
        if r.to.iter().any(|n| !next_ok(tree, *n)) {
            return Err(CheckError::BadNext(r.key));
        }
    }
    for o in tree.outcomes {
        let no_causes_ok = o.disposition != Disposition::Emergency;
        if (o.causes.is_empty() && !no_causes_ok)
            || o.causes.len() > MAX_CAUSES
            || o.todo.is_empty()
        {
            return Err(CheckError::BadOutcome(o.key));
        }
        if o.causes.iter().any(|c| tree.condition(*c).is_none()) {
            return Err(CheckError::BadOutcome(o.key));
        }
    }
    Ok(())
}

/// Rule 4 (presence half): every string in every shipped language.
/// Returns how many strings were checked.
fn check_texts(tree: &Tree) -> Result<u32, CheckError> {
    let mut n = 0u32;
    let mut each = |key: &'static str, t: &Text| -> Result<(), CheckError> {
        for lang in Language::ALL {
            n += 1;
            if t.raw(*lang).trim().is_empty() {
                return Err(CheckError::MissingText(key, *lang));
            }
        }
        Ok(())
    };
    for q in tree.questions {
        each(q.key, &q.prompt)?;
        each(q.key, &q.short)?;
        for b in q.bullets {
            each(q.key, b)?;
        }
        for c in q.choices {
            each(q.key, &c.label)?;
            for lang in Language::ALL {
                if c.label.raw(*lang).chars().count() > MAX_LABEL_CHARS {
                    return Err(CheckError::LabelTooLong(q.key));
                }
            }
        }
    }
    for o in tree.outcomes {
        each(o.key, &o.headline)?;
        each(o.key, &o.get_help)?;
        for t in o.todo {
            each(o.key, t)?;
        }
    }
    for c in tree.conditions {
        each(c.condition.id(), &c.name)?;
        each(c.condition.id(), &c.line)?;
    }
    Ok(n)
}

struct Path {
    answers: heapless::Vec<Answer, MAX_ANSWERS>,
    /// Red-flag findings answered "none of these", as a bit mask by finding.
    cleared: u128,
    /// Whether a question other than who/red-flag has been asked.
    past_red_flags: bool,
    /// Routes followed since the last question.
    route_hops: usize,
}

struct Walk<'t> {
    tree: &'t Tree,
    report: CheckReport,
    seen_q: [u64; 4],
    seen_r: [u64; 4],
    seen_o: [u64; 4],
}

impl Walk<'_> {
    /// Walks every completion of `path` from `next`; returns the least
    /// urgent disposition reachable.
    fn node<F: FnMut(&[Answer], u8)>(
        &mut self,
        next: Next,
        path: &mut Path,
        visit: &mut F,
    ) -> Result<Disposition, CheckError> {
        match next {
            Next::Finish(o) => self.finish(o, path, visit),
            Next::Route(r) => {
                let route = self.tree.routes.get(r as usize).ok_or(CheckError::Size)?;
                set_bit(&mut self.seen_r, r as usize);
                // A chain of routes longer than the route table is a loop.
                path.route_hops += 1;
                if path.route_hops > self.tree.routes.len() {
                    return Err(CheckError::BadRoute(route.key));
                }
                let given = path
                    .answers
                    .iter()
                    .rev()
                    .find(|a| a.question == route.on)
                    .ok_or(CheckError::BadRoute(route.key))?;
                let to = *route
                    .to
                    .get(given.choice as usize)
                    .ok_or(CheckError::BadRoute(route.key))?;
                self.node(to, path, visit)
            }
            Next::Ask(qi) => self.ask(qi, path, visit),
        }
    }

    fn ask<F: FnMut(&[Answer], u8)>(
        &mut self,
        qi: u8,
        path: &mut Path,
        visit: &mut F,
    ) -> Result<Disposition, CheckError> {
        let q = self
            .tree
            .questions
            .get(qi as usize)
            .ok_or(CheckError::Size)?;
        set_bit(&mut self.seen_q, qi as usize);
        if path.answers.len() >= MAX_TAPS {
            return Err(CheckError::PathTooLong(q.key));
        }
        match q.role {
            Role::Who if !path.answers.is_empty() => return Err(CheckError::OrderBroken(q.key)),
            Role::RedFlag if path.past_red_flags => return Err(CheckError::OrderBroken(q.key)),
            Role::Who | Role::RedFlag => {}
            _ => {}
        }
        let was_past = path.past_red_flags;
        let was_cleared = path.cleared;
        if !matches!(q.role, Role::Who | Role::RedFlag) {
            path.past_red_flags = true;
        }
        let mut least_urgent = Disposition::Emergency;
        let mut by_choice = [Disposition::Emergency; MAX_OPTIONS];
        for (ci, choice) in q.choices.iter().enumerate() {
            if q.role == Role::RedFlag {
                if choice.when == When::Otherwise {
                    for f in q.asks {
                        path.cleared |= 1u128 << (*f as u8);
                    }
                } else {
                    let emergency = match choice.next {
                        Next::Finish(o) => self
                            .tree
                            .outcomes
                            .get(o as usize)
                            .is_some_and(|o| o.disposition == Disposition::Emergency),
                        _ => false,
                    };
                    if !emergency {
                        return Err(CheckError::RedFlagNotEmergency(q.key));
                    }
                }
            }
            path.route_hops = 0;
            path.answers
                .push(Answer {
                    question: qi,
                    choice: ci as u8,
                })
                .map_err(|_| CheckError::PathTooLong(q.key))?;
            let d = self.node(choice.next, path, visit)?;
            path.answers.pop();
            path.cleared = was_cleared;
            if let Some(slot) = by_choice.get_mut(ci) {
                *slot = d;
            }
            least_urgent = least_urgent.max(d);
        }
        path.past_red_flags = was_past;
        if let Some(c) = q.caution {
            self.report.unsure_comparisons += 1;
            let worrying = by_choice
                .get(c.worrying as usize)
                .copied()
                .unwrap_or(Disposition::SelfCare);
            let unsure = by_choice
                .get(c.unsure as usize)
                .copied()
                .unwrap_or(Disposition::SelfCare);
            if !unsure.at_least_as_urgent_as(worrying) {
                return Err(CheckError::UnsureLessUrgent(q.key));
            }
        }
        Ok(least_urgent)
    }

    fn finish<F: FnMut(&[Answer], u8)>(
        &mut self,
        oi: u8,
        path: &mut Path,
        visit: &mut F,
    ) -> Result<Disposition, CheckError> {
        let o = self
            .tree
            .outcomes
            .get(oi as usize)
            .ok_or(CheckError::Size)?;
        set_bit(&mut self.seen_o, oi as usize);
        if o.disposition != Disposition::Emergency {
            for f in Finding::RED_FLAGS {
                if path.cleared & (1u128 << (*f as u8)) == 0 {
                    return Err(CheckError::RedFlagSkipped(o.key, *f));
                }
            }
            self.report.red_flag_paths_checked += 1;
        }
        let taps = path.answers.len();
        self.report.paths += 1;
        if let Some(n) = self
            .report
            .paths_by_disposition
            .get_mut(o.disposition as usize)
        {
            *n += 1;
        }
        if let Some(n) = self.report.taps_histogram.get_mut(taps) {
            *n += 1;
        }
        self.report.max_taps = self.report.max_taps.max(taps);
        self.report.min_taps = self.report.min_taps.min(taps);
        visit(&path.answers, oi);
        Ok(o.disposition)
    }
}

#[cfg(test)]
mod tests {
    //! Each safety rule is shown to bite: a small valid tree passes, and a
    //! copy broken in one way fails with the error that names the rule.
    extern crate std;
    use super::*;
    use crate::t;
    use crate::tree::{Caution, Choice, Outcome, Route, Test};
    use std::boxed::Box;
    use std::vec;
    use std::vec::Vec;

    fn leak<T>(v: Vec<T>) -> &'static [T] {
        Box::leak(v.into_boxed_slice())
    }

    const YES: Text = t!("Yes", "Sí", "Tak", "Da");

    fn red_flag_tests() -> &'static [Test] {
        leak(
            Finding::RED_FLAGS
                .iter()
                .map(|f| Test::Present(*f))
                .collect(),
        )
    }

    fn choice(next: Next, when: When) -> Choice {
        Choice {
            label: YES,
            when,
            next,
        }
    }

    fn outcome(key: &'static str, d: Disposition) -> Outcome {
        Outcome {
            key,
            disposition: d,
            causes: &[Condition::HeatRash],
            safeguarding: false,
            headline: YES,
            todo: &[YES],
            get_help: YES,
        }
    }

    /// who → red flags → glass test → outcomes (and a route on who).
    fn questions() -> Vec<Question> {
        vec![
            Question {
                key: "who",
                short: YES,
                role: Role::Who,
                prompt: YES,
                bullets: &[],
                asks: &[Finding::AgeBand],
                choices: leak(vec![
                    choice(Next::Ask(1), When::Otherwise),
                    choice(Next::Ask(1), When::Otherwise),
                ]),
                caution: None,
            },
            Question {
                key: "flags",
                short: YES,
                role: Role::RedFlag,
                prompt: YES,
                bullets: &[],
                asks: Finding::RED_FLAGS,
                choices: leak(vec![
                    choice(Next::Finish(0), When::Any(red_flag_tests())),
                    choice(Next::Ask(2), When::Otherwise),
                    choice(Next::Finish(0), When::Unknown(&[])),
                ]),
                caution: Some(Caution {
                    worrying: 0,
                    unsure: 2,
                }),
            },
            Question {
                key: "glass",
                short: YES,
                role: Role::GlassTest,
                prompt: YES,
                bullets: &[],
                asks: &[Finding::Blanching],
                choices: leak(vec![
                    choice(Next::Route(0), When::Otherwise),
                    choice(Next::Finish(1), When::Otherwise),
                    choice(Next::Finish(1), When::Unknown(&[Finding::Blanching])),
                ]),
                caution: Some(Caution {
                    worrying: 1,
                    unsure: 2,
                }),
            },
        ]
    }

    fn outcomes() -> Vec<Outcome> {
        vec![
            outcome("call", Disposition::Emergency),
            outcome("today", Disposition::Urgent),
            outcome("home", Disposition::SelfCare),
            outcome("pharmacist", Disposition::Pharmacist),
        ]
    }

    fn routes() -> Vec<Route> {
        vec![Route {
            key: "by_who",
            on: 0,
            to: leak(vec![Next::Finish(2), Next::Finish(3)]),
        }]
    }

    fn tree(q: Vec<Question>, r: Vec<Route>, o: Vec<Outcome>) -> &'static Tree {
        let conditions = leak(vec![crate::tree::ConditionInfo {
            condition: Condition::HeatRash,
            name: YES,
            line: YES,
        }]);
        Box::leak(Box::new(Tree {
            version: 1,
            questions: leak(q),
            routes: leak(r),
            outcomes: leak(o),
            conditions,
        }))
    }

    #[test]
    fn a_sound_tree_passes_and_is_counted() {
        let checked = check(tree(questions(), routes(), outcomes())).unwrap();
        let r = checked.report();
        // who(2) x [flags yes, flags not sure, glass fade→route, glass stays, glass not sure]
        assert_eq!(r.paths, 10);
        assert_eq!(r.paths_by_disposition, [4, 4, 0, 1, 1]);
        assert_eq!(r.max_taps, 3);
        assert_eq!(r.min_taps, 2);
        assert_eq!(r.red_flag_paths_checked, 6);
        let mut seen = 0;
        for_each_path(checked, |answers, _| {
            assert!(!answers.is_empty());
            seen += 1;
        });
        assert_eq!(seen, 10);
    }

    #[test]
    fn rule1_skipping_the_red_flags_is_caught() {
        let mut q = questions();
        q[0].choices = leak(vec![
            choice(Next::Ask(1), When::Otherwise),
            choice(Next::Ask(2), When::Otherwise),
        ]);
        assert!(matches!(
            check(tree(q, routes(), outcomes())),
            Err(CheckError::RedFlagSkipped(_, Finding::VeryUnwell))
        ));
    }

    #[test]
    fn rule1_a_red_flag_screen_missing_one_flag_is_caught() {
        let mut q = questions();
        q[1].asks = &Finding::RED_FLAGS[1..];
        q[1].choices = leak(vec![
            choice(Next::Finish(0), When::Any(&red_flag_tests()[1..])),
            choice(Next::Ask(2), When::Otherwise),
            choice(Next::Finish(0), When::Unknown(&[])),
        ]);
        assert!(matches!(
            check(tree(q, routes(), outcomes())),
            Err(CheckError::RedFlagSkipped(_, Finding::VeryUnwell))
        ));
    }

    #[test]
    fn rule1_a_red_flag_that_does_not_call_for_help_is_caught() {
        let mut q = questions();
        q[1].choices = leak(vec![
            choice(Next::Finish(1), When::Any(red_flag_tests())),
            choice(Next::Ask(2), When::Otherwise),
            choice(Next::Finish(0), When::Unknown(&[])),
        ]);
        assert_eq!(
            check(tree(q, routes(), outcomes())).unwrap_err(),
            CheckError::RedFlagNotEmergency("flags")
        );
    }

    #[test]
    fn rule1_red_flags_after_other_questions_are_caught() {
        let mut q = questions();
        q.swap(1, 2);
        q[0].choices = leak(vec![
            choice(Next::Ask(1), When::Otherwise),
            choice(Next::Ask(1), When::Otherwise),
        ]);
        q[1].choices = leak(vec![
            choice(Next::Ask(2), When::Otherwise),
            choice(Next::Ask(2), When::Otherwise),
            choice(Next::Ask(2), When::Unknown(&[Finding::Blanching])),
        ]);
        q[2].choices = leak(vec![
            choice(Next::Finish(0), When::Any(red_flag_tests())),
            choice(Next::Finish(1), When::Otherwise),
            choice(Next::Finish(0), When::Unknown(&[])),
        ]);
        assert_eq!(
            check(tree(q, vec![], outcomes()[..2].to_vec())).unwrap_err(),
            CheckError::OrderBroken("flags")
        );
    }

    #[test]
    fn rule2_not_sure_less_urgent_than_the_worrying_answer_is_caught() {
        let mut q = questions();
        q[2].choices = leak(vec![
            choice(Next::Route(0), When::Otherwise),
            choice(Next::Finish(1), When::Otherwise),
            choice(Next::Route(0), When::Unknown(&[Finding::Blanching])),
        ]);
        assert_eq!(
            check(tree(q, routes(), outcomes())).unwrap_err(),
            CheckError::UnsureLessUrgent("glass")
        );
    }

    #[test]
    fn rule2_a_glass_test_without_a_caution_is_caught() {
        let mut q = questions();
        q[2].caution = None;
        assert_eq!(
            check(tree(q, routes(), outcomes())).unwrap_err(),
            CheckError::BadCaution("glass")
        );
    }

    #[test]
    fn rule3_a_cycle_is_caught_as_an_unbounded_path() {
        let mut q = questions();
        q[2].choices = leak(vec![
            choice(Next::Ask(2), When::Otherwise),
            choice(Next::Finish(1), When::Otherwise),
            choice(Next::Finish(1), When::Unknown(&[Finding::Blanching])),
        ]);
        assert_eq!(
            check(tree(q, vec![], outcomes()[..2].to_vec())).unwrap_err(),
            CheckError::PathTooLong("glass")
        );
    }

    #[test]
    fn rule3_a_route_loop_is_caught() {
        let r = vec![Route {
            key: "loop",
            on: 0,
            to: leak(vec![Next::Route(0), Next::Route(0)]),
        }];
        assert_eq!(
            check(tree(questions(), r, outcomes())).unwrap_err(),
            CheckError::BadRoute("loop")
        );
    }

    #[test]
    fn rule3_unreachable_and_dangling_nodes_are_caught() {
        let mut o = outcomes();
        o.push(outcome("orphan", Disposition::Doctor));
        assert_eq!(
            check(tree(questions(), routes(), o)).unwrap_err(),
            CheckError::Unreachable("orphan")
        );
        let mut q = questions();
        q[1].choices = leak(vec![
            choice(Next::Finish(9), When::Any(red_flag_tests())),
            choice(Next::Ask(2), When::Otherwise),
            choice(Next::Finish(0), When::Unknown(&[])),
        ]);
        assert_eq!(
            check(tree(q, routes(), outcomes())).unwrap_err(),
            CheckError::BadNext("flags")
        );
    }

    #[test]
    fn a_route_read_before_its_question_is_caught() {
        let mut r = routes();
        r.push(Route {
            key: "early",
            on: 2,
            to: leak(vec![Next::Finish(2), Next::Finish(3), Next::Finish(3)]),
        });
        let mut q = questions();
        q[0].choices = leak(vec![
            choice(Next::Route(1), When::Otherwise),
            choice(Next::Ask(1), When::Otherwise),
        ]);
        assert_eq!(
            check(tree(q, r, outcomes())).unwrap_err(),
            CheckError::BadRoute("early")
        );
        let bad = vec![Route {
            key: "mismatch",
            on: 0,
            to: leak(vec![Next::Finish(2)]),
        }];
        assert_eq!(
            check(tree(questions(), bad, outcomes())).unwrap_err(),
            CheckError::BadRoute("mismatch")
        );
    }

    #[test]
    fn rule4_missing_text_is_caught() {
        let mut q = questions();
        q[2].prompt = t!("   ", "¿Sí?", "Tak?", "Da?");
        assert_eq!(
            check(tree(q, routes(), outcomes())).unwrap_err(),
            CheckError::MissingText("glass", Language::En)
        );
    }

    #[test]
    fn answers_testing_undeclared_findings_are_caught() {
        let mut q = questions();
        q[2].choices = leak(vec![
            choice(Next::Route(0), When::Any(&[Test::Present(Finding::Fever)])),
            choice(Next::Finish(1), When::Otherwise),
            choice(Next::Finish(1), When::Unknown(&[Finding::Blanching])),
        ]);
        assert_eq!(
            check(tree(q, routes(), outcomes())).unwrap_err(),
            CheckError::BadFindings("glass")
        );
    }

    #[test]
    fn the_shipped_content_passes_every_check_and_names_every_condition() {
        let checked = crate::content::checked().unwrap();
        check_coverage(checked).unwrap();
        let r = checked.report();
        assert!(r.max_taps <= MAX_TAPS);
        assert_eq!(
            r.red_flag_paths_checked,
            r.paths - r.paths_by_disposition[0]
        );
    }
}
