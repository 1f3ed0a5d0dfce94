//! Whole-app tests: every path, every screen, every size.

use embedded_graphics::pixelcolor::{Rgb565, Rgb888};
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use spotcheck_core::session::Answer;
use spotcheck_core::{check, content, Language, Session, Step};
use spotcheck_kiosk::probe::{self, CountingTarget};
mod common;
use common::OnceTarget;
use spotcheck_kiosk::{App, ButtonId, Event, Key, Redraw, Screen, Settings};

const SIZES: [(u32, u32); 3] = [(320, 240), (480, 320), (800, 480)];
/// Spanish is checked too: its kiosk strings exist already, and its
/// content falls back to English until translated.
const LANGS: &[Language] = Language::ALL;

fn paths() -> Vec<(Vec<Answer>, u8)> {
    let mut v = Vec::new();
    check::for_each_path(content::checked().unwrap(), |a, o| v.push((a.to_vec(), o)));
    v
}

struct Clock(u64);

fn tap_at(app: &mut App, p: Point, t: &mut Clock) -> Redraw {
    t.0 += 700;
    app.handle(Event::TouchDown(p), t.0);
    t.0 += 60;
    app.handle(Event::TouchUp(p), t.0)
}

fn tap(app: &mut App, id: ButtonId, t: &mut Clock) -> bool {
    let Some(b) = app.buttons().iter().find(|b| b.id == id).copied() else {
        return false;
    };
    tap_at(app, b.rect.center(), t);
    true
}

fn settings(lang: Language) -> Settings {
    let mut s = Settings {
        language: lang,
        ..Default::default()
    };
    s.pharmacy_name
        .push_str("Farmacia Ñandú de la Peña")
        .unwrap();
    s.emergency_number.clear();
    s.emergency_number.push_str("112").unwrap();
    s
}

/// Calls `f` on every screen of every path (welcome, each question, each
/// result page, the idle warning).
fn every_screen(size: Size, lang: Language, mut f: impl FnMut(&mut App)) {
    for (path, _) in paths() {
        let mut app = App::new(settings(lang), size);
        let mut t = Clock(0);
        f(&mut app);
        assert!(tap(&mut app, ButtonId::Start, &mut t));
        for a in &path {
            f(&mut app);
            assert!(tap(&mut app, ButtonId::Answer(a.choice), &mut t));
        }
        f(&mut app);
        while tap(&mut app, ButtonId::NextPage, &mut t) {
            f(&mut app);
        }
        t.0 += 60 * 60 * 1000;
        app.handle(Event::Tick, t.0);
        assert_eq!(app.screen(), Screen::StillThere);
        f(&mut app);
    }
}

