'use strict';
// The QSPI side of the RP2040 that rp2040js 1.4.1 leaves out, so that the
// boot ROM's flash_range_erase / flash_range_program land in the emulated
// flash (and survive a reset, since the harness keeps `mcu.flash`).
//
// rp2040js serves XIP reads straight from `mcu.flash`, and its SSI answers
// every byte with 0 and never touches the flash; IO_QSPI (where the ROM
// forces the flash's chip select) is unimplemented. Here:
//
// - `IOQSPI` keeps the pad control registers; GPIO_QSPI_SS_CTRL's OUTOVER
//   (2 = drive low, 3 = drive high) is the chip select the ROM uses in
//   direct mode, and SS reads high (BOOTSEL not pressed).
// - `SSI` is the DW_apb_ssi in direct (serial) mode: every DR0 write while
//   SSIENR is 1 shifts one byte out to the flash chip and one byte back
//   into the RX FIFO at once (the transfer takes no emulated time); SR
//   says TX empty, RX not empty when it is, never busy. SSIENR 0 empties
//   the FIFOs. The XIP configuration registers are stored for boot2.
// - `FlashChip` is a W25Q16-style NOR chip on that chip select: 0x06 write
//   enable, 0x04 write disable, 0x05 / 0x35 read status 1 / 2 (never busy;
//   QE set), 0x02 page program (clears bits, wraps in its 256-byte page),
//   0x20 / 0x52 / 0xD8 erase 4 / 32 / 64 KiB, 0xC7 / 0x60 chip erase, 0x03
//   read, 0x9F JEDEC id, 0x4B unique id, 0xFF / 0xAB / 0x66 / 0x99 and any
//   other command ignored (counted). Program and erase need write enable,
//   and take effect when CS rises, as on the chip.
//
// While the chip select is not forced (boot2 and XIP use the SSI's own
// select, which the emulation cannot see byte by byte) bytes go nowhere and
// read back 0, as rp2040js does: boot2 then sees QE clear and a never-busy
// status, and sets up XIP as it would on a fresh chip.

const { BasePeripheral } = require('rp2040js');

const FLASH_BYTES = 2 * 1024 * 1024;

class FlashChip {
  constructor(flash) {
    this.flash = flash; // mcu.flash (Uint8Array, 16 MiB in rp2040js)
    this.selected = false;
    this.wel = false;
    this.bytes = [];
    this.stats = { programs: 0, erases: 0, ignored: new Map() };
  }

  select() {
    this.selected = true;
    this.bytes = [];
  }

  deselect() {
    if (!this.selected) return;
    this.selected = false;
    const b = this.bytes;
    if (!b.length) return;
    const cmd = b[0];
    const addr = b.length >= 4 ? ((b[1] << 16) | (b[2] << 8) | b[3]) % FLASH_BYTES : 0;
    const erase = (size) => {
      if (!this.wel || b.length < 4) return;
      const start = addr - (addr % size);
      this.flash.fill(0xff, start, start + size);
      this.stats.erases++;
      this.wel = false;
    };
    switch (cmd) {
      case 0x06:
        this.wel = true;
        break;
      case 0x04:
        this.wel = false;
        break;
      case 0x02:
        if (this.wel && b.length > 4) {
          const page = addr & ~0xff;
          for (let i = 4; i < b.length; i++) {
            const at = page | ((addr + i - 4) & 0xff);
            this.flash[at] &= b[i];
          }
          this.stats.programs++;
        }
        if (b.length >= 4) this.wel = false;
        break;
      case 0x20:
        erase(4096);
        break;
      case 0x52:
        erase(32 * 1024);
        break;
      case 0xd8:
        erase(64 * 1024);
        break;
      case 0xc7:
      case 0x60:
        if (this.wel) {
          this.flash.fill(0xff, 0, FLASH_BYTES);
          this.stats.erases++;
          this.wel = false;
        }
        break;
      case 0x05:
      case 0x35:
      case 0x03:
      case 0x9f:
      case 0x4b:
        break;
      default:
        this.stats.ignored.set(cmd, (this.stats.ignored.get(cmd) || 0) + 1);
    }
  }

  /** One byte exchanged while selected. */
  exchange(out) {
    if (!this.selected) return 0;
    const b = this.bytes;
    b.push(out & 0xff);
    const i = b.length - 1; // index of this byte in the transaction
    const cmd = b[0];
    if (i === 0) return 0;
    switch (cmd) {
      case 0x05:
        return this.wel ? 0x02 : 0x00;
      case 0x35:
        return 0x02;
      case 0x9f:
        return [0xef, 0x40, 0x15][(i - 1) % 3];
      case 0x4b:
        return i >= 5 ? 0x5c : 0;
      case 0x03:
        if (i < 4) return 0;
        return this.flash[(((b[1] << 16) | (b[2] << 8) | b[3]) + i - 4) % FLASH_BYTES];
      default:
        // Only a page program's data is kept; other long streams are not.
        if (b.length > 4 + 256 + 4) b.length = 4 + 256 + 4;
        return 0;
    }
  }
}

const SS_CTRL = 0x0c;
const SS_STATUS = 0x08;

class IOQSPI extends BasePeripheral {
  constructor(rp2040, chip) {
    super(rp2040, 'IO_QSPI');
    this.chip = chip;
    this.regs = new Map();
  }

  readUint32(offset) {
    if (offset === SS_STATUS) {
      // OUTFROMPERI, OETOPAD high; INFROMPAD high: BOOTSEL not pressed.
      return (1 << 8) | (1 << 17);
    }
    return this.regs.get(offset) || 0;
  }

  writeUint32(offset, value) {
    this.regs.set(offset, value >>> 0);
    if (offset === SS_CTRL) {
      const over = (value >> 8) & 3;
      if (over === 2) this.chip.select();
      else this.chip.deselect();
    }
  }
}

const SSIENR = 0x08;
const SR = 0x28;
const TXFLR = 0x20;
const RXFLR = 0x24;
const ICR = 0x48;
const IDR = 0x58;
const VERSION = 0x5c;
const DR0 = 0x60;
const DR_END = 0xec;

class SSI extends BasePeripheral {
  constructor(rp2040, chip) {
    super(rp2040, 'SSI');
    this.chip = chip;
    this.regs = new Map();
    this.rx = [];
  }

  readUint32(offset) {
    switch (offset) {
      case SR:
        // TFNF | TFE, RFNE when there is something to read; never BUSY.
        return 0x6 | (this.rx.length ? 0x8 : 0);
      case TXFLR:
        return 0;
      case RXFLR:
        return this.rx.length;
      case ICR:
        return 0;
      case IDR:
        return 0x51535049;
      case VERSION:
        return 0x3430312a;
    }
    if (offset >= DR0 && offset <= DR_END) {
      return this.rx.length ? this.rx.shift() : 0;
    }
    return this.regs.get(offset) || 0;
  }

  writeUint32(offset, value) {
    if (offset >= DR0 && offset <= DR_END) {
      if (this.regs.get(SSIENR) & 1) {
        const back = this.chip.exchange(value & 0xff);
        if (this.rx.length < 16) this.rx.push(back);
      }
      return;
    }
    if (offset === SSIENR && !(value & 1)) {
      this.rx = [];
    }
    this.regs.set(offset, value >>> 0);
  }
}

module.exports = { FlashChip, IOQSPI, SSI, FLASH_BYTES };
