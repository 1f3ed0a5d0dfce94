//! What each screen looks like: its buttons and how it is painted.
//!
//! Everything here is a pure function of the [`App`] state and the display
//! size, so painting any band of the screen, in any order, gives the same
//! pixels: that is what lets `App::draw` redraw only a region.

use crate::canvas::Canvas;
use crate::layout::{self, bullet_indent, rect, Metrics, QuestionShape};
use crate::qr::Modules;
use crate::strings;
use crate::text::{self, Align, Font};
use crate::theme::{self, Ink};
use crate::{App, Button, ButtonId, Screen, MAX_BUTTONS};
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::{
    Circle, Line, PrimitiveStyle, PrimitiveStyleBuilder, Rectangle, Triangle,
};
use spotcheck_core::tree::{Outcome, Question};
use spotcheck_core::{Disposition, Language, Step, Text};

type Buttons = heapless::Vec<Button, MAX_BUTTONS>;

fn lang(app: &App) -> Language {
    app.session().language()
}

fn question(app: &App) -> Option<&'static Question> {
    match app.session().step() {
        Step::Question(q) => Some(q),
        Step::Outcome(_) => None,
    }
}

fn outcome(app: &App) -> Option<&'static Outcome> {
    match app.session().step() {
        Step::Outcome(o) => Some(o),
        Step::Question(_) => None,
    }
}

fn shape_of(code: u8) -> QuestionShape {
    match code & 3 {
        1 => QuestionShape::Grid,
        2 => QuestionShape::Column,
        3 => QuestionShape::Grid3,
        _ => QuestionShape::Row,
    }
}

/// The arrangement of the current question screen, as a code kept in App.
pub(crate) fn shape(app: &App) -> u8 {
    let m = layout::metrics(app.size());
    match (app.screen(), question(app)) {
        (Screen::Question(_), Some(q)) => {
            let (shape, in_bar) = layout::question_shape(&m, q, lang(app));
            let code = match shape {
                QuestionShape::Row => 0,
                QuestionShape::Grid => 1,
                QuestionShape::Column => 2,
                QuestionShape::Grid3 => 3,
            };
            code | if in_bar { 4 } else { 0 }
        }
        _ => 0,
    }
}

/// Where the focus ring of a button at `r` reaches.
pub(crate) fn ring_area(app: &App, r: Rectangle) -> Rectangle {
    let m = layout::metrics(app.size());
    r.offset((m.ring * 2 + 1) as i32)
}

// ── Buttons ──────────────────────────────────────────────────────────────

pub(crate) fn buttons(app: &App) -> Buttons {
    let m = layout::metrics(app.size());
    let l = lang(app);
    let mut b = Buttons::new();
    let mut add = |id, rect| {
        let _ = b.push(Button { id, rect });
    };
    match app.screen() {
        Screen::Welcome => {
            let (start, langs) = welcome_buttons(&m);
            add(ButtonId::Start, start);
            if let Some(row) = langs {
                let all = Language::ALL;
                for (i, lg) in all.iter().enumerate() {
                    add(ButtonId::Language(*lg), m.split(row, all.len(), i));
                }
            }
        }
        Screen::Question(_) => {
            if let Some(q) = question(app) {
                let ql = layout::question_layout(
                    &m,
                    q,
                    l,
                    shape_of(app.shape_code()),
                    app.shape_code() & 4 != 0,
                );
                for (i, r) in ql.answers.iter().enumerate() {
                    add(ButtonId::Answer(i as u8), *r);
                }
            }
            add(ButtonId::Back, m.bar_left(strings::BACK.get(l)));
            add(ButtonId::StartOver, m.bar_right(start_over_label(&m, l)));
        }
        Screen::Emergency(_) => {
            let row = m.bottom_row();
            add(ButtonId::Back, m.split(row, 2, 0));
            add(ButtonId::Finish, m.split(row, 2, 1));
        }
        Screen::Result { page, .. } => {
            // Back goes to the previous page, or to the last question from
            // the first page; the right-hand button pages on, and is Finish
            // on the last page.
            let left = if page > 0 {
                ButtonId::PrevPage
            } else {
                ButtonId::Back
            };
            add(left, m.bar_left(strings::BACK.get(l)));
            if page + 1 < app.pages() {
                add(ButtonId::NextPage, m.bar_right(strings::NEXT.get(l)));
            } else {
                add(ButtonId::Finish, m.bar_right(strings::FINISH.get(l)));
            }
        }
        Screen::StillThere => {
            let row = m.bottom_row();
            let (a, f) = (m.split(row, 3, 0), m.split(row, 3, 1));
            let cont = rect(
                f.top_left.x,
                row.top_left.y,
                row.top_left.x + row.size.width as i32 - f.top_left.x,
                row.size.height as i32,
            );
            add(ButtonId::Continue, cont);
            add(ButtonId::Finish, a);
        }
        Screen::OutOfOrder => {}
        Screen::Admin(a) => return crate::admin_view::buttons(app, &m, a),
    }
    b
}

pub(crate) fn start_over_label(m: &Metrics, l: Language) -> &'static str {
    if m.w < 400 {
        strings::START_OVER_SHORT.get(l)
    } else {
        strings::START_OVER.get(l)
    }
}

