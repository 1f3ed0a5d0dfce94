//! The v1 bytes of every record, pinned; and stores that are not healthy
//! v1 stores: older, foreign, random, zeroed, or corrupted at random.
//!
//! A failing golden test here means the bytes in flash changed: that is a
//! new format version with its own decoder, never an edit to these bytes.

use postcard::experimental::max_size::MaxSize;
use spotcheck_core::Disposition;
use spotcheck_store::ram::RamFlash;
use spotcheck_store::record::{self, Fault, Kind, COUNTERS_MAX, RECORD_MAX, SETTINGS_MAX};
use spotcheck_store::{CounterEvent, Counters, Damage, Health, Lang, Pin, Settings, Store};

fn encode<T: serde::Serialize>(kind: Kind, v: &T) -> Vec<u8> {
    let mut buf = [0u8; RECORD_MAX];
    record::encode(kind, v, &mut buf).unwrap().to_vec()
}

fn custom_settings() -> Settings {
    let mut s = Settings::default();
    s.set_emergency_number("112").unwrap();
    s.language = Lang::Es;
    s.set_idle_timeout(120);
    s.set_pharmacy_name("Farmacia Sol");
    s.pin = Pin::set("4821", [0xA5; 16]).unwrap();
    s.touch = spotcheck_store::TouchCalibration::from_corners(3900, 200, 200, 3900, 320, 240);
    s
}

const GOLDEN_DEFAULT_SETTINGS: &[u8] = &[
    0x53, 0x43, 0x01, 0x01, 0x03, 0x39, 0x31, 0x31, 0x00, 0x5a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x14, 0x83, 0x56, 0xe7, 0x35,
    0xbf, 0x4d, 0x37, 0x89, 0xac, 0x5f, 0xcd, 0x4c, 0xf4, 0x84, 0xde, 0x8a, 0x89, 0xba, 0x70, 0x68,
    0x2c, 0xae, 0x03, 0x2c, 0xd2, 0xfc, 0x5a, 0x22, 0xcb, 0xf4, 0xd8, 0x01, 0xc6, 0x58, 0x00, 0xaf,
    0xad, 0x8a, 0x01, 0x00, 0xb4, 0x42, 0x9f, 0xe1, 0x67, 0xb6, 0x15, 0x80, 0xd5,
];
const GOLDEN_CUSTOM_SETTINGS: &[u8] = &[
    0x53, 0x43, 0x01, 0x01, 0x03, 0x31, 0x31, 0x32, 0x01, 0x78, 0x0c, 0x46, 0x61, 0x72, 0x6d, 0x61,
    0x63, 0x69, 0x61, 0x20, 0x53, 0x6f, 0x6c, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5,
    0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0x03, 0x3b, 0xd6, 0x6a, 0x93, 0x82, 0xfb, 0x82, 0x2e,
    0x64, 0x68, 0x8c, 0x9a, 0xc7, 0xf5, 0xb9, 0xb4, 0x8a, 0x80, 0x3e, 0xa3, 0x5d, 0xd0, 0xb0, 0x45,
    0xac, 0xc8, 0x55, 0x52, 0xc7, 0x37, 0x94, 0x00, 0xc5, 0x58, 0x00, 0xe8, 0xf4, 0x89, 0x15, 0x00,
    0xb4, 0x42, 0x9f, 0xe1, 0x67, 0xad, 0x66, 0xa1, 0xa9,
];
const GOLDEN_COUNTERS: &[u8] = &[
    0x53, 0x43, 0x01, 0x02, 0x06, 0x05, 0x01, 0x01, 0x01, 0x01, 0x01, 0xac, 0x02, 0x01, 0xeb, 0x68,
    0x14, 0x7a,
];

fn some_counters() -> Counters {
    let mut c = Counters::default();
    for d in Disposition::ALL {
        c.count(CounterEvent::SessionStarted);
        c.count(CounterEvent::SessionFinished(d));
    }
    c.count(CounterEvent::SessionStarted);
    c.count(CounterEvent::SessionAbandoned);
    c.count(CounterEvent::EmergencyShown);
    c.outcomes.self_care = 300; // a two-byte varint
    c
}

