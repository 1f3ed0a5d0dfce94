//! The kiosk driven through the simulator's bench, as a person would.

use embedded_graphics::prelude::*;
use spotcheck_core::Language;
use spotcheck_kiosk::{ButtonId, Event, Key, Screen};
use spotcheck_sim::bench::{Bench, SIZES};
use spotcheck_sim::{runner, vignette};
use spotcheck_tests::{run_cli, vignette_file};

fn load(name: &str) -> Vec<vignette::Vignette> {
    vignette::parse(&std::fs::read_to_string(vignette_file(name)).unwrap()).unwrap()
}

#[test]
fn vignettes_give_the_same_results_through_taps_as_through_the_engine() {
    for file in ["public.toml", "team-blind.toml"] {
        for v in load(file) {
            for lang in Language::ALL {
                let engine = runner::run_engine(&v, *lang).unwrap();
                let taps = runner::run_taps(&v, *lang, Size::new(320, 240)).unwrap();
                assert_eq!(engine, taps, "{} in {}", v.id, lang.code());
            }
        }
    }
}

#[test]
fn public_vignettes_pass_through_taps_at_every_size() {
    for size in SIZES {
        for v in load("public.toml") {
            let r = runner::run_taps(&v, Language::En, size).unwrap();
            assert!(r.pass, "{} at {size:?}", v.id);
        }
    }
}

/// A tiny deterministic generator (xorshift), so a failure replays.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn random_event_streams_never_panic_never_skip_a_question_and_end_somewhere_sane() {
    for seed in 1..=12u64 {
        let size = SIZES[(seed % 3) as usize];
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut bench = Bench::with_language(Language::ALL[(seed % 2) as usize], size);
        for _ in 0..3_000 {
            let taps_before = bench.app().session().taps();
            match rng.below(10) {
                0..=3 => {
                    // A tap anywhere, sometimes off the screen.
                    let p = Point::new(
                        rng.below(size.width as u64 + 40) as i32 - 20,
                        rng.below(size.height as u64 + 40) as i32 - 20,
                    );
                    bench.event(Event::TouchDown(p));
                    bench.event(Event::TouchUp(p));
                }
                4 => {
                    // A bouncing double tap on a real button.
                    if let Some(b) = bench.app().buttons().first().copied() {
                        let p = b.rect.center();
                        for _ in 0..2 {
                            bench.event(Event::TouchDown(p));
                            bench.wait(rng.below(40));
                            bench.event(Event::TouchUp(p));
                        }
                    }
                }
                5 | 6 => {
                    let key =
                        [Key::Previous, Key::Next, Key::Select, Key::Back][rng.below(4) as usize];
                    bench.event(Event::Key(key));
                }
                7 => bench.wait(rng.below(2_000)),
                8 => bench.wait(rng.below(200_000)), // a jump of the clock
                _ => bench.event(Event::Tick),
            }
            let taps_after = bench.app().session().taps();
            assert!(
                taps_after <= taps_before + 1,
                "seed {seed}: one event answered two questions"
            );
            match bench.screen() {
                Screen::Welcome
                | Screen::Question(_)
                | Screen::Emergency(_)
                | Screen::Result { .. }
                | Screen::StillThere => {}
                other => panic!("seed {seed}: unexpected screen {other:?}"),
            }
        }
    }
}

#[test]
fn an_idle_session_warns_then_is_wiped() {
    let mut bench = Bench::with_language(Language::En, Size::new(320, 240));
    bench.start().unwrap();
    bench.press(ButtonId::Answer(3)).unwrap();
    assert_eq!(bench.app().session().taps(), 1);
    let idle = u64::from(bench.app().settings().idle_timeout_ms);
    bench.wait(idle + 1_000);
    assert_eq!(bench.screen(), Screen::StillThere);
    // At least 20 s to answer the warning.
    bench.wait(19_000);
    assert_eq!(bench.screen(), Screen::StillThere);
    bench.wait(60_000);
    assert_eq!(bench.screen(), Screen::Welcome);
    assert_eq!(
        bench.app().session().taps(),
        0,
        "the wiped session kept answers"
    );
}

#[test]
fn still_there_continues_with_one_tap_and_keeps_the_answers() {
    let mut bench = Bench::with_language(Language::En, Size::new(320, 240));
    bench.start().unwrap();
    bench.press(ButtonId::Answer(3)).unwrap();
    let idle = u64::from(bench.app().settings().idle_timeout_ms);
    bench.wait(idle + 1_000);
    bench.press(ButtonId::Continue).unwrap();
    assert!(matches!(bench.screen(), Screen::Question(_)));
    assert_eq!(bench.app().session().taps(), 1);
}

