//! The session engine: one customer's walk through a checked tree.
//!
//! A [`Session`] holds the answers given so far (a fixed-capacity log, never
//! more than [`MAX_ANSWERS`]) and the current [`Step`]: the question on
//! screen, or the outcome reached. It can answer, go back one step or to
//! any earlier question, and restart. It only accepts a [`Checked`] tree,
//! so every index it follows is known to be in range, every route to find
//! its earlier answer, and every path to end within [`MAX_ANSWERS`] taps:
//! traversal cannot fail. Lookups still go through `get`, so even a broken
//! invariant gives an error, never a panic.
//!
//! Privacy: the session is the only place a customer's answers live. It is
//! wiped (all answers dropped) by [`Session::restart`], and dropping it
//! leaves nothing behind.

use crate::check::Checked;
use crate::config::MAX_ANSWERS;
use crate::error::Error;
use crate::progress;
use crate::text::Language;
use crate::tree::{Next, Outcome, Question, Tree};
use serde::{Deserialize, Serialize};

/// One answer given: question index and the button tapped.
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
pub struct Answer {
    /// Index of the question in the tree.
    pub question: u8,
    /// Index of the answer button.
    pub choice: u8,
}

/// Where a session stands.
#[derive(Clone, Copy, Debug)]
pub enum Step<'t> {
    /// A question is on screen.
    Question(&'t Question),
    /// The walk has finished.
    Outcome(&'t Outcome),
}

/// One customer's walk through the tree.
#[derive(Clone, Debug)]
pub struct Session<'t> {
    tree: &'t Tree,
    first: &'t Question,
    language: Language,
    answers: heapless::Vec<Answer, MAX_ANSWERS>,
    current: Current,
    /// The most taps on any walk of the tree (from the check).
    most_taps: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Current {
    Ask(u8),
    Done(u8),
}

impl<'t> Session<'t> {
    /// A new session at the first question.
    pub fn new(tree: Checked<'t>, language: Language) -> Session<'t> {
        Session {
            tree: tree.tree(),
            first: tree.first(),
            language,
            answers: heapless::Vec::new(),
            current: Current::Ask(0),
            most_taps: tree.report().max_taps.min(u8::MAX as usize) as u8,
        }
    }

    /// The tree this session walks.
    pub fn tree(&self) -> &'t Tree {
        self.tree
    }

    /// The language the customer chose.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Changes the language (answers are kept).
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    /// The current question or outcome.
    pub fn step(&self) -> Step<'t> {
        match self.current {
            Current::Ask(q) => match self.tree.questions.get(q as usize) {
                Some(q) => Step::Question(q),
                // Unreachable for a checked tree; show the first screen.
                None => Step::Question(self.first),
            },
            Current::Done(o) => match self.tree.outcomes.get(o as usize) {
                Some(o) => Step::Outcome(o),
                None => Step::Question(self.first),
            },
        }
    }

    /// Index of the current question, if a question is on screen.
    pub fn question_index(&self) -> Option<u8> {
        match self.current {
            Current::Ask(q) => Some(q),
            Current::Done(_) => None,
        }
    }

    /// Index of the outcome, once finished.
    pub fn outcome_index(&self) -> Option<u8> {
        match self.current {
            Current::Done(o) => Some(o),
            Current::Ask(_) => None,
        }
    }

    /// Whether the walk has reached an outcome.
    pub fn is_finished(&self) -> bool {
        matches!(self.current, Current::Done(_))
    }

    /// The answers given so far, oldest first.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// How many answers have been given.
    pub fn taps(&self) -> usize {
        self.answers.len()
    }

    /// The most questions still to answer, counting the one on screen (0
    /// once finished): never fewer than the longest walk on from here, and
    /// taps made plus this never grows as the customer answers, so a
    /// progress bar built on it only moves forward. See
    /// [`crate::progress`].
    pub fn most_questions_left(&self) -> u8 {
        let Current::Ask(q) = self.current else {
            return 0;
        };
        let on_any_walk = self.most_taps.saturating_sub(self.answers.len() as u8);
        progress::most_questions_from(self.tree, q as usize, &self.answers).min(on_any_walk)
    }

    /// Taps the answer button `choice` of the current question.
    pub fn answer(&mut self, choice: u8) -> Result<Step<'t>, Error> {
        let Current::Ask(q) = self.current else {
            return Err(Error::Finished);
        };
        let question = self.tree.questions.get(q as usize).ok_or(Error::BadIndex)?;
        let picked = question
            .choices
            .get(choice as usize)
            .ok_or(Error::NoSuchAnswer)?;
        let next = resolve(self.tree, &self.answers, q, choice, picked.next)?;
        self.answers
            .push(Answer {
                question: q,
                choice,
            })
            .map_err(|_| Error::BadIndex)?;
        self.current = next;
        Ok(self.step())
    }

    /// Goes back one step: undoes the last answer and shows its question.
    pub fn back(&mut self) -> Result<Step<'t>, Error> {
        let last = self.answers.pop().ok_or(Error::AtStart)?;
        self.current = Current::Ask(last.question);
        Ok(self.step())
    }

    /// Goes back to the `n`-th answered question (0 = the first), undoing it
    /// and every answer after it.
    pub fn back_to(&mut self, n: usize) -> Result<Step<'t>, Error> {
        let target = self.answers.get(n).copied().ok_or(Error::AtStart)?;
        self.answers.truncate(n);
        self.current = Current::Ask(target.question);
        Ok(self.step())
    }

    /// Wipes every answer and returns to the first question.
    pub fn restart(&mut self) {
        self.answers.clear();
        self.current = Current::Ask(0);
    }

    /// The choice made earlier for question `q`, if it was answered.
    pub fn answer_to(&self, q: u8) -> Option<u8> {
        self.answers
            .iter()
            .rev()
            .find(|a| a.question == q)
            .map(|a| a.choice)
    }
}

