//! Fonts, word wrapping and text boxes.
//!
//! The fonts are u8g2's proportional Helvetica (`_te`: Latin-1 and Latin
//! Extended-A and -B, so Spanish `¿ ¡ ñ`, Polish `ą ł ż` and Romanian
//! `ă ș ț` all render), of which only the glyphs the words use are linked:
//! printable ASCII, [`LATIN1_USED`] and [`EXTENDED_USED`] (the 320x240 big
//! font: the emergency number's digits and signs). A character a font
//! lacks is a layout overflow, so the every-screen test fails for it. Only
//! their data comes from u8g2-fonts: this module owns the glyph lookup and
//! painting.
//! At compile time each [`Font`] gets an index of its glyphs from space to
//! `ÿ` and of the [`EXTENDED_USED`] letters, and a table of advances and
//! ink overhangs, so measuring a word is an
//! array read per character and finding a glyph to paint is one more; the
//! glyph's run-length bitmap is then written into the band as spans
//! ([`Canvas::span`]). A test proves every glyph of every font paints the
//! same pixels and measures the same as u8g2-fonts' own renderer.
//!
//! Wrapping is greedy at spaces, measured with the font's own advances. A
//! word wider than its box, or more lines than the box holds, is recorded
//! as an [`crate::canvas::Overflow`] and never drawn outside the box.
//!
//! (embedded-text does wrapping too, but it lays out a whole box on every
//! draw call; the band compositor paints each band separately, so here a
//! line is only rendered when it touches the band.)

use crate::canvas::Canvas;
use crate::theme::Ink;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use u8g2_fonts::fonts;

/// Bytes of u8g2's font header, before the first glyph.
const HEADER: usize = 23;
/// The first character the glyph index covers (space).
const FIRST: usize = 32;
/// Characters the glyph index covers: space to `ÿ`, then the
/// [`EXTENDED_USED`] letters in their order there.
const INDEXED: usize = 256 - FIRST + EXTENDED_N;

/// The letters beyond Latin-1 (Latin Extended-A and -B) that the words
/// use: Polish and Romanian (Romanian `ș ț` with the comma below, U+0219
/// and U+021B, not the cedilla). Like [`LATIN1_USED`], a test fails and
/// prints the new set when a word needs one more.
pub(crate) const EXTENDED_USED: &str = "ĂăĄąĆćĘęŁłŃńŚśŹźŻżȘșȚț";

/// How many letters [`EXTENDED_USED`] lists.
const EXTENDED_N: usize = count_two_byte(EXTENDED_USED);
/// The code points of [`EXTENDED_USED`], in its order.
const EXTENDED: [u16; EXTENDED_N] = decode_two_byte(EXTENDED_USED);

/// The number of two-byte UTF-8 characters (U+0080 to U+07FF) in `s`.
const fn count_two_byte(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i] & 0xE0 == 0xC0 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The two-byte UTF-8 characters of `s`, as code points.
const fn decode_two_byte<const N: usize>(s: &str) -> [u16; N] {
    let b = s.as_bytes();
    let mut out = [0u16; N];
    let (mut i, mut n) = (0, 0);
    while i + 1 < b.len() && n < N {
        if b[i] & 0xE0 == 0xC0 {
            out[n] = (((b[i] & 0x1F) as u16) << 6) | (b[i + 1] & 0x3F) as u16;
            n += 1;
        }
        i += 1;
    }
    out
}

/// Where character `code` sits in a font's index, if it is indexed.
const fn slot(code: u32) -> Option<usize> {
    if code < FIRST as u32 {
        return None;
    }
    if code < 256 {
        return Some(code as usize - FIRST);
    }
    let mut i = 0;
    while i < EXTENDED_N {
        if EXTENDED[i] as u32 == code {
            return Some(256 - FIRST + i);
        }
        i += 1;
    }
    None
}

/// Where u8g2's Unicode glyph list starts, after its jump table (whose
/// first entry's jump is the table's own length).
const fn unicode_start(data: &[u8]) -> usize {
    let table = HEADER + ((data[21] as usize) << 8 | data[22] as usize);
    if table + 1 >= data.len() {
        return data.len();
    }
    table + ((data[table] as usize) << 8 | data[table + 1] as usize)
}

