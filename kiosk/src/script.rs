//! Scripted sessions: the one text format the simulator, the QEMU image,
//! the RP2040 emulator harness and `cargo xtask` replay, and the one driver
//! that replays it.
//!
//! # Format
//!
//! One step per line; `#` starts a comment, blank lines are skipped, words
//! are separated by spaces or tabs.
//!
//! | line | meaning |
//! | --- | --- |
//! | `press BUTTON` | tap the centre of a button of the screen showing now, read from the app's own layout ([`App::buttons`]), taking [`TAP_PRESS_MS`] |
//! | `tap X Y` | a finger down then up at pixel (X, Y), taking [`TAP_PRESS_MS`] (for places that are not buttons: the admin corner, a gap) |
//! | `key previous\|next\|select\|back` | one press of a hardware key |
//! | `wait MS` | nothing happens for MS milliseconds (ticks still arrive) |
//! | `expect SCREEN` | the screen showing now must be SCREEN, as [`Screen::name`] spells it (`welcome`, `q-age`, `emergency-emergency_body`, `result-urgent_scarlet_fever-2`, `still-there`); otherwise the replay stops with [`ReplayError::Expected`] |
//! | `shot NAME` | ask the host to keep a picture of the screen as it is now |
//!
//! BUTTON is one of (see [`Press`]):
//!
//! | BUTTON | the button |
//! | --- | --- |
//! | `answer N` | the Nth choice of the question (from 1, in the content's order, whatever the layout) |
//! | `start`, `back`, `start-over`, `continue`, `next-page`, `previous-page`, `finish` | the button that does that |
//! | `language CODE` | the language button for `en`, `es`, ... on Welcome |
//! | `N` | the Nth button (from 1) in [`App::buttons`] order, for screens whose buttons have no name here (admin) |
//!
//! A `press` of a button the screen does not have stops the replay with
//! [`ReplayError::NoButton`] and the line number. Together with `expect`
//! this makes a layout or content change break a script loudly instead of
//! letting its taps land somewhere else.
//!
//! # Time
//!
//! The replay owns a fake clock that starts at 0 ms and only moves forward,
//! as a person and the board's main loop would move it:
//!
//! - a `tap` or `press` puts the finger down at `t`, lifts it at
//!   `t + TAP_PRESS_MS`, then the person takes [`STEP_GAP_MS`] before the
//!   next step, so a debounce or a minimum-press rule in the app sees a
//!   real tap;
//! - a `key` is pressed at `t`, then the same gap follows;
//! - `wait MS` moves the clock by MS;
//! - `expect` and `shot` take no time;
//! - whenever the clock crosses a multiple of [`TICK_MS`], a
//!   [`Event::Tick`] arrives first, stamped with that multiple, exactly as
//!   the board's loop sends one about every 100 ms.
//!
//! [`Step::duration_ms`] gives each step's length, and the [`StepDone`]
//! record handed to [`Hooks::step_done`] gives the exact press and lift
//! times of the step just replayed ([`Gesture`]).
//!
//! So the same script gives the same inputs at the same times everywhere,
//! and the same frames: that is what lets the QEMU run compare frame hashes
//! with the host, and the emulator harness compare its panel with the
//! simulator.
//!
//! # Replay
//!
//! [`replay`] draws the first frame at 0 ms, then feeds every input to a
//! [`Driven`] app and draws after every input the app says needs a redraw,
//! calling [`Hooks`] around each frame and after each step. Errors in the
//! script's text are found by [`check`] before anything is fed, so a bad
//! line never leaves a replay half done; a wrong `expect` or a missing
//! button can only be found while replaying, and stops it there.

use crate::{App, Button, ButtonId, Event, Key, Redraw, Screen, ScreenName};
use core::fmt;
use embedded_graphics::draw_target::DrawTarget;
use embedded_graphics::pixelcolor::{PixelColor, Rgb888};
use embedded_graphics::prelude::Point;
use spotcheck_core::Language;

/// How long a finger stays down in a scripted `tap` or `press`, in ms.
pub const TAP_PRESS_MS: u64 = 80;
/// The pause after every `tap`, `press` or `key` before the next step, in
/// ms: longer than the app's debounce ([`crate::config::DEBOUNCE_MS`], the
/// time a new screen ignores input), as a person's next tap always is.
pub const STEP_GAP_MS: u64 = 420;

const _: () = assert!(STEP_GAP_MS > crate::config::DEBOUNCE_MS);
/// The period of [`Event::Tick`], in ms, as sent by the board's main loop.
pub const TICK_MS: u64 = 100;

/// One step of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step<'s> {
    /// `tap X Y`.
    Tap(Point),
    /// `press BUTTON`: a tap at the centre of a button of the current
    /// screen, found when the step is replayed.
    Press(Press),
    /// `key NAME`.
    Key(Key),
    /// `wait MS`.
    Wait(u32),
    /// `shot NAME`: the name is a single word.
    Shot(&'s str),
    /// `expect SCREEN`: the screen's [`Screen::name`], a single word.
    Expect(&'s str),
}

impl Step<'_> {
    /// How long the step takes on the script's clock, in ms: a tap or press
    /// [`TAP_PRESS_MS`] + [`STEP_GAP_MS`], a key [`STEP_GAP_MS`], a wait
    /// its length, `expect` and `shot` nothing.
    ///
    /// ```
    /// use spotcheck_kiosk::script::{steps, Step};
    /// let total: u64 = steps("press start\nexpect q-age\nwait 250\n")
    ///     .map(|s| s.unwrap().1.duration_ms())
    ///     .sum();
    /// assert_eq!(total, 500 + 250);
    /// ```
    pub const fn duration_ms(&self) -> u64 {
        match self {
            Step::Tap(_) | Step::Press(_) => TAP_PRESS_MS + STEP_GAP_MS,
            Step::Key(_) => STEP_GAP_MS,
            Step::Wait(ms) => *ms as u64,
            Step::Shot(_) | Step::Expect(_) => 0,
        }
    }
}

