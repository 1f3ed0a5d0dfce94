//! The settings store's flash: the last two 4 KiB sectors of the Pico's
//! 2 MiB QSPI flash, behind the `embedded-storage` NOR flash traits.
//!
//! The RP2040 runs its code from that same chip (XIP), so it cannot read
//! code while the chip is being erased or programmed. Every erase and
//! program therefore goes through [`write_flash_inner`], a function linked
//! into RAM (`.data.ram_func`, copied at start-up by cortex-m-rt) that
//! calls the boot ROM's flash routines and then restores fast XIP with a
//! RAM copy of boot2, with interrupts off (nothing else may touch flash;
//! core 1 is never started). The sequence follows the `rp2040-flash` crate
//! (MIT/Apache-2.0), which cannot be used directly as it pins rp2040-hal
//! 0.11.
//!
//! Contract: [`STORE_OFFSET`]..2 MiB is outside the image (memory.x ends
//! FLASH 8 KiB early, so the linker refuses an image that would reach it).
//! Writes are 4-byte words, as the store asks; the ROM programs whole
//! 256-byte pages, so each write is padded with 0xFF, which leaves the
//! other bytes of the page as they are (programming only clears bits).

use embedded_storage::nor_flash::{
    ErrorType, NorFlash, NorFlashError, NorFlashErrorKind, ReadNorFlash,
};
use rp2040_hal::rom_data;

/// The flash chip's size.
pub const FLASH_BYTES: u32 = 2 * 1024 * 1024;
/// Bytes the store uses: two 4 KiB erase sectors.
pub const STORE_BYTES: u32 = 8 * 1024;
/// Where the store starts, from the start of flash.
pub const STORE_OFFSET: u32 = FLASH_BYTES - STORE_BYTES;
/// Where flash is mapped (XIP).
const XIP_BASE: u32 = 0x1000_0000;
const SECTOR: u32 = 4096;
const PAGE: usize = 256;

/// A refused flash operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlashError(NorFlashErrorKind);

impl NorFlashError for FlashError {
    fn kind(&self) -> NorFlashErrorKind {
        self.0
    }
}

/// The store's 8 KiB at the end of the QSPI flash, addressed from 0.
pub struct StoreFlash {
    _private: (),
}

impl StoreFlash {
    /// The store's flash. Only one may exist (main makes it once).
    pub fn new() -> StoreFlash {
        StoreFlash { _private: () }
    }

    fn check(offset: u32, len: usize, align: u32) -> Result<(), FlashError> {
        let end = offset as u64 + len as u64;
        if end > STORE_BYTES as u64 {
            return Err(FlashError(NorFlashErrorKind::OutOfBounds));
        }
        if !offset.is_multiple_of(align) || !(len as u32).is_multiple_of(align) {
            return Err(FlashError(NorFlashErrorKind::NotAligned));
        }
        Ok(())
    }
}

impl ErrorType for StoreFlash {
    type Error = FlashError;
}

impl ReadNorFlash for StoreFlash {
    const READ_SIZE: usize = 1;

    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), FlashError> {
        Self::check(offset, bytes.len(), 1)?;
        let src = (XIP_BASE + STORE_OFFSET + offset) as *const u8;
        for (i, b) in bytes.iter_mut().enumerate() {
            // SAFETY: the address is inside the XIP window of the store's
            // range (checked above); XIP flash is always readable while no
            // erase or program is running, and those run with interrupts
            // off inside `write_flash_inner`, which returns only after XIP
            // is back on.
            *b = unsafe { core::ptr::read_volatile(src.add(i)) };
        }
        Ok(())
    }

    fn capacity(&self) -> usize {
        STORE_BYTES as usize
    }
}

impl NorFlash for StoreFlash {
    const WRITE_SIZE: usize = 4;
    const ERASE_SIZE: usize = SECTOR as usize;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), FlashError> {
        if to < from {
            return Err(FlashError(NorFlashErrorKind::OutOfBounds));
        }
        Self::check(from, (to - from) as usize, SECTOR)?;
        if to == from {
            return Ok(());
        }
        // SAFETY: the range is whole sectors inside the store's 8 KiB,
        // which the image never occupies (memory.x); see `run`.
        unsafe { run(STORE_OFFSET + from, to - from, None) };
        Ok(())
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), FlashError> {
        Self::check(offset, bytes.len(), 4)?;
        let mut done = 0usize;
        while done < bytes.len() {
            let at = offset as usize + done;
            let page_start = at - at % PAGE;
            let n = (PAGE - at % PAGE).min(bytes.len() - done);
            // The page in RAM (the data may live in flash), 0xFF where
            // nothing is to be programmed.
            let mut page = [0xFFu8; PAGE];
            page[at % PAGE..at % PAGE + n].copy_from_slice(&bytes[done..done + n]);
            // SAFETY: one whole page inside the store's range, from a RAM
            // buffer that lives until `run` returns; see `run`.
            unsafe { run(STORE_OFFSET + page_start as u32, PAGE as u32, Some(&page)) };
            done += n;
        }
        Ok(())
    }
}

