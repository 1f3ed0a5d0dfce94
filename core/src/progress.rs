//! How far a customer still has to go: the most questions left on any walk
//! from a question to an outcome.
//!
//! The kiosk's progress bar fills by taps made over taps made plus the
//! most still to come, so a worried person sees the end approach and the
//! bar never jumps back. The most still to come is the longest walk in the
//! table from the current question, over every answer still to give. A
//! route follows an earlier answer: one already given decides the branch;
//! for one not yet given every branch counts, so the figure may be high
//! (the bar then jumps forward, never back), never low.
//!
//! What it promises:
//! - **bounded work, whatever the table**: it relaxes one small array of
//!   per-question lengths at most [`MAX_TAPS`] + 2 times, each pass one
//!   look at every answer and route branch. On today's table that is a few
//!   thousand steps; the naive search over every path (one per walk, and
//!   the walks multiply at every question) took seconds on the RP2040 and
//!   tripped the board's watchdog before its first frame;
//! - **exact on a checked tree**: [`crate::check`] proves every walk ends
//!   within [`MAX_TAPS`] taps with no loops, so the lengths settle before
//!   the passes run out. On an unchecked tree with a loop the lengths stop
//!   at [`MAX_TAPS`] + 1 rather than growing, and nothing panics;
//! - **no heap, no panic path**: one `[u8; MAX_NODES]` on the stack, and
//!   every index is looked up with `get`.

use crate::config::{MAX_NODES, MAX_TAPS};
use crate::session::Answer;
use crate::tree::{Next, Tree};

/// Route branches followed from one answer before giving up (a checked
/// tree chains a route or two; this only stops a loop in an unchecked one).
const MAX_ROUTE_HOPS: usize = 64;
/// Branches waiting to be looked at while following routes.
const PENDING: usize = 16;
/// The longest length counted: one more than a checked tree allows.
const CAP: u8 = MAX_TAPS as u8 + 1;

