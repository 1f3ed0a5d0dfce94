//! Admin mode: the way in, the PIN and its lockout, settings validation,
//! counters, and every admin screen at every size and language.

use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use spotcheck_core::{Disposition, Language};
use spotcheck_kiosk::admin::{check_emergency_number, NumberProblem};
mod common;
use common::OnceTarget;
use spotcheck_kiosk::probe;
use spotcheck_kiosk::{AdminButton, AdminScreen, App, ButtonId, Event, Key, Screen, StoreRequest};
use spotcheck_store::{CounterEvent, Counters, Damage, Health, Pin, Settings as Stored};

const SIZES: [(u32, u32); 3] = [(320, 240), (480, 320), (800, 480)];
const LANGS: &[Language] = Language::ALL;
const PIN: &str = "2468";

struct Clock(u64);

fn tap(app: &mut App, id: ButtonId, t: &mut Clock) -> bool {
    let Some(b) = app.buttons().iter().find(|b| b.id == id).copied() else {
        return false;
    };
    t.0 += 700;
    app.handle(Event::TouchDown(b.rect.center()), t.0);
    t.0 += 60;
    app.handle(Event::TouchUp(b.rect.center()), t.0);
    true
}

fn admin(a: AdminButton) -> ButtonId {
    ButtonId::Admin(a)
}

/// Rests a finger on the top-left corner for `ms`, ticking, then lifts it.
fn hold_corner(app: &mut App, ms: u64, t: &mut Clock) {
    t.0 += 1000;
    let p = Point::new(4, 4);
    app.handle(Event::TouchDown(p), t.0);
    let end = t.0 + ms;
    while t.0 + 100 <= end {
        t.0 += 100;
        app.handle(Event::Tick, t.0);
    }
    t.0 = end;
    app.handle(Event::TouchUp(p), t.0);
}

fn type_digits(app: &mut App, digits: &str, t: &mut Clock) {
    for d in digits.bytes() {
        assert!(
            tap(app, admin(AdminButton::Digit(d - b'0')), t),
            "no key {} on {}",
            d as char,
            app.screen().name()
        );
    }
}

fn enter_pin(app: &mut App, pin: &str, t: &mut Clock) {
    type_digits(app, pin, t);
    assert!(tap(app, admin(AdminButton::Ok), t));
}

fn stored(lang: Language) -> Stored {
    let mut s = Stored {
        pin: Pin::set(PIN, [9; 16]).unwrap(),
        language: lang.into(),
        ..Stored::default()
    };
    s.set_pharmacy_name("Farmacia Ñandú de la Peña");
    s
}

fn persisted(lang: Language, size: Size, health: Health) -> App {
    App::with_persisted(stored(lang), Counters::default(), health, size)
}

/// An app with admin open at the menu (the PIN already changed).
fn at_menu(lang: Language, size: Size, health: Health, t: &mut Clock) -> App {
    let mut app = persisted(lang, size, health);
    hold_corner(&mut app, 5_500, t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Pin));
    enter_pin(&mut app, PIN, t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Menu));
    app
}

fn requests(app: &mut App) -> Vec<StoreRequest> {
    std::iter::from_fn(|| app.take_store_request()).collect()
}

fn admin_screen(app: &App) -> Option<AdminScreen> {
    match app.screen() {
        Screen::Admin(a) => Some(a),
        _ => None,
    }
}

#[test]
fn a_short_tap_or_a_short_hold_on_the_corner_does_nothing() {
    let mut t = Clock(0);
    let mut app = persisted(Language::En, Size::new(320, 240), Health::Ok);
    hold_corner(&mut app, 100, &mut t);
    assert_eq!(app.screen(), Screen::Welcome);
    hold_corner(&mut app, 4_800, &mut t);
    assert_eq!(app.screen(), Screen::Welcome);
    // A long press anywhere else is not the gesture either.
    t.0 += 1000;
    app.handle(Event::TouchDown(Point::new(160, 60)), t.0);
    for _ in 0..80 {
        t.0 += 100;
        app.handle(Event::Tick, t.0);
    }
    assert_eq!(app.screen(), Screen::Welcome);
}

