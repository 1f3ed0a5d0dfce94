//! The "Show the pharmacist" QR code: a plain-language summary any phone
//! camera can read as text.
//!
//! The text is written straight into qrcodegen's data buffer (no heap, no
//! extra copy) and encoded at draw time on the stack, so the app itself
//! keeps no QR bytes. It says the result, the likely causes, and every
//! answer given as "question: answer", in the customer's language. It holds
//! nothing that identifies anyone.

use crate::config::MAX_QR_VERSION;
use crate::strings;
use core::fmt::{self, Write};
use qrcodegen_no_heap::{Mask, QrCode, QrCodeEcc, Version};
use spotcheck_core::tree::Role;
use spotcheck_core::{Session, Step};

/// Bytes each of the two QR buffers needs.
pub const QR_BUFFER: usize = Version::new(MAX_QR_VERSION).buffer_len();

/// Writes the plain-language summary of a finished session to `w`. Writes
/// nothing if the session has not reached an outcome.
pub fn write_summary(session: &Session<'_>, w: &mut impl Write) -> fmt::Result {
    let Step::Outcome(outcome) = session.step() else {
        return Ok(());
    };
    let lang = session.language();
    let tree = session.tree();
    write!(
        w,
        "SpotCheck v{} {}\n{}\n",
        tree.version,
        lang.code(),
        strings::disposition(outcome.disposition).get(lang)
    )?;
    if outcome.safeguarding {
        writeln!(w, "{}", strings::SAFEGUARDING_QR.get(lang))?;
    }
    if !outcome.causes.is_empty() {
        write!(w, "{}:", strings::MAYBE.get(lang))?;
        for (i, c) in outcome.causes.iter().enumerate() {
            if let Some(info) = tree.condition(*c) {
                write!(
                    w,
                    "{}{}",
                    if i == 0 { " " } else { "; " },
                    info.name.get(lang)
                )?;
            }
        }
        w.write_char('\n')?;
    }
    // Red-flag screens answered "No" are summed up in one line; the age and
    // duration are "Age: label", "How long: label"; every other answer
    // follows the question's short name. This keeps the longest
    // summary small enough for 2 px modules on a 320x240 screen.
    let mut red_flags_clear = false;
    for a in session.answers() {
        let Some(q) = tree.questions.get(a.question as usize) else {
            continue;
        };
        let label = q
            .choices
            .get(a.choice as usize)
            .map(|c| c.label.get(lang))
            .unwrap_or("?");
        let worrying = q
            .caution
            .map(|c| c.worrying == a.choice || c.unsure == a.choice);
        match q.role {
            Role::Who => writeln!(w, "{}: {}", strings::AGE.get(lang), label)?,
            Role::RedFlag if worrying == Some(false) => {
                if !red_flags_clear {
                    red_flags_clear = true;
                    writeln!(w, "{}", strings::NO_RED_FLAGS.get(lang))?;
                }
            }
            Role::Duration => writeln!(w, "{}: {}", strings::HOW_LONG.get(lang), label)?,
            // Every other answer follows the question's short name.
            _ => writeln!(w, "- {}: {}", q.short.get(lang), label)?,
        }
    }
    w.write_str(strings::NOT_A_DIAGNOSIS.get(lang))
}

/// A `fmt::Write` into a byte slice that fails when full.
pub struct SliceWriter<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl<'a> SliceWriter<'a> {
    /// A writer filling `buf` from the start.
    pub fn new(buf: &'a mut [u8]) -> SliceWriter<'a> {
        SliceWriter { buf, len: 0 }
    }

    /// Bytes written so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Write for SliceWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let dst = self.buf.get_mut(self.len..end).ok_or(fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// The mask every code uses. Letting qrcodegen choose tries all eight and
/// scores each (the penalty rules), which was most of the QR page's time
/// on the RP2040 (most of the 265 ms before its first byte). Any mask
/// gives a valid code; the scoring only avoids patterns that can confuse
/// a reader. Mask 2 is the one the automatic choice picked for 57 of the
/// 70 result codes (every outcome in every language at 320x240), and
/// `tests/tests/qr.rs` reads every code back from the screen with it.
pub const MASK: u8 = 2;

/// Encodes the summary of `session` as a QR code in `out`, using `temp`
/// for the text. `None` if the session has not finished or the summary is
/// too long for [`MAX_QR_VERSION`] (a test proves no path is).
pub fn encode<'o>(session: &Session<'_>, temp: &mut [u8], out: &'o mut [u8]) -> Option<QrCode<'o>> {
    let len = {
        let mut w = SliceWriter::new(temp);
        write_summary(session, &mut w).ok()?;
        w.len()
    };
    if len == 0 {
        return None;
    }
    QrCode::encode_binary(
        temp,
        len,
        out,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(MAX_QR_VERSION),
        Some(Mask::new(MASK)),
        true,
    )
    .ok()
}

/// The largest code's side in modules.
const MAX_SIDE: usize = MAX_QR_VERSION as usize * 4 + 17;

/// A finished QR code's modules, one bit each: what a screen paints,
/// encoded once when the screen is entered instead of for every draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Modules {
    side: u8,
    bits: [u8; (MAX_SIDE * MAX_SIDE).div_ceil(8)],
}

impl Modules {
    /// No code.
    pub(crate) const NONE: Modules = Modules {
        side: 0,
        bits: [0; (MAX_SIDE * MAX_SIDE).div_ceil(8)],
    };

    /// Becomes the modules of `code`, in place (a 1 KB value is not
    /// copied through a 16 KiB stack).
    fn set(&mut self, code: &QrCode<'_>) {
        let n = code.size().clamp(0, MAX_SIDE as i32);
        self.side = n as u8;
        self.bits.fill(0);
        for y in 0..n {
            for x in 0..n {
                if code.get_module(x, y) {
                    let i = (y * n + x) as usize;
                    if let Some(b) = self.bits.get_mut(i / 8) {
                        *b |= 1 << (i % 8);
                    }
                }
            }
        }
    }

    /// No code any more.
    pub(crate) fn clear(&mut self) {
        self.side = 0;
    }

    /// The code, if there is one.
    pub(crate) fn code(&self) -> Option<&Modules> {
        (self.side > 0).then_some(self)
    }

    /// Modules on a side.
    pub(crate) fn size(&self) -> i32 {
        self.side as i32
    }

    /// Whether the module at (`x`, `y`) is dark; false outside the code.
    pub(crate) fn get_module(&self, x: i32, y: i32) -> bool {
        let n = self.side as i32;
        if x < 0 || y < 0 || x >= n || y >= n {
            return false;
        }
        let i = (y * n + x) as usize;
        self.bits
            .get(i / 8)
            .is_some_and(|b| b & (1 << (i % 8)) != 0)
    }

    /// Becomes the modules of the summary of `session` ([`encode`]), or no
    /// code if there is none.
    #[inline(never)]
    pub(crate) fn encode(&mut self, session: &Session<'_>) {
        let mut temp = [0u8; QR_BUFFER];
        let mut out = [0u8; QR_BUFFER];
        match encode(session, &mut temp, &mut out) {
            Some(code) => self.set(&code),
            None => self.side = 0,
        }
    }
}