/// Which button a `press` step taps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// The button that does this (`answer 2` is [`ButtonId::Answer`]`(1)`).
    Button(ButtonId),
    /// The Nth button, from 1, in [`App::buttons`] order.
    Nth(u8),
}

impl Press {
    /// The button of `buttons` this press means, if the screen has it.
    pub fn find<'b>(&self, buttons: &'b [Button]) -> Option<&'b Button> {
        match *self {
            Press::Button(id) => buttons.iter().find(|b| b.id == id),
            Press::Nth(n) => buttons.get(usize::from(n).checked_sub(1)?),
        }
    }
}

impl fmt::Display for Press {
    /// As a script writes it: `answer 2`, `next-page`, `language es`, `3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Press::Nth(n) => write!(f, "{n}"),
            Press::Button(ButtonId::Answer(i)) => write!(f, "answer {}", u16::from(i) + 1),
            Press::Button(ButtonId::Language(l)) => write!(f, "language {}", l.code()),
            Press::Button(id) => match NAMED.iter().find(|(_, b)| *b == id) {
                Some((word, _)) => f.write_str(word),
                None => write!(f, "{id:?}"),
            },
        }
    }
}

/// The buttons a `press` can name with one word.
const NAMED: [(&str, ButtonId); 7] = [
    ("start", ButtonId::Start),
    ("back", ButtonId::Back),
    ("start-over", ButtonId::StartOver),
    ("continue", ButtonId::Continue),
    ("next-page", ButtonId::NextPage),
    ("previous-page", ButtonId::PrevPage),
    ("finish", ButtonId::Finish),
];

/// What is wrong with a script line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind<'s> {
    /// The first word is not a command of the format.
    UnknownCommand(&'s str),
    /// The command needs more words.
    MissingArgument(&'static str),
    /// A word after the last argument.
    ExtraArgument(&'s str),
    /// A coordinate is not a whole number from 0 to 65535.
    BadCoordinate(&'s str),
    /// A wait is not a whole number of milliseconds from 0 to 4294967295.
    BadMillis(&'s str),
    /// The key name is not one of `previous`, `next`, `select`, `back`.
    UnknownKey(&'s str),
    /// The word after `press` names no button.
    UnknownButton(&'s str),
    /// A button or answer number is not a whole number from 1 to 255.
    BadButtonNumber(&'s str),
    /// The code after `press language` is not a language of the kiosk.
    UnknownLanguage(&'s str),
}

/// A script line that cannot be replayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScriptError<'s> {
    /// The line number, counting from 1.
    pub line: u32,
    /// What is wrong with it.
    pub kind: ErrorKind<'s>,
}

impl fmt::Display for ScriptError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "script line {}: ", self.line)?;
        match self.kind {
            ErrorKind::UnknownCommand(w) => write!(
                f,
                "unknown command `{w}`; a line is `press BUTTON`, `tap X Y`, `key NAME`, `wait MS`, `expect SCREEN` or `shot NAME`"
            ),
            ErrorKind::MissingArgument(what) => write!(f, "missing {what}"),
            ErrorKind::ExtraArgument(w) => {
                write!(f, "unexpected `{w}` after the last argument")
            }
            ErrorKind::BadCoordinate(w) => write!(
                f,
                "`{w}` is not a pixel coordinate (a whole number from 0 to 65535)"
            ),
            ErrorKind::BadMillis(w) => write!(
                f,
                "`{w}` is not a wait in milliseconds (a whole number from 0 to 4294967295)"
            ),
            ErrorKind::UnknownKey(w) => write!(
                f,
                "unknown key `{w}`; keys are previous, next, select and back"
            ),
            ErrorKind::UnknownButton(w) => write!(
                f,
                "unknown button `{w}`; press `answer N`, `start`, `back`, `start-over`, `continue`, `next-page`, `previous-page`, `finish`, `language CODE` or a button number N"
            ),
            ErrorKind::BadButtonNumber(w) => write!(
                f,
                "`{w}` is not a button number (a whole number from 1 to 255)"
            ),
            ErrorKind::UnknownLanguage(w) => {
                write!(f, "unknown language `{w}`; languages are ")?;
                for (i, l) in Language::ALL.iter().enumerate() {
                    let sep = match i {
                        0 => "",
                        i if i + 1 == Language::ALL.len() => " and ",
                        _ => ", ",
                    };
                    write!(f, "{sep}{}", l.code())?;
                }
                Ok(())
            }
        }
    }
}

/// The steps of a script, in order, each with its line number; made by
/// [`steps`].
#[derive(Clone, Debug)]
pub struct Steps<'s> {
    lines: core::str::Lines<'s>,
    line: u32,
}

/// Parses a script lazily: each item is one step (with its 1-based line
/// number) or the error on that line.
///
/// ```
/// use spotcheck_kiosk::script::{steps, Press, Step};
/// use spotcheck_kiosk::ButtonId;
/// let mut s = steps("# start\ntap 160 200\n\nwait 500\npress answer 2\nexpect q-age\n");
/// assert_eq!(s.next().unwrap().unwrap().1, Step::Tap((160, 200).into()));
/// assert_eq!(s.next().unwrap().unwrap(), (4, Step::Wait(500)));
/// assert_eq!(s.next().unwrap().unwrap().1, Step::Press(Press::Button(ButtonId::Answer(1))));
/// assert_eq!(s.next().unwrap().unwrap().1, Step::Expect("q-age"));
/// assert!(s.next().is_none());
/// ```
pub fn steps(text: &str) -> Steps<'_> {
    Steps {
        lines: text.lines(),
        line: 0,
    }
}

/// Checks a whole script; gives the number of steps, or the first bad line.
pub fn check(text: &str) -> Result<usize, ScriptError<'_>> {
    let mut n = 0;
    for step in steps(text) {
        step?;
        n += 1;
    }
    Ok(n)
}

impl<'s> Iterator for Steps<'s> {
    type Item = Result<(u32, Step<'s>), ScriptError<'s>>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let raw = self.lines.next()?;
            self.line += 1;
            let body = match raw.find('#') {
                Some(i) => &raw[..i],
                None => raw,
            };
            let mut words = body.split_ascii_whitespace();
            let Some(command) = words.next() else {
                continue;
            };
            let line = self.line;
            let err = |kind| ScriptError { line, kind };
            return Some(parse(command, &mut words).map(|s| (line, s)).map_err(err));
        }
    }
}

