//! The desktop window: the kiosk on a PC screen.
//!
//! Uses minifb, which loads X11 or Wayland at run time, so the simulator
//! builds on a fresh Linux, macOS or Windows machine with only the Rust
//! toolchain. A mouse click is a tap (press = touch down, release = touch
//! up); the arrow keys and Tab move the focus, Enter, keypad Enter or Space
//! selects, Backspace or Escape goes back. The kiosk draws into an
//! embedded-graphics `SimulatorDisplay`, which is scaled into the window.
//!
//! What the window promises:
//!
//! - **Whole-number scaling.** The window opens at `scale` window pixels
//!   per kiosk pixel and can be resized; the kiosk is then drawn at the
//!   largest whole scale that fits (at least 1), centred on black, never
//!   stretched or blurred. Clicks are mapped back through the same scale
//!   and offset; a press on the black border is ignored.
//! - **Nothing pushed while nothing changes.** A buffer is handed to the
//!   window only when the kiosk redrew or the window was resized; otherwise the
//!   loop only reads input (`Window::update`). minifb's X11 back end does
//!   not report exposure, so a window uncovered on an X server with
//!   neither a compositor nor backing store shows the last push only after
//!   the next change.
//! - **Every key press counts.** Key edges come from minifb's
//!   `InputCallback::set_key_state`, called for each key event as it is
//!   read, so a press and release inside one loop turn still gives a press.
//!   Auto-repeat is ignored.
//! - **Clicks as short as minifb allows.** minifb exposes the mouse button
//!   only as a level after each batch of window events (no callback), so a
//!   press and a release read in the same batch cannot be told apart from
//!   no click. The loop therefore polls every [`POLL_MS`] ms (input only,
//!   cheap), so any click held at least that long is seen; a shorter one
//!   (some touchpads' tap-to-click) can still be missed.
//!
//! With no display (no `DISPLAY` or `WAYLAND_DISPLAY` on Linux, or a
//! window that cannot open) it does not hang: [`open`] returns
//! [`NoDisplay`] at once, and the command line prints one line saying how
//! to run headless and exits with status 2.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics_simulator::SimulatorDisplay;
use minifb::{
    InputCallback, Key as MKey, MouseButton, MouseMode, ScaleMode, Window, WindowOptions,
};
use spotcheck_kiosk::{App, Event, Key};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// No window could be opened.
#[derive(Debug)]
pub struct NoDisplay(pub String);

/// Whether a display looks available, checked before touching any
/// windowing library (which may wait a long time for a display that is
/// not there).
pub fn display_available() -> Result<(), NoDisplay> {
    if cfg!(target_os = "linux") || cfg!(target_os = "freebsd") {
        let has = |v: &str| std::env::var_os(v).is_some_and(|s| !s.is_empty());
        if !has("DISPLAY") && !has("WAYLAND_DISPLAY") {
            return Err(NoDisplay(
                "neither DISPLAY nor WAYLAND_DISPLAY is set".into(),
            ));
        }
    }
    Ok(())
}

/// How often the loop reads input, in ms (a click held this long is
/// always seen).
pub const POLL_MS: u64 = 4;

/// The largest scale the window grows the kiosk to when resized.
const MAX_SCALE: usize = 8;

/// Key presses (down edges) in the order minifb read them, filled by its
/// input callback as each key event is processed.
#[derive(Default)]
struct KeyEdges {
    pressed: Vec<MKey>,
    held: Vec<MKey>,
}

/// minifb's input callback: records each down edge once (not auto-repeat).
struct KeyCallback(Rc<RefCell<KeyEdges>>);

impl InputCallback for KeyCallback {
    fn add_char(&mut self, _uni_char: u32) {}

    fn set_key_state(&mut self, key: MKey, down: bool) {
        let mut k = self.0.borrow_mut();
        let held = k.held.contains(&key);
        if down && !held {
            k.held.push(key);
            k.pressed.push(key);
        } else if !down {
            k.held.retain(|h| *h != key);
        }
    }
}

