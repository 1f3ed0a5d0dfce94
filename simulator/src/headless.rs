//! Headless replay: a script of presses, taps, keys, waits and
//! expectations, with screenshots.
//!
//! The script format is the kiosk's own ([`spotcheck_kiosk::script`]:
//! `press BUTTON`, `tap X Y`, `key previous|next|select|back`, `wait MS`,
//! `expect SCREEN`, `shot NAME`, `#` comments), and the replay driver is
//! the same one the QEMU image uses, so a script run here and on the
//! Cortex-M0 feeds the app the same events at the same times.
//!
//! Before anything runs, [`problems`] reads the whole script and [`run`]
//! refuses it if any line is bad, naming every such line, not only the
//! first: a line the format does not allow, a `shot` name that would leave
//! the shots folder (see [`shot_name_ok`]), and a `shot` name used twice
//! (which would overwrite the first picture). A wrong `expect` or a `press`
//! of a button the screen lacks stops the replay at its line.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics_simulator::{OutputSettingsBuilder, SimulatorDisplay};
use spotcheck_kiosk::script::{replay, steps, Frame, Hooks, ReplayError, Replayed, Step};
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
    /// A screenshot folder or file could not be written.
    Unusable(String),
    /// The script cannot be replayed as written: one message per bad line,
    /// in line order, each naming its line. Nothing was run.
    BadLines(Vec<String>),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Failed(m) | RunError::Unusable(m) => f.write_str(m),
            RunError::BadLines(lines) => f.write_str(&lines.join("\n")),
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
    let bad = problems(script);
    if !bad.is_empty() {
        return Err(RunError::BadLines(bad));
    }
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
        _ => RunError::BadLines(vec![e.to_string()]),
    })?;
    match hooks.error {
        Some(e) => Err(RunError::Unusable(e)),
        None => Ok((done, hooks.written)),
    }
}

/// Whether `name` is a safe `shot` name: one file name inside the shots
/// folder. Letters, digits, `-`, `_` and `.`, not starting with `.`; so no
/// path separator, no `..`, no absolute path, no drive (`C:`) and no hidden
/// file.
///
/// ```
/// use spotcheck_sim::headless::shot_name_ok;
/// assert!(shot_name_ok("q-age_2.large"));
/// assert!(!shot_name_ok("../escaped") && !shot_name_ok("/abs/path") && !shot_name_ok("a\\b"));
/// assert!(!shot_name_ok("..") && !shot_name_ok(".hidden") && !shot_name_ok("C:x"));
/// ```
pub fn shot_name_ok(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Every problem with `script`, one message per bad line in line order
/// (`script line N: ...`); empty when it can be replayed. Two `shot` names
/// that differ only in case count as the same name, since they are the
/// same file on macOS and Windows.
///
/// ```
/// use spotcheck_sim::headless::problems;
/// let bad = problems("jump\nshot one\nwait soon\nshot ONE\n");
/// assert_eq!(bad.len(), 3);
/// assert!(bad[0].starts_with("script line 1: unknown command `jump`"));
/// assert!(bad[2].starts_with("script line 4: shot name `ONE` is already used on line 2"));
/// ```
pub fn problems(script: &str) -> Vec<String> {
    let mut bad = Vec::new();
    let mut names: Vec<(String, u32)> = Vec::new();
    for step in steps(script) {
        match step {
            Err(e) => bad.push(e.to_string()),
            Ok((line, Step::Shot(name))) => {
                if !shot_name_ok(name) {
                    bad.push(format!(
                        "script line {line}: shot name `{name}` would leave the shots folder; use letters, digits, `-`, `_` and `.` (not first)"
                    ));
                    continue;
                }
                let key = name.to_ascii_lowercase();
                match names.iter().find(|(n, _)| *n == key) {
                    Some((_, first)) => bad.push(format!(
                        "script line {line}: shot name `{name}` is already used on line {first}; each shot needs its own name"
                    )),
                    None => names.push((key, line)),
                }
            }
            Ok(_) => {}
        }
    }
    bad
}