/// The Start button and the row of language buttons (if more than one).
fn welcome_buttons(m: &Metrics) -> (Rectangle, Option<Rectangle>) {
    let tap = m.tap as i32;
    let langs = Language::ALL.len() > 1;
    let row = m.bottom_row();
    let start_h = tap + tap / 4;
    if langs {
        let start = rect(
            m.pad,
            row.top_left.y - m.gap - start_h,
            m.w - 2 * m.pad,
            start_h,
        );
        (start, Some(row))
    } else {
        let y = m.h - m.pad - start_h;
        (rect(m.pad, y, m.w - 2 * m.pad, start_h), None)
    }
}

fn label(app: &App, id: ButtonId) -> &'static str {
    let l = lang(app);
    let m = layout::metrics(app.size());
    match id {
        ButtonId::Start => strings::START.get(l),
        ButtonId::Language(x) => x.native_name(),
        ButtonId::Answer(i) => question(app)
            .and_then(|q| q.choices.get(i as usize))
            .map(|c| c.label.get(l))
            .unwrap_or(""),
        ButtonId::Back => strings::BACK.get(l),
        ButtonId::StartOver => start_over_label(&m, l),
        ButtonId::Continue => strings::CONTINUE.get(l),
        ButtonId::NextPage => strings::NEXT.get(l),
        ButtonId::PrevPage => strings::BACK.get(l),
        ButtonId::Finish => strings::FINISH.get(l),
        ButtonId::Admin(a) => crate::admin_view::label(app, a),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Arrow {
    None,
    Left,
    Right,
}

/// Paints one button: fill, border, label, arrow, and the focus ring.
fn paint_button(app: &App, c: &mut Canvas, m: &Metrics, i: usize, b: &Button, on_red: bool) {
    let ring = ring_area(app, b.rect);
    if !c.touches(&ring) {
        return;
    }
    let pressed = app.pressed() == Some(b.id);
    let primary = match b.id {
        ButtonId::Start | ButtonId::Answer(_) | ButtonId::Continue | ButtonId::NextPage => true,
        ButtonId::Language(l) => l == lang(app),
        ButtonId::Admin(a) => crate::admin_view::primary(app, a),
        _ => false,
    };
    let (fill, ink, border) = if on_red {
        if pressed {
            (theme::BLACK, theme::WHITE, theme::WHITE)
        } else {
            (theme::WHITE, theme::RED, theme::WHITE)
        }
    } else if pressed {
        (theme::PRESSED, theme::WHITE, theme::PRESSED)
    } else if primary {
        (theme::BLUE, theme::WHITE, theme::BLUE)
    } else {
        (theme::PAPER, theme::BLUE, theme::BLUE)
    };
    let radius = m.gap as u32;
    c.rounded(
        b.rect,
        radius,
        &PrimitiveStyleBuilder::new()
            .fill_color(fill)
            .stroke_color(border)
            .stroke_width(2)
            .build(),
    );
    if app.focus() == Some(i) {
        let ring_ink = if on_red { theme::WHITE } else { theme::FOCUS };
        c.rounded(
            b.rect.offset(m.ring as i32 + m.ring as i32),
            radius + m.ring * 2,
            &PrimitiveStyleBuilder::new()
                .stroke_color(ring_ink)
                .stroke_width(m.ring + 1)
                .stroke_alignment(embedded_graphics::primitives::StrokeAlignment::Inside)
                .build(),
        );
    }
    let arrow = match b.id {
        ButtonId::Back | ButtonId::PrevPage => Arrow::Left,
        ButtonId::NextPage => Arrow::Right,
        _ => Arrow::None,
    };
    let text = label(app, b.id);
    // Top-bar buttons use the smaller cut, as their width was sized for it.
    let font = if b.rect.top_left.y == 0 {
        m.button_small
    } else {
        label_font(c, m, text, b.rect.size.width)
    };
    let aw = if arrow == Arrow::None {
        0
    } else {
        font.ascent() * 2 / 3
    };
    let inner_w = b.rect.size.width as i32 - m.gap - 4 - if aw > 0 { aw + m.gap / 2 } else { 0 };
    let tw = c.text_widest(text, font, inner_w.max(1) as u32) as i32;
    let total = tw + if aw > 0 { aw + m.gap / 2 } else { 0 };
    let x0 = b.rect.top_left.x + (b.rect.size.width as i32 - total) / 2;
    let (tx, ax) = match arrow {
        Arrow::Left => (x0 + aw + m.gap / 2, x0),
        Arrow::Right => (x0, x0 + tw + m.gap / 2),
        Arrow::None => (x0, 0),
    };
    let inner = if arrow == Arrow::None {
        rect(
            b.rect.top_left.x + m.gap / 2 + 2,
            b.rect.top_left.y + 2,
            inner_w,
            b.rect.size.height as i32 - 4,
        )
    } else {
        rect(tx, b.rect.top_left.y + 2, tw, b.rect.size.height as i32 - 4)
    };
    if c.text_height(text, font, inner_w.max(1) as u32) > inner.size.height
        || !c.text_fits(text, font, inner_w.max(1) as u32, 3)
    {
        c.overflowed(text, b.rect, "button label does not fit");
    }
    text::centered(c, text, font, ink, inner);
    if aw > 0 {
        let cy = b.rect.center().y;
        let h = aw;
        let t = match arrow {
            Arrow::Left => Triangle::new(
                Point::new(ax, cy),
                Point::new(ax + aw, cy - h / 2 - 1),
                Point::new(ax + aw, cy + h / 2 + 1),
            ),
            _ => Triangle::new(
                Point::new(ax + aw, cy),
                Point::new(ax, cy - h / 2 - 1),
                Point::new(ax, cy + h / 2 + 1),
            ),
        };
        let _ = t.into_styled(PrimitiveStyle::with_fill(ink)).draw(c);
    }
}

/// The font for `label` on a button `w` wide: the button font if it fits
/// in two lines, else the smaller cut (which may take three). Measured
/// through the screen's memo, as every band the button touches asks.
fn label_font(c: &Canvas, m: &Metrics, label: &str, w: u32) -> &'static Font {
    let inner = w.saturating_sub(m.gap as u32 + 4);
    if c.text_fits(label, m.button, inner, 2) {
        m.button
    } else {
        m.button_small
    }
}

