'use strict';
// Boots the SpotCheck Pico UF2 on an emulated RP2040 (rp2040js 1.4.1, the
// real B1 boot ROM) wired to models of the Waveshare Pico-ResTouch-LCD-2.8:
// the ST7789 panel and XPT2046 touch controller on SPI1, the QSPI flash the
// boot ROM programs, the ring oscillator's random bit. Run by
// `cargo xtask pico-emu`, which writes the plan and reads the report; see
// README.md in this folder.
//
//   node harness.js PLAN
//
// PLAN, one item a line:
//   uf2 PATH | bootrom PATH | frames DIR
//   flash_in PATH      start from this flash image (2 MiB) instead of an
//                      erased chip with the UF2 written to it
//   flash_out PATH     write the flash (2 MiB) here when the run ends
//   at MS down RX RY   finger down with raw readings RX, RY
//   at MS up           finger lifted
//   at MS snap ID      when the board is idle, write the panel to
//                      DIR/ID.rgb565 (320x240, little-endian RGB565)
//   at MS end          stop
// MS counts from the board's first `screen` line (script time 0).
//
// Report on stdout, one event a line, times in emulated ms since power-on:
//   boot ms=.. frame_ms=.. t0_ms=.. clk_hz=..   first `screen` line; frame_ms is
//                                   the last LCD byte before it
//   uart ms=.. text=..              every line the firmware logs on UART0
//   snap id=.. ms=.. screen=..
//   tap lift_ms=.. done_ms=.. first_ms=.. spi_ms=.. bytes=.. screen=..
//                                   a lift followed by a new screen: done_ms
//                                   is its last LCD byte, first_ms its first,
//                                   spi_ms the time the SPI spent shifting
//                                   them, bytes the LCD bytes since the lift
//   held ms=.. by_ms=.. at=..       a finger due at plan time `at` waited
//                                   by_ms for the board to finish drawing;
//                                   every later action moves back as much
//   reset ms=.. reason=watchdog     the watchdog fired; the chip restarts
//                                   with the same flash
//   end ms=.. cycles=.. lcd_bytes=.. flash_programs=.. flash_erases=.. wall_ms=..
// Errors: a line `error text=..` and exit status 1.

const fs = require('fs');
const path = require('path');
const { RP2040, GPIOPinState } = require('rp2040js');
// The package exports no clock class; an RP2040 made without one builds its
// own SimulationClock, whose constructor is the one to use.
const SimulationClock = new RP2040().clock.constructor;
const { ST7789 } = require('./st7789.js');
const { XPT2046 } = require('./xpt2046.js');
const { FlashChip, IOQSPI, SSI, FLASH_BYTES } = require('./qspi.js');
const { ROSC, VregChipReset, Watchdog } = require('./regs.js');

const PIN = {
  uartTx: 0,
  lcdDc: 8,
  lcdCs: 9,
  backlight: 13,
  lcdReset: 15,
  touchCs: 16,
  touchIrq: 17,
};
const FLASH_BASE = 0x10000000;
/** Most emulated time a snap waits for the board to go idle. */
const SETTLE_LIMIT_NS = 3e9;
/** Most emulated time before the first `screen` line. */
const BOOT_LIMIT_NS = 10e9;

function fail(text) {
  console.log(`error text=${text}`);
  process.exit(1);
}

function readPlan(file) {
  const plan = { actions: [] };
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const w = raw.trim().split(/\s+/);
    if (!w[0] || w[0].startsWith('#')) continue;
    if (w[0] === 'at') {
      plan.actions.push({ ms: Number(w[1]), what: w[2], args: w.slice(3) });
    } else {
      plan[w[0]] = w.slice(1).join(' ');
    }
  }
  plan.actions.sort((a, b) => a.ms - b.ms);
  return plan;
}

function loadUf2(bytes, flash) {
  for (let off = 0; off + 512 <= bytes.length; off += 512) {
    const v = new DataView(bytes.buffer, bytes.byteOffset + off, 512);
    if (v.getUint32(0, true) !== 0x0a324655 || v.getUint32(4, true) !== 0x9e5d5157) {
      fail(`UF2 block at byte ${off} has bad magic`);
    }
    const addr = v.getUint32(12, true);
    const size = v.getUint32(16, true);
    if (addr < FLASH_BASE || addr + size > FLASH_BASE + FLASH_BYTES) {
      fail(`UF2 block at byte ${off} targets 0x${addr.toString(16)}, outside flash`);
    }
    flash.set(bytes.subarray(off + 32, off + 32 + size), addr - FLASH_BASE);
  }
}

