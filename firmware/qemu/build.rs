//! Puts memory.x where the linker finds it, and chooses the scripts the
//! image replays.
//!
//! Scripts: by default every shipped one (`spotcheck_firmware::SCRIPTS`:
//! `firmware/scripts/session.txt`, then `keys.txt`). With
//! `SPOTCHECK_QEMU_SCRIPT=FILE` set at build time (what `cargo xtask qemu
//! --script FILE` does), that one file instead; a relative FILE is taken
//! from this directory. The choice is written to `$OUT_DIR/scripts.rs` as
//! `SCRIPTS: &[(&str, &str)]` (file name, text), and the image rebuilds
//! when the variable or the file changes.
use std::{env, fs, path::PathBuf};

/// The build-time variable naming the one script to replay.
const SCRIPT_VAR: &str = "SPOTCHECK_QEMU_SCRIPT";

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    fs::copy("memory.x", out.join("memory.x")).unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-env-changed={SCRIPT_VAR}");

    let scripts = match env::var_os(SCRIPT_VAR).filter(|v| !v.is_empty()) {
        None => "/// The scripts the image replays: (file name, text).\npub const SCRIPTS: &[(&str, &str)] = &spotcheck_firmware::SCRIPTS;\n".to_string(),
        Some(file) => {
            let here = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
            let path = here.join(file);
            let path = path.canonicalize().unwrap_or_else(|e| {
                panic!("{SCRIPT_VAR}={}: {e}", path.display());
            });
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let path = path.to_str().unwrap_or_else(|| {
                panic!("{SCRIPT_VAR}: the path {} is not UTF-8", path.display())
            });
            format!("/// The script the image replays: (file name, text).\npub const SCRIPTS: &[(&str, &str)] = &[({name:?}, include_str!({path:?}))];\n")
        }
    };
    fs::write(out.join("scripts.rs"), scripts).unwrap();
}
