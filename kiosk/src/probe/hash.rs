//! A display that only remembers a fingerprint (re-exported from
//! [`crate::probe`]): the frame hash that lets a
//! Cortex-M run be compared with the host, pixel for pixel, without a
//! frame buffer.
//!
//! [`HashProbe`] is an Rgb565 [`DrawTarget`] of a given size. Every pixel
//! drawn inside the screen is folded, in draw order, into a 32-bit FNV-1a
//! hash of two 32-bit words: `x | y << 16`, then the raw Rgb565 colour.
//! Pixels outside the screen are dropped, as a real panel drops them, and
//! counted apart. Only integer operations are used, so the same frame gives
//! the same hash on thumbv6m and on x86-64.
//!
//! Why 32-bit words and a 32-bit hash: on a Cortex-M0 a 64-bit multiply is
//! a library call of a few dozen instructions, a 32-bit one is one `muls`.
//! Hashing two words a pixel keeps the probe's cost small beside the
//! drawing it measures. A 1 in 4 billion chance that two different frames
//! collide is fine for a regression check.
//!
//! The hash covers the draw order too, not just the final picture: two
//! runs that paint the same screen in a different order differ. That is
//! what we want, since the board's SPI traffic is the draw order.

use embedded_graphics::draw_target::DrawTarget;
use embedded_graphics::geometry::{OriginDimensions, Point, Size};
use embedded_graphics::pixelcolor::raw::{RawData, RawU16};
use embedded_graphics::pixelcolor::Rgb565;
use embedded_graphics::primitives::Rectangle;
use embedded_graphics::Pixel;

/// FNV-1a 32-bit offset basis.
pub const FNV_OFFSET: u32 = 0x811c_9dc5;
/// FNV-1a 32-bit prime.
pub const FNV_PRIME: u32 = 0x0100_0193;

/// One frame's fingerprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FrameHash {
    /// FNV-1a over every pixel drawn on screen, in order.
    pub hash: u32,
    /// Pixels drawn on screen (a pixel drawn twice counts twice).
    pub pixels: u32,
    /// Pixels drawn outside the screen and dropped.
    pub clipped: u32,
}

impl FrameHash {
    /// The fingerprint of a frame that drew nothing.
    pub const EMPTY: FrameHash = FrameHash {
        hash: FNV_OFFSET,
        pixels: 0,
        clipped: 0,
    };
}

/// A hashing Rgb565 draw target of a fixed size.
///
/// ```
/// use embedded_graphics::{pixelcolor::Rgb565, prelude::*, primitives::*};
/// use spotcheck_kiosk::probe::HashProbe;
///
/// let mut probe = HashProbe::new(Size::new(320, 240));
/// Rectangle::new(Point::zero(), Size::new(4, 2))
///     .into_styled(PrimitiveStyle::with_fill(Rgb565::RED))
///     .draw(&mut probe)
///     .unwrap();
/// let frame = probe.take();
/// assert_eq!(frame.pixels, 8);
/// assert_eq!(probe.current().pixels, 0); // `take` starts the next frame
/// ```
#[derive(Clone, Debug)]
pub struct HashProbe {
    size: Size,
    frame: FrameHash,
}

impl HashProbe {
    /// A probe for a screen of `size` pixels.
    pub const fn new(size: Size) -> HashProbe {
        HashProbe {
            size,
            frame: FrameHash::EMPTY,
        }
    }

    /// The fingerprint of everything drawn since the last [`take`](Self::take).
    pub fn current(&self) -> FrameHash {
        self.frame
    }

    /// Ends the frame: gives its fingerprint and starts a new one.
    pub fn take(&mut self) -> FrameHash {
        core::mem::replace(&mut self.frame, FrameHash::EMPTY)
    }

    #[inline(always)]
    fn fold(&mut self, x: u32, y: u32, raw: u16) {
        let mut h = self.frame.hash;
        h = (h ^ (x | y << 16)).wrapping_mul(FNV_PRIME);
        h = (h ^ u32::from(raw)).wrapping_mul(FNV_PRIME);
        self.frame.hash = h;
        self.frame.pixels = self.frame.pixels.wrapping_add(1);
    }
}

