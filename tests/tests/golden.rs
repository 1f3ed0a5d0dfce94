//! Golden screens: every distinct screen, at 320x240 and 800x480, in every
//! language, rendered through the bench exactly as a person would reach it
//! and compared pixel for pixel with the committed PNGs in `tests/golden/`.
//! A changed screen is a reviewed change: regenerate with
//! `cargo run --release -p spotcheck-sim -- goldens tests/golden`, look at
//! the PNGs that changed, and commit them.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics_simulator::SimulatorDisplay;
use spotcheck_core::Language;
use spotcheck_sim::screens::{golden_dir, screenshots, GOLDEN_SIZES};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn names(dir: &std::path::Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".png"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_screen_matches_its_golden_png_pixel_for_pixel() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("golden");
    let scratch = std::env::temp_dir().join(format!("spotcheck-golden-{}", std::process::id()));
    let mut problems = Vec::new();
    for size in GOLDEN_SIZES {
        for lang in Language::ALL {
            let golden = golden_dir(&root, size, *lang);
            let fresh = golden_dir(&scratch, size, *lang);
            screenshots(&fresh, size, *lang).unwrap();
            let (want, got) = (names(&golden), names(&fresh));
            for missing in want.difference(&got) {
                problems.push(format!(
                    "{}: screen no longer produced",
                    golden.join(missing).display()
                ));
            }
            for extra in got.difference(&want) {
                problems.push(format!(
                    "{}: new screen with no golden",
                    golden.join(extra).display()
                ));
            }
            for name in want.intersection(&got) {
                let a = SimulatorDisplay::<Rgb888>::load_png(golden.join(name)).unwrap();
                let b = SimulatorDisplay::<Rgb888>::load_png(fresh.join(name)).unwrap();
                if a.diff(&b).is_some() {
                    problems.push(format!("{}: pixels differ", golden.join(name).display()));
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        problems.is_empty(),
        "{} golden problems (regenerate with `cargo run --release -p spotcheck-sim -- goldens tests/golden` and review):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