#[test]
fn text_never_overflows_on_any_screen_size_or_language() {
    let mut failures = Vec::new();
    for (w, h) in SIZES {
        for &lang in LANGS {
            every_screen(Size::new(w, h), lang, |app| {
                if let Some(o) = probe::overflow(app) {
                    let msg = format!(
                        "{w}x{h} {} {}: {} ({:?}) `{}`",
                        lang.code(),
                        app.screen().name(),
                        o.why,
                        o.area,
                        o.text
                    );
                    if !failures.contains(&msg) {
                        failures.push(msg);
                    }
                }
            });
        }
    }
    assert!(
        failures.is_empty(),
        "{} overflows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn out_of_order_and_welcome_fit_too() {
    for (w, h) in SIZES {
        let app = App::new(Settings::default(), Size::new(w, h));
        assert_eq!(probe::overflow(&app), None);
    }
}

fn median(v: &mut [u64]) -> u64 {
    v.sort_unstable();
    v[v.len() / 2]
}

#[test]
fn every_pixel_is_drawn_at_most_once_per_frame_and_partial_redraws_are_small() {
    let size = Size::new(320, 240);
    let full = 320 * 240;
    let mut d = OnceTarget::new(size);
    let mut transitions = Vec::new();
    let mut partials = Vec::new();
    for (path, _) in paths() {
        let mut app = App::new(Settings::default(), size);
        let mut t = Clock(0);
        app.draw(&mut d).unwrap();
        transitions.push(d.frame());
        let mut step = |app: &mut App, id: ButtonId, t: &mut Clock| {
            let b = app.buttons().iter().find(|b| b.id == id).copied().unwrap();
            t.0 += 700;
            // Press: nothing is drawn for a quick tap; a finger resting
            // on the button gets it redrawn pressed, alone.
            assert_eq!(
                app.handle(Event::TouchDown(b.rect.center()), t.0),
                Redraw::None
            );
            t.0 += spotcheck_kiosk::config::PRESS_FEEDBACK_MS;
            assert_eq!(app.handle(Event::Tick, t.0), Redraw::Partial);
            app.draw(&mut d).unwrap();
            partials.push(d.frame());
            t.0 += 60;
            assert_eq!(
                app.handle(Event::TouchUp(b.rect.center()), t.0),
                Redraw::Full
            );
            app.draw(&mut d).unwrap();
            transitions.push(d.frame());
            // Focus ring moves: two small regions.
            t.0 += 400;
            app.handle(Event::Key(Key::Next), t.0);
            app.draw(&mut d).unwrap();
            partials.push(d.frame());
            app.handle(Event::Key(Key::Next), t.0 + 10);
            app.draw(&mut d).unwrap();
            partials.push(d.frame());
            assert_eq!(app.handle(Event::Tick, t.0 + 20), Redraw::None);
        };
        step(&mut app, ButtonId::Start, &mut t);
        for a in &path {
            step(&mut app, ButtonId::Answer(a.choice), &mut t);
        }
        while app.buttons().iter().any(|b| b.id == ButtonId::NextPage) {
            step(&mut app, ButtonId::NextPage, &mut t);
        }
        // The countdown redraws only its digits.
        t.0 += 60 * 60 * 1000;
        app.handle(Event::Tick, t.0);
        app.draw(&mut d).unwrap();
        assert!(d.frame() <= full);
        t.0 += 1000;
        assert_eq!(app.handle(Event::Tick, t.0), Redraw::Partial);
        app.draw(&mut d).unwrap();
        partials.push(d.frame());
    }
    // A screen change sends only the rows and strips that differ from
    // the screen before (the first frame of each app sends everything).
    assert!(transitions.iter().all(|&n| n <= full));
    let changes = median(&mut transitions);
    assert!(changes < full, "a median screen change sent {changes} px");
    let worst = *partials.iter().max().unwrap();
    let med = median(&mut partials);
    println!(
        "pixels per screen transition: median {changes} (full frame {full}); partial redraws: median {med}, worst {worst} over {} redraws",
        partials.len()
    );
    assert!(worst < full / 2, "a partial redraw sent {worst} px");
}

#[test]
fn every_path_tapped_on_screen_reaches_the_same_outcome_as_the_session() {
    for (w, h) in SIZES {
        for (path, outcome) in paths() {
            let mut app = App::new(Settings::default(), Size::new(w, h));
            let mut direct = Session::new(content::checked().unwrap(), Language::En);
            let mut t = Clock(0);
            assert!(tap(&mut app, ButtonId::Start, &mut t));
            for a in &path {
                let Screen::Question(q) = app.screen() else {
                    panic!("expected a question, got {:?}", app.screen())
                };
                assert_eq!(q, a.question);
                let b = app
                    .buttons()
                    .iter()
                    .find(|b| b.id == ButtonId::Answer(a.choice))
                    .copied()
                    .unwrap();
                assert!(
                    b.rect.size.height >= 48 && b.rect.size.width >= 48,
                    "{:?}",
                    b.rect
                );
                tap_at(&mut app, b.rect.center(), &mut t);
                direct.answer(a.choice).unwrap();
            }
            assert_eq!(app.session().outcome_index(), Some(outcome));
            assert_eq!(direct.outcome_index(), Some(outcome));
            let Step::Outcome(o) = direct.step() else {
                panic!()
            };
            match app.screen() {
                Screen::Emergency(n) => {
                    assert_eq!(n, outcome);
                    assert_eq!(o.disposition, spotcheck_core::Disposition::Emergency);
                }
                Screen::Result {
                    outcome: n,
                    page: 0,
                } => assert_eq!(n, outcome),
                s => panic!("{s:?}"),
            }
            assert_eq!(app.session().answers(), direct.answers());
        }
    }
}

#[test]
fn every_touch_target_is_at_least_48_px_at_320x240() {
    every_screen(Size::new(320, 240), Language::En, |app| {
        for b in app.buttons() {
            assert!(
                b.rect.size.height >= 48 && b.rect.size.width >= 48,
                "{}: {:?} {:?}",
                app.screen().name(),
                b.id,
                b.rect
            );
            assert!(Rectangle::new(Point::zero(), Size::new(320, 240))
                .contains(b.rect.bottom_right().unwrap()));
        }
        // No two buttons overlap.
        for (i, a) in app.buttons().iter().enumerate() {
            for b in &app.buttons()[i + 1..] {
                assert!(
                    a.rect.intersection(&b.rect).is_zero_sized(),
                    "{:?} {:?}",
                    a.id,
                    b.id
                );
            }
        }
    });
}

#[test]
fn keys_alone_reach_and_press_every_button() {
    every_screen(Size::new(320, 240), Language::En, |app| {
        let n = app.buttons().len();
        let mut probe_app = app.clone();
        let mut reached = vec![false; n];
        for k in 0..n {
            let now = probe_app.now();
            probe_app.handle(Event::Key(Key::Next), now + k as u64);
            let f = probe_app.focus().expect("focus ring shows after a key");
            reached[f] = true;
        }
        assert!(reached.iter().all(|r| *r), "{}", app.screen().name());
    });
    // Select presses the focused button.
    let mut app = App::new(Settings::default(), Size::new(320, 240));
    app.handle(Event::Key(Key::Next), 1000);
    assert_eq!(app.focus(), Some(0));
    app.handle(Event::Key(Key::Select), 1100);
    assert_eq!(app.screen().name().as_str(), "q-age");
    app.handle(Event::Key(Key::Select), 2000);
    assert!(matches!(app.screen(), Screen::Question(_)));
    assert_eq!(app.session().taps(), 1);
    app.handle(Event::Key(Key::Back), 3000);
    assert_eq!(app.session().taps(), 0);
}

#[test]
fn a_bouncing_double_tap_answers_one_question_only() {
    let mut app = App::new(Settings::default(), Size::new(320, 240));
    let mut t = Clock(0);
    tap(&mut app, ButtonId::Start, &mut t);
    let b = app.buttons()[3];
    let p = b.rect.center();
    app.handle(Event::TouchDown(p), 5000);
    app.handle(Event::TouchUp(p), 5040);
    // Bounce: the same spot again within a few tens of ms.
    app.handle(Event::TouchDown(p), 5080);
    app.handle(Event::TouchUp(p), 5120);
    app.handle(Event::TouchUp(p), 5400);
    assert_eq!(app.session().taps(), 1);
    // A touch-up without a fresh touch-down does nothing.
    app.handle(Event::TouchUp(app.buttons()[1].rect.center()), 9000);
    assert_eq!(app.session().taps(), 1);
    // Sliding off the button cancels the tap.
    app.handle(Event::TouchDown(app.buttons()[1].rect.center()), 10_000);
    app.handle(Event::TouchUp(Point::new(-5, 500)), 10_050);
    assert_eq!(app.session().taps(), 1);
    // Taps outside buttons do nothing.
    let before = app.screen();
    tap_at(&mut app, Point::new(160, 120), &mut t);
    assert_eq!(app.screen(), before);
}

#[test]
fn idle_warning_counts_down_then_wipes() {
    let mut app = App::new(Settings::default(), Size::new(320, 240));
    let mut t = Clock(0);
    tap(&mut app, ButtonId::Start, &mut t);
    tap(&mut app, ButtonId::Answer(3), &mut t);
    let last = t.0;
    app.handle(Event::Tick, last + 89_000);
    assert!(matches!(app.screen(), Screen::Question(_)));
    assert_eq!(app.handle(Event::Tick, last + 90_000), Redraw::Full);
    assert_eq!(app.screen(), Screen::StillThere);
    // Continue keeps the answers.
    tap(&mut app, ButtonId::Continue, &mut Clock(last + 100_000));
    assert!(matches!(app.screen(), Screen::Question(_)));
    assert_eq!(app.session().taps(), 1);
    // Idle again: the countdown runs at least 20 s, then wipes.
    let start = last + 300_000;
    app.handle(Event::Tick, start);
    assert_eq!(app.screen(), Screen::StillThere);
    app.handle(Event::Tick, start + 20_000);
    assert_eq!(app.screen(), Screen::StillThere);
    app.handle(Event::Tick, start + 30_000);
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.session().taps(), 0);
}