/// Follows `next` through any routes to the next question or outcome. The
/// answer about to be given (`q`, `choice`) counts as already given.
fn resolve(
    tree: &Tree,
    answers: &[Answer],
    q: u8,
    choice: u8,
    mut next: Next,
) -> Result<Current, Error> {
    // A checked tree has no route cycles, so this ends within routes.len() steps.
    for _ in 0..=tree.routes.len() {
        match next {
            Next::Ask(n) => return Ok(Current::Ask(n)),
            Next::Finish(n) => return Ok(Current::Done(n)),
            Next::Route(r) => {
                let route = tree.routes.get(r as usize).ok_or(Error::BadIndex)?;
                let given = if route.on == q {
                    Some(choice)
                } else {
                    answers
                        .iter()
                        .rev()
                        .find(|a| a.question == route.on)
                        .map(|a| a.choice)
                };
                let given = given.ok_or(Error::BadIndex)?;
                next = *route.to.get(given as usize).ok_or(Error::BadIndex)?;
            }
        }
    }
    Err(Error::BadIndex)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn session() -> Session<'static> {
        Session::new(content::checked().unwrap(), Language::En)
    }

    #[test]
    fn back_and_restart_wipe_answers() {
        let mut s = session();
        s.answer(3).unwrap();
        s.answer(1).unwrap();
        assert_eq!(s.taps(), 2);
        s.back().unwrap();
        assert_eq!(s.taps(), 1);
        assert!(!s.is_finished());
        assert_ne!(s.question_index(), Some(0));
        s.restart();
        assert_eq!(s.taps(), 0);
        assert_eq!(s.question_index(), Some(0));
        assert_eq!(s.back().unwrap_err(), Error::AtStart);
    }

    #[test]
    fn back_to_an_earlier_question_truncates() {
        let mut s = session();
        s.answer(3).unwrap();
        s.answer(1).unwrap();
        s.answer(1).unwrap();
        let Step::Question(q) = s.back_to(1).unwrap() else {
            panic!("expected a question")
        };
        assert_eq!(s.taps(), 1);
        assert_eq!(q.role, crate::tree::Role::RedFlag);
    }

    #[test]
    fn answer_beyond_the_buttons_is_refused_and_changes_nothing() {
        let mut s = session();
        assert_eq!(s.answer(9).unwrap_err(), Error::NoSuchAnswer);
        assert_eq!(s.taps(), 0);
    }

    #[test]
    fn a_finished_session_refuses_answers() {
        let mut s = session();
        s.answer(3).unwrap();
        // "Yes" on the first red-flag screen finishes at an emergency.
        let Step::Outcome(o) = s.answer(0).unwrap() else {
            panic!("expected an outcome")
        };
        assert_eq!(o.disposition, crate::Disposition::Emergency);
        assert_eq!(s.answer(0).unwrap_err(), Error::Finished);
        s.back().unwrap();
        assert!(!s.is_finished());
    }
}
