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