#[test]
fn a_jump_of_the_clock_still_shows_the_full_countdown() {
    let mut app = App::new(Settings::default(), Size::new(320, 240));
    let mut t = Clock(0);
    tap(&mut app, ButtonId::Start, &mut t);
    tap(&mut app, ButtonId::Answer(3), &mut t);
    app.handle(Event::Tick, u64::MAX / 2);
    assert_eq!(app.screen(), Screen::StillThere);
    // The clock going backwards restarts the countdown, never wipes early
    // or panics.
    app.handle(Event::Tick, 5);
    assert_eq!(app.screen(), Screen::StillThere);
    app.handle(Event::Tick, 25_000);
    assert_eq!(app.screen(), Screen::StillThere);
    app.handle(Event::Tick, 35_005);
    assert_eq!(app.screen(), Screen::Welcome);
    app.handle(Event::Tick, u64::MAX);
    app.handle(Event::Key(Key::Next), u64::MAX);
    assert_eq!(app.screen(), Screen::Welcome);
}

#[test]
fn the_emergency_screen_stays_far_longer_than_the_idle_time_out() {
    let mut app = App::new(Settings::default(), Size::new(320, 240));
    let mut t = Clock(0);
    tap(&mut app, ButtonId::Start, &mut t);
    tap(&mut app, ButtonId::Answer(3), &mut t);
    tap(&mut app, ButtonId::Answer(0), &mut t);
    assert!(matches!(app.screen(), Screen::Emergency(_)));
    let at = t.0;
    app.handle(Event::Tick, at + 14 * 60 * 1000);
    assert!(matches!(app.screen(), Screen::Emergency(_)));
    app.handle(Event::Tick, at + 15 * 60 * 1000);
    assert_eq!(app.screen(), Screen::StillThere);
}

