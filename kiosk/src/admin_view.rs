//! What the admin screens look like: their buttons, their words in every
//! language, and how they are painted.
//!
//! Like `view`, everything here is a pure function of the app state and
//! the display size, painted through the band compositor, so the admin
//! screens keep the kiosk's rules: every pixel sent once per frame, every
//! text checked against its box, touch targets at least 48 px at 320x240,
//! and the same focus ring and key navigation as the customer's screens.

use crate::admin::{AdminButton, AdminScreen, Note, NumberProblem, IDLE_PRESETS_S, LETTER_KEYS};
use crate::canvas::Canvas;
use crate::layout::{rect, Metrics};
use crate::text::{self, Align, Font};
use crate::theme::{self, Ink};
use crate::{App, Button, ButtonId, MAX_BUTTONS};
use core::fmt::Write as _;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::{Circle, PrimitiveStyle, Rectangle};
use spotcheck_core::content::kiosk;
use spotcheck_core::{Language, Text};
use spotcheck_store::{Health, PRESETS};

type Buttons = heapless::Vec<Button, MAX_BUTTONS>;

// ── Words ────────────────────────────────────────────────────────────────

const ADMIN: Text = kiosk::ADMIN_ADMIN;
const ENTER_PIN: Text = kiosk::ADMIN_ENTER_PIN;
const PIN_HINT: Text = kiosk::ADMIN_PIN_HINT;
const NEW_PIN: Text = kiosk::ADMIN_NEW_PIN;
const NEW_PIN_FORCED: Text = kiosk::ADMIN_NEW_PIN_FORCED;
const CONFIRM_PIN: Text = kiosk::ADMIN_CONFIRM_PIN;
const LOCKED: Text = kiosk::ADMIN_LOCKED;
const LOCKED_LINE: Text = kiosk::ADMIN_LOCKED_LINE;
const MINUTES: Text = kiosk::ADMIN_MINUTES;
const EXIT: Text = kiosk::ADMIN_EXIT;
const OK: Text = kiosk::ADMIN_OK;
const DELETE: Text = kiosk::ADMIN_DELETE;
const SPACE: Text = kiosk::ADMIN_SPACE;
/// "Space" where a key is narrow (320 px wide screens).
const SPACE_SHORT: Text = kiosk::ADMIN_SPACE_SHORT;
const OTHER: Text = kiosk::ADMIN_OTHER;
const RESET: Text = kiosk::ADMIN_RESET;
const CONFIRM_RESET: Text = kiosk::ADMIN_CONFIRM_RESET;

const M_EMERGENCY: Text = kiosk::ADMIN_M_EMERGENCY;
const M_LANGUAGE: Text = kiosk::ADMIN_M_LANGUAGE;
const M_IDLE: Text = kiosk::ADMIN_M_IDLE;
const M_NAME: Text = kiosk::ADMIN_M_NAME;
const M_PIN: Text = kiosk::ADMIN_M_PIN;
const M_COUNTERS: Text = kiosk::ADMIN_M_COUNTERS;
const M_STATUS: Text = kiosk::ADMIN_M_STATUS;
const M_TOUCH: Text = kiosk::ADMIN_M_TOUCH;