#[test]
fn the_gesture_alone_or_a_wrong_pin_never_shows_a_setting() {
    for (w, h) in SIZES {
        let mut t = Clock(0);
        let mut app = persisted(Language::En, Size::new(w, h), Health::Ok);
        hold_corner(&mut app, 5_200, &mut t);
        let s = admin_screen(&app).unwrap();
        assert_eq!(s, AdminScreen::Pin);
        assert!(!s.shows_settings());
        // Every button on the PIN pad, pressed in turn, never opens a
        // settings screen without the PIN: only digits, Delete, OK, Back.
        for b in app.buttons().to_vec() {
            assert!(
                matches!(
                    b.id,
                    ButtonId::Back
                        | ButtonId::Admin(AdminButton::Digit(_))
                        | ButtonId::Admin(AdminButton::Delete)
                        | ButtonId::Admin(AdminButton::Ok)
                ),
                "{:?}",
                b.id
            );
        }
        for wrong in ["1111", "2469", "24680", "0000", ""] {
            enter_pin(&mut app, wrong, &mut t);
            let s = admin_screen(&app).unwrap();
            assert!(!s.shows_settings(), "{wrong:?} opened {}", s.name());
        }
        // Five attempts (the empty one is not a try): still no setting.
        assert!(requests(&mut app).is_empty());
    }
}

#[test]
fn five_wrong_pins_lock_admin_for_five_minutes_then_it_opens_again() {
    let mut t = Clock(0);
    let mut app = persisted(Language::En, Size::new(320, 240), Health::Ok);
    hold_corner(&mut app, 5_500, &mut t);
    for i in 0..5 {
        assert_eq!(app.screen(), Screen::Admin(AdminScreen::Pin), "try {i}");
        enter_pin(&mut app, "9999", &mut t);
    }
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Locked));
    // Back to Welcome; the gesture now shows the lockout, not the pad.
    assert!(tap(&mut app, ButtonId::Back, &mut t));
    assert_eq!(app.screen(), Screen::Welcome);
    let locked_at = t.0;
    hold_corner(&mut app, 5_500, &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Locked));
    assert!(app
        .buttons()
        .iter()
        .all(|b| !matches!(b.id, ButtonId::Admin(AdminButton::Digit(_)))));
    tap(&mut app, ButtonId::Back, &mut t);
    // Even the right PIN cannot be typed while locked: 4 minutes on.
    t.0 = locked_at + 4 * 60_000;
    app.handle(Event::Tick, t.0);
    hold_corner(&mut app, 5_500, &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Locked));
    tap(&mut app, ButtonId::Back, &mut t);
    // Five minutes after the lock: the pad again, and the PIN opens it.
    t.0 = locked_at + 5 * 60_000;
    app.handle(Event::Tick, t.0);
    hold_corner(&mut app, 5_500, &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Pin));
    enter_pin(&mut app, PIN, &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Menu));
}

#[test]
fn the_factory_pin_must_be_changed_before_any_setting_shows() {
    let mut t = Clock(0);
    let mut app = App::with_persisted(
        Stored::default(),
        Counters::default(),
        Health::Empty,
        Size::new(320, 240),
    );
    hold_corner(&mut app, 5_500, &mut t);
    enter_pin(&mut app, "0000", &mut t);
    assert_eq!(
        app.screen(),
        Screen::Admin(AdminScreen::NewPin { forced: true })
    );
    // 0000 again is refused; Back leaves admin altogether.
    enter_pin(&mut app, "0000", &mut t);
    assert_eq!(
        app.screen(),
        Screen::Admin(AdminScreen::NewPin { forced: true })
    );
    tap(&mut app, ButtonId::Back, &mut t);
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(requests(&mut app).is_empty());
    // A mismatch starts over; a match saves a salted hash, then the menu.
    hold_corner(&mut app, 5_500, &mut t);
    enter_pin(&mut app, "0000", &mut t);
    enter_pin(&mut app, "1357", &mut t);
    assert_eq!(
        app.screen(),
        Screen::Admin(AdminScreen::ConfirmPin { forced: true })
    );
    enter_pin(&mut app, "1358", &mut t);
    assert_eq!(
        app.screen(),
        Screen::Admin(AdminScreen::NewPin { forced: true })
    );
    enter_pin(&mut app, "1357", &mut t);
    enter_pin(&mut app, "1357", &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Menu));
    let saved = requests(&mut app);
    let [StoreRequest::SaveSettings(s)] = saved.as_slice() else {
        panic!("{saved:?}");
    };
    assert!(s.pin.verify("1357") && !s.pin.pin_must_change);
    assert_ne!(s.pin.salt(), [0; 16]);
    // The digits are nowhere in the saved record's debug form.
    assert!(!format!("{s:?}").contains("1357"));
    assert!(!app.stored_settings().pin.verify("0000"));
}

