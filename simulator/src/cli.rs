//! The command line.
//!
//! `spotcheck-sim [OPTIONS]` opens the kiosk in a window;
//! `spotcheck-sim COMMAND [OPTIONS]` runs one of the headless commands. The
//! options are declared once, as clap derive structs below, and `--help`
//! (on the program and on every command) is generated from them, so the
//! help cannot drift from what is parsed.
//!
//! Exit status, for every command: 0 done; 1 the thing checked failed (a
//! vignette, an `expect` or `press` of a script, the content's checks); 2
//! the command could not be done as asked (a bad option, a malformed file
//! or script, a folder that cannot be written, no display). Every usage
//! error names the command (`spotcheck-sim run: ...`), then says where the
//! help is.

use crate::runner::{json_line, run_engine, run_taps, table};
use crate::vignette;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand};
use embedded_graphics::prelude::Size;
use spotcheck_core::Language;
use std::io::Write;
use std::path::PathBuf;

/// The exit statuses, as `--help` prints them.
const EXIT_STATUS: &str = "Exit status: 0 done; 1 a check failed (a vignette, a script's expect or press, the content); 2 a bad option, malformed input, an unwritable folder or no display.";

/// `spotcheck-sim`: the kiosk in a window, or a headless command.
#[derive(Debug, Parser)]
#[command(
    name = "spotcheck-sim",
    about = "SpotCheck's desktop simulator and test bench.",
    long_about = "SpotCheck's desktop simulator and test bench.\n\nWith no command, opens the kiosk in a window (a click is a tap; arrows or Tab move the focus, Enter or Space selects, Backspace or Escape goes back). The commands run headless.",
    after_help = EXIT_STATUS,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A headless command; with none, the window opens.
    #[command(subcommand)]
    command: Option<Command>,
    /// The window's options.
    #[command(flatten)]
    window: WindowArgs,
}

/// The window's options.
#[derive(Debug, Args)]
struct WindowArgs {
    /// The kiosk's screen in pixels
    #[arg(long, value_name = "WxH", value_parser = size_parser(), default_value = "320x240")]
    size: Size,
    /// Window pixels per kiosk pixel at opening [default: the largest that fits a 1280x1024 desktop with its title bar and panel: 3 at 320x240, 2 at 480x320, 1 at 800x480]; resizing the window rescales in whole steps
    #[arg(long, value_name = "N", value_parser = scale_parser())]
    scale: Option<u32>,
    /// The kiosk's language [default: the stored setting; en on a fresh store]
    #[arg(long, value_name = "CODE", value_parser = lang_parser())]
    lang: Option<Language>,
    /// Keep settings and counters in this file (2 x 4 KiB of flash) [default: in RAM, for this run only]. A file that cannot be opened or is damaged gives factory settings, one line on stderr and a warning on the admin screen
    #[arg(long, value_name = "PATH")]
    store: Option<PathBuf>,
}

/// The kiosk a headless command drives.
#[derive(Debug, Args)]
struct Kiosk {
    /// The kiosk's screen in pixels
    #[arg(long, value_name = "WxH", value_parser = size_parser(), default_value = "320x240")]
    size: Size,
    /// The kiosk's language
    #[arg(long, value_name = "CODE", value_parser = lang_parser(), default_value = "en")]
    lang: Language,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Replay a script of presses, taps, keys and waits headless; `shot NAME` lines write NAME.png
    #[command(
        long_about = "Replay a script of presses, taps, keys and waits headless; `shot NAME` lines write NAME.png into the shots folder.\n\nThe whole script is checked first: every bad line is reported with its number and nothing runs. A shot name is letters, digits, `-`, `_` and `.` (not first), so it stays inside the shots folder, and is used once.",
        after_help = "Exit status: 0 the script ran to the end; 1 an expect or press failed (the line and both screens on stderr); 2 a bad line, file or option."
    )]
    Run(RunArgs),
    /// Write every distinct screen as PNG into a folder
    #[command(after_help = "Exit status: 0 written; 2 a bad option or an unwritable folder.")]
    Screenshots(ScreenshotsArgs),
    /// Rewrite the golden PNGs: every screen at 320x240 and 800x480 in every language
    #[command(after_help = "Exit status: 0 written; 2 a bad option or an unwritable folder.")]
    Goldens(GoldensArgs),
    /// Run test patients by tapping through the kiosk (or the engine alone)
    #[command(
        after_help = "Exit status: 0 every vignette passed; 1 some failed; 2 a bad option or an unreadable or malformed file."
    )]
    Vignettes(VignettesArgs),
    /// Pixels written and drawing calls per screen transition
    #[command(after_help = "Exit status: 0 done; 2 a bad option.")]
    Stats(StatsArgs),
    /// Run the content checker; print its evidence and table sizes
    #[command(
        after_help = "Exit status: 0 every check passed; 1 the content fails its checks; 2 a bad option."
    )]
    Check(CheckArgs),
    /// Write the clinician review pack (tree picture, every path, safety evidence, coverage, vignette results)
    #[command(
        after_help = "Exit status: 0 written; 1 the content fails its checks; 2 a bad option, unreadable vignettes or an unwritable folder."
    )]
    Review(ReviewArgs),
}

