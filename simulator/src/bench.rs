//! The test bench: drives the kiosk exactly as a person would.
//!
//! A [`Bench`] owns an [`App`], a clock and the screen it draws on (an
//! embedded-graphics `SimulatorDisplay`, kept between frames so the
//! kiosk's partial redraws land on what it drew before, as on the real
//! panel). It taps at points, presses buttons by tapping the centre of
//! their rectangle from the app's own layout, presses keys and lets time
//! pass with a tick every 100 ms. Every frame is drawn through a [`Meter`]
//! that counts pixels and drawing calls, for `stats`.
//!
//! A bench may also own a [`SimStore`] ([`Bench::with_store`]): every
//! persistence request the app makes is applied to it at once, as the
//! firmware does, so tests can power the kiosk off and on again
//! ([`Bench::power_cycle`]) and see what survived.
//!
//! A person does not tap faster than the kiosk's debounce: each tap is a
//! press of [`PRESS_MS`] and a pause of [`PAUSE_MS`] after it.

use crate::persist::SimStore;
use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use embedded_graphics::Pixel;
use embedded_graphics_simulator::{OutputSettingsBuilder, SimulatorDisplay};
use spotcheck_core::answer::{choose, Patient};
use spotcheck_core::{Language, Step};
use spotcheck_kiosk::{App, ButtonId, Event, Key, Redraw, Screen, Settings};
use spotcheck_store::StoreError;
use std::path::Path;

/// How long a finger rests on the glass for a tap.
pub const PRESS_MS: u64 = 80;
/// The pause after each tap or key press (longer than the kiosk's debounce).
pub const PAUSE_MS: u64 = 520;
/// The interval between ticks while time passes.
pub const TICK_MS: u64 = 100;

/// Pixels and drawing calls of one frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Traffic {
    /// Pixels written.
    pub pixels: u64,
    /// Drawing calls (`draw_iter`, `fill_contiguous`, `fill_solid`).
    pub calls: u64,
}

/// A draw target that counts what passes through it to another target.
pub struct Meter<'a, D> {
    inner: &'a mut D,
    /// What was counted so far.
    pub traffic: Traffic,
}

impl<'a, D> Meter<'a, D> {
    /// Wraps `inner`.
    pub fn new(inner: &'a mut D) -> Self {
        Meter {
            inner,
            traffic: Traffic::default(),
        }
    }
}

impl<D: OriginDimensions> OriginDimensions for Meter<'_, D> {
    fn size(&self) -> Size {
        self.inner.size()
    }
}

impl<D: DrawTarget + OriginDimensions> DrawTarget for Meter<'_, D> {
    type Color = D::Color;
    type Error = D::Error;

    fn draw_iter<I: IntoIterator<Item = Pixel<Self::Color>>>(
        &mut self,
        pixels: I,
    ) -> Result<(), Self::Error> {
        self.traffic.calls += 1;
        let mut n = 0u64;
        let r = self.inner.draw_iter(pixels.into_iter().inspect(|_| n += 1));
        self.traffic.pixels += n;
        r
    }

    fn fill_contiguous<I: IntoIterator<Item = Self::Color>>(
        &mut self,
        area: &Rectangle,
        colors: I,
    ) -> Result<(), Self::Error> {
        self.traffic.calls += 1;
        let visible = area.intersection(&self.inner.bounding_box());
        self.traffic.pixels += u64::from(visible.size.width) * u64::from(visible.size.height);
        self.inner.fill_contiguous(area, colors)
    }

    fn fill_solid(&mut self, area: &Rectangle, color: Self::Color) -> Result<(), Self::Error> {
        self.traffic.calls += 1;
        let visible = area.intersection(&self.inner.bounding_box());
        self.traffic.pixels += u64::from(visible.size.width) * u64::from(visible.size.height);
        self.inner.fill_solid(area, color)
    }
}

/// Why the bench could not do what it was asked.
#[derive(Debug, PartialEq, Eq)]
pub struct BenchError(pub String);

impl std::fmt::Display for BenchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BenchError {}

/// The kiosk on the bench.
pub struct Bench {
    app: App,
    now_ms: u64,
    next_tick: u64,
    display: SimulatorDisplay<Rgb888>,
    /// Traffic of every frame drawn since the last [`Bench::take_traffic`].
    traffic: Traffic,
    frames: u64,
    store: Option<SimStore>,
    /// The last error the store gave, if any.
    pub store_error: Option<StoreError>,
}

