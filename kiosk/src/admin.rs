//! Admin mode, and what the kiosk asks its host to keep in flash.
//!
//! This module owns the pharmacy's side of the kiosk: the hidden way in,
//! the PIN pad and its lockout, the settings and counters screens, touch
//! calibration, and the [`StoreRequest`]s the app hands its host. It
//! promises:
//!
//! - **No flash here.** The app never owns or names a store. It keeps the
//!   persisted [`StoredSettings`] and [`Counters`] in RAM and queues
//!   requests; the host takes them with [`App::take_store_request`] and
//!   applies them to its `spotcheck_store::Store` (the simulator's file or
//!   RAM flash, the Pico's QSPI sectors).
//! - **A customer cannot get in by chance.** Admin opens only after a
//!   finger rests [`ADMIN_HOLD_MS`] on the top-left corner of the welcome
//!   screen (a tap there does nothing), and then only to the PIN pad. No
//!   setting is shown before the right PIN; [`MAX_PIN_FAILURES`] wrong PINs
//!   in a row lock entry for [`PIN_LOCKOUT_MS`] (time comes with each
//!   event, so tests run it on a fake clock). The lockout lives in RAM: a
//!   power cycle clears it, which costs an attacker a reboot per 5 guesses.
//! - **The PIN is never kept in plain text.** Digits typed live in the
//!   keypad buffer only until OK, then it is cleared; what is saved is the
//!   store's salted hash ([`spotcheck_store::Pin`]). The factory PIN must
//!   be changed before any setting is shown.
//! - **Settings are checked before they are saved.** An emergency number
//!   that is empty, not all digits or longer than [`MAX_NUMBER_DIGITS`] is
//!   refused and the old one kept ([`check_emergency_number`]).
//! - **Counters are anonymous and written once per session.** A session
//!   starts at its first answer, finishes (once) at its first result or
//!   emergency screen, and is abandoned when it is wiped or started over
//!   before that; the emergency screen is counted each time it is shown.
//! - **Admin never lingers.** [`ADMIN_IDLE_MS`] without a touch, Exit, or
//!   Back from the PIN pad return to the welcome screen.

use crate::config::*;
use crate::{App, ButtonId, Mode, Settings};
use spotcheck_core::{Disposition, Language, Step};
use spotcheck_store::record::{IDLE_TIMEOUT_MAX_S, IDLE_TIMEOUT_MIN_S};
pub use spotcheck_store::{
    CounterEvent, Counters, Health, Settings as StoredSettings, TouchCalibration,
};
use spotcheck_store::{Pin, PRESETS};

/// Which admin screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AdminScreen {
    /// The PIN pad that guards admin.
    Pin,
    /// Too many wrong PINs: entry locked for a while.
    Locked,
    /// Type a new PIN; `forced` while the factory PIN is still set.
    NewPin {
        /// The factory PIN must be replaced before anything else.
        forced: bool,
    },
    /// Type the new PIN again.
    ConfirmPin {
        /// As for [`AdminScreen::NewPin`].
        forced: bool,
    },
    /// The list of admin screens.
    Menu,
    /// The emergency number: presets one tap away, or another number.
    Emergency,
    /// The keypad for another emergency number.
    Number,
    /// The language each session starts in.
    Language,
    /// The idle time-out.
    Idle,
    /// The pharmacy's name (phone-style letter keys).
    Name,
    /// The anonymous counters, with Reset.
    Counters,
    /// "Set every counter to zero?"
    ResetCounters,
    /// What the store found at boot; content and software versions.
    Status,
    /// Touch calibration, target `n` (0 to 2).
    Calibrate(u8),
}