#[derive(Debug, Args)]
struct RunArgs {
    /// The script to replay
    #[arg(long, value_name = "FILE")]
    script: PathBuf,
    /// Write `shot` screenshots into this folder (created if missing) [default: none are written]
    #[arg(long, value_name = "DIR")]
    shots: Option<PathBuf>,
    #[command(flatten)]
    kiosk: Kiosk,
}

#[derive(Debug, Args)]
struct ScreenshotsArgs {
    /// The folder to write into (created if missing)
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[command(flatten)]
    kiosk: Kiosk,
}

#[derive(Debug, Args)]
struct GoldensArgs {
    /// The golden folder, tests/golden; each set under it is replaced
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

#[derive(Debug, Args)]
struct VignettesArgs {
    /// The vignettes file (TOML), e.g. tests/vignettes/public.toml
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// One JSON object per vignette instead of the table
    #[arg(long)]
    json: bool,
    /// Walk the engine directly instead of tapping through the kiosk
    #[arg(long)]
    engine: bool,
    #[command(flatten)]
    kiosk: Kiosk,
}

#[derive(Debug, Args)]
struct StatsArgs {
    /// One JSON object per transition, then a summary object
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    kiosk: Kiosk,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// The evidence as one JSON object
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ReviewArgs {
    /// The folder to write the pack into (created if missing)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The vignettes to run into the pack [default: tests/vignettes/public.toml]
    #[arg(long, value_name = "FILE")]
    vignettes: Option<PathBuf>,
}

/// `--size`: one of the screen sizes the kiosk supports.
fn size_parser() -> impl TypedValueParser<Value = Size> {
    PossibleValuesParser::new(["320x240", "480x320", "800x480"]).try_map(|s| {
        crate::bench::parse_size(&s).ok_or_else(|| format!("`{s}` is not a supported size"))
    })
}

/// `--scale`: 1 to 4.
fn scale_parser() -> impl TypedValueParser<Value = u32> {
    PossibleValuesParser::new(["1", "2", "3", "4"])
        .try_map(|s| s.parse::<u32>().map_err(|e| e.to_string()))
}

/// `--lang`: one of the kiosk's languages.
fn lang_parser() -> impl TypedValueParser<Value = Language> {
    PossibleValuesParser::new(Language::ALL.iter().map(|l| l.code())).try_map(|s| {
        Language::from_code(&s).ok_or_else(|| format!("`{s}` is not a language of the kiosk"))
    })
}

/// The window scale used when `--scale` is not given: the largest whole
/// number, at most 4, at which the window and its decorations fit a
/// 1280x1024 desktop (minifb cannot ask the monitor its size). Leaves 80 px
/// across and 124 px down for borders, a title bar and a panel: 3 at
/// 320x240, 2 at 480x320, 1 at 800x480.
///
/// ```
/// use embedded_graphics::prelude::Size;
/// use spotcheck_sim::cli::default_scale;
/// assert_eq!(default_scale(Size::new(320, 240)), 3);
/// assert_eq!(default_scale(Size::new(480, 320)), 2);
/// assert_eq!(default_scale(Size::new(800, 480)), 1);
/// ```
pub fn default_scale(size: Size) -> u32 {
    let (w, h) = (1280 - 80, 1024 - 124);
    (1..=4u32)
        .rev()
        .find(|s| size.width * s <= w && size.height * s <= h)
        .unwrap_or(1)
}

/// Runs the command line; returns the process exit status.
pub fn main_with(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let argv = std::iter::once("spotcheck-sim").chain(args.iter().map(String::as_str));
    let cli = match Cli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => return usage_error(&e, args, out, err),
    };
    match cli.command {
        None => window(cli.window, err),
        Some(Command::Run(a)) => run(a, out, err),
        Some(Command::Screenshots(a)) => screenshots(a, out, err),
        Some(Command::Goldens(a)) => goldens(a, out, err),
        Some(Command::Vignettes(a)) => vignettes(a, out, err),
        Some(Command::Stats(a)) => stats(a, out, err),
        Some(Command::Check(a)) => check(a, out, err),
        Some(Command::Review(a)) => review(a, out, err),
    }
}

/// Prints `--help` on `out` (status 0), or a usage error on `err` naming
/// the command, what is wrong and where the help is (status 2).
fn usage_error(e: &clap::Error, args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = write!(out, "{}", e.render());
        return 0;
    }
    let cli = Cli::command();
    let cmd = args
        .first()
        .filter(|a| cli.find_subcommand(a.as_str()).is_some())
        .map(|a| format!("spotcheck-sim {a}"))
        .unwrap_or_else(|| "spotcheck-sim".to_string());
    let _ = writeln!(err, "{cmd}: {}\n(see `{cmd} --help`)", describe(e, &cli));
    2
}