impl Bench {
    /// A kiosk of `size` with `settings`, its first frame drawn.
    pub fn new(settings: Settings, size: Size) -> Bench {
        let mut bench = Bench {
            app: App::new(settings, size),
            now_ms: 1_000,
            next_tick: 1_000 + TICK_MS,
            display: SimulatorDisplay::new(size),
            traffic: Traffic::default(),
            frames: 0,
            store: None,
            store_error: None,
        };
        bench.draw();
        bench
    }

    /// A kiosk of `size` booted from `store` (its settings, counters and
    /// health), applying every persistence request to it.
    pub fn with_store(mut store: SimStore, size: Size) -> Bench {
        let loaded = store.load();
        Bench::with_loaded(store, loaded, size)
    }

    /// As [`Bench::with_store`], with what the store already loaded.
    pub fn with_loaded(store: SimStore, loaded: spotcheck_store::Loaded, size: Size) -> Bench {
        let mut bench = Bench::new(Settings::default(), size);
        bench.app = App::with_persisted(loaded.settings, loaded.counters, loaded.health, size);
        bench
            .app
            .add_entropy(std::process::id() as u64 ^ 0x5107_C0DE);
        bench.store = Some(store);
        bench.app.invalidate();
        bench.draw();
        bench
    }

    /// Power off and on: a new app booted from the same flash (RAM stores
    /// only; `None` for a bench without one).
    pub fn power_cycle(self) -> Option<Bench> {
        let size = self.app.size();
        let flash = self.store?.into_ram_flash()?;
        Some(Bench::with_store(SimStore::from_flash(flash), size))
    }

    /// The store, if the bench has one.
    pub fn store_mut(&mut self) -> Option<&mut SimStore> {
        self.store.as_mut()
    }

    fn persist(&mut self) {
        while let Some(r) = self.app.take_store_request() {
            if let Some(store) = self.store.as_mut() {
                if let Err(e) = store.apply(r) {
                    self.store_error = Some(e);
                }
            }
        }
    }

    /// A press on the calibration screen at screen point `p`, sent as the
    /// raw reading a panel with the factory calibration would give.
    pub fn raw_tap(&mut self, p: Point) {
        let raw = raw_for(p, self.app.size());
        if self.app.raw_touch(raw, self.now_ms) != Redraw::None {
            self.draw();
        }
        self.persist();
        self.wait(PAUSE_MS);
    }

    /// A kiosk of `size` with default settings in `language`.
    pub fn with_language(language: Language, size: Size) -> Bench {
        Bench::new(
            Settings {
                language,
                ..Settings::default()
            },
            size,
        )
    }

    /// The app.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// The screen showing.
    pub fn screen(&self) -> Screen {
        self.app.screen()
    }

    /// The clock.
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// What the screen shows now.
    pub fn display(&self) -> &SimulatorDisplay<Rgb888> {
        &self.display
    }

    /// Frames drawn so far.
    pub fn frames(&self) -> u64 {
        self.frames
    }

    /// Traffic since the last call, resetting it.
    pub fn take_traffic(&mut self) -> Traffic {
        std::mem::take(&mut self.traffic)
    }

    fn draw(&mut self) {
        let mut meter = Meter::new(&mut self.display);
        let _ = self.app.draw(&mut meter);
        self.traffic.pixels += meter.traffic.pixels;
        self.traffic.calls += meter.traffic.calls;
        self.frames += 1;
    }

    /// Feeds one event now, drawing if the app asks.
    pub fn event(&mut self, event: Event) {
        if self.app.handle(event, self.now_ms) != Redraw::None {
            self.draw();
        }
        self.persist();
    }

    /// Lets `ms` pass, ticking every [`TICK_MS`] and drawing as asked.
    pub fn wait(&mut self, ms: u64) {
        let end = self.now_ms + ms;
        while self.next_tick <= end {
            self.now_ms = self.next_tick;
            self.next_tick += TICK_MS;
            self.event(Event::Tick);
        }
        self.now_ms = end;
    }

    /// A finger tap at `p`, then a pause.
    pub fn tap(&mut self, p: Point) {
        self.event(Event::TouchDown(p));
        self.wait(PRESS_MS);
        self.event(Event::TouchUp(p));
        self.wait(PAUSE_MS);
    }

    /// A key press, then a pause.
    pub fn key(&mut self, key: Key) {
        self.event(Event::Key(key));
        self.wait(PAUSE_MS);
    }