pub(crate) fn paint_buttons(app: &App, c: &mut Canvas, m: &Metrics, on_red: bool) {
    for (i, b) in app.buttons().iter().enumerate() {
        paint_button(app, c, m, i, b, on_red);
    }
}

// ── Painting ─────────────────────────────────────────────────────────────

fn fill(c: &mut Canvas, r: Rectangle, ink: Ink) {
    let _ = c.fill_solid(&r, ink);
}

/// Paints the whole screen into the canvas (only its band is kept).
pub(crate) fn paint(app: &App, code: Option<&Modules>, c: &mut Canvas) {
    let m = layout::metrics(app.size());
    match app.screen() {
        Screen::Welcome => paint_welcome(app, c, &m),
        Screen::Question(_) => paint_question(app, c, &m),
        Screen::Emergency(_) => paint_emergency(app, c, &m),
        Screen::Result { page, .. } => paint_result(app, c, &m, page, code),
        Screen::StillThere => paint_still_there(app, c, &m),
        Screen::OutOfOrder => paint_out_of_order(app, c, &m),
        Screen::Admin(a) => crate::admin_view::paint(app, a, c, &m),
    }
}

fn paint_top_bar(
    app: &App,
    c: &mut Canvas,
    m: &Metrics,
    middle: &str,
    font: &'static Font,
    ink: Ink,
) {
    let bar = m.bar();
    if !c.touches(&bar) {
        return;
    }
    fill(c, bar, theme::PANEL);
    // The middle text sits between the two bar buttons.
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
    if !c.text_fits(middle, font, mid.size.width, 3)
        || c.text_height(middle, font, mid.size.width) > mid.size.height
    {
        c.overflowed(middle, mid, "top bar text does not fit");
    }
    text::centered(c, middle, font, ink, mid);
}

/// A thin progress strip under the top bar.
fn paint_progress(c: &mut Canvas, m: &Metrics, done: u32, total: u32) {
    let track = rect(0, m.tap as i32, m.w, (m.gap / 2).max(2));
    if !c.touches(&track) {
        return;
    }
    fill(c, track, theme::PANEL);
    let w = (track.size.width * done.min(total)) / total.max(1);
    fill(
        c,
        Rectangle::new(track.top_left, Size::new(w, track.size.height)),
        theme::BLUE,
    );
}

fn paint_welcome(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    fill(c, m.screen(), theme::PAPER);
    let (start, _) = welcome_buttons(m);
    let mut y = m.pad;
    let name = app.settings().pharmacy_name.as_str();
    if !name.is_empty() {
        let r = rect(m.pad, y, m.w - 2 * m.pad, m.small.pitch as i32);
        if !c.text_fits(name, m.small, r.size.width, 1) {
            c.overflowed(name, r, "pharmacy name does not fit");
        }
        text::paragraph(c, name, m.small, theme::MUTED, r, Align::Center);
        y += r.size.height as i32 + m.gap / 2;
    }
    // The picture: a patch of skin with a few red dots.
    let bottom = start.top_left.y - m.gap;
    let w = (m.w - 2 * m.pad) as u32;
    let blocks_with = |title_font: &'static Font| {
        app.text_height(strings::APP_TITLE.get(l), title_font, w)
            + m.gap as u32
            + app.text_height(strings::WELCOME_LINE.get(l), m.body, w)
            + (m.gap / 2) as u32
            + app.text_height(strings::WELCOME_PRIVACY.get(l), m.small, w)
    };
    let free = (bottom - y).max(0) as u32;
    // The biggest title that leaves room for the lines under it.
    let title_font: &'static Font =
        if m.w >= 440 && m.big.covers(strings::APP_TITLE.get(l)) && blocks_with(m.big) <= free {
            m.big
        } else {
            m.title_big()
        };
    let blocks = blocks_with(title_font);
    let pic_h = free
        .saturating_sub(blocks + 2 * m.gap as u32)
        .min(m.tap * 2);
    if pic_h >= 24 {
        let r = rect(m.w / 2 - pic_h as i32, y, pic_h as i32 * 2, pic_h as i32);
        paint_spots_patch(c, r);
        y += pic_h as i32 + m.gap;
    }
    let area = rect(m.pad, y, m.w - 2 * m.pad, bottom - y);
    let mut col = Column::new(area);
    col.text(
        c,
        strings::APP_TITLE.get(l),
        title_font,
        theme::TEXT,
        Align::Center,
    );
    col.space(m.gap);
    col.text(
        c,
        strings::WELCOME_LINE.get(l),
        m.body,
        theme::TEXT,
        Align::Center,
    );
    col.space(m.gap / 2);
    col.text(
        c,
        strings::WELCOME_PRIVACY.get(l),
        m.small,
        theme::MUTED,
        Align::Center,
    );
    paint_buttons(app, c, m, false);
}

