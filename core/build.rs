//! Compiles the content files (`content/` at the repository root) into the
//! static tables `content::generated` includes, after running core's checker
//! on them (see `spotcheck-content-build`). Bad content fails the build here,
//! with the file, line and node of every problem.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    println!("cargo:rerun-if-changed={}", dir.display());
    for f in spotcheck_content_build::FILES {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
    }
    match spotcheck_content_build::compile(&dir) {
        Ok(c) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("content.rs");
            std::fs::write(&out, c.rust).expect("OUT_DIR is writable");
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