/// A u8g2 font, its glyph index and the line pitch the kiosk uses for it.
///
/// The index is built at compile time (`const fn`): the offset of every
/// glyph from space to `ÿ`, and of every [`EXTENDED_USED`] letter, in
/// u8g2's data, so finding a glyph is one array read instead of a walk
/// along the font's chained tables. Other characters and glyphs the font
/// lacks are skipped, as u8g2-fonts does with `ignore_unknown_chars`.
pub(crate) struct Font {
    data: &'static [u8],
    /// Offset in `data` of each glyph's bit stream (after its encoding
    /// and jump bytes); 0 for a glyph the font lacks.
    index: [u16; INDEXED],
    /// Each indexed glyph's advance (0 for a glyph the font lacks), read
    /// from its header at compile time: measuring a word is one array read
    /// per character.
    advances: [i8; INDEXED],
    /// How far each glyph's ink reaches past its advance (`i8::MIN` for a
    /// glyph with no ink): with it a line's ink width needs no glyph
    /// decoding either.
    overhangs: [i8; INDEXED],
    m0: u8,
    m1: u8,
    bits_w: u8,
    bits_h: u8,
    bits_x: u8,
    bits_y: u8,
    bits_d: u8,
    ascent: i8,
    /// The highest ink row of any glyph above the baseline, and the lowest
    /// (negative: below it): a band that a line's ink reaches paints it.
    ink_above: i8,
    ink_below: i8,
    /// Distance between baselines.
    pub(crate) pitch: u32,
}

const fn build_index(data: &[u8]) -> [u16; INDEXED] {
    let mut index = [0u16; INDEXED];
    let mut p = HEADER;
    while p + 1 < data.len() {
        let ch = data[p] as usize;
        let jump = data[p + 1] as usize;
        if jump == 0 {
            break;
        }
        if ch >= FIRST {
            index[ch - FIRST] = (p + 2) as u16;
        }
        p += jump;
    }
    // The Unicode list: two bytes of encoding, the jump, the glyph.
    let mut q = unicode_start(data);
    while q + 2 < data.len() {
        let code = (data[q] as u32) << 8 | data[q + 1] as u32;
        let jump = data[q + 2] as usize;
        if code == 0 || jump == 0 {
            break;
        }
        if let Some(i) = slot(code) {
            index[i] = (q + 3) as u16;
        }
        q += jump;
    }
    index
}

/// `bits` bits of the glyph header at `at`, from bit `from`, least
/// significant first (as [`Bits`] reads them).
const fn header_field(data: &[u8], at: usize, from: usize, bits: usize) -> u32 {
    let mut v: u32 = 0;
    let mut b = 0;
    while b < bits {
        let bit = from + b;
        let byte = data[at + bit / 8] as u32;
        v |= ((byte >> (bit % 8)) & 1) << b;
        b += 1;
    }
    v
}

/// The advance and the overhang of every indexed glyph, decoded from the
/// glyph headers (width, height, x, y, advance).
const fn build_metrics(data: &[u8], index: &[u16; INDEXED]) -> ([i8; INDEXED], [i8; INDEXED]) {
    let mut advances = [0i8; INDEXED];
    let mut overhangs = [i8::MIN; INDEXED];
    let (bw, bh, bx, by, bd) = (
        data[4] as usize,
        data[5] as usize,
        data[6] as usize,
        data[7] as usize,
        data[8] as usize,
    );
    let mut i = 0;
    while i < INDEXED {
        let at = index[i] as usize;
        if at != 0 {
            let w = header_field(data, at, 0, bw) as i32;
            let h = header_field(data, at, bw, bh) as i32;
            let x = header_field(data, at, bw + bh, bx) as i32 - (1i32 << (bx - 1));
            let d = header_field(data, at, bw + bh + bx + by, bd) as i32 - (1i32 << (bd - 1));
            advances[i] = d as i8;
            if w > 0 && h > 0 {
                overhangs[i] = (x + w - d) as i8;
            }
        }
        i += 1;
    }
    (advances, overhangs)
}

/// How far the ink of the indexed glyphs reaches above the baseline (at
/// least the font's ascent: an accent on a capital, `Î`, goes higher) and
/// below it (at most the font's descent: the comma under Romanian `ș`
/// goes lower), from the glyph headers.
const fn ink_extent(data: &[u8], index: &[u16; INDEXED]) -> (i8, i8) {
    let (bw, bh, bx, by) = (
        data[4] as usize,
        data[5] as usize,
        data[6] as usize,
        data[7] as usize,
    );
    let mut above = data[13] as i8 as i32;
    let mut below = data[14] as i8 as i32;
    let mut i = 0;
    while i < INDEXED {
        let at = index[i] as usize;
        if at != 0 {
            let h = header_field(data, at, bw, bh) as i32;
            let y = header_field(data, at, bw + bh + bx, by) as i32 - (1i32 << (by - 1));
            if h > 0 && h + y > above {
                above = h + y;
            }
            if h > 0 && y < below {
                below = y;
            }
        }
        i += 1;
    }
    (above as i8, below as i8)
}

impl Font {
    const fn new(data: &'static [u8], extra: i32) -> Font {
        let index = build_index(data);
        let (advances, overhangs) = build_metrics(data, &index);
        let (ink_above, ink_below) = ink_extent(data, &index);
        Font {
            data,
            index,
            advances,
            overhangs,
            m0: data[2],
            m1: data[3],
            bits_w: data[4],
            bits_h: data[5],
            bits_x: data[6],
            bits_y: data[7],
            bits_d: data[8],
            ascent: data[13] as i8,
            ink_above,
            ink_below,
            pitch: (data[13] as i8 as i32 - data[14] as i8 as i32 + extra) as u32,
        }
    }
}

