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