const CALLS_GO_TO: Text = kiosk::ADMIN_CALLS_GO_TO;
const TYPE_NUMBER: Text = kiosk::ADMIN_TYPE_NUMBER;
const NUMBER_HINT: Text = kiosk::ADMIN_NUMBER_HINT;
const LANGUAGE_LINE: Text = kiosk::ADMIN_LANGUAGE_LINE;
const IDLE_LINE: Text = kiosk::ADMIN_IDLE_LINE;
const NOW: Text = kiosk::ADMIN_NOW;
const NAME_HINT: Text = kiosk::ADMIN_NAME_HINT;
const SESSIONS: Text = kiosk::ADMIN_SESSIONS;
const RESULTS: Text = kiosk::ADMIN_RESULTS;
const C_STARTED: Text = kiosk::ADMIN_C_STARTED;
const C_FINISHED: Text = kiosk::ADMIN_C_FINISHED;
const C_ABANDONED: Text = kiosk::ADMIN_C_ABANDONED;
const C_EMERGENCY_SCREENS: Text = kiosk::ADMIN_C_EMERGENCY_SCREENS;
const C_EMERGENCY: Text = kiosk::ADMIN_C_EMERGENCY;
const C_URGENT: Text = kiosk::ADMIN_C_URGENT;
const C_DOCTOR: Text = kiosk::ADMIN_C_DOCTOR;
const C_PHARMACIST: Text = kiosk::ADMIN_C_PHARMACIST;
const C_SELF_CARE: Text = kiosk::ADMIN_C_SELF_CARE;
const COUNTERS_NOTE: Text = kiosk::ADMIN_COUNTERS_NOTE;
const RESET_LINE: Text = kiosk::ADMIN_RESET_LINE;
const STATUS_OK: Text = kiosk::ADMIN_STATUS_OK;
const STATUS_OK_LINE: Text = kiosk::ADMIN_STATUS_OK_LINE;
const STATUS_EMPTY: Text = kiosk::ADMIN_STATUS_EMPTY;
const STATUS_EMPTY_LINE: Text = kiosk::ADMIN_STATUS_EMPTY_LINE;
const STATUS_BAD: Text = kiosk::ADMIN_STATUS_BAD;
const STATUS_BAD_LINE: Text = kiosk::ADMIN_STATUS_BAD_LINE;
const STATUS_FOREIGN: Text = kiosk::ADMIN_STATUS_FOREIGN;
const WARN_EMPTY: Text = kiosk::ADMIN_WARN_EMPTY;
const WARN_BAD: Text = kiosk::ADMIN_WARN_BAD;
const CONTENT_VERSION: Text = kiosk::ADMIN_CONTENT_VERSION;
const SOFTWARE_VERSION: Text = kiosk::ADMIN_SOFTWARE_VERSION;
const CALIBRATE_LINE: Text = kiosk::ADMIN_CALIBRATE_LINE;
const CALIBRATE_CANCEL: Text = kiosk::ADMIN_CALIBRATE_CANCEL;
const OF: Text = kiosk::ADMIN_OF;

const N_WRONG_PIN: Text = kiosk::ADMIN_N_WRONG_PIN;
const N_PIN_FORMAT: Text = kiosk::ADMIN_N_PIN_FORMAT;
const N_PIN_FACTORY: Text = kiosk::ADMIN_N_PIN_FACTORY;
const N_PIN_MISMATCH: Text = kiosk::ADMIN_N_PIN_MISMATCH;
const N_PIN_CHANGED: Text = kiosk::ADMIN_N_PIN_CHANGED;
const N_EMPTY: Text = kiosk::ADMIN_N_EMPTY;
const N_NOT_DIGITS: Text = kiosk::ADMIN_N_NOT_DIGITS;
const N_TOO_LONG: Text = kiosk::ADMIN_N_TOO_LONG;
const N_SAVED: Text = kiosk::ADMIN_N_SAVED;
const N_CAL_FAILED: Text = kiosk::ADMIN_N_CAL_FAILED;
const N_CALIBRATED: Text = kiosk::ADMIN_N_CALIBRATED;
const N_RESET: Text = kiosk::ADMIN_N_RESET;

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const IDLE_LABELS: [&str; 6] = ["30 s", "60 s", "90 s", "2 min", "5 min", "10 min"];

fn lang(app: &App) -> Language {
    app.session().language()
}

fn menu_items() -> [(AdminScreen, Text); 8] {
    [
        (AdminScreen::Emergency, M_EMERGENCY),
        (AdminScreen::Language, M_LANGUAGE),
        (AdminScreen::Idle, M_IDLE),
        (AdminScreen::Name, M_NAME),
        (AdminScreen::NewPin { forced: false }, M_PIN),
        (AdminScreen::Counters, M_COUNTERS),
        (AdminScreen::Status, M_STATUS),
        (AdminScreen::Calibrate(0), M_TOUCH),
    ]
}

fn title(screen: AdminScreen) -> Text {
    match screen {
        AdminScreen::Pin => ENTER_PIN,
        AdminScreen::Locked => LOCKED,
        AdminScreen::NewPin { .. } => NEW_PIN,
        AdminScreen::ConfirmPin { .. } => CONFIRM_PIN,
        AdminScreen::Menu => ADMIN,
        AdminScreen::Emergency => M_EMERGENCY,
        AdminScreen::Number => TYPE_NUMBER,
        AdminScreen::Language => M_LANGUAGE,
        AdminScreen::Idle => M_IDLE,
        AdminScreen::Name => M_NAME,
        AdminScreen::Counters | AdminScreen::ResetCounters => M_COUNTERS,
        AdminScreen::Status => M_STATUS,
        AdminScreen::Calibrate(_) => M_TOUCH,
    }
}

