//! # spotcheck-sim
//!
//! The desktop side of SpotCheck: what an embedded developer or a clinical
//! reviewer runs on a PC, and the bench the end-to-end tests drive.
//!
//! - [`bench`]: the kiosk driven as a person would (taps, keys, time);
//! - [`screens`]: every distinct screen as PNG (screenshots, goldens);
//! - [`stats`]: display traffic per screen transition;
//! - [`persist`]: the settings store (a file with `--store`, or RAM);
//! - [`headless`]: replaying a script of taps, keys and waits;
//! - [`window`]: the desktop window;
//! - [`vignette`]: strict loading of test-patient files;
//! - [`runner`]: answering the tree from a patient's findings and
//!   reporting the outcome;
//! - [`review`]: the clinician review pack, generated from the tables;
//! - [`cli`]: the command line (`spotcheck-sim vignettes ...`, `review ...`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod bench;
pub mod cli;
pub mod headless;
pub mod persist;
pub mod review;
pub mod runner;
pub mod screens;
pub mod stats;
pub mod vignette;
pub mod window;
