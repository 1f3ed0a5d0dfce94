//! The shipped red-dots content, as static tables compiled from the
//! content files at build time.
//!
//! The tree a clinical reviewer reads and edits is `content/tree.toml` at
//! the repository root (questions, answers, routes and outcomes linked by
//! key, each with its source and review status); its words are in
//! `content/po/<language>.po`; the vocabularies are `content/findings.toml`
//! and `content/conditions.toml`. `docs/content.md` is the guide. Core's
//! build script (`spotcheck-content-build`) resolves every key and message,
//! runs [`crate::check`] on the result, and only then writes the tables
//! included here as [`generated`]; the kiosk runs the same checks again at
//! boot ([`checked`]).
//!
//! Indices are named in the `q`, `r` and `o` modules after the node keys in
//! capitals (`q::GLASS`); a test checks every name points at its key.

use crate::check::{check, check_coverage, CheckError, Checked};

pub use generated::{kiosk, o, q, r, CONTENT_HASH, LANGUAGE_REVIEW};

/// The content version (`version` in `content/tree.toml`). Bump it whenever
/// a question, answer, route or outcome changes meaning: summaries carry it.
/// [`CONTENT_HASH`] changes with any edit of any content file.
pub const VERSION: u16 = TREE.version;

/// The shipped tree, unchecked. Use [`checked`] to walk it.
pub use generated::TREE;

/// The tables compiled from the content files by core's build script
/// (`spotcheck-content-build`), which ran the checker on them first.
pub mod generated {
    use crate::finding::{Finding, ValueSet};
    use crate::text::{Language, Text};
    use crate::tree::{
        Caution, Choice, Condition, ConditionInfo, Disposition, Next, Outcome, Question, Role,
        Route, Test, Tree, When,
    };
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

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
        t.en.len() + t.es.len() + t.pl.len() + t.ro.len()
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