/// The kiosk key a keyboard key stands for.
fn kiosk_key(k: MKey) -> Option<Key> {
    match k {
        MKey::Left | MKey::Up => Some(Key::Previous),
        MKey::Right | MKey::Down | MKey::Tab => Some(Key::Next),
        MKey::Enter | MKey::NumPadEnter | MKey::Space => Some(Key::Select),
        MKey::Backspace | MKey::Escape => Some(Key::Back),
        _ => None,
    }
}

/// Where the kiosk sits in a window of `window` pixels: the largest whole
/// scale (1 to [`MAX_SCALE`]) at which `size` fits, and the top-left
/// offset that centres it (negative when even scale 1 does not fit, as
/// minifb then shows the middle of the picture).
///
/// ```
/// use embedded_graphics::prelude::Size;
/// use spotcheck_sim::window::placement;
/// assert_eq!(placement(Size::new(320, 240), (960, 720)), (3, (0, 0)));
/// assert_eq!(placement(Size::new(320, 240), (1000, 700)), (2, (180, 110)));
/// assert_eq!(placement(Size::new(800, 480), (600, 480)), (1, (-100, 0)));
/// ```
pub fn placement(size: Size, window: (usize, usize)) -> (usize, (i32, i32)) {
    let (w, h) = (size.width.max(1) as usize, size.height.max(1) as usize);
    let scale = (window.0 / w).min(window.1 / h).clamp(1, MAX_SCALE);
    let offset = |win: usize, pic: usize| (win as i32 - pic as i32) / 2;
    (
        scale,
        (offset(window.0, w * scale), offset(window.1, h * scale)),
    )
}

/// The kiosk pixel under window pixel `m`, if the click is on the kiosk.
fn to_kiosk(m: (f32, f32), size: Size, scale: usize, offset: (i32, i32)) -> Option<Point> {
    let x = (m.0 as i32 - offset.0).div_euclid(scale as i32);
    let y = (m.1 as i32 - offset.1).div_euclid(scale as i32);
    let inside = (0..size.width as i32).contains(&x) && (0..size.height as i32).contains(&y);
    inside.then_some(Point::new(x, y))
}