fn parse<'s>(
    command: &'s str,
    words: &mut core::str::SplitAsciiWhitespace<'s>,
) -> Result<Step<'s>, ErrorKind<'s>> {
    let step = match command {
        "tap" => {
            let x = coordinate(
                words
                    .next()
                    .ok_or(ErrorKind::MissingArgument("X and Y after `tap`"))?,
            )?;
            let y = coordinate(
                words
                    .next()
                    .ok_or(ErrorKind::MissingArgument("Y after `tap X`"))?,
            )?;
            Step::Tap(Point::new(x, y))
        }
        "press" => Step::Press(press(words)?),
        "key" => {
            let k = words
                .next()
                .ok_or(ErrorKind::MissingArgument("a key name after `key`"))?;
            Step::Key(match k {
                "previous" => Key::Previous,
                "next" => Key::Next,
                "select" => Key::Select,
                "back" => Key::Back,
                other => return Err(ErrorKind::UnknownKey(other)),
            })
        }
        "wait" => {
            let w = words
                .next()
                .ok_or(ErrorKind::MissingArgument("milliseconds after `wait`"))?;
            Step::Wait(w.parse().map_err(|_| ErrorKind::BadMillis(w))?)
        }
        "shot" => Step::Shot(
            words
                .next()
                .ok_or(ErrorKind::MissingArgument("a name after `shot`"))?,
        ),
        "expect" => Step::Expect(
            words
                .next()
                .ok_or(ErrorKind::MissingArgument("a screen name after `expect`"))?,
        ),
        other => return Err(ErrorKind::UnknownCommand(other)),
    };
    match words.next() {
        Some(extra) => Err(ErrorKind::ExtraArgument(extra)),
        None => Ok(step),
    }
}

fn press<'s>(words: &mut core::str::SplitAsciiWhitespace<'s>) -> Result<Press, ErrorKind<'s>> {
    let w = words
        .next()
        .ok_or(ErrorKind::MissingArgument("a button after `press`"))?;
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok(Press::Nth(button_number(w)?));
    }
    if let Some((_, id)) = NAMED.iter().find(|(word, _)| *word == w) {
        return Ok(Press::Button(*id));
    }
    match w {
        "answer" => {
            let n = words
                .next()
                .ok_or(ErrorKind::MissingArgument("a choice number after `answer`"))?;
            Ok(Press::Button(ButtonId::Answer(button_number(n)? - 1)))
        }
        "language" => {
            let code = words.next().ok_or(ErrorKind::MissingArgument(
                "a language code after `language`",
            ))?;
            Language::from_code(code)
                .filter(|l| Language::ALL.contains(l))
                .map(|l| Press::Button(ButtonId::Language(l)))
                .ok_or(ErrorKind::UnknownLanguage(code))
        }
        other => Err(ErrorKind::UnknownButton(other)),
    }
}

/// A number from 1 to 255.
fn button_number(w: &str) -> Result<u8, ErrorKind<'_>> {
    match w.parse::<u8>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(ErrorKind::BadButtonNumber(w)),
    }
}

fn coordinate(w: &str) -> Result<i32, ErrorKind<'_>> {
    w.parse::<u16>()
        .map(i32::from)
        .map_err(|_| ErrorKind::BadCoordinate(w))
}

/// An app the replay can drive: it takes inputs with the time, says whether
/// the screen must be redrawn, draws what changed on `D`, and tells which
/// screen it shows and where its buttons are (for `expect` and `press`).
pub trait Driven<D: DrawTarget> {
    /// Handles one input at `now_ms`; `true` when a redraw is needed.
    fn input(&mut self, input: Event, now_ms: u64) -> bool;
    /// Draws what changed since the last draw.
    fn draw(&mut self, target: &mut D) -> Result<(), D::Error>;
    /// The name of the screen showing now, as [`Screen::name`] gives it.
    fn screen_name(&self) -> ScreenName;
    /// The buttons of the screen showing now, as [`App::buttons`] gives
    /// them.
    fn buttons(&self) -> &[Button];
}

