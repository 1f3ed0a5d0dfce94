//! Fonts, word wrapping and text boxes.
//!
//! The fonts are u8g2's proportional Helvetica (`_tf`: every Latin-1
//! glyph, so Spanish accents, `¿ ¡ ñ` and `°` all render). Wrapping is
//! greedy at spaces, measured with the font's own advances. A word wider
//! than its box, or more lines than the box holds, is recorded as an
//! [`crate::canvas::Overflow`] and never drawn outside the box.
//!
//! (embedded-text does wrapping too, but it lays out a whole box on every
//! draw call; the band compositor paints each band separately, so here a
//! line is only rendered when it touches the band.)

use crate::canvas::Canvas;
use crate::theme::Ink;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use u8g2_fonts::fonts;
use u8g2_fonts::types::{FontColor, VerticalPosition};
use u8g2_fonts::FontRenderer;

/// A font and the line pitch the kiosk uses for it.
pub(crate) struct Font {
    r: FontRenderer,
    /// Distance between baselines.
    pub(crate) pitch: u32,
}

macro_rules! font {
    ($name:ident, $f:ident, $extra:expr) => {
        pub(crate) static $name: Font = Font {
            r: FontRenderer::new::<fonts::$f>().with_ignore_unknown_chars(true),
            pitch: (FontRenderer::new::<fonts::$f>().get_ascent() as i32
                - FontRenderer::new::<fonts::$f>().get_descent() as i32
                + $extra) as u32,
        };
    };
}

font!(R10, u8g2_font_helvR10_tf, 0);
font!(B10, u8g2_font_helvB10_tf, 0);
font!(R12, u8g2_font_helvR12_tf, 1);
font!(B12, u8g2_font_helvB12_tf, 1);
font!(R14, u8g2_font_helvR14_tf, 1);
font!(B14, u8g2_font_helvB14_tf, 1);
font!(R18, u8g2_font_helvR18_tf, 2);
font!(B18, u8g2_font_helvB18_tf, 2);
font!(B24, u8g2_font_helvB24_tf, 2);
font!(BIG30, u8g2_font_fur30_tf, 0);
font!(BIG42, u8g2_font_fur42_tf, 0);

impl Font {
    /// Pixels above the baseline.
    pub(crate) fn ascent(&self) -> i32 {
        self.r.get_ascent() as i32
    }

    /// Width of `s` on one line: the advance, or the ink if it reaches
    /// further.
    pub(crate) fn width(&self, s: &str) -> u32 {
        match self
            .r
            .get_rendered_dimensions(s, Point::zero(), VerticalPosition::Baseline)
        {
            Ok(d) => {
                let ink = d
                    .bounding_box
                    .map(|b| (b.top_left.x + b.size.width as i32).max(0) as u32)
                    .unwrap_or(0);
                (d.advance.x.max(0) as u32).max(ink)
            }
            Err(_) => 0,
        }
    }

    fn advance(&self, s: &str) -> u32 {
        match self
            .r
            .get_rendered_dimensions(s, Point::zero(), VerticalPosition::Baseline)
        {
            Ok(d) => d.advance.x.max(0) as u32,
            Err(_) => 0,
        }
    }

    /// Draws one line with its baseline at `baseline`.
    pub(crate) fn draw(&self, c: &mut Canvas, s: &str, x: i32, baseline: i32, ink: Ink) {
        let line = Rectangle::new(
            Point::new(i32::MIN / 4, baseline - self.ascent()),
            Size::new(u32::MAX / 2, self.pitch),
        );
        if !c.touches(&line) {
            return;
        }
        let _ = self.r.render(
            s,
            Point::new(x, baseline),
            VerticalPosition::Baseline,
            FontColor::Transparent(ink),
            c,
        );
    }
}

/// The lines `text` wraps into at `width` pixels.
pub(crate) struct Lines<'a> {
    rest: &'a str,
    font: &'static Font,
    width: u32,
}

