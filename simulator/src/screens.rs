//! Every distinct screen, as PNG.
//!
//! [`screenshots`] walks the tree through the [`Bench`], tapping as a
//! person would: Welcome, every question (reached by the first path that
//! asks it), every outcome (every page of a result, or the emergency
//! screen), "Still there?", a question with the key focus ring, and every
//! admin screen (the PIN pad, the lockout, the forced PIN change, each
//! settings screen, a damaged store's warning). The
//! same walk gives the golden PNGs the end-to-end tests compare pixel for
//! pixel, and the README's pictures.

use crate::bench::{Bench, BenchError};
use crate::persist::SimStore;
use embedded_graphics::prelude::*;
use spotcheck_core::check::for_each_path;
use spotcheck_core::{content, Answer, Language};
use spotcheck_kiosk::{AdminButton, AdminScreen, ButtonId, Key, Screen};
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

    admin_screens(size, language, &mut shot)?;
    Ok(written)
}

/// A bench on a RAM store whose settings start in `language`, optionally
/// with the PIN already changed from the factory one.
pub fn admin_bench(size: Size, language: Language, pin: Option<&str>) -> Bench {
    let mut store = SimStore::ram();
    let mut settings = store.load().settings;
    settings.language = language.into();
    if let Some(p) = pin {
        if let Ok(pin) = spotcheck_store::Pin::set(p, [7; 16]) {
            settings.pin = pin;
        }
    }
    let _ = store.apply(spotcheck_kiosk::StoreRequest::SaveSettings(settings));
    Bench::with_store(store, size)
}

fn admin_screens(
    size: Size,
    language: Language,
    shot: &mut dyn FnMut(&Bench, &str) -> Result<(), BenchError>,
) -> Result<(), BenchError> {
    let open = |b: &mut Bench, s: AdminScreen| b.press(ButtonId::Admin(AdminButton::Open(s)));
    let expect = |b: &Bench, want: &str| -> Result<(), BenchError> {
        if b.screen().name().as_str() == want {
            Ok(())
        } else {
            Err(BenchError(format!(
                "expected `{want}`, got `{}`",
                b.screen().name()
            )))
        }
    };
    // The way in: the pad, a wrong PIN, the lockout.
    let mut b = admin_bench(size, language, Some("2468"));
    b.hold_admin_corner();
    expect(&b, "admin-pin")?;
    shot(&b, "admin-pin")?;
    b.type_pin("1111")?;
    shot(&b, "admin-pin-wrong")?;
    for _ in 0..4 {
        b.type_pin("1111")?;
    }
    expect(&b, "admin-locked")?;
    shot(&b, "admin-locked")?;

    // The factory PIN must be changed first.
    let mut b = admin_bench(size, language, None);
    b.hold_admin_corner();
    b.type_pin("0000")?;
    expect(&b, "admin-new-pin-forced")?;
    shot(&b, "admin-new-pin-forced")?;
    b.type_pin("1357")?;
    expect(&b, "admin-confirm-pin")?;
    shot(&b, "admin-confirm-pin")?;
    b.type_pin("1357")?;
    expect(&b, "admin-menu")?;
    shot(&b, "admin-menu-pin-changed")?;

    // Every settings screen.
    let mut b = admin_bench(size, language, Some("2468"));
    b.hold_admin_corner();
    b.type_pin("2468")?;
    expect(&b, "admin-menu")?;
    shot(&b, "admin-menu")?;
    open(&mut b, AdminScreen::Emergency)?;
    b.press(ButtonId::Admin(AdminButton::Preset(2)))?;
    shot(&b, "admin-emergency-number")?;
    b.press(ButtonId::Admin(AdminButton::OtherNumber))?;
    for d in [0u8, 6, 1] {
        b.press(ButtonId::Admin(AdminButton::Digit(d)))?;
    }
    shot(&b, "admin-number-entry")?;
    b.press(ButtonId::Admin(AdminButton::Delete))?;
    b.press(ButtonId::Admin(AdminButton::Delete))?;
    b.press(ButtonId::Admin(AdminButton::Delete))?;
    b.press(ButtonId::Admin(AdminButton::Ok))?;
    shot(&b, "admin-number-refused")?;
    b.press(ButtonId::Back)?;
    b.press(ButtonId::Back)?;
    open(&mut b, AdminScreen::Language)?;
    shot(&b, "admin-language")?;
    b.press(ButtonId::Back)?;
    open(&mut b, AdminScreen::Idle)?;
    shot(&b, "admin-idle-time")?;
    b.press(ButtonId::Back)?;
    open(&mut b, AdminScreen::Name)?;
    // "Sol": S (PQRS x4), o (MNO x3), l (JKL x3).
    for (g, n) in [(5u8, 4), (4, 3), (3, 3)] {
        for _ in 0..n {
            let r = b
                .button(ButtonId::Admin(AdminButton::Letters(g)))
                .ok_or_else(|| BenchError("no letter key".into()))?;
            b.event(spotcheck_kiosk::Event::TouchDown(r.center()));
            b.wait(60);
            b.event(spotcheck_kiosk::Event::TouchUp(r.center()));
            b.wait(200);
        }
        b.wait(1_000);
    }
    shot(&b, "admin-pharmacy-name")?;
    b.press(ButtonId::Admin(AdminButton::Ok))?;
    open(&mut b, AdminScreen::NewPin { forced: false })?;
    shot(&b, "admin-new-pin")?;
    b.press(ButtonId::Back)?;
    open(&mut b, AdminScreen::Counters)?;
    shot(&b, "admin-counters")?;
    b.press(ButtonId::Admin(AdminButton::Reset))?;
    shot(&b, "admin-reset-counters")?;
    b.press(ButtonId::Back)?;
    b.press(ButtonId::Back)?;
    open(&mut b, AdminScreen::Status)?;
    shot(&b, "admin-status")?;
    b.press(ButtonId::Back)?;
    open(&mut b, AdminScreen::Calibrate(0))?;
    shot(&b, "admin-calibrate-1")?;

    // A store of random bytes: factory settings, and the admin says so.
    let mut flash = spotcheck_store::ram::RamFlash::<{ crate::persist::STORE_BYTES }>::new();
    let mut x = 0x1234_5678u32;
    for byte in flash.as_bytes_mut().iter_mut() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *byte = x as u8;
    }
    let mut b = Bench::with_store(SimStore::from_flash(flash), size);
    if language != Language::En {
        b.press(ButtonId::Language(language))?;
    }
    b.hold_admin_corner();
    b.type_pin("0000")?;
    b.type_pin("1357")?;
    b.type_pin("1357")?;
    shot(&b, "admin-menu-damaged-store")?;
    open(&mut b, AdminScreen::Status)?;
    shot(&b, "admin-status-damaged-store")?;
    Ok(())
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