impl<D> Driven<D> for App
where
    D: DrawTarget,
    D::Color: PixelColor + From<Rgb888>,
{
    fn input(&mut self, event: Event, now_ms: u64) -> bool {
        self.handle(event, now_ms) != Redraw::None
    }

    fn draw(&mut self, target: &mut D) -> Result<(), D::Error> {
        App::draw(self, target)
    }

    fn screen_name(&self) -> ScreenName {
        Screen::name(&self.screen())
    }

    fn buttons(&self) -> &[Button] {
        App::buttons(self)
    }
}

/// One frame the replay drew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// 0 for the first frame, drawn before any input.
    pub index: u32,
    /// The clock when it was drawn.
    pub now_ms: u64,
    /// The script line whose input caused it (0 for the first frame).
    pub line: u32,
}

/// What a step fed the app, with its times: enough for a harness to
/// replay the same gesture on other hardware (a touch model, a key line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gesture {
    /// A finger down at `at` at `down_ms`, lifted there at `up_ms`
    /// (`down_ms + TAP_PRESS_MS`). A `press` is resolved to its point here.
    Touch {
        /// Where, in display pixels.
        at: Point,
        /// When the finger touched.
        down_ms: u64,
        /// When it lifted.
        up_ms: u64,
    },
    /// A key pressed at `at_ms`.
    Key {
        /// Which key.
        key: Key,
        /// When.
        at_ms: u64,
    },
}

/// A step the replay has just finished, handed to [`Hooks::step_done`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepDone<'a> {
    /// Its script line, from 1.
    pub line: u32,
    /// The step as the script wrote it.
    pub step: Step<'a>,
    /// What it fed the app (`tap`, `press`, `key`), with a `press`
    /// resolved to the point tapped; `None` for `wait`, `expect`, `shot`.
    pub gesture: Option<Gesture>,
    /// The clock when the step began (a tap's finger-down).
    pub start_ms: u64,
    /// The clock now that it is done (after its [`STEP_GAP_MS`]): the
    /// next step begins here.
    pub now_ms: u64,
    /// The screen showing now, as [`Screen::name`] gives it.
    pub screen: &'a str,
}

/// Called by [`replay`] around each frame, at each `shot` and after each
/// step.
pub trait Hooks<D> {
    /// Just before the app draws `frame` (start a timer here).
    fn before_draw(&mut self, _frame: &Frame) {}
    /// Just after the app drew `frame` on `target`.
    fn after_draw(&mut self, frame: &Frame, target: &mut D);
    /// A `shot NAME` step: `target` holds the screen as it is now.
    fn shot(&mut self, _name: &str, _target: &mut D) {}
    /// After every step is complete (its gap elapsed, every frame it
    /// caused drawn): `target` holds the screen as it is now. The place
    /// for a harness's checkpoint.
    fn step_done(&mut self, _done: &StepDone<'_>, _target: &mut D) {}
}

/// Hooks from a closure called after every frame.
pub struct OnFrame<F>(pub F);

impl<D, F: FnMut(&Frame, &mut D)> Hooks<D> for OnFrame<F> {
    fn after_draw(&mut self, frame: &Frame, target: &mut D) {
        (self.0)(frame, target)
    }
}

/// Hooks from a closure called after every step.
///
/// ```
/// use embedded_graphics::{prelude::*, pixelcolor::Rgb565};
/// use spotcheck_kiosk::probe::CountingTarget;
/// use spotcheck_kiosk::script::{replay, Gesture, OnStep, StepDone};
/// use spotcheck_kiosk::{App, Settings};
///
/// let size = Size::new(320, 240);
/// let mut app = App::new(Settings::default(), size);
/// let mut seen = Vec::new();
/// replay(&mut app, "press start\nexpect q-age\n", &mut CountingTarget::<Rgb565>::new(size),
///        &mut OnStep(|s: &StepDone<'_>, _: &mut CountingTarget<Rgb565>| {
///            seen.push((s.line, s.gesture, s.now_ms, s.screen.to_string()))
///        })).unwrap();
/// let Some(Gesture::Touch { down_ms: 0, up_ms: 80, .. }) = seen[0].1 else { panic!() };
/// assert_eq!((seen[0].0, seen[0].2, seen[0].3.as_str()), (1, 500, "q-age"));
/// assert_eq!((seen[1].0, seen[1].1, seen[1].2), (2, None, 500));
/// ```
pub struct OnStep<F>(pub F);

impl<D, F: FnMut(&StepDone<'_>, &mut D)> Hooks<D> for OnStep<F> {
    fn after_draw(&mut self, _frame: &Frame, _target: &mut D) {}
    fn step_done(&mut self, done: &StepDone<'_>, target: &mut D) {
        (self.0)(done, target)
    }
}

/// What a finished replay did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replayed {
    /// Frames drawn, the first one included.
    pub frames: u32,
    /// Inputs fed to the app, ticks included.
    pub inputs: u32,
    /// Steps replayed.
    pub steps: u32,
    /// `expect` steps that held.
    pub expects: u32,
    /// The clock at the end.
    pub end_ms: u64,
}

/// Why a replay stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReplayError<'s, E> {
    /// The script has a bad line (found before any input was fed).
    Script(ScriptError<'s>),
    /// An `expect` line names another screen than the one showing.
    Expected {
        /// The `expect` line, from 1.
        line: u32,
        /// The screen the script expects.
        expected: &'s str,
        /// The screen the kiosk shows.
        shown: ScreenName,
    },
    /// A `press` line names a button the screen showing does not have.
    NoButton {
        /// The `press` line, from 1.
        line: u32,
        /// The button it names.
        press: Press,
        /// The screen the kiosk shows.
        shown: ScreenName,
        /// How many buttons that screen has.
        buttons: usize,
    },
    /// The draw target failed.
    Draw(E),
}

