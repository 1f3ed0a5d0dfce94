//! The file-backed flash the simulator uses.

use embedded_storage::nor_flash::{NorFlash, ReadNorFlash};
use spotcheck_core::Disposition;
use spotcheck_store::file::FileFlash;
use spotcheck_store::{CounterEvent, Health, Store, StoreError};

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(std::path::PathBuf);
impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("spotcheck-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_missing_file_is_created_erased_and_keeps_what_is_saved() {
    let dir = TempDir::new("roundtrip");
    let path = dir.0.join("flash.bin");
    let mut store = Store::open(FileFlash::open(&path, 8192).unwrap(), 0..8192).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), vec![0xFF; 8192]);
    let boot = store.load();
    assert_eq!(boot.health, Health::Empty);
    let mut s = boot.settings;
    s.set_pharmacy_name("Simulated");
    store.save_settings(&s).unwrap();
    store
        .bump(CounterEvent::SessionFinished(Disposition::Doctor))
        .unwrap();
    drop(store);

    let mut store = Store::open(FileFlash::open(&path, 8192).unwrap(), 0..8192).unwrap();
    let boot = store.load();
    assert_eq!(boot.health, Health::Ok);
    assert_eq!(boot.settings.pharmacy_name.as_str(), "Simulated");
    assert_eq!(boot.counters.outcomes.doctor, 1);
}

#[test]
fn a_short_file_is_a_clear_error() {
    let dir = TempDir::new("short");
    let path = dir.0.join("flash.bin");
    std::fs::write(&path, [0xFF; 100]).unwrap();
    let e = FileFlash::open(&path, 8192).unwrap_err();
    assert_eq!(
        e,
        StoreError::FileSize {
            expected: 8192,
            found: 100
        }
    );
    assert!(
        e.to_string().contains("has 100 bytes but should have 8192"),
        "{e}"
    );
}

#[test]
fn an_unopenable_path_is_a_clear_error() {
    let dir = TempDir::new("dir");
    // A directory where the file should be.
    let e = FileFlash::open(&dir.0, 8192).unwrap_err();
    assert!(
        matches!(e, StoreError::FileIo | StoreError::FileSize { .. }),
        "{e:?}"
    );
    let e = FileFlash::open(dir.0.join("no/such/dir/flash.bin"), 8192).unwrap_err();
    assert_eq!(e, StoreError::FileIo);
    assert!(e.to_string().contains("default settings"));
}

#[test]
fn file_flash_is_nor() {
    let dir = TempDir::new("nor");
    let mut f = FileFlash::open(dir.0.join("f.bin"), 4096).unwrap();
    f.write(8, &[0xF0, 0x0F, 0xFF, 0x00]).unwrap();
    f.write(8, &[0x3C, 0x3C, 0x3C, 0x3C]).unwrap();
    let mut b = [0; 4];
    f.read(8, &mut b).unwrap();
    assert_eq!(b, [0x30, 0x0C, 0x3C, 0x00]);
    assert!(f.write(9, &[0; 4]).is_err());
    f.erase(0, 4096).unwrap();
    f.read(8, &mut b).unwrap();
    assert_eq!(b, [0xFF; 4]);
    assert_eq!(
        std::fs::read(dir.0.join("f.bin")).unwrap(),
        vec![0xFF; 4096]
    );
}