#[repr(C)]
struct Rom {
    connect_internal_flash: unsafe extern "C" fn(),
    flash_exit_xip: unsafe extern "C" fn(),
    flash_range_erase: Option<unsafe extern "C" fn(u32, usize, u32, u8)>,
    flash_range_program: Option<unsafe extern "C" fn(u32, *const u8, usize)>,
    flash_flush_cache: unsafe extern "C" fn(),
    flash_enter_cmd_xip: unsafe extern "C" fn(),
}

/// Erases (`data` None) or programs `len` bytes at flash offset `addr`.
///
/// # Safety
///
/// `addr..addr + len` must not hold code or data in use, must be whole
/// sectors for an erase and whole pages for a program, and `data` must be
/// in RAM. Nothing else may touch flash meanwhile: interrupts are disabled
/// here, and core 1 must not be running.
unsafe fn run(addr: u32, len: u32, data: Option<&[u8; PAGE]>) {
    cortex_m::interrupt::free(|_| {
        let mut boot2 = [0u32; 64];
        // SAFETY: copies the 256 bytes of boot2 at the start of flash (XIP
        // is on here) into RAM, word-aligned at both ends.
        unsafe { rom_data::memcpy44(boot2.as_mut_ptr(), XIP_BASE as *const u32, 256) };
        // SAFETY: boot2 is Thumb code; its entry is its first byte, called
        // with the Thumb bit set. It only re-enables fast XIP.
        let enter_xip: unsafe extern "C" fn() =
            unsafe { core::mem::transmute((boot2.as_ptr() as *const u8).add(1)) };
        let rom = Rom {
            connect_internal_flash: rom_data::connect_internal_flash::ptr(),
            flash_exit_xip: rom_data::flash_exit_xip::ptr(),
            flash_range_erase: data.is_none().then(rom_data::flash_range_erase::ptr),
            flash_range_program: data.is_some().then(rom_data::flash_range_program::ptr),
            flash_flush_cache: rom_data::flash_flush_cache::ptr(),
            flash_enter_cmd_xip: enter_xip,
        };
        let ptr = data.map(|d| d.as_ptr()).unwrap_or(core::ptr::null());
        // SAFETY: the caller's contract; `rom`, `boot2` and `data` are on
        // this stack or in RAM and outlive the call.
        unsafe { write_flash_inner(addr, len, ptr, &rom) };
    });
}

/// The flash sequence, run from RAM: connect, leave XIP, erase or program,
/// flush the XIP cache, enter XIP again (boot2). Written in assembly so no
/// call into flash-resident code can sneak in between.
#[inline(never)]
#[link_section = ".data.ram_func"]
unsafe fn write_flash_inner(addr: u32, len: u32, data: *const u8, rom: *const Rom) {
    // SAFETY: only calls the ROM routines whose pointers `rom` holds, with
    // the register arguments the RP2040 datasheet gives (2.8.3.1.3).
    unsafe {
        core::arch::asm!(
            "mov r8, r0",
            "mov r9, r2",
            "mov r10, r1",
            "ldr r4, [{rom}, #0]",
            "blx r4",
            "ldr r4, [{rom}, #4]",
            "blx r4",
            "mov r0, r8",
            "mov r1, r10",
            "movs r2, #1",
            "lsls r2, r2, #31",
            "movs r3, #0",
            "ldr r4, [{rom}, #8]",
            "cmp r4, #0",
            "beq 1f",
            "blx r4",
            "1:",
            "mov r0, r8",
            "mov r1, r9",
            "mov r2, r10",
            "ldr r4, [{rom}, #12]",
            "cmp r4, #0",
            "beq 2f",
            "blx r4",
            "2:",
            "ldr r4, [{rom}, #16]",
            "blx r4",
            "ldr r4, [{rom}, #20]",
            "blx r4",
            rom = in(reg) rom,
            in("r0") addr,
            in("r2") data,
            in("r1") len,
            out("r3") _,
            out("r4") _,
            out("r8") _,
            out("r9") _,
            out("r10") _,
            clobber_abi("C"),
        );
    }
}
