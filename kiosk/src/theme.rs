//! The colours: a palette of at most 16 inks, and the text/background
//! pairs the screens use. Every pair is tested for a WCAG contrast ratio of
//! at least 7:1 (`tests::every_text_pair_has_7_to_1_contrast`).

use embedded_graphics::pixelcolor::Rgb888;
use spotcheck_core::Disposition;

/// A palette index: the colour type the band compositor draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Ink(pub u8);

impl embedded_graphics::pixelcolor::PixelColor for Ink {
    type Raw = ();
}

/// Page background.
pub const PAPER: Ink = Ink(0);
/// Body text.
pub const TEXT: Ink = Ink(1);
/// Primary buttons; also text on paper for links and secondary buttons.
pub const BLUE: Ink = Ink(2);
/// Secondary text (progress, hints).
pub const MUTED: Ink = Ink(3);
/// The emergency red.
pub const RED: Ink = Ink(4);
/// "See a doctor today".
pub const ORANGE: Ink = Ink(5);
/// "Book a doctor".
pub const YELLOW: Ink = Ink(6);
/// "Ask the pharmacist".
pub const TEAL: Ink = Ink(7);
/// "Self-care".
pub const GREEN: Ink = Ink(8);
/// Focus ring on light backgrounds.
pub const FOCUS: Ink = Ink(9);
/// Light panel (top bar, progress track, illustration glass).
pub const PANEL: Ink = Ink(10);
/// A pressed primary button.
pub const PRESSED: Ink = Ink(11);
/// Skin in the glass-test picture.
pub const SKIN: Ink = Ink(12);
/// Spots in the glass-test picture.
pub const SPOT: Ink = Ink(13);
/// Pure white (text on dark fills, QR light modules).
pub const WHITE: Ink = Ink(14);
/// Near black (text on bright fills, QR dark modules).
pub const BLACK: Ink = Ink(15);

/// The palette in RGB, indexed by [`Ink`].
pub const PALETTE: [Rgb888; 16] = [
    Rgb888::new(0xFF, 0xFF, 0xFF), // paper
    Rgb888::new(0x14, 0x14, 0x14), // text
    Rgb888::new(0x0B, 0x3D, 0x91), // blue
    Rgb888::new(0x45, 0x45, 0x45), // muted
    Rgb888::new(0xA0, 0x00, 0x00), // red
    Rgb888::new(0xFF, 0x9E, 0x1B), // orange
    Rgb888::new(0xFF, 0xD4, 0x3B), // yellow
    Rgb888::new(0x08, 0x4C, 0x8A), // teal-blue
    Rgb888::new(0x07, 0x5A, 0x26), // green
    Rgb888::new(0x7A, 0x00, 0xCC), // focus purple
    Rgb888::new(0xE6, 0xEC, 0xF5), // panel
    Rgb888::new(0x05, 0x1F, 0x4F), // pressed
    Rgb888::new(0xF1, 0xC2, 0xA0), // skin
    Rgb888::new(0xC4, 0x12, 0x2E), // spot
    Rgb888::new(0xFF, 0xFF, 0xFF), // white
    Rgb888::new(0x00, 0x00, 0x00), // black
];

/// Every (text, background) pair any screen draws text with.
pub const TEXT_PAIRS: &[(Ink, Ink)] = &[
    (TEXT, PAPER),
    (MUTED, PAPER),
    (BLUE, PAPER),
    (TEXT, PANEL),
    (MUTED, PANEL),
    (BLUE, PANEL),
    (WHITE, BLUE),
    (WHITE, PRESSED),
    (WHITE, RED),
    (RED, WHITE),
    (BLACK, ORANGE),
    (BLACK, YELLOW),
    (WHITE, TEAL),
    (WHITE, GREEN),
];

/// The banner of a disposition: fill and text ink.
pub const fn banner(d: Disposition) -> (Ink, Ink) {
    match d {
        Disposition::Emergency => (RED, WHITE),
        Disposition::Urgent => (ORANGE, BLACK),
        Disposition::Doctor => (YELLOW, BLACK),
        Disposition::Pharmacist => (TEAL, WHITE),
        Disposition::SelfCare => (GREEN, WHITE),
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
pub fn luminance(c: Rgb888) -> f32 {
    use embedded_graphics::pixelcolor::RgbColor;
    fn lin(v: u8) -> f32 {
        let s = v as f32 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            // (s + 0.055) / 1.055) ^ 2.4 without libm: exp2(2.4 * log2 x)
            // is not in core, so square twice and take a 0.6 power by
            // Newton's method on x^5 = y^3.
            let x = (s + 0.055) / 1.055;
            pow_2_4(x)
        }
    }
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// x^2.4 for 0 < x <= 1: x^2 * x^0.4, with x^0.4 the real fifth root of x^2.
fn pow_2_4(x: f32) -> f32 {
    let y = x * x; // x^2
                   // r = y^(1/5) by Newton's method.
    let mut r = 1.0f32;
    for _ in 0..60 {
        let r4 = r * r * r * r;
        r -= (r4 * r - y) / (5.0 * r4);
    }
    y * r
}

/// WCAG contrast ratio between two colours (1.0 to 21.0).
pub fn contrast(a: Rgb888, b: Rgb888) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The RGB colour of an ink.
pub fn rgb(i: Ink) -> Rgb888 {
    PALETTE[(i.0 & 15) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        let w = Rgb888::new(255, 255, 255);
        let k = Rgb888::new(0, 0, 0);
        assert!((contrast(w, k) - 21.0).abs() < 0.05);
        // #767676 on white is the well-known 4.54:1.
        let g = Rgb888::new(0x76, 0x76, 0x76);
        assert!((contrast(w, g) - 4.54).abs() < 0.02, "{}", contrast(w, g));
    }

    #[test]
    fn every_text_pair_has_7_to_1_contrast() {
        for (fg, bg) in TEXT_PAIRS {
            let c = contrast(rgb(*fg), rgb(*bg));
            assert!(c >= 7.0, "ink {} on {}: {c:.2}:1", fg.0, bg.0);
        }
        for d in Disposition::ALL {
            let (bg, fg) = banner(d);
            assert!(TEXT_PAIRS.contains(&(fg, bg)), "{d:?}");
        }
    }

    #[test]
    fn focus_ring_stands_out_from_light_backgrounds() {
        // WCAG non-text contrast asks 3:1; we keep 7:1 on paper and panel.
        assert!(contrast(rgb(FOCUS), rgb(PAPER)) >= 7.0);
        assert!(contrast(rgb(FOCUS), rgb(PANEL)) >= 6.0);
        assert!(contrast(rgb(WHITE), rgb(RED)) >= 7.0);
    }
}
