//! # spotcheck-kiosk
//!
//! The SpotCheck kiosk app: screens, layout for any display size, touch and
//! key input, and the idle time-out, drawn with embedded-graphics on any
//! [`DrawTarget`]. It is `#![no_std]`, allocates nothing, keeps no
//! framebuffer, never reads a clock (time comes with every event) and has
//! no panic path on any input.
//!
//! - [`App::handle`] takes an [`Event`] and the current time and says what
//!   needs redrawing ([`Redraw`]).
//! - [`App::draw`] draws what changed since the last draw, every pixel at
//!   most once, sending only the rows and column strips whose pixels
//!   differ from what the display shows (see the `canvas` module: the
//!   band compositor).
//! - The screen sizes built are cargo features: the 320x240 class always,
//!   `size-480x320` and `size-800x480` by default (see `Cargo.toml`).
//! - [`App::screen`] and [`App::buttons`] expose the state for tests and the
//!   simulator.
//!
//! ```
//! use embedded_graphics::{pixelcolor::Rgb565, prelude::*};
//! use spotcheck_kiosk::{probe::CountingTarget, App, Event, Screen, Settings};
//!
//! let mut app = App::new(Settings::default(), Size::new(320, 240));
//! let mut display = CountingTarget::<Rgb565>::new(Size::new(320, 240));
//! app.draw(&mut display).unwrap();
//! assert_eq!(app.screen(), Screen::Welcome);
//! // Tap the Start button.
//! let start = app.buttons()[0].rect.center();
//! app.handle(Event::TouchDown(start), 1_000);
//! app.handle(Event::TouchUp(start), 1_050);
//! assert_eq!(app.screen().name().as_str(), "q-age");
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod admin;
mod admin_view;
mod canvas;
pub mod config;
mod fallback;
mod layout;
pub mod probe;
pub mod qr;
pub mod script;
mod shape;
mod strings;
mod text;
pub mod theme;
mod view;

pub use admin::{apply, AdminButton, AdminScreen, StoreRequest};
pub use canvas::Overflow;

use config::*;
use core::fmt::Write as _;
use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use spotcheck_core::{content, Language, Session, Step};

/// What the pharmacy sets up (the admin mode will edit these).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The number to call in an emergency, shown big on the emergency screen.
    pub emergency_number: heapless::String<16>,
    /// The language a new session starts in.
    pub language: Language,
    /// How long without a touch before "Still there?" (raised to at least
    /// [`config::MIN_IDLE_MS`]).
    pub idle_timeout_ms: u32,
    /// The pharmacy's name, shown on the welcome screen if not empty.
    pub pharmacy_name: heapless::String<32>,
}

impl Default for Settings {
    fn default() -> Settings {
        let mut emergency_number = heapless::String::new();
        let _ = emergency_number.push_str(spotcheck_store::FACTORY_EMERGENCY_NUMBER);
        Settings {
            emergency_number,
            language: Language::En,
            idle_timeout_ms: 90_000,
            pharmacy_name: heapless::String::new(),
        }
    }
}

/// A hardware key (keypad, rotary encoder, or keyboard in the simulator).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Move the focus to the previous button.
    Previous,
    /// Move the focus to the next button.
    Next,
    /// Press the focused button.
    Select,
    /// Go back (the Back button of the screen, or Continue on "Still there?").
    Back,
}

/// Something that happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A finger touched the screen here.
    TouchDown(Point),
    /// The finger left the screen here.
    TouchUp(Point),
    /// A key was pressed.
    Key(Key),
    /// Time passed (call a few times a second so countdowns run).
    Tick,
}

/// What [`App::draw`] will have to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redraw {
    /// Nothing changed.
    None,
    /// Some regions changed.
    Partial,
    /// The screen changed: everything.
    Full,
}

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Screen {
    /// Tap to start; language choice.
    Welcome,
    /// Question `n` of the tree.
    Question(u8),
    /// The emergency screen of outcome `n`.
    Emergency(u8),
    /// Page `page` (from 0) of the result of outcome `outcome`.
    Result {
        /// Outcome index.
        outcome: u8,
        /// Page, from 0.
        page: u8,
    },
    /// The idle warning with its countdown.
    StillThere,
    /// The content failed its checks: "out of order, tell the pharmacist".
    OutOfOrder,
    /// An admin screen (behind the hidden gesture and the PIN).
    Admin(AdminScreen),
}