/** Counts what rp2040js reports as unimplemented instead of printing it. */
class QuietLogger {
  constructor() {
    this.warnings = new Map();
  }
  debug() {}
  info() {}
  warn(component, message) {
    const key = `${component}: ${message}`;
    this.warnings.set(key, (this.warnings.get(key) || 0) + 1);
  }
  error(component, message) {
    this.warn(component, message);
  }
}

class Board {
  constructor(plan) {
    this.plan = plan;
    this.bootrom = (() => {
      const b = fs.readFileSync(plan.bootrom);
      if (b.length !== 16384) fail(`boot ROM ${plan.bootrom} is ${b.length} bytes, not 16384`);
      const words = new Uint32Array(4096);
      for (let i = 0; i < 4096; i++) words[i] = b.readUInt32LE(i * 4);
      return words;
    })();
    this.flash = new Uint8Array(FLASH_BYTES).fill(0xff);
    if (plan.flash_in) {
      const f = fs.readFileSync(plan.flash_in);
      if (f.length !== FLASH_BYTES) fail(`${plan.flash_in} is ${f.length} bytes, not ${FLASH_BYTES}`);
      this.flash.set(f);
    } else {
      loadUf2(fs.readFileSync(plan.uf2), this.flash);
    }
    this.lcd = new ST7789();
    this.touch = new XPT2046();
    this.logger = new QuietLogger();
    this.baseNs = 0; // emulated time of this chip's reset
    this.cycles = 0;
    this.lcdBytes = 0;
    this.lcdBusyNs = 0; // time the SPI spent shifting LCD bytes
    this.lastLcdNs = 0;
    this.screen = null;
    this.uartLine = '';
    this.lines = [];
    this.pendingTap = null;
    this.flashStats = { programs: 0, erases: 0 };
    this.powerOn(0);
  }

  get nowNs() {
    return this.baseNs + this.clock.nanos;
  }

  /**
   * A fresh chip on the same flash: power-on (`watchdog` 0) or a watchdog
   * reset (1 timer, 2 forced; what WATCHDOG.REASON then says).
   */
  powerOn(watchdog) {
    if (this.mcu) {
      this.flash.set(this.mcu.flash.subarray(0, FLASH_BYTES));
      this.flashStats.programs += this.chip.stats.programs;
      this.flashStats.erases += this.chip.stats.erases;
      this.baseNs += this.clock.nanos;
    }
    this.clock = new SimulationClock();
    const mcu = new RP2040(this.clock);
    mcu.logger = this.logger;
    mcu.loadBootrom(this.bootrom);
    mcu.flash.set(this.flash);
    this.mcu = mcu;
    this.chip = new FlashChip(mcu.flash);
    mcu.peripherals[0x18000] = new SSI(mcu, this.chip);
    mcu.peripherals[0x40018] = new IOQSPI(mcu, this.chip);
    mcu.peripherals[0x40060] = new ROSC(mcu);
    mcu.peripherals[0x40064] = new VregChipReset(mcu);
    // The flash's chip select reads high: BOOTSEL is not held, so the boot
    // ROM boots from flash instead of offering the USB drive.
    Object.defineProperty(mcu.qspi[1], 'inputValue', { get: () => true });
    this.resetRequested = false;
    const wd = new Watchdog(mcu, (why) => {
      this.resetRequested = why;
    });
    if (watchdog) wd.reason = watchdog;
    mcu.peripherals[0x40058] = wd;

    const gpio = mcu.gpio;
    gpio[PIN.touchIrq].setInputValue(!this.touch.pressed);
    gpio[PIN.lcdCs].addListener((v) => {
      if (v !== GPIOPinState.Low) this.lcd.deselect();
    });
    gpio[PIN.touchCs].addListener((v) => {
      if (v !== GPIOPinState.Low) this.touch.deselect();
    });
    gpio[PIN.lcdReset].addListener((v) => {
      if (v === GPIOPinState.Low) this.lcd.hardwareReset();
    });

    const spi = mcu.spi[1];
    let rx = 0;
    let lcdByte = false;
    const done = this.clock.createAlarm(() => {
      if (lcdByte) {
        this.lcdBytes++;
        this.lastLcdNs = this.nowNs;
      }
      spi.completeTransmit(rx);
    });
    spi.onTransmit = (value) => {
      const lcdSel = gpio[PIN.lcdCs].value === GPIOPinState.Low;
      const touchSel = gpio[PIN.touchCs].value === GPIOPinState.Low;
      rx = 0;
      lcdByte = false;
      if (lcdSel) {
        this.lcd.byte(value, gpio[PIN.lcdDc].value === GPIOPinState.High);
        lcdByte = true;
      }
      if (touchSel) rx = this.touch.byte(value);
      // The byte takes its bits at the SPI clock the firmware set.
      const hz = spi.clockFrequency || 1e6;
      const ns = Math.max(1, Math.round((spi.dataBits * 1e9) / hz));
      if (lcdByte) {
        this.lcdBusyNs += ns;
        if (this.pendingTap && this.pendingTap.firstNs === undefined) this.pendingTap.firstNs = this.nowNs;
      }
      done.schedule(ns);
    };

    mcu.uart[0].onByte = (b) => {
      if (b === 10) {
        this.uartLine = this.uartLine.replace(/\r$/, '');
        this.onLine(this.uartLine);
        this.uartLine = '';
      } else {
        this.uartLine += String.fromCharCode(b);
      }
    };
    // Power-on: the core starts in the boot ROM's reset handler, which
    // reads boot2 from flash over the SSI, checks it and runs it.
    mcu.core.reset();
  }