/// Wraps `text` greedily at spaces to lines no wider than `width`.
pub(crate) fn lines<'a>(text: &'a str, font: &'static Font, width: u32) -> Lines<'a> {
    Lines {
        rest: text.trim_start(),
        font,
        width,
    }
}

impl<'a> Iterator for Lines<'a> {
    /// A line and its width (which exceeds the box only for a word too long
    /// to fit on any line).
    type Item = (&'a str, u32);

    fn next(&mut self) -> Option<(&'a str, u32)> {
        let text = self.rest;
        if text.is_empty() {
            return None;
        }
        let space = self.font.advance(" ");
        let mut end = 0usize;
        let mut w = 0u32;
        let mut pos = 0usize;
        for word in text.split(' ') {
            let start = pos;
            pos += word.len() + 1;
            if word.is_empty() {
                continue;
            }
            let ww = self.font.advance(word);
            let add = if end == 0 { ww } else { w + space + ww };
            if end != 0 && add > self.width {
                break;
            }
            w = add;
            end = start + word.len();
            if end == 0 {
                break;
            }
        }
        let (line, rest) = text.split_at(end.min(text.len()));
        self.rest = rest.trim_start();
        let line = line.trim_end();
        Some((line, self.font.width(line).max(w)))
    }
}

/// Horizontal placement of lines in a box.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
}

/// The height `text` takes wrapped at `width`.
pub(crate) fn height(text: &str, font: &'static Font, width: u32) -> u32 {
    lines(text, font, width).count() as u32 * font.pitch
}

/// Whether `text` wraps at `width` into at most `max_lines` lines with no
/// word wider than the box.
pub(crate) fn fits(text: &str, font: &'static Font, width: u32, max_lines: u32) -> bool {
    let mut n = 0;
    for (_, w) in lines(text, font, width) {
        n += 1;
        if w > width || n > max_lines {
            return false;
        }
    }
    true
}

/// Draws `text` wrapped into `area`, top-aligned; returns the height used.
/// Lines that would fall outside `area` are not drawn and are recorded as
/// an overflow.
pub(crate) fn paragraph(
    c: &mut Canvas,
    text: &str,
    font: &'static Font,
    ink: Ink,
    area: Rectangle,
    align: Align,
) -> u32 {
    let mut y = area.top_left.y;
    let bottom = area.top_left.y + area.size.height as i32;
    for (line, w) in lines(text, font, area.size.width) {
        if y + font.pitch as i32 > bottom {
            c.overflowed(text, area, "too many lines");
            break;
        }
        if w > area.size.width {
            c.overflowed(line, area, "a word is wider than its box");
        }
        let x = match align {
            Align::Left => area.top_left.x,
            Align::Center => area.top_left.x + (area.size.width as i32 - w as i32) / 2,
        };
        font.draw(c, line, x, y + font.ascent(), ink);
        y += font.pitch as i32;
    }
    (y - area.top_left.y) as u32
}

/// Draws `text` wrapped and centred both ways in `area`.
pub(crate) fn centered(c: &mut Canvas, text: &str, font: &'static Font, ink: Ink, area: Rectangle) {
    middle(c, text, font, ink, area, Align::Center);
}

/// Draws `text` wrapped, left-aligned and centred vertically in `area`.
pub(crate) fn centered_left(
    c: &mut Canvas,
    text: &str,
    font: &'static Font,
    ink: Ink,
    area: Rectangle,
) {
    middle(c, text, font, ink, area, Align::Left);
}

/// Draws `text` wrapped with `align`, centred vertically in `area`.
fn middle(
    c: &mut Canvas,
    text: &str,
    font: &'static Font,
    ink: Ink,
    area: Rectangle,
    align: Align,
) {
    let h = height(text, font, area.size.width);
    let top = area.top_left.y + (area.size.height as i32 - h as i32).max(0) / 2;
    let inner = Rectangle::new(
        Point::new(area.top_left.x, top),
        Size::new(
            area.size.width,
            (area.top_left.y + area.size.height as i32 - top).max(0) as u32,
        ),
    );
    paragraph(c, text, font, ink, inner, align);
}
