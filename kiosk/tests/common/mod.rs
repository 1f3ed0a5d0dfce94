//! Test helpers shared by the kiosk's integration tests.

use embedded_graphics::pixelcolor::Rgb565;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use embedded_graphics::Pixel;
use std::convert::Infallible;

/// A display that fails on any pixel written twice in one frame, or outside
/// the screen, and counts the pixels written.
pub struct OnceTarget {
    size: Size,
    seen: Vec<bool>,
    written: u64,
}

impl OnceTarget {
    /// A blank display of `size`.
    pub fn new(size: Size) -> Self {
        OnceTarget {
            size,
            seen: vec![false; (size.width * size.height) as usize],
            written: 0,
        }
    }
    /// Ends a frame: forgets which pixels were written, returns how many.
    pub fn frame(&mut self) -> u64 {
        self.seen.iter_mut().for_each(|s| *s = false);
        std::mem::take(&mut self.written)
    }
    fn mark(&mut self, p: Point) {
        assert!(
            p.x >= 0
                && p.y >= 0
                && (p.x as u32) < self.size.width
                && (p.y as u32) < self.size.height,
            "pixel {p:?} outside the screen"
        );
        let i = (p.y as u32 * self.size.width + p.x as u32) as usize;
        assert!(!self.seen[i], "pixel {p:?} drawn twice in one frame");
        self.seen[i] = true;
        self.written += 1;
    }
}

impl OriginDimensions for OnceTarget {
    fn size(&self) -> Size {
        self.size
    }
}

impl DrawTarget for OnceTarget {
    type Color = Rgb565;
    type Error = Infallible;
    fn draw_iter<I: IntoIterator<Item = Pixel<Rgb565>>>(
        &mut self,
        pixels: I,
    ) -> Result<(), Infallible> {
        for Pixel(p, _) in pixels {
            self.mark(p);
        }
        Ok(())
    }
    fn fill_contiguous<I: IntoIterator<Item = Rgb565>>(
        &mut self,
        area: &Rectangle,
        colors: I,
    ) -> Result<(), Infallible> {
        let mut it = colors.into_iter();
        for p in area.points() {
            assert!(it.next().is_some(), "too few colours for {area:?}");
            self.mark(p);
        }
        assert!(it.next().is_none(), "too many colours for {area:?}");
        Ok(())
    }
}
