//! Measuring tools for tests, the simulator and the firmware: a display
//! that counts (and checks) the pixels the app sends, a layout check that
//! reports text that does not fit, and [`HashProbe`], the hashing display
//! whose frame fingerprints the QEMU run compares with the host.

mod hash;

pub use hash::{FrameHash, HashProbe, FNV_OFFSET, FNV_PRIME};

use crate::canvas::{Canvas, Overflow};
use crate::{layout, view, App};
use core::convert::Infallible;
use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use embedded_graphics::Pixel;

/// A display that stores nothing and counts the pixels written to it, and
/// how many of them were already written in the same frame is up to the
/// caller (see the crate's tests for the strict once-per-frame target).
pub struct CountingTarget<C> {
    size: Size,
    /// Pixels written since the last [`CountingTarget::take`].
    pub pixels: u64,
    /// Pixels written outside the display.
    pub outside: u64,
    _c: core::marker::PhantomData<C>,
}

impl<C> CountingTarget<C> {
    /// A counting display of `size`.
    pub fn new(size: Size) -> Self {
        CountingTarget {
            size,
            pixels: 0,
            outside: 0,
            _c: core::marker::PhantomData,
        }
    }

    /// The pixels written since the last call, resetting the count.
    pub fn take(&mut self) -> u64 {
        core::mem::take(&mut self.pixels)
    }
}

impl<C> OriginDimensions for CountingTarget<C> {
    fn size(&self) -> Size {
        self.size
    }
}

impl<C: PixelColor> DrawTarget for CountingTarget<C> {
    type Color = C;
    type Error = Infallible;

    fn draw_iter<I: IntoIterator<Item = Pixel<C>>>(&mut self, pixels: I) -> Result<(), Infallible> {
        let bb = self.bounding_box();
        for Pixel(p, _) in pixels {
            if bb.contains(p) {
                self.pixels += 1;
            } else {
                self.outside += 1;
            }
        }
        Ok(())
    }

    fn fill_contiguous<I: IntoIterator<Item = C>>(
        &mut self,
        area: &Rectangle,
        colors: I,
    ) -> Result<(), Infallible> {
        let inside = self.bounding_box().intersection(area);
        let n = colors.into_iter().count() as u64;
        let i = inside.size.width as u64 * inside.size.height as u64;
        self.pixels += i.min(n);
        self.outside += n.saturating_sub(i);
        Ok(())
    }
}

/// Lays the current screen out without drawing and returns the first text
/// that does not fit its box, if any.
pub fn overflow(app: &App) -> Option<Overflow> {
    let m = layout::metrics(app.size());
    let mut buf = [0u8; 0];
    let mut c = Canvas::new(m.screen(), &mut buf);
    // Paint with the QR code of the real size so its fit is checked.
    if view::qr_area(app).is_some() {
        let mut code = crate::qr::Modules::NONE;
        code.encode(app.session());
        view::paint(app, code.code(), &mut c);
    } else {
        view::paint(app, None, &mut c);
    }
    c.overflow
}

/// The colour of the app's palette for `ink` (for tests that read pixels).
pub fn palette() -> [Rgb888; 16] {
    crate::theme::PALETTE
}
