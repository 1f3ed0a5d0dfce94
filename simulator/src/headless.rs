//! Headless replay: a script of presses, taps, keys, waits and
//! expectations, with screenshots.
//!
//! The script format is the kiosk's own ([`spotcheck_kiosk::script`]:
//! `press BUTTON`, `tap X Y`, `key previous|next|select|back`, `wait MS`,
//! `expect SCREEN`, `shot NAME`, `#` comments), and the replay driver is
//! the same one the QEMU image uses, so a script run here and on the
//! Cortex-M0 feeds the app the same events at the same times. A bad line is
//! reported with its number before anything runs; a wrong `expect` or a
//! `press` of a button the screen lacks stops the replay at its line.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics_simulator::{OutputSettingsBuilder, SimulatorDisplay};
use spotcheck_kiosk::script::{replay, Frame, Hooks, ReplayError, Replayed};
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

/// Why a headless replay did not finish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunError {
    /// The kiosk did not do what the script says: an `expect` named another
    /// screen, or a `press` named a button the screen lacks. The message
    /// names the line and both sides.
    Failed(String),
    /// The script cannot be replayed as written (a bad line), or a
    /// screenshot could not be written.
    Unusable(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Failed(m) | RunError::Unusable(m) => f.write_str(m),
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
) -> Result<(Replayed, Vec<PathBuf>), RunError> {
    if let Some(dir) = shots {
        std::fs::create_dir_all(dir)
            .map_err(|e| RunError::Unusable(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut app = App::new(settings, size);
    let mut display = SimulatorDisplay::<Rgb888>::new(size);
    let mut hooks = Shots {
        dir: shots,
        written: Vec::new(),
        error: None,
    };
    let done = replay(&mut app, script, &mut display, &mut hooks).map_err(|e| match e {
        ReplayError::Expected { .. } | ReplayError::NoButton { .. } => {
            RunError::Failed(e.to_string())
        }
        _ => RunError::Unusable(e.to_string()),
    })?;
    match hooks.error {
        Some(e) => Err(RunError::Unusable(e)),
        None => Ok((done, hooks.written)),
    }
}
