//! Every capacity and timing constant of the kiosk, in one place.

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

/// The most buttons one screen lays out.
pub const MAX_BUTTONS: usize = 12;

/// The most separate regions waiting to be redrawn; more are merged.
pub const MAX_DIRTY: usize = 4;

/// Bytes of the band buffer `App::draw` keeps on the stack: 4 bits per
/// pixel, so 4,096 pixels per band (12 rows at 320 px wide).
pub const BAND_BYTES: usize = 2048;

/// The largest QR code version the summary may need. Version 20 is 97
/// modules: at 2 px per module it still fits the 240 px height.
pub const MAX_QR_VERSION: u8 = 20;
