//! The store: settings and counters kept in a range of NOR flash.
//!
//! This module owns [`Store`], which holds the flash for the kiosk's
//! lifetime, and the answer to "what did we find at boot" ([`Loaded`],
//! [`Health`]). It promises:
//!
//! - **Power cuts lose at most the write in progress.** Records are
//!   appended by `sequential-storage`'s map (two or more erase sectors used
//!   in turn, each item with a CRC over its header and its data); an
//!   interrupted write or sector erase is found and skipped or repaired on
//!   the next operation. Each record is one item, so a cut leaves it fully
//!   old or fully new, and every record written before is untouched. The
//!   fault-injection tests cut power at every word and every erase of a run
//!   of updates and check exactly this.
//! - **Boot always has settings.** [`Store::load`] never fails and never
//!   panics: a missing, damaged or foreign record is replaced by its
//!   defaults and [`Health`] says which and why, for the admin screen.
//! - **Little wear.** Settings are written only when the admin saves them.
//!   Counters are written once per session, when it ends
//!   ([`CounterEvent::ends_session`]); the start of a session and an
//!   emergency screen are counted in RAM and travel with that one write.
//!   A counters write appends about 32 bytes; a sector is erased only when
//!   the other has filled, about once every 118 sessions with 4 KiB sectors.
//! - **Nothing about a customer is stored** (see [`crate::record`]).
//! - **The firmware is blocking.** `sequential-storage` is async; the store
//!   drives it with a tiny poll loop over a blocking
//!   `embedded_storage::nor_flash::NorFlash`, whose futures are always
//!   ready at once. No executor, no allocation, no `unsafe`.
//!
//! Limit: `sequential-storage` checks each item's CRC itself and skips a bad
//! one silently, so if the newest copy of a record is damaged *after* it was
//! written, the previous copy (or, for a record written once, the defaults)
//! is read and [`Health`] still says `Ok`: the store cannot tell that from a
//! write cut short. Our own CRC and version byte catch what gets past it.
//!
//! Corruption that `sequential-storage` cannot repair (random bytes, a
//! zeroed chip) is handled on the next save by erasing the whole range and
//! writing the settings and counters the store holds in RAM. That path is
//! the one moment a power cut can lose more than one update, and it is only
//! taken when the flash had already lost its contents.

use core::fmt;
use core::future::Future;
use core::ops::Range;
use core::task::{Context, Poll, Waker};

use embedded_storage::nor_flash::{ErrorType, NorFlash, NorFlashError, ReadNorFlash};
use sequential_storage::cache::{Cache, Uncached};
use sequential_storage::map::{MapConfig, MapStorage};
use sequential_storage::Error as SeqError;

use crate::record::{self, CounterEvent, Counters, Fault, Kind, Settings, RECORD_MAX};
use crate::StoreError;

/// The map key of the settings record.
const KEY_SETTINGS: u8 = 1;
/// The map key of the counters record.
const KEY_COUNTERS: u8 = 2;

/// The work buffer `sequential-storage` needs: key plus the largest frame,
/// rounded up to the largest flash word it supports (32 bytes).
const WORK_BUF: usize = (1 + RECORD_MAX).next_multiple_of(32);

/// Runs a future that never waits (our flash futures are ready at once).
fn block_on<T>(fut: impl Future<Output = T>) -> T {
    let mut fut = core::pin::pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// A blocking NOR flash seen through the async traits `sequential-storage`
/// wants. Every future it makes is ready on its first poll.
struct Blocking<F>(F);

impl<F: ErrorType> ErrorType for Blocking<F> {
    type Error = F::Error;
}

impl<F: ReadNorFlash> embedded_storage_async::nor_flash::ReadNorFlash for Blocking<F> {
    const READ_SIZE: usize = F::READ_SIZE;

    async fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), F::Error> {
        self.0.read(offset, bytes)
    }

    fn capacity(&self) -> usize {
        self.0.capacity()
    }
}

impl<F: NorFlash> embedded_storage_async::nor_flash::NorFlash for Blocking<F> {
    const WRITE_SIZE: usize = F::WRITE_SIZE;
    const ERASE_SIZE: usize = F::ERASE_SIZE;

    async fn erase(&mut self, from: u32, to: u32) -> Result<(), F::Error> {
        self.0.erase(from, to)
    }

    async fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), F::Error> {
        self.0.write(offset, bytes)
    }
}

