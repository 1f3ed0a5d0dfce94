//! Rounded rectangles and circles as rows of pixels: the kiosk's own
//! rasteriser, used for every rounded rectangle and circle it draws, so
//! the host, QEMU and the Pico paint the same pixels through this code.
//!
//! What it owns is one rule and the arithmetic for it. A [`Round`] is a
//! rectangle whose four corners are quarter circles of one diameter (a
//! circle is a square whose corners' diameter is its side). A corner's
//! circle touches the two sides of its corner, and **a pixel is inside
//! when its centre lies inside or on that circle**; every pixel not in a
//! corner's square is inside. Everything is worked in doubled
//! coordinates, so pixel centres and odd diameters are whole numbers:
//! in a corner row whose centre is `b` half pixels from the circle's
//! centre (`b = d - 2k - 1` for the `k`th row from the top or bottom
//! edge, `d` the diameter), a pixel `a` half pixels from it sideways is
//! inside when `a^2 + b^2 <= d^2`. So the row is inset, at both ends, by
//! `(d - floor(sqrt(d^2 - b^2))) / 2` pixels: one integer square root per
//! corner row, no floating point, no per-pixel test.
//!
//! It promises, for any sizes (tested below):
//! - a row is one span `[x0, x1)`, inside the bounding box;
//! - shapes are symmetric left to right and top to bottom;
//! - the inset never grows from a corner's edge row towards the middle;
//! - a row's span depends on nothing but the shape and the row, so a
//!   shape painted band by band is the shape painted at once;
//! - diameter 0 is the plain rectangle; a diameter larger than the
//!   shorter side is confined to it (a square then becomes a circle);
//! - no heap, no indexing, no panic: sizes saturate, and the diameter is
//!   capped at [`MAX_DIAMETER`] so that `d^2` fits a `u32`.
//!
//! Strokes are the difference of two rounds (see [`Round::offset`]); the
//! canvas paints them as spans (`Canvas::rounded`, `Canvas::circle`).

use embedded_graphics::prelude::{Point, Size};
use embedded_graphics::primitives::Rectangle;

/// The largest corner diameter, in pixels (far beyond any screen), so
/// that its square fits a `u32`.
pub(crate) const MAX_DIAMETER: u32 = 0xFFFF;

/// A rectangle with round corners, or a circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Round {
    left: i32,
    top: i32,
    width: u32,
    height: u32,
    /// The corners' diameter: twice their radius, at most the shorter
    /// side and [`MAX_DIAMETER`].
    diameter: u32,
}

impl Round {
    /// `r` with corners of `radius` (confined to half the shorter side).
    pub(crate) fn rect(r: Rectangle, radius: u32) -> Round {
        Round::new(r, radius.saturating_mul(2))
    }

    /// The circle of `diameter` whose bounding square starts at
    /// `top_left`.
    pub(crate) fn circle(top_left: Point, diameter: u32) -> Round {
        Round::new(
            Rectangle::new(top_left, Size::new_equal(diameter)),
            diameter,
        )
    }

    fn new(r: Rectangle, diameter: u32) -> Round {
        let (width, height) = (r.size.width, r.size.height);
        Round {
            left: r.top_left.x,
            top: r.top_left.y,
            width,
            height,
            diameter: diameter.min(width).min(height).min(MAX_DIAMETER),
        }
    }

    /// The round grown by `n` pixels on every side (shrunk when `n` is
    /// negative), its corners' radius growing (shrinking) by `n` too, so
    /// the corners keep their centres: the outline of a stroke `n` wide
    /// outside, or the area inside a stroke `-n` wide.
    pub(crate) fn offset(&self, n: i32) -> Round {
        let twice = n.saturating_mul(2);
        Round::new(
            Rectangle::new(
                Point::new(self.left.saturating_sub(n), self.top.saturating_sub(n)),
                Size::new(
                    self.width.saturating_add_signed(twice),
                    self.height.saturating_add_signed(twice),
                ),
            ),
            self.diameter.saturating_add_signed(twice),
        )
    }

