//! Answering the tree from a patient's findings.
//!
//! A [`Patient`] knows findings, in the vocabulary's rules: a bool finding
//! that is not known is absent, an enum finding that is not known is
//! unknown ("not sure"). [`choose`] picks, for a question, the first answer
//! in screen order whose [`When`] holds: exactly what a person holding the
//! patient's facts would tap. The vignette runner and the tests use this to
//! drive any version of the tree.

use crate::finding::Finding;
use crate::tree::{Question, Test, When};

/// A source of findings.
pub trait Patient {
    /// Whether a bool finding is present.
    fn present(&self, finding: Finding) -> bool;
    /// The value index of an enum finding, `None` when not known.
    fn value(&self, finding: Finding) -> Option<u8>;
}

fn holds<P: Patient + ?Sized>(test: &Test, patient: &P) -> bool {
    match *test {
        Test::Present(f) => patient.present(f),
        Test::Absent(f) => !patient.present(f),
        Test::Is(f, set) => patient.value(f).is_some_and(|v| set.contains(v)),
        Test::PresentWith(b, f, set) => {
            patient.present(b) && patient.value(f).is_some_and(|v| set.contains(v))
        }
    }
}

/// Whether `when` holds for `patient` (ignoring [`When::Otherwise`]'s
/// "no earlier answer held", which [`choose`] handles by order).
pub fn when_holds<P: Patient + ?Sized>(when: &When, patient: &P) -> bool {
    match when {
        When::Any(tests) => tests.iter().any(|t| holds(t, patient)),
        When::All(tests) => tests.iter().all(|t| holds(t, patient)),
        When::Unknown(findings) => findings
            .iter()
            .any(|f| !f.values().is_empty() && patient.value(*f).is_none()),
        When::Otherwise => true,
    }
}

/// The answer index a person with `patient`'s findings would tap, or `None`
/// when no answer fits (for example, the age is not known and the age
/// question has no "not sure" button).
pub fn choose<P: Patient + ?Sized>(question: &Question, patient: &P) -> Option<u8> {
    question
        .choices
        .iter()
        .position(|c| when_holds(&c.when, patient))
        .and_then(|i| u8::try_from(i).ok())
}