/// Which glyphs of a u8g2 font are linked: a 256-entry table by
/// character code, and whether the [`EXTENDED_USED`] letters are kept,
/// built at compile time.
struct Keep {
    latin1: [bool; 256],
    extended: bool,
}

/// The Latin-1 letters and signs beyond ASCII that the kiosk's words use
/// (the set of every Latin-1 character found in the content, the kiosk's
/// and the store's sources: `glyphs_kept_cover_every_letter_of_the_sources`
/// fails and prints the new set when a word needs one more). Every
/// printable ASCII character is always kept.
pub(crate) const LATIN1_USED: &str = "¡°·¿ÁÉÍÎÑÓÚÜáâéíîñóúüÿ";

/// Glyphs of the text fonts: printable ASCII, [`LATIN1_USED`] and
/// [`EXTENDED_USED`].
const TEXT: Keep = Keep {
    latin1: keep_table(LATIN1_USED, true),
    extended: true,
};
/// Glyphs of the 320x240 class's big font, which draws only the emergency
/// number (digits, `+`, `*`, `#`) and the "Still there?" countdown.
const NUMBER: Keep = Keep {
    latin1: keep_table("0123456789+*# ", false),
    extended: false,
};

const fn keep_table(extra: &str, ascii: bool) -> [bool; 256] {
    let mut keep = [false; 256];
    if ascii {
        let mut c = 32;
        while c < 127 {
            keep[c] = true;
            c += 1;
        }
    }
    // Decode `extra` as UTF-8 by hand (const fn): only characters up to
    // U+00FF can be in a u8g2 font's 8-bit table.
    let b = extra.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c0 = b[i] as usize;
        if c0 < 0x80 {
            keep[c0] = true;
            i += 1;
        } else if c0 & 0xE0 == 0xC0 && i + 1 < b.len() {
            let code = ((c0 & 0x1F) << 6) | (b[i + 1] as usize & 0x3F);
            if code < 256 {
                keep[code] = true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    keep
}

/// Where u8g2's 8-bit glyph list ends (the offset of its zero jump).
const fn list_end(data: &[u8]) -> usize {
    let mut p = HEADER;
    while p + 1 < data.len() && data[p + 1] != 0 {
        p += data[p + 1] as usize;
    }
    p
}

/// Whether the Unicode glyph at `q` (its encoding, its jump) is one
/// `keep` names.
const fn keep_unicode(data: &[u8], q: usize, keep: &Keep) -> bool {
    let code = (data[q] as u32) << 8 | data[q + 1] as u32;
    keep.extended && code >= 256 && slot(code).is_some()
}

/// The end of u8g2's Unicode glyph list (the offset of its zero encoding
/// or jump, or of the end of the data).
const fn unicode_end(data: &[u8]) -> usize {
    let mut q = unicode_start(data);
    while q + 2 < data.len() {
        let code = (data[q] as u32) << 8 | data[q + 1] as u32;
        let jump = data[q + 2] as usize;
        if code == 0 || jump == 0 || q + jump > data.len() {
            return q;
        }
        q += jump;
    }
    q
}

/// Bytes of the subset's Unicode part: a one-entry jump table, the kept
/// glyphs, and a zero encoding to end the list.
const UNICODE_TABLE: usize = 4;
const UNICODE_END: usize = 2;

/// The length of `data` with only the glyphs `keep` names.
const fn subset_len(data: &[u8], keep: &Keep) -> usize {
    let end = list_end(data);
    // The 8-bit list's end (its zero jump), the Unicode part's table and end.
    let mut n = HEADER + 2 + UNICODE_TABLE + UNICODE_END;
    let mut p = HEADER;
    while p < end {
        if keep.latin1[data[p] as usize] {
            n += data[p + 1] as usize;
        }
        p += data[p + 1] as usize;
    }
    let mut q = unicode_start(data);
    let stop = unicode_end(data);
    while q < stop {
        if keep_unicode(data, q, keep) {
            n += data[q + 2] as usize;
        }
        q += data[q + 2] as usize;
    }
    n
}

/// Copies `len` bytes of `data` from `from` into `out` at `at`; returns
/// where the copy ends in `out`.
const fn copy(out: &mut [u8], at: usize, data: &[u8], from: usize, len: usize) -> usize {
    let mut k = 0;
    while k < len {
        out[at + k] = data[from + k];
        k += 1;
    }
    at + len
}

/// u8g2 font data with only the glyphs `keep` names: the header, the kept
/// 8-bit glyphs verbatim (each one's jump is its own length), the end of
/// the 8-bit list, then a Unicode part of one jump-table entry (every
/// code point in one block) and the kept Unicode glyphs verbatim, ended by
/// a zero encoding. The header's offsets of `A`, `a` and the Unicode table
/// are moved to match, so u8g2-fonts reads the subset as it reads the
/// whole font.
const fn subset<const N: usize>(data: &[u8], keep: &Keep) -> [u8; N] {
    let mut out = [0u8; N];
    let end = list_end(data);
    let mut o = copy(&mut out, 0, data, 0, HEADER);
    let mut upper_a = usize::MAX;
    let mut lower_a = usize::MAX;
    let mut p = HEADER;
    while p < end {
        let ch = data[p];
        let jump = data[p + 1] as usize;
        if keep.latin1[ch as usize] {
            if ch >= b'A' && upper_a == usize::MAX {
                upper_a = o - HEADER;
            }
            if ch >= b'a' && lower_a == usize::MAX {
                lower_a = o - HEADER;
            }
            o = copy(&mut out, o, data, p, jump);
        }
        p += jump;
    }
    let new_end = o - HEADER;
    if upper_a == usize::MAX {
        upper_a = new_end;
    }
    if lower_a == usize::MAX {
        lower_a = new_end;
    }
    // The 8-bit list's end: a zero glyph with a zero jump.
    o += 2;
    let unicode = o - HEADER;
    // One jump-table entry: the glyphs start right after it, and it covers
    // every code point up to U+FFFF.
    out[o] = 0;
    out[o + 1] = UNICODE_TABLE as u8;
    out[o + 2] = 0xFF;
    out[o + 3] = 0xFF;
    o += UNICODE_TABLE;
    let mut q = unicode_start(data);
    let stop = unicode_end(data);
    while q < stop {
        let jump = data[q + 2] as usize;
        if keep_unicode(data, q, keep) {
            o = copy(&mut out, o, data, q, jump);
        }
        q += jump;
    }
    // The last UNICODE_END bytes stay zero: the encoding that ends the list.
    out[17] = (upper_a >> 8) as u8;
    out[18] = upper_a as u8;
    out[19] = (lower_a >> 8) as u8;
    out[20] = lower_a as u8;
    out[21] = (unicode >> 8) as u8;
    out[22] = unicode as u8;
    out
}

macro_rules! font {
    ($name:ident, $f:ident, $extra:expr, $keep:expr) => {
        pub(crate) static $name: Font = {
            const DATA: &[u8] = <fonts::$f as u8g2_fonts::Font>::DATA;
            const KEPT: [u8; subset_len(DATA, &$keep)] = subset(DATA, &$keep);
            Font::new(&KEPT, $extra)
        };
    };
}

// The 320x240 class's fonts, always built.
font!(R10, u8g2_font_helvR10_te, 0, TEXT);
font!(B10, u8g2_font_helvB10_te, 0, TEXT);
font!(R12, u8g2_font_helvR12_te, 1, TEXT);
font!(B12, u8g2_font_helvB12_te, 1, TEXT);
font!(B14, u8g2_font_helvB14_te, 1, TEXT);
font!(BIG30, u8g2_font_fur30_tf, 0, NUMBER);
// The larger classes' fonts, only with their screen-size features.
#[cfg(feature = "size-480x320")]
font!(R14, u8g2_font_helvR14_te, 1, TEXT);
#[cfg(feature = "size-800x480")]
font!(R18, u8g2_font_helvR18_te, 2, TEXT);
#[cfg(any(feature = "size-480x320", feature = "size-800x480"))]
font!(B18, u8g2_font_helvB18_te, 2, TEXT);
#[cfg(feature = "size-800x480")]
font!(B24, u8g2_font_helvB24_te, 2, TEXT);
#[cfg(any(feature = "size-480x320", feature = "size-800x480"))]
font!(BIG42, u8g2_font_fur42_tf, 0, TEXT);

/// u8g2's bit reader: least significant bit first, `bits` at most 8.
/// It mirrors u8g2-fonts' reader shift for shift (so pixels match), and
/// reads zeros past the end of the data instead of panicking.
struct Bits {
    data: &'static [u8],
    at: usize,
    pos: u8,
    byte: u8,
}

impl Bits {
    #[inline(always)]
    fn read(&mut self, bits: u8) -> u8 {
        let start = self.pos;
        let mut end = start + bits;
        let mut v = self.byte.overflowing_shr(start as u32).0;
        if end >= 8 {
            let next = self.data.get(self.at).copied().unwrap_or(0);
            self.at += 1;
            end -= 8;
            self.byte = next;
            v |= next.overflowing_shl((8 - start) as u32).0;
        }
        self.pos = end;
        v & (((1u16 << bits) - 1) as u8)
    }

    fn signed(&mut self, bits: u8) -> i8 {
        (self.read(bits) as i8).wrapping_sub((1u16 << bits.saturating_sub(1)) as u8 as i8)
    }

    fn exhausted(&self) -> bool {
        self.at > self.data.len()
    }
}

/// One glyph's box and advance, and its run-length bitmap still to read.
struct Glyph {
    w: u8,
    h: u8,
    x: i8,
    y: i8,
    advance: i8,
    bits: Bits,
}

impl Font {
    fn glyph(&self, ch: char) -> Option<Glyph> {
        let i = slot(ch as u32)?;
        let at = *self.index.get(i)? as usize;
        if at == 0 {
            return None;
        }
        let mut bits = Bits {
            data: self.data,
            at,
            pos: 8,
            byte: 0,
        };
        let w = bits.read(self.bits_w);
        let h = bits.read(self.bits_h);
        let x = bits.signed(self.bits_x);
        let y = bits.signed(self.bits_y);
        let advance = bits.signed(self.bits_d);
        Some(Glyph {
            w,
            h,
            x,
            y,
            advance,
            bits,
        })
    }

    /// Whether this font has a glyph for every character of `s` but spaces.
    pub(crate) fn covers(&self, s: &str) -> bool {
        s.chars().all(|ch| ch == ' ' || self.glyph(ch).is_some())
    }

    /// Pixels above the baseline.
    pub(crate) fn ascent(&self) -> i32 {
        self.ascent as i32
    }

    /// The advance of `s` and the right edge of its ink, from x = 0, from
    /// the compile-time tables alone.
    fn measure(&self, s: &str) -> (i32, Option<i32>) {
        let mut x = 0i32;
        let mut ink: Option<i32> = None;
        for ch in s.chars() {
            let Some(i) = slot(ch as u32) else {
                continue;
            };
            let Some(&advance) = self.advances.get(i) else {
                continue;
            };
            x += advance as i32;
            let over = self.overhangs.get(i).copied().unwrap_or(i8::MIN);
            if over != i8::MIN {
                let right = x + over as i32;
                ink = Some(ink.map_or(right, |r| r.max(right)));
            }
        }
        (x, ink)
    }

    /// Width of `s` on one line: the advance, or the ink if it reaches
    /// further.
    pub(crate) fn width(&self, s: &str) -> u32 {
        let (advance, ink) = self.measure(s);
        (advance.max(0) as u32).max(ink.unwrap_or(0).max(0) as u32)
    }

    fn advance(&self, s: &str) -> u32 {
        let mut x = 0i32;
        for ch in s.chars() {
            x += slot(ch as u32)
                .and_then(|i| self.advances.get(i))
                .copied()
                .unwrap_or(0) as i32;
        }
        x.max(0) as u32
    }

    /// Draws one line with its baseline at `baseline`: each glyph's runs of
    /// ink are written into the band as spans, rows outside it skipped.
    pub(crate) fn draw(&self, c: &mut Canvas, s: &str, x: i32, baseline: i32, ink: Ink) {
        let line = Rectangle::new(
            Point::new(i32::MIN / 4, baseline - self.ascent()),
            Size::new(u32::MAX / 2, self.pitch),
        );
        if c.measuring() {
            // Layout checks measure every screen: a character with no glyph
            // in this font (one the subset dropped, or past `ÿ`) fails them.
            if let Some(ch) = s.chars().find(|&ch| ch != ' ' && self.glyph(ch).is_none()) {
                let mut at = [0u8; 4];
                c.overflowed(
                    ch.encode_utf8(&mut at),
                    line,
                    "a character the font has no glyph for",
                );
            }
            return;
        }
        // Accents above the ascent and commas below the descent are ink too:
        // a band holding only them still paints them.
        let ink_rows = Rectangle::new(
            Point::new(i32::MIN / 4, baseline - self.ink_above as i32),
            Size::new(
                u32::MAX / 2,
                (self.ink_above as i32 - self.ink_below as i32).max(1) as u32,
            ),
        );
        if !c.touches(&ink_rows) {
            return;
        }
        let mut pen = x;
        for ch in s.chars() {
            if let Some(g) = self.glyph(ch) {
                let advance = g.advance as i32;
                self.draw_glyph(c, g, pen, baseline, ink);
                pen += advance;
            }
        }
    }

    /// u8g2's run-length decoding (as u8g2-fonts' transparent renderer
    /// does it), painting each run of ones as spans.
    fn draw_glyph(&self, c: &mut Canvas, mut g: Glyph, pen: i32, baseline: i32, ink: Ink) {
        let (w, h) = (g.w as i32, g.h as i32);
        if w == 0 || h == 0 {
            return;
        }
        let left = pen + g.x as i32;
        let top = baseline - (h + g.y as i32);
        let band = c.area();
        if top >= band.top_left.y + band.size.height as i32 || top + h <= band.top_left.y {
            return;
        }
        let mut zeros = g.bits.read(self.m0) as i32;
        let mut ones = g.bits.read(self.m1) as i32;
        let (mut x, mut y) = (zeros, 0i32);
        while x >= w {
            x -= w;
            y += 1;
        }
        // Rows below the band end the glyph early.
        let h = h.min(band.top_left.y + band.size.height as i32 - top);
        let mut left_over = ones;
        loop {
            while left_over > 0 {
                if y >= h {
                    return;
                }
                let n = left_over.min(w - x);
                c.span(left + x, left + x + n, top + y, ink);
                x += n;
                left_over -= n;
                if x >= w {
                    x -= w;
                    y += 1;
                }
            }
            if y >= h || g.bits.exhausted() {
                return;
            }
            if g.bits.read(1) == 0 {
                zeros = g.bits.read(self.m0) as i32;
                ones = g.bits.read(self.m1) as i32;
            }
            x += zeros;
            while x >= w {
                x -= w;
                y += 1;
                if y >= h {
                    return;
                }
            }
            left_over = ones;
        }
    }
}

/// The lines `text` wraps into at `width` pixels.
pub(crate) struct Lines<'a> {
    rest: &'a str,
    font: &'static Font,
    width: u32,
}

/// Wraps `text` greedily at spaces to lines no wider than `width`.
pub(crate) fn lines<'a>(text: &'a str, font: &'static Font, width: u32) -> Lines<'a> {
    Lines {
        rest: text.trim_start(),
        font,
        width,
    }
}

impl<'a> Iterator for Lines<'a> {
    /// A line and its width (which exceeds the box only for a word too long
    /// to fit on any line).
    type Item = (&'a str, u32);

    fn next(&mut self) -> Option<(&'a str, u32)> {
        let text = self.rest;
        if text.is_empty() {
            return None;
        }
        let space = self.font.advance(" ");
        let mut end = 0usize;
        let mut w = 0u32;
        let mut pos = 0usize;
        for word in text.split(' ') {
            let start = pos;
            pos += word.len() + 1;
            if word.is_empty() {
                continue;
            }
            let ww = self.font.advance(word);
            let add = if end == 0 { ww } else { w + space + ww };
            if end != 0 && add > self.width {
                break;
            }
            w = add;
            end = start + word.len();
            if end == 0 {
                break;
            }
        }
        let (line, rest) = text.split_at(end.min(text.len()));
        self.rest = rest.trim_start();
        let line = line.trim_end();
        Some((line, self.font.width(line).max(w)))
    }
}

/// Horizontal placement of lines in a box.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
}

/// How many texts [`Memo`] remembers.
const MEMO_SLOTS: usize = 16;

/// The wrapped size of the texts a screen measures, remembered so that a
/// screen is wrapped once, not once per band: painting each band asks for
/// the same heights again (the column of a result page, every button's
/// label), and a memo hit costs a hash of the text instead of a wrap.
///
/// A text is known by a 32-bit FNV-1a hash of its bytes with its length,
/// font and width (the wrap is a pure function of those), so the memo
/// never goes stale; the oldest slot is reused when it is full. Two
/// different texts of the same length, font and width pass for the same
/// with a chance of about 1 in 4 billion.
#[derive(Clone, Debug)]
pub(crate) struct Memo {
    slots: [Slot; MEMO_SLOTS],
    next: u8,
}

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    hash: u32,
    len: u16,
    width: u16,
    font: usize,
    lines: u16,
    widest: u16,
}