fn note_text(n: Note) -> (Text, Ink) {
    match n {
        Note::WrongPin { .. } => (N_WRONG_PIN, theme::RED),
        Note::PinFormat => (N_PIN_FORMAT, theme::RED),
        Note::PinIsFactory => (N_PIN_FACTORY, theme::RED),
        Note::PinMismatch => (N_PIN_MISMATCH, theme::RED),
        Note::PinChanged => (N_PIN_CHANGED, theme::BLUE),
        Note::Number(NumberProblem::Empty) => (N_EMPTY, theme::RED),
        Note::Number(NumberProblem::NotDigits) => (N_NOT_DIGITS, theme::RED),
        Note::Number(NumberProblem::TooLong) => (N_TOO_LONG, theme::RED),
        Note::Saved => (N_SAVED, theme::BLUE),
        Note::CalibrationFailed => (N_CAL_FAILED, theme::RED),
        Note::Calibrated => (N_CALIBRATED, theme::BLUE),
        Note::CountersReset => (N_RESET, theme::BLUE),
    }
}

/// The note as one line of text (with the tries left, if any).
fn note_string(n: Note, l: Language) -> (heapless::String<96>, Ink) {
    let (t, ink) = note_text(n);
    let mut s = heapless::String::new();
    let _ = s.push_str(t.get(l));
    if let Note::WrongPin { left } = n {
        let _ = write!(s, " {left}");
    }
    (s, ink)
}

// ── Layout ───────────────────────────────────────────────────────────────

/// The PIN / number / name pad: a text panel on the left with Back at its
/// foot, and twelve keys in a 3 x 4 grid on the right.
struct Keypad {
    left: Rectangle,
    keys: [Rectangle; 12],
    back: Rectangle,
}

fn keypad(m: &Metrics) -> Keypad {
    let kh = ((m.h - 2 * m.pad - 3 * m.gap) / 4).min(m.tap as i32 * 3 / 2);
    let kw = ((m.w - 2 * m.pad - 2 * m.gap) * 58 / 100 / 3).min(m.tap as i32 * 2);
    let gx = m.w - m.pad - (3 * kw + 2 * m.gap);
    let gy = m.h - m.pad - (4 * kh + 3 * m.gap);
    let keys = core::array::from_fn(|i| {
        let (row, col) = ((i / 3) as i32, (i % 3) as i32);
        rect(gx + col * (kw + m.gap), gy + row * (kh + m.gap), kw, kh)
    });
    let lw = gx - m.gap - m.pad;
    Keypad {
        left: rect(m.pad, m.pad, lw, m.h - 2 * m.pad - m.tap as i32 - m.gap),
        keys,
        back: rect(m.pad, m.h - m.pad - m.tap as i32, lw, m.tap as i32),
    }
}

fn is_keypad(s: AdminScreen) -> bool {
    matches!(
        s,
        AdminScreen::Pin
            | AdminScreen::NewPin { .. }
            | AdminScreen::ConfirmPin { .. }
            | AdminScreen::Number
            | AdminScreen::Name
    )
}

/// Content below the top bar, down to `bottom`.
fn content(m: &Metrics, bottom: i32) -> Rectangle {
    m.content(bottom)
}

/// The menu: an optional warning line, then eight buttons in a 3 x 3 grid.
fn menu_layout(app: &App, m: &Metrics) -> (Option<Rectangle>, [Rectangle; 8]) {
    let area = content(m, m.h - m.pad + m.gap);
    let warn = warning(app.store_health()).map(|_| {
        rect(
            area.top_left.x,
            area.top_left.y,
            area.size.width as i32,
            m.small.pitch as i32,
        )
    });
    let top = area.top_left.y + warn.map(|w| w.size.height as i32 + m.gap / 2).unwrap_or(0);
    let avail = area.top_left.y + area.size.height as i32 - top;
    let rh = ((avail - 2 * m.gap) / 3).min(m.tap as i32 * 3 / 2);
    let cw = (area.size.width as i32 - 2 * m.gap) / 3;
    let cells = core::array::from_fn(|i| {
        let (row, col) = ((i / 3) as i32, (i % 3) as i32);
        rect(
            area.top_left.x + col * (cw + m.gap),
            top + row * (rh + m.gap),
            cw,
            rh,
        )
    });
    (warn, cells)
}

