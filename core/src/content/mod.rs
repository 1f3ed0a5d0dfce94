//! The shipped red-dots content: every question, route, outcome and
//! condition description the kiosk uses, as static tables.
//!
//! This is the file a clinical reviewer reads. It is laid out in the order
//! the kiosk asks:
//!
//! 1. **Who** ([`questions`]): the age band, which also picks the wording of
//!    the first red-flag screen (babies, young children, everyone else).
//! 2. **Red flags**: two "any of these" screens covering every emergency
//!    red flag in `clinical/guidance.md` and the seed articles. "Yes" or
//!    "Not sure" finishes at once on the emergency screen.
//! 3. **How long**: spots there for weeks or longer take the lasting path
//!    (bleeding signs, then a spot that changes, then what they look like);
//!    new spots, or "not sure", take the new path.
//! 4. **New path**: flat, raised or blisters; then the glass test for
//!    anything that is not blisters. Spots that stay under the glass, or a
//!    test that could not be read, are treated as non-blanching: with a
//!    temperature, an emergency (NICE NG240, NG51, NG143); without, at least
//!    "see a doctor today" unless a clear pressure or straining cause
//!    explains them (NICE NG12).
//! 5. **Telling causes apart**: short "which fits best" screens whose
//!    answers each stand for a finding, most specific first.
//!
//! Indices are named in the `q`, `r` and `o` modules; a test checks that
//! every name points at the node with the matching key.
//!
//! The text is the kiosk's own plain language, written for a reading age of
//! about 11; it paraphrases, never copies, the sources.

mod conditions;
mod outcomes;
mod questions;

use crate::check::{check, CheckError, Checked};
use crate::tree::Tree;

pub use outcomes::o;
pub use questions::{q, r};

/// The content version. Bump it whenever a question, answer, route or
/// outcome changes meaning: summaries carry it.
pub const VERSION: u16 = 1;

/// The shipped tree, unchecked. Use [`checked`] to walk it.
pub static TREE: Tree = Tree {
    version: VERSION,
    questions: &questions::QUESTIONS,
    routes: &questions::ROUTES,
    outcomes: &outcomes::OUTCOMES,
    conditions: &conditions::CONDITIONS,
};

/// The shipped tree after every check has passed. The kiosk calls this once
/// at boot and refuses to run triage if it fails.
pub fn checked() -> Result<Checked<'static>, CheckError> {
    check(&TREE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_indices_point_at_their_keys() {
        for (i, q) in TREE.questions.iter().enumerate() {
            assert_eq!(q::KEYS[i], q.key, "question {i}");
        }
        for (i, r) in TREE.routes.iter().enumerate() {
            assert_eq!(r::KEYS[i], r.key, "route {i}");
        }
        for (i, o) in TREE.outcomes.iter().enumerate() {
            assert_eq!(o::KEYS[i], o.key, "outcome {i}");
        }
        assert_eq!(q::KEYS.len(), TREE.questions.len());
        assert_eq!(o::KEYS.len(), TREE.outcomes.len());
    }

    #[test]
    fn every_condition_is_described_once() {
        for c in crate::tree::Condition::ALL {
            assert_eq!(
                TREE.conditions.iter().filter(|i| i.condition == *c).count(),
                1,
                "{}",
                c.id()
            );
        }
    }
}
