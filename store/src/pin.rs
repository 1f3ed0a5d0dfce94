//! The admin PIN, kept salted and hashed.
//!
//! This module owns [`Pin`], the only form in which the admin PIN exists
//! outside the keypad screen. It promises:
//!
//! - **The digits are never stored.** A [`Pin`] holds a 16-byte salt and
//!   the SHA-256 of salt and PIN, re-hashed [`PIN_ITERATIONS`] times so that
//!   trying all 10^8 PINs against a copied flash takes hours, not seconds.
//! - **The salt is per kiosk.** [`Pin::set`] takes it from the caller (the
//!   firmware uses the flash chip's unique id mixed with a ring-oscillator
//!   reading). The factory PIN "0000" is public anyway, so its hash is a
//!   pinned constant with a zero salt and costs nothing at boot.
//! - **Verification takes the same time whatever the guess** up to the
//!   final compare, which is constant time ([`Pin::verify`]).
//! - **The factory PIN must be changed.** `pin_must_change` is true exactly
//!   when the PIN is "0000".
//!
//! On the RP2040 (Cortex-M0+, 125 MHz) one SHA-256 block is roughly 20 us,
//! so [`PIN_ITERATIONS`] = 4096 is about 0.1 s per check.

use postcard::experimental::max_size::MaxSize;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::StoreError;

/// How many times the PIN hash is re-hashed. Part of format v1.
pub const PIN_ITERATIONS: u32 = 4096;

/// The PIN every kiosk leaves the factory with.
pub const FACTORY_PIN: &str = "0000";

/// `Pin::hash_of(FACTORY_PIN, [0; 16])`, pinned so boot does no hashing.
/// A test recomputes it.
const FACTORY_HASH: [u8; 32] = [
    0x14, 0x83, 0x56, 0xe7, 0x35, 0xbf, 0x4d, 0x37, 0x89, 0xac, 0x5f, 0xcd, 0x4c, 0xf4, 0x84, 0xde,
    0x8a, 0x89, 0xba, 0x70, 0x68, 0x2c, 0xae, 0x03, 0x2c, 0xd2, 0xfc, 0x5a, 0x22, 0xcb, 0xf4, 0xd8,
];

/// The admin PIN as stored: salt and iterated hash, never the digits.
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub struct Pin {
    salt: [u8; 16],
    hash: [u8; 32],
    /// True while the PIN is the factory "0000": the admin screen asks for
    /// a new one before anything else.
    pub pin_must_change: bool,
}

impl core::fmt::Debug for Pin {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        // The hash is not secret in the usual sense, but it has no business
        // in logs either.
        f.debug_struct("Pin")
            .field("pin_must_change", &self.pin_must_change)
            .finish_non_exhaustive()
    }
}

impl Pin {
    /// The factory PIN "0000" (with `pin_must_change` set).
    pub const fn factory_default() -> Pin {
        Pin {
            salt: [0; 16],
            hash: FACTORY_HASH,
            pin_must_change: true,
        }
    }

    /// A new PIN of 4 to 8 digits, hashed with this kiosk's `salt`.
    ///
    /// ```
    /// use spotcheck_store::Pin;
    /// let pin = Pin::set("4821", [7; 16]).unwrap();
    /// assert!(pin.verify("4821"));
    /// assert!(!pin.verify("4822"));
    /// assert!(!pin.pin_must_change);
    /// assert!(Pin::set("12a4", [7; 16]).is_err());
    /// ```
    pub fn set(pin: &str, salt: [u8; 16]) -> Result<Pin, StoreError> {
        check_pin(pin)?;
        Ok(Pin {
            salt,
            hash: hash_of(pin, &salt),
            pin_must_change: pin == FACTORY_PIN,
        })
    }

    /// Whether `guess` is the PIN. Malformed guesses are hashed all the
    /// same, and the hashes are compared in constant time.
    pub fn verify(&self, guess: &str) -> bool {
        let well_formed = check_pin(guess).is_ok();
        let h = hash_of(guess, &self.salt);
        let diff = h
            .iter()
            .zip(self.hash.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        // `black_box` keeps the optimiser from turning the fold into an
        // early-exit compare.
        core::hint::black_box(diff) == 0 && well_formed
    }

    /// The salt (public: it only makes each kiosk's hash different).
    pub fn salt(&self) -> [u8; 16] {
        self.salt
    }
}

/// Checks a PIN is 4 to 8 ASCII digits.
pub fn check_pin(pin: &str) -> Result<(), StoreError> {
    if (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(StoreError::BadPin)
    }
}

/// SHA-256(salt || pin), then PIN_ITERATIONS - 1 times SHA-256(h || salt).
fn hash_of(pin: &str, salt: &[u8; 16]) -> [u8; 32] {
    let mut h: [u8; 32] = Sha256::new()
        .chain_update(salt)
        .chain_update(pin.as_bytes())
        .finalize()
        .into();
    for _ in 1..PIN_ITERATIONS {
        h = Sha256::new()
            .chain_update(h)
            .chain_update(salt)
            .finalize()
            .into();
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factory_hash_is_the_hash_of_0000_with_zero_salt() {
        assert_eq!(
            hash_of(FACTORY_PIN, &[0; 16]),
            FACTORY_HASH,
            "{:02x?}",
            hash_of(FACTORY_PIN, &[0; 16])
        );
        let p = Pin::factory_default();
        assert!(p.verify("0000"));
        assert!(p.pin_must_change);
        assert!(!p.verify("00000"));
    }

    #[test]
    fn setting_0000_again_still_must_change() {
        assert!(Pin::set("0000", [1; 16]).unwrap().pin_must_change);
    }

    #[test]
    fn same_pin_different_salt_different_hash() {
        let a = Pin::set("1234", [1; 16]).unwrap();
        let b = Pin::set("1234", [2; 16]).unwrap();
        assert_ne!(a.hash, b.hash);
        assert!(a.verify("1234") && b.verify("1234"));
    }

    #[test]
    fn pin_format() {
        for bad in ["", "123", "123456789", "12 4", "١٢٣٤"] {
            assert_eq!(Pin::set(bad, [0; 16]), Err(StoreError::BadPin), "{bad:?}");
        }
        assert!(Pin::set("12345678", [0; 16]).is_ok());
    }
}