/// One line saying what is wrong, in the words the rest of the simulator
/// uses (`unknown option `--x``, `--size takes 320x240, 480x320 or
/// 800x480 (got `1x1`)`, `--out needs a value`, `missing --script FILE`).
fn describe(e: &clap::Error, cli: &clap::Command) -> String {
    let text = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |k| match e.get(k) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    // `--size <WxH>` → `--size`; `<DIR>` → `DIR`.
    let flag = |a: &str| {
        if a.starts_with('-') {
            a.split([' ', '=']).next().unwrap_or(a).to_string()
        } else {
            a.trim_matches(['<', '>']).to_string()
        }
    };
    let invalid_arg = text(ContextKind::InvalidArg).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument if invalid_arg.starts_with('-') => {
            format!("unknown option `{invalid_arg}`")
        }
        ErrorKind::UnknownArgument => format!("unexpected argument `{invalid_arg}`"),
        ErrorKind::InvalidSubcommand => {
            let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
            format!(
                "unknown command `{}`; the commands are {}",
                text(ContextKind::InvalidSubcommand).unwrap_or_default(),
                names.join(", ")
            )
        }
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let valid = strings(ContextKind::ValidValue);
            if value.is_empty() {
                format!("{} needs a value", flag(&invalid_arg))
            } else if valid.is_empty() {
                format!("`{value}` is not a valid {}", flag(&invalid_arg))
            } else {
                format!(
                    "{} takes {} (got `{value}`)",
                    flag(&invalid_arg),
                    one_of(&valid)
                )
            }
        }
        ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let why = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            format!("`{value}` is not a valid {}: {why}", flag(&invalid_arg))
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = strings(ContextKind::InvalidArg)
                .iter()
                .map(|a| a.replace(['<', '>'], ""))
                .collect();
            format!("missing {}", missing.join(" and "))
        }
        ErrorKind::MissingSubcommand => "which command?".to_string(),
        _ => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    }
}

/// `a`, `a or b`, `a, b or c`.
fn one_of(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

fn settings(language: Language) -> spotcheck_kiosk::Settings {
    spotcheck_kiosk::Settings {
        language,
        ..spotcheck_kiosk::Settings::default()
    }
}

fn window(a: WindowArgs, err: &mut dyn Write) -> i32 {
    let size = a.size;
    let scale = a.scale.unwrap_or_else(|| default_scale(size));
    let (mut store, loaded) = open_store(a.store.as_deref(), err);
    let mut stored = loaded.settings;
    if let Some(lang) = a.lang {
        stored.language = lang.into();
    }
    let mut app =
        spotcheck_kiosk::App::with_persisted(stored, loaded.counters, loaded.health, size);
    app.add_entropy(entropy());
    let apply = |app: &mut spotcheck_kiosk::App| {
        while let Some(r) = app.take_store_request() {
            if let Err(e) = store.apply(r) {
                eprintln!("spotcheck-sim: the store could not be written: {e}");
            }
        }
    };
    match crate::window::open(app, size, scale, apply) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(
                err,
                "spotcheck-sim: no display found ({}); run headless instead: `spotcheck-sim screenshots DIR` or `spotcheck-sim run --script FILE --shots DIR`",
                e.0
            );
            2
        }
    }
}

