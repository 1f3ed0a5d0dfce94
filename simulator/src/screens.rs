//! Every distinct screen, as PNG.
//!
//! [`screenshots`] walks the tree through the [`Bench`], tapping as a
//! person would: Welcome, every question (reached by the first path that
//! asks it), every outcome (every page of a result, or the emergency
//! screen), "Still there?", and a question with the key focus ring. The
//! same walk gives the golden PNGs the end-to-end tests compare pixel for
//! pixel, and the README's pictures.

use crate::bench::{Bench, BenchError};
use embedded_graphics::prelude::*;
use spotcheck_core::check::for_each_path;
use spotcheck_core::{content, Answer, Language};
use spotcheck_kiosk::{ButtonId, Key, Screen};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// For each question and outcome, the first path (answers) that reaches it.
pub struct Routes {
    /// Answers that lead to question `q` (not including it).
    pub to_question: BTreeMap<u8, Vec<Answer>>,
    /// Answers that lead to outcome `o`.
    pub to_outcome: BTreeMap<u8, Vec<Answer>>,
}

/// The first path to every question and outcome of the shipped tree.
pub fn routes() -> Result<Routes, BenchError> {
    let checked =
        content::checked().map_err(|e| BenchError(format!("the content fails its checks: {e}")))?;
    let mut r = Routes {
        to_question: BTreeMap::new(),
        to_outcome: BTreeMap::new(),
    };
    for_each_path(checked, |answers, outcome| {
        for (i, a) in answers.iter().enumerate() {
            r.to_question
                .entry(a.question)
                .or_insert_with(|| answers[..i].to_vec());
        }
        r.to_outcome
            .entry(outcome)
            .or_insert_with(|| answers.to_vec());
    });
    Ok(r)
}

fn choices(answers: &[Answer]) -> Vec<u8> {
    answers.iter().map(|a| a.choice).collect()
}

/// Writes every distinct screen at `size` in `language` into `dir`;
/// returns the files written, in order.
pub fn screenshots(dir: &Path, size: Size, language: Language) -> Result<Vec<PathBuf>, BenchError> {
    std::fs::create_dir_all(dir)
        .map_err(|e| BenchError(format!("cannot create {}: {e}", dir.display())))?;
    let routes = routes()?;
    let mut written = Vec::new();
    let mut shot = |bench: &Bench, name: &str| -> Result<(), BenchError> {
        let path = dir.join(format!("{name}.png"));
        bench.save_png(&path)?;
        written.push(path);
        Ok(())
    };
    let fresh = || Bench::with_language(language, size);

    let bench = fresh();
    shot(&bench, "welcome")?;

    for (q, answers) in &routes.to_question {
        let mut bench = fresh();
        bench.start()?;
        bench.answer_choices(&choices(answers))?;
        if bench.screen() != Screen::Question(*q) {
            return Err(BenchError(format!(
                "expected question {q}, got `{}`",
                bench.screen().name()
            )));
        }
        shot(&bench, bench.screen().name().as_str())?;
    }

    for (o, answers) in &routes.to_outcome {
        let mut bench = fresh();
        bench.start()?;
        bench.answer_choices(&choices(answers))?;
        match bench.screen() {
            Screen::Emergency(e) if e == *o => shot(&bench, bench.screen().name().as_str())?,
            Screen::Result { outcome, .. } if outcome == *o => {
                let pages = bench.app().pages();
                for page in 0..pages {
                    shot(&bench, bench.screen().name().as_str())?;
                    if page + 1 < pages {
                        bench.press(ButtonId::NextPage)?;
                    }
                }
            }
            other => {
                return Err(BenchError(format!(
                    "expected outcome {o}, got `{}`",
                    other.name()
                )))
            }
        }
    }

    // The idle warning, part-way through its countdown.
    let mut bench = fresh();
    bench.start()?;
    bench.answer_choices(&[3])?;
    let idle = u64::from(bench.app().settings().idle_timeout_ms);
    bench.wait(idle + 5_000);
    if bench.screen() != Screen::StillThere {
        return Err(BenchError(format!(
            "no idle warning after {idle} ms: `{}`",
            bench.screen().name()
        )));
    }
    shot(&bench, "still-there")?;

    // Keys alone: the focus ring on the first question.
    let mut bench = fresh();
    bench.start()?;
    bench.key(Key::Next);
    bench.key(Key::Next);
    shot(&bench, "keys-focus-q-age")?;

    Ok(written)
}

/// The sizes golden screenshots are kept at.
pub const GOLDEN_SIZES: [Size; 2] = [Size::new(320, 240), Size::new(800, 480)];

/// The folder of one golden set under `root`: `320x240-en`, `800x480-es`...
pub fn golden_dir(root: &Path, size: Size, language: Language) -> PathBuf {
    root.join(format!(
        "{}x{}-{}",
        size.width,
        size.height,
        language.code()
    ))
}

/// Writes every golden set (every screen at each golden size, in every
/// language) under `root`, replacing what was there.
pub fn write_goldens(root: &Path) -> Result<usize, BenchError> {
    let mut n = 0;
    for size in GOLDEN_SIZES {
        for lang in Language::ALL {
            let dir = golden_dir(root, size, *lang);
            if dir.exists() {
                std::fs::remove_dir_all(&dir)
                    .map_err(|e| BenchError(format!("cannot clear {}: {e}", dir.display())))?;
            }
            n += screenshots(&dir, size, *lang)?.len();
        }
    }
    Ok(n)
}
