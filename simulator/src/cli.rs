//! The command line.
//!
//! `spotcheck-sim [COMMAND] [OPTIONS]`. Every error is one clear line on
//! standard error and exit status 2; nothing is ever half-done silently.
//!
//! | command | what it does |
//! | --- | --- |
//! | (none) `[--size WxH] [--scale N] [--lang L] [--store PATH]` | open the kiosk in a window; settings and counters are kept in PATH (2 x 4 KiB of flash in a file) or, without it, in RAM for this run; a store that cannot be opened or is damaged gives factory settings, one line on stderr and a warning on the admin screen; exit 2 at once with one line if there is no display |
//! | `run --script FILE [--shots DIR] [--size WxH] [--lang L]` | replay a script headless; `shot NAME` steps write PNGs; exit 0 when it ran to the end, 1 when an `expect` or `press` failed (the line and both screens on stderr), 2 for a bad line, file or option |
//! | `screenshots DIR [--size WxH] [--lang L]` | every distinct screen as PNG |
//! | `goldens DIR` | rewrite the golden PNGs (every screen, 320x240 and 800x480, every language) |
//! | `vignettes [--json] [--lang L] [--engine] FILE` | run test patients by tapping through the kiosk (or the engine alone); exit 0 all pass, 1 some fail, 2 bad file |
//! | `stats [--json] [--size WxH] [--lang L]` | pixels written and drawing calls per screen transition |
//! | `check` | run the content checker and print its evidence and table sizes |
//! | `review --out DIR [--vignettes FILE]` | write the clinician review pack into DIR (tree picture, every path, safety evidence, coverage, vignette results); exit 0 written, 1 content fails its checks, 2 bad option, unreadable vignettes or unwritable DIR |

use crate::bench::parse_size;
use crate::runner::{json_line, run_engine, run_taps, table};
use crate::vignette;
use embedded_graphics::prelude::Size;
use spotcheck_core::Language;
use std::io::Write;

/// Usage text.
pub const USAGE: &str =
    "usage: spotcheck-sim [--size 320x240|480x320|800x480] [--scale N] [--lang en|es] [--store PATH]
       spotcheck-sim run --script FILE [--shots DIR] [--size WxH] [--lang L]
       spotcheck-sim screenshots DIR [--size WxH] [--lang L]
       spotcheck-sim goldens DIR
       spotcheck-sim vignettes [--json] [--lang L] [--engine] FILE.toml
       spotcheck-sim stats [--json] [--size WxH] [--lang L]
       spotcheck-sim check
       spotcheck-sim review --out DIR [--vignettes FILE.toml]";

/// Runs the command line; returns the process exit status.
pub fn main_with(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match args.first().map(String::as_str) {
        Some("vignettes") => vignettes(&args[1..], out, err),
        Some("run") => run(&args[1..], out, err),
        Some("screenshots") => screenshots(&args[1..], out, err),
        Some("goldens") => goldens(&args[1..], out, err),
        Some("stats") => stats(&args[1..], out, err),
        None => window(args, err),
        Some(a) if a.starts_with("--") && !matches!(a, "--help") => window(args, err),
        Some("check") if args.len() == 1 => check(out, err),
        Some("review") => review(&args[1..], out, err),
        Some("-h" | "--help" | "help") => {
            let _ = writeln!(out, "{USAGE}");
            0
        }
        Some(other) => {
            let _ = writeln!(
                err,
                "spotcheck-sim: unknown command or option `{other}`\n{USAGE}"
            );
            2
        }
    }
}

