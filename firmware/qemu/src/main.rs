//! SpotCheck on a Cortex-M0 under QEMU.
//!
//! Replays the scripts chosen at build time ([`SCRIPTS`]: by default
//! `firmware/scripts/session.txt` then `keys.txt`; see `build.rs`) through
//! a fresh kiosk each, with the shared replay driver, draws every frame
//! into the hashing probe, and prints over semihosting, one line each:
//!
//! - `calib instr=<n> ticks=<n>`: a loop of a known instruction count timed
//!   with SysTick, so the host can turn ticks into instructions;
//! - `script name=<file>`: a script starts (frame indices restart at 0);
//! - `frame index=<i> ms=<t> line=<l> hash=<hex> pixels=<n> clipped=<n>
//!   ticks=<n>`: one per frame; `ticks` is SysTick counts spent in
//!   `app.draw` for that frame (the probe's hashing included);
//! - `step line=<l> ms=<t> screen=<name>`: one per step, when it is done,
//!   with the screen then showing;
//! - `end frames=<n> steps=<n> expects=<n>`: the script ran to its end;
//! - `error <message>`: the replay stopped (a wrong `expect`, a `press` of
//!   a button the screen lacks, a bad line): the image then exits with
//!   failure;
//! - `fill pixels=<n> ticks=<n>`: one full-screen `fill_solid` into a probe,
//!   the floor any full redraw pays here;
//! - `done frames=<n> stack=<bytes>`: every script's frames and the stack
//!   high-water mark (the stack is painted at boot and scanned at the end).
//!
//! Then it exits with status 0 through semihosting; an error or a panic
//! exits 1. Run it with `cargo xtask qemu`, which also checks every hash,
//! and every step's screen, against a host replay of the same scripts.
#![no_std]
#![no_main]

use core::arch::asm;
use cortex_m::peripheral::{syst::SystClkSource, SYST};
use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use embedded_graphics::pixelcolor::Rgb565;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use panic_semihosting as _;
use spotcheck_firmware::{Kiosk, SCREEN};
use spotcheck_kiosk::probe::HashProbe;
use spotcheck_kiosk::script::{replay, Frame, Hooks, StepDone};

include!(concat!(env!("OUT_DIR"), "/scripts.rs"));

/// The word the unused stack is painted with.
const PAINT: u32 = 0x5707_C0DE;
/// Iterations of the calibration loop (two instructions each).
const CALIB_LOOPS: u32 = 100_000;
/// SysTick is a 24-bit down-counter.
const SYST_MASK: u32 = 0x00FF_FFFF;

extern "C" {
    /// Lowest stack address (the end of the statics), from cortex-m-rt.
    static mut _stack_end: u32;
    /// Highest stack address (the initial SP), from cortex-m-rt.
    static mut _stack_start: u32;
}

/// Paints the free stack below the current frame with [`PAINT`].
///
/// # Safety
/// Must run first in `main`, before anything deeper than this call uses the
/// stack; it writes only below the current stack pointer minus a margin.
#[inline(never)]
unsafe fn paint_stack() {
    let bottom = core::ptr::addr_of_mut!(_stack_end);
    let sp = cortex_m::register::msp::read() as usize;
    let top = (sp - 64) as *mut u32;
    let mut p = bottom;
    while p < top {
        core::ptr::write_volatile(p, PAINT);
        p = p.add(1);
    }
}

/// Bytes of stack ever used: from the top down to the lowest word that no
/// longer holds the paint.
fn stack_high_water() -> usize {
    // SAFETY: reads words between the two linker symbols, all RAM.
    unsafe {
        let bottom = core::ptr::addr_of_mut!(_stack_end);
        let top = core::ptr::addr_of_mut!(_stack_start) as usize;
        let mut p = bottom;
        while (p as usize) < top && core::ptr::read_volatile(p) == PAINT {
            p = p.add(1);
        }
        top - p as usize
    }
}

fn now(syst: &SYST) -> u32 {
    let _ = syst;
    SYST::get_current()
}