/// A screen's name, as [`Screen::name`] gives it.
pub type ScreenName = heapless::String<40>;

impl Screen {
    /// A stable, file-name-safe id: `welcome`, `q-glass`,
    /// `emergency-emergency_illness`, `result-self_care_heat_rash-1`,
    /// `still-there`, `out-of-order`. Scripts assert it with `expect`
    /// ([`script`]).
    pub fn name(&self) -> ScreenName {
        let tree = &content::TREE;
        let mut s = heapless::String::new();
        let _ = match *self {
            Screen::Welcome => s.push_str("welcome").map_err(|_| ()),
            Screen::StillThere => s.push_str("still-there").map_err(|_| ()),
            Screen::OutOfOrder => s.push_str("out-of-order").map_err(|_| ()),
            Screen::Admin(a) => s.push_str(a.name()).map_err(|_| ()),
            Screen::Question(q) => match tree.questions.get(q as usize) {
                Some(q) => write!(s, "q-{}", q.key).map_err(|_| ()),
                None => write!(s, "q-{q}").map_err(|_| ()),
            },
            Screen::Emergency(o) => match tree.outcomes.get(o as usize) {
                Some(o) => write!(s, "emergency-{}", o.key).map_err(|_| ()),
                None => write!(s, "emergency-{o}").map_err(|_| ()),
            },
            Screen::Result { outcome, page } => match tree.outcomes.get(outcome as usize) {
                Some(o) => write!(s, "result-{}-{}", o.key, page as u16 + 1).map_err(|_| ()),
                None => write!(s, "result-{outcome}-{}", page as u16 + 1).map_err(|_| ()),
            },
        };
        s
    }
}

/// What a button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ButtonId {
    /// Start a session (welcome screen).
    Start,
    /// Switch to this language (welcome screen).
    Language(Language),
    /// Answer the current question with this choice.
    Answer(u8),
    /// Go back one question.
    Back,
    /// Wipe the answers and ask the first question again.
    StartOver,
    /// Dismiss "Still there?".
    Continue,
    /// Next result page.
    NextPage,
    /// Previous result page.
    PrevPage,
    /// Wipe the session and return to the welcome screen.
    Finish,
    /// A button of an admin screen.
    Admin(AdminButton),
}

/// A button on the current screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Button {
    /// What it does.
    pub id: ButtonId,
    /// Where it is (its whole touch target).
    pub rect: Rectangle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Welcome,
    Triage,
    OutOfOrder,
    Admin,
}

/// Regions waiting to be drawn, kept disjoint so no pixel is sent twice.
#[derive(Clone, Debug)]
struct Dirty {
    full: bool,
    rects: heapless::Vec<Rectangle, MAX_DIRTY>,
}

impl Dirty {
    fn add(&mut self, r: Rectangle, screen: Rectangle) {
        if self.full {
            return;
        }
        let mut r = screen.intersection(&r);
        if r.is_zero_sized() {
            return;
        }
        while let Some(i) = self
            .rects
            .iter()
            .position(|o| !o.intersection(&r).is_zero_sized())
        {
            let o = self.rects.swap_remove(i);
            r = union(r, o);
        }
        if self.rects.push(r).is_err() {
            let mut all = r;
            for o in self.rects.iter() {
                all = union(all, *o);
            }
            self.rects.clear();
            let _ = self.rects.push(all);
        }
    }
}

fn union(a: Rectangle, b: Rectangle) -> Rectangle {
    let x0 = a.top_left.x.min(b.top_left.x);
    let y0 = a.top_left.y.min(b.top_left.y);
    let x1 = (a.top_left.x + a.size.width as i32).max(b.top_left.x + b.size.width as i32);
    let y1 = (a.top_left.y + a.size.height as i32).max(b.top_left.y + b.size.height as i32);
    layout::rect(x0, y0, x1 - x0, y1 - y0)
}