impl Memo {
    pub(crate) const fn new() -> Memo {
        Memo {
            slots: [Slot {
                hash: 0,
                len: 0,
                width: 0,
                font: 0,
                lines: 0,
                widest: 0,
            }; MEMO_SLOTS],
            next: 0,
        }
    }

    /// The number of lines `text` wraps into at `width`, and its widest.
    pub(crate) fn wrap(&mut self, text: &str, font: &'static Font, width: u32) -> (u32, u32) {
        let (Ok(len), Ok(w)) = (u16::try_from(text.len()), u16::try_from(width)) else {
            return wrap(text, font, width);
        };
        if len == 0 {
            return (0, 0);
        }
        let mut hash: u32 = 0x811C_9DC5;
        for b in text.bytes() {
            hash = (hash ^ b as u32).wrapping_mul(0x0100_0193);
        }
        let id = font as *const Font as usize;
        if let Some(s) = self
            .slots
            .iter()
            .find(|s| s.len == len && s.hash == hash && s.width == w && s.font == id)
        {
            return (s.lines as u32, s.widest as u32);
        }
        let (lines, widest) = wrap(text, font, width);
        if let Some(slot) = self.slots.get_mut(self.next as usize) {
            *slot = Slot {
                hash,
                len,
                width: w,
                font: id,
                lines: lines.min(u16::MAX as u32) as u16,
                widest: widest.min(u16::MAX as u32) as u16,
            };
        }
        self.next = ((self.next as usize + 1) % MEMO_SLOTS) as u8;
        (lines, widest)
    }

