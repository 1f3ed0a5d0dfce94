//! Every capacity and timing constant of the kiosk, in one place.

/// A button shows its pressed look only once a finger has rested on it
/// this long: a quick tap (a scripted one lasts 80 ms) goes straight to the
/// next screen with no extra frame that the new screen would overwrite at
/// once, while a finger held on a button still sees it pressed.
pub const PRESS_FEEDBACK_MS: u64 = 120;

/// Input is ignored for this long after a screen change, so a bouncing
/// double tap (or a finger still resting on the glass) can never answer two
/// questions.
pub const DEBOUNCE_MS: u64 = 300;

/// The shortest idle time-out the kiosk accepts; a smaller setting (even 0)
/// is raised to this so the "Still there?" screen cannot fire in a loop.
pub const MIN_IDLE_MS: u32 = 10_000;

/// How long the "Still there?" countdown runs before the session is wiped.
/// It always runs in full, even after a jump of the clock.
pub const COUNTDOWN_MS: u64 = 30_000;

/// How long the emergency screen stays without a touch before "Still
/// there?" appears: 15 minutes. A customer who turns away to call for help
/// must find the number and the instructions still on screen, and the
/// pharmacist must be able to see what the kiosk said.
pub const EMERGENCY_IDLE_MS: u64 = 15 * 60 * 1000;

/// The most buttons one screen lays out (the admin keypad: twelve keys
/// and Back).
pub const MAX_BUTTONS: usize = 13;

/// The most display rows whose last-sent contents `App::draw` remembers
/// (as a 32-bit hash each, 4 bytes of RAM a row): the height of the
/// largest screen size built (see the crate's features); rows below are
/// always sent whole.
pub const MAX_ROWS: usize = if cfg!(feature = "size-800x480") {
    480
} else if cfg!(feature = "size-480x320") {
    320
} else {
    240
};

/// The most bands of a screen of the largest size built: 5 rows a band at
/// 800 px wide, 8 at 480, 12 at 320 ([`BAND_BYTES`]).
pub const MAX_BANDS: usize = if cfg!(feature = "size-800x480") {
    96
} else if cfg!(feature = "size-480x320") {
    40
} else {
    20
};

/// Column strips a band is cut into to tell which part of a row changed.
pub const STRIPS: usize = 8;

/// The most (band, strip) tiles whose last-sent contents `App::draw`
/// remembers (4 bytes of RAM each).
pub const MAX_TILES: usize = MAX_BANDS * STRIPS;

/// The most separate regions waiting to be redrawn; more are merged.
pub const MAX_DIRTY: usize = 4;

/// Bytes of the band buffer `App::draw` keeps on the stack: 4 bits per
/// pixel, so 4,096 pixels per band (12 rows at 320 px wide).
pub const BAND_BYTES: usize = 2048;

/// The largest QR code version the summary may need. Version 20 is 97
/// modules: at 2 px per module it still fits the 240 px height.
pub const MAX_QR_VERSION: u8 = 20;

/// How long a finger must rest on the hidden corner of the welcome screen
/// to open the admin PIN pad (a tap there does nothing).
pub const ADMIN_HOLD_MS: u64 = 5_000;

/// Wrong PINs in a row before admin entry is locked.
pub const MAX_PIN_FAILURES: u8 = 5;

/// How long admin entry stays locked after [`MAX_PIN_FAILURES`] wrong PINs.
pub const PIN_LOCKOUT_MS: u64 = 5 * 60 * 1000;

/// Admin screens left untouched this long return to the welcome screen.
pub const ADMIN_IDLE_MS: u64 = 60_000;

/// On the name keyboard, a second tap of the same letter key within this
/// time cycles the letter just typed (phone-style multi-tap).
pub const MULTITAP_MS: u64 = 1_000;

/// Persistence requests the app holds until the host takes them; more are
/// dropped (a host that never takes them has no store).
pub const MAX_STORE_REQUESTS: usize = 16;

/// The most characters the admin keypad holds (the pharmacy name's 32
/// bytes; a number is cut at [`MAX_NUMBER_KEYS`]).
pub const MAX_ENTRY: usize = 32;

/// Keys the emergency-number pad accepts; one more than the longest number
/// it saves ([`MAX_NUMBER_DIGITS`]), so an overlong entry is refused out
/// loud rather than silently cut.
pub const MAX_NUMBER_KEYS: usize = 16;

/// The longest emergency number saved: 15 digits, the E.164 limit for any
/// telephone number.
pub const MAX_NUMBER_DIGITS: usize = 15;