fn warning(h: Health) -> Option<Text> {
    match h {
        Health::Ok => None,
        Health::Empty => Some(WARN_EMPTY),
        _ => Some(WARN_BAD),
    }
}

/// Two rows of three cells at the foot of the screen.
fn two_rows(m: &Metrics, i: usize) -> Rectangle {
    let tap = m.tap as i32;
    let top = m.h - m.pad - 2 * tap - m.gap;
    let row = rect(
        m.pad,
        top + (i / 3) as i32 * (tap + m.gap),
        m.w - 2 * m.pad,
        tap,
    );
    m.split(row, 3, i % 3)
}

fn two_rows_top(m: &Metrics) -> i32 {
    m.h - m.pad - 2 * m.tap as i32 - m.gap
}

pub(crate) fn buttons(app: &App, m: &Metrics, screen: AdminScreen) -> Buttons {
    let l = lang(app);
    let mut b = Buttons::new();
    let mut add = |id, rect| {
        let _ = b.push(Button { id, rect });
    };
    let back = |add: &mut dyn FnMut(ButtonId, Rectangle)| {
        add(ButtonId::Back, m.bar_left(crate::strings::BACK.get(l)));
    };
    match screen {
        s if is_keypad(s) => {
            let k = keypad(m);
            for (i, r) in k.keys.iter().enumerate() {
                let id = match (s, i) {
                    (_, 9) => AdminButton::Delete,
                    (AdminScreen::Name, 10) => AdminButton::Space,
                    (_, 10) => AdminButton::Digit(0),
                    (_, 11) => AdminButton::Ok,
                    (AdminScreen::Name, i) => AdminButton::Letters(i as u8),
                    (_, i) => AdminButton::Digit(i as u8 + 1),
                };
                add(ButtonId::Admin(id), *r);
            }
            add(ButtonId::Back, k.back);
        }
        AdminScreen::Locked | AdminScreen::Status => back(&mut add),
        AdminScreen::Menu => {
            add(ButtonId::Admin(AdminButton::Exit), m.bar_left(EXIT.get(l)));
            let (_, cells) = menu_layout(app, m);
            for ((s, _), r) in menu_items().iter().zip(cells.iter()) {
                add(ButtonId::Admin(AdminButton::Open(*s)), *r);
            }
        }
        AdminScreen::Emergency => {
            let row = m.bottom_row();
            for i in 0..PRESETS.len() {
                add(
                    ButtonId::Admin(AdminButton::Preset(i as u8)),
                    m.split(row, 4, i),
                );
            }
            add(
                ButtonId::Admin(AdminButton::OtherNumber),
                m.split(row, 4, 3),
            );
            back(&mut add);
        }
        AdminScreen::Language => {
            let row = m.bottom_row();
            let all = Language::ALL;
            for (i, lg) in all.iter().enumerate() {
                add(
                    ButtonId::Admin(AdminButton::Lang(*lg)),
                    m.split(row, all.len(), i),
                );
            }
            back(&mut add);
        }
        AdminScreen::Idle => {
            for i in 0..IDLE_PRESETS_S.len() {
                add(ButtonId::Admin(AdminButton::Idle(i as u8)), two_rows(m, i));
            }
            back(&mut add);
        }
        AdminScreen::Counters => {
            back(&mut add);
            add(
                ButtonId::Admin(AdminButton::Reset),
                m.bar_right(RESET.get(l)),
            );
        }
        AdminScreen::ResetCounters => {
            add(ButtonId::Admin(AdminButton::ConfirmReset), m.bottom_row());
            back(&mut add);
        }
        AdminScreen::Calibrate(_) => {}
        _ => back(&mut add),
    }
    b
}

