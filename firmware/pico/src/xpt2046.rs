//! The XPT2046 resistive touch controller, read over a shared SPI bus.
//!
//! Each conversion is one command byte then two bytes whose top 12 bits
//! (after one busy bit) are the result. Commands: start bit, channel
//! (X = 101, Y = 001, Z1 = 011, Z2 = 100), 12-bit mode, differential
//! reference, power-down between conversions with the pen IRQ enabled.
//! Pressure is `Z1 + 4095 - Z2`: larger for a firmer press (the usual
//! approximation without the plate resistance).

use embedded_hal::spi::SpiDevice;
use spotcheck_firmware::touch::Raw;

const READ_X: u8 = 0xD0;
const READ_Y: u8 = 0x90;
const READ_Z1: u8 = 0xB0;
const READ_Z2: u8 = 0xC0;

/// The controller on its SPI device.
pub struct Xpt2046<D> {
    spi: D,
}

impl<D: SpiDevice> Xpt2046<D> {
    /// The controller behind `spi` (its chip select included).
    pub fn new(spi: D) -> Self {
        Xpt2046 { spi }
    }

    fn convert(&mut self, command: u8) -> Result<u16, D::Error> {
        let mut buf = [command, 0, 0];
        self.spi.transfer_in_place(&mut buf)?;
        Ok(((u16::from(buf[1]) << 8 | u16::from(buf[2])) >> 3) & 0x0FFF)
    }

    /// One poll. When the pen IRQ line says nothing touches, skips the bus
    /// and reports zero pressure.
    pub fn sample(&mut self, pressed: bool) -> Result<Raw, D::Error> {
        let mut raw = Raw {
            x: [0; 4],
            y: [0; 4],
            z: 0,
        };
        if !pressed {
            return Ok(raw);
        }
        let z1 = self.convert(READ_Z1)?;
        let z2 = self.convert(READ_Z2)?;
        raw.z = (z1 + 4095).saturating_sub(z2);
        for i in 0..4 {
            raw.x[i] = self.convert(READ_X)?;
            raw.y[i] = self.convert(READ_Y)?;
        }
        Ok(raw)
    }
}