#[test]
fn finish_wipes_the_session_and_returns_to_welcome() {
    let mut app = App::new(Settings::default(), Size::new(320, 240));
    let mut t = Clock(0);
    tap(&mut app, ButtonId::Start, &mut t);
    tap(&mut app, ButtonId::Answer(3), &mut t);
    tap(&mut app, ButtonId::Answer(0), &mut t);
    assert!(tap(&mut app, ButtonId::Finish, &mut t));
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.session().taps(), 0);
}

/// xorshift64*: a tiny seeded PRNG.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn random_event_streams_never_panic_or_skip_a_question() {
    for seed in 1..=12u64 {
        let size = [
            Size::new(320, 240),
            Size::new(800, 480),
            Size::new(480, 320),
        ][seed as usize % 3];
        let mut app = App::new(Settings::default(), size);
        let mut rng = Rng(seed.wrapping_mul(0x9E3779B97F4A7C15));
        let mut now = 0u64;
        let mut d = CountingTarget::<Rgb565>::new(size);
        let mut downs_since_last = 0u32;
        for _ in 0..4000 {
            let before = app.session().taps();
            let r = rng.below(100);
            now = match rng.below(50) {
                0 => now.saturating_add(rng.below(10_000_000)),
                1 => now.saturating_sub(rng.below(100_000)),
                _ => now.saturating_add(rng.below(400)),
            };
            let p = if rng.below(3) == 0 && !app.buttons().is_empty() {
                let b = app.buttons()[rng.below(app.buttons().len() as u64) as usize];
                b.rect.center()
            } else {
                Point::new(rng.below(900) as i32 - 50, rng.below(600) as i32 - 50)
            };
            let ev = match r {
                0..=29 => {
                    downs_since_last += 1;
                    Event::TouchDown(p)
                }
                30..=59 => Event::TouchUp(p),
                60..=69 => {
                    // A bouncing double tap.
                    app.handle(Event::TouchDown(p), now);
                    app.handle(Event::TouchUp(p), now.saturating_add(20));
                    app.handle(Event::TouchDown(p), now.saturating_add(45));
                    downs_since_last += 2;
                    now = now.saturating_add(60);
                    Event::TouchUp(p)
                }
                70..=89 => Event::Key(
                    [Key::Next, Key::Previous, Key::Select, Key::Back][rng.below(4) as usize],
                ),
                _ => Event::Tick,
            };
            app.handle(ev, now);
            let after = app.session().taps();
            assert!(
                after <= before + 1,
                "seed {seed}: taps went {before} -> {after} on {ev:?}"
            );
            if after > before {
                downs_since_last = 0;
            }
            if rng.below(4) == 0 {
                app.draw(&mut d).unwrap();
                assert_eq!(d.outside, 0);
            }
            match app.screen() {
                Screen::Welcome
                | Screen::Question(_)
                | Screen::Emergency(_)
                | Screen::Result { .. }
                | Screen::StillThere => {}
                s => panic!("seed {seed}: unexpected {s:?}"),
            }
        }
        let _ = downs_since_last;
    }
}

#[test]
fn the_summary_fits_the_qr_code_on_every_path() {
    let mut longest = 0;
    for (path, _) in paths() {
        let mut s = Session::new(content::checked().unwrap(), Language::En);
        for a in &path {
            s.answer(a.choice).unwrap();
        }
        let mut text = String::new();
        spotcheck_kiosk::qr::write_summary(&s, &mut text).unwrap();
        longest = longest.max(text.len());
        let mut temp = [0u8; spotcheck_kiosk::qr::QR_BUFFER];
        let mut out = [0u8; spotcheck_kiosk::qr::QR_BUFFER];
        assert!(
            spotcheck_kiosk::qr::encode(&s, &mut temp, &mut out).is_some(),
            "{text}"
        );
    }
    println!("longest QR summary: {longest} bytes");
}

#[test]
fn app_stays_small() {
    // The display memory (a hash per row and per tile of the largest
    // screen compiled in) is sized by the screen-size features: counted
    // apart, as is the QR code's bitmap (sized by the largest code).
    let n = std::mem::size_of::<App>();
    println!(
        "size_of::<App>() = {n} bytes, {} of them display memory, {} the QR code",
        App::DISPLAY_MEMORY,
        App::QR_MEMORY
    );
    assert!(n - App::DISPLAY_MEMORY - App::QR_MEMORY < 2048, "{n}");
}

#[test]
fn colours_convert_for_any_display() {
    let _ = Rgb565::from(Rgb888::new(1, 2, 3));
}
