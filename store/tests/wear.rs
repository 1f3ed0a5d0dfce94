//! What a session costs the flash, measured: the figures in the crate docs.

use spotcheck_core::Disposition;
use spotcheck_store::ram::RamFlash;
use spotcheck_store::{CounterEvent, Settings, Store};

#[test]
fn a_session_is_one_record_write_and_sectors_are_erased_rarely() {
    let mut store = Store::open(RamFlash::<8192>::new(), 0..8192).unwrap();
    store.load();
    let mut s = Settings::default();
    s.set_pharmacy_name("Farmacia del Sol y la Luna");
    store.save_settings(&s).unwrap();
    let sessions = 2000u32;
    let (mut worst_writes, mut worst_words, mut erases) = (0, 0, 0);
    let mut typical = std::collections::BTreeMap::new();
    let mut last = RamFlash::<8192>::new().stats();
    let mut flash = store.into_flash();
    let base = flash.stats();
    for i in 0..sessions {
        let mut store = Store::open(flash, 0..8192).unwrap();
        store.load();
        store.bump(CounterEvent::SessionStarted).unwrap();
        store.bump(CounterEvent::EmergencyShown).unwrap();
        let before = store.counters().sessions_finished;
        store
            .bump(CounterEvent::SessionFinished(
                Disposition::ALL[i as usize % 5],
            ))
            .unwrap();
        assert_eq!(store.counters().sessions_finished, before + 1);
        flash = store.into_flash();
        let now = flash.stats();
        if i == 0 {
            last = base;
        }
        worst_writes = worst_writes.max(now.writes - last.writes);
        worst_words = worst_words.max(now.words - last.words);
        erases += now.erases - last.erases;
        *typical
            .entry((now.writes - last.writes, now.words - last.words))
            .or_insert(0) += 1;
        last = now;
    }
    eprintln!(
        "per finished session, worst: {worst_writes} write calls, {worst_words} words \
         ({} bytes); {erases} sector erases in {sessions} sessions",
        worst_words * 4
    );
    eprintln!("(write calls, words) -> sessions: {typical:?}");
    // A session in which no sector changes is one header and one data write.
    assert!(erases <= sessions / 50, "{erases} erases");
    assert!(worst_writes <= 12, "{worst_writes}");
}
