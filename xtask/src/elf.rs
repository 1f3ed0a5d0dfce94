//! Just enough of ELF32 (little-endian, as every Cortex-M image is) to turn
//! an image into a UF2 and to size it: the loadable segments and the
//! allocated sections. Anything else in the file is ignored; anything
//! malformed is an error that says what is wrong, never a panic.

use std::fmt;

/// A loadable piece of the image: where it goes in flash and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Load (physical) address: where the bytes live in flash.
    pub addr: u32,
    /// The bytes stored in the file (`p_filesz` of them).
    pub data: Vec<u8>,
}

/// An allocated section: it takes flash, RAM or both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its size in bytes.
    pub size: u32,
    /// Its bytes are in the file (not `.bss`-like), so they take flash.
    pub in_file: bool,
    /// Writable at run time, so it takes RAM.
    pub writable: bool,
    /// Holds code (`SHF_EXECINSTR`).
    pub exec: bool,
}

/// What `parse` could not read.
#[derive(Debug, PartialEq, Eq)]
pub struct ElfError(pub String);

impl fmt::Display for ElfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a usable Cortex-M ELF image: {}", self.0)
    }
}

impl std::error::Error for ElfError {}

/// The parts of an image `xtask` uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Image {
    /// `PT_LOAD` segments with bytes in the file, in file order.
    pub segments: Vec<Segment>,
    /// Sections with `SHF_ALLOC`.
    pub sections: Vec<Section>,
}

/// Flash and RAM an image takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sizes {
    /// Bytes in flash: every allocated section stored in the file (vector
    /// table, boot2, text, rodata, and the initial values of data).
    pub flash: u32,
    /// Bytes of static RAM: every writable allocated section (data, bss,
    /// uninit). The stack comes on top.
    pub ram: u32,
    /// Of `flash`, the bytes of code.
    pub code: u32,
}

const PT_LOAD: u32 = 1;
const SHT_NOBITS: u32 = 8;
const SHF_WRITE: u32 = 1;
const SHF_ALLOC: u32 = 2;
const SHF_EXECINSTR: u32 = 4;

fn u16_at(b: &[u8], at: usize) -> Result<u16, ElfError> {
    b.get(at..at + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]))
        .ok_or_else(|| ElfError(format!("truncated at byte {at}")))
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, ElfError> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or_else(|| ElfError(format!("truncated at byte {at}")))
}

/// Reads the segments and sections of an ELF32 little-endian image.
pub fn parse(b: &[u8]) -> Result<Image, ElfError> {
    if b.get(..4) != Some(b"\x7fELF") {
        return Err(ElfError("no ELF magic".into()));
    }
    if b.get(4) != Some(&1) || b.get(5) != Some(&1) {
        return Err(ElfError("not 32-bit little-endian".into()));
    }
    let phoff = u32_at(b, 28)? as usize;
    let shoff = u32_at(b, 32)? as usize;
    let phentsize = u16_at(b, 42)? as usize;
    let phnum = u16_at(b, 44)? as usize;
    let shentsize = u16_at(b, 46)? as usize;
    let shnum = u16_at(b, 48)? as usize;

    let mut image = Image::default();
    for i in 0..phnum {
        let ph = phoff + i * phentsize;
        if u32_at(b, ph)? != PT_LOAD {
            continue;
        }
        let offset = u32_at(b, ph + 4)? as usize;
        let paddr = u32_at(b, ph + 12)?;
        let filesz = u32_at(b, ph + 16)? as usize;
        if filesz == 0 {
            continue;
        }
        let data = b
            .get(offset..offset + filesz)
            .ok_or_else(|| ElfError(format!("segment {i} runs past the end of the file")))?;
        image.segments.push(Segment {
            addr: paddr,
            data: data.to_vec(),
        });
    }
    for i in 0..shnum {
        let sh = shoff + i * shentsize;
        let kind = u32_at(b, sh + 4)?;
        let flags = u32_at(b, sh + 8)?;
        let size = u32_at(b, sh + 20)?;
        if flags & SHF_ALLOC == 0 || size == 0 {
            continue;
        }
        image.sections.push(Section {
            size,
            in_file: kind != SHT_NOBITS,
            writable: flags & SHF_WRITE != 0,
            exec: flags & SHF_EXECINSTR != 0,
        });
    }
    Ok(image)
}

