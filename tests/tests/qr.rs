//! The "show the pharmacist" QR code, read back from the screen as a phone
//! camera would: for every outcome, in every language, at the board's
//! 320x240, the code decodes and says the disposition, every likely cause
//! and the answers given.

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use spotcheck_core::{content, Language};
use spotcheck_kiosk::{ButtonId, Screen};
use spotcheck_sim::bench::Bench;
use spotcheck_sim::screens::routes;

fn decode(bench: &Bench) -> Vec<String> {
    let d = bench.display();
    let size = d.bounding_box().size;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(
        size.width as usize,
        size.height as usize,
        |x, y| {
            let c: Rgb888 = d.get_pixel(Point::new(x as i32, y as i32));
            ((u16::from(c.r()) + u16::from(c.g()) + u16::from(c.b())) / 3) as u8
        },
    );
    img.detect_grids()
        .iter()
        .filter_map(|g| g.decode().ok())
        .map(|(_, text)| text)
        .collect()
}

#[test]
fn every_result_qr_code_reads_back_with_the_disposition_causes_and_answers() {
    let tree = &content::TREE;
    let routes = routes().unwrap();
    let mut checked = 0;
    for lang in Language::ALL {
        for (o, answers) in &routes.to_outcome {
            let outcome = &tree.outcomes[*o as usize];
            let mut bench = Bench::with_language(*lang, Size::new(320, 240));
            bench.start().unwrap();
            bench
                .answer_choices(&answers.iter().map(|a| a.choice).collect::<Vec<_>>())
                .unwrap();
            if !matches!(bench.screen(), Screen::Result { .. }) {
                continue; // emergencies show the number to call, not a code
            }
            let mut texts = decode(&bench);
            while texts.is_empty() && bench.button(ButtonId::NextPage).is_some() {
                bench.press(ButtonId::NextPage).unwrap();
                texts = decode(&bench);
            }
            let text = texts.first().unwrap_or_else(|| {
                panic!(
                    "{}: no readable QR code on any page ({})",
                    outcome.key,
                    lang.code()
                )
            });
            for c in outcome.causes {
                let name = tree.condition(*c).unwrap().name.get(*lang);
                assert!(
                    text.contains(name),
                    "{} ({}): QR text lacks `{name}`:\n{text}",
                    outcome.key,
                    lang.code()
                );
            }
            // Red-flag screens all answered "No" are summed up in one line.
            for a in answers.iter().filter(|a| {
                tree.questions[a.question as usize].role != spotcheck_core::tree::Role::RedFlag
            }) {
                let label = tree.questions[a.question as usize].choices[a.choice as usize]
                    .label
                    .get(*lang);
                assert!(
                    text.contains(label),
                    "{} ({}): QR text lacks the answer `{label}`:\n{text}",
                    outcome.key,
                    lang.code()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 40);
}
