//! A NOR flash kept in a file, for the desktop simulator (`std` feature).
//!
//! [`FileFlash`] makes a file behave like the kiosk's flash: erased bytes
//! are 0xFF, sectors are [`SECTOR`] bytes, writes only clear bits, so the
//! simulator runs the very code the firmware runs and its settings survive
//! a restart. Every write and erase goes straight to the file (the whole
//! image is also kept in memory for reads).
//!
//! Opening promises a clear answer: a missing file is created erased; a file
//! of the wrong size is [`StoreError::FileSize`]; one that cannot be opened,
//! read or created is [`StoreError::FileIo`]. On either error the simulator
//! runs on default settings in RAM and says so.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::vec;
use std::vec::Vec;

use embedded_storage::nor_flash::{
    ErrorType, MultiwriteNorFlash, NorFlash, NorFlashErrorKind, ReadNorFlash,
};

use crate::StoreError;

/// Erase sector size, as on the RP2040's flash.
pub const SECTOR: usize = 4096;
/// Program word size.
pub const WORD: usize = 4;

/// A NOR flash image in a file.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("spotcheck-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// use spotcheck_store::{file::FileFlash, Health, Store};
/// let path = dir.join("store.bin");
/// let flash = FileFlash::open(&path, 8192).unwrap(); // created erased
/// let mut store = Store::open(flash, 0..8192).unwrap();
/// assert_eq!(store.load().health, Health::Empty);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Debug)]
pub struct FileFlash {
    file: File,
    mem: Vec<u8>,
}

impl FileFlash {
    /// Opens the flash image at `path`, `size` bytes (a whole number of
    /// sectors), creating it erased if it does not exist.
    pub fn open(path: impl AsRef<Path>, size: usize) -> Result<FileFlash, StoreError> {
        if size == 0 || !size.is_multiple_of(SECTOR) {
            return Err(StoreError::BadRange);
        }
        let path = path.as_ref();
        let io = |_| StoreError::FileIo;
        match OpenOptions::new().read(true).write(true).open(path) {
            Ok(mut file) => {
                let found = file.metadata().map_err(io)?.len();
                if found != size as u64 {
                    return Err(StoreError::FileSize {
                        expected: size as u64,
                        found,
                    });
                }
                let mut mem = vec![0; size];
                file.read_exact(&mut mem).map_err(io)?;
                Ok(FileFlash { file, mem })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut file = OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create_new(true)
                    .open(path)
                    .map_err(io)?;
                let mem = vec![0xFF; size];
                file.write_all(&mem).map_err(io)?;
                file.flush().map_err(io)?;
                Ok(FileFlash { file, mem })
            }
            Err(_) => Err(StoreError::FileIo),
        }
    }

    fn range(
        &self,
        offset: u32,
        len: usize,
        align: usize,
    ) -> Result<core::ops::Range<usize>, StoreError> {
        let start = offset as usize;
        let end = start
            .checked_add(len)
            .filter(|&e| e <= self.mem.len())
            .ok_or(StoreError::Flash(NorFlashErrorKind::OutOfBounds))?;
        if !start.is_multiple_of(align) || !len.is_multiple_of(align) {
            return Err(StoreError::Flash(NorFlashErrorKind::NotAligned));
        }
        Ok(start..end)
    }

    fn persist(&mut self, r: core::ops::Range<usize>) -> Result<(), StoreError> {
        let io = |_| StoreError::FileIo;
        self.file
            .seek(SeekFrom::Start(r.start as u64))
            .map_err(io)?;
        self.file.write_all(&self.mem[r]).map_err(io)?;
        self.file.flush().map_err(io)
    }
}

impl ErrorType for FileFlash {
    type Error = StoreError;
}

impl ReadNorFlash for FileFlash {
    const READ_SIZE: usize = 1;

    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), StoreError> {
        let r = self.range(offset, bytes.len(), 1)?;
        bytes.copy_from_slice(&self.mem[r]);
        Ok(())
    }

    fn capacity(&self) -> usize {
        self.mem.len()
    }
}

impl NorFlash for FileFlash {
    const WRITE_SIZE: usize = WORD;
    const ERASE_SIZE: usize = SECTOR;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), StoreError> {
        let len = (to as usize)
            .checked_sub(from as usize)
            .ok_or(StoreError::Flash(NorFlashErrorKind::OutOfBounds))?;
        let r = self.range(from, len, SECTOR)?;
        self.mem[r.clone()].fill(0xFF);
        self.persist(r)
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), StoreError> {
        let r = self.range(offset, bytes.len(), WORD)?;
        for (old, new) in self.mem[r.clone()].iter_mut().zip(bytes) {
            *old &= new;
        }
        self.persist(r)
    }
}

/// Writing over written words ANDs them, as on the RP2040's flash.
impl MultiwriteNorFlash for FileFlash {}
