//! Display traffic: pixels written and drawing calls per screen transition.
//!
//! On the board every pixel is an SPI transfer, so this is the figure that
//! decides how snappy the kiosk feels. [`transitions`] measures each
//! distinct transition of the tree once: every answer of every question
//! (from the first path that reaches the question), Start, Back, every
//! result page turn, the idle warning and its Continue. The summary gives
//! the median and the worst against a full frame.

use crate::bench::{Bench, BenchError};
use crate::screens::routes;
use embedded_graphics::prelude::*;
use spotcheck_core::{content, Language};
use spotcheck_kiosk::{ButtonId, Screen};

/// One measured transition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transition {
    /// Screen before.
    pub from: String,
    /// Screen after.
    pub to: String,
    /// Pixels written.
    pub pixels: u64,
    /// Drawing calls.
    pub calls: u64,
}

/// Summary figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Transitions measured.
    pub transitions: usize,
    /// Median pixels per transition.
    pub median_pixels: u64,
    /// Most pixels of any transition.
    pub worst_pixels: u64,
    /// Pixels of one full frame.
    pub full_frame_pixels: u64,
}

fn measure(
    bench: &mut Bench,
    out: &mut Vec<Transition>,
    act: impl FnOnce(&mut Bench) -> Result<(), BenchError>,
) -> Result<(), BenchError> {
    let from = bench.screen().name().to_string();
    bench.take_traffic();
    act(bench)?;
    let t = bench.take_traffic();
    out.push(Transition {
        from,
        to: bench.screen().name().to_string(),
        pixels: t.pixels,
        calls: t.calls,
    });
    Ok(())
}

/// Measures every distinct transition at `size`.
pub fn transitions(size: Size, language: Language) -> Result<Vec<Transition>, BenchError> {
    let routes = routes()?;
    let tree = &content::TREE;
    let mut out = Vec::new();
    let fresh = || Bench::with_language(language, size);

    let mut bench = fresh();
    measure(&mut bench, &mut out, |b| b.start())?;
    measure(&mut bench, &mut out, |b| b.press(ButtonId::Answer(3)))?;
    measure(&mut bench, &mut out, |b| b.press(ButtonId::Back))?;

    for (q, answers) in &routes.to_question {
        let question = &tree.questions[*q as usize];
        for c in 0..question.choices.len() as u8 {
            let mut bench = fresh();
            bench.start()?;
            bench.answer_choices(&answers.iter().map(|a| a.choice).collect::<Vec<_>>())?;
            measure(&mut bench, &mut out, |b| b.press(ButtonId::Answer(c)))?;
            // Turn every page of a result.
            while matches!(bench.screen(), Screen::Result { page, .. } if page + 1 < bench.app().pages())
            {
                measure(&mut bench, &mut out, |b| b.press(ButtonId::NextPage))?;
            }
        }
    }

    let mut bench = fresh();
    bench.start()?;
    bench.press(ButtonId::Answer(3))?;
    let idle = u64::from(bench.app().settings().idle_timeout_ms);
    measure(&mut bench, &mut out, |b| {
        b.wait(idle + 1_000);
        Ok(())
    })?;
    measure(&mut bench, &mut out, |b| b.press(ButtonId::Continue))?;
    Ok(out)
}

/// Median, worst and full frame of `transitions` at `size`.
pub fn summarise(transitions: &[Transition], size: Size) -> Summary {
    let mut px: Vec<u64> = transitions.iter().map(|t| t.pixels).collect();
    px.sort_unstable();
    Summary {
        transitions: px.len(),
        median_pixels: px.get(px.len() / 2).copied().unwrap_or(0),
        worst_pixels: px.last().copied().unwrap_or(0),
        full_frame_pixels: u64::from(size.width) * u64::from(size.height),
    }
}

/// One JSON object for a transition.
pub fn json(t: &Transition) -> String {
    serde_json::json!({"from": t.from, "to": t.to, "pixels": t.pixels, "calls": t.calls})
        .to_string()
}

/// The closing JSON line.
pub fn json_summary(s: &Summary) -> String {
    serde_json::json!({"summary": {
        "transitions": s.transitions,
        "median_pixels": s.median_pixels,
        "worst_pixels": s.worst_pixels,
        "full_frame_pixels": s.full_frame_pixels,
    }})
    .to_string()
}