impl AdminScreen {
    /// A stable, file-name-safe id (`admin-pin`, `admin-menu`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            AdminScreen::Pin => "admin-pin",
            AdminScreen::Locked => "admin-locked",
            AdminScreen::NewPin { forced: true } => "admin-new-pin-forced",
            AdminScreen::NewPin { forced: false } => "admin-new-pin",
            AdminScreen::ConfirmPin { .. } => "admin-confirm-pin",
            AdminScreen::Menu => "admin-menu",
            AdminScreen::Emergency => "admin-emergency-number",
            AdminScreen::Number => "admin-number-entry",
            AdminScreen::Language => "admin-language",
            AdminScreen::Idle => "admin-idle-time",
            AdminScreen::Name => "admin-pharmacy-name",
            AdminScreen::Counters => "admin-counters",
            AdminScreen::ResetCounters => "admin-reset-counters",
            AdminScreen::Status => "admin-status",
            AdminScreen::Calibrate(0) => "admin-calibrate-1",
            AdminScreen::Calibrate(1) => "admin-calibrate-2",
            AdminScreen::Calibrate(_) => "admin-calibrate-3",
        }
    }

    /// Whether this screen shows or edits a setting (so must never show
    /// before the right PIN).
    pub fn shows_settings(&self) -> bool {
        !matches!(
            self,
            AdminScreen::Pin
                | AdminScreen::Locked
                | AdminScreen::NewPin { forced: true }
                | AdminScreen::ConfirmPin { forced: true }
        )
    }
}

/// What an admin button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AdminButton {
    /// A digit key.
    Digit(u8),
    /// A letter key of the name keyboard (group index into its letters).
    Letters(u8),
    /// The space key of the name keyboard.
    Space,
    /// Delete the last character typed.
    Delete,
    /// Accept what was typed.
    Ok,
    /// Open another admin screen (from the menu).
    Open(AdminScreen),
    /// Use emergency-number preset `n` of [`spotcheck_store::PRESETS`].
    Preset(u8),
    /// Type another emergency number.
    OtherNumber,
    /// Start sessions in this language.
    Lang(Language),
    /// Use idle time-out preset `n` of [`IDLE_PRESETS_S`].
    Idle(u8),
    /// Ask before setting the counters to zero.
    Reset,
    /// Set the counters to zero.
    ConfirmReset,
    /// Leave admin.
    Exit,
}

/// Idle time-outs offered, in seconds (within the store's 30 to 600).
pub const IDLE_PRESETS_S: [u16; 6] = [30, 60, 90, 120, 300, 600];

/// The letters of each key of the name keyboard, tapped in turn.
pub const LETTER_KEYS: [&str; 9] = [
    "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ", ".,'&-",
];

/// Something the host should do to its store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreRequest {
    /// Save these settings (`Store::save_settings`).
    SaveSettings(StoredSettings),
    /// Count this event (`Store::bump`).
    Count(CounterEvent),
    /// Set every counter to zero (`Store::reset_counters`).
    ResetCounters,
}

/// Why an emergency number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    /// Nothing was typed.
    Empty,
    /// Something other than a digit.
    NotDigits,
    /// More than [`MAX_NUMBER_DIGITS`] digits.
    TooLong,
}

/// Checks an emergency number typed on the admin keypad: 1 to
/// [`MAX_NUMBER_DIGITS`] digits, nothing else.
///
/// ```
/// use spotcheck_kiosk::admin::{check_emergency_number, NumberProblem};
/// assert_eq!(check_emergency_number("112"), Ok(()));
/// assert_eq!(check_emergency_number(""), Err(NumberProblem::Empty));
/// assert_eq!(check_emergency_number("11a"), Err(NumberProblem::NotDigits));
/// assert_eq!(check_emergency_number("1234567890123456"), Err(NumberProblem::TooLong));
/// ```
pub fn check_emergency_number(number: &str) -> Result<(), NumberProblem> {
    if number.is_empty() {
        Err(NumberProblem::Empty)
    } else if !number.bytes().all(|b| b.is_ascii_digit()) {
        Err(NumberProblem::NotDigits)
    } else if number.len() > MAX_NUMBER_DIGITS {
        Err(NumberProblem::TooLong)
    } else {
        Ok(())
    }
}