impl Image {
    /// Flash and static RAM, from the section headers.
    pub fn sizes(&self) -> Sizes {
        let mut s = Sizes {
            flash: 0,
            ram: 0,
            code: 0,
        };
        for sec in &self.sections {
            if sec.in_file {
                s.flash += sec.size;
            }
            if sec.writable {
                s.ram += sec.size;
            }
            if sec.exec {
                s.code += sec.size;
            }
        }
        s
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A hand-made ELF32 image: a 300-byte `.text` at 0x10000000 (one
    /// PT_LOAD), an 8-byte `.data` whose load address is in flash at
    /// 0x10000200 (a second PT_LOAD), and a 64-byte `.bss`.
    pub fn tiny_elf() -> Vec<u8> {
        let text: Vec<u8> = (0..300u32).map(|i| i as u8).collect();
        let data = [0xAAu8; 8];
        let ehsize = 52;
        let phoff = ehsize;
        let phnum = 3u16; // two loads and a non-load
        let text_off = phoff + 32 * phnum as usize;
        let data_off = text_off + text.len();
        let shoff = data_off + data.len();
        let mut b = vec![0u8; shoff];
        b[..4].copy_from_slice(b"\x7fELF");
        b[4] = 1; // 32-bit
        b[5] = 1; // little-endian
        b[6] = 1;
        let put16 =
            |b: &mut Vec<u8>, at: usize, v: u16| b[at..at + 2].copy_from_slice(&v.to_le_bytes());
        let put32 =
            |b: &mut Vec<u8>, at: usize, v: u32| b[at..at + 4].copy_from_slice(&v.to_le_bytes());
        put16(&mut b, 16, 2); // ET_EXEC
        put16(&mut b, 18, 40); // EM_ARM
        put32(&mut b, 28, phoff as u32);
        put32(&mut b, 32, shoff as u32);
        put16(&mut b, 40, ehsize as u16);
        put16(&mut b, 42, 32);
        put16(&mut b, 44, phnum);
        put16(&mut b, 46, 40);
        put16(&mut b, 48, 4);
        // program headers: type, offset, vaddr, paddr, filesz, memsz, flags, align
        let phs = [
            [
                PT_LOAD,
                text_off as u32,
                0x1000_0000,
                0x1000_0000,
                300,
                300,
                5,
                4,
            ],
            [6, 0, 0, 0, 0, 0, 4, 4], // PT_PHDR-like, skipped
            [
                PT_LOAD,
                data_off as u32,
                0x2000_0000,
                0x1000_0200,
                8,
                72,
                6,
                4,
            ],
        ];
        for (i, ph) in phs.iter().enumerate() {
            for (j, v) in ph.iter().enumerate() {
                put32(&mut b, phoff + i * 32 + j * 4, *v);
            }
        }
        b[text_off..data_off].copy_from_slice(&text);
        b[data_off..shoff].copy_from_slice(&data);
        // section headers: name, type, flags, addr, offset, size, ...
        let shs = [
            [0u32, 0, 0, 0, 0, 0],                                          // null
            [0, 1, SHF_ALLOC | 4, 0x1000_0000, text_off as u32, 300],       // .text
            [0, 1, SHF_ALLOC | SHF_WRITE, 0x2000_0000, data_off as u32, 8], // .data
            [0, SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 0x2000_0008, 0, 64],     // .bss
        ];
        for sh in shs {
            let mut entry = [0u8; 40];
            for (j, v) in sh.iter().enumerate() {
                entry[j * 4..j * 4 + 4].copy_from_slice(&v.to_le_bytes());
            }
            b.extend_from_slice(&entry);
        }
        b
    }

    #[test]
    fn reads_load_segments_at_their_load_address() {
        let image = parse(&tiny_elf()).unwrap();
        assert_eq!(image.segments.len(), 2);
        assert_eq!(image.segments[0].addr, 0x1000_0000);
        assert_eq!(image.segments[0].data.len(), 300);
        assert_eq!(image.segments[0].data[299], 299u32 as u8);
        assert_eq!(image.segments[1].addr, 0x1000_0200);
        assert_eq!(image.segments[1].data, vec![0xAA; 8]);
    }

    #[test]
    fn sizes_count_flash_and_ram_from_sections() {
        let image = parse(&tiny_elf()).unwrap();
        assert_eq!(
            image.sizes(),
            Sizes {
                flash: 308,
                ram: 72,
                code: 300
            }
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse(b"hello").is_err());
        let mut b = tiny_elf();
        b.truncate(60);
        assert!(parse(&b).is_err());
        let mut b = tiny_elf();
        b[4] = 2; // 64-bit
        assert!(parse(&b).unwrap_err().to_string().contains("32-bit"));
    }
}
