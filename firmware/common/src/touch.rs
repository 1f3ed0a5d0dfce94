//! Resistive touch, from raw XPT2046 readings to taps: the pressure
//! threshold, averaging, debounce and calibration, with no hardware in
//! sight so it is tested on the host. The board code reads the chip and
//! hands [`Raw`] samples to a [`TouchFilter`] with the time.
//!
//! Contract:
//! - a sample counts as pressed when its pressure reaches
//!   [`PRESSURE_MIN`] and its readings agree within [`SPREAD_MAX`];
//! - [`Event::TouchDown`] comes after [`DOWN_POLLS`] pressed polls in a
//!   row, at the average of their positions (so a brush or a bounce is not
//!   a tap);
//! - [`Event::TouchUp`] comes after [`UP_POLLS`] released polls in a row,
//!   at the last pressed position (so a flicker mid-press is not a lift);
//! - positions go through a [`Calibration`], raw ADC counts to pixels,
//!   clamped to the screen.

use embedded_graphics::geometry::{Point, Size};
use spotcheck_kiosk::Event;

/// Least pressure (Z1 + 4095 - Z2 style, higher is firmer) for a press.
pub const PRESSURE_MIN: u16 = 300;
/// Most difference between the readings averaged into one sample, in raw
/// counts; more means the finger moved or the panel is noisy.
pub const SPREAD_MAX: u16 = 60;
/// Pressed polls in a row before a touch-down.
pub const DOWN_POLLS: u8 = 2;
/// Released polls in a row before a touch-up.
pub const UP_POLLS: u8 = 3;

/// One reading of the controller: a few X and Y conversions and the
/// pressure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raw {
    /// X conversions (12-bit).
    pub x: [u16; 4],
    /// Y conversions (12-bit).
    pub y: [u16; 4],
    /// Pressure; 0 when the pen-IRQ line says nothing touches.
    pub z: u16,
}

impl Raw {
    /// The averaged raw position, if the sample is a firm, steady press.
    pub fn position(&self) -> Option<(i32, i32)> {
        if self.z < PRESSURE_MIN {
            return None;
        }
        let avg = |v: &[u16; 4]| {
            let (lo, hi) = (v.iter().min()?, v.iter().max()?);
            (hi - lo <= SPREAD_MAX).then(|| v.iter().map(|&s| i32::from(s)).sum::<i32>() / 4)
        };
        Some((avg(&self.x)?, avg(&self.y)?))
    }
}

/// Raw counts to screen pixels: `sx = (a*rx + b*ry + c) / 65536`, the
/// same for `sy` with `d, e, f`. An affine map covers the panel's scale,
/// offset, rotation and swapped axes.
///
/// The board starts with [`Calibration::DEFAULT`]; a calibration screen
/// makes one with [`Calibration::from_points`], and it is meant to be kept
/// in the kiosk settings (the hook is the `calibration` argument of the
/// board's touch reader).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calibration {
    /// Coefficients for x, in 1/65536.
    pub a: i32,
    /// See `a`.
    pub b: i32,
    /// See `a`.
    pub c: i32,
    /// Coefficients for y, in 1/65536.
    pub d: i32,
    /// See `d`.
    pub e: i32,
    /// See `d`.
    pub f: i32,
}

impl Calibration {
    /// A nominal calibration for the Pico-ResTouch-LCD-2.8 in landscape:
    /// raw X (about 200..3900) runs along the long side, raw Y (about
    /// 300..3800) down the short side, reversed. Measure each panel with
    /// [`Calibration::from_points`]; this only gets a new board to where
    /// its buttons can be pressed.
    pub const DEFAULT: Calibration =
        Calibration::from_ranges((200, 3900), (3800, 300), Size::new(320, 240));

    /// The map that sends raw `x.0..x.1` to `0..width` and raw
    /// `y.0..y.1` to `0..height` (a range may run backwards).
    pub const fn from_ranges(x: (i32, i32), y: (i32, i32), size: Size) -> Calibration {
        let a = (size.width as i32) * 65536 / (x.1 - x.0);
        let e = (size.height as i32) * 65536 / (y.1 - y.0);
        Calibration {
            a,
            b: 0,
            c: -a * x.0,
            d: 0,
            e,
            f: -e * y.0,
        }
    }

    /// The map that sends three raw touches to three screen points (the
    /// usual three-target calibration), or `None` when the touches are in
    /// a line and cannot fix a map.
    pub fn from_points(raw: [(i32, i32); 3], screen: [Point; 3]) -> Option<Calibration> {
        // One solver for the admin screen and the board: the kiosk's.
        let t = spotcheck_kiosk::admin::calibration_from_points(raw, screen)?;
        Some(Calibration {
            a: t.xx,
            b: t.xy,
            c: t.x0,
            d: t.yx,
            e: t.yy,
            f: t.y0,
        })
    }

    /// The screen point for a raw position, rounded and clamped to `size`.
    pub fn map(&self, (rx, ry): (i32, i32), size: Size) -> Point {
        let (rx, ry) = (i64::from(rx), i64::from(ry));
        let x =
            (i64::from(self.a) * rx + i64::from(self.b) * ry + i64::from(self.c) + 0x8000) >> 16;
        let y =
            (i64::from(self.d) * rx + i64::from(self.e) * ry + i64::from(self.f) + 0x8000) >> 16;
        let clamp = |v: i64, n: u32| v.clamp(0, i64::from(n.max(1)) - 1) as i32;
        Point::new(clamp(x, size.width), clamp(y, size.height))
    }
}

/// Turns a stream of polls into touch-downs and touch-ups.
#[derive(Clone, Debug)]
pub struct TouchFilter {
    calibration: Calibration,
    size: Size,
    down: bool,
    pressed_run: u8,
    released_run: u8,
    sum: (i32, i32),
    last: Point,
}

