//! # spotcheck-kiosk
//!
//! The kiosk app (in progress): screens, layout and input handling over any
//! embedded-graphics `DrawTarget`, driven by events and an injected clock.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod probe;
pub mod script;
