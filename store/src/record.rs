//! The records the kiosk keeps, and their bytes in flash.
//!
//! This module owns the two record types, [`Settings`] and [`Counters`],
//! and the frame that wraps each in flash:
//!
//! ```text
//! "SC"  version  kind  postcard payload ...  CRC-32 (little endian)
//! 2 B   1 B      1 B   up to MaxSize         4 B, over every byte before it
//! ```
//!
//! Promises:
//!
//! - **The format is pinned.** Golden-byte tests fix the v1 bytes of every
//!   record. A change to a field's type, order or meaning is a new
//!   [`FORMAT_VERSION`]; the decoder for every older version stays in this
//!   module so that a store written by this firmware is read by the next one.
//!   A newer firmware adds a `decode_v2` beside [`decode_v1`] and keeps both.
//! - **Foreign data is named, not guessed at.** A frame that does not start
//!   with `"SC"` and a version this firmware knows is reported as foreign
//!   ([`Fault::Foreign`]) and never decoded.
//! - **A damaged frame is never half-used.** The CRC is checked before
//!   postcard sees a byte, the payload must be used to its last byte, and
//!   every value is range-checked; any failure rejects the whole record.
//! - **Nothing about a customer.** [`Counters`] are nine anonymous totals.
//!   No answer, finding, time of day, photo or identifier of any person is
//!   ever a field here, and the store has no other record type.
//! - Buffers are sized from postcard's `MaxSize`, so encoding cannot run out
//!   of room: [`RECORD_MAX`] bounds every frame.

use crc::{Crc, NoTable, CRC_32_ISCSI};
use heapless::String;
use postcard::experimental::max_size::MaxSize;
use serde::{Deserialize, Serialize};
use spotcheck_core::{Disposition, Language};

use crate::pin::Pin;
use crate::StoreError;

/// The format version this firmware writes. Version 1 is the first.
pub const FORMAT_VERSION: u8 = 1;

/// The two bytes every frame starts with ("SpotCheck").
pub const MAGIC: [u8; 2] = *b"SC";

/// Bytes a frame adds around its payload: magic, version, kind, CRC-32.
pub const FRAME_OVERHEAD: usize = 2 + 1 + 1 + 4;

/// The largest settings frame.
pub const SETTINGS_MAX: usize = FRAME_OVERHEAD + Settings::POSTCARD_MAX_SIZE;

/// The largest counters frame.
pub const COUNTERS_MAX: usize = FRAME_OVERHEAD + Counters::POSTCARD_MAX_SIZE;

/// The largest frame of any kind.
pub const RECORD_MAX: usize = if SETTINGS_MAX > COUNTERS_MAX {
    SETTINGS_MAX
} else {
    COUNTERS_MAX
};

const CRC: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISCSI);

/// The emergency number a new kiosk shows until the pharmacy changes it on
/// the admin screen: the one place it is set (the kiosk's settings and the
/// store's both start from it). "999" because the content is written for the
/// UK NHS (GP surgery, 999, NHS 111); other regions, with their own content
/// and number, are future work.
pub const FACTORY_EMERGENCY_NUMBER: &str = "999";

/// Emergency numbers the admin screen offers one tap away.
pub const PRESETS: [&str; 3] = ["911", "999", "112"];

/// The shortest idle time-out, in seconds.
pub const IDLE_TIMEOUT_MIN_S: u16 = 30;
/// The longest idle time-out, in seconds.
pub const IDLE_TIMEOUT_MAX_S: u16 = 600;
/// The factory idle time-out, in seconds.
pub const IDLE_TIMEOUT_DEFAULT_S: u16 = 90;

/// Which record a frame holds; the byte after the version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// A [`Settings`] record.
    Settings = 1,
    /// A [`Counters`] record.
    Counters = 2,
}

/// The language the kiosk starts each session in, as stored.
///
/// The store keeps its own enum so the bytes in flash never move when the
/// core's [`Language`] grows; convert with `From`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub enum Lang {
    /// English (stored as 0).
    #[default]
    En,
    /// Spanish (stored as 1).
    Es,
    /// Polish (stored as 2).
    Pl,
    /// Romanian (stored as 3).
    Ro,
}

impl From<Lang> for Language {
    fn from(l: Lang) -> Language {
        match l {
            Lang::En => Language::En,
            Lang::Es => Language::Es,
            Lang::Pl => Language::Pl,
            Lang::Ro => Language::Ro,
        }
    }
}

