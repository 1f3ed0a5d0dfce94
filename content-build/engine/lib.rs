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

#[path = "../../core/src/check.rs"]
pub mod check;
#[path = "../../core/src/config.rs"]
pub mod config;
#[path = "../../core/src/error.rs"]
pub mod error;
#[path = "../../core/src/finding.rs"]
pub mod finding;
#[path = "../../core/src/progress.rs"]
pub mod progress;
#[path = "../../core/src/session.rs"]
pub mod session;
#[path = "../../core/src/text.rs"]
pub mod text;
#[path = "../../core/src/tree.rs"]
pub mod tree;
