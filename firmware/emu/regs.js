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

module.exports = { ROSC, VregChipReset };