impl From<Language> for Lang {
    fn from(l: Language) -> Lang {
        match l {
            Language::En => Lang::En,
            Language::Es => Lang::Es,
            Language::Pl => Lang::Pl,
            Language::Ro => Lang::Ro,
        }
    }
}

/// How raw touch-controller readings map to screen pixels: an affine map in
/// 16.16 fixed point, `x = (xx*rx + xy*ry + x0) >> 16`, and likewise for y.
///
/// Six coefficients cover a panel mounted rotated or mirrored; two corner
/// taps give one with [`TouchCalibration::from_corners`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub struct TouchCalibration {
    /// Screen x per raw x (16.16).
    pub xx: i32,
    /// Screen x per raw y (16.16).
    pub xy: i32,
    /// Screen x offset (16.16).
    pub x0: i32,
    /// Screen y per raw x (16.16).
    pub yx: i32,
    /// Screen y per raw y (16.16).
    pub yy: i32,
    /// Screen y offset (16.16).
    pub y0: i32,
}

impl TouchCalibration {
    /// The factory calibration: XPT2046 raw 200..3900 on both axes across a
    /// 320 x 240 screen.
    pub const DEFAULT: TouchCalibration =
        TouchCalibration::from_corners(200, 3900, 200, 3900, 320, 240);

    /// The map that sends raw `x_min..x_max` to `0..width` and raw
    /// `y_min..y_max` to `0..height` (a reversed range mirrors the axis).
    /// An empty range maps that axis to 0.
    pub const fn from_corners(
        x_min: i32,
        x_max: i32,
        y_min: i32,
        y_max: i32,
        width: i32,
        height: i32,
    ) -> TouchCalibration {
        let (xx, x0) = axis(x_min, x_max, width);
        let (yy, y0) = axis(y_min, y_max, height);
        TouchCalibration {
            xx,
            xy: 0,
            x0,
            yx: 0,
            yy,
            y0,
        }
    }

    /// The screen point for a raw reading (not clamped to the screen).
    pub const fn apply(&self, raw_x: i32, raw_y: i32) -> (i32, i32) {
        let x =
            (self.xx as i64 * raw_x as i64 + self.xy as i64 * raw_y as i64 + self.x0 as i64) >> 16;
        let y =
            (self.yx as i64 * raw_x as i64 + self.yy as i64 * raw_y as i64 + self.y0 as i64) >> 16;
        (sat_i32(x), sat_i32(y))
    }
}

const fn sat_i32(v: i64) -> i32 {
    if v > i32::MAX as i64 {
        i32::MAX
    } else if v < i32::MIN as i64 {
        i32::MIN
    } else {
        v as i32
    }
}

const fn axis(min: i32, max: i32, size: i32) -> (i32, i32) {
    let span = max as i64 - min as i64;
    if span == 0 {
        return (0, 0);
    }
    let scale = ((size as i64) << 16) / span;
    (sat_i32(scale), sat_i32(-scale * min as i64))
}

impl Default for TouchCalibration {
    fn default() -> Self {
        TouchCalibration::DEFAULT
    }
}

/// What the pharmacy sets on the admin screen.
///
/// Fields are public for reading; [`crate::Store::save_settings`] checks
/// them ([`Settings::check`]) before anything reaches flash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub struct Settings {
    /// The number the emergency screen tells people to call. Default [`FACTORY_EMERGENCY_NUMBER`].
    pub emergency_number: String<16>,
    /// The language each session starts in.
    pub language: Lang,
    /// Seconds without a tap before a session is abandoned and the kiosk
    /// returns to its welcome screen, within
    /// [`IDLE_TIMEOUT_MIN_S`]`..=`[`IDLE_TIMEOUT_MAX_S`].
    pub idle_timeout_s: u16,
    /// The pharmacy's name for the welcome screen; empty shows none.
    pub pharmacy_name: String<32>,
    /// The admin PIN, salted and hashed (never the digits).
    pub pin: Pin,
    /// The touch screen calibration.
    pub touch: TouchCalibration,
}

impl Default for Settings {
    fn default() -> Self {
        let mut emergency_number = String::new();
        // "999" fits in 16 bytes.
        let _ = emergency_number.push_str(FACTORY_EMERGENCY_NUMBER);
        Settings {
            emergency_number,
            language: Lang::En,
            idle_timeout_s: IDLE_TIMEOUT_DEFAULT_S,
            pharmacy_name: String::new(),
            pin: Pin::factory_default(),
            touch: TouchCalibration::DEFAULT,
        }
    }
}