/// A message shown on an admin screen after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Note {
    WrongPin { left: u8 },
    PinFormat,
    PinIsFactory,
    PinMismatch,
    PinChanged,
    Number(NumberProblem),
    Saved,
    CalibrationFailed,
    Calibrated,
    CountersReset,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    Save,
    Count(CounterEvent),
    Reset,
}

/// Admin state, the persisted records and the session's counting flags.
#[derive(Clone, Debug)]
pub(crate) struct Admin {
    pub(crate) screen: AdminScreen,
    pub(crate) entry: heapless::String<MAX_ENTRY>,
    pub(crate) note: Option<Note>,
    new_pin: heapless::String<8>,
    failures: u8,
    pub(crate) locked_until: u64,
    hold_since: Option<u64>,
    last_letter: Option<(u8, u64)>,
    raw: heapless::Vec<(i32, i32), 3>,
    pub(crate) stored: StoredSettings,
    pub(crate) counters: Counters,
    pub(crate) health: Health,
    persist: bool,
    requests: heapless::Vec<Pending, MAX_STORE_REQUESTS>,
    entropy: u64,
    started: bool,
    finished: bool,
    emergency_shown: bool,
}

impl Admin {
    pub(crate) fn new(stored: StoredSettings, counters: Counters, health: Health) -> Admin {
        Admin {
            screen: AdminScreen::Pin,
            entry: heapless::String::new(),
            note: None,
            new_pin: heapless::String::new(),
            failures: 0,
            locked_until: 0,
            hold_since: None,
            last_letter: None,
            raw: heapless::Vec::new(),
            stored,
            counters,
            health,
            persist: false,
            requests: heapless::Vec::new(),
            entropy: 0x5EED_5EED_5EED_5EED,
            started: false,
            finished: false,
            emergency_shown: false,
        }
    }

    /// The persisted form of run-time settings handed to [`App::new`].
    pub(crate) fn stored_from(s: &Settings) -> StoredSettings {
        let mut st = StoredSettings::default();
        let _ = st.set_emergency_number(&s.emergency_number);
        st.language = s.language.into();
        st.set_idle_timeout((s.idle_timeout_ms / 1000).min(u16::MAX as u32) as u16);
        st.set_pharmacy_name(&s.pharmacy_name);
        st
    }
}

impl From<&StoredSettings> for Settings {
    fn from(s: &StoredSettings) -> Settings {
        Settings {
            emergency_number: s.emergency_number.clone(),
            language: s.language.into(),
            idle_timeout_ms: u32::from(s.idle_timeout_s) * 1000,
            pharmacy_name: s.pharmacy_name.clone(),
        }
    }
}

/// The hidden corner of the welcome screen: its top-left touch target.
fn corner(app: &App) -> embedded_graphics::primitives::Rectangle {
    let m = crate::layout::metrics(app.size);
    crate::layout::rect(0, 0, m.tap as i32, m.tap as i32)
}

/// The three calibration targets on a screen of `w` x `h`.
pub(crate) fn targets(w: i32, h: i32) -> [embedded_graphics::prelude::Point; 3] {
    use embedded_graphics::prelude::Point;
    [
        Point::new(w / 10, h / 8),
        Point::new(w - w / 10, h / 2),
        Point::new(w / 10, h - h / 8),
    ]
}

