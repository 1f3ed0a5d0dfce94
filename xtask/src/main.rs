//! `cargo xtask`: SpotCheck's developer tasks, in Rust so they need nothing
//! but cargo (no system packages beyond `qemu-system-arm` for `qemu`).
//!
//! - `cargo xtask firmware`: builds `firmware/pico` in release, writes its
//!   UF2 (for the Pico's BOOTSEL drive) and ends with
//!   `size: flash=<bytes> ram=<bytes>`.
//! - `cargo xtask qemu`: builds `firmware/qemu`, runs it on a Cortex-M0
//!   under `qemu-system-arm -machine microbit -icount shift=0` with
//!   semihosting, replays the same script on the host with the same driver
//!   and hasher, fails unless every frame matches, and ends with
//!   `qemu: machine=.. frames=.. matched=.. flash=.. ram=.. stack=..
//!   instr_median=.. instr_worst=..`.
//! - `cargo xtask size`: the flash of the core engine and its tables alone,
//!   and of both images, against their budgets.
//!
//! Sizes come from the ELF section headers: flash is every allocated
//! section stored in the file (vector table, boot2, text, rodata, data's
//! initial values); RAM is every writable allocated section (data, bss,
//! uninit), the stack not included.

mod elf;
mod pico_emu;
mod uf2;

use spotcheck_kiosk::probe::{FrameHash, HashProbe};
use spotcheck_kiosk::script::{self, Frame, OnFrame};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};
use std::{env, fs};

type Result<T, E = String> = std::result::Result<T, E>;

/// Budgets from the firmware issue. A miss is reported, not fatal.
const PICO_FLASH_BUDGET: u32 = 128 * 1024;
const PICO_RAM_BUDGET: u32 = 32 * 1024;
const CORE_FLASH_BUDGET: u32 = 16 * 1024;
const FULL_SCREEN_INSTR_BUDGET: u64 = 2_000_000;
/// How long a QEMU run may take before it is called hung (a healthy run
/// takes well under a second).
const QEMU_TIMEOUT: Duration = Duration::from_secs(120);

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("firmware") => firmware(),
        Some("qemu") => qemu(),
        Some("size") => size(),
        Some("pico-emu") => pico_emu::pico_emu(),
        _ => Err("usage: cargo xtask firmware | qemu | size | pico-emu".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace root")
        .to_path_buf()
}

/// Builds a firmware project in release with its own `.cargo/config.toml`
/// (target, linker script), into its own `target/`.
fn build(project: &str, extra: &[&str]) -> Result<PathBuf> {
    let dir = root().join("firmware").join(project);
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&dir)
        .args(["build", "--release", "--target-dir", "target"])
        .args(extra)
        .status()
        .map_err(|e| format!("could not run cargo in {}: {e}", dir.display()))?;
    if !status.success() {
        return Err(format!("building firmware/{project} failed"));
    }
    Ok(dir.join("target/thumbv6m-none-eabi/release"))
}

fn read_elf(path: &Path) -> Result<elf::Image> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    elf::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn firmware() -> Result<()> {
    let out = build("pico", &[])?;
    let image = read_elf(&out.join("spotcheck-pico"))?;
    let uf2 = uf2::from_segments(&image.segments)?;
    let path = out.join("spotcheck-pico.uf2");
    fs::write(&path, &uf2).map_err(|e| format!("{}: {e}", path.display()))?;
    let s = image.sizes();
    println!("uf2: {} ({} blocks)", path.display(), uf2.len() / 512);
    println!(
        "budget: flash {} of {} ({})",
        s.flash,
        PICO_FLASH_BUDGET,
        verdict(s.flash <= PICO_FLASH_BUDGET)
    );
    println!(
        "budget: static ram {} of {} before the stack ({})",
        s.ram,
        PICO_RAM_BUDGET,
        verdict(s.ram <= PICO_RAM_BUDGET)
    );
    println!("size: flash={} ram={}", s.flash, s.ram);
    Ok(())
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "OVER BUDGET"
    }
}

/// One `frame` line of the QEMU image.
#[derive(Debug, PartialEq, Eq)]
struct TargetFrame {
    index: u32,
    ms: u64,
    line: u32,
    hash: FrameHash,
    ticks: u64,
}

/// Everything the QEMU image printed.
#[derive(Debug, Default)]
struct TargetRun {
    calib: Option<(u64, u64)>,
    frames: Vec<TargetFrame>,
    fill: Option<(u32, u64)>,
    done: Option<(u32, u32)>,
}

fn field<'a>(line: &'a str, name: &str) -> Result<&'a str> {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(name).and_then(|r| r.strip_prefix('=')))
        .ok_or_else(|| format!("no `{name}=` in QEMU line `{line}`"))
}