/// The most questions still to answer from question `at`, counting `at`
/// itself (1 when every answer there ends the walk), after `answers`. 0
/// when `at` is not a question of the table.
pub fn most_questions_from(tree: &Tree, at: usize, answers: &[Answer]) -> u8 {
    if at >= tree.questions.len() {
        return 0;
    }
    let mut most = [0u8; MAX_NODES];
    // A walk of k questions settles in k passes; a checked tree has no walk
    // longer than MAX_TAPS, and one pass more confirms nothing changed.
    for _ in 0..MAX_TAPS + 2 {
        let mut changed = false;
        for (i, q) in tree.questions.iter().take(MAX_NODES).enumerate() {
            let mut after = 0u8;
            for choice in q.choices {
                after = after.max(most_after(tree, choice.next, answers, &most));
            }
            let len = after.saturating_add(1).min(CAP);
            if let Some(slot) = most.get_mut(i) {
                if *slot != len {
                    *slot = len;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    most.get(at).copied().unwrap_or(0)
}

/// The most questions after taking `next`, from the lengths known so far:
/// 0 at an outcome, the question's length at a question; through a route,
/// the branch an answer already given picks, else the longest branch (and
/// so on through any route it leads to).
fn most_after(tree: &Tree, next: Next, answers: &[Answer], most: &[u8; MAX_NODES]) -> u8 {
    let mut pending = [next; PENDING];
    let mut waiting = 1;
    let mut best = 0u8;
    let mut hops = 0;
    while waiting > 0 && hops < MAX_ROUTE_HOPS {
        waiting -= 1;
        hops += 1;
        let Some(&n) = pending.get(waiting) else {
            break;
        };
        match n {
            Next::Finish(_) => {}
            Next::Ask(q) => best = best.max(most.get(q as usize).copied().unwrap_or(0)),
            Next::Route(r) => {
                let Some(route) = tree.routes.get(r as usize) else {
                    continue;
                };
                let given = answers.iter().rev().find(|a| a.question == route.on);
                let decided = given.and_then(|a| route.to.get(a.choice as usize));
                let branches = match decided {
                    Some(to) => core::slice::from_ref(to),
                    None => route.to,
                };
                for &to in branches {
                    if let Some(slot) = pending.get_mut(waiting) {
                        *slot = to;
                        waiting += 1;
                    }
                }
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::content::{self, TREE};
    use crate::session::{Session, Step};
    use crate::text::Language;
    use std::vec::Vec;

    /// The slow, obviously right answer: the longest walk on from here,
    /// trying every answer.
    fn longest(s: &Session) -> u8 {
        let Step::Question(q) = s.step() else {
            return 0;
        };
        let mut best = 0;
        for c in 0..q.choices.len() {
            let mut next = s.clone();
            next.answer(c as u8).unwrap();
            best = best.max(longest(&next));
        }
        best + 1
    }

    /// Every question screen a customer can reach, with the taps made.
    fn every_state(s: &Session<'static>, out: &mut Vec<Session<'static>>) {
        let Step::Question(q) = s.step() else {
            return;
        };
        out.push(s.clone());
        for c in 0..q.choices.len() {
            let mut next = s.clone();
            next.answer(c as u8).unwrap();
            every_state(&next, out);
        }
    }

    #[test]
    fn never_promises_fewer_than_the_longest_walk_and_never_goes_back() {
        let start = Session::new(content::checked().unwrap(), Language::En);
        let max = content::checked().unwrap().report().max_taps;
        let mut states = Vec::new();
        every_state(&start, &mut states);
        let mut exact = 0;
        for s in &states {
            let left = s.most_questions_left();
            let truth = longest(s);
            assert!(left >= truth, "{:?}: {left} < {truth}", s.answers());
            assert!(s.taps() + left as usize <= max, "{:?}", s.answers());
            exact += usize::from(left == truth);
            // One tap on: the bar's end (taps + most left) never moves out.
            let Step::Question(q) = s.step() else {
                unreachable!()
            };
            for c in 0..q.choices.len() {
                let mut next = s.clone();
                next.answer(c as u8).unwrap();
                if let Step::Question(_) = next.step() {
                    let before = s.taps() + left as usize;
                    let after = next.taps() + next.most_questions_left() as usize;
                    assert!(after <= before, "{:?} then {c}", s.answers());
                }
            }
        }
        // Routes not yet decided are counted at their longest, so a few
        // screens over-promise; most must be exact or the bar says little.
        assert!(
            exact * 10 >= states.len() * 9,
            "exact on only {exact} of {} screens",
            states.len()
        );
        assert_eq!(start.most_questions_left() as usize, max);
    }

    #[test]
    fn a_table_that_loops_stops_at_the_cap() {
        use crate::tree::{Choice, Route};
        use std::boxed::Box;
        use std::vec;
        let first = &TREE.questions[0];
        let choices: Vec<Choice> = first
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| Choice {
                next: if i == 0 { Next::Ask(0) } else { Next::Route(0) },
                ..*c
            })
            .collect();
        let question = crate::tree::Question {
            choices: Box::leak(choices.into_boxed_slice()),
            ..*first
        };
        let looping = Tree {
            version: 0,
            questions: Box::leak(vec![question].into_boxed_slice()),
            routes: Box::leak(
                vec![Route {
                    key: "loop",
                    on: 0,
                    to: Box::leak(vec![Next::Route(0), Next::Ask(0)].into_boxed_slice()),
                }]
                .into_boxed_slice(),
            ),
            outcomes: TREE.outcomes,
            conditions: TREE.conditions,
        };
        assert_eq!(most_questions_from(&looping, 0, &[]), CAP);
    }

    #[test]
    fn outside_the_table_is_zero() {
        assert_eq!(most_questions_from(&TREE, TREE.questions.len(), &[]), 0);
        assert_eq!(most_questions_from(&TREE, usize::MAX, &[]), 0);
    }
}
