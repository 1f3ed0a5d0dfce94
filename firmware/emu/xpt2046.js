'use strict';
// The XPT2046 resistive touch controller on SPI1 while touch CS (GP16) is
// low, and its PENIRQ output on GP17 (low while a finger presses).
//
// A control byte has its start bit (0x80) set; bits 6..4 pick the channel
// (X+ 101, Y+ 001, Z1 011, Z2 100). In 12-bit mode the result comes out on
// the next 16 clocks: one busy bit, the 12 bits MSB first, three zeros, so
// the two bytes after the command read `v >> 5` and `(v & 0x1f) << 3`.
// The harness sets the finger (raw X and Y as the board's nominal
// calibration gives for the pixel tapped; xtask works them out from the
// firmware's own `Calibration::DEFAULT`), a firm press's Z1/Z2, or no
// finger: plates open, X and Y read 0, Z1 0 and Z2 4095.

const Z1_PRESSED = 600;
const Z2_PRESSED = 3300;

class XPT2046 {
  constructor() {
    this.finger = null; // {x, y} raw
    this.out = [];
    this.conversions = 0;
  }

  press(x, y) {
    this.finger = { x, y };
  }

  lift() {
    this.finger = null;
  }

  get pressed() {
    return this.finger !== null;
  }

  convert(channel) {
    const f = this.finger;
    switch (channel) {
      case 0b101:
        return f ? f.x : 0;
      case 0b001:
        return f ? f.y : 0;
      case 0b011:
        return f ? Z1_PRESSED : 0;
      case 0b100:
        return f ? Z2_PRESSED : 4095;
      default:
        return 0; // temperature, battery, aux: not wired on this board
    }
  }

  /** One byte in; the byte shifted out at the same time. */
  byte(b) {
    const reply = this.out.length ? this.out.shift() : 0;
    if (b & 0x80) {
      const v = this.convert((b >> 4) & 0x7) & 0xfff;
      this.conversions++;
      this.out = [(v >> 5) & 0x7f, (v & 0x1f) << 3];
    }
    return reply;
  }

  deselect() {
    this.out = [];
  }
}

module.exports = { XPT2046 };