    /// The rows the round covers, top to bottom.
    pub(crate) fn rows(&self) -> core::ops::Range<i32> {
        let h = i32::try_from(self.height).unwrap_or(i32::MAX);
        self.top..self.top.saturating_add(h)
    }

    /// The columns `[x0, x1)` row `y` covers, if any.
    pub(crate) fn span(&self, y: i32) -> Option<(i32, i32)> {
        if !self.rows().contains(&y) || self.width == 0 {
            return None;
        }
        let from_top = y.abs_diff(self.top);
        let from_bottom = self.height.saturating_sub(1).saturating_sub(from_top);
        let inset = self.inset(from_top.min(from_bottom));
        let w = i32::try_from(self.width).unwrap_or(i32::MAX);
        let inset = i32::try_from(inset).unwrap_or(0);
        Some((
            self.left.saturating_add(inset),
            self.left.saturating_add(w).saturating_sub(inset),
        ))
    }

    /// How many pixels row `k` from the nearer top or bottom edge loses
    /// at each end (the module's rule).
    fn inset(&self, k: u32) -> u32 {
        let d = self.diameter;
        // The row centre's distance from the corner circle's centre, in
        // half pixels; rows at or past the centre are straight.
        let b = match k
            .checked_mul(2)
            .and_then(|k2| d.checked_sub(k2))
            .and_then(|b| b.checked_sub(1))
        {
            Some(b) if b > 0 => b,
            _ => return 0,
        };
        // d <= MAX_DIAMETER, so d^2 fits; b < d, so the difference is > 0.
        let reach = isqrt(d * d - b * b);
        (d - reach.min(d)) / 2
    }

    /// The number of rows at the top (and at the bottom) that are
    /// inset: the rest are straight.
    #[cfg(test)]
    pub(crate) fn corner_rows(&self) -> u32 {
        self.diameter / 2
    }
}