/// The factory settings the v1 format was frozen with: today's defaults
/// with the emergency number of that time, 911. Clinical review 4 made the
/// factory number 999 (UK content); the record format did not change, and a
/// kiosk that saved 911 keeps it until the admin changes it.
fn factory_v1() -> Settings {
    let mut s = Settings::default();
    s.set_emergency_number("911").unwrap();
    s
}

#[test]
fn v1_golden_bytes() {
    let cases: [(&str, Vec<u8>, &[u8]); 3] = [
        (
            "factory settings of v1 (911)",
            encode(Kind::Settings, &factory_v1()),
            GOLDEN_DEFAULT_SETTINGS,
        ),
        (
            "custom settings",
            encode(Kind::Settings, &custom_settings()),
            GOLDEN_CUSTOM_SETTINGS,
        ),
        (
            "counters",
            encode(Kind::Counters, &some_counters()),
            GOLDEN_COUNTERS,
        ),
    ];
    let mut wrong = String::new();
    for (name, got, want) in cases {
        if got != want {
            wrong += &format!("GOLDEN {name}: {got:02x?}\n");
        }
    }
    assert!(wrong.is_empty(), "the v1 bytes changed:\n{wrong}");
}

#[test]
fn v1_golden_bytes_decode() {
    assert_eq!(
        record::decode::<Settings>(Kind::Settings, GOLDEN_DEFAULT_SETTINGS),
        Ok(factory_v1())
    );
    let s: Settings = record::decode(Kind::Settings, GOLDEN_CUSTOM_SETTINGS).unwrap();
    assert_eq!(s, custom_settings());
    assert!(s.pin.verify("4821"));
    assert_eq!(
        record::decode::<Counters>(Kind::Counters, GOLDEN_COUNTERS),
        Ok(some_counters())
    );
    // The wrong kind is refused.
    assert_eq!(
        record::decode::<Counters>(Kind::Counters, GOLDEN_CUSTOM_SETTINGS),
        Err(Fault::Malformed)
    );
}

#[test]
fn buffers_are_sized_by_max_size() {
    // The bounds the crate docs quote.
    assert_eq!(Settings::POSTCARD_MAX_SIZE + 8, SETTINGS_MAX);
    assert_eq!(Counters::POSTCARD_MAX_SIZE + 8, COUNTERS_MAX);
    assert_eq!(SETTINGS_MAX, 141);
    assert_eq!(COUNTERS_MAX, 53);
    // The largest values fit their buffers.
    let mut s = Settings::default();
    s.set_emergency_number("+123456789012345").unwrap();
    s.set_pharmacy_name("ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ");
    s.touch = spotcheck_store::TouchCalibration {
        xx: i32::MIN,
        xy: i32::MIN,
        x0: i32::MIN,
        yx: i32::MIN,
        yy: i32::MIN,
        y0: i32::MIN,
    };
    s.set_idle_timeout(600);
    assert!(encode(Kind::Settings, &s).len() <= SETTINGS_MAX);
    let c = Counters {
        sessions_started: u32::MAX,
        sessions_finished: u32::MAX,
        sessions_abandoned: u32::MAX,
        emergency_screens: u32::MAX,
        outcomes: spotcheck_store::Outcomes {
            emergency: u32::MAX,
            urgent: u32::MAX,
            doctor: u32::MAX,
            pharmacist: u32::MAX,
            self_care: u32::MAX,
        },
    };
    assert_eq!(encode(Kind::Counters, &c).len(), COUNTERS_MAX);
}