/// A map over the flash for one operation. With no cache there is no RAM
/// state to keep between operations, so making one per call is free and
/// leaves the store free to read the flash directly.
type Map<'f, F> = MapStorage<u8, &'f mut Blocking<F>, Cache<Uncached, Uncached, Uncached, u8>>;

fn map_over<F: NorFlash>(flash: &mut Blocking<F>, range: Range<u32>) -> Map<'_, F> {
    // `open` checked the range, so `try_new` cannot fail here; the fallback
    // keeps this free of panics all the same (an empty range finds nothing).
    let config =
        MapConfig::try_new(range).unwrap_or_else(|_| MapConfig::new(0..2 * F::ERASE_SIZE as u32));
    MapStorage::new(flash, config, Cache::new_uncached())
}

/// What was wrong with a damaged store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Damage {
    /// The flash could not be read.
    FlashRead,
    /// The store's own structure is damaged beyond repair (random bytes, a
    /// zeroed chip, a failed erase). Everything is on defaults.
    Structure,
    /// A record's CRC does not match: its bytes changed after writing.
    Checksum(Kind),
    /// A record's CRC matches but it does not decode to usable values.
    Malformed(Kind),
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = |k: &Kind| match k {
            Kind::Settings => "settings",
            Kind::Counters => "counters",
        };
        match self {
            Damage::FlashRead => f.write_str("the settings flash could not be read"),
            Damage::Structure => {
                f.write_str("the settings flash is scrambled; it is rewritten on the next save")
            }
            Damage::Checksum(k) => write!(f, "the saved {} failed their checksum", what(k)),
            Damage::Malformed(k) => write!(f, "the saved {} could not be read back", what(k)),
        }
    }
}

/// What [`Store::load`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// Every saved record was read intact.
    Ok,
    /// Nothing saved yet (first boot): factory settings, zero counters.
    Empty,
    /// Something was damaged; the damaged part is on defaults, anything
    /// intact was kept. Show this on the admin screen.
    Corrupted(Damage),
    /// A record was written in a format this firmware does not know (a
    /// newer firmware, or another product): that record is on defaults and
    /// is replaced at the next save.
    Foreign {
        /// The format version found (0 if it is not a SpotCheck frame).
        version: u8,
    },
}

impl fmt::Display for Health {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Health::Ok => f.write_str("settings and counters read back intact"),
            Health::Empty => f.write_str("nothing saved yet: factory settings in use"),
            Health::Corrupted(d) => write!(f, "{d}: factory values in use for it"),
            Health::Foreign { version } => write!(
                f,
                "the settings flash holds format {version}, which this firmware does not know: \
                 factory values in use until the next save"
            ),
        }
    }
}

/// Settings and counters as found at boot, always usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The settings to run with.
    pub settings: Settings,
    /// The counters so far.
    pub counters: Counters,
    /// What was found, for the admin screen.
    pub health: Health,
}

/// The settings and counters store over a range of NOR flash.
///
/// ```
/// use spotcheck_core::Disposition;
/// use spotcheck_store::{ram::RamFlash, CounterEvent, Health, Store};
///
/// let mut store = Store::open(RamFlash::<8192>::new(), 0..8192).unwrap();
/// let boot = store.load();
/// assert_eq!(boot.health, Health::Empty);
/// assert_eq!(boot.settings.emergency_number.as_str(), "999");
///
/// let mut settings = boot.settings;
/// settings.set_emergency_number("112").unwrap();
/// store.save_settings(&settings).unwrap();
/// store.bump(CounterEvent::SessionStarted).unwrap(); // RAM only
/// store.bump(CounterEvent::SessionFinished(Disposition::SelfCare)).unwrap(); // one write
///
/// // Power off, power on.
/// let flash = store.into_flash();
/// let mut store = Store::open(flash, 0..8192).unwrap();
/// let boot = store.load();
/// assert_eq!(boot.health, Health::Ok);
/// assert_eq!(boot.settings.emergency_number.as_str(), "112");
/// assert_eq!(boot.counters.sessions_started, 1);
/// assert_eq!(boot.counters.outcomes.self_care, 1);
/// ```
pub struct Store<F: NorFlash> {
    flash: Blocking<F>,
    range: Range<u32>,
    settings: Settings,
    counters: Counters,
    /// Counter events counted in RAM and not yet written.
    pending: bool,
    work: [u8; WORK_BUF],
}