fn elapsed(start: u32, end: u32) -> u32 {
    start.wrapping_sub(end) & SYST_MASK
}

/// Times `CALIB_LOOPS` turns of a two-instruction loop.
fn calibrate(syst: &SYST) -> u32 {
    let start = now(syst);
    // SAFETY: a register countdown, no memory touched.
    unsafe {
        asm!(
            "2:",
            "subs {n}, #1",
            "bne 2b",
            n = inout(reg) CALIB_LOOPS => _,
            options(nomem, nostack),
        );
    }
    elapsed(start, now(syst))
}

struct Report<'a> {
    syst: &'a SYST,
    start: u32,
}

impl Hooks<HashProbe> for Report<'_> {
    fn before_draw(&mut self, _frame: &Frame) {
        self.start = now(self.syst);
    }

    fn after_draw(&mut self, frame: &Frame, probe: &mut HashProbe) {
        let ticks = elapsed(self.start, now(self.syst));
        let f = probe.take();
        hprintln!(
            "frame index={} ms={} line={} hash={:08x} pixels={} clipped={} ticks={}",
            frame.index,
            frame.now_ms,
            frame.line,
            f.hash,
            f.pixels,
            f.clipped,
            ticks
        );
    }

    fn shot(&mut self, name: &str, _probe: &mut HashProbe) {
        hprintln!("shot name={}", name);
    }

    fn step_done(&mut self, done: &StepDone<'_>, _probe: &mut HashProbe) {
        hprintln!(
            "step line={} ms={} screen={}",
            done.line,
            done.now_ms,
            done.screen
        );
    }
}

/// The kiosk, just switched on, in its static. Built in a function of its
/// own so that `main`'s frame, live for the whole run, holds no App-sized
/// temporary (App is about 4.3 KB; inlined, `main` held two).
#[inline(never)]
fn switch_on() -> &'static mut Kiosk {
    cortex_m::singleton!(: Kiosk = spotcheck_firmware::kiosk()).unwrap()
}

/// Switches the kiosk off and on again (see [`switch_on`] for why apart).
#[inline(never)]
fn restart(app: &mut Kiosk) {
    *app = spotcheck_firmware::kiosk();
}

/// Ends the run: status 1 through semihosting.
fn fail() -> ! {
    debug::exit(debug::EXIT_FAILURE);
    loop {
        cortex_m::asm::wfi();
    }
}

#[entry]
fn main() -> ! {
    // SAFETY: first thing on the stack; see `paint_stack`.
    unsafe { paint_stack() };
    let mut core = cortex_m::Peripherals::take().unwrap();
    let syst = &mut core.SYST;
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(SYST_MASK);
    syst.clear_current();
    syst.enable_counter();

    let ticks = calibrate(syst);
    hprintln!("calib instr={} ticks={}", 2 * CALIB_LOOPS, ticks);

    let app = switch_on();
    let mut probe = HashProbe::new(SCREEN);
    let mut report = Report { syst, start: 0 };
    let mut frames = 0;
    for (i, (name, script)) in SCRIPTS.iter().enumerate() {
        if i > 0 {
            // Every script starts from a kiosk just switched on.
            restart(app);
        }
        hprintln!("script name={}", name);
        match replay(app, script, &mut probe, &mut report) {
            Ok(done) => {
                hprintln!(
                    "end frames={} steps={} expects={}",
                    done.frames,
                    done.steps,
                    done.expects
                );
                frames += done.frames;
            }
            Err(e) => {
                hprintln!("error {}", e);
                fail();
            }
        }
    }

    let start = now(syst);
    let all = Rectangle::new(Point::zero(), SCREEN);
    probe.fill_solid(&all, Rgb565::WHITE).unwrap();
    let ticks = elapsed(start, now(syst));
    hprintln!("fill pixels={} ticks={}", probe.take().pixels, ticks);

    hprintln!("done frames={} stack={}", frames, stack_high_water());
    debug::exit(debug::EXIT_SUCCESS);
    loop {
        cortex_m::asm::wfi();
    }
}