    /// As [`height`], remembered.
    pub(crate) fn height(&mut self, text: &str, font: &'static Font, width: u32) -> u32 {
        self.wrap(text, font, width).0 * font.pitch
    }

    /// As [`fits`], remembered.
    pub(crate) fn fits(&mut self, text: &str, font: &'static Font, width: u32, max: u32) -> bool {
        let (lines, widest) = self.wrap(text, font, width);
        widest <= width && lines <= max
    }
}

/// Lines and widest line of `text` wrapped at `width`.
fn wrap(text: &str, font: &'static Font, width: u32) -> (u32, u32) {
    lines(text, font, width).fold((0, 0), |(n, w), (_, lw)| (n + 1, w.max(lw)))
}

/// The height `text` takes wrapped at `width`.
pub(crate) fn height(text: &str, font: &'static Font, width: u32) -> u32 {
    lines(text, font, width).count() as u32 * font.pitch
}

/// Whether `text` wraps at `width` into at most `max_lines` lines with no
/// word wider than the box.
pub(crate) fn fits(text: &str, font: &'static Font, width: u32, max_lines: u32) -> bool {
    let mut n = 0;
    for (_, w) in lines(text, font, width) {
        n += 1;
        if w > width || n > max_lines {
            return false;
        }
    }
    true
}