/// The affine map (16.16) sending three raw touches onto three screen
/// points, or `None` when the touches are in a line (or so far apart the
/// coefficients overflow).
///
/// ```
/// use embedded_graphics::prelude::Point;
/// use spotcheck_kiosk::admin::calibration_from_points;
/// let screen = [Point::new(32, 30), Point::new(288, 120), Point::new(32, 210)];
/// let raw = screen.map(|p| (200 + p.x * 3700 / 320, 3800 - p.y * 3500 / 240));
/// let cal = calibration_from_points(raw, screen).unwrap();
/// let (x, y) = cal.apply(raw[1].0, raw[1].1);
/// assert!((x - 288).abs() <= 1 && (y - 120).abs() <= 1);
/// assert!(calibration_from_points([(1, 1), (2, 2), (3, 3)], screen).is_none());
/// ```
pub fn calibration_from_points(
    raw: [(i32, i32); 3],
    screen: [embedded_graphics::prelude::Point; 3],
) -> Option<TouchCalibration> {
    let [(x0, y0), (x1, y1), (x2, y2)] = raw.map(|(x, y)| (i64::from(x), i64::from(y)));
    let det = (x0 - x2) * (y1 - y2) - (x1 - x2) * (y0 - y2);
    if det == 0 {
        return None;
    }
    let solve = |s: [i64; 3]| -> Option<(i32, i32, i32)> {
        let a = ((s[0] - s[2]) * (y1 - y2) - (s[1] - s[2]) * (y0 - y2)) * 65536 / det;
        let b = ((x0 - x2) * (s[1] - s[2]) - (x1 - x2) * (s[0] - s[2])) * 65536 / det;
        let c = s[2] * 65536 - a * x2 - b * y2;
        Some((a.try_into().ok()?, b.try_into().ok()?, c.try_into().ok()?))
    };
    let (xx, xy, x0) = solve(screen.map(|p| i64::from(p.x)))?;
    let (yx, yy, y0) = solve(screen.map(|p| i64::from(p.y)))?;
    Some(TouchCalibration {
        xx,
        xy,
        x0,
        yx,
        yy,
        y0,
    })
}

