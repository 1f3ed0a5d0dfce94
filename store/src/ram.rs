//! A NOR flash in RAM, with power cuts on demand.
//!
//! [`RamFlash`] behaves like the RP2040's QSPI NOR flash as the store sees
//! it: it reads as 0xFF when erased, erases whole sectors to 0xFF, and a
//! write can only clear bits (1 to 0), so writing over written bytes ANDs
//! them. The kiosk's tests and the simulator's in-memory store use it as it
//! is.
//!
//! For the store's own tests it can also lose power
//! ([`RamFlash::cut_power_after`]): after a given number of *steps* (one
//! step is one word programmed or one sector erased) the next step is torn
//! and the flash goes dead, failing every later call with
//! [`StoreError::PowerCut`]. A torn word has only some of its bits
//! programmed (the `tear` mask says which); a torn erase leaves the first
//! half of the sector erased and the rest as it was. Reopen the bytes with
//! [`RamFlash::from_bytes`] to power up again.
//!
//! It also counts what the store did ([`FlashStats`]), which is how the
//! wear figures in the crate docs were measured.

use embedded_storage::nor_flash::{
    ErrorType, MultiwriteNorFlash, NorFlash, NorFlashErrorKind, ReadNorFlash,
};

use crate::StoreError;

/// Bytes per program word (the RP2040 driver in the firmware uses 4).
pub const WORD: usize = 4;

/// What the flash has been asked to do since it was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FlashStats {
    /// `write` calls.
    pub writes: u32,
    /// Words programmed.
    pub words: u32,
    /// Sectors erased.
    pub erases: u32,
}

impl FlashStats {
    /// Steps taken: words programmed plus sectors erased. A power cut can
    /// fall at any of them.
    pub const fn steps(&self) -> u32 {
        self.words + self.erases
    }
}

/// An armed power cut.
#[derive(Clone, Copy, Debug)]
struct Cut {
    steps_left: u32,
    tear: u32,
}

/// `N` bytes of NOR flash in RAM with `SECTOR`-byte erase sectors.
#[derive(Clone, Debug)]
pub struct RamFlash<const N: usize, const SECTOR: usize = 4096> {
    mem: [u8; N],
    cut: Option<Cut>,
    dead: bool,
    stats: FlashStats,
}

impl<const N: usize, const SECTOR: usize> Default for RamFlash<N, SECTOR> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize, const SECTOR: usize> RamFlash<N, SECTOR> {
    /// An erased flash (all 0xFF).
    pub const fn new() -> Self {
        Self::from_bytes([0xFF; N])
    }

    /// A flash holding these bytes, powered up.
    pub const fn from_bytes(mem: [u8; N]) -> Self {
        RamFlash {
            mem,
            cut: None,
            dead: false,
            stats: FlashStats {
                writes: 0,
                words: 0,
                erases: 0,
            },
        }
    }

    /// The raw contents.
    pub fn as_bytes(&self) -> &[u8; N] {
        &self.mem
    }

    /// The raw contents, to corrupt in tests.
    pub fn as_bytes_mut(&mut self) -> &mut [u8; N] {
        &mut self.mem
    }

    /// What has been done so far.
    pub fn stats(&self) -> FlashStats {
        self.stats
    }

    /// Arms a power cut: `steps` more steps complete, the next is torn
    /// (`tear`: the bits of the word that do get programmed; 0 for none,
    /// `u32::MAX` for all; any non-zero tear half-erases a sector), and the
    /// flash is dead from then on.
    pub fn cut_power_after(&mut self, steps: u32, tear: u32) {
        self.cut = Some(Cut {
            steps_left: steps,
            tear,
        });
    }

    /// Whether the power has been cut.
    pub fn is_dead(&self) -> bool {
        self.dead
    }

    /// Takes one step; `Some(tear)` if this step is the one torn by a cut.
    fn step(&mut self) -> Option<u32> {
        match &mut self.cut {
            Some(c) if c.steps_left == 0 => {
                let tear = c.tear;
                self.cut = None;
                self.dead = true;
                Some(tear)
            }
            Some(c) => {
                c.steps_left -= 1;
                None
            }
            None => None,
        }
    }

    fn check(
        &self,
        offset: u32,
        len: usize,
        align: usize,
    ) -> Result<core::ops::Range<usize>, StoreError> {
        if self.dead {
            return Err(StoreError::PowerCut);
        }
        let start = offset as usize;
        let end = start.checked_add(len).filter(|&e| e <= N);
        let Some(end) = end else {
            return Err(StoreError::Flash(NorFlashErrorKind::OutOfBounds));
        };
        if !start.is_multiple_of(align) || !len.is_multiple_of(align) {
            return Err(StoreError::Flash(NorFlashErrorKind::NotAligned));
        }
        Ok(start..end)
    }
}