/// Opens the window and runs the kiosk until the window is closed.
/// `after_input` runs after every batch of input (the CLI applies the app's
/// store requests there). On the calibration screen a click is sent as the
/// raw reading of a panel with the factory calibration.
pub fn open(
    mut app: App,
    size: Size,
    scale: u32,
    mut after_input: impl FnMut(&mut App),
) -> Result<(), NoDisplay> {
    display_available()?;
    let (w, h) = (size.width as usize, size.height as usize);
    let start_scale = (scale as usize).clamp(1, 4);
    let mut window = Window::new(
        "SpotCheck kiosk simulator",
        w * start_scale,
        h * start_scale,
        WindowOptions {
            resize: true,
            scale_mode: ScaleMode::Center,
            ..WindowOptions::default()
        },
    )
    .map_err(|e| NoDisplay(e.to_string()))?;
    window.set_target_fps((1000 / POLL_MS) as usize);
    let keys = Rc::new(RefCell::new(KeyEdges::default()));
    window.set_input_callback(Box::new(KeyCallback(Rc::clone(&keys))));
    let mut display = SimulatorDisplay::<Rgb888>::new(size);
    let mut buffer = Vec::new();
    // The window size the last push was made for.
    let mut pushed_for = (0, 0);
    let start = Instant::now();
    let now = || start.elapsed().as_millis() as u64;
    // The point a touch went down at, while the button is held.
    let mut touching: Option<Point> = None;
    let mut last_tick = Instant::now();
    let mut redraw = true;
    while window.is_open() {
        let mut events = Vec::new();
        let window_size = window.get_size();
        let (scale, offset) = placement(size, window_size);
        let down = window.get_mouse_down(MouseButton::Left);
        let at = window
            .get_mouse_pos(MouseMode::Pass)
            .and_then(|m| to_kiosk(m, size, scale, offset));
        match (touching, down) {
            (None, true) => {
                if let Some(p) = at {
                    events.push(Event::TouchDown(p));
                    touching = Some(p);
                }
            }
            (Some(p), false) => {
                events.push(Event::TouchUp(at.unwrap_or(p)));
                touching = None;
            }
            _ => {}
        }
        let pressed = std::mem::take(&mut keys.borrow_mut().pressed);
        events.extend(pressed.into_iter().filter_map(kiosk_key).map(Event::Key));
        if last_tick.elapsed() >= Duration::from_millis(100) {
            last_tick = Instant::now();
            events.push(Event::Tick);
        }
        for e in events {
            let r = match e {
                Event::TouchDown(p) if app.wants_raw_touch() => {
                    app.raw_touch(crate::bench::raw_for(p, size), now())
                }
                Event::TouchUp(_) if app.wants_raw_touch() => spotcheck_kiosk::Redraw::None,
                e => app.handle(e, now()),
            };
            if !matches!(r, spotcheck_kiosk::Redraw::None) {
                redraw = true;
            }
        }
        after_input(&mut app);
        if redraw {
            let _ = app.draw(&mut display);
        }
        // A resize needs a push even at the same scale: minifb reallocates
        // the window's image on a resize and keeps no copy to repaint.
        if redraw || pushed_for != window_size {
            redraw = false;
            pushed_for = window_size;
            let (bw, bh) = (w * scale, h * scale);
            buffer.resize(bw * bh, 0);
            for y in 0..h {
                for x in 0..w {
                    let c = display.get_pixel(Point::new(x as i32, y as i32));
                    let rgb = (u32::from(c.r()) << 16) | (u32::from(c.g()) << 8) | u32::from(c.b());
                    for dy in 0..scale {
                        let row = (y * scale + dy) * bw;
                        buffer[row + x * scale..row + (x + 1) * scale].fill(rgb);
                    }
                }
            }
            window
                .update_with_buffer(&buffer, bw, bh)
                .map_err(|e| NoDisplay(e.to_string()))?;
        } else {
            window.update();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_pressed_and_released_within_one_loop_turn_still_counts_once() {
        let edges = Rc::new(RefCell::new(KeyEdges::default()));
        let mut cb = KeyCallback(Rc::clone(&edges));
        // What minifb reads in one batch: a tap of Tab, a held Enter with
        // two auto-repeats, then Tab again.
        cb.set_key_state(MKey::Tab, true);
        cb.set_key_state(MKey::Tab, false);
        cb.set_key_state(MKey::Enter, true);
        cb.set_key_state(MKey::Enter, true);
        cb.set_key_state(MKey::Enter, true);
        cb.set_key_state(MKey::Tab, true);
        assert_eq!(edges.borrow().pressed, [MKey::Tab, MKey::Enter, MKey::Tab]);
    }

    #[test]
    fn clicks_map_through_the_whole_number_scale_and_the_border_is_not_the_kiosk() {
        let size = Size::new(320, 240);
        let (scale, offset) = placement(size, (1000, 700));
        assert_eq!((scale, offset), (2, (180, 110)));
        assert_eq!(
            to_kiosk((180.0, 110.0), size, scale, offset),
            Some(Point::zero())
        );
        assert_eq!(
            to_kiosk((819.0, 589.0), size, scale, offset),
            Some(Point::new(319, 239))
        );
        assert_eq!(to_kiosk((179.0, 300.0), size, scale, offset), None);
        assert_eq!(to_kiosk((820.0, 300.0), size, scale, offset), None);
        // Smaller than the kiosk: scale 1, the middle shown.
        let (scale, offset) = placement(size, (300, 240));
        assert_eq!((scale, offset), (1, (-10, 0)));
        assert_eq!(
            to_kiosk((0.0, 0.0), size, scale, offset),
            Some(Point::new(10, 0))
        );
    }

    #[test]
    fn the_keys_listed_in_the_readme_are_the_keys_mapped() {
        for (k, want) in [
            (MKey::Left, Key::Previous),
            (MKey::Up, Key::Previous),
            (MKey::Right, Key::Next),
            (MKey::Down, Key::Next),
            (MKey::Tab, Key::Next),
            (MKey::Enter, Key::Select),
            (MKey::NumPadEnter, Key::Select),
            (MKey::Space, Key::Select),
            (MKey::Backspace, Key::Back),
            (MKey::Escape, Key::Back),
        ] {
            assert_eq!(kiosk_key(k), Some(want), "{k:?}");
        }
        assert_eq!(kiosk_key(MKey::A), None);
    }
}
