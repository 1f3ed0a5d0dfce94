//! Power cuts at every step of a run of updates.
//!
//! For each run, a dry run counts the flash steps (words programmed and
//! sectors erased) it takes. Then, for every step and several ways of
//! tearing it (nothing programmed, low half, alternate bits, everything
//! programmed but the call never returned), the run is replayed from an
//! erased flash with the power cut at that step. The flash is then powered
//! up again and loaded, and the test checks that:
//!
//! - nothing panicked and the load reports no damage;
//! - every update before the cut reads back intact, and the one being
//!   written is either wholly old or wholly new;
//! - the recovered store takes one more update and reads it back.

use spotcheck_core::Disposition;
use spotcheck_store::ram::RamFlash;
use spotcheck_store::{CounterEvent, Counters, Health, Lang, Pin, Settings, Store};

#[derive(Clone, Debug)]
enum Update {
    Settings(Box<Settings>),
    Finished(Disposition),
    Abandoned,
    ResetCounters,
}

/// What the flash should hold after an update.
#[derive(Clone, Debug, PartialEq)]
struct State {
    settings: Settings,
    counters: Counters,
}

const TEARS: [u32; 4] = [0, 0x0000_FFFF, 0x5A5A_5A5A, u32::MAX];

fn settings_variants() -> Vec<Settings> {
    let pin = Pin::set("2468", [9; 16]).unwrap();
    let mut out = Vec::new();
    for i in 0..6u16 {
        let mut s = Settings::default();
        s.set_emergency_number(["911", "999", "112", "0800123456", "+4412345", "000"][i as usize])
            .unwrap();
        s.set_idle_timeout(30 + 97 * i);
        s.set_pharmacy_name(
            [
                "",
                "Farmacia Sol",
                "Boots Kings Rd",
                "Corner Pharmacy Limited of Springfield",
                "Ñandú",
                "A",
            ][i as usize],
        );
        s.language = if i % 2 == 0 { Lang::En } else { Lang::Es };
        if i % 3 == 1 {
            s.pin = pin;
        }
        s.touch.x0 += i32::from(i) * 1000;
        out.push(s);
    }
    out
}

/// A mix of settings saves and sessions.
fn updates(n: usize) -> Vec<Update> {
    let variants = settings_variants();
    let mut v = Vec::new();
    for i in 0..n {
        v.push(match i % 7 {
            0 | 4 => Update::Settings(Box::new(variants[(i / 3) % variants.len()].clone())),
            5 => Update::Abandoned,
            6 if i % 21 == 20 => Update::ResetCounters,
            k => Update::Finished(Disposition::ALL[(i + k) % 5]),
        });
    }
    v
}

fn apply<F: embedded_storage::nor_flash::NorFlash>(
    store: &mut Store<F>,
    u: &Update,
) -> Result<(), spotcheck_store::StoreError> {
    match u {
        Update::Settings(s) => store.save_settings(s),
        Update::Finished(d) => {
            store.bump(CounterEvent::SessionStarted)?;
            if *d == Disposition::Emergency {
                store.bump(CounterEvent::EmergencyShown)?;
            }
            store.bump(CounterEvent::SessionFinished(*d))
        }
        Update::Abandoned => {
            store.bump(CounterEvent::SessionStarted)?;
            store.bump(CounterEvent::SessionAbandoned)
        }
        Update::ResetCounters => store.reset_counters(),
    }
}

fn expected_states(ups: &[Update]) -> Vec<State> {
    let mut st = State {
        settings: Settings::default(),
        counters: Counters::default(),
    };
    let mut out = vec![st.clone()];
    for u in ups {
        match u {
            Update::Settings(s) => st.settings = (**s).clone(),
            Update::Finished(d) => {
                st.counters.count(CounterEvent::SessionStarted);
                if *d == Disposition::Emergency {
                    st.counters.count(CounterEvent::EmergencyShown);
                }
                st.counters.count(CounterEvent::SessionFinished(*d));
            }
            Update::Abandoned => {
                st.counters.count(CounterEvent::SessionStarted);
                st.counters.count(CounterEvent::SessionAbandoned);
            }
            Update::ResetCounters => st.counters = Counters::default(),
        }
        out.push(st.clone());
    }
    out
}

