'use strict';
// The ST7789 panel controller of the Waveshare Pico-ResTouch-LCD-2.8, fed
// the bytes the RP2040 clocks out on SPI1 while LCD CS (GP9) is low, with
// LCD DC (GP8) telling commands (low) from data (high).
//
// Modelled, from Sitronix's datasheet: hardware reset (GP15 low) and
// SWRESET, SLPIN/SLPOUT, DISPOFF/DISPON, INVOFF/INVON, MADCTL (MY, MX, MV,
// RGB/BGR), COLMOD (16 and 18 bits a pixel), CASET/RASET and RAMWR/RAMWRC
// into the 240x320 frame memory. Every other command is accepted with its
// parameters and counted as ignored (`ignored` lists them).
//
// What the panel shows: the frame memory as seen with the board held in
// landscape, 320x240, the portrait memory's column 239 along the top (the
// way the firmware's `Rotation::Deg90` draws upright). The 2.8" IPS glass
// is normally inverted: it shows true colours with INVON and the
// complement without, as Waveshare's own start-up sequence assumes. Until
// SLPOUT and DISPON, or with the backlight (GP13) off, it shows black.
// Frame memory comes up holding noise, so a pixel the firmware never
// writes cannot pass for a drawn one.

const W = 240; // native columns
const H = 320; // native rows

class ST7789 {
  constructor() {
    this.mem = new Uint16Array(W * H);
    this.ignored = new Map();
    this.powerOn();
  }

  powerOn() {
    // Noise, the same every run.
    let s = 0x2545f491;
    for (let i = 0; i < this.mem.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      this.mem[i] = s & 0xffff;
    }
    this.hardwareReset();
  }

  hardwareReset() {
    this.madctl = 0;
    this.softwareReset();
  }

  softwareReset() {
    // SWRESET leaves MADCTL as it was (datasheet: "no change").
    this.sleeping = true;
    this.displayOn = false;
    this.inverted = false;
    this.colmod = 0x66;
    this.xs = 0;
    this.xe = W - 1;
    this.ys = 0;
    this.ye = H - 1;
    this.cmd = null;
    this.params = [];
    this.writing = false;
  }

  /** One byte on the wire; `dc` is the DC line (true = data). */
  byte(value, dc) {
    if (!dc) {
      this.command(value);
      return;
    }
    if (this.writing) {
      this.pixelByte(value);
      return;
    }
    this.params.push(value);
    this.parameter();
  }

  /** Chip select went high: a RAMWR stream ends. */
  deselect() {
    this.flushPartial();
  }

  command(c) {
    this.flushPartial();
    this.cmd = c;
    this.params = [];
    this.writing = false;
    switch (c) {
      case 0x00: // NOP
        break;
      case 0x01:
        this.softwareReset();
        break;
      case 0x10:
        this.sleeping = true;
        break;
      case 0x11:
        this.sleeping = false;
        break;
      case 0x13: // NORON: normal mode, the only one modelled
        break;
      case 0x20:
        this.inverted = false;
        break;
      case 0x21:
        this.inverted = true;
        break;
      case 0x28:
        this.displayOn = false;
        break;
      case 0x29:
        this.displayOn = true;
        break;
      case 0x2c:
        this.startWrite(true);
        break;
      case 0x3c:
        this.startWrite(false);
        break;
      case 0x2a:
      case 0x2b:
      case 0x36:
      case 0x3a:
        break;
      default:
        this.ignored.set(c, (this.ignored.get(c) || 0) + 1);
    }
  }

  parameter() {
    const p = this.params;
    switch (this.cmd) {
      case 0x2a:
        if (p.length === 4) {
          this.xs = (p[0] << 8) | p[1];
          this.xe = (p[2] << 8) | p[3];
        }
        break;
      case 0x2b:
        if (p.length === 4) {
          this.ys = (p[0] << 8) | p[1];
          this.ye = (p[2] << 8) | p[3];
        }
        break;
      case 0x36:
        if (p.length === 1) this.madctl = p[0];
        break;
      case 0x3a:
        if (p.length === 1) this.colmod = p[0];
        break;
    }
  }

  startWrite(fromStart) {
    this.writing = true;
    this.partial = [];
    if (fromStart || this.col === undefined) {
      this.col = this.xs;
      this.row = this.ys;
    }
  }

  get bytesPerPixel() {
    return (this.colmod & 0x07) === 0x05 ? 2 : 3;
  }

  pixelByte(b) {
    this.partial.push(b);
    if (this.partial.length < this.bytesPerPixel) return;
    const q = this.partial;
    this.partial = [];
    let rgb565;
    if (q.length === 2) {
      rgb565 = (q[0] << 8) | q[1];
    } else {
      // 18 bits: the top six bits of each byte.
      rgb565 = ((q[0] >> 3) << 11) | ((q[1] >> 2) << 5) | (q[2] >> 3);
    }
    this.store(this.col, this.row, rgb565);
    // The column counter runs first, then the row counter; both wrap in
    // the window.
    if (this.col >= this.xe) {
      this.col = this.xs;
      this.row = this.row >= this.ye ? this.ys : this.row + 1;
    } else {
      this.col++;
    }
  }

  flushPartial() {
    if (this.partial) this.partial = [];
  }

  /** Logical (CASET, RASET) address to frame memory, as MADCTL says. */
  store(c, r, value) {
    const my = this.madctl & 0x80;
    const mx = this.madctl & 0x40;
    const mv = this.madctl & 0x20;
    let col;
    let row;
    if (mv) {
      row = my ? H - 1 - c : c;
      col = mx ? W - 1 - r : r;
    } else {
      col = mx ? W - 1 - c : c;
      row = my ? H - 1 - r : r;
    }
    if (col < 0 || col >= W || row < 0 || row >= H) return;
    this.mem[row * W + col] = value;
  }

  /** The 320x240 landscape picture, RGB565, as the glass shows it. */
  picture(backlight) {
    const out = new Uint16Array(320 * 240);
    if (!backlight || this.sleeping || !this.displayOn) return out;
    const bgr = this.madctl & 0x08;
    for (let y = 0; y < 240; y++) {
      for (let x = 0; x < 320; x++) {
        let v = this.mem[x * W + (W - 1 - y)];
        if (!this.inverted) v = ~v & 0xffff;
        if (bgr) v = ((v & 0x1f) << 11) | (v & 0x07e0) | (v >> 11);
        out[y * 320 + x] = v;
      }
    }
    return out;
  }
}

module.exports = { ST7789 };
