//! The desktop window: the kiosk on a PC screen.
//!
//! Uses minifb, which loads X11 or Wayland at run time, so the simulator
//! builds on a fresh Linux, macOS or Windows machine with only the Rust
//! toolchain. A mouse click is a tap (press = touch down, release = touch
//! up); the arrow keys move the focus, Enter or Space selects, Backspace or
//! Escape goes back. The kiosk draws into an embedded-graphics
//! `SimulatorDisplay`, which is scaled into the window.
//!
//! With no display (no `DISPLAY` or `WAYLAND_DISPLAY` on Linux, or a
//! window that cannot open) it does not hang: [`open`] returns
//! [`NoDisplay`] at once, and the command line prints one line saying how
//! to run headless and exits with status 2.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics_simulator::SimulatorDisplay;
use minifb::{Key as MKey, KeyRepeat, MouseButton, MouseMode, Window, WindowOptions};
use spotcheck_kiosk::{App, Event, Key};
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
    let scale = scale.clamp(1, 4) as usize;
    let mut window = Window::new(
        "SpotCheck kiosk simulator",
        w * scale,
        h * scale,
        WindowOptions::default(),
    )
    .map_err(|e| NoDisplay(e.to_string()))?;
    window.set_target_fps(60);
    let mut display = SimulatorDisplay::<Rgb888>::new(size);
    let mut buffer = vec![0u32; w * h * scale * scale];
    let start = Instant::now();
    let now = || start.elapsed().as_millis() as u64;
    let mut was_down = false;
    let mut last_tick = Instant::now();
    let mut dirty = true;
    while window.is_open() {
        let mut events = Vec::new();
        let down = window.get_mouse_down(MouseButton::Left);
        if let Some((mx, my)) = window.get_mouse_pos(MouseMode::Clamp) {
            let p = Point::new(mx as i32 / scale as i32, my as i32 / scale as i32);
            if down && !was_down {
                events.push(Event::TouchDown(p));
            } else if !down && was_down {
                events.push(Event::TouchUp(p));
            }
        }
        was_down = down;
        for k in window.get_keys_pressed(KeyRepeat::No) {
            let key = match k {
                MKey::Left | MKey::Up => Some(Key::Previous),
                MKey::Right | MKey::Down | MKey::Tab => Some(Key::Next),
                MKey::Enter | MKey::NumPadEnter | MKey::Space => Some(Key::Select),
                MKey::Backspace | MKey::Escape => Some(Key::Back),
                _ => None,
            };
            events.extend(key.map(Event::Key));
        }
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
                dirty = true;
            }
        }
        after_input(&mut app);
        if dirty {
            let _ = app.draw(&mut display);
            for y in 0..h {
                for x in 0..w {
                    let c = display.get_pixel(Point::new(x as i32, y as i32));
                    let rgb = (u32::from(c.r()) << 16) | (u32::from(c.g()) << 8) | u32::from(c.b());
                    for dy in 0..scale {
                        let row = (y * scale + dy) * w * scale;
                        for dx in 0..scale {
                            buffer[row + x * scale + dx] = rgb;
                        }
                    }
                }
            }
            dirty = false;
        }
        window
            .update_with_buffer(&buffer, w * scale, h * scale)
            .map_err(|e| NoDisplay(e.to_string()))?;
    }
    Ok(())
}
