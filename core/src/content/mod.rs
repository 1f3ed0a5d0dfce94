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

use crate::check::{check, check_coverage, CheckError, Checked};
use crate::tree::Tree;

pub use outcomes::o;
pub use questions::{q, r};

/// The content version. Bump it whenever a question, answer, route or
/// outcome changes meaning: summaries carry it.
pub const VERSION: u16 = 3;

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
    let checked = check(&TREE)?;
    check_coverage(checked)?;
    Ok(checked)
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

/// Bytes the shipped tables take on the target this is compiled for, split
/// into table structure (the structs and slices that link the nodes) and
/// string bytes (every language). The QEMU image prints this for the
/// Cortex-M0 build; `spotcheck-sim check` prints the host figure.
///
/// Shared strings and shared slices are counted once per use, so this is an
/// upper bound of what the linker keeps.
pub fn footprint() -> Footprint {
    use crate::text::Text;
    use crate::tree::When;
    use core::mem::size_of_val as bytes;
    fn text(t: &Text) -> usize {
        t.en.len() + t.es.len()
    }
    let mut f = Footprint {
        structure: bytes(TREE.questions)
            + bytes(TREE.routes)
            + bytes(TREE.outcomes)
            + bytes(TREE.conditions),
        strings: 0,
    };
    for q in TREE.questions {
        f.strings += q.key.len()
            + text(&q.prompt)
            + text(&q.short)
            + q.bullets.iter().map(text).sum::<usize>();
        f.structure += bytes(q.bullets) + bytes(q.asks) + bytes(q.choices);
        for c in q.choices {
            f.strings += text(&c.label);
            f.structure += match c.when {
                When::Any(t) | When::All(t) => bytes(t),
                When::Unknown(fs) => bytes(fs),
                When::Otherwise => 0,
            };
        }
    }
    for r in TREE.routes {
        f.strings += r.key.len();
        f.structure += bytes(r.to);
    }
    for o in TREE.outcomes {
        f.strings += o.key.len()
            + text(&o.headline)
            + text(&o.get_help)
            + o.todo.iter().map(text).sum::<usize>();
        f.structure += bytes(o.causes) + bytes(o.todo);
    }
    for c in TREE.conditions {
        f.strings += text(&c.name) + text(&c.line);
    }
    f
}

/// See [`footprint`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Footprint {
    /// Bytes of table structure.
    pub structure: usize,
    /// Bytes of text.
    pub strings: usize,
}

/// Findings of the shared vocabulary that no question asks, each because it
/// changes no outcome: chickenpox in the past (shingles is told from
/// chickenpox by pain and a one-sided band); a sore throat weeks ago (on
/// its own it is not rheumatic fever, which needs sore joints; guttate
/// psoriasis often follows one too). A test keeps this list exact.
pub const NOT_ASKED: &[crate::Finding] = &[
    crate::Finding::HadChickenpoxBefore,
    crate::Finding::StrepThroatWeeksAgo,
];

#[cfg(test)]
mod vocabulary_tests {
    use super::*;
    use crate::Finding;

    #[test]
    fn every_vocabulary_finding_is_asked_unless_listed_as_not_asked() {
        for f in Finding::ALL {
            let asked = TREE.questions.iter().any(|q| q.asks.contains(f));
            assert_eq!(asked, !NOT_ASKED.contains(f), "{}", f.id());
        }
    }
}