impl<E> ReplayError<'_, E> {
    /// The script line the replay stopped at, if a line is to blame.
    pub fn line(&self) -> Option<u32> {
        match self {
            ReplayError::Script(e) => Some(e.line),
            ReplayError::Expected { line, .. } | ReplayError::NoButton { line, .. } => Some(*line),
            ReplayError::Draw(_) => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Display for ReplayError<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayError::Script(e) => e.fmt(f),
            ReplayError::Expected {
                line,
                expected,
                shown,
            } => write!(
                f,
                "script line {line}: expected {expected}, the kiosk shows {shown}"
            ),
            ReplayError::NoButton {
                line,
                press: press @ Press::Nth(_),
                shown,
                buttons,
            } => write!(
                f,
                "script line {line}: press {press}: {shown} has {buttons} button{}",
                if *buttons == 1 { "" } else { "s" }
            ),
            ReplayError::NoButton {
                line, press, shown, ..
            } => write!(
                f,
                "script line {line}: press {press}: {shown} has no such button"
            ),
            ReplayError::Draw(e) => write!(f, "the display failed while drawing: {e:?}"),
        }
    }
}

/// Replays `script` through `app` on `target`, with an injected clock that
/// starts at 0 ms (see the module docs for how time moves).
///
/// ```
/// use embedded_graphics::{mock_display::MockDisplay, pixelcolor::BinaryColor, prelude::*};
/// use spotcheck_kiosk::script::{replay, Driven, OnFrame};
/// use spotcheck_kiosk::{Button, Event, ScreenName};
///
/// /// Counts touches; redraws on each lift; has no buttons.
/// struct Counter(u32);
/// impl Driven<MockDisplay<BinaryColor>> for Counter {
///     fn input(&mut self, input: Event, _now_ms: u64) -> bool {
///         matches!(input, Event::TouchUp(_)).then(|| self.0 += 1).is_some()
///     }
///     fn draw(&mut self, _: &mut MockDisplay<BinaryColor>) -> Result<(), core::convert::Infallible> {
///         Ok(())
///     }
///     fn screen_name(&self) -> ScreenName {
///         "counter".try_into().unwrap()
///     }
///     fn buttons(&self) -> &[Button] {
///         &[]
///     }
/// }
///
/// let mut frames = 0;
/// let done = replay(&mut Counter(0), "tap 1 2\ntap 3 4\nexpect counter\n", &mut MockDisplay::new(),
///                   &mut OnFrame(|_: &_, _: &mut _| frames += 1)).unwrap();
/// assert_eq!((done.frames, frames), (3, 3)); // the first frame and one per tap
/// assert_eq!((done.end_ms, done.expects), (1000, 1));
/// ```
pub fn replay<'s, D, A, H>(
    app: &mut A,
    script: &'s str,
    target: &mut D,
    hooks: &mut H,
) -> Result<Replayed, ReplayError<'s, D::Error>>
where
    D: DrawTarget,
    A: Driven<D>,
    H: Hooks<D>,
{
    check(script).map_err(ReplayError::Script)?;
    let mut r = Replayer {
        app,
        target,
        hooks,
        now: 0,
        frames: 0,
        inputs: 0,
        line: 0,
    };
    let (mut count, mut expects) = (0, 0);
    r.frame()?;
    for step in steps(script) {
        let (line, step) = step.map_err(ReplayError::Script)?;
        r.line = line;
        let start_ms = r.now;
        let gesture = match step {
            Step::Tap(p) => Some(r.tap(p)?),
            Step::Press(press) => {
                let p = r.find(press)?;
                Some(r.tap(p)?)
            }
            Step::Key(key) => {
                r.feed(Event::Key(key))?;
                r.advance(STEP_GAP_MS)?;
                Some(Gesture::Key {
                    key,
                    at_ms: start_ms,
                })
            }
            Step::Wait(ms) => {
                r.advance(u64::from(ms))?;
                None
            }
            Step::Shot(name) => {
                r.hooks.shot(name, r.target);
                None
            }
            Step::Expect(expected) => {
                let shown = r.app.screen_name();
                if shown.as_str() != expected {
                    return Err(ReplayError::Expected {
                        line,
                        expected,
                        shown,
                    });
                }
                expects += 1;
                None
            }
        };
        count += 1;
        let screen = r.app.screen_name();
        let done = StepDone {
            line,
            step,
            gesture,
            start_ms,
            now_ms: r.now,
            screen: &screen,
        };
        r.hooks.step_done(&done, r.target);
    }
    Ok(Replayed {
        frames: r.frames,
        inputs: r.inputs,
        steps: count,
        expects,
        end_ms: r.now,
    })
}

struct Replayer<'a, A, D, H> {
    app: &'a mut A,
    target: &'a mut D,
    hooks: &'a mut H,
    now: u64,
    frames: u32,
    inputs: u32,
    line: u32,
}