impl Metrics {
    /// A larger heading font for the welcome and idle screens.
    fn title_big(&self) -> &'static Font {
        self.banner
    }
}

/// A patch of skin with a few red dots (welcome picture).
fn paint_spots_patch(c: &mut Canvas, r: Rectangle) {
    if !c.touches(&r) {
        return;
    }
    let radius = r.size.height / 6;
    c.rounded(r, radius, &PrimitiveStyle::with_fill(theme::SKIN));
    let s = r.size.height as i32;
    let dot = (s / 12).max(3) as u32;
    const DOTS: [(i32, i32); 11] = [
        (20, 30),
        (35, 55),
        (50, 25),
        (62, 60),
        (75, 40),
        (90, 70),
        (105, 30),
        (120, 55),
        (140, 35),
        (160, 62),
        (175, 45),
    ];
    for (dx, dy) in DOTS {
        let p = r.top_left + Point::new(dx * r.size.width as i32 / 200, dy * s / 100);
        c.circle(
            &Circle::with_center(p, dot),
            &PrimitiveStyle::with_fill(theme::SPOT),
        );
    }
}

/// A vertical flow of text blocks inside an area.
struct Column {
    area: Rectangle,
    y: i32,
}

impl Column {
    fn new(area: Rectangle) -> Column {
        Column {
            area,
            y: area.top_left.y,
        }
    }

    fn bottom(&self) -> i32 {
        self.area.top_left.y + self.area.size.height as i32
    }

    fn space(&mut self, h: i32) {
        self.y += h;
    }

    fn text(&mut self, c: &mut Canvas, s: &str, font: &'static Font, ink: Ink, align: Align) {
        let r = rect(
            self.area.top_left.x,
            self.y,
            self.area.size.width as i32,
            self.bottom() - self.y,
        );
        let touching = c.touches(&r) || c.area().size.height == 0;
        let full = c.text_height(s, font, r.size.width);
        if full > r.size.height && (touching || r.is_zero_sized()) {
            c.overflowed(s, r, "text runs past the bottom of its area");
        }
        let h = if touching {
            text::paragraph(c, s, font, ink, r, align)
        } else {
            // Outside this band: only the height is needed (overflows are
            // caught in the bands the text lands in).
            full.min(r.size.height)
        };
        self.y += h as i32;
    }

    fn bullet(&mut self, c: &mut Canvas, m: &Metrics, s: &str, font: &'static Font, ink: Ink) {
        let indent = bullet_indent(m) as i32;
        let r = rect(
            self.area.top_left.x + indent,
            self.y,
            self.area.size.width as i32 - indent,
            self.bottom() - self.y,
        );
        let dot = (font.ascent() / 2).max(4) as u32;
        c.circle(
            &Circle::with_center(
                Point::new(
                    self.area.top_left.x + indent / 2 - 1,
                    self.y + font.ascent() * 3 / 5,
                ),
                dot,
            ),
            &PrimitiveStyle::with_fill(ink),
        );
        if c.text_height(s, font, r.size.width) > r.size.height {
            c.overflowed(s, r, "bullet runs past the bottom of its area");
        }
        let h = text::paragraph(c, s, font, ink, r, Align::Left);
        self.y += h as i32;
    }
}

fn paint_question(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    fill(c, m.screen(), theme::PAPER);
    let Some(q) = question(app) else {
        return;
    };
    let taps = app.session().taps() as u32;
    let remaining = app.remaining_taps() as u32;
    let mut middle: heapless::String<24> = heapless::String::new();
    let _ = core::fmt::write(
        &mut middle,
        format_args!("{} {}", strings::STEP.get(l), taps + 1),
    );
    let in_bar = app.shape_code() & 4 != 0;
    let ql = layout::question_layout(m, q, l, shape_of(app.shape_code()), in_bar);
    if in_bar {
        paint_top_bar(app, c, m, q.prompt.get(l), m.button_small, theme::TEXT);
    } else {
        paint_top_bar(app, c, m, &middle, m.button_small, theme::MUTED);
    }
    paint_progress(c, m, taps, taps + remaining);
    let mut col = Column::new(ql.text);
    if !in_bar {
        col.text(c, q.prompt.get(l), m.title, theme::TEXT, Align::Left);
    }
    for b in q.bullets {
        if col.y > ql.text.top_left.y {
            col.space(m.gap / 2);
        }
        col.bullet(c, m, b.get(l), m.small, theme::TEXT);
    }
    if let Some(p) = ql.picture {
        paint_glass(c, m, p, l);
    }
    paint_buttons(app, c, m, false);
}

/// The most taps still possible from the current question (for the
/// progress bar), counting it: worked out once when a screen is entered
/// ([`App::remaining_taps`] keeps it), never per band.
pub(crate) fn remaining_taps(app: &App) -> u8 {
    app.session().most_questions_left()
}