#[test]
fn an_empty_or_overlong_emergency_number_is_refused_and_the_old_one_kept() {
    let mut t = Clock(0);
    let mut app = at_menu(Language::En, Size::new(320, 240), Health::Ok, &mut t);
    tap(
        &mut app,
        admin(AdminButton::Open(AdminScreen::Emergency)),
        &mut t,
    );
    tap(&mut app, admin(AdminButton::Preset(2)), &mut t);
    assert_eq!(app.settings().emergency_number.as_str(), "112");
    tap(&mut app, admin(AdminButton::OtherNumber), &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Number));
    // Empty.
    tap(&mut app, admin(AdminButton::Ok), &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Number));
    // Sixteen digits: one more than any telephone number has.
    type_digits(&mut app, "1234567890123456", &mut t);
    tap(&mut app, admin(AdminButton::Ok), &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Number));
    assert_eq!(app.settings().emergency_number.as_str(), "112");
    assert_eq!(app.stored_settings().emergency_number.as_str(), "112");
    // Non-digits cannot be typed on the pad; the check refuses them too.
    assert_eq!(
        check_emergency_number("11 2"),
        Err(NumberProblem::NotDigits)
    );
    assert_eq!(
        check_emergency_number("+112"),
        Err(NumberProblem::NotDigits)
    );
    assert_eq!(check_emergency_number(""), Err(NumberProblem::Empty));
    let saves = requests(&mut app);
    assert_eq!(saves.len(), 1, "only the preset was saved: {saves:?}");
    // Back out, then a good number is saved and shown.
    tap(&mut app, ButtonId::Back, &mut t);
    tap(&mut app, admin(AdminButton::OtherNumber), &mut t);
    type_digits(&mut app, "061", &mut t);
    tap(&mut app, admin(AdminButton::Ok), &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Emergency));
    assert_eq!(app.settings().emergency_number.as_str(), "061");
}

