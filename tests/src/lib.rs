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