/// The glass-test picture: two panels, spots that fade under the glass and
/// spots that stay.
fn paint_glass(c: &mut Canvas, m: &Metrics, r: Rectangle, l: Language) {
    if !c.touches(&r) {
        return;
    }
    let label_font = m.button_small;
    let lh = label_font.pitch as i32;
    let vertical = r.size.height as i32 - 2 * lh > r.size.width as i32;
    let panels = if vertical {
        let h = (r.size.height as i32 - m.gap / 2) / 2;
        [
            rect(r.top_left.x, r.top_left.y, r.size.width as i32, h),
            rect(
                r.top_left.x,
                r.top_left.y + h + m.gap / 2,
                r.size.width as i32,
                h,
            ),
        ]
    } else {
        [m.split(r, 2, 0), m.split(r, 2, 1)]
    };
    const FADES: Text = spotcheck_core::content::kiosk::GLASS_FADES;
    const STAYS: Text = spotcheck_core::content::kiosk::GLASS_STAYS;
    for (i, p) in panels.iter().enumerate() {
        let word = if i == 0 { FADES } else { STAYS }.get(l);
        let pic_h = p.size.height as i32 - lh;
        let side = pic_h.min(p.size.width as i32);
        if side < 16 {
            c.overflowed(word, *p, "glass picture too small");
            continue;
        }
        let sq = rect(
            p.top_left.x + (p.size.width as i32 - side) / 2,
            p.top_left.y,
            side,
            side,
        );
        c.rounded(sq, 6, &PrimitiveStyle::with_fill(theme::SKIN));
        let center = sq.center();
        let glass = (side * 2 / 3) as u32;
        let dot = (side / 10).max(3) as u32;
        let spots = [(-3, -2), (2, -3), (-1, 2), (3, 1), (0, 0), (-4, 2), (4, -1)];
        for (dx, dy) in spots {
            let pt = center + Point::new(dx * side / 12, dy * side / 12);
            let inside = true;
            let style = if i == 0 && inside {
                PrimitiveStyleBuilder::new()
                    .stroke_color(theme::SPOT)
                    .stroke_width(1)
                    .build()
            } else {
                PrimitiveStyle::with_fill(theme::SPOT)
            };
            c.circle(&Circle::with_center(pt, dot), &style);
        }
        // Spots outside the glass stay red in both panels.
        for (dx, dy) in [(-5, -5), (5, 5), (5, -5)] {
            let pt = center + Point::new(dx * side / 12, dy * side / 12);
            c.circle(
                &Circle::with_center(pt, dot),
                &PrimitiveStyle::with_fill(theme::SPOT),
            );
        }
        c.circle(
            &Circle::with_center(center, glass),
            &PrimitiveStyleBuilder::new()
                .stroke_color(theme::BLUE)
                .stroke_width(3)
                .build(),
        );
        let lr = rect(p.top_left.x, p.top_left.y + side, p.size.width as i32, lh);
        if !c.text_fits(word, label_font, lr.size.width, 1) {
            c.overflowed(word, lr, "glass picture label does not fit");
        }
        text::paragraph(c, word, label_font, theme::TEXT, lr, Align::Center);
    }
}

fn paint_emergency(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    fill(c, m.screen(), theme::RED);
    let Some(o) = outcome(app) else {
        return;
    };
    let row = m.bottom_row();
    let area = rect(
        m.pad * 2,
        m.pad,
        m.w - 4 * m.pad,
        row.top_left.y - m.gap - m.pad,
    );
    // Line 1: "Call now:" and the number, big.
    let number = app.settings().emergency_number.as_str();
    let call = strings::CALL_NOW.get(l);
    let big = m.big;
    let call_w = m.title_big().width(call) as i32;
    let num_w = big.width(number) as i32;
    let line_h = big.pitch as i32;
    if call_w + m.gap + num_w > area.size.width as i32 {
        c.overflowed(number, area, "emergency number does not fit");
    }
    let baseline = area.top_left.y + big.ascent();
    m.title_big()
        .draw(c, call, area.top_left.x, baseline, theme::WHITE);
    big.draw(
        c,
        number,
        area.top_left.x + call_w + m.gap,
        baseline,
        theme::WHITE,
    );
    let rest = rect(
        area.top_left.x,
        area.top_left.y + line_h + m.gap / 2,
        area.size.width as i32,
        area.size.height as i32 - line_h - m.gap / 2,
    );
    // The headline goes first if everything fits with it; the what-to-do
    // lines always show.
    let w = rest.size.width;
    let bw = w.saturating_sub(bullet_indent(m));
    let todo_h: u32 = o
        .todo
        .iter()
        .map(|t| app.text_height(t.get(l), m.small, bw) + (m.gap / 3) as u32)
        .sum();
    let head_h = app.text_height(o.headline.get(l), m.body, w) + (m.gap / 2) as u32;
    let mut col = Column::new(rest);
    if todo_h + head_h <= rest.size.height {
        col.text(c, o.headline.get(l), m.body, theme::WHITE, Align::Left);
        col.space(m.gap / 2);
    }
    for t in o.todo {
        col.bullet(c, m, t.get(l), m.small, theme::WHITE);
        col.space(m.gap / 3);
    }
    paint_buttons(app, c, m, true);
}

fn paint_still_there(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    fill(c, m.screen(), theme::PAPER);
    let row = m.bottom_row();
    let area = rect(
        m.pad,
        m.pad,
        m.w - 2 * m.pad,
        row.top_left.y - m.gap - m.pad,
    );
    let mut col = Column::new(area);
    col.text(
        c,
        strings::STILL_THERE.get(l),
        m.title_big(),
        theme::TEXT,
        Align::Center,
    );
    col.space(m.gap);
    col.text(
        c,
        strings::CLEARS_IN.get(l),
        m.body,
        theme::TEXT,
        Align::Center,
    );
    if let Some(d) = countdown_area(app) {
        let mut digits: heapless::String<8> = heapless::String::new();
        let _ = core::fmt::write(&mut digits, format_args!("{}", app.shown_secs()));
        if c.touches(&d) {
            fill(c, d, theme::PAPER);
            let w = m.big.width(&digits) as i32;
            m.big.draw(
                c,
                &digits,
                d.top_left.x + (d.size.width as i32 - w) / 2,
                d.top_left.y + m.big.ascent(),
                theme::TEXT,
            );
        }
        let sr = rect(
            m.pad,
            d.top_left.y + d.size.height as i32,
            m.w - 2 * m.pad,
            m.body.pitch as i32,
        );
        if sr.top_left.y + sr.size.height as i32 > row.top_left.y {
            c.overflowed(strings::SECONDS.get(l), sr, "countdown does not fit");
        }
        text::paragraph(
            c,
            strings::SECONDS.get(l),
            m.body,
            theme::MUTED,
            sr,
            Align::Center,
        );
    }
    paint_buttons(app, c, m, false);
}

