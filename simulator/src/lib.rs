//! # spotcheck-sim
//!
//! The desktop side of SpotCheck: what an embedded developer or a clinical
//! reviewer runs on a PC, and the bench the end-to-end tests drive.
//!
//! - [`vignette`]: strict loading of test-patient files;
//! - [`runner`]: answering the tree from a patient's findings and
//!   reporting the outcome;
//! - [`review`]: the clinician review pack, generated from the tables;
//! - [`cli`]: the command line (`spotcheck-sim vignettes ...`, `review ...`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod cli;
pub mod review;
pub mod runner;
pub mod vignette;