pub(crate) fn label(app: &App, a: AdminButton) -> &'static str {
    let l = lang(app);
    match a {
        AdminButton::Digit(d) => DIGITS.get(d as usize).copied().unwrap_or(""),
        AdminButton::Letters(g) => LETTER_KEYS.get(g as usize).copied().unwrap_or(""),
        AdminButton::Space if app.size().width < 400 => SPACE_SHORT.get(l),
        AdminButton::Space => SPACE.get(l),
        AdminButton::Delete => DELETE.get(l),
        AdminButton::Ok => OK.get(l),
        AdminButton::Open(s) => menu_items()
            .iter()
            .find(|(x, _)| *x == s)
            .map(|(_, t)| t.get(l))
            .unwrap_or(""),
        AdminButton::Preset(i) => PRESETS.get(i as usize).copied().unwrap_or(""),
        AdminButton::OtherNumber => OTHER.get(l),
        AdminButton::Lang(x) => x.native_name(),
        AdminButton::Idle(i) => IDLE_LABELS.get(i as usize).copied().unwrap_or(""),
        AdminButton::Reset => RESET.get(l),
        AdminButton::ConfirmReset => CONFIRM_RESET.get(l),
        AdminButton::Exit => EXIT.get(l),
    }
}

/// Whether an admin button is drawn filled: OK, and the current choice.
pub(crate) fn primary(app: &App, a: AdminButton) -> bool {
    let s = app.stored_settings();
    match a {
        AdminButton::Ok => true,
        AdminButton::Preset(i) => PRESETS.get(i as usize) == Some(&s.emergency_number.as_str()),
        AdminButton::Lang(x) => s.language == x.into(),
        AdminButton::Idle(i) => IDLE_PRESETS_S.get(i as usize) == Some(&s.idle_timeout_s),
        _ => false,
    }
}

// ── Painting ─────────────────────────────────────────────────────────────

fn fill(c: &mut Canvas, r: Rectangle, ink: Ink) {
    let _ = c.fill_solid(&r, ink);
}

/// Text flowing down a box; anything that does not fit is recorded.
struct Flow {
    area: Rectangle,
    y: i32,
}

impl Flow {
    fn new(area: Rectangle) -> Flow {
        Flow {
            area,
            y: area.top_left.y,
        }
    }

    fn rest(&self) -> Rectangle {
        let bottom = self.area.top_left.y + self.area.size.height as i32;
        rect(
            self.area.top_left.x,
            self.y,
            self.area.size.width as i32,
            bottom - self.y,
        )
    }

    fn text(&mut self, c: &mut Canvas, s: &str, font: &'static Font, ink: Ink, align: Align) {
        let r = self.rest();
        if c.text_height(s, font, r.size.width) > r.size.height {
            c.overflowed(s, r, "admin text runs past the bottom of its area");
        }
        let h = text::paragraph(c, s, font, ink, r, align);
        self.y += h as i32;
    }

    fn space(&mut self, h: i32) {
        self.y += h;
    }
}

/// The top bar: panel, and `middle` between the bar's buttons.
fn bar(app: &App, c: &mut Canvas, m: &Metrics, middle: &str) {
    let bar = m.bar();
    if !c.touches(&bar) {
        return;
    }
    fill(c, bar, theme::PANEL);
    let (mut left, mut right) = (m.pad, m.w - m.pad);
    for b in app.buttons() {
        if b.rect.top_left.y == 0 {
            if b.rect.top_left.x < m.w / 2 {
                left = left.max(b.rect.top_left.x + b.rect.size.width as i32);
            } else {
                right = right.min(b.rect.top_left.x);
            }
        }
    }
    let mid = rect(left + m.gap, 0, right - left - 2 * m.gap, m.tap as i32);
    if !c.text_fits(middle, m.button_small, mid.size.width, 2)
        || c.text_height(middle, m.button_small, mid.size.width) > mid.size.height
    {
        c.overflowed(middle, mid, "admin top bar text does not fit");
    }
    text::centered(c, middle, m.button_small, theme::TEXT, mid);
}

pub(crate) fn paint(app: &App, screen: AdminScreen, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    fill(c, m.screen(), theme::PAPER);
    if is_keypad(screen) {
        paint_keypad(app, screen, c, m);
    } else {
        match screen {
            AdminScreen::Calibrate(n) => paint_calibrate(app, n, c, m),
            _ => {
                bar(app, c, m, title(screen).get(l));
                match screen {
                    AdminScreen::Locked => paint_locked(app, c, m),
                    AdminScreen::Menu => paint_menu(app, c, m),
                    AdminScreen::Emergency => paint_emergency(app, c, m),
                    AdminScreen::Language => {
                        let mut f = Flow::new(content(m, m.bottom_row().top_left.y));
                        f.text(c, LANGUAGE_LINE.get(l), m.body, theme::TEXT, Align::Left);
                        paint_note(app, c, m, &mut f);
                    }
                    AdminScreen::Idle => paint_idle(app, c, m),
                    AdminScreen::Counters => paint_counters(app, c, m),
                    AdminScreen::ResetCounters => {
                        let mut f = Flow::new(content(m, m.bottom_row().top_left.y));
                        f.text(c, RESET_LINE.get(l), m.title, theme::TEXT, Align::Left);
                    }
                    AdminScreen::Status => paint_status(app, c, m),
                    _ => {}
                }
            }
        }
    }
    crate::view::paint_buttons(app, c, m, false);
}