/// Writes raw frames into a store as a firmware of another version would.
fn flash_with_frames(frames: &[(u8, &[u8])]) -> RamFlash<8192> {
    use sequential_storage::cache::Cache;
    use sequential_storage::map::{MapConfig, MapStorage};
    let mut flash = AsyncRam(RamFlash::<8192>::new());
    {
        let mut map =
            MapStorage::<u8, _, _>::new(&mut flash, MapConfig::new(0..8192), Cache::new_uncached());
        let mut buf = [0u8; 256];
        for (key, frame) in frames {
            futures_lite_block_on(map.store_item(&mut buf, key, frame)).unwrap();
        }
    }
    flash.0
}

#[test]
fn a_store_written_by_v1_is_read() {
    // As if v1 firmware had written it; the current firmware reads it.
    let flash = flash_with_frames(&[(1, GOLDEN_CUSTOM_SETTINGS), (2, GOLDEN_COUNTERS)]);
    let mut store = Store::open(flash, 0..8192).unwrap();
    let l = store.load();
    assert_eq!(l.health, Health::Ok);
    assert_eq!(l.settings, custom_settings());
    assert_eq!(l.counters, some_counters());
}

#[test]
fn a_newer_format_is_foreign_and_replaced_at_the_next_save() {
    let mut v2 = GOLDEN_CUSTOM_SETTINGS.to_vec();
    v2[2] = 2;
    let flash = flash_with_frames(&[(1, &v2), (2, GOLDEN_COUNTERS)]);
    let mut store = Store::open(flash, 0..8192).unwrap();
    let l = store.load();
    assert_eq!(l.health, Health::Foreign { version: 2 });
    assert_eq!(l.settings, Settings::default());
    // The intact counters are kept.
    assert_eq!(l.counters, some_counters());
    store.save_settings(&l.settings).unwrap();
    let mut store = Store::open(store.into_flash(), 0..8192).unwrap();
    assert_eq!(store.load().health, Health::Ok);
}

#[test]
fn another_products_frame_is_foreign() {
    let flash = flash_with_frames(&[(1, b"JSON{\"a\":1}")]);
    let mut store = Store::open(flash, 0..8192).unwrap();
    let l = store.load();
    assert_eq!(l.health, Health::Foreign { version: 0 });
    assert_eq!(l.settings, Settings::default());
}

#[test]
fn a_flipped_bit_inside_an_intact_item_is_a_checksum_failure() {
    let mut bad = GOLDEN_COUNTERS.to_vec();
    bad[6] ^= 0x01;
    let flash = flash_with_frames(&[(1, GOLDEN_CUSTOM_SETTINGS), (2, &bad)]);
    let mut store = Store::open(flash, 0..8192).unwrap();
    let l = store.load();
    assert_eq!(
        l.health,
        Health::Corrupted(Damage::Checksum(Kind::Counters))
    );
    assert_eq!(l.settings, custom_settings(), "intact settings are kept");
    assert_eq!(l.counters, Counters::default());
}

fn boot(bytes: [u8; 8192]) -> (Store<RamFlash<8192>>, spotcheck_store::Loaded) {
    let mut store = Store::open(RamFlash::from_bytes(bytes), 0..8192).unwrap();
    let l = store.load();
    (store, l)
}

fn assert_recovers(mut store: Store<RamFlash<8192>>) {
    let mut s = Settings::default();
    s.set_pharmacy_name("after");
    store.save_settings(&s).unwrap();
    store.bump(CounterEvent::SessionAbandoned).unwrap();
    let mut store = Store::open(store.into_flash(), 0..8192).unwrap();
    let l = store.load();
    assert_eq!(l.health, Health::Ok);
    assert_eq!(l.settings, s);
    assert_eq!(l.counters.sessions_abandoned, 1);
}

#[test]
fn an_all_zero_store_boots_on_defaults_and_says_so() {
    let (store, l) = boot([0; 8192]);
    assert_eq!(l.health, Health::Corrupted(Damage::Structure));
    assert_eq!(l.settings, Settings::default());
    assert_eq!(l.counters, Counters::default());
    assert_recovers(store);
}

