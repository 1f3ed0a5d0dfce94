//! A stand-in for the kiosk app while it is being written: it walks the
//! real checked tree of `spotcheck-core` with taps and keys and draws each
//! question or outcome plainly, so the images exercise the engine, the
//! replay, the probe and the drawing stack end to end.
//!
//! Layout: the prompt on top, one 36 px row per answer from y = 60. A tap
//! lifted inside a row answers it; Back goes back; on an outcome any tap
//! starts over. Every change redraws the whole screen.

use embedded_graphics::mono_font::{ascii::FONT_6X10, MonoTextStyle};
use embedded_graphics::pixelcolor::Rgb565;
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::{PrimitiveStyle, Rectangle};
use embedded_graphics::text::{Baseline, Text};
use spotcheck_core::{content, Disposition, Language, Session, Step};
use spotcheck_kiosk::script::{Driven, Input, ScriptKey};

const TOP: i32 = 60;
const ROW: i32 = 36;

/// The stand-in app.
pub struct StandIn {
    session: Option<Session<'static>>,
    size: Size,
    dirty: bool,
}

impl StandIn {
    /// A stand-in on a screen of `size`, at the first question (or showing
    /// that the content failed its checks).
    pub fn new(size: Size) -> StandIn {
        StandIn {
            session: content::checked()
                .ok()
                .map(|t| Session::new(t, Language::En)),
            size,
            dirty: true,
        }
    }

    fn row_at(&self, p: Point) -> Option<u8> {
        if p.y < TOP || p.x < 0 || p.x >= self.size.width as i32 {
            return None;
        }
        u8::try_from((p.y - TOP) / ROW).ok()
    }
}

impl<D: DrawTarget<Color = Rgb565>> Driven<D> for StandIn {
    fn input(&mut self, input: Input, _now_ms: u64) -> bool {
        let row = match input {
            Input::TouchUp(p) => self.row_at(p),
            _ => None,
        };
        let Some(s) = self.session.as_mut() else {
            return false;
        };
        let changed = match (input, s.step()) {
            (Input::TouchUp(_), Step::Outcome(_)) => {
                s.restart();
                true
            }
            (Input::TouchUp(_), Step::Question(q)) => match row {
                Some(r) if usize::from(r) < q.choices.len() => s.answer(r).is_ok(),
                _ => false,
            },
            (Input::Key(ScriptKey::Back), _) => s.back().is_ok(),
            _ => false,
        };
        self.dirty |= changed;
        changed
    }

    fn draw(&mut self, target: &mut D) -> Result<(), D::Error> {
        if !core::mem::take(&mut self.dirty) {
            return Ok(());
        }
        let (bg, fg, title): (Rgb565, Rgb565, &str) = match self.session.as_ref().map(|s| s.step())
        {
            None => (Rgb565::RED, Rgb565::WHITE, "Content failed its checks"),
            Some(Step::Question(q)) => (Rgb565::WHITE, Rgb565::BLACK, q.prompt.get(Language::En)),
            Some(Step::Outcome(o)) if o.disposition == Disposition::Emergency => {
                (Rgb565::RED, Rgb565::WHITE, o.headline.get(Language::En))
            }
            Some(Step::Outcome(o)) => (Rgb565::GREEN, Rgb565::BLACK, o.headline.get(Language::En)),
        };
        target.fill_solid(&Rectangle::new(Point::zero(), self.size), bg)?;
        let text = MonoTextStyle::new(&FONT_6X10, fg);
        Text::with_baseline(title, Point::new(4, 4), text, Baseline::Top).draw(target)?;
        if let Some(Step::Question(q)) = self.session.as_ref().map(|s| s.step()) {
            let frame = PrimitiveStyle::with_stroke(fg, 1);
            for (i, c) in (0i32..).zip(q.choices) {
                let y = TOP + i * ROW;
                Rectangle::new(
                    Point::new(4, y + 2),
                    Size::new(self.size.width - 8, ROW as u32 - 4),
                )
                .into_styled(frame)
                .draw(target)?;
                Text::with_baseline(
                    c.label.get(Language::En),
                    Point::new(12, y + 13),
                    text,
                    Baseline::Top,
                )
                .draw(target)?;
            }
        }
        Ok(())
    }
}
