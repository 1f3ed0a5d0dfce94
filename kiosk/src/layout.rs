//! Layout computed for the display size: font sizes, margins, touch-target
//! sizes and where every button and text box goes on each screen.
//!
//! Three size classes (by the shorter side): small (240 px, the board's
//! 320x240), medium (320 px, 480x320) and large (480 px and up, 800x480).
//! Every touch target is at least 48 px high at 320x240 and scales up.

#[cfg(feature = "size-480x320")]
use crate::text::R14;
use crate::text::{self, Font, B10, B12, B14, BIG30, R10, R12};
#[cfg(any(feature = "size-480x320", feature = "size-800x480"))]
use crate::text::{B18, BIG42};
#[cfg(feature = "size-800x480")]
use crate::text::{B24, R18};
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use spotcheck_core::{Language, Question};

/// Sizes for one display.
pub(crate) struct Metrics {
    pub(crate) w: i32,
    pub(crate) h: i32,
    /// Outer margin.
    pub(crate) pad: i32,
    /// Space between blocks and between buttons (more than the focus ring).
    pub(crate) gap: i32,
    /// Height of the top bar and of every touch target.
    pub(crate) tap: u32,
    /// Focus ring: offset from the button edge and stroke width.
    pub(crate) ring: u32,
    pub(crate) title: &'static Font,
    pub(crate) body: &'static Font,
    pub(crate) small: &'static Font,
    pub(crate) button: &'static Font,
    pub(crate) button_small: &'static Font,
    pub(crate) big: &'static Font,
    /// Bold at body size (names of causes).
    pub(crate) bold: &'static Font,
    /// Large headings: welcome title, result banner, "Still there?".
    pub(crate) banner: &'static Font,
}

/// The metrics for a display of `size`: its size class, or the largest
/// class built below it (see the crate's screen-size features).
pub(crate) fn metrics(size: Size) -> Metrics {
    let w = size.width.max(1) as i32;
    let h = size.height.max(1) as i32;
    let short = w.min(h);
    #[cfg(feature = "size-800x480")]
    if short >= 440 {
        return large(w, h);
    }
    #[cfg(feature = "size-480x320")]
    if short >= 300 {
        return medium(w, h);
    }
    let _ = short;
    small(w, h)
}

fn small(w: i32, h: i32) -> Metrics {
    Metrics {
        w,
        h,
        pad: 5,
        gap: 6,
        tap: 48,
        ring: 2,
        title: &B12,
        body: &R12,
        small: &R10,
        button: &B12,
        button_small: &B10,
        big: &BIG30,
        bold: &B10,
        banner: &B14,
    }
}

#[cfg(feature = "size-480x320")]
fn medium(w: i32, h: i32) -> Metrics {
    Metrics {
        w,
        h,
        pad: 8,
        gap: 8,
        tap: 56,
        ring: 3,
        title: &B14,
        body: &R14,
        small: &R12,
        button: &B14,
        button_small: &B12,
        big: &BIG42,
        bold: &B14,
        banner: &B18,
    }
}

#[cfg(feature = "size-800x480")]
fn large(w: i32, h: i32) -> Metrics {
    Metrics {
        w,
        h,
        pad: 12,
        gap: 12,
        tap: 72,
        ring: 3,
        title: &B18,
        body: &R18,
        small: &R18,
        button: &B18,
        button_small: &B14,
        big: &BIG42,
        bold: &B18,
        banner: &B24,
    }
}

pub(crate) fn rect(x: i32, y: i32, w: i32, h: i32) -> Rectangle {
    Rectangle::new(
        Point::new(x, y),
        Size::new(w.max(0) as u32, h.max(0) as u32),
    )
}

impl Metrics {
    /// The whole screen.
    pub(crate) fn screen(&self) -> Rectangle {
        rect(0, 0, self.w, self.h)
    }

    /// The top bar.
    pub(crate) fn bar(&self) -> Rectangle {
        rect(0, 0, self.w, self.tap as i32)
    }