  onLine(text) {
    const ms = this.nowNs / 1e6;
    console.log(`uart ms=${ms.toFixed(3)} text=${text}`);
    this.lines.push({ ms, text });
    const m = /^screen (\S+)$/.exec(text);
    if (m) {
      this.screen = m[1];
      if (this.pendingTap) {
        const t = this.pendingTap;
        this.pendingTap = null;
        const first = t.firstNs === undefined ? this.lastLcdNs : t.firstNs;
        console.log(
          `tap lift_ms=${(t.ns / 1e6).toFixed(3)} done_ms=${(this.lastLcdNs / 1e6).toFixed(3)} ` +
            `first_ms=${(first / 1e6).toFixed(3)} spi_ms=${((this.lcdBusyNs - t.busyNs) / 1e6).toFixed(3)} ` +
            `bytes=${this.lcdBytes - t.bytes} screen=${m[1]}`,
        );
      }
    }
  }

  /**
   * Runs the chip until `untilNs` (absolute emulated ns), or until `stop()`
   * says so (asked before every sleep and every 2000 instructions).
   */
  run(untilNs, stop) {
    for (;;) {
      if (this.resetRequested) {
        const why = this.resetRequested;
        // Where the core was when the reset came: the first thing to read
        // when a loop hangs (look it up with `arm-none-eabi-addr2line` or
        // `nm -C --numeric-sort` on the ELF).
        const pc = (this.mcu.core.PC >>> 0).toString(16).padStart(8, '0');
        const lr = (this.mcu.core.LR >>> 0).toString(16).padStart(8, '0');
        console.log(`reset ms=${(this.nowNs / 1e6).toFixed(3)} reason=${why === 1 ? 'watchdog' : 'forced'} pc=0x${pc} lr=0x${lr}`);
        this.screen = null;
        this.powerOn(why);
      }
      if (this.nowNs >= untilNs || (stop && stop())) return;
      const { core } = this.mcu;
      const clk = this.clock;
      const nsPerCycle = 1e9 / this.mcu.clkSys;
      for (let i = 0; i < 2000 && !this.resetRequested; i++) {
        if (core.waiting) {
          if (stop && stop()) return;
          const next = clk.nanosToNextAlarm;
          const left = untilNs - this.nowNs;
          if (left <= 0) break;
          // Asleep: jump to the next alarm (a timer, an SPI byte, the
          // watchdog), or to the deadline if that comes first.
          clk.tick(next > 0 ? Math.min(next, left) : left);
        } else {
          const c = core.executeInstruction();
          this.cycles += c;
          clk.tick(c * nsPerCycle);
        }
      }
    }
  }

  /**
   * Whether the main loop goes back to sleep within `ns` (a touch poll
   * takes well under that; drawing a screen takes far longer).
   */
  idleWithin(ns) {
    const spi = this.mcu.spi[1];
    const idle = () => this.mcu.core.waiting && !spi.busy;
    this.run(this.nowNs + ns, idle);
    return idle();
  }

  /** Runs on until the core sleeps with the SPI quiet (the loop is done). */
  settle() {
    const limit = this.nowNs + SETTLE_LIMIT_NS;
    const spi = this.mcu.spi[1];
    this.run(limit, () => this.mcu.core.waiting && !spi.busy);
    if (this.nowNs >= limit) fail('the board did not go idle within 3 s of emulated time');
  }

  picture() {
    const on = this.mcu.gpio[PIN.backlight].value === GPIOPinState.High;
    return this.lcd.picture(on);
  }
}