#[test]
fn stats_json_is_one_object_per_transition_then_a_summary() {
    let (status, out, _) = run_cli(&["stats", "--json"]);
    assert_eq!(status, 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (summary, transitions) = lines.split_last().unwrap();
    assert!(transitions.len() > 100);
    for t in transitions {
        assert!(
            t["from"].is_string()
                && t["to"].is_string()
                && t["pixels"].is_u64()
                && t["calls"].is_u64(),
            "{t}"
        );
    }
    let s = &summary["summary"];
    assert_eq!(
        s["transitions"].as_u64().unwrap() as usize,
        transitions.len()
    );
    assert_eq!(s["full_frame_pixels"].as_u64(), Some(320 * 240));
    assert!(s["median_pixels"].as_u64().unwrap() <= s["worst_pixels"].as_u64().unwrap());
}

#[test]
fn a_script_replays_headless_with_screenshots_and_bad_lines_name_their_number() {
    let dir = std::env::temp_dir().join(format!("spotcheck-run-{}", std::process::id()));
    let script = dir.join("s.txt");
    std::fs::create_dir_all(&dir).unwrap();
    // Start, then shoot the age question.
    std::fs::write(
        &script,
        "# a short walk\nshot welcome\npress start\nexpect q-age\nwait 500\nshot age\n",
    )
    .unwrap();
    let shots = dir.join("shots");
    let (status, out, err) = run_cli(&[
        "run",
        "--script",
        script.to_str().unwrap(),
        "--shots",
        shots.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("2 screenshots"), "{out}");
    assert!(shots.join("welcome.png").exists() && shots.join("age.png").exists());
    std::fs::write(&script, "tap 1 2\njump 3\n").unwrap();
    let (status, _, err) = run_cli(&["run", "--script", script.to_str().unwrap()]);
    assert_eq!(status, 2);
    assert!(
        err.contains("line 2") && err.contains("unknown command `jump`"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

// ── Settings and counters kept through power cuts ────────────────────────

use spotcheck_kiosk::{AdminButton, AdminScreen};
use spotcheck_sim::persist::{SimStore, STORE_BYTES};
use spotcheck_sim::screens::admin_bench;
use spotcheck_store::{ram::RamFlash, Health};

fn open_admin(bench: &mut Bench, pin: &str) {
    bench.hold_admin_corner();
    assert_eq!(bench.screen(), Screen::Admin(AdminScreen::Pin));
    bench.type_pin(pin).unwrap();
}

#[test]
fn settings_changed_in_admin_survive_a_power_cycle() {
    let mut bench = Bench::with_store(SimStore::ram(), Size::new(320, 240));
    // First boot: factory PIN, forced change, then the settings.
    open_admin(&mut bench, "0000");
    bench.type_pin("4321").unwrap();
    bench.type_pin("4321").unwrap();
    assert_eq!(bench.screen(), Screen::Admin(AdminScreen::Menu));
    let open = |b: &mut Bench, s| b.press(ButtonId::Admin(AdminButton::Open(s))).unwrap();
    open(&mut bench, AdminScreen::Emergency);
    bench
        .press(ButtonId::Admin(AdminButton::Preset(2)))
        .unwrap();
    bench.press(ButtonId::Back).unwrap();
    open(&mut bench, AdminScreen::Language);
    bench
        .press(ButtonId::Admin(AdminButton::Lang(Language::Es)))
        .unwrap();
    bench.press(ButtonId::Back).unwrap();
    open(&mut bench, AdminScreen::Idle);
    bench.press(ButtonId::Admin(AdminButton::Idle(4))).unwrap();
    bench.press(ButtonId::Back).unwrap();
    bench.press(ButtonId::Admin(AdminButton::Exit)).unwrap();
    assert_eq!(bench.screen(), Screen::Welcome);
    assert!(bench.store_error.is_none());

    // Power off and on.
    let mut bench = bench.power_cycle().unwrap();
    let s = bench.app().settings().clone();
    assert_eq!(s.emergency_number.as_str(), "112");
    assert_eq!(s.language, Language::Es);
    assert_eq!(s.idle_timeout_ms, 300_000);
    assert_eq!(bench.app().store_health(), Health::Ok);
    assert_eq!(bench.app().session().language(), Language::Es);
    // The new PIN is the one that opens admin now; the factory one does not.
    open_admin(&mut bench, "0000");
    assert_eq!(bench.screen(), Screen::Admin(AdminScreen::Pin));
    bench.type_pin("4321").unwrap();
    assert_eq!(bench.screen(), Screen::Admin(AdminScreen::Menu));
}

#[test]
fn counters_survive_a_power_cycle_and_reset_survives_too() {
    let mut bench = admin_bench(Size::new(320, 240), Language::En, Some("2468"));
    let routes = spotcheck_sim::screens::routes().unwrap();
    let path: Vec<u8> = routes
        .to_outcome
        .values()
        .next()
        .unwrap()
        .iter()
        .map(|a| a.choice)
        .collect();
    for _ in 0..3 {
        bench.start().unwrap();
        bench.answer_choices(&path).unwrap();
        while bench.press(ButtonId::NextPage).is_ok() {}
        bench.press(ButtonId::Finish).unwrap();
        assert_eq!(bench.screen(), Screen::Welcome);
    }
    bench.start().unwrap();
    bench.answer_choices(&[0]).unwrap();
    bench.press(ButtonId::StartOver).unwrap();
    let before = *bench.app().counters();
    assert_eq!(before.sessions_abandoned, 1, "{before:?}");
    assert_eq!(before.sessions_finished, 3, "{before:?}");
    let mut bench = bench.power_cycle().unwrap();
    assert_eq!(*bench.app().counters(), before);
    open_admin(&mut bench, "2468");
    bench
        .press(ButtonId::Admin(AdminButton::Open(AdminScreen::Counters)))
        .unwrap();
    bench.press(ButtonId::Admin(AdminButton::Reset)).unwrap();
    bench
        .press(ButtonId::Admin(AdminButton::ConfirmReset))
        .unwrap();
    let bench = bench.power_cycle().unwrap();
    assert_eq!(bench.app().counters().sessions_started, 0);
}

#[test]
fn a_corrupted_store_boots_with_defaults_and_the_admin_screen_warns() {
    let mut flash = RamFlash::<STORE_BYTES>::new();
    for (i, b) in flash.as_bytes_mut().iter_mut().enumerate() {
        *b = (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3];
    }
    let mut bench = Bench::with_store(SimStore::from_flash(flash), Size::new(320, 240));
    assert!(matches!(bench.app().store_health(), Health::Corrupted(_)));
    assert_eq!(bench.app().settings().emergency_number.as_str(), "999");
    open_admin(&mut bench, "0000");
    bench.type_pin("1357").unwrap();
    bench.type_pin("1357").unwrap();
    assert_eq!(bench.screen(), Screen::Admin(AdminScreen::Menu));
    // The menu carries the warning line, and Store status says what to do:
    // both are red text on the admin screens (red ink is the palette's 4).
    let red = spotcheck_kiosk::probe::palette()[4];
    let has_red = |b: &Bench| {
        b.display()
            .bounding_box()
            .points()
            .any(|p| b.display().get_pixel(p) == red)
    };
    assert!(has_red(&bench), "no warning on the admin menu");
    bench
        .press(ButtonId::Admin(AdminButton::Open(AdminScreen::Status)))
        .unwrap();
    assert!(has_red(&bench), "no warning on the status screen");
    // A store that is fine shows no red on its menu.
    let mut ok = admin_bench(Size::new(320, 240), Language::En, Some("2468"));
    open_admin(&mut ok, "2468");
    assert!(!has_red(&ok));
}

#[test]
fn a_store_file_that_cannot_be_opened_runs_on_defaults_and_says_so() {
    let dir = std::env::temp_dir().join(format!("spotcheck-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A file of the wrong size.
    let bad = dir.join("short.bin");
    std::fs::write(&bad, [0u8; 100]).unwrap();
    let (_, loaded, warn) = SimStore::open_file(&bad);
    assert!(matches!(loaded.health, Health::Corrupted(_)));
    let warn = warn.unwrap();
    assert!(warn.contains("short.bin") && !warn.contains('\n'), "{warn}");
    // A good file keeps settings across runs.
    let path = dir.join("store.bin");
    let (store, loaded, warn) = SimStore::open_file(&path);
    assert!(warn.is_none());
    let mut bench = Bench::with_loaded(store, loaded, Size::new(320, 240));
    open_admin(&mut bench, "0000");
    bench.type_pin("1357").unwrap();
    bench.type_pin("1357").unwrap();
    drop(bench);
    let (store, loaded, _) = SimStore::open_file(&path);
    assert!(!loaded.settings.pin.pin_must_change);
    drop(store);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_welcome_screen_offers_every_shipped_language_and_the_choice_holds_to_the_result() {
    let mut bench = Bench::with_language(Language::En, Size::new(320, 240));
    let offered: Vec<Language> = bench
        .app()
        .buttons()
        .iter()
        .filter_map(|b| match b.id {
            ButtonId::Language(l) => Some(l),
            _ => None,
        })
        .collect();
    assert_eq!(offered, Language::ALL.to_vec());
    bench.press(ButtonId::Language(Language::Es)).unwrap();
    bench.start().unwrap();
    let p03 = vignette::parse(&std::fs::read_to_string(vignette_file("public.toml")).unwrap())
        .unwrap()
        .into_iter()
        .find(|v| v.id == "P03")
        .unwrap();
    bench.answer_as(&p03).unwrap();
    assert!(matches!(bench.screen(), Screen::Result { .. }));
    assert_eq!(bench.app().session().language(), Language::Es);
}