/// Options common to the commands: flags with a value, switches, and
/// positional arguments. Unknown options are an error naming them.
struct Opts {
    values: Vec<(&'static str, String)>,
    switches: Vec<&'static str>,
    positional: Vec<String>,
}

impl Opts {
    fn parse(
        cmd: &str,
        args: &[String],
        with_value: &[&'static str],
        switches: &[&'static str],
        err: &mut dyn Write,
    ) -> Option<Opts> {
        let mut o = Opts {
            values: Vec::new(),
            switches: Vec::new(),
            positional: Vec::new(),
        };
        let mut i = 0;
        while i < args.len() {
            let a = args[i].as_str();
            if let Some(flag) = with_value.iter().find(|f| **f == a) {
                let Some(v) = args.get(i + 1).filter(|v| !v.starts_with("--")) else {
                    let _ = writeln!(err, "spotcheck-sim {cmd}: {a} needs a value\n{USAGE}");
                    return None;
                };
                o.values.push((flag, v.clone()));
                i += 2;
                continue;
            }
            if let Some(sw) = switches.iter().find(|f| **f == a) {
                o.switches.push(sw);
            } else if a.starts_with('-') {
                let _ = writeln!(err, "spotcheck-sim {cmd}: unknown option `{a}`\n{USAGE}");
                return None;
            } else {
                o.positional.push(a.to_string());
            }
            i += 1;
        }
        Some(o)
    }

    fn value(&self, flag: &str) -> Option<&String> {
        self.values
            .iter()
            .rev()
            .find(|(f, _)| *f == flag)
            .map(|(_, v)| v)
    }

    fn has(&self, switch: &str) -> bool {
        self.switches.contains(&switch)
    }

    fn size(&self, cmd: &str, err: &mut dyn Write) -> Option<Size> {
        match self.value("--size") {
            None => Some(Size::new(320, 240)),
            Some(v) => {
                let s = parse_size(v);
                if s.is_none() {
                    let _ = writeln!(
                        err,
                        "spotcheck-sim {cmd}: --size takes 320x240, 480x320 or 800x480 (got `{v}`)"
                    );
                }
                s
            }
        }
    }

    fn lang(&self, err: &mut dyn Write) -> Option<Language> {
        match self.value("--lang") {
            None => Some(Language::En),
            Some(v) => parse_lang(Some(v), err),
        }
    }

    fn no_positional(&self, cmd: &str, err: &mut dyn Write) -> Option<()> {
        match self.positional.first() {
            None => Some(()),
            Some(p) => {
                let _ = writeln!(
                    err,
                    "spotcheck-sim {cmd}: unexpected argument `{p}`\n{USAGE}"
                );
                None
            }
        }
    }
}

fn settings(language: Language) -> spotcheck_kiosk::Settings {
    spotcheck_kiosk::Settings {
        language,
        ..spotcheck_kiosk::Settings::default()
    }
}

fn window(args: &[String], err: &mut dyn Write) -> i32 {
    let Some(o) = Opts::parse(
        "",
        args,
        &["--size", "--scale", "--lang", "--store"],
        &[],
        err,
    ) else {
        return 2;
    };
    let (Some(size), Some(lang), Some(())) =
        (o.size("", err), o.lang(err), o.no_positional("", err))
    else {
        return 2;
    };
    let scale = match o.value("--scale").map(|v| v.parse::<u32>()) {
        None => {
            if size.width <= 320 {
                3
            } else {
                2
            }
        }
        Some(Ok(n)) if (1..=4).contains(&n) => n,
        Some(_) => {
            let _ = writeln!(err, "spotcheck-sim: --scale takes 1 to 4");
            return 2;
        }
    };
    let (mut store, loaded) = open_store(o.value("--store").map(String::as_str), err);
    let mut stored = loaded.settings;
    if o.value("--lang").is_some() {
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
    path: Option<&str>,
    err: &mut dyn Write,
) -> (crate::persist::SimStore, spotcheck_store::Loaded) {
    match path {
        None => {
            let mut s = crate::persist::SimStore::ram();
            let loaded = s.load();
            (s, loaded)
        }
        Some(p) => {
            let (s, loaded, warn) = crate::persist::SimStore::open_file(std::path::Path::new(p));
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

fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some(o) = Opts::parse(
        "run",
        args,
        &["--script", "--shots", "--size", "--lang"],
        &[],
        err,
    ) else {
        return 2;
    };
    let (Some(size), Some(lang), Some(())) =
        (o.size("run", err), o.lang(err), o.no_positional("run", err))
    else {
        return 2;
    };
    let Some(file) = o.value("--script") else {
        let _ = writeln!(
            err,
            "spotcheck-sim run: which script? (--script FILE)\n{USAGE}"
        );
        return 2;
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim run: cannot read {file}: {e}");
            return 2;
        }
    };
    let shots = o.value("--shots").map(std::path::PathBuf::from);
    match crate::headless::run(&text, settings(lang), size, shots.as_deref()) {
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
            let _ = writeln!(err, "spotcheck-sim run: {file}: {e}");
            match e {
                crate::headless::RunError::Failed(_) => 1,
                crate::headless::RunError::Unusable(_) => 2,
            }
        }
    }
}

fn screenshots(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some(o) = Opts::parse("screenshots", args, &["--size", "--lang"], &[], err) else {
        return 2;
    };
    let (Some(size), Some(lang)) = (o.size("screenshots", err), o.lang(err)) else {
        return 2;
    };
    let [dir] = o.positional.as_slice() else {
        let _ = writeln!(
            err,
            "spotcheck-sim screenshots: give one output folder\n{USAGE}"
        );
        return 2;
    };
    match crate::screens::screenshots(std::path::Path::new(dir), size, lang) {
        Ok(files) => {
            let _ = writeln!(out, "{} screens written to {dir}", files.len());
            0
        }
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim screenshots: {e}");
            2
        }
    }
}

fn goldens(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let [dir] = args else {
        let _ = writeln!(
            err,
            "spotcheck-sim goldens: give the golden folder (tests/golden)\n{USAGE}"
        );
        return 2;
    };
    match crate::screens::write_goldens(std::path::Path::new(dir)) {
        Ok(n) => {
            let _ = writeln!(
                out,
                "{n} golden screens written under {dir}: review the changes before committing them"
            );
            0
        }
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim goldens: {e}");
            2
        }
    }
}

fn stats(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some(o) = Opts::parse("stats", args, &["--size", "--lang"], &["--json"], err) else {
        return 2;
    };
    let (Some(size), Some(lang), Some(())) = (
        o.size("stats", err),
        o.lang(err),
        o.no_positional("stats", err),
    ) else {
        return 2;
    };
    let transitions = match crate::stats::transitions(size, lang) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "spotcheck-sim stats: {e}");
            return 2;
        }
    };
    let summary = crate::stats::summarise(&transitions, size);
    if o.has("--json") {
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

fn parse_lang(value: Option<&String>, err: &mut dyn Write) -> Option<Language> {
    let lang = value
        .and_then(|v| Language::from_code(v))
        .filter(|l| Language::ALL.contains(l));
    if lang.is_none() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        let _ = writeln!(
            err,
            "spotcheck-sim: --lang takes one of: {}",
            codes.join(", ")
        );
    }
    lang
}