/// The box the countdown digits are drawn in (redrawn alone each second).
pub(crate) fn countdown_area(app: &App) -> Option<Rectangle> {
    if app.screen() != Screen::StillThere {
        return None;
    }
    let m = layout::metrics(app.size());
    let l = lang(app);
    let w = (m.w - 2 * m.pad) as u32;
    let y = m.pad
        + app.text_height(strings::STILL_THERE.get(l), m.title_big(), w) as i32
        + m.gap
        + app.text_height(strings::CLEARS_IN.get(l), m.body, w) as i32;
    let dw = m.big.width("00") as i32 + 8;
    Some(rect((m.w - dw) / 2, y, dw, m.big.pitch as i32))
}

fn paint_out_of_order(app: &App, c: &mut Canvas, m: &Metrics) {
    let l = lang(app);
    fill(c, m.screen(), theme::PAPER);
    let area = rect(m.pad * 2, m.h / 4, m.w - 4 * m.pad, m.h / 2);
    let mut col = Column::new(area);
    col.text(
        c,
        strings::OUT_OF_ORDER.get(l),
        m.title_big(),
        theme::RED,
        Align::Center,
    );
    col.space(m.gap);
    col.text(
        c,
        strings::OUT_OF_ORDER_LINE.get(l),
        m.body,
        theme::TEXT,
        Align::Center,
    );
}

// ── Result pages ─────────────────────────────────────────────────────────

#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    Banner,
    Headline,
    /// The safeguarding note, on outcomes that carry one.
    Note,
    Heading(Text),
    Cause(u8),
    Todo(u8),
    Help,
}

fn items(o: &Outcome, mut f: impl FnMut(Item) -> bool) {
    let mut go = f(Item::Banner) && f(Item::Headline);
    if o.safeguarding {
        go = go && f(Item::Note);
    }
    // With no listed cause (the headline names it), no "It could be".
    if !o.causes.is_empty() {
        go = go && f(Item::Heading(strings::MAYBE));
    }
    for i in 0..o.causes.len() {
        go = go && f(Item::Cause(i as u8));
    }
    go = go && f(Item::Heading(strings::WHAT_TO_DO));
    for i in 0..o.todo.len() {
        go = go && f(Item::Todo(i as u8));
    }
    let _ = go && f(Item::Heading(strings::GET_HELP)) && f(Item::Help);
}

/// Where the QR code and its caption go, and whether it has a page of its
/// own (small screens) or a column on every page (wide screens).
struct QrPlace {
    /// The column (or the page area) holding caption and code.
    area: Rectangle,
    own_page: bool,
}

fn result_frame(m: &Metrics) -> (Rectangle, QrPlace) {
    let content = m.content(m.h - m.pad + m.gap);
    let side = (content.size.height as i32).min(m.w * 2 / 5);
    if m.w - side >= 400 {
        let text = rect(
            content.top_left.x,
            content.top_left.y,
            content.size.width as i32 - side - m.gap,
            side,
        );
        let qr = rect(
            text.top_left.x + text.size.width as i32 + m.gap,
            content.top_left.y,
            side,
            content.size.height as i32,
        );
        (
            text,
            QrPlace {
                area: qr,
                own_page: false,
            },
        )
    } else {
        (
            content,
            QrPlace {
                area: content,
                own_page: true,
            },
        )
    }
}

fn item_height(app: &App, m: &Metrics, o: &Outcome, it: Item, w: u32) -> u32 {
    let l = lang(app);
    let tree = app.session().tree();
    let bw = w.saturating_sub(bullet_indent(m));
    match it {
        Item::Banner => banner_height(m),
        Item::Headline => app.text_height(o.headline.get(l), m.body, w),
        Item::Note => app.text_height(strings::SAFEGUARDING_NOTE.get(l), m.bold, w),
        Item::Heading(t) => app.text_height(t.get(l), m.title, w),
        Item::Cause(i) => match o.causes.get(i as usize).and_then(|c| tree.condition(*c)) {
            Some(info) => {
                app.text_height(info.name.get(l), m.bold, bw)
                    + app.text_height(info.line.get(l), m.small, bw)
            }
            None => 0,
        },
        Item::Todo(i) => o
            .todo
            .get(i as usize)
            .map(|t| app.text_height(t.get(l), m.small, bw))
            .unwrap_or(0),
        Item::Help => app.text_height(o.get_help.get(l), m.small, w),
    }
}

fn banner_height(m: &Metrics) -> u32 {
    m.tap - m.tap / 6
}

