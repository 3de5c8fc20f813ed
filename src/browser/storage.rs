//! localStorage, probed before use. Browsers throw when storage is blocked (private
//! mode, a sandboxed iframe, disabled cookies), and gloo-storage turns that throw into a
//! panic, so we find out once, up front, and run from memory if storage is not there.
//! Storage that can be read is available even when it is full: what is saved stays
//! readable, and only writes fail.
//!
//! Callers use the app's names (`yardstick.index`); this module stores each under the
//! scope of the app's own path (`core::key_scope`), so two copies on one origin keep
//! apart, and at opening moves the keys earlier builds wrote without a scope.
//!
//! ```ignore
//! let storage = BrowserStorage::open();
//! if storage.is_available() {
//!     storage.write("key", "value")?;
//! }
//! ```

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use crate::core::key_scope::{is_legacy, legacy_moves, scope_of_path, scoped, unscoped};

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

thread_local! {
    /// The scope of this copy's keys, from the address it was loaded from.
    static SCOPE: String = scope_of_path(
        &web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default(),
    );
}

/// The key under which the app's name `name` is stored.
pub fn stored_key(name: &str) -> String {
    SCOPE.with(|scope| scoped(scope, name))
}

/// The app's name for a stored key (as a storage event reports it), when the key is
/// this copy's.
pub fn name_of(key: &str) -> Option<String> {
    SCOPE.with(|scope| unscoped(scope, key).map(str::to_string))
}

impl BrowserStorage {
    /// Checks that localStorage exists and can be read, and moves what earlier builds
    /// stored without a scope under this copy's.
    pub fn open() -> Self {
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some_and(|s| s.get_item(&stored_key(PROBE_KEY)).is_ok());
        let storage = BrowserStorage { available };
        storage.move_unscoped_keys();
        storage
    }

    /// Each unscoped key is copied to its scoped name and then removed, one at a time,
    /// so a nearly full storage needs room for one key, not for all. Where a copy fails
    /// the rest stay as they are, still read by `read` and moved at a later opening.
    fn move_unscoped_keys(&self) {
        if !self.available {
            return;
        }
        let raw = LocalStorage::raw();
        let keys = all_keys();
        for step in SCOPE.with(|scope| legacy_moves(scope, &keys)) {
            let Some(value) = raw.get_item(&step.from).ok().flatten() else {
                continue;
            };
            if raw.set_item(&step.to, &value).is_err() {
                break;
            }
            let _ = raw.remove_item(&step.from);
        }
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

    /// The value stored under the app's name `key`; an unscoped key that an
    /// interrupted move left behind is read in its place.
    pub fn read(&self, key: &str) -> Option<String> {
        if !self.available {
            return None;
        }
        let raw = LocalStorage::raw();
        raw.get_item(&stored_key(key))
            .ok()
            .flatten()
            .or_else(|| raw.get_item(key).ok().flatten().filter(|_| is_legacy(key)))
    }

    /// Stores `value` under the app's name `key`; once written, an unscoped copy of
    /// the key is removed (it would be older).
    pub fn write(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if !self.available {
            return Err(WriteError::Unavailable);
        }
        let raw = LocalStorage::raw();
        let written = raw.set_item(&stored_key(key), value);
        if written.is_ok() && is_legacy(key) {
            let _ = raw.remove_item(key);
        }
        written.map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
            Some(ex) if ex.name() == "QuotaExceededError" || ex.code() == 22 => {
                WriteError::QuotaExceeded
            }
            Some(ex) => WriteError::Other(ex.message()),
            None => WriteError::Other("unknown storage error".to_string()),
        })
    }

    /// Removes the app's name `key`, scoped and unscoped.
    pub fn remove(&self, key: &str) {
        if self.available {
            let raw = LocalStorage::raw();
            let _ = raw.remove_item(&stored_key(key));
            if is_legacy(key) {
                let _ = raw.remove_item(key);
            }
        }
    }

    /// The app's names starting with `prefix` and the size of each value in bytes
    /// (UTF-16, as the browser counts it against the quota): this copy's keys, and
    /// unscoped keys an interrupted move left behind.
    pub fn entries_with_prefix(&self, prefix: &str) -> Vec<(String, usize)> {
        if !self.available {
            return Vec::new();
        }
        let raw = LocalStorage::raw();
        let keys = all_keys();
        let names = keys.iter().filter_map(|key| match name_of(key) {
            Some(name) => Some((key.clone(), name)),
            None => (is_legacy(key) && !keys.contains(&stored_key(key)))
                .then(|| (key.clone(), key.clone())),
        });
        names
            .filter(|(_, name)| name.starts_with(prefix))
            .map(|(key, name)| {
                let size = raw
                    .get_item(&key)
                    .ok()
                    .flatten()
                    .map_or(0, |v| v.encode_utf16().count() * 2);
                (name, size)
            })
            .collect()
    }
}

/// Every key the origin's storage holds, this copy's or not.
fn all_keys() -> Vec<String> {
    let raw = LocalStorage::raw();
    let count = raw.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| raw.key(i).ok().flatten())
        .collect()
}