    /// Top-bar button on the left, sized for its label.
    pub(crate) fn bar_left(&self, label: &str) -> Rectangle {
        let w = self.nav_width(label);
        rect(self.pad, 0, w, self.tap as i32)
    }

    /// Top-bar button on the right, sized for its label.
    pub(crate) fn bar_right(&self, label: &str) -> Rectangle {
        let w = self.nav_width(label);
        rect(self.w - self.pad - w, 0, w, self.tap as i32)
    }

    fn nav_width(&self, label: &str) -> i32 {
        let min = self.tap as i32 + self.tap as i32 / 3;
        // Label in the button font, an arrow and its gap, the side margins.
        let arrow = self.button_small.ascent() * 2 / 3 + self.gap / 2;
        (self.button_small.width(label) as i32 + arrow + 2 * self.gap + 4).max(min)
    }

    /// The bottom row of full-height buttons.
    pub(crate) fn bottom_row(&self) -> Rectangle {
        rect(
            self.pad,
            self.h - self.pad - self.tap as i32,
            self.w - 2 * self.pad,
            self.tap as i32,
        )
    }

    /// The content area between the top bar and a bottom row at `bottom`.
    pub(crate) fn content(&self, bottom: i32) -> Rectangle {
        let top = self.tap as i32 + self.gap;
        rect(
            self.pad,
            top,
            self.w - 2 * self.pad,
            bottom - self.gap - top,
        )
    }

    /// `n` equal cells across `r`, separated by the gap.
    pub(crate) fn split(&self, r: Rectangle, n: usize, i: usize) -> Rectangle {
        let n = n.max(1) as i32;
        let cw = (r.size.width as i32 - (n - 1) * self.gap) / n;
        rect(
            r.top_left.x + i as i32 * (cw + self.gap),
            r.top_left.y,
            cw,
            r.size.height as i32,
        )
    }
}

/// How a question screen is arranged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum QuestionShape {
    /// Answers side by side in one bottom row.
    Row,
    /// Answers in two columns at the bottom (the last spans both if odd).
    Grid,
    /// Answers stacked in a column on the right, text on the left.
    Column,
    /// Answers in three columns (rows of up to three), for five answers on
    /// a short screen.
    Grid3,
}

/// Where the parts of a question screen go.
pub(crate) struct QuestionLayout {
    pub(crate) text: Rectangle,
    pub(crate) picture: Option<Rectangle>,
    pub(crate) answers: heapless::Vec<Rectangle, 5>,
}

/// Height of a question's prompt (unless it is in the bar) and bullets
/// wrapped at `width`.
pub(crate) fn question_text_height(
    m: &Metrics,
    q: &Question,
    lang: Language,
    width: u32,
    in_bar: bool,
) -> u32 {
    let mut h = if in_bar {
        0
    } else {
        text::height(q.prompt.get(lang), m.title, width)
    };
    let bw = width.saturating_sub(bullet_indent(m));
    for b in q.bullets {
        h += (m.gap / 2) as u32 + text::height(b.get(lang), m.small, bw);
    }
    h
}

/// Indent of bullet text (room for the dot).
pub(crate) fn bullet_indent(m: &Metrics) -> u32 {
    (m.small.pitch * 3 / 4).max(10)
}

/// The middle of the top bar, between the Back and Start over buttons.
pub(crate) fn bar_middle(m: &Metrics, lang: Language) -> Rectangle {
    let l = m.bar_left(crate::strings::BACK.get(lang));
    let r = m.bar_right(crate::view::start_over_label(m, lang));
    let x0 = l.top_left.x + l.size.width as i32 + m.gap;
    rect(x0, 0, r.top_left.x - m.gap - x0, m.tap as i32)
}