function main() {
  const planFile = process.argv[2];
  if (!planFile) fail('usage: node harness.js PLAN');
  const plan = readPlan(planFile);
  for (const k of ['uf2', 'bootrom', 'frames']) {
    if (!plan[k] && !(k === 'uf2' && plan.flash_in)) fail(`the plan has no \`${k}\` line`);
  }
  fs.mkdirSync(plan.frames, { recursive: true });
  const wall = Date.now();
  const board = new Board(plan);

  board.run(BOOT_LIMIT_NS, () => board.screen !== null);
  if (board.screen === null) {
    const w = [...board.logger.warnings.keys()].slice(0, 5).join('; ');
    fail(`no \`screen\` line on UART0 within ${BOOT_LIMIT_NS / 1e9} s: the image did not boot (${w})`);
  }
  const first = board.lines.find((l) => l.text.startsWith('screen '));
  const t0 = Math.floor(first.ms);
  console.log(
    `boot ms=${first.ms.toFixed(3)} frame_ms=${(board.lastLcdNs / 1e6).toFixed(3)} t0_ms=${t0} ` +
      `clk_hz=${board.mcu.clkSys} screen=${board.screen}`,
  );

  // A person looks at the new screen before tapping again: when a finger
  // is due while the board is still drawing (the firmware reads and
  // latches touch between bands, but a person waits for the screen), the
  // rest of the plan moves back in 100 ms steps (whole ticks, so the app's
  // timers keep their phase) until the board is idle. Reported as `held`.
  let shiftMs = 0;
  for (const a of plan.actions) {
    board.run((t0 + a.ms + shiftMs) * 1e6);
    switch (a.what) {
      case 'down': {
        let held = 0;
        while (!board.idleWithin(2e6)) {
          if (held >= 5000) fail('the board was still busy 5 s after a tap was due');
          held += 100;
          shiftMs += 100;
          board.run((t0 + a.ms + shiftMs) * 1e6);
        }
        if (held) console.log(`held ms=${(board.nowNs / 1e6).toFixed(3)} by_ms=${held} at=${a.ms}`);
        // A tap still waiting for its screen keeps waiting: the board may
        // still be drawing it when the next finger comes down.
        board.touch.press(Number(a.args[0]), Number(a.args[1]));
        board.mcu.gpio[PIN.touchIrq].setInputValue(false);
        break;
      }
      case 'up':
        board.touch.lift();
        board.mcu.gpio[PIN.touchIrq].setInputValue(true);
        // A lift whose tap has not brought a new screen by now never will.
        board.pendingTap = { ns: board.nowNs, bytes: board.lcdBytes, busyNs: board.lcdBusyNs };
        break;
      case 'snap': {
        board.settle();
        // Still drawing at the step's end: what follows waits for it.
        const late = board.nowNs / 1e6 - (t0 + a.ms + shiftMs);
        if (late > 2) {
          const by = Math.ceil(late / 100) * 100;
          shiftMs += by;
          console.log(`held ms=${(board.nowNs / 1e6).toFixed(3)} by_ms=${by} at=${a.ms}`);
        }
        const pic = board.picture();
        const file = path.join(plan.frames, `${a.args[0]}.rgb565`);
        fs.writeFileSync(file, Buffer.from(pic.buffer));
        console.log(`snap id=${a.args[0]} ms=${(board.nowNs / 1e6).toFixed(3)} screen=${board.screen}`);
        break;
      }
      case 'end':
        break;
      default:
        fail(`unknown plan action \`${a.what}\``);
    }
  }
  board.flash.set(board.mcu.flash.subarray(0, FLASH_BYTES));
  if (plan.flash_out) fs.writeFileSync(plan.flash_out, board.flash);
  const programs = board.flashStats.programs + board.chip.stats.programs;
  const erases = board.flashStats.erases + board.chip.stats.erases;
  if (process.env.PICO_EMU_VERBOSE) {
    for (const [k, n] of board.logger.warnings) console.error(`rp2040js: ${n}x ${k}`);
    for (const [c, n] of board.lcd.ignored) console.error(`st7789: ignored command 0x${c.toString(16)} ${n}x`);
    const l = board.lcd;
    console.error(
      `st7789: madctl=0x${l.madctl.toString(16)} colmod=0x${l.colmod.toString(16)} inverted=${l.inverted} ` +
        `sleeping=${l.sleeping} on=${l.displayOn}; rosc bits read ${board.mcu.peripherals[0x40060].bitsRead}`,
    );
  }
  console.log(
    `end ms=${(board.nowNs / 1e6).toFixed(3)} cycles=${board.cycles} lcd_bytes=${board.lcdBytes} ` +
      `flash_programs=${programs} flash_erases=${erases} wall_ms=${Date.now() - wall}`,
  );
}

if (require.main === module) main();
module.exports = { Board, readPlan };