impl<const N: usize, const SECTOR: usize> ErrorType for RamFlash<N, SECTOR> {
    type Error = StoreError;
}

impl<const N: usize, const SECTOR: usize> ReadNorFlash for RamFlash<N, SECTOR> {
    const READ_SIZE: usize = 1;

    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), StoreError> {
        let r = self.check(offset, bytes.len(), 1)?;
        bytes.copy_from_slice(&self.mem[r]);
        Ok(())
    }

    fn capacity(&self) -> usize {
        N
    }
}

impl<const N: usize, const SECTOR: usize> NorFlash for RamFlash<N, SECTOR> {
    const WRITE_SIZE: usize = WORD;
    const ERASE_SIZE: usize = SECTOR;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), StoreError> {
        let len = (to as usize).checked_sub(from as usize);
        let len = len.ok_or(StoreError::Flash(NorFlashErrorKind::OutOfBounds))?;
        let r = self.check(from, len, SECTOR)?;
        for sector in self.mem[r].chunks_mut(SECTOR) {
            // Split borrows: `step` needs `self`, so decide before touching.
            let torn = match &mut self.cut {
                Some(c) if c.steps_left == 0 => Some(c.tear),
                Some(c) => {
                    c.steps_left -= 1;
                    None
                }
                None => None,
            };
            match torn {
                None => {
                    sector.fill(0xFF);
                    self.stats.erases += 1;
                }
                Some(tear) => {
                    if tear != 0 {
                        sector[..SECTOR / 2].fill(0xFF);
                    }
                    self.cut = None;
                    self.dead = true;
                    return Err(StoreError::PowerCut);
                }
            }
        }
        Ok(())
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), StoreError> {
        let r = self.check(offset, bytes.len(), WORD)?;
        self.stats.writes += 1;
        for (i, new) in bytes.chunks(WORD).enumerate() {
            let at = r.start + i * WORD;
            let tear = self.step();
            let word = &mut self.mem[at..at + WORD];
            let mask = tear.unwrap_or(u32::MAX).to_le_bytes();
            for ((old, &n), &m) in word.iter_mut().zip(new).zip(&mask) {
                // Bits outside the mask keep their old value; NOR can only
                // clear bits.
                *old &= n | !m;
            }
            if tear.is_some() {
                return Err(StoreError::PowerCut);
            }
            self.stats.words += 1;
        }
        Ok(())
    }
}

/// Writing over written words ANDs them, as on the RP2040's flash.
impl<const N: usize, const SECTOR: usize> MultiwriteNorFlash for RamFlash<N, SECTOR> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_only_clear_bits_and_erase_sets_them() {
        let mut f = RamFlash::<512, 256>::new();
        f.write(0, &[0xF0, 0x0F, 0xAA, 0x55]).unwrap();
        f.write(0, &[0x3C, 0x3C, 0xFF, 0x00]).unwrap();
        let mut b = [0; 4];
        f.read(0, &mut b).unwrap();
        assert_eq!(b, [0x30, 0x0C, 0xAA, 0x00]);
        f.erase(0, 256).unwrap();
        f.read(0, &mut b).unwrap();
        assert_eq!(b, [0xFF; 4]);
        assert_eq!(
            f.write(2, &[0; 4]),
            Err(StoreError::Flash(NorFlashErrorKind::NotAligned))
        );
        assert_eq!(
            f.erase(0, 100),
            Err(StoreError::Flash(NorFlashErrorKind::NotAligned))
        );
        assert_eq!(
            f.read(510, &mut b),
            Err(StoreError::Flash(NorFlashErrorKind::OutOfBounds))
        );
    }

    #[test]
    fn a_cut_tears_one_word_and_kills_the_flash() {
        let mut f = RamFlash::<512, 256>::new();
        f.cut_power_after(1, 0x0000_FFFF);
        assert_eq!(f.write(0, &[0; 12]), Err(StoreError::PowerCut));
        assert_eq!(
            &f.as_bytes()[..12],
            &[0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        );
        assert!(f.is_dead());
        assert_eq!(f.read(0, &mut [0; 4]), Err(StoreError::PowerCut));
    }

    #[test]
    fn a_torn_erase_leaves_half_a_sector() {
        let mut f = RamFlash::<512, 256>::from_bytes([0; 512]);
        f.cut_power_after(1, 1);
        assert_eq!(f.erase(0, 512), Err(StoreError::PowerCut));
        assert!(f.as_bytes()[..256].iter().all(|&b| b == 0xFF));
        assert!(f.as_bytes()[256..384].iter().all(|&b| b == 0xFF));
        assert!(f.as_bytes()[384..].iter().all(|&b| b == 0));
    }
}