/// Lays the result items out on pages; calls `f(page, item, rect)` for each
/// and returns the number of text pages.
fn flow(app: &App, m: &Metrics, o: &Outcome, mut f: impl FnMut(u8, Item, Rectangle)) -> u8 {
    let (area, _) = result_frame(m);
    let w = area.size.width;
    let bottom = area.top_left.y + area.size.height as i32;
    let mut page = 0u8;
    let mut y = area.top_left.y;
    let mut pending: Option<(Item, u32)> = None;
    let mut first_on_page = true;
    items(o, |it| {
        let h = item_height(app, m, o, it, w);
        let gap = match it {
            Item::Heading(_) | Item::Banner => m.gap,
            _ => m.gap / 2,
        };
        if let Item::Heading(_) = it {
            pending = Some((it, h));
            return true;
        }
        let head = pending.take();
        let need = head.map(|(_, hh)| hh as i32 + m.gap / 2).unwrap_or(0) + h as i32;
        let lead = if first_on_page { 0 } else { gap };
        if !first_on_page && y + lead + need > bottom {
            page = page.saturating_add(1);
            y = area.top_left.y;
            first_on_page = true;
        }
        let lead = if first_on_page { 0 } else { gap };
        y += lead;
        if let Some((hi, hh)) = head {
            f(page, hi, rect(area.top_left.x, y, w as i32, hh as i32));
            y += hh as i32 + m.gap / 2;
        }
        f(page, it, rect(area.top_left.x, y, w as i32, h as i32));
        y += h as i32;
        first_on_page = false;
        true
    });
    page + 1
}

/// How many pages the current screen has (results only; 1 otherwise).
pub(crate) fn pages(app: &App) -> u8 {
    let Some(o) = outcome(app) else {
        return 1;
    };
    if o.disposition == Disposition::Emergency || app.mode_is_welcome() {
        return 1;
    }
    let m = layout::metrics(app.size());
    let text_pages = flow(app, &m, o, |_, _, _| {});
    let (_, qr) = result_frame(&m);
    text_pages + u8::from(qr.own_page)
}

/// Where the QR code is drawn on the current screen, if it shows.
pub(crate) fn qr_area(app: &App) -> Option<Rectangle> {
    let Screen::Result { page, .. } = app.screen() else {
        return None;
    };
    let m = layout::metrics(app.size());
    let (_, place) = result_frame(&m);
    if place.own_page && page + 1 != app.pages() {
        return None;
    }
    Some(qr_layout(app, &m, &place).1)
}

/// The caption box and the square the QR code (with its quiet zone) fills.
fn qr_layout(app: &App, m: &Metrics, place: &QrPlace) -> (Rectangle, Rectangle) {
    let a = place.area;
    if place.own_page {
        // Code on the right, as tall as the area; caption on the left above
        // the Previous button.
        let side = (a.size.height as i32).min(a.size.width as i32 * 3 / 5);
        let code = rect(
            a.top_left.x + a.size.width as i32 - side,
            a.top_left.y,
            side,
            side,
        );
        let cap = rect(
            a.top_left.x,
            a.top_left.y,
            code.top_left.x - m.gap - a.top_left.x,
            a.size.height as i32,
        );
        let _ = app;
        (cap, code)
    } else {
        let l = lang(app);
        let cap_h = app.text_height(strings::SHOW_PHARMACIST.get(l), m.title, a.size.width) as i32;
        let side = (a.size.height as i32 - cap_h - m.gap).min(a.size.width as i32);
        let code = rect(
            a.top_left.x + (a.size.width as i32 - side) / 2,
            a.top_left.y + cap_h + m.gap,
            side,
            side,
        );
        (
            rect(a.top_left.x, a.top_left.y, a.size.width as i32, cap_h),
            code,
        )
    }
}

fn paint_result(app: &App, c: &mut Canvas, m: &Metrics, page: u8, code: Option<&Modules>) {
    let l = lang(app);
    fill(c, m.screen(), theme::PAPER);
    let Some(o) = outcome(app) else {
        return;
    };
    let mut middle: heapless::String<32> = heapless::String::new();
    let _ = core::fmt::write(
        &mut middle,
        format_args!(
            "{} {} {} {}",
            strings::PAGE.get(l),
            page + 1,
            strings::OF.get(l),
            app.pages()
        ),
    );
    paint_top_bar(app, c, m, &middle, m.button_small, theme::MUTED);
    let (_, place) = result_frame(m);
    let qr_page = place.own_page && page + 1 == app.pages();
    if !qr_page {
        flow(app, m, o, |p, it, r| {
            if p == page && (c.touches(&r) || c.area().size.height == 0) {
                paint_item(app, c, m, o, it, r);
            }
        });
    }
    if !place.own_page || qr_page {
        let (cap, sq) = qr_layout(app, m, &place);
        let mut col = Column::new(cap);
        col.text(
            c,
            strings::SHOW_PHARMACIST.get(l),
            m.title,
            theme::TEXT,
            Align::Left,
        );
        if place.own_page {
            col.space(m.gap / 2);
            col.text(
                c,
                strings::SCAN_HINT.get(l),
                m.small,
                theme::TEXT,
                Align::Left,
            );
        }
        paint_qr(c, sq, code);
    }
    paint_buttons(app, c, m, false);
}

