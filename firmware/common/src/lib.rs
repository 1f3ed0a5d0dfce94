//! # spotcheck-firmware
//!
//! The one place that says what app a SpotCheck image runs, on what screen,
//! and which scripted session the QEMU image replays. The Pico image, the
//! QEMU image and `cargo xtask qemu` (which replays the same session on the
//! host to compare frame hashes) all build the app through [`kiosk`], so
//! they cannot drift apart.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use embedded_graphics::geometry::Size;

pub mod touch;

/// The panel: the Waveshare Pico-ResTouch-LCD-2.8 in landscape.
pub const SCREEN: Size = Size::new(320, 240);

/// The scripted session the QEMU image replays: Welcome, a few questions,
/// an emergency, Start over, then a full walk to a result.
pub const SESSION: &str = include_str!("../../scripts/session.txt");

/// The app the images run.
pub type Kiosk = spotcheck_kiosk::App;

/// The app as every image builds it: default settings (emergency number
/// 911, English, 90 s idle time-out) until the settings store lands.
pub fn kiosk() -> Kiosk {
    spotcheck_kiosk::App::new(spotcheck_kiosk::Settings::default(), SCREEN)
}