/// The kiosk app. See the crate docs.
#[derive(Clone, Debug)]
pub struct App {
    settings: Settings,
    size: Size,
    session: Session<'static>,
    mode: Mode,
    page: u8,
    pages: u8,
    shape: u8,
    /// The most taps left from the current question (progress bar).
    remaining: u8,
    now: u64,
    last_input: u64,
    warning_since: Option<u64>,
    shown_secs: u8,
    /// The current page's QR code, encoded when the page was laid out.
    qr: qr::Modules,
    block_until: u64,
    pressed: Option<ButtonId>,
    /// When the finger came down on `pressed`.
    pressed_at: u64,
    /// Whether `pressed` is drawn pressed yet ([`PRESS_FEEDBACK_MS`]).
    press_shown: bool,
    focus: Option<u8>,
    keyboard: bool,
    buttons: heapless::Vec<Button, MAX_BUTTONS>,
    dirty: Dirty,
    /// What the display shows, row by row (see [`Shown`]).
    shown: core::cell::RefCell<Shown>,
    /// Wrapped text sizes, so a screen is wrapped once, not per band.
    memo: core::cell::RefCell<text::Memo>,
    admin: admin::Admin,
}

/// A hash of every display row, and of every tile (a band's rows in one
/// of [`STRIPS`] column strips), as last sent, so a draw sends only the
/// parts of rows whose pixels differ: between two screens the top bar, the
/// Back and Start over buttons and the answer grid are often the same. A
/// part of a row is sent when both its row and its tile changed.
///
/// Rows and tiles are compared by a 32-bit hash of their 4-bit pixels: two
/// different contents pass for the same with a chance of about 1 in 4
/// billion (that part then keeps its old pixels until it changes again or
/// the screen is invalidated). Rows and tiles past the capacities
/// ([`MAX_ROWS`], [`MAX_TILES`]) and those never sent are always sent.
#[derive(Clone, Debug)]
struct Shown {
    rows: Hashes<MAX_ROWS, { MAX_ROWS.div_ceil(8) }>,
    tiles: Hashes<MAX_TILES, { MAX_TILES.div_ceil(8) }>,
}

/// `N` hashes, each with a bit saying whether it is known.
#[derive(Clone, Debug)]
struct Hashes<const N: usize, const B: usize> {
    hash: [u32; N],
    known: [u8; B],
}

impl<const N: usize, const B: usize> Hashes<N, B> {
    const NONE: Self = Hashes {
        hash: [0; N],
        known: [0; B],
    };

    /// Records that entry `i` now hashes to `h`; `true` if that differs
    /// from what it was (or was unknown).
    fn update(&mut self, i: usize, h: u32) -> bool {
        let (Some(slot), Some(known)) = (self.hash.get_mut(i), self.known.get_mut(i / 8)) else {
            return true;
        };
        let bit = 1u8 << (i % 8);
        let same = *known & bit != 0 && *slot == h;
        *slot = h;
        *known |= bit;
        !same
    }

    fn forget(&mut self) {
        self.known = [0; B];
    }
}

impl Shown {
    const NONE: Shown = Shown {
        rows: Hashes::NONE,
        tiles: Hashes::NONE,
    };

    fn forget(&mut self) {
        self.rows.forget();
        self.tiles.forget();
    }
}

impl App {
    /// Bytes of [`App`] that remember what the display shows (a hash per
    /// row and per tile, see [`App::draw`]); they grow with the largest
    /// screen size compiled in ([`config::MAX_ROWS`], [`config::MAX_TILES`]).
    pub const DISPLAY_MEMORY: usize = core::mem::size_of::<core::cell::RefCell<Shown>>();

    /// Bytes of [`App`] that hold the current page's QR code, one bit a
    /// module, sized for the largest code ([`config::MAX_QR_VERSION`]):
    /// encoded once when the page is laid out, not for every draw.
    pub const QR_MEMORY: usize = core::mem::size_of::<qr::Modules>();

