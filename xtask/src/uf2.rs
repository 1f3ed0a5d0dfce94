//! ELF segments to UF2, the format the RP2040's boot ROM takes when the
//! Pico is plugged in with BOOTSEL held (it shows up as a USB drive; copy
//! the file onto it).
//!
//! UF2 (Microsoft's USB flashing format): a file of 512-byte blocks, each
//! carrying up to 476 bytes for one target address. The RP2040 boot ROM
//! wants exactly 256-byte payloads (one flash page), page-aligned, with the
//! "family id present" flag (0x2000) and the RP2040 family id 0xe48bff56,
//! and only addresses in its 2 MiB XIP flash window. Pages the image
//! touches only partly are padded with zeros.

use crate::elf::Segment;
use std::collections::BTreeMap;

/// First magic word of every block ("UF2\n").
pub const MAGIC_START0: u32 = 0x0A32_4655;
/// Second magic word.
pub const MAGIC_START1: u32 = 0x9E5D_5157;
/// Last word of every block.
pub const MAGIC_END: u32 = 0x0AB1_6F30;
/// Flag: the family id field is present.
pub const FLAG_FAMILY_ID: u32 = 0x0000_2000;
/// The RP2040's family id.
pub const RP2040_FAMILY: u32 = 0xe48b_ff56;
/// Bytes of payload per block (one RP2040 flash page).
pub const PAGE: u32 = 256;
/// Start of the RP2040's XIP flash.
pub const FLASH_START: u32 = 0x1000_0000;
/// Its size on the Pico (W25Q16, 2 MiB).
pub const FLASH_SIZE: u32 = 2 * 1024 * 1024;

/// Makes the UF2 file for `segments` (load addresses), or says which
/// segment lies outside the Pico's flash.
pub fn from_segments(segments: &[Segment]) -> Result<Vec<u8>, String> {
    let mut pages: BTreeMap<u32, [u8; PAGE as usize]> = BTreeMap::new();
    for s in segments {
        let end = u64::from(s.addr) + s.data.len() as u64;
        if s.addr < FLASH_START || end > u64::from(FLASH_START + FLASH_SIZE) {
            return Err(format!(
                "segment at {:#010x} ({} bytes) is outside the Pico's flash ({:#010x}..{:#010x}); check memory.x",
                s.addr,
                s.data.len(),
                FLASH_START,
                FLASH_START + FLASH_SIZE
            ));
        }
        for (i, byte) in s.data.iter().enumerate() {
            let addr = s.addr + i as u32;
            let page = pages
                .entry(addr & !(PAGE - 1))
                .or_insert([0; PAGE as usize]);
            page[(addr & (PAGE - 1)) as usize] = *byte;
        }
    }
    let total = pages.len() as u32;
    let mut out = Vec::with_capacity(pages.len() * 512);
    for (n, (addr, data)) in pages.iter().enumerate() {
        let words = [
            MAGIC_START0,
            MAGIC_START1,
            FLAG_FAMILY_ID,
            *addr,
            PAGE,
            n as u32,
            total,
            RP2040_FAMILY,
        ];
        for w in words {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(data);
        out.resize(out.len() + (476 - PAGE as usize), 0);
        out.extend_from_slice(&MAGIC_END.to_le_bytes());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::elf;

    fn word(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
    }

    /// Reads a UF2 file back into (address, page) pairs, checking every
    /// fixed field as the boot ROM would.
    fn decode(uf2: &[u8]) -> Vec<(u32, Vec<u8>)> {
        assert_eq!(uf2.len() % 512, 0);
        let total = uf2.len() / 512;
        uf2.chunks(512)
            .enumerate()
            .map(|(n, b)| {
                assert_eq!(word(b, 0), MAGIC_START0);
                assert_eq!(word(b, 4), MAGIC_START1);
                assert_eq!(word(b, 8), FLAG_FAMILY_ID);
                assert_eq!(word(b, 12) % PAGE, 0, "page-aligned");
                assert_eq!(word(b, 16), 256);
                assert_eq!(word(b, 20), n as u32);
                assert_eq!(word(b, 24), total as u32);
                assert_eq!(word(b, 28), RP2040_FAMILY);
                assert!(b[32 + 256..508].iter().all(|&x| x == 0));
                assert_eq!(word(b, 508), MAGIC_END);
                (word(b, 12), b[32..288].to_vec())
            })
            .collect()
    }

    #[test]
    fn an_elf_becomes_page_blocks_with_the_bytes_at_their_addresses() {
        let image = elf::parse(&elf::tests::tiny_elf()).unwrap();
        let uf2 = from_segments(&image.segments).unwrap();
        let blocks = decode(&uf2);
        // 300 bytes of text span pages 0 and 1; data at 0x200 is page 2.
        let addrs: Vec<u32> = blocks.iter().map(|b| b.0).collect();
        assert_eq!(addrs, [0x1000_0000, 0x1000_0100, 0x1000_0200]);
        assert_eq!(blocks[0].1[..], (0..=255u8).collect::<Vec<_>>()[..]);
        assert_eq!(
            blocks[1].1[..44],
            (0..44u32).map(|i| (256 + i) as u8).collect::<Vec<_>>()[..]
        );
        assert!(blocks[1].1[44..].iter().all(|&x| x == 0), "padding");
        assert_eq!(blocks[2].1[..8], [0xAA; 8]);
    }

    #[test]
    fn unaligned_and_overlapping_pages_merge() {
        let segs = [
            Segment {
                addr: 0x1000_00F0,
                data: vec![1; 0x20],
            },
            Segment {
                addr: 0x1000_0110,
                data: vec![2; 4],
            },
        ];
        let blocks = decode(&from_segments(&segs).unwrap());
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].1[0xF0..], [1; 16]);
        assert_eq!(blocks[1].1[..0x10], [1; 16]);
        assert_eq!(blocks[1].1[0x10..0x14], [2; 4]);
    }

    #[test]
    fn addresses_outside_flash_are_refused() {
        let segs = [Segment {
            addr: 0x2000_0000,
            data: vec![0; 4],
        }];
        assert!(from_segments(&segs)
            .unwrap_err()
            .contains("outside the Pico's flash"));
        let segs = [Segment {
            addr: FLASH_START + FLASH_SIZE - 2,
            data: vec![0; 4],
        }];
        assert!(from_segments(&segs).is_err());
    }
}