/// Runs every cut point; returns (steps in the run, trials made).
fn cut_everywhere<const N: usize, const SECTOR: usize>(ups: &[Update]) -> (u32, u32) {
    let states = expected_states(ups);

    // Dry run: how many steps, and does the plain run come out right?
    let mut store = Store::open(RamFlash::<N, SECTOR>::new(), 0..N as u32).unwrap();
    assert_eq!(store.load().health, Health::Empty);
    for u in ups {
        apply(&mut store, u).unwrap();
    }
    let flash = store.into_flash();
    let total = flash.stats().steps();
    let mut store = Store::open(
        RamFlash::<N, SECTOR>::from_bytes(*flash.as_bytes()),
        0..N as u32,
    )
    .unwrap();
    let l = store.load();
    assert_eq!(l.health, Health::Ok);
    assert_eq!(l.settings, states[ups.len()].settings);
    assert_eq!(l.counters, states[ups.len()].counters);

    let mut trials = 0;
    for cut in 0..total {
        for tear in TEARS {
            trials += 1;
            let mut flash = RamFlash::<N, SECTOR>::new();
            flash.cut_power_after(cut, tear);
            let mut store = Store::open(flash, 0..N as u32).unwrap();
            let _ = store.load();
            let mut done = ups.len();
            for (i, u) in ups.iter().enumerate() {
                if apply(&mut store, u).is_err() {
                    done = i;
                    break;
                }
            }
            let flash = store.into_flash();
            assert!(flash.is_dead(), "cut {cut} never happened");
            assert!(done < ups.len(), "cut {cut}: no update failed");

            // Power up.
            let mut store = Store::open(
                RamFlash::<N, SECTOR>::from_bytes(*flash.as_bytes()),
                0..N as u32,
            )
            .unwrap();
            let l = store.load();
            let ctx = format!(
                "cut at step {cut}/{total}, tear {tear:#010x}, during update {done} ({:?})",
                ups[done]
            );
            assert!(
                matches!(l.health, Health::Ok | Health::Empty),
                "{ctx}: health {:?}",
                l.health
            );
            let got = State {
                settings: l.settings,
                counters: l.counters,
            };
            let (old, new) = (&states[done], &states[done + 1]);
            assert!(
                got == *old || got == *new,
                "{ctx}:\n got {got:?}\n old {old:?}\n new {new:?}"
            );

            // The recovered store keeps working.
            let mut after = got.clone();
            store
                .bump(CounterEvent::SessionAbandoned)
                .unwrap_or_else(|e| panic!("{ctx}: {e}"));
            after.counters.count(CounterEvent::SessionAbandoned);
            let flash = store.into_flash();
            let mut store = Store::open(
                RamFlash::<N, SECTOR>::from_bytes(*flash.as_bytes()),
                0..N as u32,
            )
            .unwrap();
            let l = store.load();
            assert_eq!(l.health, Health::Ok, "{ctx}");
            assert_eq!(
                (l.settings, l.counters),
                (after.settings, after.counters),
                "{ctx}"
            );
        }
    }
    (total, trials)
}

#[test]
fn twenty_updates_on_two_4k_sectors_survive_a_cut_at_every_step() {
    let (steps, trials) = cut_everywhere::<8192, 4096>(&updates(20));
    eprintln!("2 x 4 KiB: {steps} steps, {trials} trials");
    assert!(steps > 100);
}

#[test]
fn sixty_updates_on_small_sectors_survive_cuts_through_sector_changes() {
    // 512-byte sectors fill after a few records, so this run moves between
    // sectors, erases and migrates the live records many times.
    let (steps, trials) = cut_everywhere::<1024, 512>(&updates(60));
    eprintln!("2 x 512 B: {steps} steps, {trials} trials");
}

#[test]
fn sixty_updates_on_four_small_sectors() {
    let (steps, trials) = cut_everywhere::<2048, 512>(&updates(60));
    eprintln!("4 x 512 B: {steps} steps, {trials} trials");
}
