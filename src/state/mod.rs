//! App state: the signals components read, and the only place that turns user actions
//! into core operations and storage writes. Components → state → core; never backwards.

mod built_in;
mod custom;
mod embedding;
mod notices;

pub use built_in::{Availability, RoleCard};
pub use custom::CustomStatus;
pub use embedding::SHARE_PREFIX;
pub use notices::{Notice, NoticeAction};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser::clock::now_ms;
use crate::browser::storage::{BrowserStorage, WriteError};
use crate::core::answers::Answer;
use crate::core::attempt::Attempt;
use crate::core::framework::Framework;
use crate::core::options::UrlOptions;
use crate::core::store::{decode, encode, Decoded, Store};

/// Where everything Yardstick keeps lives; other keys on the origin are not ours.
pub const KEY_PREFIX: &str = "yardstick.";
pub const STATE_KEY: &str = "yardstick.state";
/// Unreadable or newer data is moved here, untouched, before starting clean.
pub const BACKUP_KEY: &str = "yardstick.backup";

/// Which screen is showing. There is no router: GitHub Pages has no fallback for
/// deep links, and everything worth resuming is in storage anyway.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Start,
    Assess {
        attempt_id: String,
    },
    Review {
        attempt_id: String,
    },
    Results {
        attempt_id: String,
    },
    History,
    Compare {
        first: String,
        second: String,
    },
    Privacy,
    Embed,
    /// A result opened from a share code in the URL fragment: read-only, never stored.
    Shared {
        code: String,
    },
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub store: RwSignal<Store>,
    pub view: RwSignal<View>,
    pub notices: RwSignal<Vec<Notice>>,
    pub frameworks: RwSignal<Vec<Framework>>,
    /// An item to move focus to once its screen shows (from the review list).
    pub focus_item: RwSignal<Option<String>>,
    /// Set when stored data from a newer Yardstick appeared mid-session: we stop writing
    /// so as not to destroy it.
    read_only: RwSignal<bool>,
    storage: StoredValue<BrowserStorage>,
    /// Options from the page URL (role, theme, embed, scores, framework, parent origin).
    pub options: StoredValue<UrlOptions>,
    /// Loading state of a custom framework named by `framework=`.
    pub custom: RwSignal<CustomStatus>,
    /// Built-in frameworks being fetched (`None`) or that failed (`Some(why)`).
    loads: RwSignal<built_in::Loads>,
}

impl AppState {
    /// Opens storage and loads (or recovers) the saved state.
    pub fn new(storage: BrowserStorage) -> Self {
        let mut notices = Vec::new();
        // Built-in frameworks arrive when first needed (see built_in.rs).
        let frameworks = custom::stored_frameworks(&storage);
        let (store, read_only) = if storage.is_available() {
            load(&storage, &mut notices)
        } else {
            notices.push(Notice::StorageUnavailable);
            (Store::new(), false)
        };
        Self::new_with(storage, store, read_only, notices, frameworks)
    }

    fn new_with(
        storage: BrowserStorage,
        store: Store,
        read_only: bool,
        notices: Vec<Notice>,
        frameworks: Vec<Framework>,
    ) -> Self {
        AppState {
            store: RwSignal::new(store),
            view: RwSignal::new(View::Start),
            notices: RwSignal::new(notices),
            frameworks: RwSignal::new(frameworks),
            focus_item: RwSignal::new(None),
            read_only: RwSignal::new(read_only),
            storage: StoredValue::new(storage),
            options: StoredValue::new(UrlOptions::default()),
            custom: RwSignal::new(CustomStatus::None),
            loads: RwSignal::new(built_in::Loads::new()),
        }
    }

    pub fn storage(&self) -> BrowserStorage {
        self.storage.get_value()
    }

    /// Applies `op` to the latest stored state (another tab may have written since we
    /// last looked), saves it, and updates the signal.
    pub fn mutate<R>(&self, op: impl FnOnce(&mut Store) -> R) -> R {
        let storage = self.storage();
        let mut latest = match storage.read(STATE_KEY).as_deref().map(Some).map(decode) {
            Some(Decoded::Current(store)) | Some(Decoded::Migrated { store, .. }) => store,
            Some(Decoded::Newer { .. }) => {
                if !self.read_only.get_untracked() {
                    self.read_only.set(true);
                    self.notify(Notice::NewerVersionElsewhere);
                }
                self.store.get_untracked()
            }
            _ => self.store.get_untracked(),
        };
        let result = op(&mut latest);
        self.persist(&latest);
        self.store.set(latest);
        result
    }

    fn persist(&self, store: &Store) {
        if self.read_only.get_untracked() {
            return;
        }
        match self.storage().write(STATE_KEY, &encode(store)) {
            Ok(()) => self.dismiss(|n| matches!(n, Notice::QuotaExceeded)),
            Err(WriteError::QuotaExceeded) => self.notify(Notice::QuotaExceeded),
            Err(WriteError::Unavailable) => {}
            Err(WriteError::Other(message)) => self.notify(Notice::WriteFailed(message)),
        }
    }

    /// Picks up a change another tab saved.
    pub fn reload_from_storage(&self) {
        let raw = self.storage().read(STATE_KEY);
        match decode(raw.as_deref()) {
            Decoded::Current(store) => self.store.set(store),
            Decoded::Empty => self.store.set(Store::new()),
            _ => {}
        }
    }