/// Draws `text` wrapped into `area`, top-aligned; returns the height used.
/// Lines that would fall outside `area` are not drawn and are recorded as
/// an overflow.
pub(crate) fn paragraph(
    c: &mut Canvas,
    text: &str,
    font: &'static Font,
    ink: Ink,
    area: Rectangle,
    align: Align,
) -> u32 {
    let mut y = area.top_left.y;
    let bottom = area.top_left.y + area.size.height as i32;
    for (line, w) in lines(text, font, area.size.width) {
        if y + font.pitch as i32 > bottom {
            c.overflowed(text, area, "too many lines");
            break;
        }
        if w > area.size.width {
            c.overflowed(line, area, "a word is wider than its box");
        }
        let x = match align {
            Align::Left => area.top_left.x,
            Align::Center => area.top_left.x + (area.size.width as i32 - w as i32) / 2,
        };
        font.draw(c, line, x, y + font.ascent(), ink);
        y += font.pitch as i32;
    }
    (y - area.top_left.y) as u32
}

/// Draws `text` wrapped and centred both ways in `area`.
pub(crate) fn centered(c: &mut Canvas, text: &str, font: &'static Font, ink: Ink, area: Rectangle) {
    middle(c, text, font, ink, area, Align::Center);
}

/// Draws `text` wrapped, left-aligned and centred vertically in `area`.
pub(crate) fn centered_left(
    c: &mut Canvas,
    text: &str,
    font: &'static Font,
    ink: Ink,
    area: Rectangle,
) {
    middle(c, text, font, ink, area, Align::Left);
}