fn paint_note(app: &App, c: &mut Canvas, m: &Metrics, f: &mut Flow) {
    if let Some(n) = app.admin.note {
        let (s, ink) = note_string(n, lang(app));
        f.space(m.gap);
        f.text(c, &s, m.body, ink, Align::Left);
    }
}

/// Lines of `s` cut anywhere (not only at spaces) to fit `width`.
fn hard_lines<'a>(s: &'a str, font: &'static Font, width: u32) -> heapless::Vec<&'a str, 8> {
    let mut out = heapless::Vec::new();
    let mut start = 0;
    let mut last_fit = 0;
    for (i, ch) in s.char_indices() {
        let end = i + ch.len_utf8();
        if font.width(&s[start..end]) > width && last_fit > start {
            let _ = out.push(&s[start..last_fit]);
            start = last_fit;
        }
        last_fit = end;
    }
    if start < s.len() {
        let _ = out.push(&s[start..]);
    }
    out
}

fn paint_keypad(app: &App, screen: AdminScreen, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let k = keypad(m);
    let mut f = Flow::new(k.left);
    let head = match screen {
        AdminScreen::NewPin { forced: true } => NEW_PIN_FORCED,
        s => title(s),
    };
    let head_font = if matches!(screen, AdminScreen::NewPin { forced: true }) {
        m.body
    } else {
        m.title
    };
    f.text(c, head.get(l), head_font, theme::TEXT, Align::Left);
    f.space(m.gap);
    // The field: dots for a PIN, the digits of a number, the name so far.
    let entry = app.admin.entry.as_str();
    let (font, lines): (&'static Font, u32) = match screen {
        AdminScreen::Name => (m.body, 3),
        AdminScreen::Number => (m.title, 2),
        _ => (m.title, 1),
    };
    let inner_w = k.left.size.width.saturating_sub(2 * m.gap as u32);
    let field = rect(
        k.left.top_left.x,
        f.y,
        k.left.size.width as i32,
        (lines * font.pitch) as i32 + m.gap,
    );
    c.rounded(field, 4, &PrimitiveStyle::with_fill(theme::PANEL));
    let tx = field.top_left.x + m.gap;
    let ty = field.top_left.y + m.gap / 2;
    if app.admin_masked() {
        let d = (font.ascent() * 2 / 3).max(6);
        let step = d + d / 2;
        for i in 0..entry.len() as i32 {
            c.circle(
                &Circle::new(
                    Point::new(tx + i * step, ty + (font.pitch as i32 - d) / 2),
                    d as u32,
                ),
                &PrimitiveStyle::with_fill(theme::TEXT),
            );
        }
        if entry.len() as i32 * step > inner_w as i32 {
            c.overflowed("PIN dots", field, "PIN dots do not fit");
        }
    } else {
        let mut shown: heapless::String<{ crate::config::MAX_ENTRY + 1 }> = heapless::String::new();
        let _ = shown.push_str(entry);
        if screen == AdminScreen::Name {
            let _ = shown.push('_');
        }
        let rows = hard_lines(&shown, font, inner_w);
        if rows.len() as u32 > lines {
            c.overflowed(&shown, field, "typed text does not fit its field");
        }
        for (i, row) in rows.iter().take(lines as usize).enumerate() {
            font.draw(
                c,
                row,
                tx,
                ty + i as i32 * font.pitch as i32 + font.ascent(),
                theme::TEXT,
            );
        }
    }
    f.space(field.size.height as i32);
    let hint = match screen {
        AdminScreen::Pin | AdminScreen::NewPin { forced: false } => Some(PIN_HINT),
        AdminScreen::Number => Some(NUMBER_HINT),
        AdminScreen::Name => Some(NAME_HINT),
        _ => None,
    };
    match app.admin.note {
        Some(n) => {
            let (s, ink) = note_string(n, l);
            f.space(m.gap);
            f.text(c, &s, m.small, ink, Align::Left);
        }
        None => {
            if let Some(h) = hint {
                f.space(m.gap);
                f.text(c, h.get(l), m.small, theme::MUTED, Align::Left);
            }
        }
    }
}

