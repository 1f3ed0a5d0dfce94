//! Headless replay: a script of taps, keys and waits, with screenshots.
//!
//! The script format is the kiosk's own (`tap X Y`, `key
//! previous|next|select|back`, `wait MS`, `shot NAME`, `#` comments), and
//! the replay driver is the same one the QEMU image uses, so a script run
//! here and on the Cortex-M0 feeds the app the same events at the same
//! times. A bad line is reported with its number before anything runs.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics_simulator::{OutputSettingsBuilder, SimulatorDisplay};
use spotcheck_kiosk::script::{replay, Frame, Hooks, Replayed};
use spotcheck_kiosk::{App, Settings};
use std::path::{Path, PathBuf};

struct Shots<'a> {
    dir: Option<&'a Path>,
    written: Vec<PathBuf>,
    error: Option<String>,
}

impl Hooks<SimulatorDisplay<Rgb888>> for Shots<'_> {
    fn after_draw(&mut self, _frame: &Frame, _target: &mut SimulatorDisplay<Rgb888>) {}

    fn shot(&mut self, name: &str, target: &mut SimulatorDisplay<Rgb888>) {
        let Some(dir) = self.dir else { return };
        let path = dir.join(format!("{name}.png"));
        let out = OutputSettingsBuilder::new().scale(1).build();
        match target.to_rgb_output_image(&out).save_png(&path) {
            Ok(()) => self.written.push(path),
            Err(e) => self.error = Some(format!("cannot write {}: {e}", path.display())),
        }
    }
}

/// Replays `script` on a kiosk of `size`; `shot` steps write PNGs into
/// `shots` when given. Returns what ran and the files written.
pub fn run(
    script: &str,
    settings: Settings,
    size: Size,
    shots: Option<&Path>,
) -> Result<(Replayed, Vec<PathBuf>), String> {
    if let Some(dir) = shots {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut app = App::new(settings, size);
    let mut display = SimulatorDisplay::<Rgb888>::new(size);
    let mut hooks = Shots {
        dir: shots,
        written: Vec::new(),
        error: None,
    };
    let done = replay(&mut app, script, &mut display, &mut hooks).map_err(|e| e.to_string())?;
    match hooks.error {
        Some(e) => Err(e),
        None => Ok((done, hooks.written)),
    }
}
