//! The simulator binary as a user runs it.

use std::process::Command;
use std::time::{Duration, Instant};

fn sim() -> Command {
    Command::new(env!("CARGO_BIN_EXE_spotcheck-sim"))
}

#[test]
fn with_no_display_it_says_so_in_one_line_and_exits_2_within_2_seconds() {
    let start = Instant::now();
    let out = sim()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("no display found") && err.contains("screenshots"),
        "{err}"
    );
}

#[test]
fn an_unknown_option_is_a_clear_error() {
    let out = sim()
        .args(["--frobnicate"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("unknown option `--frobnicate`"));
    let out = sim().args(["stats", "--size", "100x100"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("--size takes 320x240, 480x320 or 800x480"));
    let out = sim().args(["teleport"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A script file in a fresh temporary directory.
fn script_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("spotcheck-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("script.txt");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_wrong_expect_fails_the_run_naming_the_line_and_both_screens() {
    let path = script_file(
        "wrong-expect",
        "expect welcome\npress start  # the age question\nexpect q-glass\npress answer 1\n",
    );
    let out = sim()
        .args(["run", "--script", path.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("spotcheck-sim run: ")
            && err.contains("script line 3: expected q-glass, the kiosk shows q-age"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // The same walk with the right screen runs to the end.
    std::fs::write(&path, "expect welcome\npress start\nexpect q-age\n").unwrap();
    let out = sim()
        .args(["run", "--script", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("3 steps, 2 expects held"), "{said}");
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn a_press_of_a_button_the_screen_lacks_fails_the_run() {
    let path = script_file("no-button", "press start\npress 9\n");
    let out = sim()
        .args(["run", "--script", path.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("script line 2: press 9: q-age has 7 buttons"),
        "{err}"
    );
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn the_shipped_scripts_run_to_the_end_on_the_simulator() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../firmware/scripts");
    for name in ["session.txt", "keys.txt"] {
        let path = format!("{root}/{name}");
        let out = sim().args(["run", "--script", &path]).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Runs the binary with `args`: (exit status, stdout, stderr).
fn run_sim(args: &[&str]) -> (Option<i32>, String, String) {
    let out = sim()
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn help_works_on_the_program_and_every_command_and_exits_0() {
    let (status, said, err) = run_sim(&["--help"]);
    assert_eq!(status, Some(0), "{err}");
    // The window's options are documented with their ranges and defaults.
    for want in [
        "--scale <N>",
        "[possible values: 1, 2, 3, 4]",
        "1 at 800x480",
        "[possible values: 320x240, 480x320, 800x480]",
        "[possible values: en, es, pl, ro]",
        "Exit status: 0",
    ] {
        assert!(said.contains(want), "`{want}` missing from:\n{said}");
    }
    for cmd in [
        "run",
        "screenshots",
        "goldens",
        "vignettes",
        "stats",
        "check",
        "review",
    ] {
        assert!(said.contains(&format!("  {cmd} ")), "{cmd}: {said}");
        let (status, said, _) = run_sim(&["help", cmd]);
        assert_eq!(status, Some(0), "help {cmd}");
        assert!(
            said.contains(&format!("Usage: spotcheck-sim {cmd}")),
            "help {cmd}: {said}"
        );
        for flag in ["--help", "-h"] {
            let (status, said, err) = run_sim(&[cmd, flag]);
            assert_eq!(status, Some(0), "{cmd} {flag}: {err}");
            assert!(err.is_empty(), "{cmd} {flag}: {err}");
            assert!(
                said.contains(&format!("Usage: spotcheck-sim {cmd}"))
                    && said.contains("Exit status"),
                "{cmd} {flag}: {said}"
            );
        }
    }
}

#[test]
fn usage_errors_name_the_command_and_exit_2() {
    for (args, want) in [
        (
            &["run", "--script", "x", "--size", "1x1"][..],
            "spotcheck-sim run: --size takes 320x240, 480x320 or 800x480 (got `1x1`)",
        ),
        (&["run"][..], "spotcheck-sim run: missing --script FILE"),
        (
            &["vignettes", "--frobnicate", "f.toml"][..],
            "spotcheck-sim vignettes: unknown option `--frobnicate`",
        ),
        (
            &["stats", "--lang", "fr"][..],
            "spotcheck-sim stats: --lang takes en, es, pl or ro (got `fr`)",
        ),
        (
            &["check", "extra"][..],
            "spotcheck-sim check: unexpected argument `extra`",
        ),
        (
            &["screenshots"][..],
            "spotcheck-sim screenshots: missing DIR",
        ),
        (
            &["--scale", "9"][..],
            "spotcheck-sim: --scale takes 1, 2, 3 or 4 (got `9`)",
        ),
        (
            &["teleport"][..],
            "spotcheck-sim: unknown command `teleport`",
        ),
    ] {
        let (status, said, err) = run_sim(args);
        assert_eq!(status, Some(2), "{args:?}: {err}");
        assert!(said.is_empty(), "{args:?}: {said}");
        assert!(err.starts_with(want), "{args:?}: {err}");
        assert!(err.contains("--help"), "{args:?}: {err}");
    }
}

#[test]
fn a_missing_script_file_names_the_run_command() {
    let (status, _, err) = run_sim(&["run", "--script", "/nonexistent/script.txt"]);
    assert_eq!(status, Some(2));
    assert!(
        err.starts_with("spotcheck-sim run: cannot read /nonexistent/script.txt"),
        "{err}"
    );
}

#[test]
fn check_json_prints_the_evidence_as_one_json_object() {
    let (status, said, err) = run_sim(&["check", "--json"]);
    assert_eq!(status, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(said.trim()).unwrap();
    assert_eq!(v["passed"], true);
    assert!(v["paths"].as_u64().unwrap() > 0);
    assert!(v["taps"]["max"].as_u64().unwrap() <= v["taps"]["limit"].as_u64().unwrap());
    assert!(v["paths_by_disposition"]["emergency"].as_u64().unwrap() > 0);
    // Same numbers as the text.
    let (_, text, _) = run_sim(&["check"]);
    assert!(text.contains(&format!("paths {}", v["paths"])), "{text}");
    assert!(text.contains("\nlanguages: en es pl ro\n"), "{text}");
}

/// Runs `text` as a script with `--shots` a folder beside it, which must
/// be refused before anything runs (status 2, nothing on stdout, no
/// screenshot written) with one stderr line per entry of `want`, each
/// naming the command and containing that entry. Gives the script's
/// folder.
fn refused(name: &str, text: &str, want: &[&str]) -> std::path::PathBuf {
    let path = script_file(name, text);
    let dir = path.parent().unwrap().to_path_buf();
    let shots = dir.join("shots");
    let (status, said, err) = run_sim(&[
        "run",
        "--script",
        path.to_str().unwrap(),
        "--shots",
        shots.to_str().unwrap(),
    ]);
    assert_eq!(status, Some(2), "{err}");
    assert!(said.is_empty(), "{said}");
    let nothing_written = std::fs::read_dir(&shots).map_or(true, |mut d| d.next().is_none());
    assert!(nothing_written, "nothing runs: {err}");
    assert_eq!(err.lines().count(), want.len(), "{err}");
    for (line, want) in err.lines().zip(want) {
        assert!(
            line.starts_with("spotcheck-sim run: ") && line.contains(want),
            "`{want}` not in:\n{err}"
        );
    }
    dir
}

#[test]
fn every_bad_script_line_is_reported_with_its_number_before_anything_runs() {
    let dir = refused(
        "every-bad-line",
        "shot before\njump 3\npress start\nwait soon\nkey sideways\nshot after\n",
        &[
            "script line 2: unknown command `jump`",
            "script line 4: `soon` is not a wait",
            "script line 5: unknown key `sideways`",
        ],
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn shot_names_stay_inside_the_shots_folder() {
    let dir = refused(
        "escape",
        "shot ok\nshot ../escaped\nshot /tmp/spotcheck-abs\nshot a/b\nshot a\\b\nshot ..\nshot .hidden\n",
        &[
            "script line 2: shot name `../escaped` would leave the shots folder",
            "script line 3: shot name `/tmp/spotcheck-abs` would leave the shots folder",
            "script line 4: shot name `a/b` would leave the shots folder",
            "script line 5: shot name `a\\b` would leave the shots folder",
            "script line 6: shot name `..` would leave the shots folder",
            "script line 7: shot name `.hidden` would leave the shots folder",
        ],
    );
    assert!(!dir.join("escaped.png").exists());
    assert!(!std::path::Path::new("/tmp/spotcheck-abs.png").exists());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn two_shots_with_the_same_name_are_an_error_naming_both_lines() {
    let dir = refused(
        "duplicate-shot",
        "shot one\npress start\nshot two\nshot one\nshot ONE\n",
        &[
            "script line 4: shot name `one` is already used on line 1",
            // The same file on a case-insensitive disk.
            "script line 5: shot name `ONE` is already used on line 1",
        ],
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_readme_shows_each_command_s_options_as_help_prints_them() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    for cmd in [
        None,
        Some("run"),
        Some("screenshots"),
        Some("goldens"),
        Some("vignettes"),
        Some("stats"),
        Some("check"),
        Some("review"),
    ] {
        let args: Vec<&str> = cmd.into_iter().chain(["-h"]).collect();
        let (status, said, _) = run_sim(&args);
        assert_eq!(status, Some(0));
        let block = format!("$ spotcheck-sim {}\n{}", args.join(" "), said.trim_end());
        assert!(
            readme.contains(&block),
            "README.md lacks, or has an old copy of:\n{block}"
        );
    }
}