fn paint_locked(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let mut f = Flow::new(content(m, m.h - m.pad + m.gap));
    let left = app.admin.locked_until.saturating_sub(app.now);
    let mins = left.div_ceil(60_000).max(1);
    let mut s: heapless::String<96> = heapless::String::new();
    let _ = write!(s, "{} {} {}.", LOCKED_LINE.get(l), mins, MINUTES.get(l));
    f.text(c, &s, m.title, theme::RED, Align::Left);
}

fn paint_menu(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let (warn, _) = menu_layout(app, m);
    if let (Some(r), Some(t)) = (warn, warning(app.store_health())) {
        if !c.text_fits(t.get(l), m.small, r.size.width, 1) {
            c.overflowed(t.get(l), r, "store warning does not fit one line");
        }
        text::paragraph(c, t.get(l), m.small, theme::RED, r, Align::Left);
    }
    if let Some(n) = app.admin.note {
        // A note after an action (PIN changed, calibrated) goes in the one
        // spare cell of the grid.
        let (_, cells) = menu_layout(app, m);
        let last = cells[7];
        let r = rect(
            last.top_left.x + last.size.width as i32 + m.gap,
            last.top_left.y,
            last.size.width as i32,
            last.size.height as i32,
        );
        let (s, ink) = note_string(n, l);
        if !c.text_fits(&s, m.small, r.size.width, 3) {
            c.overflowed(&s, r, "menu note does not fit");
        }
        text::centered(c, &s, m.small, ink, r);
    }
}

fn paint_emergency(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let mut f = Flow::new(content(m, m.bottom_row().top_left.y));
    f.text(c, CALLS_GO_TO.get(l), m.body, theme::TEXT, Align::Left);
    f.space(m.gap / 2);
    let number = app.stored_settings().emergency_number.as_str();
    let font = if m.h < 300 { m.banner } else { m.big };
    f.text(c, number, font, theme::RED, Align::Left);
    paint_note(app, c, m, &mut f);
}

fn paint_idle(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let mut f = Flow::new(content(m, two_rows_top(m)));
    let mut s: heapless::String<32> = heapless::String::new();
    let _ = write!(
        s,
        "{} {} s",
        NOW.get(l),
        app.stored_settings().idle_timeout_s
    );
    f.text(c, &s, m.title, theme::TEXT, Align::Left);
    f.space(m.gap / 2);
    f.text(c, IDLE_LINE.get(l), m.small, theme::TEXT, Align::Left);
}

fn paint_counters(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let n = app.counters();
    let area = content(m, m.h - m.pad + m.gap);
    let left = m.split(area, 2, 0);
    let right = m.split(area, 2, 1);
    let o = &n.outcomes;
    let sessions: [(Text, u32); 4] = [
        (C_STARTED, n.sessions_started),
        (C_FINISHED, n.sessions_finished),
        (C_ABANDONED, n.sessions_abandoned),
        (C_EMERGENCY_SCREENS, n.emergency_screens),
    ];
    let results: [(Text, u32); 5] = [
        (C_EMERGENCY, o.emergency),
        (C_URGENT, o.urgent),
        (C_DOCTOR, o.doctor),
        (C_PHARMACIST, o.pharmacist),
        (C_SELF_CARE, o.self_care),
    ];
    let y_end =
        table(c, m, l, left, SESSIONS, &sessions).max(table(c, m, l, right, RESULTS, &results));
    let mut f = Flow::new(rect(
        area.top_left.x,
        y_end.max(0) + m.gap,
        area.size.width as i32,
        area.top_left.y + area.size.height as i32 - y_end - m.gap,
    ));
    match app.admin.note {
        Some(nt) => {
            let (s, ink) = note_string(nt, l);
            f.text(c, &s, m.small, ink, Align::Left);
        }
        None => f.text(c, COUNTERS_NOTE.get(l), m.small, theme::MUTED, Align::Left),
    }
}