    /// A new app on a display of `size`, at the welcome screen (or the
    /// out-of-order screen if the content fails its checks).
    pub fn new(settings: Settings, size: Size) -> App {
        let (checked, mode) = match content::checked() {
            Ok(c) => (c, Mode::Welcome),
            Err(_) => (fallback::checked(), Mode::OutOfOrder),
        };
        let language = settings.language;
        let stored = admin::Admin::stored_from(&settings);
        let mut app = App {
            settings,
            size,
            session: Session::new(checked, language),
            mode,
            page: 0,
            pages: 1,
            shape: 0,
            remaining: 0,
            now: 0,
            last_input: 0,
            warning_since: None,
            shown_secs: 0,
            qr: qr::Modules::NONE,
            block_until: 0,
            pressed: None,
            pressed_at: 0,
            press_shown: false,
            focus: None,
            keyboard: false,
            buttons: heapless::Vec::new(),
            dirty: Dirty {
                full: true,
                rects: heapless::Vec::new(),
            },
            shown: core::cell::RefCell::new(Shown::NONE),
            memo: core::cell::RefCell::new(text::Memo::new()),
            admin: admin::Admin::new(
                stored,
                spotcheck_store::Counters::default(),
                spotcheck_store::Health::Ok,
            ),
        };
        app.enter(0);
        app.block_until = 0;
        app
    }

    /// The screen showing now.
    pub fn screen(&self) -> Screen {
        if self.warning_since.is_some() {
            return Screen::StillThere;
        }
        match self.mode {
            Mode::Welcome => Screen::Welcome,
            Mode::OutOfOrder => Screen::OutOfOrder,
            Mode::Admin => Screen::Admin(self.admin.screen),
            Mode::Triage => match (self.session.question_index(), self.session.outcome_index()) {
                (Some(q), _) => Screen::Question(q),
                (None, Some(o)) => match self.session.step() {
                    Step::Outcome(out)
                        if out.disposition == spotcheck_core::Disposition::Emergency =>
                    {
                        Screen::Emergency(o)
                    }
                    _ => Screen::Result {
                        outcome: o,
                        page: self.page,
                    },
                },
                (None, None) => Screen::Welcome,
            },
        }
    }

    /// The buttons of the current screen.
    pub fn buttons(&self) -> &[Button] {
        &self.buttons
    }

