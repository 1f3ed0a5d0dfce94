//! Scripted sessions: the one text format the simulator, the QEMU image and
//! `cargo xtask` replay, and the one driver that replays it.
//!
//! # Format
//!
//! One step per line; `#` starts a comment, blank lines are skipped, words
//! are separated by spaces or tabs.
//!
//! | line | meaning |
//! | --- | --- |
//! | `tap X Y` | a finger down then up at pixel (X, Y), taking [`TAP_PRESS_MS`] |
//! | `key previous\|next\|select\|back` | one press of a hardware key |
//! | `wait MS` | nothing happens for MS milliseconds (ticks still arrive) |
//! | `shot NAME` | ask the host to keep a picture of the screen as it is now |
//!
//! # Time
//!
//! The replay owns a fake clock that starts at 0 ms and only moves forward,
//! as a person and the board's main loop would move it:
//!
//! - a `tap` presses at `t`, lifts at `t + TAP_PRESS_MS`, then the person
//!   takes [`STEP_GAP_MS`] before the next step, so a debounce or a
//!   minimum-press rule in the app sees a real tap;
//! - a `key` is pressed at `t`, then the same gap follows;
//! - `wait MS` moves the clock by MS;
//! - whenever the clock crosses a multiple of [`TICK_MS`], a
//!   [`Event::Tick`] arrives first, stamped with that multiple, exactly as
//!   the board's loop sends one about every 100 ms.
//!
//! So the same script gives the same inputs at the same times everywhere,
//! and the same frames: that is what lets the QEMU run compare frame hashes
//! with the host.
//!
//! # Replay
//!
//! [`replay`] draws the first frame at 0 ms, then feeds every input to a
//! [`Driven`] app and draws after every input the app says needs a redraw,
//! calling [`Hooks`] around each frame. Errors in the script are found by
//! [`check`] before anything is fed, so a bad line never leaves a replay
//! half done.

use crate::{App, Event, Key, Redraw};
use core::fmt;
use embedded_graphics::draw_target::DrawTarget;
use embedded_graphics::pixelcolor::{PixelColor, Rgb888};
use embedded_graphics::prelude::Point;

/// How long a finger stays down in a scripted `tap`, in ms.
pub const TAP_PRESS_MS: u64 = 80;
/// The pause after every `tap` or `key` before the next step, in ms:
/// longer than the app's debounce ([`crate::config::DEBOUNCE_MS`], the time
/// a new screen ignores input), as a person's next tap always is.
pub const STEP_GAP_MS: u64 = 420;

const _: () = assert!(STEP_GAP_MS > crate::config::DEBOUNCE_MS);
/// The period of [`Event::Tick`], in ms, as sent by the board's main loop.
pub const TICK_MS: u64 = 100;

/// One step of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step<'s> {
    /// `tap X Y`.
    Tap(Point),
    /// `key NAME`.
    Key(Key),
    /// `wait MS`.
    Wait(u32),
    /// `shot NAME`: the name is a single word.
    Shot(&'s str),
}

/// What is wrong with a script line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind<'s> {
    /// The first word is not `tap`, `key`, `wait` or `shot`.
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
                "unknown command `{w}`; a line is `tap X Y`, `key NAME`, `wait MS` or `shot NAME`"
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
/// use spotcheck_kiosk::script::{steps, Step};
/// let mut s = steps("# start\ntap 160 200\n\nwait 500\n");
/// assert_eq!(s.next().unwrap().unwrap().1, Step::Tap((160, 200).into()));
/// assert_eq!(s.next().unwrap().unwrap(), (4, Step::Wait(500)));
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
        "key" => {
            let name = words.next().ok_or(ErrorKind::MissingArgument(
                "key name after `key` (previous, next, select or back)",
            ))?;
            Step::Key(match name {
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
        other => return Err(ErrorKind::UnknownCommand(other)),
    };
    match words.next() {
        Some(extra) => Err(ErrorKind::ExtraArgument(extra)),
        None => Ok(step),
    }
}

fn coordinate(w: &str) -> Result<i32, ErrorKind<'_>> {
    w.parse::<u16>()
        .map(i32::from)
        .map_err(|_| ErrorKind::BadCoordinate(w))
}

/// An app the replay can drive: it takes inputs with the time, says whether
/// the screen must be redrawn, and draws what changed on `D`.
pub trait Driven<D: DrawTarget> {
    /// Handles one input at `now_ms`; `true` when a redraw is needed.
    fn input(&mut self, input: Event, now_ms: u64) -> bool;
    /// Draws what changed since the last draw.
    fn draw(&mut self, target: &mut D) -> Result<(), D::Error>;
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

/// Called by [`replay`] around each frame and at each `shot`.
pub trait Hooks<D> {
    /// Just before the app draws `frame` (start a timer here).
    fn before_draw(&mut self, _frame: &Frame) {}
    /// Just after the app drew `frame` on `target`.
    fn after_draw(&mut self, frame: &Frame, target: &mut D);
    /// A `shot NAME` step: `target` holds the screen as it is now.
    fn shot(&mut self, _name: &str, _target: &mut D) {}
}

/// Hooks from a closure called after every frame.
pub struct OnFrame<F>(pub F);

impl<D, F: FnMut(&Frame, &mut D)> Hooks<D> for OnFrame<F> {
    fn after_draw(&mut self, frame: &Frame, target: &mut D) {
        (self.0)(frame, target)
    }
}

/// What a finished replay did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Replayed {
    /// Frames drawn, the first one included.
    pub frames: u32,
    /// Inputs fed to the app, ticks included.
    pub inputs: u32,
    /// The clock at the end.
    pub end_ms: u64,
}

/// Why a replay stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplayError<'s, E> {
    /// The script has a bad line (found before any input was fed).
    Script(ScriptError<'s>),
    /// The draw target failed.
    Draw(E),
}

impl<E: fmt::Debug> fmt::Display for ReplayError<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayError::Script(e) => e.fmt(f),
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
/// use spotcheck_kiosk::Event;
///
/// /// Counts touches; redraws on each lift.
/// struct Counter(u32);
/// impl Driven<MockDisplay<BinaryColor>> for Counter {
///     fn input(&mut self, input: Event, _now_ms: u64) -> bool {
///         matches!(input, Event::TouchUp(_)).then(|| self.0 += 1).is_some()
///     }
///     fn draw(&mut self, _: &mut MockDisplay<BinaryColor>) -> Result<(), core::convert::Infallible> {
///         Ok(())
///     }
/// }
///
/// let mut frames = 0;
/// let done = replay(&mut Counter(0), "tap 1 2\ntap 3 4\n", &mut MockDisplay::new(),
///                   &mut OnFrame(|_: &_, _: &mut _| frames += 1)).unwrap();
/// assert_eq!((done.frames, frames), (3, 3)); // the first frame and one per tap
/// assert_eq!(done.end_ms, 1000);
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
    r.frame()?;
    for step in steps(script) {
        let (line, step) = step.map_err(ReplayError::Script)?;
        r.line = line;
        match step {
            Step::Tap(p) => {
                r.feed(Event::TouchDown(p))?;
                r.advance(TAP_PRESS_MS)?;
                r.feed(Event::TouchUp(p))?;
                r.advance(STEP_GAP_MS)?;
            }
            Step::Key(k) => {
                r.feed(Event::Key(k))?;
                r.advance(STEP_GAP_MS)?;
            }
            Step::Wait(ms) => r.advance(u64::from(ms))?,
            Step::Shot(name) => r.hooks.shot(name, r.target),
        }
    }
    Ok(Replayed {
        frames: r.frames,
        inputs: r.inputs,
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
}
