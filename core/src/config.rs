//! Every capacity in the engine, in one place.
//!
//! The checker proves the shipped tables stay inside these bounds, so the
//! fixed-size buffers that use them can never overflow at run time.

/// The most answers (taps on an answer button) any path may take before it
/// reaches an outcome. The checker fails the tables if a path is longer.
pub const MAX_TAPS: usize = 14;

/// Capacity of the answer log in a [`crate::Session`] and a
/// [`crate::Summary`]. Equal to [`MAX_TAPS`]: a checked tree never needs more.
pub const MAX_ANSWERS: usize = MAX_TAPS;

/// The most likely causes an outcome may list.
pub const MAX_CAUSES: usize = 3;

/// The most answer buttons a question may show (at least 2).
pub const MAX_OPTIONS: usize = 5;

/// The most bullet lines a question may list under its prompt.
pub const MAX_BULLETS: usize = 5;

/// Longest answer-button label, in characters, in any language. A coarse
/// bound; the kiosk's render tests check the real fit on every screen size.
pub const MAX_LABEL_CHARS: usize = 32;

/// The most question nodes, route nodes and outcomes a table may hold (they
/// are indexed by `u8`).
pub const MAX_NODES: usize = 255;