impl Settings {
    /// Sets the idle time-out, clamped to 30..=600 seconds.
    pub fn set_idle_timeout(&mut self, seconds: u16) {
        self.idle_timeout_s = seconds.clamp(IDLE_TIMEOUT_MIN_S, IDLE_TIMEOUT_MAX_S);
    }

    /// Sets the emergency number after checking it ([`check_emergency_number`]).
    pub fn set_emergency_number(&mut self, number: &str) -> Result<(), StoreError> {
        check_emergency_number(number)?;
        self.emergency_number.clear();
        self.emergency_number
            .push_str(number)
            .map_err(|_| StoreError::BadEmergencyNumber)
    }

    /// Sets the pharmacy name, cut at a character boundary to 32 bytes.
    pub fn set_pharmacy_name(&mut self, name: &str) {
        self.pharmacy_name.clear();
        for c in name.chars() {
            if self.pharmacy_name.push(c).is_err() {
                break;
            }
        }
    }

    /// Checks every field is one the kiosk can use.
    pub fn check(&self) -> Result<(), StoreError> {
        check_emergency_number(&self.emergency_number)?;
        if !(IDLE_TIMEOUT_MIN_S..=IDLE_TIMEOUT_MAX_S).contains(&self.idle_timeout_s) {
            // Only reachable by writing the field directly.
            return Err(StoreError::BadIdleTimeout);
        }
        Ok(())
    }
}

/// Checks an emergency number: 1 to 16 characters, digits and `+ * #`.
pub fn check_emergency_number(number: &str) -> Result<(), StoreError> {
    let ok = (1..=16).contains(&number.len())
        && number.bytes().any(|b| b.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'*' | b'#'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::BadEmergencyNumber)
    }
}

/// How many sessions ended in each disposition.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub struct Outcomes {
    /// Told to call the emergency number now.
    pub emergency: u32,
    /// Told to see a doctor today.
    pub urgent: u32,
    /// Told to book a doctor.
    pub doctor: u32,
    /// Told to speak to the pharmacist.
    pub pharmacist: u32,
    /// Told it is likely harmless (self care).
    pub self_care: u32,
}

impl Outcomes {
    /// The counter for one disposition.
    pub fn get(&self, d: Disposition) -> u32 {
        match d {
            Disposition::Emergency => self.emergency,
            Disposition::Urgent => self.urgent,
            Disposition::Doctor => self.doctor,
            Disposition::Pharmacist => self.pharmacist,
            Disposition::SelfCare => self.self_care,
        }
    }

    fn slot(&mut self, d: Disposition) -> &mut u32 {
        match d {
            Disposition::Emergency => &mut self.emergency,
            Disposition::Urgent => &mut self.urgent,
            Disposition::Doctor => &mut self.doctor,
            Disposition::Pharmacist => &mut self.pharmacist,
            Disposition::SelfCare => &mut self.self_care,
        }
    }
}

/// Anonymous usage totals for the pharmacy and the people who maintain the
/// kiosk. Every counter saturates at `u32::MAX`.
///
/// This is everything the kiosk ever remembers about its use: how many
/// sessions, how they ended. Never who, never when, never which answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, MaxSize)]
pub struct Counters {
    /// Sessions started (the first question was shown).
    pub sessions_started: u32,
    /// Sessions that reached an outcome screen.
    pub sessions_finished: u32,
    /// Sessions left before an outcome (idle time-out or start over).
    pub sessions_abandoned: u32,
    /// Finished sessions by disposition.
    pub outcomes: Outcomes,
    /// Times the emergency screen was shown.
    pub emergency_screens: u32,
}

/// Something that happened on the kiosk that the counters count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterEvent {
    /// A session began. Counted in RAM; reaches flash with the session's end.
    SessionStarted,
    /// The emergency screen was shown. Counted in RAM; reaches flash with
    /// the session's end.
    EmergencyShown,
    /// A session reached an outcome. Written to flash.
    SessionFinished(Disposition),
    /// A session ended without an outcome. Written to flash.
    SessionAbandoned,
}

impl CounterEvent {
    /// Whether this event ends a session, and so is written to flash at once.
    pub const fn ends_session(self) -> bool {
        matches!(
            self,
            CounterEvent::SessionFinished(_) | CounterEvent::SessionAbandoned
        )
    }
}

