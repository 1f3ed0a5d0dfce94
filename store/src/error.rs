//! The crate's one error type.
//!
//! [`StoreError`] is what every fallible call in this crate returns, and it
//! is also the error type of the crate's own flashes ([`crate::ram::RamFlash`]
//! and, with `std`, `file::FileFlash`), so a caller matches on one enum.
//! Loading never returns it: [`crate::Store::load`] always hands back usable
//! settings and says what was wrong in its [`crate::Health`].

use core::fmt;

use embedded_storage::nor_flash::{NorFlashError, NorFlashErrorKind};

/// Everything that can go wrong when saving, with text a person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreError {
    /// The flash chip refused a read, write or erase.
    Flash(NorFlashErrorKind),
    /// The flash range given to [`crate::Store::open`] is not whole erase
    /// sectors, is fewer than two sectors, or lies outside the chip.
    BadRange,
    /// The flash held a store so damaged that even erasing it and writing
    /// again failed.
    Unrecoverable,
    /// The emergency number is empty, too long, or has something other than
    /// digits, `+`, `*` or `#` in it.
    BadEmergencyNumber,
    /// The idle time-out is outside 30..=600 seconds.
    BadIdleTimeout,
    /// A PIN must be 4 to 8 digits.
    BadPin,
    /// A record did not fit its buffer (a bug: buffers are sized by
    /// `MaxSize`).
    BufferTooSmall,
    /// The simulated power was cut (only the fault-injecting
    /// [`crate::ram::RamFlash`] gives this).
    PowerCut,
    /// The flash file could not be opened, read, written or created.
    FileIo,
    /// The flash file exists but its size is not the size asked for.
    FileSize {
        /// Bytes the flash should have.
        expected: u64,
        /// Bytes the file has.
        found: u64,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Flash(kind) => write!(
                f,
                "the settings flash refused an operation ({kind}): the change was not saved; \
                 try again, and if it keeps failing the board needs service"
            ),
            StoreError::BadRange => f.write_str(
                "the store's flash range must be at least two whole erase sectors inside the \
                 chip: fix the range in the firmware configuration",
            ),
            StoreError::Unrecoverable => f.write_str(
                "the settings flash is damaged and could not be rewritten: settings run on \
                 defaults until the board is serviced",
            ),
            StoreError::BadEmergencyNumber => f.write_str(
                "the emergency number must be 1 to 16 digits (`+`, `*` and `#` allowed)",
            ),
            StoreError::BadIdleTimeout => {
                f.write_str("the idle time-out must be 30 to 600 seconds")
            }
            StoreError::BadPin => f.write_str("the PIN must be 4 to 8 digits"),
            StoreError::BufferTooSmall => f.write_str(
                "a record did not fit its buffer: this is a bug in spotcheck-store, please report it",
            ),
            StoreError::PowerCut => {
                f.write_str("the simulated power was cut: reopen the flash to carry on")
            }
            StoreError::FileIo => f.write_str(
                "the flash file could not be read or written: check the path and its \
                 permissions (the simulator runs on default settings meanwhile)",
            ),
            StoreError::FileSize { expected, found } => write!(
                f,
                "the flash file has {found} bytes but should have {expected}: delete it to \
                 start from an erased flash (the simulator runs on default settings meanwhile)"
            ),
        }
    }
}

impl core::error::Error for StoreError {}

impl NorFlashError for StoreError {
    fn kind(&self) -> NorFlashErrorKind {
        match self {
            StoreError::Flash(kind) => *kind,
            _ => NorFlashErrorKind::Other,
        }
    }
}