fn vignettes(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some(o) = Opts::parse(
        "vignettes",
        args,
        &["--lang", "--size"],
        &["--json", "--engine"],
        err,
    ) else {
        return 2;
    };
    let (Some(size), Some(language)) = (o.size("vignettes", err), o.lang(err)) else {
        return 2;
    };
    let file = match o.positional.as_slice() {
        [f] => f.clone(),
        [] => {
            let _ = writeln!(err, "spotcheck-sim vignettes: which file?\n{USAGE}");
            return 2;
        }
        [_, extra, ..] => {
            let _ = writeln!(
                err,
                "spotcheck-sim vignettes: one file only (got `{extra}` too)\n{USAGE}"
            );
            return 2;
        }
    };
    let text = match std::fs::read_to_string(&file) {
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
        let run = if o.has("--engine") {
            run_engine(v, language)
        } else {
            run_taps(v, language, size)
        };
        match run {
            Ok(r) => runs.push(r),
            Err(e) => {
                let _ = writeln!(err, "spotcheck-sim vignettes: {file}: {e}");
                return 2;
            }
        }
    }
    if o.has("--json") {
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

fn check(out: &mut dyn Write, err: &mut dyn Write) -> i32 {
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
    let by: Vec<String> = spotcheck_core::Disposition::ALL
        .iter()
        .zip(r.paths_by_disposition)
        .map(|(d, n)| format!("{} {n}", d.id()))
        .collect();
    let _ = writeln!(out, "paths by disposition: {}", by.join(", "));
    let _ = writeln!(
        out,
        "rule 1: {} non-emergency paths each cleared all {} red flags",
        r.red_flag_paths_checked,
        spotcheck_core::Finding::RED_FLAGS.len()
    );
    let _ = writeln!(
        out,
        "rule 2: {} not-sure comparisons, none less urgent than the worrying answer",
        r.unsure_comparisons
    );
    let _ = writeln!(
        out,
        "rule 4: {} strings present in {} language(s)",
        r.strings_checked,
        spotcheck_core::Language::ALL.len()
    );
    let _ = writeln!(
        out,
        "tables on this host: structure {} bytes, strings {} bytes",
        f.structure, f.strings
    );
    let _ = writeln!(
        out,
        "Session on this host: {} bytes (answer log of {} taps)",
        core::mem::size_of::<spotcheck_core::Session<'static>>(),
        spotcheck_core::config::MAX_ANSWERS
    );
    0
}

fn review(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut dir: Option<&str> = None;
    let mut file: Option<&str> = None;
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        match flag {
            "--out" | "--vignettes" => {
                let Some(value) = args.get(i + 1).filter(|v| !v.starts_with("--")) else {
                    let _ = writeln!(err, "spotcheck-sim review: {flag} needs a value\n{USAGE}");
                    return 2;
                };
                let slot = if flag == "--out" { &mut dir } else { &mut file };
                if slot.is_some() {
                    let _ = writeln!(err, "spotcheck-sim review: {flag} given twice\n{USAGE}");
                    return 2;
                }
                *slot = Some(value);
                i += 2;
            }
            other => {
                let _ = writeln!(
                    err,
                    "spotcheck-sim review: unknown option `{other}`\n{USAGE}"
                );
                return 2;
            }
        }
    }
    let Some(dir) = dir else {
        let _ = writeln!(err, "spotcheck-sim review: where to? (--out DIR)\n{USAGE}");
        return 2;
    };
    let (name, path) = match file {
        Some(f) => (f.to_string(), std::path::PathBuf::from(f)),
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
    if let Err(e) = crate::review::write(std::path::Path::new(dir), &files) {
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