    /// The customer's session.
    pub fn session(&self) -> &Session<'static> {
        &self.session
    }

    /// The pharmacy's settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The display size the layout is computed for.
    pub fn size(&self) -> Size {
        self.size
    }

    /// The index in [`App::buttons`] of the focused button, if the focus
    /// ring is showing.
    pub fn focus(&self) -> Option<usize> {
        self.focus.map(usize::from)
    }

    /// The latest time the app has been given.
    pub fn now(&self) -> u64 {
        self.now
    }

    /// How many result pages the current result has.
    pub fn pages(&self) -> u8 {
        self.pages
    }

    /// Handles one event at time `now_ms` and says what needs redrawing.
    pub fn handle(&mut self, event: Event, now_ms: u64) -> Redraw {
        self.clock(now_ms);
        match event {
            Event::Tick => {}
            Event::TouchDown(p) => {
                self.last_input = self.now;
                self.touch_down(p);
            }
            Event::TouchUp(p) => {
                self.last_input = self.now;
                self.touch_up(p);
            }
            Event::Key(k) => {
                self.last_input = self.now;
                self.key(k);
            }
        }
        self.admin_event(&event);
        self.press_feedback();
        self.idle();
        self.redraw()
    }

    /// Marks the whole screen for redrawing (after the display was reset,
    /// or to take a screenshot into a fresh target).
    pub fn invalidate(&mut self) {
        self.shown.get_mut().forget();
        self.dirty.full = true;
        self.dirty.rects.clear();
    }

    /// What the next [`App::draw`] will draw.
    pub fn redraw(&self) -> Redraw {
        if self.dirty.full {
            Redraw::Full
        } else if self.dirty.rects.is_empty() {
            Redraw::None
        } else {
            Redraw::Partial
        }
    }

    /// Draws what changed since the last draw, sending every pixel of each
    /// changed region at most once.
    ///
    /// The changed regions (the whole screen after a screen change) are
    /// painted band by band; of each band only the rows whose pixels
    /// differ from what the display shows, in the column strips that
    /// differ, are sent (see `Shown`). After [`App::invalidate`] everything
    /// is sent.
    pub fn draw<D>(&mut self, target: &mut D) -> Result<(), D::Error>
    where
        D: DrawTarget,
        D::Color: PixelColor + From<Rgb888>,
    {
        let screen = layout::metrics(self.size).screen();
        let mut regions: heapless::Vec<Rectangle, MAX_DIRTY> = heapless::Vec::new();
        if self.dirty.full {
            let _ = regions.push(screen);
        } else {
            regions = self.dirty.rects.clone();
        }
        self.dirty.full = false;
        self.dirty.rects.clear();
        self.draw_regions(target, &regions, self.qr.code())
    }

    #[inline(never)]
    fn draw_regions<D>(
        &self,
        target: &mut D,
        regions: &[Rectangle],
        code: Option<&qr::Modules>,
    ) -> Result<(), D::Error>
    where
        D: DrawTarget,
        D::Color: PixelColor + From<Rgb888>,
    {
        let palette: [D::Color; 16] = core::array::from_fn(|i| theme::PALETTE[i].into());
        let mut buf = [0u8; BAND_BYTES];
        let screen = layout::metrics(self.size).screen();
        let (Some(top), Some(bottom)) = (
            regions.iter().map(|r| r.top_left.y).min(),
            regions
                .iter()
                .map(|r| r.top_left.y + r.size.height as i32)
                .max(),
        ) else {
            return Ok(());
        };
        // Bands on a fixed grid from the top of the screen, so each band
        // is the same set of tiles in every draw.
        // (At most 32 rows a band, one bit each in `changed_rows`.)
        let per_band = ((BAND_BYTES * 2) as u32 / screen.size.width.max(1)).clamp(1, 32) as i32;
        let first = top.max(0) / per_band;
        let rows = layout::rect(
            0,
            first * per_band,
            screen.size.width as i32,
            bottom - first * per_band,
        );
        // Strips an even number of pixels wide, so each starts on a byte.
        let strip = (screen.size.width.div_ceil(STRIPS as u32).max(1) as i32 + 1) & !1;
        let mut shown = self.shown.borrow_mut();
        let band_pixels = per_band as usize * screen.size.width as usize;
        for (k, band) in canvas::bands(rows, band_pixels).enumerate() {
            let mut c = canvas::Canvas::with_memo(band, &mut buf, &self.memo);
            view::paint(self, code, &mut c);
            let end = band.top_left.y + band.size.height as i32;
            // Which rows of the band any region covers, and which changed.
            let mut changed_rows = 0u32;
            let mut tiles = [0x811C_9DC5u32; STRIPS];
            for y in band.top_left.y..end {
                let covered = regions
                    .iter()
                    .any(|r| y >= r.top_left.y && y < r.top_left.y + r.size.height as i32);
                let row = c.row_hash(y, strip, &mut tiles);
                if covered && shown.rows.update(y as usize, row) {
                    changed_rows |= 1 << (y - band.top_left.y);
                }
            }
            let band_index = (first as usize + k) * STRIPS;
            let mut strips = 0u32;
            for (s, h) in tiles.iter().enumerate() {
                if shown.tiles.update(band_index + s, *h) {
                    strips |= 1 << s;
                }
            }
            // Send each run of changed rows, within each region, in the
            // changed strips only (adjacent strips merged).
            let mut y = band.top_left.y;
            while y < end {
                let changed = |y: i32| changed_rows & (1 << (y - band.top_left.y)) != 0;
                if !changed(y) {
                    y += 1;
                    continue;
                }
                let from = y;
                while y < end && changed(y) {
                    y += 1;
                }
                let mut s = 0;
                while s < STRIPS {
                    if strips & (1 << s) == 0 {
                        s += 1;
                        continue;
                    }
                    let s0 = s;
                    while s < STRIPS && strips & (1 << s) != 0 {
                        s += 1;
                    }
                    let cols =
                        layout::rect(s0 as i32 * strip, from, (s - s0) as i32 * strip, y - from);
                    for r in regions {
                        c.send(&r.intersection(&cols), &palette, target)?;
                    }
                }
            }
        }
        Ok(())
    }

    // ── time ─────────────────────────────────────────────────────────────

    fn clock(&mut self, now: u64) {
        if now < self.now {
            // The clock went backwards (a reset or a wrapped counter):
            // restart every timer from the new time.
            self.last_input = now;
            if self.warning_since.is_some() {
                self.warning_since = Some(now);
            }
            self.block_until = self.block_until.min(now.saturating_add(DEBOUNCE_MS));
        }
        self.now = now;
    }

    fn idle_limit(&self) -> Option<u64> {
        match self.screen() {
            Screen::Welcome | Screen::OutOfOrder | Screen::StillThere | Screen::Admin(_) => None,
            Screen::Emergency(_) => Some(EMERGENCY_IDLE_MS),
            _ => Some(self.settings.idle_timeout_ms.max(MIN_IDLE_MS) as u64),
        }
    }

    fn idle(&mut self) {
        if let Some(since) = self.warning_since {
            let elapsed = self.now.saturating_sub(since);
            if elapsed >= COUNTDOWN_MS {
                self.wipe();
            } else {
                let secs = (COUNTDOWN_MS - elapsed).div_ceil(1000) as u8;
                if secs != self.shown_secs {
                    self.shown_secs = secs;
                    if let Some(r) = view::countdown_area(self) {
                        self.dirty_add(r);
                    }
                }
            }
            return;
        }
        let idle_for = self.now.saturating_sub(self.last_input);
        if self.mode == Mode::Welcome {
            // Nothing to wipe; only a language choice is undone.
            let limit = self.settings.idle_timeout_ms.max(MIN_IDLE_MS) as u64;
            if idle_for >= limit && self.session.language() != self.settings.language {
                self.session.set_language(self.settings.language);
                self.enter(self.now);
            }
            return;
        }
        if let Some(limit) = self.idle_limit() {
            if idle_for >= limit {
                // Even after a jump of the clock the warning starts now and
                // runs its full countdown.
                self.warning_since = Some(self.now);
                self.shown_secs = (COUNTDOWN_MS / 1000) as u8;
                self.enter(self.now);
            }
        }
    }

    /// Wipes the session and returns to the welcome screen.
    fn wipe(&mut self) {
        self.session_ends();
        self.session.restart();
        self.session.set_language(self.settings.language);
        self.warning_since = None;
        if self.mode != Mode::OutOfOrder {
            self.mode = Mode::Welcome;
        }
        self.last_input = self.now;
        self.enter(self.now);
    }

    // ── input ────────────────────────────────────────────────────────────

    fn button_at(&self, p: Point) -> Option<(usize, ButtonId)> {
        self.buttons
            .iter()
            .enumerate()
            .find(|(_, b)| b.rect.contains(p))
            .map(|(i, b)| (i, b.id))
    }

    fn touch_down(&mut self, p: Point) {
        self.release();
        if self.now < self.block_until {
            return;
        }
        if let Some((_, id)) = self.button_at(p) {
            self.pressed = Some(id);
            self.pressed_at = self.now;
        }
    }

    /// Lets go of the pressed button (redrawn if it was drawn pressed).
    fn release(&mut self) -> Option<ButtonId> {
        let id = self.pressed.take()?;
        if core::mem::take(&mut self.press_shown) {
            self.dirty_button(id);
        }
        Some(id)
    }

    /// Draws the pressed button pressed once the finger has stayed
    /// [`PRESS_FEEDBACK_MS`].
    fn press_feedback(&mut self) {
        if let Some(id) = self.pressed {
            if !self.press_shown && self.now >= self.pressed_at.saturating_add(PRESS_FEEDBACK_MS) {
                self.press_shown = true;
                self.dirty_button(id);
            }
        }
    }

    fn touch_up(&mut self, p: Point) {
        let Some(id) = self.release() else {
            return;
        };
        if self.now < self.block_until {
            return;
        }
        if self.button_at(p).map(|(_, b)| b) == Some(id) {
            self.activate(id);
        }
    }

    fn key(&mut self, k: Key) {
        let n = self.buttons.len();
        let old = self.focus;
        self.keyboard = true;
        match k {
            Key::Next | Key::Previous => {
                if n == 0 {
                    return;
                }
                let next = match (old, k) {
                    (None, _) => 0,
                    (Some(i), Key::Next) => (i as usize + 1) % n,
                    (Some(i), _) => (i as usize + n - 1) % n,
                };
                self.focus = Some(next as u8);
                if let Some(i) = old {
                    self.dirty_focus(i as usize);
                }
                self.dirty_focus(next);
            }
            Key::Select => {
                if self.now < self.block_until {
                    return;
                }
                match old.and_then(|i| self.buttons.get(i as usize)) {
                    Some(b) => self.activate(b.id),
                    None if n > 0 => {
                        self.focus = Some(0);
                        self.dirty_focus(0);
                    }
                    None => {}
                }
            }
            Key::Back => {
                if self.now < self.block_until {
                    return;
                }
                let back = if self.screen() == Screen::StillThere {
                    ButtonId::Continue
                } else {
                    ButtonId::Back
                };
                if self.buttons.iter().any(|b| b.id == back) {
                    self.activate(back);
                }
            }
        }
    }

    fn activate(&mut self, id: ButtonId) {
        if self.mode == Mode::Admin {
            self.admin_activate(id);
            return;
        }
        match id {
            ButtonId::Start => {
                self.session_ends();
                self.session.restart();
                self.mode = Mode::Triage;
            }
            ButtonId::Language(l) => {
                self.session.set_language(l);
            }
            ButtonId::Answer(i) => {
                if self.session.answer(i).is_err() {
                    return;
                }
            }
            ButtonId::Back => {
                if self.session.back().is_err() {
                    self.session_ends();
                    self.mode = Mode::Welcome;
                }
            }
            ButtonId::StartOver => {
                self.session_ends();
                self.session.restart();
                self.mode = Mode::Triage;
            }
            ButtonId::Continue => {
                self.warning_since = None;
                self.last_input = self.now;
            }
            ButtonId::NextPage => {
                if self.page + 1 >= self.pages {
                    return;
                }
                self.page += 1;
                self.enter_page();
                return;
            }
            ButtonId::PrevPage => {
                if self.page == 0 {
                    return;
                }
                self.page -= 1;
                self.enter_page();
                return;
            }
            ButtonId::Finish => {
                self.wipe();
                return;
            }
            ButtonId::Admin(_) => return,
        }
        self.page = 0;
        self.enter(self.now);
    }

    fn enter_page(&mut self) {
        let page = self.page;
        // `enter` keeps a page that exists and lays it out; lay out again
        // only for a page that no longer does (each layout of the QR page
        // encodes its code).
        self.enter(self.now);
        let page = page.min(self.pages.saturating_sub(1));
        if page != self.page {
            self.page = page;
            self.layout();
        }
    }

    /// A new screen: new layout, focus reset, input held off briefly.
    fn enter(&mut self, now: u64) {
        self.pressed = None;
        self.press_shown = false;
        self.block_until = now.saturating_add(DEBOUNCE_MS);
        self.dirty.full = true;
        self.dirty.rects.clear();
        self.pages = view::pages(self);
        if self.page >= self.pages {
            self.page = 0;
        }
        self.layout();
        self.focus = if self.keyboard && !self.buttons.is_empty() {
            Some(0)
        } else {
            None
        };
        self.track_session();
    }

    fn layout(&mut self) {
        self.shape = view::shape(self);
        self.remaining = view::remaining_taps(self);
        self.buttons = view::buttons(self);
        // The QR code is encoded once, when the page showing it is laid
        // out; draws only paint it.
        if view::qr_area(self).is_some() {
            self.qr.encode(&self.session);
        } else {
            self.qr.clear();
        }
    }

    fn dirty_add(&mut self, r: Rectangle) {
        let screen = layout::metrics(self.size).screen();
        self.dirty.add(r, screen);
    }

    fn dirty_button(&mut self, id: ButtonId) {
        if let Some(b) = self.buttons.iter().find(|b| b.id == id) {
            let r = view::ring_area(self, b.rect);
            self.dirty_add(r);
        }
    }

    fn dirty_focus(&mut self, i: usize) {
        if let Some(b) = self.buttons.get(i) {
            let r = view::ring_area(self, b.rect);
            self.dirty_add(r);
        }
    }

    pub(crate) fn mode_is_welcome(&self) -> bool {
        self.mode == Mode::Welcome
    }

    pub(crate) fn shape_code(&self) -> u8 {
        self.shape
    }

    /// The button drawn pressed, if any.
    pub(crate) fn pressed(&self) -> Option<ButtonId> {
        self.pressed.filter(|_| self.press_shown)
    }

    /// The height `text` takes wrapped at `width` (through the memo).
    pub(crate) fn text_height(&self, text: &str, font: &'static text::Font, width: u32) -> u32 {
        match self.memo.try_borrow_mut() {
            Ok(mut m) => m.height(text, font, width),
            Err(_) => text::height(text, font, width),
        }
    }

    pub(crate) fn remaining_taps(&self) -> u8 {
        self.remaining
    }

    pub(crate) fn shown_secs(&self) -> u8 {
        self.shown_secs
    }
}