/// A heading and rows of `label ... value`; returns the bottom.
fn table(
    c: &mut Canvas,
    m: &Metrics,
    l: Language,
    r: Rectangle,
    head: Text,
    rows: &[(Text, u32)],
) -> i32 {
    let mut f = Flow::new(r);
    f.text(c, head.get(l), m.bold, theme::BLUE, Align::Left);
    let vw = m.small.width("0000000") as i32;
    for (t, v) in rows {
        f.space(m.gap / 3);
        let lw = r.size.width as i32 - vw - m.gap / 2;
        let lr = rect(
            r.top_left.x,
            f.y,
            lw,
            r.top_left.y + r.size.height as i32 - f.y,
        );
        let h = c.text_height(t.get(l), m.small, lw.max(1) as u32);
        if h > lr.size.height || !c.text_fits(t.get(l), m.small, lw.max(1) as u32, 2) {
            c.overflowed(t.get(l), lr, "counter label does not fit");
        }
        text::paragraph(c, t.get(l), m.small, theme::TEXT, lr, Align::Left);
        let mut s: heapless::String<12> = heapless::String::new();
        let _ = write!(s, "{v}");
        let w = m.small.width(&s) as i32;
        m.small.draw(
            c,
            &s,
            r.top_left.x + r.size.width as i32 - w,
            f.y + m.small.ascent(),
            theme::TEXT,
        );
        f.space(h as i32);
    }
    f.y
}

fn paint_status(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let mut f = Flow::new(content(m, m.h - m.pad + m.gap));
    let (head, line, ink) = match app.store_health() {
        Health::Ok => (STATUS_OK, STATUS_OK_LINE, theme::TEXT),
        Health::Empty => (STATUS_EMPTY, STATUS_EMPTY_LINE, theme::RED),
        Health::Foreign { .. } => (STATUS_FOREIGN, STATUS_BAD_LINE, theme::RED),
        _ => (STATUS_BAD, STATUS_BAD_LINE, theme::RED),
    };
    f.text(c, head.get(l), m.title, ink, Align::Left);
    f.space(m.gap / 2);
    f.text(c, line.get(l), m.small, theme::TEXT, Align::Left);
    f.space(m.gap);
    let mut s: heapless::String<64> = heapless::String::new();
    let _ = write!(
        s,
        "{}: {}",
        CONTENT_VERSION.get(l),
        app.session().tree().version
    );
    f.text(c, &s, m.small, theme::TEXT, Align::Left);
    s.clear();
    let _ = write!(
        s,
        "{}: {}",
        SOFTWARE_VERSION.get(l),
        env!("CARGO_PKG_VERSION")
    );
    f.text(c, &s, m.small, theme::TEXT, Align::Left);
}

fn paint_calibrate(app: &App, n: u8, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    let targets = crate::admin::targets(m.w, m.h);
    let p = targets[(n as usize).min(2)];
    let arm = m.tap as i32 / 3;
    let t = 2;
    fill(c, rect(p.x - arm, p.y - t / 2, 2 * arm + 1, t), theme::RED);
    fill(c, rect(p.x - t / 2, p.y - arm, t, 2 * arm + 1), theme::RED);
    c.circle(
        &Circle::with_center(p, (arm as u32) + 2),
        &PrimitiveStyle::with_stroke(theme::RED, 1),
    );
    let area = rect(m.w / 5, m.h / 5, m.w * 3 / 5, m.h * 3 / 5);
    let mut f = Flow::new(area);
    f.text(c, M_TOUCH.get(l), m.title, theme::TEXT, Align::Center);
    f.space(m.gap / 2);
    let mut s: heapless::String<16> = heapless::String::new();
    let _ = write!(s, "{} {} 3", n.min(2) + 1, OF.get(l));
    f.text(c, &s, m.title, theme::BLUE, Align::Center);
    f.space(m.gap / 2);
    f.text(
        c,
        CALIBRATE_LINE.get(l),
        m.small,
        theme::TEXT,
        Align::Center,
    );
    match app.admin.note {
        Some(nt) => {
            let (s, ink) = note_string(nt, l);
            f.space(m.gap / 2);
            f.text(c, &s, m.small, ink, Align::Center);
        }
        None => {
            f.space(m.gap / 2);
            f.text(
                c,
                CALIBRATE_CANCEL.get(l),
                m.small,
                theme::MUTED,
                Align::Center,
            );
        }
    }
}