/// `floor(sqrt(n))`, two bits of `n` at a time from the top: sixteen
/// steps of shifts, compares and subtractions (the Cortex-M0 has no
/// divider).
fn isqrt(n: u32) -> u32 {
    let mut rest = n;
    let mut root = 0u32;
    let mut bit = 1u32 << 30;
    while bit > n {
        bit >>= 2;
    }
    while bit != 0 {
        let trial = root + bit;
        root >>= 1;
        if rest >= trial {
            rest -= trial;
            root += bit;
        }
        bit >>= 2;
    }
    root
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    fn sizes() -> impl Iterator<Item = (u32, u32, u32)> {
        let sides = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 17, 30, 41, 64];
        let diameters = [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 16, 20, 33, 64, 1000];
        sides.into_iter().flat_map(move |w| {
            sides
                .into_iter()
                .flat_map(move |h| diameters.into_iter().map(move |d| (w, h, d)))
        })
    }

    fn round(w: u32, h: u32, d: u32) -> Round {
        Round::new(Rectangle::new(Point::new(-3, 5), Size::new(w, h)), d)
    }

    #[test]
    fn square_roots_are_floors() {
        for n in (0..70_000).chain([u32::MAX - 1, u32::MAX, 0xFFFE_0001, 0xFFFE_0000]) {
            let r = isqrt(n) as u64;
            assert!(r * r <= n as u64 && (r + 1) * (r + 1) > n as u64, "{n}");
        }
    }

    #[test]
    fn spans_stay_inside_the_bounding_box() {
        for (w, h, d) in sizes() {
            let s = round(w, h, d);
            assert_eq!(s.rows(), 5..5 + h as i32);
            for y in s.rows() {
                let (x0, x1) = s.span(y).unwrap_or((-3, -3));
                assert!(-3 <= x0 && x0 <= x1 && x1 <= -3 + w as i32, "{w}x{h} d{d}");
            }
            assert_eq!(s.span(4), None);
            assert_eq!(s.span(5 + h as i32), None);
        }
    }

    #[test]
    fn shapes_are_symmetric() {
        for (w, h, d) in sizes() {
            let s = round(w, h, d);
            for y in s.rows() {
                let mirror = 5 + 5 + h as i32 - 1 - y;
                assert_eq!(s.span(y), s.span(mirror), "{w}x{h} d{d} row {y}");
                if let Some((x0, x1)) = s.span(y) {
                    assert_eq!(x0 - -3, -3 + w as i32 - x1, "{w}x{h} d{d} row {y}");
                }
            }
            // A circle is also symmetric about its diagonal: the rows'
            // insets are its columns' insets.
            if w == h && d >= w {
                for y in s.rows() {
                    let (x0, x1) = s.span(y).unwrap_or((0, 0));
                    for x in -3..-3 + w as i32 {
                        let col = x - -3 + 5;
                        let inside = s
                            .span(col)
                            .is_some_and(|(a, b)| (a..b).contains(&(y - 5 + -3)));
                        assert_eq!((x0..x1).contains(&x), inside, "circle {w} at {x},{y}");
                    }
                }
            }
        }
    }

    #[test]
    fn corners_never_widen_their_inset_towards_the_middle() {
        for (w, h, d) in sizes() {
            let s = round(w, h, d);
            let mut last = 0;
            for y in s.rows().take(h.div_ceil(2) as usize) {
                let (x0, _) = s.span(y).unwrap_or((-3, -3));
                if y > 5 {
                    assert!(x0 <= last, "{w}x{h} d{d} row {y}");
                }
                last = x0;
            }
            // Past the corners every row is the whole width.
            for y in s.rows().skip(s.corner_rows() as usize) {
                if y < 5 + h as i32 - s.corner_rows() as i32 && w > 0 {
                    assert_eq!(s.span(y), Some((-3, -3 + w as i32)), "{w}x{h} d{d}");
                }
            }
        }
    }

    #[test]
    fn diameter_zero_is_the_rectangle() {
        for (w, h, _) in sizes() {
            let s = Round::rect(Rectangle::new(Point::new(-3, 5), Size::new(w, h)), 0);
            for y in s.rows() {
                let whole = Some((-3, -3 + w as i32)).filter(|_| w > 0);
                assert_eq!(s.span(y), whole);
            }
        }
    }

    #[test]
    fn a_radius_past_half_the_shorter_side_is_confined() {
        for (w, h, d) in sizes() {
            let r = Rectangle::new(Point::new(-3, 5), Size::new(w, h));
            let big = Round::rect(r, 5000);
            assert_eq!(big, round(w, h, w.min(h)), "{w}x{h} d{d}");
        }
        // A square with too large corners is its circle.
        for d in 0..40 {
            let r = Rectangle::new(Point::new(2, 2), Size::new_equal(d));
            assert_eq!(Round::rect(r, d), Round::circle(Point::new(2, 2), d));
        }
    }

    #[test]
    fn small_circles_look_like_circles() {
        let picture = |d: u32| {
            let c = Round::circle(Point::zero(), d);
            c.rows()
                .map(|y| {
                    let (x0, x1) = c.span(y).unwrap_or((0, 0));
                    (0..d as i32)
                        .map(|x| if (x0..x1).contains(&x) { '#' } else { '.' })
                        .collect::<std::string::String>()
                })
                .collect::<std::vec::Vec<_>>()
        };
        assert_eq!(picture(4), [".##.", "####", "####", ".##."]);
        assert_eq!(picture(5), [".###.", "#####", "#####", "#####", ".###."]);
        assert_eq!(
            picture(8),
            [
                "..####..", ".######.", "########", "########", "########", "########", ".######.",
                "..####..",
            ]
        );
    }

    #[test]
    fn offsets_keep_the_corner_centres_and_saturate() {
        let s = round(20, 10, 8);
        assert_eq!(s.offset(2), round(24, 14, 12).offset(0).moved(-2, -2));
        assert_eq!(s.offset(-2), round(16, 6, 4).moved(2, 2));
        assert_eq!(s.offset(-20).span(10), None);
        let huge = s.offset(i32::MAX);
        assert!(huge.span(0).is_some());
        assert_eq!(s.offset(i32::MIN).span(5), None);
    }

    impl Round {
        fn moved(mut self, dx: i32, dy: i32) -> Round {
            self.left += dx;
            self.top += dy;
            self
        }
    }
}
