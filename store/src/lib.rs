//! # spotcheck-store
//!
//! What SpotCheck remembers between power cuts, and nothing more: the
//! pharmacy's [`Settings`] and anonymous usage [`Counters`], in a range of
//! NOR flash. This crate owns:
//!
//! - the records and their pinned bytes in flash ([`record`]): postcard,
//!   a format version, a CRC;
//! - the admin PIN, salted and hashed ([`pin`]);
//! - the [`Store`] that keeps them in flash through `sequential-storage`,
//!   losing at most the write in progress when the power goes, and always
//!   booting with usable settings ([`store`]);
//! - flashes to run it on without hardware: [`ram::RamFlash`] (with power
//!   cuts on demand, for tests) and, with the `std` feature,
//!   `file::FileFlash` for the desktop simulator.
//!
//! **No customer data.** The store holds the settings and nine counters.
//! It has no record type for an answer, a finding, a summary, a time or
//! anything else about a person, and none may be added: what the kiosk
//! learns in a session lives in RAM and is gone when the session ends.
//!
//! **Flash budget.** Two 4 KiB erase sectors (8 KiB) are enough. In flash
//! a settings record takes at most 152 bytes (frame at most 141), a
//! counters record at most 64 (frame at most 53) and typically 32. Measured
//! over 2000 finished sessions (`tests/wear.rs`): a session is one counters
//! write, typically 3 `write` calls programming 7 to 9 words (28 to 36
//! bytes); the worst session, about one in 118, also closes a sector, erases
//! the other and copies the live settings record across: 10 `write` calls,
//! 48 words (192 bytes) and one sector erase. At 100 000 erase cycles per
//! sector that is over twenty million sessions.
//!
//! It is `#![no_std]`, allocates nothing and has no `unsafe`.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

mod error;
#[cfg(feature = "std")]
pub mod file;
pub mod pin;
pub mod ram;
pub mod record;
pub mod store;

pub use error::StoreError;
pub use pin::Pin;
pub use record::{
    CounterEvent, Counters, Lang, Outcomes, Settings, TouchCalibration, FACTORY_EMERGENCY_NUMBER,
    PRESETS,
};
pub use store::{Damage, Health, Loaded, Store};