impl<A, D, H> Replayer<'_, A, D, H>
where
    D: DrawTarget,
    A: Driven<D>,
    H: Hooks<D>,
{
    fn feed<'s>(&mut self, input: Event) -> Result<(), ReplayError<'s, D::Error>> {
        self.inputs += 1;
        if self.app.input(input, self.now) {
            self.frame()?;
        }
        Ok(())
    }

    /// A finger down at `p`, up after [`TAP_PRESS_MS`], then the gap.
    fn tap<'s>(&mut self, p: Point) -> Result<Gesture, ReplayError<'s, D::Error>> {
        let down_ms = self.now;
        self.feed(Event::TouchDown(p))?;
        self.advance(TAP_PRESS_MS)?;
        let up_ms = self.now;
        self.feed(Event::TouchUp(p))?;
        self.advance(STEP_GAP_MS)?;
        Ok(Gesture::Touch {
            at: p,
            down_ms,
            up_ms,
        })
    }

    /// The centre of the button `press` names on the screen showing now.
    fn find<'s>(&self, press: Press) -> Result<Point, ReplayError<'s, D::Error>> {
        let buttons = self.app.buttons();
        match press.find(buttons) {
            Some(b) => Ok(b.rect.center()),
            None => Err(ReplayError::NoButton {
                line: self.line,
                press,
                shown: self.app.screen_name(),
                buttons: buttons.len(),
            }),
        }
    }

    /// Moves the clock on by `ms`, with a tick at every multiple of
    /// [`TICK_MS`] crossed (the end included).
    fn advance<'s>(&mut self, ms: u64) -> Result<(), ReplayError<'s, D::Error>> {
        let end = self.now + ms;
        loop {
            let next_tick = (self.now / TICK_MS + 1) * TICK_MS;
            if next_tick > end {
                break;
            }
            self.now = next_tick;
            self.feed(Event::Tick)?;
        }
        self.now = end;
        Ok(())
    }

    fn frame<'s>(&mut self) -> Result<(), ReplayError<'s, D::Error>> {
        let frame = Frame {
            index: self.frames,
            now_ms: self.now,
            line: self.line,
        };
        self.hooks.before_draw(&frame);
        self.app.draw(self.target).map_err(ReplayError::Draw)?;
        self.hooks.after_draw(&frame, self.target);
        self.frames += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::convert::Infallible;
    use embedded_graphics::mock_display::MockDisplay;
    use embedded_graphics::pixelcolor::BinaryColor;

    fn err(text: &str) -> ScriptError<'_> {
        check(text).unwrap_err()
    }

    #[test]
    fn parses_every_command_comments_and_blank_lines() {
        let text = "# a session\n\ntap 10 20  # the start button\n\tkey previous\nkey next\nkey select\nkey back\nwait 1500\nshot welcome\n";
        let got: heapless::Vec<_, 8> = steps(text).map(Result::unwrap).collect();
        assert_eq!(
            got.as_slice(),
            &[
                (3, Step::Tap(Point::new(10, 20))),
                (4, Step::Key(Key::Previous)),
                (5, Step::Key(Key::Next)),
                (6, Step::Key(Key::Select)),
                (7, Step::Key(Key::Back)),
                (8, Step::Wait(1500)),
                (9, Step::Shot("welcome")),
            ]
        );
        assert_eq!(check(text), Ok(7));
        assert_eq!(check(""), Ok(0));
    }

    #[test]
    fn bad_lines_name_the_line_and_the_problem() {
        assert_eq!(
            err("tap 1 2\n\ntapp 1 2"),
            ScriptError {
                line: 3,
                kind: ErrorKind::UnknownCommand("tapp")
            }
        );
        assert_eq!(
            err("tap 1").kind,
            ErrorKind::MissingArgument("Y after `tap X`")
        );
        assert_eq!(err("tap -1 2").kind, ErrorKind::BadCoordinate("-1"));
        assert_eq!(err("tap 1 70000").kind, ErrorKind::BadCoordinate("70000"));
        assert_eq!(err("tap 1 2 3").kind, ErrorKind::ExtraArgument("3"));
        assert_eq!(err("key up").kind, ErrorKind::UnknownKey("up"));
        assert_eq!(err("wait soon").kind, ErrorKind::BadMillis("soon"));
        assert_eq!(err("wait 1.5").kind, ErrorKind::BadMillis("1.5"));
        assert!(matches!(err("shot").kind, ErrorKind::MissingArgument(_)));
        assert!(matches!(err("key").kind, ErrorKind::MissingArgument(_)));
    }

    #[test]
    fn error_text_says_where_and_what_to_write() {
        use core::fmt::Write;
        let mut s: heapless::String<160> = heapless::String::new();
        write!(s, "{}", err("\nkey up")).unwrap();
        assert_eq!(
            s.as_str(),
            "script line 2: unknown key `up`; keys are previous, next, select and back"
        );
    }

    /// Records every input with its time; redraws on lifts, keys and every
    /// fifth tick.
    #[derive(Default)]
    struct Recorder {
        log: heapless::Vec<(Event, u64), 64>,
        ticks: u32,
        draws: u32,
    }

    impl Driven<MockDisplay<BinaryColor>> for Recorder {
        fn input(&mut self, input: Event, now_ms: u64) -> bool {
            self.log.push((input, now_ms)).unwrap();
            match input {
                Event::Tick => {
                    self.ticks += 1;
                    self.ticks.is_multiple_of(5)
                }
                Event::TouchDown(_) => false,
                Event::TouchUp(_) | Event::Key(_) => true,
            }
        }
        fn draw(&mut self, _: &mut MockDisplay<BinaryColor>) -> Result<(), Infallible> {
            self.draws += 1;
            Ok(())
        }
        fn screen_name(&self) -> ScreenName {
            "recorder".try_into().unwrap()
        }
        fn buttons(&self) -> &[Button] {
            &[]
        }
    }

    #[derive(Default)]
    struct Seen {
        frames: heapless::Vec<Frame, 16>,
        shots: heapless::Vec<(heapless::String<8>, u32), 4>,
    }

    impl Hooks<MockDisplay<BinaryColor>> for Seen {
        fn after_draw(&mut self, frame: &Frame, _: &mut MockDisplay<BinaryColor>) {
            self.frames.push(*frame).unwrap();
        }
        fn shot(&mut self, name: &str, _: &mut MockDisplay<BinaryColor>) {
            let n = self.frames.len() as u32;
            self.shots.push((name.try_into().unwrap(), n)).unwrap();
        }
    }

    #[test]
    fn a_tap_presses_then_lifts_and_time_moves_with_ticks() {
        let mut app = Recorder::default();
        let mut seen = Seen::default();
        let done = replay(
            &mut app,
            "tap 5 6\nshot one\nkey back\nwait 250\n",
            &mut MockDisplay::new(),
            &mut seen,
        )
        .unwrap();
        let p = Point::new(5, 6);
        let mut want: heapless::Vec<(Event, u64), 64> = heapless::Vec::new();
        want.extend([(Event::TouchDown(p), 0), (Event::TouchUp(p), 80)]);
        want.extend((1..=5).map(|i| (Event::Tick, i * 100)));
        want.push((Event::Key(Key::Back), 500)).unwrap();
        want.extend((6..=11).map(|i| (Event::Tick, i * 100)));
        assert_eq!(app.log, want);
        // tap 500 ms, key 420 ms, wait 250 ms
        assert_eq!(done.end_ms, 1170);
        // the first frame, the lift, the fifth tick (500 ms, still in the
        // tap's gap), the key, the tenth tick
        let frames: heapless::Vec<_, 8> = seen
            .frames
            .iter()
            .map(|f| (f.index, f.now_ms, f.line))
            .collect();
        assert_eq!(
            frames.as_slice(),
            &[
                (0, 0, 0),
                (1, 80, 1),
                (2, 500, 1),
                (3, 500, 3),
                (4, 1000, 4)
            ]
        );
        assert_eq!(app.draws, 5);
        assert_eq!(done.frames, 5);
        assert_eq!(done.inputs, 14);
        assert_eq!((done.steps, done.expects), (4, 0));
        assert_eq!(seen.shots[0], ("one".try_into().unwrap(), 3));
    }

    #[test]
    fn the_app_is_driven_from_welcome_to_the_first_question() {
        use crate::probe::HashProbe;
        use crate::{Screen, Settings};
        use embedded_graphics::geometry::Size;
        let size = Size::new(320, 240);
        let mut app = App::new(Settings::default(), size);
        let start = app.buttons()[0].rect.center();
        let mut text: heapless::String<32> = heapless::String::new();
        core::fmt::Write::write_fmt(&mut text, format_args!("tap {} {}\n", start.x, start.y))
            .unwrap();
        let mut pixels = heapless::Vec::<u32, 8>::new();
        let done = replay(
            &mut app,
            &text,
            &mut HashProbe::new(size),
            &mut OnFrame(|_: &Frame, p: &mut HashProbe| pixels.push(p.take().pixels).unwrap()),
        )
        .unwrap();
        assert_eq!(app.screen().name().as_str(), "q-age");
        assert_ne!(app.screen(), Screen::Welcome);
        assert!(done.frames >= 2, "the welcome screen and the question");
        assert_eq!(
            pixels[0],
            320 * 240,
            "the first frame paints the whole screen once"
        );
    }

    #[test]
    fn a_bad_line_stops_the_replay_before_any_input() {
        let mut app = Recorder::default();
        let e = replay(
            &mut app,
            "tap 1 1\nwait x\n",
            &mut MockDisplay::new(),
            &mut Seen::default(),
        )
        .unwrap_err();
        assert!(matches!(
            e,
            ReplayError::Script(ScriptError { line: 2, .. })
        ));
        assert!(app.log.is_empty());
        assert_eq!(app.draws, 0);
    }

    #[test]
    fn parses_press_and_expect() {
        let text = "press start\npress answer 3\npress back\npress start-over\npress continue\npress next-page\npress previous-page\npress finish\npress language es\npress 12\nexpect q-age # a comment\n";
        let got: heapless::Vec<_, 12> = steps(text).map(|s| s.unwrap().1).collect();
        let b = |id| Step::Press(Press::Button(id));
        assert_eq!(
            got.as_slice(),
            &[
                b(ButtonId::Start),
                b(ButtonId::Answer(2)),
                b(ButtonId::Back),
                b(ButtonId::StartOver),
                b(ButtonId::Continue),
                b(ButtonId::NextPage),
                b(ButtonId::PrevPage),
                b(ButtonId::Finish),
                b(ButtonId::Language(Language::Es)),
                Step::Press(Press::Nth(12)),
                Step::Expect("q-age"),
            ]
        );
        // Each press prints as it is written.
        use core::fmt::Write;
        for line in text.lines().take(10) {
            let Ok((_, Step::Press(p))) = steps(line).next().unwrap() else {
                panic!("{line}")
            };
            let mut s: heapless::String<32> = heapless::String::new();
            write!(s, "press {p}").unwrap();
            assert_eq!(s.as_str(), line);
        }
    }

    #[test]
    fn bad_press_and_expect_lines_name_the_line_and_the_problem() {
        assert_eq!(
            err("press").kind,
            ErrorKind::MissingArgument("a button after `press`")
        );
        assert_eq!(err("press 0").kind, ErrorKind::BadButtonNumber("0"));
        assert_eq!(err("press 256").kind, ErrorKind::BadButtonNumber("256"));
        assert_eq!(err("press answer 0").kind, ErrorKind::BadButtonNumber("0"));
        assert!(matches!(
            err("press answer").kind,
            ErrorKind::MissingArgument(_)
        ));
        assert_eq!(err("press answr 1").kind, ErrorKind::UnknownButton("answr"));
        assert_eq!(
            err("press language xx").kind,
            ErrorKind::UnknownLanguage("xx")
        );
        assert_eq!(err("press back now").kind, ErrorKind::ExtraArgument("now"));
        assert_eq!(
            err("expect").kind,
            ErrorKind::MissingArgument("a screen name after `expect`")
        );
        assert_eq!(
            err("expect q-age q-glass").kind,
            ErrorKind::ExtraArgument("q-glass")
        );
        use core::fmt::Write;
        let mut s: heapless::String<80> = heapless::String::new();
        write!(s, "{}", err("\n\npress language xx")).unwrap();
        assert_eq!(
            s.as_str(),
            "script line 3: unknown language `xx`; languages are en, es, pl and ro"
        );
    }

    /// Each step as the hook saw it: line, gesture, clock, screen.
    type StepsSeen = heapless::Vec<(u32, Option<Gesture>, u64, ScreenName), 16>;

    /// A kiosk at 320x240 with default settings, replaying `text` with
    /// every step recorded.
    fn kiosk_replay(
        text: &str,
    ) -> (
        App,
        StepsSeen,
        Result<Replayed, ReplayError<'_, Infallible>>,
    ) {
        use crate::probe::CountingTarget;
        use crate::Settings;
        use embedded_graphics::{geometry::Size, pixelcolor::Rgb565};
        let size = Size::new(320, 240);
        let mut app = App::new(Settings::default(), size);
        let mut seen = heapless::Vec::new();
        let done = replay(
            &mut app,
            text,
            &mut CountingTarget::<Rgb565>::new(size),
            &mut OnStep(|s: &StepDone<'_>, _: &mut CountingTarget<Rgb565>| {
                let step = (s.line, s.gesture, s.now_ms, s.screen.try_into().unwrap());
                seen.push(step).unwrap();
            }),
        );
        (app, seen, done)
    }

    #[test]
    fn a_wrong_expect_stops_the_replay_naming_the_line_and_both_screens() {
        let (app, seen, done) =
            kiosk_replay("expect welcome\npress start\nexpect q-glass\npress answer 1\n");
        let e = done.unwrap_err();
        assert_eq!(
            e,
            ReplayError::Expected {
                line: 3,
                expected: "q-glass",
                shown: "q-age".try_into().unwrap()
            }
        );
        assert_eq!(e.line(), Some(3));
        use core::fmt::Write;
        let mut s: heapless::String<80> = heapless::String::new();
        write!(s, "{e}").unwrap();
        assert_eq!(
            s.as_str(),
            "script line 3: expected q-glass, the kiosk shows q-age"
        );
        // Nothing after the failed line ran.
        assert_eq!(seen.len(), 2);
        assert_eq!(app.screen().name().as_str(), "q-age");
    }

    #[test]
    fn a_press_taps_the_centre_of_the_named_button_and_the_hook_sees_each_step() {
        use crate::Settings;
        use embedded_graphics::geometry::Size;
        let welcome = App::new(Settings::default(), Size::new(320, 240));
        let start = welcome.buttons()[0];
        assert_eq!(start.id, ButtonId::Start);
        let (app, seen, done) = kiosk_replay("press start\nexpect q-age\nwait 100\n");
        let done = done.unwrap();
        assert_eq!((done.steps, done.expects, done.end_ms), (3, 1, 600));
        assert_eq!(
            seen[0],
            (
                1,
                Some(Gesture::Touch {
                    at: start.rect.center(),
                    down_ms: 0,
                    up_ms: TAP_PRESS_MS
                }),
                TAP_PRESS_MS + STEP_GAP_MS,
                "q-age".try_into().unwrap()
            )
        );
        assert_eq!(seen[1], (2, None, 500, "q-age".try_into().unwrap()));
        assert_eq!(seen[2].2, 600);
        // `answer N` is the Nth choice whatever the layout: the same as
        // tapping the button App::buttons() lists for Answer(N - 1).
        let want = app
            .buttons()
            .iter()
            .find(|b| b.id == ButtonId::Answer(1))
            .unwrap()
            .rect
            .center();
        let (_, seen, done) = kiosk_replay("press start\npress answer 2\n");
        done.unwrap();
        assert!(
            matches!(seen[1].1, Some(Gesture::Touch { at, down_ms: 500, up_ms: 580 }) if at == want)
        );
        assert_ne!(seen[1].3.as_str(), "q-age", "the answer moved the walk on");
    }

    #[test]
    fn a_press_of_a_button_the_screen_lacks_is_an_error_with_the_line() {
        use core::fmt::Write;
        let (_, seen, done) = kiosk_replay("wait 10\npress 9\n");
        let e = done.unwrap_err();
        assert_eq!(e.line(), Some(2));
        let mut s: heapless::String<80> = heapless::String::new();
        write!(s, "{e}").unwrap();
        assert_eq!(s.as_str(), "script line 2: press 9: welcome has 5 buttons");
        assert_eq!(seen.len(), 1);
        let (_, _, done) = kiosk_replay("press next-page\n");
        let mut s: heapless::String<80> = heapless::String::new();
        write!(s, "{}", done.unwrap_err()).unwrap();
        assert_eq!(
            s.as_str(),
            "script line 1: press next-page: welcome has no such button"
        );
        // The Nth button counts from 1 in App::buttons() order.
        let (app, _, done) = kiosk_replay("press 1\n");
        done.unwrap();
        assert_eq!(app.screen().name().as_str(), "q-age");
    }
}