pub(crate) fn question_layout(
    m: &Metrics,
    q: &Question,
    _lang: Language,
    shape: QuestionShape,
    _in_bar: bool,
) -> QuestionLayout {
    let n = q.choices.len().clamp(1, 5);
    let tap = m.tap as i32;
    let mut answers = heapless::Vec::new();
    let text = match shape {
        QuestionShape::Row => {
            let row = m.bottom_row();
            for i in 0..n {
                let _ = answers.push(m.split(row, n, i));
            }
            m.content(row.top_left.y)
        }
        QuestionShape::Grid => {
            let rows = n.div_ceil(2) as i32;
            let top = m.h - m.pad - rows * tap - (rows - 1) * m.gap;
            for i in 0..n {
                let r = (i / 2) as i32;
                let y = top + r * (tap + m.gap);
                let row = rect(m.pad, y, m.w - 2 * m.pad, tap);
                let cell = if n % 2 == 1 && i == n - 1 {
                    row
                } else {
                    m.split(row, 2, i % 2)
                };
                let _ = answers.push(cell);
            }
            m.content(top)
        }
        QuestionShape::Grid3 => {
            let rows = n.div_ceil(3) as i32;
            let top = m.h - m.pad - rows * tap - (rows - 1) * m.gap;
            for i in 0..n {
                let r = i / 3;
                let in_row = (n - r * 3).min(3);
                let y = top + r as i32 * (tap + m.gap);
                let row = rect(m.pad, y, m.w - 2 * m.pad, tap);
                let _ = answers.push(m.split(row, in_row, i % 3));
            }
            m.content(top)
        }
        QuestionShape::Column => {
            let cw = (m.w - 2 * m.pad) * 3 / 10;
            let x = m.w - m.pad - cw;
            let top = m.tap as i32 + m.gap;
            for i in 0..n {
                let _ = answers.push(rect(x, top + i as i32 * (tap + m.gap), cw, tap));
            }
            let full = m.content(m.h - m.pad + m.gap);
            rect(
                full.top_left.x,
                full.top_left.y,
                x - m.gap - full.top_left.x,
                full.size.height as i32,
            )
        }
    };
    let (text, picture) = if q.role == spotcheck_core::tree::Role::GlassTest {
        // The picture goes to the right of the text, as tall as the text
        // area allows, about a third of its width.
        let share = if m.tap < 56 { 4 } else { 3 };
        let pw = (text.size.width as i32 / share).min(text.size.height as i32 * 4 / 3);
        let t = rect(
            text.top_left.x,
            text.top_left.y,
            text.size.width as i32 - pw - m.gap,
            text.size.height as i32,
        );
        let p = rect(
            t.top_left.x + t.size.width as i32 + m.gap,
            text.top_left.y,
            pw,
            text.size.height as i32,
        );
        (t, Some(p))
    } else {
        (text, None)
    };
    QuestionLayout {
        text,
        picture,
        answers,
    }
}

/// Picks the first arrangement in which the question's text and labels
/// fit; the flag says whether the prompt moves into the top bar.
pub(crate) fn question_shape(m: &Metrics, q: &Question, lang: Language) -> (QuestionShape, bool) {
    let n = q.choices.len();
    // A column of more than three answers would run off a short screen.
    let shapes: &[QuestionShape] = if n <= 3 {
        &[
            QuestionShape::Row,
            QuestionShape::Grid,
            QuestionShape::Column,
        ]
    } else {
        &[QuestionShape::Grid, QuestionShape::Grid3]
    };
    let bar = bar_middle(m, lang);
    let prompt_fits_bar = text::fits(q.prompt.get(lang), m.button_small, bar.size.width, 3);
    for &shape in shapes {
        for in_bar in [false, true] {
            if in_bar && !prompt_fits_bar {
                continue;
            }
            let l = question_layout(m, q, lang, shape, in_bar);
            let text_ok =
                question_text_height(m, q, lang, l.text.size.width, in_bar) <= l.text.size.height;
            let labels_ok = q.choices.iter().zip(l.answers.iter()).all(|(c, r)| {
                let inner = r.size.width.saturating_sub(m.gap as u32 + 4);
                text::fits(c.label.get(lang), m.button_small, inner, 3)
            });
            if text_ok && labels_ok {
                return (shape, in_bar);
            }
        }
    }
    (shapes[shapes.len() - 1], prompt_fits_bar)
}
