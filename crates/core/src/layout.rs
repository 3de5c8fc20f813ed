//! How the store sits in localStorage (layout schema 3): a small index of attempt ids
//! under [`INDEX_KEY`] and each attempt under its own key, so recording an answer
//! rewrites one attempt, not the whole history. Earlier schemas kept everything under
//! one key (`store::decode` still reads them, and the app migrates them to this).
//!
//! ```
//! use yardstick_core::layout::{attempt_key, writes, Write, INDEX_KEY};
//! use yardstick_core::store::Store;
//! let store = Store::new();
//! // Nothing stored yet: the index is written, even for an empty store.
//! assert_eq!(writes(None, &store).len(), 1);
//! assert!(matches!(&writes(None, &store)[0], Write::Put { key, .. } if key == INDEX_KEY));
//! assert_eq!(attempt_key("a1"), "yardstick.attempt.a1");
//! ```

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::attempt::Attempt;
use super::store::{Decoded, Store, SCHEMA_VERSION};

/// The index: which attempts exist, in progress and finished, in order.
pub const INDEX_KEY: &str = "yardstick.index";
/// The single key the layouts before schema 3 kept everything under; read once and
/// migrated.
pub const STATE_KEY: &str = "yardstick.state";
/// Each attempt lives under this prefix followed by its id.
pub const ATTEMPT_PREFIX: &str = "yardstick.attempt.";
/// The layout this build writes.
pub const LAYOUT_SCHEMA: u64 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub schema: u64,
    pub in_progress: Vec<String>,
    pub history: Vec<String>,
}

/// One change to storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    Put { key: String, value: String },
    Remove { key: String },
}

pub fn attempt_key(id: &str) -> String {
    format!("{ATTEMPT_PREFIX}{id}")
}

pub fn index_of(store: &Store) -> Index {
    let ids = |attempts: &[Attempt]| attempts.iter().map(|a| a.id.clone()).collect();
    Index {
        schema: LAYOUT_SCHEMA,
        in_progress: ids(&store.in_progress),
        history: ids(&store.history),
    }
}

/// One attempt as stored under its key.
pub fn encode_attempt(attempt: &Attempt) -> String {
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(attempt).unwrap_or_default()
}

/// One attempt's stored text read back; `None` when it is not an attempt.
///
/// Read as a JSON value first, as `store::decode` reads the older layout: the app then
/// carries one deserializer for attempts, from values, instead of a second from text.
pub fn decode_attempt(raw: &str) -> Option<Attempt> {
    serde_json::from_value(serde_json::from_str::<Value>(raw).ok()?).ok()
}

/// Reads the store from the index text and each attempt's key (`read` looks a key up).
/// An attempt whose key is missing or unreadable is left out, and its key is left as it
/// is: nothing here writes or removes it.
pub fn decode_layout(index: &str, read: &dyn Fn(&str) -> Option<String>) -> Decoded {
    let value = serde_json::from_str::<Value>(index).ok();
    let Some(schema) = value.as_ref().and_then(|v| v.get("schema")?.as_u64()) else {
        return Decoded::Corrupt {
            reason: "the saved index of attempts is not readable".to_string(),
        };
    };
    if schema > LAYOUT_SCHEMA {
        return Decoded::Newer { schema };
    }
    let Some(Ok(index)) = value.map(serde_json::from_value::<Index>) else {
        return Decoded::Corrupt {
            reason: "the saved index of attempts does not have the expected shape".to_string(),
        };
    };
    let load = |ids: &[String]| -> Vec<Attempt> {
        ids.iter()
            .filter_map(|id| read(&attempt_key(id)).and_then(|raw| decode_attempt(&raw)))
            .filter(|attempt| index.in_progress.contains(&attempt.id) || attempt.is_complete())
            .collect()
    };
    Decoded::Current(Store {
        schema: SCHEMA_VERSION,
        in_progress: load(&index.in_progress),
        history: load(&index.history),
    })
}

/// The writes that take storage from `before` (what it holds; `None` when it holds no
/// index yet) to `after`: each new or changed attempt, then the index if it changed,
/// then the keys of attempts that are gone. In that order a write that fails part-way
/// never leaves the index naming an attempt whose key was not written.
pub fn writes(before: Option<&Store>, after: &Store) -> Vec<Write> {
    let all_after = after.in_progress.iter().chain(&after.history);
    let mut writes: Vec<Write> = all_after
        .filter(|attempt| before.and_then(|b| b.attempt(&attempt.id)) != Some(*attempt))
        .map(|attempt| Write::Put {
            key: attempt_key(&attempt.id),
            value: encode_attempt(attempt),
        })
        .collect();
    let index = index_of(after);
    if before.map(index_of).as_ref() != Some(&index) {
        writes.push(Write::Put {
            key: INDEX_KEY.to_string(),
            value: serde_json::to_string(&index).unwrap_or_default(),
        });
    }
    if let Some(before) = before {
        writes.extend(
            before
                .in_progress
                .iter()
                .chain(&before.history)
                .filter(|attempt| after.attempt(&attempt.id).is_none())
                .map(|attempt| Write::Remove {
                    key: attempt_key(&attempt.id),
                }),
        );
    }
    writes
}

/// Data set aside because this build could not read it lives under this prefix, each
/// copy under its own key: `yardstick.backup.<milliseconds>`, never overwritten. The
/// bare prefix is the one backup slot of earlier builds, kept as it is.
pub const BACKUP_PREFIX: &str = "yardstick.backup";

/// A new backup's key for a copy made at `now` (ms since the Unix epoch), not one that
/// `taken` says is in use.
///
/// ```
/// use yardstick_core::layout::{backup_key, backup_made_at};
/// let key = backup_key(1_700_000_000_000.0, &|k| k == "yardstick.backup.1700000000000");
/// assert_eq!(key, "yardstick.backup.1700000000000-2");
/// assert_eq!(backup_made_at(&key), Some(1_700_000_000_000.0));
/// assert_eq!(backup_made_at("yardstick.backup"), None);
/// ```
pub fn backup_key(now: f64, taken: &dyn Fn(&str) -> bool) -> String {
    let base = format!("{BACKUP_PREFIX}.{}", now.max(0.0) as u64);
    if !taken(&base) {
        return base;
    }
    (2u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|key| !taken(key))
        .unwrap_or(base)
}

/// Whether `key` holds a backup (a dated one or the old single slot).
pub fn is_backup_key(key: &str) -> bool {
    key == BACKUP_PREFIX || key.starts_with(&format!("{BACKUP_PREFIX}."))
}

/// When the backup under `key` was made, from its key; `None` for the old single slot.
pub fn backup_made_at(key: &str) -> Option<f64> {
    let stamp = key.strip_prefix(BACKUP_PREFIX)?.strip_prefix('.')?;
    let digits = stamp.split('-').next()?;
    digits.parse::<u64>().ok().map(|ms| ms as f64)
}