fn paint_item(app: &App, c: &mut Canvas, m: &Metrics, o: &Outcome, it: Item, r: Rectangle) {
    let l = lang(app);
    let tree = app.session().tree();
    let mut col = Column::new(r);
    match it {
        Item::Banner => {
            let (bg, ink) = theme::banner(o.disposition);
            c.rounded(r, 6, &PrimitiveStyle::with_fill(bg));
            let d = r.size.height as i32 - 2 * m.gap.min(8);
            let icon = rect(
                r.top_left.x + m.gap,
                r.top_left.y + (r.size.height as i32 - d) / 2,
                d,
                d,
            );
            paint_icon(c, m, icon, o.disposition, bg, ink);
            let tr = rect(
                icon.top_left.x + d + m.gap,
                r.top_left.y,
                r.size.width as i32 - d - 3 * m.gap,
                r.size.height as i32,
            );
            let t = strings::disposition(o.disposition).get(l);
            let font = if c.text_fits(t, m.title_big(), tr.size.width, 1) {
                m.title_big()
            } else {
                m.title
            };
            if !c.text_fits(t, font, tr.size.width, 2) {
                c.overflowed(t, tr, "banner title does not fit");
            }
            text::centered_left(c, t, font, ink, tr);
        }
        Item::Headline => col.text(c, o.headline.get(l), m.body, theme::TEXT, Align::Left),
        Item::Note => col.text(
            c,
            strings::SAFEGUARDING_NOTE.get(l),
            m.bold,
            theme::BLUE,
            Align::Left,
        ),
        Item::Heading(t) => col.text(c, t.get(l), m.title, theme::BLUE, Align::Left),
        Item::Cause(i) => {
            if let Some(info) = o.causes.get(i as usize).and_then(|x| tree.condition(*x)) {
                col.bullet(c, m, info.name.get(l), m.bold, theme::TEXT);
                let indent = bullet_indent(m) as i32;
                let mut sub = Column::new(rect(
                    r.top_left.x + indent,
                    col.y,
                    r.size.width as i32 - indent,
                    r.top_left.y + r.size.height as i32 - col.y,
                ));
                sub.text(c, info.line.get(l), m.small, theme::MUTED, Align::Left);
            }
        }
        Item::Todo(i) => {
            if let Some(t) = o.todo.get(i as usize) {
                col.bullet(c, m, t.get(l), m.small, theme::TEXT);
            }
        }
        Item::Help => col.text(c, o.get_help.get(l), m.small, theme::TEXT, Align::Left),
    }
}

/// The disposition icon: a disc with a sign in it.
fn paint_icon(c: &mut Canvas, m: &Metrics, r: Rectangle, d: Disposition, bg: Ink, ink: Ink) {
    c.circle(
        &Circle::new(r.top_left, r.size.width),
        &PrimitiveStyle::with_fill(ink),
    );
    let ctr = r.center();
    let s = r.size.width as i32;
    let t = (s / 7).max(2);
    match d {
        Disposition::Emergency | Disposition::Urgent => {
            // "!"
            fill(
                c,
                rect(ctr.x - t / 2, ctr.y - s * 3 / 10, t, s * 4 / 10),
                bg,
            );
            fill(c, rect(ctr.x - t / 2, ctr.y + s / 6, t, t), bg);
        }
        Disposition::Doctor => {
            // A medical cross.
            fill(
                c,
                rect(ctr.x - t / 2, ctr.y - s * 3 / 10, t, s * 6 / 10),
                bg,
            );
            fill(
                c,
                rect(ctr.x - s * 3 / 10, ctr.y - t / 2, s * 6 / 10, t),
                bg,
            );
        }
        Disposition::Pharmacist => {
            // "i" for information.
            fill(c, rect(ctr.x - t / 2, ctr.y - s / 10, t, s * 4 / 10), bg);
            fill(c, rect(ctr.x - t / 2, ctr.y - s * 3 / 10, t, t), bg);
        }
        Disposition::SelfCare => {
            // A tick.
            let _ = Line::new(
                Point::new(ctr.x - s / 4, ctr.y),
                Point::new(ctr.x - s / 14, ctr.y + s / 5),
            )
            .into_styled(PrimitiveStyle::with_stroke(bg, t as u32))
            .draw(c);
            let _ = Line::new(
                Point::new(ctr.x - s / 14, ctr.y + s / 5),
                Point::new(ctr.x + s / 4, ctr.y - s / 5),
            )
            .into_styled(PrimitiveStyle::with_stroke(bg, t as u32))
            .draw(c);
        }
    }
    let _ = m;
}

/// The QR code, scaled to whole pixels per module, centred in `sq` on a
/// white square that doubles as the quiet zone.
fn paint_qr(c: &mut Canvas, sq: Rectangle, code: Option<&Modules>) {
    if !c.touches(&sq) {
        return;
    }
    fill(c, sq, theme::WHITE);
    let Some(code) = code else {
        if c.area().size.height > 0 {
            c.overflowed("QR", sq, "summary too long for the QR code");
        }
        return;
    };
    let n = code.size();
    let quiet = 2;
    let px = (sq.size.width as i32 / (n + 2 * quiet)).max(1);
    if px < 2 {
        c.overflowed("QR", sq, "QR modules smaller than 2 px");
    }
    let off = sq.top_left
        + Point::new(
            (sq.size.width as i32 - n * px) / 2,
            (sq.size.height as i32 - n * px) / 2,
        );
    let band = c.area();
    for y in 0..n {
        let ry = off.y + y * px;
        if ry + px <= band.top_left.y || ry >= band.top_left.y + band.size.height as i32 {
            continue;
        }
        for x in 0..n {
            if code.get_module(x, y) {
                fill(c, rect(off.x + x * px, ry, px, px), theme::BLACK);
            }
        }
    }
}