impl OriginDimensions for HashProbe {
    fn size(&self) -> Size {
        self.size
    }
}

impl DrawTarget for HashProbe {
    type Color = Rgb565;
    type Error = core::convert::Infallible;

    fn draw_iter<I>(&mut self, pixels: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Pixel<Self::Color>>,
    {
        let (w, h) = (self.size.width, self.size.height);
        for Pixel(p, c) in pixels {
            // Negative coordinates wrap to huge values and fail the test.
            let (x, y) = (p.x as u32, p.y as u32);
            if x < w && y < h {
                self.fold(x, y, RawU16::from(c).into_inner());
            } else {
                self.frame.clipped = self.frame.clipped.wrapping_add(1);
            }
        }
        Ok(())
    }

    /// Same result as the default (the pixels of `area`, row by row, paired
    /// with `colors` until either runs out, through
    /// [`draw_iter`](Self::draw_iter)), without building a `Pixel` per
    /// point: the app draws everything this way, in bands.
    fn fill_contiguous<I>(&mut self, area: &Rectangle, colors: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Self::Color>,
    {
        let (w, h) = (self.size.width, self.size.height);
        let mut colors = colors.into_iter();
        let (x0, y0) = (area.top_left.x, area.top_left.y);
        let screen = Rectangle::new(Point::zero(), self.size);
        if area.intersection(&screen) == *area {
            // All inside (every kiosk draw): the hash kept in registers,
            // no per-pixel bounds check. The same fold as `fold`.
            let (mut hash, mut pixels) = (self.frame.hash, self.frame.pixels);
            let (x0, y0) = (x0 as u32, y0 as u32);
            'rows: for y in y0..y0 + area.size.height {
                let row = y << 16;
                for x in x0..x0 + area.size.width {
                    let Some(c) = colors.next() else {
                        break 'rows;
                    };
                    hash = (hash ^ (x | row)).wrapping_mul(FNV_PRIME);
                    hash = (hash ^ u32::from(RawU16::from(c).into_inner())).wrapping_mul(FNV_PRIME);
                    pixels = pixels.wrapping_add(1);
                }
            }
            self.frame.hash = hash;
            self.frame.pixels = pixels;
            return Ok(());
        }
        for y in y0..y0 + area.size.height as i32 {
            for x in x0..x0 + area.size.width as i32 {
                let Some(c) = colors.next() else {
                    return Ok(());
                };
                let (ux, uy) = (x as u32, y as u32);
                if ux < w && uy < h {
                    self.fold(ux, uy, RawU16::from(c).into_inner());
                } else {
                    self.frame.clipped = self.frame.clipped.wrapping_add(1);
                }
            }
        }
        Ok(())
    }

    fn fill_solid(&mut self, area: &Rectangle, color: Self::Color) -> Result<(), Self::Error> {
        let screen = Rectangle::new(Point::zero(), self.size);
        let inside = area.intersection(&screen);
        let outside = area.size.width * area.size.height - inside.size.width * inside.size.height;
        self.frame.clipped = self.frame.clipped.wrapping_add(outside);
        let raw = RawU16::from(color).into_inner();
        let (x0, y0) = (inside.top_left.x as u32, inside.top_left.y as u32);
        for y in y0..y0 + inside.size.height {
            for x in x0..x0 + inside.size.width {
                self.fold(x, y, raw);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_graphics::prelude::*;
    use embedded_graphics::primitives::PrimitiveStyle;

    /// The reference, written out plainly from the module docs.
    fn reference(pixels: &[(u32, u32, u16)]) -> u32 {
        let mut h = FNV_OFFSET;
        for &(x, y, c) in pixels {
            for word in [x | y << 16, u32::from(c)] {
                h = (h ^ word).wrapping_mul(FNV_PRIME);
            }
        }
        h
    }

    #[test]
    fn hashes_pixels_in_draw_order_with_position_and_colour() {
        let mut probe = HashProbe::new(Size::new(320, 240));
        let px = [
            Pixel(Point::new(0, 0), Rgb565::RED),
            Pixel(Point::new(319, 239), Rgb565::new(1, 2, 3)),
        ];
        probe.draw_iter(px).unwrap();
        let f = probe.take();
        assert_eq!(f.pixels, 2);
        assert_eq!(f.clipped, 0);
        let red = RawU16::from(Rgb565::RED).into_inner();
        let other = RawU16::from(Rgb565::new(1, 2, 3)).into_inner();
        assert_eq!(f.hash, reference(&[(0, 0, red), (319, 239, other)]));

        // The same pixels in the other order give another hash.
        probe.draw_iter(px.iter().rev().copied()).unwrap();
        assert_ne!(probe.take().hash, f.hash);
    }

    #[test]
    fn known_value_is_pinned() {
        // Pinned so a change to the hash is seen: the QEMU image and the
        // host must agree, and logs from older runs stay comparable.
        let mut probe = HashProbe::new(Size::new(320, 240));
        Rectangle::new(Point::new(10, 20), Size::new(3, 2))
            .into_styled(PrimitiveStyle::with_fill(Rgb565::BLUE))
            .draw(&mut probe)
            .unwrap();
        let f = probe.take();
        assert_eq!(f.pixels, 6);
        let blue = RawU16::from(Rgb565::BLUE).into_inner();
        let mut expect = [(0, 0, 0); 6];
        let mut i = 0;
        for y in 20..22 {
            for x in 10..13 {
                expect[i] = (x, y, blue);
                i += 1;
            }
        }
        assert_eq!(f.hash, reference(&expect));
        assert_eq!(f.hash, 0x222c_bbbd);
    }

    #[test]
    fn off_screen_pixels_are_dropped_and_counted() {
        let mut probe = HashProbe::new(Size::new(4, 4));
        probe
            .draw_iter([
                Pixel(Point::new(-1, 0), Rgb565::RED),
                Pixel(Point::new(0, 4), Rgb565::RED),
                Pixel(Point::new(4, 0), Rgb565::RED),
            ])
            .unwrap();
        let f = probe.take();
        assert_eq!((f.hash, f.pixels, f.clipped), (FNV_OFFSET, 0, 3));
    }

    #[test]
    fn fill_solid_equals_pixel_by_pixel_drawing() {
        let mut fast = HashProbe::new(Size::new(20, 10));
        let mut slow = HashProbe::new(Size::new(20, 10));
        for area in [
            Rectangle::new(Point::new(0, 0), Size::new(20, 10)),
            Rectangle::new(Point::new(-3, 4), Size::new(9, 9)),
            Rectangle::new(Point::new(18, -2), Size::new(5, 3)),
            Rectangle::new(Point::new(30, 30), Size::new(2, 2)),
            Rectangle::new(Point::new(1, 1), Size::zero()),
        ] {
            fast.fill_solid(&area, Rgb565::CYAN).unwrap();
            slow.draw_iter(area.points().map(|p| Pixel(p, Rgb565::CYAN)))
                .unwrap();
            assert_eq!(fast.take(), slow.take(), "{area:?}");
        }
    }

    #[test]
    fn fill_contiguous_equals_pixel_by_pixel_drawing() {
        let mut fast = HashProbe::new(Size::new(20, 10));
        let mut slow = HashProbe::new(Size::new(20, 10));
        let colours = |n: usize| (0..n).map(|i| Rgb565::new(i as u8 & 31, (i / 3) as u8 & 63, 7));
        for (area, n) in [
            (Rectangle::new(Point::new(0, 0), Size::new(20, 10)), 200),
            (Rectangle::new(Point::new(-3, 4), Size::new(9, 9)), 81),
            (Rectangle::new(Point::new(18, -2), Size::new(5, 3)), 15),
            (Rectangle::new(Point::new(2, 2), Size::new(5, 5)), 7), // colours run out
        ] {
            fast.fill_contiguous(&area, colours(n)).unwrap();
            slow.draw_iter(area.points().zip(colours(n)).map(|(p, c)| Pixel(p, c)))
                .unwrap();
            assert_eq!(fast.take(), slow.take(), "{area:?}");
        }
    }

    #[test]
    fn an_empty_frame_is_the_offset_basis() {
        let mut probe = HashProbe::new(Size::new(1, 1));
        assert_eq!(probe.take(), FrameHash::EMPTY);
        assert_eq!(probe.size(), Size::new(1, 1));
    }
}