impl Counters {
    /// Counts one event (saturating).
    pub fn count(&mut self, event: CounterEvent) {
        let slot = match event {
            CounterEvent::SessionStarted => &mut self.sessions_started,
            CounterEvent::EmergencyShown => &mut self.emergency_screens,
            CounterEvent::SessionAbandoned => &mut self.sessions_abandoned,
            CounterEvent::SessionFinished(d) => {
                let o = self.outcomes.slot(d);
                *o = o.saturating_add(1);
                &mut self.sessions_finished
            }
        };
        *slot = slot.saturating_add(1);
    }
}

/// Why a stored frame was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Not a SpotCheck frame, or a format version this firmware does not
    /// know (a newer firmware, or another product, wrote it).
    Foreign {
        /// The version byte found (0 when the magic was wrong).
        version: u8,
    },
    /// The CRC does not match: the bytes changed after they were written.
    Checksum,
    /// The CRC matches but the bytes do not decode to a usable record.
    Malformed,
}

/// Encodes a record as a current-version frame into `buf`, returning the
/// frame's bytes.
pub fn encode<'b, T: Serialize>(
    kind: Kind,
    value: &T,
    buf: &'b mut [u8],
) -> Result<&'b [u8], StoreError> {
    let (head, rest) = buf
        .split_at_mut_checked(4)
        .ok_or(StoreError::BufferTooSmall)?;
    head.copy_from_slice(&[MAGIC[0], MAGIC[1], FORMAT_VERSION, kind as u8]);
    let payload_len = postcard::to_slice(value, rest)
        .map_err(|_| StoreError::BufferTooSmall)?
        .len();
    let body = 4 + payload_len;
    let crc = CRC.checksum(&buf[..body]).to_le_bytes();
    buf.get_mut(body..body + 4)
        .ok_or(StoreError::BufferTooSmall)?
        .copy_from_slice(&crc);
    Ok(&buf[..body + 4])
}

/// Decodes a frame of any version this firmware knows.
pub fn decode<T: DeserializeOwnedRecord>(kind: Kind, frame: &[u8]) -> Result<T, Fault> {
    match frame {
        [m0, m1, version, ..] if [*m0, *m1] == MAGIC => match *version {
            1 => decode_v1(kind, frame),
            v => Err(Fault::Foreign { version: v }),
        },
        _ => Err(Fault::Foreign { version: 0 }),
    }
}

/// A record type the frame decoder can produce: decoded and then checked.
pub trait DeserializeOwnedRecord: for<'de> Deserialize<'de> + Sized {
    /// Whether the decoded values are ones the kiosk can use.
    fn usable(&self) -> bool;
}

impl DeserializeOwnedRecord for Settings {
    fn usable(&self) -> bool {
        self.check().is_ok()
    }
}

impl DeserializeOwnedRecord for Counters {
    fn usable(&self) -> bool {
        true
    }
}

/// Decodes a version-1 frame. Kept for as long as v1 stores exist in shops.
pub fn decode_v1<T: DeserializeOwnedRecord>(kind: Kind, frame: &[u8]) -> Result<T, Fault> {
    if frame.len() < FRAME_OVERHEAD {
        return Err(Fault::Malformed);
    }
    let (body, crc) = frame.split_at(frame.len() - 4);
    let stored = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if CRC.checksum(body) != stored {
        return Err(Fault::Checksum);
    }
    if body[3] != kind as u8 {
        return Err(Fault::Malformed);
    }
    match postcard::take_from_bytes::<T>(&body[4..]) {
        Ok((value, [])) if value.usable() => Ok(value),
        _ => Err(Fault::Malformed),
    }
}

#[cfg(test)]
mod factory_number {
    use super::*;

    #[test]
    fn the_factory_emergency_number_is_the_uk_one_and_one_tap_away() {
        // Clinical review 4, fix 4: the content speaks of the NHS, so the
        // factory number is 999; the admin can still pick another preset
        // or type one.
        assert_eq!(FACTORY_EMERGENCY_NUMBER, "999");
        assert!(PRESETS.contains(&FACTORY_EMERGENCY_NUMBER));
        assert_eq!(
            Settings::default().emergency_number.as_str(),
            FACTORY_EMERGENCY_NUMBER
        );
        assert!(Settings::default().check().is_ok());
    }
}
