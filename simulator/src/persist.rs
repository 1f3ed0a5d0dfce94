//! The simulator's settings store: a file with `--store PATH`, otherwise
//! flash in RAM that is gone when the simulator exits.
//!
//! [`SimStore`] is the very `spotcheck_store::Store` the firmware runs, over
//! a `FileFlash` or a `RamFlash` of [`STORE_BYTES`] (two 4 KiB sectors, as
//! on the Pico). Opening never stops the simulator: a file that cannot be
//! opened or has the wrong size gives a RAM store on factory settings, a
//! health the admin screen shows, and one line for standard error.

use spotcheck_kiosk::{apply, StoreRequest};
use spotcheck_store::file::FileFlash;
use spotcheck_store::ram::RamFlash;
use spotcheck_store::{Damage, Health, Loaded, Store, StoreError};
use std::path::Path;

/// Bytes of flash the store uses: two 4 KiB erase sectors.
pub const STORE_BYTES: usize = 8192;

/// A store over RAM or over a file.
pub enum SimStore {
    /// Flash in RAM (the default, and the fallback).
    Ram(Box<Store<RamFlash<STORE_BYTES>>>),
    /// Flash in a file (`--store PATH`).
    File(Box<Store<FileFlash>>),
}

impl SimStore {
    /// A fresh, erased store in RAM.
    pub fn ram() -> SimStore {
        SimStore::from_flash(RamFlash::new())
    }

    /// A store in RAM over these flash contents (a power cycle in tests).
    pub fn from_flash(flash: RamFlash<STORE_BYTES>) -> SimStore {
        match Store::open(flash, 0..STORE_BYTES as u32) {
            Ok(s) => SimStore::Ram(Box::new(s)),
            // Two whole sectors always make a valid range.
            Err(_) => unreachable!("8 KiB is a valid store range"),
        }
    }

    /// Opens the store file at `path`, or falls back to RAM: the store, what
    /// it loaded, and the line to print on standard error if it fell back.
    pub fn open_file(path: &Path) -> (SimStore, Loaded, Option<String>) {
        let opened =
            FileFlash::open(path, STORE_BYTES).and_then(|f| Store::open(f, 0..STORE_BYTES as u32));
        match opened {
            Ok(store) => {
                let mut s = SimStore::File(Box::new(store));
                let loaded = s.load();
                let warn = match loaded.health {
                    Health::Ok | Health::Empty => None,
                    h => Some(format!(
                        "spotcheck-sim: store {}: {h}; running on factory settings for it",
                        path.display()
                    )),
                };
                (s, loaded, warn)
            }
            Err(e) => {
                let mut s = SimStore::ram();
                let mut loaded = s.load();
                loaded.health = Health::Corrupted(Damage::FlashRead);
                let warn = format!(
                    "spotcheck-sim: store {}: {e}; nothing will be kept this run",
                    path.display()
                );
                (s, loaded, Some(warn))
            }
        }
    }

    /// Reads the settings and counters (never fails).
    pub fn load(&mut self) -> Loaded {
        match self {
            SimStore::Ram(s) => s.load(),
            SimStore::File(s) => s.load(),
        }
    }

    /// Applies one request from the app.
    pub fn apply(&mut self, r: StoreRequest) -> Result<(), StoreError> {
        match self {
            SimStore::Ram(s) => apply(s, r),
            SimStore::File(s) => apply(s, r),
        }
    }

    /// The RAM flash, to power up again from (None for a file store).
    pub fn into_ram_flash(self) -> Option<RamFlash<STORE_BYTES>> {
        match self {
            SimStore::Ram(s) => Some(s.into_flash()),
            SimStore::File(_) => None,
        }
    }
}