/// Draws `text` wrapped with `align`, centred vertically in `area`.
fn middle(
    c: &mut Canvas,
    text: &str,
    font: &'static Font,
    ink: Ink,
    area: Rectangle,
    align: Align,
) {
    let h = c.text_height(text, font, area.size.width);
    let top = area.top_left.y + (area.size.height as i32 - h as i32).max(0) / 2;
    let inner = Rectangle::new(
        Point::new(area.top_left.x, top),
        Size::new(
            area.size.width,
            (area.top_left.y + area.size.height as i32 - top).max(0) as u32,
        ),
    );
    paragraph(c, text, font, ink, inner, align);
}

// (With every screen size built, as the workspace tests do.)
#[cfg(all(test, feature = "size-480x320", feature = "size-800x480"))]
mod tests {
    extern crate std;
    use super::*;
    use u8g2_fonts::types::{FontColor, VerticalPosition};
    use u8g2_fonts::FontRenderer;

    fn reference(data: &'static [u8]) -> FontRenderer {
        FontRenderer::new_from_raw_data(data).with_ignore_unknown_chars(true)
    }

    /// Every Latin-1 and Latin Extended character in the words' sources
    /// (the content in every language, the kiosk's and the store's) is one
    /// the text fonts keep, and every one kept is drawn.
    #[test]
    fn glyphs_kept_cover_every_letter_of_the_sources() {
        fn scan(dir: &std::path::Path, found: &mut std::collections::BTreeSet<char>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    if p.file_name().is_some_and(|n| n != "target") {
                        scan(&p, found);
                    }
                } else if let Ok(text) = std::fs::read_to_string(&p) {
                    found.extend(
                        text.chars()
                            .filter(|&c| ('\u{A0}'..='\u{24F}').contains(&c)),
                    );
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = std::collections::BTreeSet::new();
        for dir in [
            "core",
            "kiosk/src",
            "store/src",
            "content",
            "locales",
            "clinical",
        ] {
            scan(&root.join(dir), &mut found);
        }
        let (latin1, extended): (std::vec::Vec<char>, std::vec::Vec<char>) =
            found.iter().partition(|&&c| c <= '\u{FF}');
        let lacks = |set: &[char], kept: &str| -> std::string::String {
            set.iter().filter(|c| !kept.contains(**c)).collect()
        };
        let all = |set: &[char]| -> std::string::String { set.iter().collect() };
        let missing = lacks(&latin1, LATIN1_USED);
        assert!(
            missing.is_empty(),
            "text::LATIN1_USED lacks {missing:?}; set it to at least {:?}",
            all(&latin1)
        );
        let missing = lacks(&extended, EXTENDED_USED);
        assert!(
            missing.is_empty(),
            "text::EXTENDED_USED lacks {missing:?}; set it to at least {:?}",
            all(&extended)
        );
        for c in LATIN1_USED.chars().chain(EXTENDED_USED.chars()) {
            for font in [&R10, &B10, &R12, &B12, &B14, &R14, &R18, &B18, &B24] {
                assert!(font.glyph(c).is_some(), "{c:?}");
            }
        }
        assert_eq!(EXTENDED_N, EXTENDED_USED.chars().count());
    }

    /// A word with a letter the fonts lack (Hungarian o with double acute, which no word
    /// uses, or a digit-font letter) fails the layout checks.
    #[test]
    fn a_character_with_no_glyph_is_an_overflow() {
        let area = Rectangle::new(Point::new(0, 0), Size::new(320, 240));
        let mut none = [0u8; 0];
        let mut c = Canvas::new(area, &mut none);
        R12.draw(&mut c, "Señal rápida ¿sí? Gorączka, erupție", 0, 20, Ink(1));
        assert_eq!(c.overflow, None);
        // Hungarian o with double acute, written as an escape so the source scan above
        // does not ask the fonts to keep it.
        R12.draw(&mut c, "Gy\u{151}r", 0, 20, Ink(1));
        assert!(c.overflow.is_some_and(|o| o.text == "\u{151}"));
        let mut c = Canvas::new(area, &mut none);
        BIG30.draw(&mut c, "+34 112#*", 0, 40, Ink(1));
        assert_eq!(c.overflow, None);
        BIG30.draw(&mut c, "Hi", 0, 40, Ink(1));
        assert!(c.overflow.is_some());
    }

    /// Every glyph of every font, drawn by the index and span painter and
    /// by u8g2-fonts' own renderer, gives the same pixels, the same
    /// advance and the same ink width.
    #[test]
    fn glyphs_match_u8g2_fonts_pixel_for_pixel() {
        let fonts: [&Font; 11] = [
            &R10, &B10, &R12, &B12, &R14, &B14, &R18, &B18, &B24, &BIG30, &BIG42,
        ];
        let area = Rectangle::new(Point::new(0, 0), Size::new(128, 100));
        for (fi, font) in fonts.iter().enumerate() {
            let r = reference(font.data);
            for code in 32u32..=0x24F {
                let Some(ch) = char::from_u32(code) else {
                    continue;
                };
                let mut s = [0u8; 4];
                let s = ch.encode_utf8(&mut s);
                let mut a = [0u8; 6400];
                let mut b = [0u8; 6400];
                let mut ca = Canvas::new(area, &mut a);
                font.draw(&mut ca, s, 20, 75, Ink(3));
                let mut cb = Canvas::new(area, &mut b);
                let _ = r.render(
                    &*s,
                    Point::new(20, 75),
                    VerticalPosition::Baseline,
                    FontColor::Transparent(Ink(3)),
                    &mut cb,
                );
                assert!(a == b, "font {fi} char {code:#x}: pixels differ");
                let d = r
                    .get_rendered_dimensions(&*s, Point::zero(), VerticalPosition::Baseline)
                    .unwrap();
                assert_eq!(font.advance(s), d.advance.x.max(0) as u32, "{fi} {code:#x}");
                let ink = d
                    .bounding_box
                    .map(|b| (b.top_left.x + b.size.width as i32).max(0) as u32)
                    .unwrap_or(0);
                let want = (d.advance.x.max(0) as u32).max(ink);
                assert_eq!(font.width(s), want, "{fi} {code:#x}");
            }
            let text = "¿Qué pasó? Ñandú, 38 °C — señal rápida";
            let d = r
                .get_rendered_dimensions(text, Point::zero(), VerticalPosition::Baseline)
                .unwrap();
            let ink = d
                .bounding_box
                .map(|b| (b.top_left.x + b.size.width as i32).max(0) as u32)
                .unwrap_or(0);
            assert_eq!(font.width(text), (d.advance.x.max(0) as u32).max(ink));
            assert_eq!(font.ascent(), r.get_ascent() as i32);
        }
    }
}
