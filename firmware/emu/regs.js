'use strict';
// Two register blocks rp2040js 1.4.1 leaves unimplemented (its reads give
// 0xffffffff), which the boot ROM and the firmware read.
//
// ROSC: the ring oscillator's registers, which rp2040js 1.4.1 leaves
// unimplemented (its reads give 0xffffffff, so RANDOMBIT would read 1
// forever). Registers keep what is written; STATUS says enabled and
// stable; RANDOMBIT (offset 0x1c) gives bits from a xorshift generator
// with a fixed seed, so a run is the same every time (a real chip's bits
// are jitter).

const { BasePeripheral } = require('rp2040js');

const STATUS = 0x18;
const RANDOMBIT = 0x1c;

class ROSC extends BasePeripheral {
  constructor(rp2040, seed = 0x9e3779b9) {
    super(rp2040, 'ROSC');
    this.regs = new Map();
    this.state = seed >>> 0 || 1;
    this.bitsRead = 0;
  }

  readUint32(offset) {
    if (offset === STATUS) return (1 << 31) | (1 << 12);
    if (offset === RANDOMBIT) {
      let s = this.state;
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      this.state = s >>> 0;
      this.bitsRead++;
      return this.state & 1;
    }
    return this.regs.get(offset) || 0;
  }

  writeUint32(offset, value) {
    this.regs.set(offset, value >>> 0);
  }
}

// VREG_AND_CHIP_RESET: the regulator at its reset values, and CHIP_RESET
// saying the last reset was a power-on. (Read as 0xffffffff, its
// PSM_RESTART_FLAG would send the boot ROM into its debugger-rescue halt.)
const VREG = 0x00;
const BOD = 0x04;
const CHIP_RESET = 0x08;

class VregChipReset extends BasePeripheral {
  constructor(rp2040) {
    super(rp2040, 'VREG_AND_CHIP_RESET');
    this.regs = new Map([
      [VREG, 0xb1],
      [BOD, 0x91],
      [CHIP_RESET, 1 << 8], // HAD_POR
    ]);
  }

  readUint32(offset) {
    return this.regs.get(offset) || 0;
  }

  writeUint32(offset, value) {
    if (offset === CHIP_RESET) {
      // Only PSM_RESTART_FLAG (bit 24) is writable: write 1 to clear.
      return;
    }
    this.regs.set(offset, value >>> 0);
  }
}

// WATCHDOG, modelled here because rp2040js 1.4.1's countdown (a 32-bit
// decrementing timer against a 24-bit load) does not fire at the time the
// load value says. As on the chip: CTRL.ENABLE (bit 30) runs the counter,
// CTRL.TRIGGER (bit 31) resets at once, LOAD (24 bits) restarts the count;
// the counter drops by 2 every tick (erratum RP2040-E1), a tick being
// TICK.CYCLES clk_ref cycles (clk_ref: the 12 MHz crystal) while
// TICK.ENABLE is set; at zero the chip resets. REASON says why the last
// reset was (bit 0 timer, bit 1 forced); the scratch registers are kept.
const CTRL = 0x00;
const LOAD = 0x04;
const REASON = 0x08;
const SCRATCH0 = 0x0c;
const TICK = 0x2c;
const CLK_REF_HZ = 12e6;

class Watchdog extends BasePeripheral {
  constructor(rp2040, onReset) {
    super(rp2040, 'WATCHDOG');
    this.onReset = onReset;
    this.clock = rp2040.clock;
    this.alarm = this.clock.createAlarm(() => this.fire(1));
    this.enabled = false;
    this.load = 0;
    this.loadedAtNs = 0;
    this.reason = 0;
    this.scratch = new Uint32Array(8);
    this.tick = (1 << 9) | 12; // ENABLE, 12 cycles: a 1 MHz tick
  }

  get tickNs() {
    const cycles = this.tick & 0x1ff;
    return (this.tick & (1 << 9)) && cycles ? (cycles * 1e9) / CLK_REF_HZ : 0;
  }

  get counter() {
    if (!this.enabled || !this.tickNs) return this.load;
    const ticks = Math.floor((this.clock.nanos - this.loadedAtNs) / this.tickNs);
    return Math.max(0, this.load - 2 * ticks);
  }

  restart() {
    this.alarm.cancel();
    this.loadedAtNs = this.clock.nanos;
    if (this.enabled && this.tickNs) {
      this.alarm.schedule(Math.ceil(this.load / 2) * this.tickNs + 1);
    }
  }

  fire(why) {
    this.alarm.cancel();
    this.enabled = false;
    this.onReset(why);
  }

  readUint32(offset) {
    switch (offset) {
      case CTRL:
        return (this.enabled ? 1 << 30 : 0) | (this.counter & 0xffffff);
      case LOAD:
        return 0;
      case REASON:
        return this.reason;
      case TICK:
        return this.tick | (this.tick & (1 << 9) ? 1 << 10 : 0);
    }
    if (offset >= SCRATCH0 && offset < SCRATCH0 + 32) {
      return this.scratch[(offset - SCRATCH0) >> 2];
    }
    return 0;
  }

  writeUint32(offset, value) {
    switch (offset) {
      case CTRL:
        if (value & (1 << 31)) {
          this.fire(2);
          return;
        }
        this.load = this.counter;
        this.enabled = !!(value & (1 << 30));
        this.restart();
        return;
      case LOAD:
        this.load = value & 0xffffff;
        this.restart();
        return;
      case TICK:
        this.load = this.counter;
        this.tick = value & 0x3ff;
        this.restart();
        return;
    }
    if (offset >= SCRATCH0 && offset < SCRATCH0 + 32) {
      this.scratch[(offset - SCRATCH0) >> 2] = value >>> 0;
    }
  }
}

module.exports = { ROSC, VregChipReset, Watchdog };