fn num<T: std::str::FromStr>(line: &str, name: &str) -> Result<T> {
    let v = field(line, name)?;
    v.parse()
        .map_err(|_| format!("bad `{name}={v}` in QEMU line `{line}`"))
}

fn parse_run(stdout: &str) -> Result<TargetRun> {
    let mut run = TargetRun::default();
    for line in stdout.lines() {
        match line.split_whitespace().next() {
            Some("calib") => run.calib = Some((num(line, "instr")?, num(line, "ticks")?)),
            Some("frame") => run.frames.push(TargetFrame {
                index: num(line, "index")?,
                ms: num(line, "ms")?,
                line: num(line, "line")?,
                hash: FrameHash {
                    hash: u32::from_str_radix(field(line, "hash")?, 16)
                        .map_err(|_| format!("bad hash in `{line}`"))?,
                    pixels: num(line, "pixels")?,
                    clipped: num(line, "clipped")?,
                },
                ticks: num(line, "ticks")?,
            }),
            Some("fill") => run.fill = Some((num(line, "pixels")?, num(line, "ticks")?)),
            Some("done") => run.done = Some((num(line, "frames")?, num(line, "stack")?)),
            _ => {}
        }
    }
    Ok(run)
}

/// Runs an image under QEMU with semihosting; its stdout, or why it failed.
fn run_qemu(machine: &str, cpu: &str, elf: &Path) -> Result<String> {
    let mut child = Command::new("qemu-system-arm")
        .args([
            "-cpu",
            cpu,
            "-machine",
            machine,
            "-nographic",
            "-monitor",
            "none",
        ])
        .args(["-serial", "none", "-icount", "shift=0"])
        .args(["-semihosting-config", "enable=on,target=native", "-kernel"])
        .arg(elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "could not start qemu-system-arm ({e}); install it with \
                 `apt-get update && apt-get install -y qemu-system-arm`"
            )
        })?;
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > QEMU_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "QEMU ran {}s without exiting: the image hung (a hard fault, e.g. a stack overflow, spins forever)",
                QEMU_TIMEOUT.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !status.success() {
        return Err(format!(
            "the image failed under QEMU ({status}):\n{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(stdout)
}

/// The same session replayed on the host: same app, script, driver, probe.
fn host_frames() -> Result<Vec<(Frame, FrameHash)>> {
    let mut app = spotcheck_firmware::kiosk();
    let mut probe = HashProbe::new(spotcheck_firmware::SCREEN);
    let mut frames = Vec::new();
    script::replay(
        &mut app,
        spotcheck_firmware::SESSION,
        &mut probe,
        &mut OnFrame(|f: &Frame, p: &mut HashProbe| frames.push((*f, p.take()))),
    )
    .map_err(|e| e.to_string())?;
    Ok(frames)
}

fn median(v: &mut [u64]) -> u64 {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or(0)
}

fn qemu() -> Result<()> {
    let (machine, cpu) = ("microbit", "cortex-m0");
    let out = build("qemu", &["--bins"])?;
    let elf_path = out.join("spotcheck-qemu");
    let sizes = read_elf(&elf_path)?.sizes();
    let stdout = run_qemu(machine, cpu, &elf_path)?;
    let run = parse_run(&stdout)?;
    let (calib_instr, calib_ticks) = run.calib.ok_or("the image printed no `calib` line")?;
    let (done_frames, stack) = run.done.ok_or("the image printed no `done` line")?;
    if calib_ticks == 0 {
        return Err("SysTick did not count during calibration".into());
    }
    // SysTick ticks to instructions: under `-icount shift=0` every
    // instruction takes 1 ns of virtual time, so a tick is a fixed number
    // of instructions (62.5 on the microbit's 16 MHz SysTick); the
    // calibration loop measures it rather than trusting the constant.
    let instr = |ticks: u64| (ticks * calib_instr + calib_ticks / 2) / calib_ticks;

    let host = host_frames()?;
    let mut matched = 0;
    let mut mismatches = Vec::new();
    for (i, t) in run.frames.iter().enumerate() {
        match host.get(i) {
            Some((f, h)) if f.index == t.index && f.now_ms == t.ms && f.line == t.line && *h == t.hash => {
                matched += 1
            }
            Some((f, h)) => mismatches.push(format!(
                "frame {i} (script line {}, {} ms): target hash={:08x} pixels={} clipped={}, host hash={:08x} pixels={} clipped={} (host line {}, {} ms)",
                t.line, t.ms, t.hash.hash, t.hash.pixels, t.hash.clipped, h.hash, h.pixels, h.clipped, f.line, f.now_ms
            )),
            None => mismatches.push(format!("frame {i}: the host drew no such frame")),
        }
    }
    if host.len() != run.frames.len() || done_frames as usize != run.frames.len() {
        mismatches.push(format!(
            "frame count: target printed {} (said {}), host drew {}",
            run.frames.len(),
            done_frames,
            host.len()
        ));
    }

    let mut per_frame: Vec<u64> = run.frames.iter().map(|f| instr(f.ticks)).collect();
    let worst = per_frame.iter().copied().max().unwrap_or(0);
    let med = median(&mut per_frame);
    let full = run
        .frames
        .iter()
        .filter(|f| u64::from(f.hash.pixels) >= 320 * 240)
        .map(|f| instr(f.ticks))
        .max();
    for f in &run.frames {
        println!(
            "frame {:>3} line {:>3} {:>6} ms hash={:08x} pixels={:>6} instr={}",
            f.index,
            f.line,
            f.ms,
            f.hash.hash,
            f.hash.pixels,
            instr(f.ticks)
        );
    }
    println!("calibration: {calib_instr} instructions = {calib_ticks} SysTick ticks");
    if let Some((px, ticks)) = run.fill {
        println!(
            "probe floor: one full-screen fill_solid ({px} px) into the hashing probe = {} instructions",
            instr(ticks)
        );
    }
    if let Some(full) = full {
        println!(
            "budget: worst full-screen frame {full} instructions of {FULL_SCREEN_INSTR_BUDGET} ({})",
            verdict(full <= FULL_SCREEN_INSTR_BUDGET)
        );
    }
    println!(
        "budget: ram {} static + {} stack = {} of 16384 on the microbit ({})",
        sizes.ram,
        stack,
        sizes.ram + stack,
        verdict(sizes.ram + stack <= 16 * 1024)
    );
    if !mismatches.is_empty() {
        for m in &mismatches {
            eprintln!("mismatch: {m}");
        }
        return Err(format!(
            "{} of {} frames differ between the Cortex-M0 and the host",
            run.frames.len() - matched,
            run.frames.len()
        ));
    }
    println!(
        "qemu: machine={machine} frames={} matched={matched} flash={} ram={} stack={stack} instr_median={med} instr_worst={worst}",
        run.frames.len(),
        sizes.flash,
        sizes.ram
    );
    Ok(())
}

fn size() -> Result<()> {
    let out = build("qemu", &["--bins"])?;
    let core = read_elf(&out.join("core-only"))?.sizes();
    let base = read_elf(&out.join("baseline"))?.sizes();
    let kiosk = read_elf(&out.join("spotcheck-qemu"))?.sizes();
    let core_flash = core.flash - base.flash;
    let core_code = core.code - base.code;
    println!(
        "core+tables (thumbv6m, opt-level s, LTO): flash={} = core-only image {} - runtime baseline {}: code {}, tables and text {} ({} of {})",
        core_flash,
        core.flash,
        base.flash,
        core_code,
        core_flash - core_code,
        verdict(core_flash <= CORE_FLASH_BUDGET),
        CORE_FLASH_BUDGET
    );
    println!("qemu image: flash={} ram={}", kiosk.flash, kiosk.ram);
    let pico = build("pico", &[])?;
    let p = read_elf(&pico.join("spotcheck-pico"))?.sizes();
    println!(
        "pico image: flash={} ({} of {}) ram={} ({} of {}, stack not included)",
        p.flash,
        verdict(p.flash <= PICO_FLASH_BUDGET),
        PICO_FLASH_BUDGET,
        p.ram,
        verdict(p.ram <= PICO_RAM_BUDGET),
        PICO_RAM_BUDGET
    );
    println!(
        "size: core={core_flash} qemu_flash={} pico_flash={} pico_ram={}",
        kiosk.flash, p.flash, p.ram
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_images_lines() {
        let out = "calib instr=200000 ticks=3200\n\
                   frame index=0 ms=0 line=0 hash=0badf00d pixels=76800 clipped=2 ticks=100\n\
                   shot name=first\n\
                   fill pixels=76800 ticks=5\n\
                   done frames=1 stack=2000\n";
        let run = parse_run(out).unwrap();
        assert_eq!(run.calib, Some((200_000, 3200)));
        assert_eq!(run.fill, Some((76_800, 5)));
        assert_eq!(run.done, Some((1, 2000)));
        assert_eq!(
            run.frames,
            [TargetFrame {
                index: 0,
                ms: 0,
                line: 0,
                hash: FrameHash {
                    hash: 0x0bad_f00d,
                    pixels: 76_800,
                    clipped: 2
                },
                ticks: 100
            }]
        );
        assert!(parse_run("frame index=x").is_err());
    }

    #[test]
    fn the_host_replays_the_session() {
        let frames = host_frames().unwrap();
        assert!(frames.len() > 3, "the session draws several frames");
        assert_eq!(frames[0].0.index, 0);
    }

    #[test]
    fn median_of_frames() {
        assert_eq!(median(&mut [5, 1, 9]), 5);
        assert_eq!(median(&mut []), 0);
    }
}