/// splitmix64: spreads the entropy the host gave and the time into a salt.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl App {
    /// A new app running on settings and counters loaded from the store
    /// (`Store::load`), with the health the store reported, for the admin
    /// screen. Persistence requests are queued for
    /// [`App::take_store_request`].
    ///
    /// ```
    /// use embedded_graphics::prelude::Size;
    /// use spotcheck_kiosk::App;
    /// use spotcheck_store::{ram::RamFlash, Store};
    /// let mut store = Store::open(RamFlash::<8192>::new(), 0..8192).unwrap();
    /// let boot = store.load();
    /// let mut app = App::with_persisted(boot.settings, boot.counters, boot.health, Size::new(320, 240));
    /// while let Some(req) = app.take_store_request() {
    ///     let _ = spotcheck_kiosk::apply(&mut store, req);
    /// }
    /// assert_eq!(app.settings().emergency_number.as_str(), "999");
    /// ```
    pub fn with_persisted(
        settings: StoredSettings,
        counters: Counters,
        health: Health,
        size: embedded_graphics::prelude::Size,
    ) -> App {
        let mut app = App::new(Settings::from(&settings), size);
        app.admin = Admin::new(settings, counters, health);
        app.admin.persist = true;
        app
    }

    /// The next thing to write to the store, oldest first. Hosts call this
    /// after each [`App::handle`] until it gives `None` (see [`apply`]).
    pub fn take_store_request(&mut self) -> Option<StoreRequest> {
        if self.admin.requests.is_empty() {
            return None;
        }
        Some(match self.admin.requests.remove(0) {
            Pending::Save => StoreRequest::SaveSettings(self.admin.stored.clone()),
            Pending::Count(e) => StoreRequest::Count(e),
            Pending::Reset => StoreRequest::ResetCounters,
        })
    }

    /// The settings as persisted (PIN hash and touch calibration included).
    pub fn stored_settings(&self) -> &StoredSettings {
        &self.admin.stored
    }

    /// The anonymous counters, as the app has counted them.
    pub fn counters(&self) -> &Counters {
        &self.admin.counters
    }

    /// What the store found at boot (shown on the admin screens).
    pub fn store_health(&self) -> Health {
        self.admin.health
    }

    /// Replaces the store health shown on the admin screens (after the host
    /// found its store could not be written, say).
    pub fn set_store_health(&mut self, health: Health) {
        self.admin.health = health;
        if self.mode == Mode::Admin {
            self.admin_refresh();
        }
    }

    /// The touch calibration the host should map raw touches with.
    pub fn touch_calibration(&self) -> TouchCalibration {
        self.admin.stored.touch
    }

    /// Mixes host entropy (a chip id, a timer, noise) into the salt of the
    /// next PIN saved. The time of the PIN's last key press is mixed in too.
    pub fn add_entropy(&mut self, entropy: u64) {
        self.admin.entropy = mix(self.admin.entropy ^ entropy);
    }

    /// Whether the calibration screen is showing: the host then passes each
    /// press as raw controller readings to [`App::raw_touch`] instead of
    /// `TouchDown`/`TouchUp`.
    pub fn wants_raw_touch(&self) -> bool {
        self.mode == Mode::Admin && matches!(self.admin.screen, AdminScreen::Calibrate(_))
    }

    /// One press on the calibration screen, in raw touch-controller units,
    /// at time `now_ms`. Ignored on any other screen.
    pub fn raw_touch(&mut self, raw: (i32, i32), now_ms: u64) -> crate::Redraw {
        self.clock(now_ms);
        if self.wants_raw_touch() && self.now >= self.block_until {
            self.last_input = self.now;
            let _ = self.admin.raw.push(raw);
            if let Ok(raw) = <[(i32, i32); 3]>::try_from(self.admin.raw.as_slice()) {
                self.admin.raw.clear();
                let m = crate::layout::metrics(self.size);
                match calibration_from_points(raw, targets(m.w, m.h)) {
                    Some(cal) => {
                        self.admin.stored.touch = cal;
                        self.save();
                        self.admin_go(AdminScreen::Menu, Some(Note::Calibrated));
                    }
                    None => self.admin_go(AdminScreen::Calibrate(0), Some(Note::CalibrationFailed)),
                }
            } else {
                let n = self.admin.raw.len() as u8;
                self.admin_go(AdminScreen::Calibrate(n), self.admin.note);
            }
        }
        self.redraw()
    }

    // ── hooks called from lib.rs ─────────────────────────────────────────

    /// After every event: the hidden gesture, the admin idle exit, and Back
    /// on the calibration screen.
    pub(crate) fn admin_event(&mut self, event: &crate::Event) {
        use crate::Event;
        match (self.mode, event) {
            (Mode::Welcome, Event::TouchDown(p)) => {
                self.admin.hold_since = corner(self).contains(*p).then_some(self.now);
            }
            (_, Event::TouchUp(_)) => self.admin.hold_since = None,
            (Mode::Admin, Event::Key(crate::Key::Back))
                if matches!(self.admin.screen, AdminScreen::Calibrate(_)) =>
            {
                self.admin.raw.clear();
                self.admin_go(AdminScreen::Menu, None);
            }
            _ => {}
        }
        if let Some(since) = self.admin.hold_since {
            if self.mode != Mode::Welcome {
                self.admin.hold_since = None;
            } else if self.now.saturating_sub(since) >= ADMIN_HOLD_MS {
                self.admin.hold_since = None;
                self.open_admin();
            }
        }
        if self.mode == Mode::Admin && self.now.saturating_sub(self.last_input) >= ADMIN_IDLE_MS {
            self.leave_admin();
        }
    }

    fn open_admin(&mut self) {
        self.session.restart();
        self.mode = Mode::Admin;
        let screen = if self.now < self.admin.locked_until {
            AdminScreen::Locked
        } else {
            AdminScreen::Pin
        };
        self.admin.entry.clear();
        self.admin.note = None;
        self.admin.screen = screen;
        self.last_input = self.now;
        self.enter(self.now);
    }

    fn leave_admin(&mut self) {
        self.admin.entry.clear();
        self.admin.new_pin.clear();
        self.admin.raw.clear();
        self.admin.note = None;
        self.admin.screen = AdminScreen::Pin;
        self.wipe();
    }

    /// A new admin screen (input held off briefly, focus to the first
    /// button when keys are in use).
    fn admin_go(&mut self, screen: AdminScreen, note: Option<Note>) {
        self.admin.screen = screen;
        self.admin.note = note;
        self.admin.last_letter = None;
        self.enter(self.now);
    }

    /// The same screen with new contents: focus stays where it was.
    fn admin_refresh(&mut self) {
        let focus = self.focus;
        self.dirty.full = true;
        self.dirty.rects.clear();
        self.layout();
        self.focus = focus.filter(|&f| (f as usize) < self.buttons.len());
    }

    fn save(&mut self) {
        self.settings = Settings::from(&self.admin.stored);
        self.queue(Pending::Save);
    }

    fn queue(&mut self, p: Pending) {
        if self.admin.persist {
            let _ = self.admin.requests.push(p);
        }
    }

    fn count(&mut self, e: CounterEvent) {
        self.admin.counters.count(e);
        self.queue(Pending::Count(e));
    }

    /// Called before the session is wiped or started afresh: a session
    /// that was started and not finished is abandoned.
    pub(crate) fn session_ends(&mut self) {
        if self.admin.started && !self.admin.finished {
            self.count(CounterEvent::SessionAbandoned);
        }
        self.admin.started = false;
        self.admin.finished = false;
        self.admin.emergency_shown = false;
    }

    /// Called on every new screen: counts a session's start, its finish and
    /// each emergency screen.
    pub(crate) fn track_session(&mut self) {
        if self.mode != Mode::Triage {
            return;
        }
        if !self.admin.started && self.session.taps() > 0 {
            self.admin.started = true;
            self.count(CounterEvent::SessionStarted);
        }
        let outcome = match self.session.step() {
            Step::Outcome(o) if self.warning_since.is_none() => Some(o.disposition),
            _ => None,
        };
        let emergency = outcome == Some(Disposition::Emergency);
        if emergency && !self.admin.emergency_shown {
            self.count(CounterEvent::EmergencyShown);
        }
        if self.warning_since.is_none() {
            self.admin.emergency_shown = emergency;
        }
        if let Some(d) = outcome {
            if self.admin.started && !self.admin.finished {
                self.admin.finished = true;
                self.count(CounterEvent::SessionFinished(d));
            }
        }
    }

    /// A button pressed on an admin screen.
    pub(crate) fn admin_activate(&mut self, id: ButtonId) {
        let a = match id {
            ButtonId::Back => {
                let to = match self.admin.screen {
                    AdminScreen::Pin | AdminScreen::Locked | AdminScreen::Menu => None,
                    AdminScreen::NewPin { forced: true }
                    | AdminScreen::ConfirmPin { forced: true } => None,
                    AdminScreen::Number => Some(AdminScreen::Emergency),
                    AdminScreen::ResetCounters => Some(AdminScreen::Counters),
                    _ => Some(AdminScreen::Menu),
                };
                match to {
                    Some(s) => {
                        self.admin.entry.clear();
                        self.admin.new_pin.clear();
                        self.admin_go(s, None);
                    }
                    None => self.leave_admin(),
                }
                return;
            }
            ButtonId::Admin(a) => a,
            _ => return,
        };
        let screen = self.admin.screen;
        match a {
            AdminButton::Exit => self.leave_admin(),
            AdminButton::Digit(d) => {
                let cap = match screen {
                    AdminScreen::Number => MAX_NUMBER_KEYS,
                    _ => 8,
                };
                if self.admin.entry.len() < cap {
                    let _ = self.admin.entry.push(char::from(b'0' + d.min(9)));
                }
                self.admin.note = None;
                self.admin_refresh();
            }
            AdminButton::Letters(g) => self.letter(g),
            AdminButton::Space => {
                if !self.admin.entry.is_empty() && !self.admin.entry.ends_with(' ') {
                    let _ = self.admin.entry.push(' ');
                }
                self.admin.last_letter = None;
                self.admin_refresh();
            }
            AdminButton::Delete => {
                self.admin.entry.pop();
                self.admin.last_letter = None;
                self.admin.note = None;
                self.admin_refresh();
            }
            AdminButton::Ok => self.admin_ok(),
            AdminButton::Open(s) => {
                self.admin.entry.clear();
                if s == AdminScreen::Name {
                    let name = self.admin.stored.pharmacy_name.clone();
                    let _ = self.admin.entry.push_str(&name);
                }
                self.admin.raw.clear();
                self.admin_go(s, None);
            }
            AdminButton::Preset(i) => {
                if let Some(n) = PRESETS.get(i as usize) {
                    if self.admin.stored.set_emergency_number(n).is_ok() {
                        self.save();
                    }
                }
                self.admin.note = Some(Note::Saved);
                self.admin_refresh();
            }
            AdminButton::OtherNumber => {
                self.admin.entry.clear();
                self.admin_go(AdminScreen::Number, None);
            }
            AdminButton::Lang(l) => {
                self.admin.stored.language = l.into();
                self.save();
                self.admin.note = Some(Note::Saved);
                self.admin_refresh();
            }
            AdminButton::Idle(i) => {
                if let Some(&s) = IDLE_PRESETS_S.get(i as usize) {
                    self.admin
                        .stored
                        .set_idle_timeout(s.clamp(IDLE_TIMEOUT_MIN_S, IDLE_TIMEOUT_MAX_S));
                    self.save();
                }
                self.admin.note = Some(Note::Saved);
                self.admin_refresh();
            }
            AdminButton::Reset => self.admin_go(AdminScreen::ResetCounters, None),
            AdminButton::ConfirmReset => {
                self.admin.counters = Counters::default();
                self.queue(Pending::Reset);
                self.admin_go(AdminScreen::Counters, Some(Note::CountersReset));
            }
        }
    }

    fn letter(&mut self, g: u8) {
        let Some(keys) = LETTER_KEYS.get(g as usize) else {
            return;
        };
        let now = self.now;
        let cycling = matches!(self.admin.last_letter, Some((lg, t)) if lg == g && now.saturating_sub(t) < MULTITAP_MS);
        let upper = |e: &str| e.is_empty() || e.ends_with(' ');
        if cycling {
            if let Some(last) = self.admin.entry.pop() {
                let up = last.to_ascii_uppercase();
                let i = keys.chars().position(|c| c == up).unwrap_or(0);
                let next = keys.chars().nth((i + 1) % keys.len()).unwrap_or(up);
                let c = if upper(&self.admin.entry) {
                    next
                } else {
                    next.to_ascii_lowercase()
                };
                let _ = self.admin.entry.push(c);
            }
        } else if let Some(first) = keys.chars().next() {
            let c = if upper(&self.admin.entry) {
                first
            } else {
                first.to_ascii_lowercase()
            };
            let _ = self.admin.entry.push(c);
        }
        self.admin.last_letter = Some((g, now));
        self.admin.note = None;
        self.admin_refresh();
    }

    fn admin_ok(&mut self) {
        match self.admin.screen {
            AdminScreen::Pin => {
                if spotcheck_store::pin::check_pin(&self.admin.entry).is_err() {
                    self.admin.entry.clear();
                    self.admin.note = Some(Note::PinFormat);
                    self.admin_refresh();
                    return;
                }
                let right = self.admin.stored.pin.verify(&self.admin.entry);
                self.admin.entry.clear();
                if right {
                    self.admin.failures = 0;
                    if self.admin.stored.pin.pin_must_change {
                        self.admin_go(AdminScreen::NewPin { forced: true }, None);
                    } else {
                        self.admin_go(AdminScreen::Menu, None);
                    }
                } else {
                    self.admin.failures = self.admin.failures.saturating_add(1);
                    if self.admin.failures >= MAX_PIN_FAILURES {
                        self.admin.failures = 0;
                        self.admin.locked_until = self.now + PIN_LOCKOUT_MS;
                        self.admin_go(AdminScreen::Locked, None);
                    } else {
                        self.admin.note = Some(Note::WrongPin {
                            left: MAX_PIN_FAILURES - self.admin.failures,
                        });
                        self.admin_refresh();
                    }
                }
            }
            AdminScreen::NewPin { forced } => {
                let note = if spotcheck_store::pin::check_pin(&self.admin.entry).is_err() {
                    Some(Note::PinFormat)
                } else if self.admin.entry == spotcheck_store::pin::FACTORY_PIN {
                    Some(Note::PinIsFactory)
                } else {
                    None
                };
                if note.is_some() {
                    self.admin.entry.clear();
                    self.admin.note = note;
                    self.admin_refresh();
                    return;
                }
                self.admin.new_pin.clear();
                let _ = self.admin.new_pin.push_str(&self.admin.entry);
                self.admin.entry.clear();
                self.admin_go(AdminScreen::ConfirmPin { forced }, None);
            }
            AdminScreen::ConfirmPin { forced } => {
                let same = self.admin.entry == self.admin.new_pin;
                self.admin.entry.clear();
                if !same {
                    self.admin.new_pin.clear();
                    self.admin_go(AdminScreen::NewPin { forced }, Some(Note::PinMismatch));
                    return;
                }
                let seed = mix(self.admin.entropy ^ self.now);
                let seed2 = mix(seed
                    ^ u64::from_le_bytes(
                        self.admin.stored.pin.salt()[..8]
                            .try_into()
                            .unwrap_or([0; 8]),
                    ));
                let mut salt = [0u8; 16];
                salt[..8].copy_from_slice(&seed.to_le_bytes());
                salt[8..].copy_from_slice(&seed2.to_le_bytes());
                self.admin.entropy = seed2;
                match Pin::set(&self.admin.new_pin, salt) {
                    Ok(pin) => {
                        self.admin.stored.pin = pin;
                        self.save();
                        self.admin.new_pin.clear();
                        self.admin_go(AdminScreen::Menu, Some(Note::PinChanged));
                    }
                    Err(_) => {
                        self.admin.new_pin.clear();
                        self.admin_go(AdminScreen::NewPin { forced }, Some(Note::PinFormat));
                    }
                }
            }
            AdminScreen::Number => match check_emergency_number(&self.admin.entry) {
                Ok(()) => {
                    let entry = self.admin.entry.clone();
                    if self.admin.stored.set_emergency_number(&entry).is_ok() {
                        self.save();
                    }
                    self.admin.entry.clear();
                    self.admin_go(AdminScreen::Emergency, Some(Note::Saved));
                }
                Err(p) => {
                    self.admin.note = Some(Note::Number(p));
                    self.admin_refresh();
                }
            },
            AdminScreen::Name => {
                let name = self.admin.entry.clone();
                self.admin.stored.set_pharmacy_name(name.trim_end());
                self.save();
                self.admin.entry.clear();
                self.admin_go(AdminScreen::Menu, Some(Note::Saved));
            }
            _ => {}
        }
    }

    /// Whether digits for the PIN are being typed (they are drawn as dots).
    pub(crate) fn admin_masked(&self) -> bool {
        matches!(
            self.admin.screen,
            AdminScreen::Pin | AdminScreen::NewPin { .. } | AdminScreen::ConfirmPin { .. }
        )
    }
}

/// Applies one request to a store, as every host does.
///
/// Flash errors are returned for the host to report; the app's own copy of
/// the settings and counters is already updated, and the store keeps what
/// it could not write in RAM to go with the next write.
pub fn apply<F: embedded_storage::nor_flash::NorFlash>(
    store: &mut spotcheck_store::Store<F>,
    request: StoreRequest,
) -> Result<(), spotcheck_store::StoreError> {
    match request {
        StoreRequest::SaveSettings(s) => store.save_settings(&s),
        StoreRequest::Count(e) => store.bump(e),
        StoreRequest::ResetCounters => store.reset_counters(),
    }
}