#[test]
fn a_store_of_random_bytes_boots_on_defaults_and_says_so() {
    let mut rng = Rng(0x5eed);
    for _ in 0..20 {
        let mut bytes = [0u8; 8192];
        bytes.iter_mut().for_each(|b| *b = rng.next() as u8);
        let (store, l) = boot(bytes);
        assert_eq!(l.health, Health::Corrupted(Damage::Structure));
        assert_eq!(l.settings, Settings::default());
        assert_recovers(store);
    }
}

#[test]
fn an_erased_store_is_empty() {
    let (_, l) = boot([0xFF; 8192]);
    assert_eq!(l.health, Health::Empty);
    assert_eq!(l.settings, Settings::default());
    assert!(l.settings.pin.pin_must_change);
}

/// Fuzz-style: random damage to a healthy store never panics, always gives
/// settings that pass their checks, and the store takes a save afterwards.
#[test]
fn random_corruption_never_panics_and_always_gives_usable_settings() {
    let healthy = {
        let mut store = Store::open(RamFlash::<8192>::new(), 0..8192).unwrap();
        store.load();
        store.save_settings(&custom_settings()).unwrap();
        for d in Disposition::ALL.iter().cycle().take(40) {
            store.bump(CounterEvent::SessionFinished(*d)).unwrap();
        }
        *store.into_flash().as_bytes()
    };
    let written = healthy.iter().rposition(|&b| b != 0xFF).unwrap() + 1;
    let mut rng = Rng(42);
    let mut seen = std::collections::BTreeMap::new();
    for round in 0..2000 {
        let mut bytes = healthy;
        let hits = if round % 5 == 0 {
            1 + rng.next() % 300
        } else {
            1 + rng.next() % 8
        };
        for _ in 0..hits {
            // Anywhere, where the data is, or in the newest records.
            let at = match round % 4 {
                0 => rng.next() as usize % 8192,
                1 => written - 1 - rng.next() as usize % 64,
                _ => rng.next() as usize % written,
            };
            match rng.next() % 3 {
                0 => bytes[at] ^= 1 << (rng.next() % 8),
                1 => bytes[at] = rng.next() as u8,
                _ => bytes[at] = 0,
            }
        }
        let (mut store, l) = boot(bytes);
        assert!(l.settings.check().is_ok(), "round {round}");
        *seen.entry(format!("{:?}", l.health)).or_insert(0) += 1;
        if round % 10 == 0 {
            let mut s = l.settings.clone();
            s.set_pharmacy_name("fuzz");
            store
                .save_settings(&s)
                .unwrap_or_else(|e| panic!("round {round}: {e}"));
            let mut again = Store::open(store.into_flash(), 0..8192).unwrap();
            assert_eq!(again.load().settings, s, "round {round}");
        }
    }
    eprintln!("health after random damage: {seen:?}");
}

/// A tiny xorshift, so the fuzz runs are the same every time.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// The RAM flash through the async traits, for writing raw frames.
struct AsyncRam(RamFlash<8192>);
impl embedded_storage_async::nor_flash::ErrorType for AsyncRam {
    type Error = spotcheck_store::StoreError;
}
impl embedded_storage_async::nor_flash::ReadNorFlash for AsyncRam {
    const READ_SIZE: usize = 1;
    async fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), Self::Error> {
        embedded_storage::nor_flash::ReadNorFlash::read(&mut self.0, offset, bytes)
    }
    fn capacity(&self) -> usize {
        8192
    }
}
impl embedded_storage_async::nor_flash::NorFlash for AsyncRam {
    const WRITE_SIZE: usize = 4;
    const ERASE_SIZE: usize = 4096;
    async fn erase(&mut self, from: u32, to: u32) -> Result<(), Self::Error> {
        embedded_storage::nor_flash::NorFlash::erase(&mut self.0, from, to)
    }
    async fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), Self::Error> {
        embedded_storage::nor_flash::NorFlash::write(&mut self.0, offset, bytes)
    }
}

fn futures_lite_block_on<T>(fut: impl std::future::Future<Output = T>) -> T {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