impl<F: NorFlash> Store<F> {
    /// Takes the flash and the byte range of it the store may use.
    ///
    /// The range must be whole erase sectors, at least two, inside the
    /// chip, and a sector must hold the largest record; otherwise
    /// [`StoreError::BadRange`]. Nothing is read or written yet.
    pub fn open(flash: F, range: Range<u32>) -> Result<Self, StoreError> {
        if range.end as usize > flash.capacity() || F::ERASE_SIZE < 2 * (WORK_BUF + 16) {
            return Err(StoreError::BadRange);
        }
        MapConfig::<Blocking<F>>::try_new(range.clone()).map_err(|_| StoreError::BadRange)?;
        Ok(Store {
            flash: Blocking(flash),
            range,
            settings: Settings::default(),
            counters: Counters::default(),
            pending: false,
            work: [0; WORK_BUF],
        })
    }

    /// Reads the settings and counters. Never fails: whatever is missing or
    /// damaged is replaced by its defaults and reported in
    /// [`Loaded::health`]. The store keeps what it returns, to build on.
    pub fn load(&mut self) -> Loaded {
        // Look before `sequential-storage` does: its repair may erase a
        // scrambled sector while fetching, and the admin should still hear
        // that the flash was scrambled.
        let blank = self.region_blank();
        let mut health = Health::Empty;
        let settings = match self.fetch::<Settings>(KEY_SETTINGS, Kind::Settings) {
            Found::Record(s) => {
                health = Health::Ok;
                s
            }
            Found::Nothing => Settings::default(),
            Found::Problem(h) => {
                health = h;
                Settings::default()
            }
        };
        let counters = match self.fetch::<Counters>(KEY_COUNTERS, Kind::Counters) {
            Found::Record(c) => {
                if health == Health::Empty {
                    health = Health::Ok;
                }
                c
            }
            Found::Nothing => Counters::default(),
            Found::Problem(h) => {
                if matches!(health, Health::Ok | Health::Empty) {
                    health = h;
                }
                Counters::default()
            }
        };
        if health == Health::Empty && !blank {
            // Nothing readable, yet far from blank: the flash holds
            // something that is not a store (an interrupted first write is
            // still `Empty`: nothing was ever saved).
            health = Health::Corrupted(Damage::Structure);
        }
        self.settings = settings.clone();
        self.counters = counters;
        self.pending = false;
        Loaded {
            settings,
            counters,
            health,
        }
    }