/// The store for a run: the file at `path`, or RAM. Falling back to RAM
/// prints one line on `err`.
pub fn open_store(
    path: Option<&std::path::Path>,
    err: &mut dyn Write,
) -> (crate::persist::SimStore, spotcheck_store::Loaded) {
    match path {
        None => {
            let mut s = crate::persist::SimStore::ram();
            let loaded = s.load();
            (s, loaded)
        }
        Some(p) => {
            let (s, loaded, warn) = crate::persist::SimStore::open_file(p);
            if let Some(w) = warn {
                let _ = writeln!(err, "{w}");
            }
            (s, loaded)
        }
    }
}

/// Some bits for PIN salts: the time and the process id.
fn entropy() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    t ^ (u64::from(std::process::id()) << 32)
}

fn run(a: RunArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let file = a.script.display();
    let text = match std::fs::read_to_string(&a.script) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim run: cannot read {file}: {e}");
            return 2;
        }
    };
    match crate::headless::run(
        &text,
        settings(a.kiosk.lang),
        a.kiosk.size,
        a.shots.as_deref(),
    ) {
        Ok((done, written)) => {
            let _ = writeln!(
                out,
                "replayed {file}: {} steps, {} expects held, {} frames, {} inputs, {} ms, {} screenshots",
                done.steps,
                done.expects,
                done.frames,
                done.inputs,
                done.end_ms,
                written.len()
            );
            0
        }
        Err(e) => {
            for line in e.to_string().lines() {
                let _ = writeln!(err, "spotcheck-sim run: {file}: {line}");
            }
            match e {
                crate::headless::RunError::Failed(_) => 1,
                crate::headless::RunError::Unusable(_) | crate::headless::RunError::BadLines(_) => {
                    2
                }
            }
        }
    }
}

fn screenshots(a: ScreenshotsArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match crate::screens::screenshots(&a.dir, a.kiosk.size, a.kiosk.lang) {
        Ok(files) => {
            let _ = writeln!(
                out,
                "{} screens written to {}",
                files.len(),
                a.dir.display()
            );
            0
        }
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim screenshots: {e}");
            2
        }
    }
}

fn goldens(a: GoldensArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match crate::screens::write_goldens(&a.dir) {
        Ok(n) => {
            let _ = writeln!(
                out,
                "{n} golden screens written under {}: review the changes before committing them",
                a.dir.display()
            );
            0
        }
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim goldens: {e}");
            2
        }
    }
}

fn stats(a: StatsArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let size = a.kiosk.size;
    let transitions = match crate::stats::transitions(size, a.kiosk.lang) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim stats: {e}");
            return 2;
        }
    };
    let summary = crate::stats::summarise(&transitions, size);
    if a.json {
        for t in &transitions {
            let _ = writeln!(out, "{}", crate::stats::json(t));
        }
        let _ = writeln!(out, "{}", crate::stats::json_summary(&summary));
    } else {
        let _ = writeln!(
            out,
            "{:<44} {:<44} {:>8} {:>6}",
            "from", "to", "pixels", "calls"
        );
        for t in &transitions {
            let _ = writeln!(
                out,
                "{:<44} {:<44} {:>8} {:>6}",
                t.from, t.to, t.pixels, t.calls
            );
        }
        let _ = writeln!(
            out,
            "{} transitions at {}x{}: median {} pixels, worst {}, full frame {}",
            summary.transitions,
            size.width,
            size.height,
            summary.median_pixels,
            summary.worst_pixels,
            summary.full_frame_pixels
        );
    }
    0
}

fn vignettes(a: VignettesArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let file = a.file.display();
    let text = match std::fs::read_to_string(&a.file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim vignettes: cannot read {file}: {e}");
            return 2;
        }
    };
    let vignettes = match vignette::parse(&text) {
        Ok(v) => v,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim vignettes: {file}: {e}");
            return 2;
        }
    };
    let mut runs = Vec::new();
    for v in &vignettes {
        let run = if a.engine {
            run_engine(v, a.kiosk.lang)
        } else {
            run_taps(v, a.kiosk.lang, a.kiosk.size)
        };
        match run {
            Ok(r) => runs.push(r),
            Err(e) => {
                let _ = writeln!(err, "spotcheck-sim vignettes: {file}: {e}");
                return 2;
            }
        }
    }
    if a.json {
        for r in &runs {
            let _ = writeln!(out, "{}", json_line(r));
        }
    } else {
        let _ = write!(out, "{}", table(&vignettes, &runs));
    }
    if runs.iter().all(|r| r.pass) {
        0
    } else {
        1
    }
}

