//! Renders every kind of screen to PNG: `cargo run -p spotcheck-kiosk
//! --example shots [DIR]` (default /tmp/kiosk-shots).

use embedded_graphics::pixelcolor::Rgb888;
use embedded_graphics::prelude::*;
use embedded_graphics_simulator::{OutputSettingsBuilder, SimulatorDisplay};
use spotcheck_core::{check, content};
use spotcheck_kiosk::{App, ButtonId, Event, Key, Screen, Settings};
use std::collections::BTreeSet;

fn tap(app: &mut App, id: ButtonId, t: &mut u64) -> bool {
    let Some(b) = app.buttons().iter().find(|b| b.id == id) else {
        return false;
    };
    let p = b.rect.center();
    *t += 1000;
    app.handle(Event::TouchDown(p), *t);
    *t += 80;
    app.handle(Event::TouchUp(p), *t);
    true
}

fn save(app: &mut App, dir: &str, tag: &str, seen: &mut BTreeSet<String>) {
    let name = format!("{}-{}", tag, app.screen().name());
    if !seen.insert(name.clone()) {
        return;
    }
    let mut d = SimulatorDisplay::<Rgb888>::new(app.size());
    // Force a full redraw into this fresh display.
    let mut fresh = app.clone();
    fresh.invalidate();
    redraw_full(&mut fresh, &mut d);
    let out = OutputSettingsBuilder::new().scale(1).build();
    d.to_rgb_output_image(&out)
        .save_png(format!("{dir}/{name}.png"))
        .unwrap();
}

fn redraw_full(app: &mut App, d: &mut SimulatorDisplay<Rgb888>) {
    // Drawing a clone that has not drawn yet draws everything it has
    // pending; draw twice (second is a no-op) to be safe.
    app.draw(d).unwrap();
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or("/tmp/kiosk-shots".into());
    std::fs::create_dir_all(&dir).unwrap();
    let checked = content::checked().unwrap();
    let mut paths = Vec::new();
    check::for_each_path(checked, |a, _| paths.push(a.to_vec()));
    for (w, h) in [(320u32, 240u32), (480, 320), (800, 480), (240, 320)] {
        let tag = format!("{w}x{h}");
        let mut seen = BTreeSet::new();
        let mut settings = Settings::default();
        settings
            .pharmacy_name
            .push_str("Main Street Pharmacy")
            .unwrap();
        for path in &paths {
            let mut app = App::new(settings.clone(), Size::new(w, h));
            let mut t = 0;
            app.draw(&mut SimulatorDisplay::<Rgb888>::new(Size::new(w, h)))
                .unwrap();
            save(&mut app, &dir, &tag, &mut seen);
            tap(&mut app, ButtonId::Start, &mut t);
            for a in path {
                save(&mut app, &dir, &tag, &mut seen);
                assert!(tap(&mut app, ButtonId::Answer(a.choice), &mut t));
            }
            save(&mut app, &dir, &tag, &mut seen);
            while tap(&mut app, ButtonId::NextPage, &mut t) {
                save(&mut app, &dir, &tag, &mut seen);
            }
            if matches!(app.screen(), Screen::Result { .. } | Screen::Emergency(_))
                && seen.len() < 400
            {
                // Idle warning, with the focus ring on Continue.
                t += 20 * 60 * 1000;
                app.handle(Event::Tick, t);
                app.handle(Event::Key(Key::Next), t + 5000);
                app.handle(Event::Tick, t + 7000);
                save(&mut app, &dir, &tag, &mut seen);
            }
        }
    }
    println!("wrote screens to {dir}");
}
