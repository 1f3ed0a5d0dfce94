//! spotcheck-core's engine, the same source files compiled again for the
//! host, without core's shipped content.
//!
//! Core's build script cannot depend on core itself, yet the content build
//! must run core's checker on the tree before core (and the firmware) is
//! compiled. So this crate includes core's own modules by path: the table
//! types, the findings and conditions vocabularies, the checker and the
//! session it needs. Nothing here is a copy that could drift: change a file
//! in `core/src` and this crate compiles the change too.
#![no_std]
#![forbid(unsafe_code)]
#![allow(missing_docs)]

// The included files' own unit tests walk core's shipped content, which
// this crate does not have; they run in core. Built as a test target (as
// `cargo clippy --all-targets` does), this crate is empty.

#[cfg(not(test))]
#[path = "../../core/src/check.rs"]
pub mod check;
#[cfg(not(test))]
#[path = "../../core/src/config.rs"]
pub mod config;
#[cfg(not(test))]
#[path = "../../core/src/error.rs"]
pub mod error;
#[cfg(not(test))]
#[path = "../../core/src/finding.rs"]
pub mod finding;
#[cfg(not(test))]
#[path = "../../core/src/progress.rs"]
pub mod progress;
#[cfg(not(test))]
#[path = "../../core/src/session.rs"]
pub mod session;
#[cfg(not(test))]
#[path = "../../core/src/text.rs"]
pub mod text;
#[cfg(not(test))]
#[path = "../../core/src/tree.rs"]
pub mod tree;