impl TouchFilter {
    /// A filter for a screen of `size` with `calibration`.
    pub const fn new(calibration: Calibration, size: Size) -> TouchFilter {
        TouchFilter {
            calibration,
            size,
            down: false,
            pressed_run: 0,
            released_run: 0,
            sum: (0, 0),
            last: Point::zero(),
        }
    }

    /// Replaces the calibration (after a calibration screen, or when the
    /// settings are loaded).
    pub fn set_calibration(&mut self, calibration: Calibration) {
        self.calibration = calibration;
    }

    /// Feeds one poll; gives the input it completes, if any.
    pub fn poll(&mut self, raw: Raw) -> Option<Event> {
        match raw.position() {
            Some(pos) => {
                self.released_run = 0;
                let p = self.calibration.map(pos, self.size);
                if self.down {
                    self.last = p;
                    return None;
                }
                self.pressed_run += 1;
                self.sum = (self.sum.0 + p.x, self.sum.1 + p.y);
                if self.pressed_run < DOWN_POLLS {
                    return None;
                }
                let n = i32::from(self.pressed_run);
                self.last = Point::new(self.sum.0 / n, self.sum.1 / n);
                self.down = true;
                self.pressed_run = 0;
                self.sum = (0, 0);
                Some(Event::TouchDown(self.last))
            }
            None => {
                self.pressed_run = 0;
                self.sum = (0, 0);
                if !self.down {
                    return None;
                }
                self.released_run += 1;
                if self.released_run < UP_POLLS {
                    return None;
                }
                self.down = false;
                self.released_run = 0;
                Some(Event::TouchUp(self.last))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Size = Size::new(320, 240);

    fn press(x: u16, y: u16) -> Raw {
        Raw {
            x: [x; 4],
            y: [y; 4],
            z: 1000,
        }
    }

    const LIFTED: Raw = Raw {
        x: [0; 4],
        y: [0; 4],
        z: 0,
    };

    #[test]
    fn light_or_shaky_samples_are_not_presses() {
        assert_eq!(press(100, 100).position(), Some((100, 100)));
        assert_eq!(
            Raw {
                z: PRESSURE_MIN - 1,
                ..press(100, 100)
            }
            .position(),
            None
        );
        let shaky = Raw {
            x: [100, 100, 100, 100 + SPREAD_MAX + 1],
            ..press(0, 0)
        };
        assert_eq!(shaky.position(), None);
        let steady = Raw {
            x: [100, 104, 96, 100],
            ..press(0, 0)
        };
        assert_eq!(steady.position(), Some((100, 0)));
    }

    #[test]
    fn a_tap_is_down_after_two_polls_and_up_after_three() {
        let cal = Calibration::from_ranges((0, 3200), (0, 2400), SCREEN);
        let mut t = TouchFilter::new(cal, SCREEN);
        assert_eq!(t.poll(press(1000, 1000)), None);
        assert_eq!(
            t.poll(press(1020, 1000)),
            Some(Event::TouchDown(Point::new(101, 100)))
        );
        assert_eq!(t.poll(press(1500, 1500)), None);
        assert_eq!(t.poll(LIFTED), None);
        assert_eq!(t.poll(LIFTED), None);
        assert_eq!(t.poll(LIFTED), Some(Event::TouchUp(Point::new(150, 150))));
        assert_eq!(t.poll(LIFTED), None);
    }

    #[test]
    fn a_single_bounce_is_neither_a_tap_nor_a_lift() {
        let cal = Calibration::from_ranges((0, 3200), (0, 2400), SCREEN);
        let mut t = TouchFilter::new(cal, SCREEN);
        assert_eq!(t.poll(press(1000, 1000)), None);
        assert_eq!(t.poll(LIFTED), None);
        assert_eq!(t.poll(press(1000, 1000)), None, "the run starts again");
        assert!(matches!(
            t.poll(press(1000, 1000)),
            Some(Event::TouchDown(_))
        ));
        assert_eq!(t.poll(LIFTED), None);
        assert_eq!(t.poll(press(1000, 1000)), None, "a flicker mid-press");
        assert_eq!(t.poll(LIFTED), None);
        assert_eq!(t.poll(LIFTED), None);
        assert!(matches!(t.poll(LIFTED), Some(Event::TouchUp(_))));
    }

    #[test]
    fn default_calibration_maps_the_corners_and_clamps() {
        let c = Calibration::DEFAULT;
        assert_eq!(c.map((200, 3800), SCREEN), Point::new(0, 0));
        let far = c.map((3899, 301), SCREEN);
        assert!(
            (318..=319).contains(&far.x) && (238..=239).contains(&far.y),
            "{far:?}"
        );
        assert_eq!(c.map((0, 4095), SCREEN), Point::new(0, 0));
        assert_eq!(c.map((4095, 0), SCREEN), Point::new(319, 239));
    }

    #[test]
    fn three_point_calibration_recovers_a_rotated_map() {
        // A panel mounted with its axes swapped: raw y runs along x.
        let raw_of = |p: Point| (300 + p.y * 14, 200 + p.x * 11);
        let targets = [
            Point::new(30, 30),
            Point::new(290, 120),
            Point::new(160, 210),
        ];
        let c = Calibration::from_points(targets.map(raw_of), targets).unwrap();
        for p in [Point::new(0, 0), Point::new(319, 239), Point::new(100, 50)] {
            let got = c.map(raw_of(p), SCREEN);
            assert!(
                (got - p).x.abs() <= 1 && (got - p).y.abs() <= 1,
                "{p:?} -> {got:?}"
            );
        }
        let line = [(0, 0), (10, 10), (20, 20)];
        assert_eq!(Calibration::from_points(line, targets), None);
    }
}
