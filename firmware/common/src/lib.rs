//! # spotcheck-firmware
//!
//! The one place that says what app a SpotCheck image runs, on what screen,
//! and which scripted sessions the QEMU image replays. The Pico image, the
//! QEMU image and `cargo xtask qemu` (which replays the same session on the
//! host to compare frame hashes) all build the app through [`kiosk`], so
//! they cannot drift apart. (`cargo xtask qemu --script FILE` replaces the
//! scripts with one file at build time: see `firmware/qemu/build.rs`.)
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use embedded_graphics::geometry::Size;

pub mod touch;

/// The panel: the Waveshare Pico-ResTouch-LCD-2.8 in landscape.
pub const SCREEN: Size = Size::new(320, 240);

/// The scripted session (`firmware/scripts/session.txt`), touch only: the
/// QEMU image and the RP2040 emulator harness replay it. Welcome, age,
/// both red-flag screens, an emergency and Back, "Still there?" and its
/// countdown, then the questions to a result, every result page, the QR
/// page and Finish, each screen asserted with `expect`.
pub const SESSION: &str = include_str!("../../scripts/session.txt");

/// The key walk (`firmware/scripts/keys.txt`): the focus ring, Select and
/// the Back key, for kiosks with a keypad. The Pico board has none, so
/// only the QEMU check replays it.
pub const KEYS: &str = include_str!("../../scripts/keys.txt");

/// Every script the QEMU check replays by default, in order, with its file
/// name in `firmware/scripts/`.
pub const SCRIPTS: [(&str, &str); 2] = [("session.txt", SESSION), ("keys.txt", KEYS)];

/// The app the images run.
pub type Kiosk = spotcheck_kiosk::App;

/// The app as every image builds it: default settings (emergency number
/// 999, English, 90 s idle time-out) until the settings store lands.
pub fn kiosk() -> Kiosk {
    spotcheck_kiosk::App::new(spotcheck_kiosk::Settings::default(), SCREEN)
}