#[test]
fn counters_move_as_sessions_finish_or_are_abandoned_and_reset_works() {
    use spotcheck_core::check::for_each_path;
    let checked = spotcheck_core::content::checked().unwrap();
    let mut emergency_path = None;
    let mut self_care_path = None;
    for_each_path(checked, |a, o| {
        let d = checked.tree().outcomes[o as usize].disposition;
        if d == Disposition::Emergency && emergency_path.is_none() {
            emergency_path = Some(a.iter().map(|x| x.choice).collect::<Vec<_>>());
        }
        if d == Disposition::SelfCare && self_care_path.is_none() {
            self_care_path = Some(a.iter().map(|x| x.choice).collect::<Vec<_>>());
        }
    });
    let mut t = Clock(0);
    let mut app = persisted(Language::En, Size::new(320, 240), Health::Ok);
    let answer = |app: &mut App, path: &[u8], t: &mut Clock| {
        for c in path {
            assert!(tap(app, ButtonId::Answer(*c), t));
        }
    };
    // Start alone counts nothing: a session starts at its first answer.
    tap(&mut app, ButtonId::Start, &mut t);
    assert_eq!(*app.counters(), Counters::default());
    // 1: finished at self care; Back and forward again does not count twice.
    let sc = self_care_path.unwrap();
    answer(&mut app, &sc, &mut t);
    tap(&mut app, ButtonId::Back, &mut t);
    answer(&mut app, &sc[sc.len() - 1..], &mut t);
    assert!(matches!(app.screen(), Screen::Result { .. }));
    while tap(&mut app, ButtonId::NextPage, &mut t) {}
    assert!(tap(&mut app, ButtonId::Finish, &mut t));
    // 2: Start over mid-session is abandoned.
    tap(&mut app, ButtonId::Start, &mut t);
    answer(&mut app, &sc[..1], &mut t);
    assert!(tap(&mut app, ButtonId::StartOver, &mut t));
    // 3: emergency, finished.
    answer(&mut app, &emergency_path.unwrap(), &mut t);
    assert!(matches!(app.screen(), Screen::Emergency(_)));
    tap(&mut app, ButtonId::Finish, &mut t);
    // 4: idle wipe mid-session is abandoned.
    tap(&mut app, ButtonId::Start, &mut t);
    answer(&mut app, &sc[..1], &mut t);
    t.0 += 60 * 60 * 1000;
    app.handle(Event::Tick, t.0);
    t.0 += 60 * 1000;
    app.handle(Event::Tick, t.0);
    assert_eq!(app.screen(), Screen::Welcome);
    let c = *app.counters();
    assert_eq!(c.sessions_started, 4, "{c:?}");
    assert_eq!(c.sessions_finished, 2, "{c:?}");
    assert_eq!(c.sessions_abandoned, 2, "{c:?}");
    assert_eq!(c.outcomes.self_care, 1);
    assert_eq!(c.outcomes.emergency, 1);
    assert_eq!(c.emergency_screens, 1);
    // The host gets exactly those events, in order: two writes per
    // finished or abandoned session at most reach flash (ends only).
    let events: Vec<CounterEvent> = requests(&mut app)
        .into_iter()
        .map(|r| match r {
            StoreRequest::Count(e) => e,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(events.iter().filter(|e| e.ends_session()).count(), 4);
    // Reset, through the admin screens.
    hold_corner(&mut app, 5_500, &mut t);
    enter_pin(&mut app, PIN, &mut t);
    tap(
        &mut app,
        admin(AdminButton::Open(AdminScreen::Counters)),
        &mut t,
    );
    tap(&mut app, admin(AdminButton::Reset), &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::ResetCounters));
    tap(&mut app, admin(AdminButton::ConfirmReset), &mut t);
    assert_eq!(*app.counters(), Counters::default());
    assert_eq!(requests(&mut app), vec![StoreRequest::ResetCounters]);
}

#[test]
fn admin_goes_back_to_welcome_when_left_alone_or_on_exit() {
    let mut t = Clock(0);
    let mut app = at_menu(Language::En, Size::new(320, 240), Health::Ok, &mut t);
    tap(
        &mut app,
        admin(AdminButton::Open(AdminScreen::Idle)),
        &mut t,
    );
    t.0 += 61_000;
    app.handle(Event::Tick, t.0);
    assert_eq!(app.screen(), Screen::Welcome);
    let mut app = at_menu(Language::En, Size::new(320, 240), Health::Ok, &mut t);
    tap(&mut app, admin(AdminButton::Exit), &mut t);
    assert_eq!(app.screen(), Screen::Welcome);
    // And the PIN is asked again next time.
    hold_corner(&mut app, 5_500, &mut t);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Pin));
}