    /// Where button `id` is on the current screen.
    pub fn button(&self, id: ButtonId) -> Option<Rectangle> {
        self.app
            .buttons()
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.rect)
    }

    /// Taps the centre of button `id`.
    pub fn press(&mut self, id: ButtonId) -> Result<(), BenchError> {
        let rect = self.button(id).ok_or_else(|| {
            BenchError(format!(
                "no {id:?} button on screen `{}`",
                self.screen().name()
            ))
        })?;
        self.tap(rect.center());
        Ok(())
    }

    /// From Welcome, taps Start.
    pub fn start(&mut self) -> Result<(), BenchError> {
        self.press(ButtonId::Start)
    }

    /// Answers every question as a person with `patient`'s findings would,
    /// tapping the buttons, until an emergency or result screen shows.
    /// Returns the number of answers given.
    pub fn answer_as<P: Patient + ?Sized>(&mut self, patient: &P) -> Result<usize, BenchError> {
        for _ in 0..=spotcheck_core::config::MAX_TAPS {
            match self.screen() {
                Screen::Question(_) => {
                    let Step::Question(q) = self.app.session().step() else {
                        return Err(BenchError(
                            "a question screen with no question in the session".into(),
                        ));
                    };
                    let choice = choose(q, patient).ok_or_else(|| {
                        BenchError(format!("no answer to `{}` fits the patient", q.key))
                    })?;
                    let before = self.app.session().taps();
                    self.press(ButtonId::Answer(choice))?;
                    if self.app.session().taps() != before + 1 {
                        return Err(BenchError(format!(
                            "tapping answer {choice} of `{}` did not answer it",
                            q.key
                        )));
                    }
                }
                Screen::Emergency(_) | Screen::Result { .. } => {
                    return Ok(self.app.session().taps())
                }
                other => {
                    return Err(BenchError(format!(
                        "unexpected screen `{}` while answering",
                        other.name()
                    )))
                }
            }
        }
        Err(BenchError("more questions than the tap limit".into()))
    }

    /// Answers with the given button indices, in order.
    pub fn answer_choices(&mut self, choices: &[u8]) -> Result<(), BenchError> {
        for c in choices {
            self.press(ButtonId::Answer(*c))?;
        }
        Ok(())
    }

    /// Holds a finger on the welcome screen's hidden corner until admin
    /// opens (5 s and a little).
    pub fn hold_admin_corner(&mut self) {
        let p = Point::new(3, 3);
        self.event(Event::TouchDown(p));
        self.wait(spotcheck_kiosk::config::ADMIN_HOLD_MS + 200);
        self.event(Event::TouchUp(p));
        self.wait(PAUSE_MS);
    }

    /// Types `digits` on an admin keypad and presses OK.
    pub fn type_pin(&mut self, digits: &str) -> Result<(), BenchError> {
        use spotcheck_kiosk::AdminButton;
        for d in digits.bytes() {
            self.press(ButtonId::Admin(AdminButton::Digit(d.wrapping_sub(b'0'))))?;
        }
        self.press(ButtonId::Admin(AdminButton::Ok))
    }

    /// Saves the screen as it is now to `path` as PNG.
    pub fn save_png(&self, path: &Path) -> Result<(), BenchError> {
        let settings = OutputSettingsBuilder::new().scale(1).build();
        self.display
            .to_rgb_output_image(&settings)
            .save_png(path)
            .map_err(|e| BenchError(format!("cannot write {}: {e}", path.display())))
    }
}

/// The raw touch-controller reading for screen point `p` under the
/// factory calibration (the inverse of `TouchCalibration::DEFAULT`,
/// stretched to `size`).
pub fn raw_for(p: Point, size: Size) -> (i32, i32) {
    let w = size.width.max(1) as i32;
    let h = size.height.max(1) as i32;
    (200 + p.x * 3700 / w, 200 + p.y * 3700 / h)
}

/// Parses `WxH` as a supported screen size.
pub fn parse_size(s: &str) -> Option<Size> {
    let (w, h) = s.split_once('x')?;
    let size = Size::new(w.parse().ok()?, h.parse().ok()?);
    SIZES.contains(&size).then_some(size)
}

/// The screen sizes the kiosk supports.
pub const SIZES: [Size; 3] = [
    Size::new(320, 240),
    Size::new(480, 320),
    Size::new(800, 480),
];