fn check(a: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let checked = match spotcheck_core::content::checked() {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(
                err,
                "spotcheck-sim check: the content FAILS its checks: {e}"
            );
            return 1;
        }
    };
    let r = checked.report();
    let f = spotcheck_core::content::footprint();
    let session_bytes = core::mem::size_of::<spotcheck_core::Session<'static>>();
    let red_flags = spotcheck_core::Finding::RED_FLAGS.len();
    let languages = spotcheck_core::Language::ALL.len();
    let by_disposition = spotcheck_core::Disposition::ALL
        .iter()
        .zip(r.paths_by_disposition);
    if a.json {
        let by: serde_json::Map<String, serde_json::Value> = by_disposition
            .map(|(d, n)| (d.id().to_string(), n.into()))
            .collect();
        let evidence = serde_json::json!({
            "content_version": checked.tree().version,
            "passed": true,
            "questions": r.questions,
            "routes": r.routes,
            "outcomes": r.outcomes,
            "paths": r.paths,
            "paths_by_disposition": by,
            "taps": {
                "min": r.min_taps,
                "median": r.median_taps(),
                "max": r.max_taps,
                "limit": spotcheck_core::config::MAX_TAPS,
            },
            "rule_1_red_flags": {
                "non_emergency_paths_checked": r.red_flag_paths_checked,
                "red_flags": red_flags,
            },
            "rule_2_not_sure_comparisons": r.unsure_comparisons,
            "rule_4_strings": {
                "checked": r.strings_checked,
                "languages": languages,
            },
            "host_bytes": {
                "structure": f.structure,
                "strings": f.strings,
                "session": session_bytes,
            },
            "answer_log_taps": spotcheck_core::config::MAX_ANSWERS,
        });
        let _ = writeln!(out, "{evidence}");
        return 0;
    }
    let _ = writeln!(
        out,
        "content version {}: every check passed",
        checked.tree().version
    );
    let _ = writeln!(
        out,
        "questions {}, routes {}, outcomes {}, paths {}",
        r.questions, r.routes, r.outcomes, r.paths
    );
    let _ = writeln!(
        out,
        "taps per path: min {}, median {}, max {} (limit {})",
        r.min_taps,
        r.median_taps(),
        r.max_taps,
        spotcheck_core::config::MAX_TAPS
    );
    let by: Vec<String> = by_disposition
        .map(|(d, n)| format!("{} {n}", d.id()))
        .collect();
    let _ = writeln!(out, "paths by disposition: {}", by.join(", "));
    let _ = writeln!(
        out,
        "rule 1: {} non-emergency paths each cleared all {red_flags} red flags",
        r.red_flag_paths_checked,
    );
    let _ = writeln!(
        out,
        "rule 2: {} not-sure comparisons, none less urgent than the worrying answer",
        r.unsure_comparisons
    );
    let _ = writeln!(
        out,
        "rule 4: {} strings present in {languages} language(s)",
        r.strings_checked,
    );
    let codes: Vec<&str> = spotcheck_core::Language::ALL
        .iter()
        .map(|l| l.code())
        .collect();
    let _ = writeln!(out, "languages: {}", codes.join(" "));
    let _ = writeln!(
        out,
        "tables on this host: structure {} bytes, strings {} bytes",
        f.structure, f.strings
    );
    let _ = writeln!(
        out,
        "Session on this host: {session_bytes} bytes (answer log of {} taps)",
        spotcheck_core::config::MAX_ANSWERS
    );
    0
}

fn review(a: ReviewArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let dir = a.out.display();
    let (name, path) = match &a.vignettes {
        Some(f) => (f.display().to_string(), f.clone()),
        None => (
            crate::review::DEFAULT_VIGNETTES_NAME.to_string(),
            crate::review::default_vignettes(),
        ),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim review: cannot read {name}: {e}");
            return 2;
        }
    };
    let files = match crate::review::build(&name, &text) {
        Ok(f) => f,
        Err(e @ crate::review::ReviewError::Content(_)) => {
            let _ = writeln!(err, "spotcheck-sim review: {e}");
            return 1;
        }
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim review: {e}");
            return 2;
        }
    };
    if let Err(e) = crate::review::write(&a.out, &files) {
        let _ = writeln!(err, "spotcheck-sim review: {e}");
        return 2;
    }
    let _ = writeln!(
        out,
        "review pack written to {dir}: {}",
        files.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
    );
    0
}