#[test]
fn three_raw_touches_calibrate_the_screen_and_are_saved() {
    let mut t = Clock(0);
    let mut app = at_menu(Language::En, Size::new(320, 240), Health::Ok, &mut t);
    tap(
        &mut app,
        admin(AdminButton::Open(AdminScreen::Calibrate(0))),
        &mut t,
    );
    assert!(app.wants_raw_touch());
    // A panel mounted with y reversed: raw = (200 + x*11.5, 3800 - y*14.6).
    let targets = [
        Point::new(32, 30),
        Point::new(288, 120),
        Point::new(32, 210),
    ];
    for (i, p) in targets.iter().enumerate() {
        assert_eq!(app.screen(), Screen::Admin(AdminScreen::Calibrate(i as u8)));
        t.0 += 700;
        app.raw_touch((200 + p.x * 3700 / 320, 3800 - p.y * 3500 / 240), t.0);
    }
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Menu));
    assert!(!app.wants_raw_touch());
    let cal = app.touch_calibration();
    let (x, y) = cal.apply(200 + 160 * 3700 / 320, 3800 - 120 * 3500 / 240);
    assert!((x - 160).abs() <= 2 && (y - 120).abs() <= 2, "{x},{y}");
    assert!(matches!(
        requests(&mut app).as_slice(),
        [StoreRequest::SaveSettings(s)] if s.touch == cal
    ));
    // Three touches in a line are refused and the old calibration kept.
    tap(
        &mut app,
        admin(AdminButton::Open(AdminScreen::Calibrate(0))),
        &mut t,
    );
    for i in 0..3 {
        t.0 += 700;
        app.raw_touch((1000 + i * 100, 1000 + i * 100), t.0);
    }
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Calibrate(0)));
    assert_eq!(app.touch_calibration(), cal);
    // The Back key cancels.
    app.handle(Event::Key(Key::Back), t.0 + 700);
    assert_eq!(app.screen(), Screen::Admin(AdminScreen::Menu));
}

/// Every admin screen (and its notes) at `size` in `lang`.
fn every_admin_screen(size: Size, lang: Language, mut f: impl FnMut(&mut App)) {
    let mut t = Clock(0);
    // The way in, the lockout, the forced change.
    let mut app = App::with_persisted(
        Stored {
            language: lang.into(),
            ..Stored::default()
        },
        Counters::default(),
        Health::Empty,
        size,
    );
    hold_corner(&mut app, 5_500, &mut t);
    f(&mut app);
    type_digits(&mut app, "12345678", &mut t);
    f(&mut app);
    tap(&mut app, admin(AdminButton::Ok), &mut t);
    f(&mut app); // wrong PIN note
    for _ in 0..4 {
        enter_pin(&mut app, "1111", &mut t);
    }
    assert_eq!(admin_screen(&app), Some(AdminScreen::Locked));
    f(&mut app);
    t.0 += 6 * 60_000;
    tap(&mut app, ButtonId::Back, &mut t);
    hold_corner(&mut app, 5_500, &mut t);
    enter_pin(&mut app, "0000", &mut t);
    f(&mut app); // forced new PIN
    enter_pin(&mut app, "0000", &mut t);
    f(&mut app); // "not 0000"
    enter_pin(&mut app, "1357", &mut t);
    f(&mut app); // confirm
    enter_pin(&mut app, "1357", &mut t);
    assert_eq!(admin_screen(&app), Some(AdminScreen::Menu));
    f(&mut app); // menu with a note and the "nothing saved" warning

    for health in [Health::Ok, Health::Corrupted(Damage::Structure)] {
        let mut app = at_menu(lang, size, health, &mut t);
        f(&mut app);
        let open = |app: &mut App, s: AdminScreen, t: &mut Clock| {
            assert!(tap(app, admin(AdminButton::Open(s)), t), "{s:?}");
            assert_eq!(admin_screen(app), Some(s));
        };
        open(&mut app, AdminScreen::Status, &mut t);
        f(&mut app);
        tap(&mut app, ButtonId::Back, &mut t);
        if health != Health::Ok {
            continue;
        }
        open(&mut app, AdminScreen::Emergency, &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::Preset(1)), &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::OtherNumber), &mut t);
        f(&mut app);
        type_digits(&mut app, "1234567890123456", &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::Ok), &mut t);
        f(&mut app); // too long
        tap(&mut app, ButtonId::Back, &mut t);
        tap(&mut app, ButtonId::Back, &mut t);
        open(&mut app, AdminScreen::Language, &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::Lang(Language::Es)), &mut t);
        f(&mut app);
        tap(&mut app, ButtonId::Back, &mut t);
        open(&mut app, AdminScreen::Idle, &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::Idle(4)), &mut t);
        f(&mut app);
        tap(&mut app, ButtonId::Back, &mut t);
        open(&mut app, AdminScreen::Name, &mut t);
        f(&mut app);
        for _ in 0..40 {
            tap(&mut app, admin(AdminButton::Letters(7)), &mut t);
        }
        f(&mut app); // a full name of W's, the widest letter
        tap(&mut app, ButtonId::Back, &mut t);
        open(&mut app, AdminScreen::NewPin { forced: false }, &mut t);
        f(&mut app);
        tap(&mut app, ButtonId::Back, &mut t);
        open(&mut app, AdminScreen::Counters, &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::Reset), &mut t);
        f(&mut app);
        tap(&mut app, admin(AdminButton::ConfirmReset), &mut t);
        f(&mut app);
        tap(&mut app, ButtonId::Back, &mut t);
        open(&mut app, AdminScreen::Calibrate(0), &mut t);
        for i in 0..3 {
            f(&mut app);
            t.0 += 700;
            app.raw_touch((1000 + i * 100, 1000 + i * 100), t.0);
        }
        f(&mut app); // failed note
    }
}