    /// The settings as last loaded or saved.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The counters, including events not yet written.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// Checks and saves new settings (one flash write). On error the old
    /// settings stay in force, in RAM and in flash.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<(), StoreError> {
        settings.check()?;
        let old = core::mem::replace(&mut self.settings, settings.clone());
        let r = self.put(Kind::Settings);
        if r.is_err() {
            self.settings = old;
        }
        r
    }

    /// Counts an event. Events that end a session write the counters (one
    /// flash write, carrying any events counted since the last one); the
    /// others are counted in RAM only. If the write fails the counts stay in
    /// RAM and go with the next write.
    pub fn bump(&mut self, event: CounterEvent) -> Result<(), StoreError> {
        self.counters.count(event);
        self.pending = true;
        if event.ends_session() {
            self.flush()
        } else {
            Ok(())
        }
    }

    /// Writes counters counted in RAM but not yet written, if any (for
    /// example before an orderly shutdown or when the admin screen opens).
    pub fn flush(&mut self) -> Result<(), StoreError> {
        if !self.pending {
            return Ok(());
        }
        self.put(Kind::Counters)?;
        self.pending = false;
        Ok(())
    }

    /// Sets every counter to zero (one flash write).
    pub fn reset_counters(&mut self) -> Result<(), StoreError> {
        self.counters = Counters::default();
        self.pending = true;
        self.flush()
    }

    /// Gives the flash back (power off, in tests).
    pub fn into_flash(self) -> F {
        self.flash.0
    }

    fn fetch<T: record::DeserializeOwnedRecord>(&mut self, key: u8, kind: Kind) -> Found<T> {
        match block_on(
            map_over(&mut self.flash, self.range.clone()).fetch_item::<&[u8]>(&mut self.work, &key),
        ) {
            Ok(None) => Found::Nothing,
            Ok(Some(frame)) => match record::decode::<T>(kind, frame) {
                Ok(v) => Found::Record(v),
                Err(Fault::Foreign { version }) => Found::Problem(Health::Foreign { version }),
                Err(Fault::Checksum) => Found::Problem(Health::Corrupted(Damage::Checksum(kind))),
                Err(Fault::Malformed) => Found::Problem(Health::Corrupted(Damage::Malformed(kind))),
            },
            Err(SeqError::Storage { .. }) => Found::Problem(Health::Corrupted(Damage::FlashRead)),
            Err(_) => Found::Problem(Health::Corrupted(Damage::Structure)),
        }
    }

    /// Whether the range is blank but for what one interrupted first write
    /// can leave: at most one record's worth of programmed bytes plus the
    /// page-state words. Random bytes, a zeroed chip or another program's
    /// data are far above that.
    fn region_blank(&mut self) -> bool {
        let Range { start, end } = self.range;
        let pages = (end - start) as usize / F::ERASE_SIZE;
        let allowance = WORK_BUF + pages * 2 * 32;
        let mut programmed = 0usize;
        let mut chunk = [0u8; 64];
        let mut at = start;
        while at < end {
            let n = (end - at).min(chunk.len() as u32);
            let buf = &mut chunk[..n as usize];
            if self.flash.0.read(at, buf).is_err() {
                return false;
            }
            programmed += buf.iter().filter(|&&b| b != 0xFF).count();
            if programmed > allowance {
                return false;
            }
            at += n;
        }
        true
    }

    /// Writes one record and reads it back. If the store's structure is
    /// damaged past `sequential-storage`'s own repair, or the record does
    /// not read back as written (damage can make a fresh item land where
    /// the map does not look for the newest one), the range is erased and
    /// both records are written afresh from RAM.
    fn put(&mut self, kind: Kind) -> Result<(), StoreError> {
        match self.put_once(kind) {
            Ok(()) => {}
            Err(StoreError::Unrecoverable) => return self.wipe_and_rewrite(),
            Err(e) => return Err(e),
        }
        match self.reads_back(kind) {
            Ok(true) => Ok(()),
            Ok(false) => self.wipe_and_rewrite(),
            Err(e) => Err(e),
        }
    }

    /// Whether the newest `kind` record in flash is the one in RAM.
    fn reads_back(&mut self, kind: Kind) -> Result<bool, StoreError> {
        let mut frame = [0u8; RECORD_MAX];
        let (key, want) = self.frame(kind, &mut frame)?;
        match block_on(
            map_over(&mut self.flash, self.range.clone()).fetch_item::<&[u8]>(&mut self.work, &key),
        ) {
            Ok(Some(got)) => Ok(got == want),
            Ok(None) => Ok(false),
            Err(SeqError::Storage { value, .. }) => Err(StoreError::Flash(value.kind())),
            Err(_) => Ok(false),
        }
    }

    fn frame<'b>(
        &self,
        kind: Kind,
        buf: &'b mut [u8; RECORD_MAX],
    ) -> Result<(u8, &'b [u8]), StoreError> {
        Ok(match kind {
            Kind::Settings => (KEY_SETTINGS, record::encode(kind, &self.settings, buf)?),
            Kind::Counters => (KEY_COUNTERS, record::encode(kind, &self.counters, buf)?),
        })
    }

    /// Writes one record; `Unrecoverable` means the store's structure is
    /// damaged beyond what `sequential-storage` repairs by itself.
    fn put_once(&mut self, kind: Kind) -> Result<(), StoreError> {
        let mut frame = [0u8; RECORD_MAX];
        let (key, bytes) = self.frame(kind, &mut frame)?;
        block_on(map_over(&mut self.flash, self.range.clone()).store_item(
            &mut self.work,
            &key,
            &bytes,
        ))
        .map_err(seq_error)
    }

    fn wipe_and_rewrite(&mut self) -> Result<(), StoreError> {
        block_on(map_over(&mut self.flash, self.range.clone()).erase_all()).map_err(seq_error)?;
        // Fresh map state: the cache (none) and the flash now agree.
        for kind in [Kind::Settings, Kind::Counters] {
            self.put_once(kind)?;
        }
        for kind in [Kind::Settings, Kind::Counters] {
            if !self.reads_back(kind)? {
                return Err(StoreError::Unrecoverable);
            }
        }
        self.pending = false;
        Ok(())
    }
}

enum Found<T> {
    Record(T),
    Nothing,
    Problem(Health),
}

fn seq_error<E: NorFlashError>(e: SeqError<E>) -> StoreError {
    match e {
        SeqError::Storage { value, .. } => StoreError::Flash(value.kind()),
        SeqError::BufferTooSmall(_) | SeqError::BufferTooBig | SeqError::ItemTooBig => {
            StoreError::BufferTooSmall
        }
        _ => StoreError::Unrecoverable,
    }
}
