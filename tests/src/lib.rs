//! SpotCheck's end-to-end tests live in `tests/tests/`: they drive the
//! kiosk as a person would. Shared helpers go here.
#![forbid(unsafe_code)]

use std::path::PathBuf;

/// A file under `tests/vignettes/`.
pub fn vignette_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("vignettes")
        .join(name)
}

/// Runs the simulator's command line in-process: (exit status, stdout, stderr).
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = spotcheck_sim::cli::main_with(&args, &mut out, &mut err);
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}