#[test]
fn every_admin_screen_fits_at_every_size_and_language() {
    let mut failures = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (w, h) in SIZES {
        for &lang in LANGS {
            every_admin_screen(Size::new(w, h), lang, |app| {
                seen.insert(app.screen().name().to_string());
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
    assert!(seen.len() >= 17, "{seen:?}");
    assert!(
        failures.is_empty(),
        "{} overflows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_admin_button_is_at_least_48_px_apart_and_reached_by_keys() {
    for (w, h) in SIZES {
        every_admin_screen(Size::new(w, h), Language::Es, |app| {
            let screen = Rectangle::new(Point::zero(), Size::new(w, h));
            let n = app.buttons().len();
            for (i, a) in app.buttons().iter().enumerate() {
                assert!(
                    a.rect.size.height >= 48 && a.rect.size.width >= 48,
                    "{}: {:?} {:?}",
                    app.screen().name(),
                    a.id,
                    a.rect
                );
                assert!(screen.contains(a.rect.bottom_right().unwrap()));
                for b in &app.buttons()[i + 1..] {
                    assert!(
                        a.rect.intersection(&b.rect).is_zero_sized(),
                        "{:?} {:?}",
                        a.id,
                        b.id
                    );
                }
            }
            let mut probe_app = app.clone();
            let mut reached = vec![false; n];
            for k in 0..n {
                probe_app.handle(Event::Key(Key::Next), 100_000_000 + k as u64);
                if let Some(f) = probe_app.focus() {
                    reached[f] = true;
                }
            }
            assert!(reached.iter().all(|r| *r), "{}", app.screen().name());
        });
    }
}

#[test]
fn every_admin_screen_draws_each_pixel_at_most_once_per_frame() {
    for (w, h) in SIZES {
        for &lang in LANGS {
            let size = Size::new(w, h);
            let mut d = OnceTarget::new(size);
            every_admin_screen(size, lang, |app| {
                app.invalidate();
                app.draw(&mut d).unwrap();
                d.frame();
                // A key press moves the focus ring: a partial redraw.
                let mut a = app.clone();
                a.handle(Event::Key(Key::Next), 200_000_000);
                a.draw(&mut d).unwrap();
                d.frame();
            });
        }
    }
}

#[test]
fn the_app_with_admin_state_stays_small() {
    // The display memory (a hash per row and per tile of the largest
    // screen compiled in) is sized by the screen-size features, not by the
    // app's state: it is counted apart, as is the QR code's bitmap (sized
    // by the largest code, kept so that a draw does not encode it again).
    let n = std::mem::size_of::<App>();
    println!(
        "size_of::<App>() = {n} bytes, {} of them display memory, {} the QR code",
        App::DISPLAY_MEMORY,
        App::QR_MEMORY
    );
    assert!(n - App::DISPLAY_MEMORY - App::QR_MEMORY < 2048, "{n}");
}
