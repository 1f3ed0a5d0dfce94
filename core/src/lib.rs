//! # spotcheck-core
//!
//! The heart of SpotCheck, the offline skin-triage kiosk for "tiny red dots
//! on the skin". This crate owns:
//!
//! - the clinical vocabulary ([`Finding`]), the five dispositions
//!   ([`Disposition`]) and the conditions the kiosk can name ([`Condition`]);
//! - the question tree as compact static tables ([`tree`], [`content`]):
//!   small integer indices into slices, no pointers between nodes, no heap;
//! - the checker ([`check`]) that proves the tables sound and safe by walking
//!   every path once: indices in range, no cycles or dead ends, every node
//!   reachable, a fixed maximum number of taps, red flags before any
//!   reassurance, "Not sure" never less urgent than the worrying answer;
//! - the [`Session`] engine that walks a checked tree (answer, back, restart,
//!   outcome) and cannot fail once the tree is checked;
//! - the postcard [`Summary`] of a finished session, for the pharmacist.
//!
//! It is `#![no_std]`, uses no allocator and no `unsafe`, and has no panic
//! path in traversal: every index is looked up with `get` and the checker
//! guarantees the lookups succeed.
//!
//! ```
//! use spotcheck_core::{content, Language, Session, Step};
//!
//! let tree = content::checked().expect("the shipped content passes its checks");
//! let mut session = Session::new(tree, Language::En);
//! // The first question is always who the spots are on, and their age.
//! let Step::Question(q) = session.step() else { unreachable!() };
//! assert_eq!(q.key, "age");
//! session.answer(3).unwrap(); // 16 to 64
//! assert_eq!(session.taps(), 1);
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod answer;
pub mod check;
pub mod config;
pub mod content;
pub mod error;
pub mod finding;
pub mod progress;
pub mod session;
pub mod summary;
pub mod text;
pub mod tree;

pub use check::{CheckReport, Checked};
pub use error::Error;
pub use finding::{Finding, FindingKind};
pub use session::{Answer, Session, Step};
pub use summary::Summary;
pub use text::{Language, Text};
pub use tree::{Condition, Disposition, Outcome, Question, Tree};