    /// Shows a notice once; an equal notice already showing is not repeated.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    pub fn dismiss(&self, matches: impl Fn(&Notice) -> bool) {
        if self
            .notices
            .with_untracked(|list| list.iter().any(&matches))
        {
            self.notices.update(|list| list.retain(|n| !matches(n)));
        }
    }

    /// The framework an attempt was made with: the same id and version, or failing that
    /// the same id (answers are keyed by item id, so they carry over). A built-in that
    /// has not been fetched yet is requested, and this re-runs when it arrives.
    pub fn framework_for(&self, framework_id: &str, version: &str) -> Option<Framework> {
        let found = self.frameworks.with(|all| {
            all.iter()
                .find(|f| f.id == framework_id && f.version == version)
                .or_else(|| all.iter().find(|f| f.id == framework_id))
                .cloned()
        });
        if found.is_none() {
            self.request_built_in(framework_id);
        }
        found
    }

    /// An attempt together with the framework it was made with, when both are here.
    pub fn attempt_with_framework(&self, attempt_id: &str) -> Option<(Attempt, Framework)> {
        let attempt = self
            .store
            .with_untracked(|s| s.attempt(attempt_id).cloned())?;
        let framework = self.framework_for(&attempt.framework_id, &attempt.framework_version)?;
        Some((attempt, framework))
    }

    pub fn attempt(&self, attempt_id: &str) -> Option<Attempt> {
        self.store.with(|s| s.attempt(attempt_id).cloned())
    }

    /// Starts a fresh attempt at `framework` and opens it.
    pub fn start(&self, framework: &Framework) {
        let now = now_ms();
        let id = format!(
            "{}-{:06}",
            now as u64,
            (js_sys::Math::random() * 1e6) as u32
        );
        let attempt = Attempt::new(framework, id.clone(), now);
        self.mutate(|store| store.start(attempt));
        self.view.set(View::Assess { attempt_id: id });
    }

    pub fn answer(&self, attempt_id: &str, item_id: &str, answer: Option<Answer>) {
        let saved = self.mutate(|store| store.set_answer(attempt_id, item_id, answer, now_ms()));
        if saved {
            self.send_progress(attempt_id);
        } else {
            self.notify(Notice::AttemptClosedElsewhere);
        }
    }

    pub fn set_position(&self, attempt_id: &str, position: usize) {
        self.mutate(|store| store.set_position(attempt_id, position));
    }

    pub fn finish(&self, attempt_id: &str) {
        if self.mutate(|store| store.complete(attempt_id, now_ms())) {
            self.send_completed(attempt_id);
            self.view.set(View::Results {
                attempt_id: attempt_id.to_string(),
            });
        }
    }

    pub fn discard(&self, attempt_id: &str) {
        self.mutate(|store| store.discard(attempt_id));
    }

    pub fn delete_from_history(&self, attempt_id: &str) {
        self.mutate(|store| store.delete_from_history(attempt_id));
    }

    /// Adds imported, completed attempts to history in one save. Returns, for each,
    /// whether it was new (an attempt already in history is left as it is).
    pub fn import_attempts(&self, attempts: Vec<Attempt>) -> Vec<bool> {
        self.mutate(|store| attempts.into_iter().map(|a| store.import(a)).collect())
    }

    /// Deletes everything Yardstick stored in this browser, backups included. The view
    /// stays where it is, so the privacy panel can confirm what happened.
    pub fn delete_everything(&self) {
        let storage = self.storage();
        for (key, _) in storage.entries_with_prefix(KEY_PREFIX) {
            storage.remove(&key);
        }
        self.store.set(Store::new());
        self.read_only.set(false);
        self.dismiss(|n| !matches!(n, Notice::StorageUnavailable));
    }
}

/// Reads the saved state, migrating older data and setting aside data we cannot read.
/// Returns the store and whether writing must stay off (data we could not back up).
fn load(storage: &BrowserStorage, notices: &mut Vec<Notice>) -> (Store, bool) {
    let raw = storage.read(STATE_KEY);
    // Copies unreadable data, untouched, to the backup key before we start clean.
    let set_aside = |raw: &Option<String>| {
        let saved = raw
            .as_deref()
            .is_some_and(|raw| storage.write(BACKUP_KEY, raw).is_ok());
        if saved {
            storage.remove(STATE_KEY);
        }
        saved
    };
    match decode(raw.as_deref()) {
        Decoded::Empty => (Store::new(), false),
        Decoded::Current(store) => (store, false),
        Decoded::Migrated { store, from } => {
            // Keep the original until the migrated copy is safely written.
            if let Some(raw) = &raw {
                let _ = storage.write(BACKUP_KEY, raw);
            }
            if storage.write(STATE_KEY, &encode(&store)).is_ok() {
                storage.remove(BACKUP_KEY);
            }
            notices.push(Notice::Migrated { from });
            (store, false)
        }
        Decoded::Newer { schema } => {
            let backed_up = set_aside(&raw);
            notices.push(Notice::NewerData { schema, backed_up });
            (Store::new(), !backed_up)
        }
        Decoded::Corrupt { reason } => {
            let backed_up = set_aside(&raw);
            notices.push(Notice::CorruptData { reason, backed_up });
            (Store::new(), !backed_up)
        }
    }
}

/// The app state provided by [`crate::App`].
pub fn use_app_state() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| AppState::new(BrowserStorage::unavailable()))
}
