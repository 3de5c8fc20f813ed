//! localStorage, probed before use. Browsers throw when storage is blocked (private
//! mode, a sandboxed iframe, disabled cookies), and gloo-storage turns that throw into a
//! panic, so we find out once, up front, and run from memory if storage is not there.
//! Storage that can be read is available even when it is full: what is saved stays
//! readable, and only writes fail.
//!
//! ```ignore
//! let storage = BrowserStorage::open();
//! if storage.is_available() {
//!     storage.write("key", "value")?;
//! }
//! ```

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The origin's storage quota is used up.
    QuotaExceeded,
    /// Storage is not available at all.
    Unavailable,
    Other(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrowserStorage {
    available: bool,
}

const PROBE_KEY: &str = "yardstick.probe";

impl BrowserStorage {
    /// Checks that localStorage exists and can be read.
    pub fn open() -> Self {
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| s.get_item(PROBE_KEY).is_ok());
        BrowserStorage { available }
    }

    /// Whether a small write gets through now: `Err(QuotaExceeded)` when storage is full.
    pub fn probe_write(&self) -> Result<(), WriteError> {
        self.write(PROBE_KEY, "1")?;
        self.remove(PROBE_KEY);
        Ok(())
    }

    /// Storage that is never used, as when the browser blocks it.
    pub fn unavailable() -> Self {
        BrowserStorage { available: false }
    }

    pub fn is_available(&self) -> bool {
        self.available
    }

    pub fn read(&self, key: &str) -> Option<String> {
        if !self.available {
            return None;
        }
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if !self.available {
            return Err(WriteError::Unavailable);
        }
        LocalStorage::raw().set_item(key, value).map_err(|e| {
            match e.dyn_ref::<web_sys::DomException>() {
                Some(ex) if ex.name() == "QuotaExceededError" || ex.code() == 22 => {
                    WriteError::QuotaExceeded
                }
                Some(ex) => WriteError::Other(ex.message()),
                None => WriteError::Other("unknown storage error".to_string()),
            }
        })
    }

    pub fn remove(&self, key: &str) {
        if self.available {
            let _ = LocalStorage::raw().remove_item(key);
        }
    }

    /// Keys starting with `prefix` and the size of each value in bytes (UTF-16, as the
    /// browser counts it against the quota).
    pub fn entries_with_prefix(&self, prefix: &str) -> Vec<(String, usize)> {
        if !self.available {
            return Vec::new();
        }
        let raw = LocalStorage::raw();
        let count = raw.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .map(|key| {
                let size = raw
                    .get_item(&key)
                    .ok()
                    .flatten()
                    .map_or(0, |v| v.encode_utf16().count() * 2);
                (key, size)
            })
            .collect()
    }
}
