//! App state: the signals components read, and the only place that turns user actions
//! into core operations and storage writes. Components → state → core; never backwards.

mod built_in;
mod custom;
mod embedding;
mod feedback;
mod files;
mod navigation;
mod notices;

/// Which screen is showing; each has an address (see `core::route`).
pub use crate::core::route::{View, SHARE_PREFIX};
pub use built_in::{Availability, RoleCard};
pub use custom::CustomStatus;
pub use files::{HistoryExport, ResultFormat};
pub use notices::{Notice, NoticeAction};

use leptos::prelude::*;

use crate::browser::clock::now_ms;
use crate::browser::location::HistoryEntry;
use crate::browser::random::random_below;
use crate::browser::storage::{BrowserStorage, WriteError};
use crate::core::answers::Answer;
use crate::core::attempt::Attempt;
use crate::core::builtin::published_version;
use crate::core::framework::Framework;
use crate::core::layout::{
    attempt_key, backup_key, decode_attempt, decode_layout, encode_attempt, writes, Write,
    ATTEMPT_PREFIX, BACKUP_PREFIX, INDEX_KEY,
};
use crate::core::options::UrlOptions;
use crate::core::store::{decode, merge_answers, record_answer, record_care, Decoded, Store};

/// Where everything Yardstick keeps lives; other keys on the origin are not ours.
pub use crate::core::key_scope::NAME_PREFIX as KEY_PREFIX;
/// The single key older layouts kept everything under; read once and migrated.
pub use crate::core::layout::STATE_KEY;
/// Unreadable data is copied under keys starting with this, one dated key per copy
/// (`core::layout::backup_key`); the bare prefix is the single slot of earlier builds.
pub const BACKUP_KEY: &str = BACKUP_PREFIX;

/// A signal components may read and only app state may write.
struct Shared<T: Send + Sync + 'static> {
    read: ReadSignal<T>,
    write: WriteSignal<T>,
}

// Written out: deriving would ask `T: Copy`, but the signals are handles.
impl<T: Send + Sync + 'static> Clone for Shared<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Shared<T> {}

impl<T: Send + Sync + 'static> Shared<T> {
    fn new(value: T) -> Self {
        let (read, write) = signal(value);
        Shared { read, write }
    }
}

/// Everything the app knows, and the only way to change it: components read through
/// the accessors and act through the intent methods; the signals stay private.
#[derive(Clone, Copy)]
pub struct AppState {
    store: Shared<Store>,
    view: Shared<View>,
    notices: Shared<Vec<Notice>>,
    frameworks: Shared<Vec<Framework>>,
    /// Loading state of a custom framework named by `framework=`.
    custom: Shared<CustomStatus>,
    /// An item to move focus to once its screen shows (from the review list).
    focus_item: StoredValue<Option<String>>,
    /// Set when stored data from a newer Yardstick appeared mid-session: we stop writing
    /// so as not to destroy it.
    read_only: RwSignal<bool>,
    storage: StoredValue<BrowserStorage>,
    /// Options from the page URL (role, theme, embed, scores, framework, parent origin).
    options: StoredValue<UrlOptions>,
    /// Built-in frameworks being fetched (`None`) or that failed (`Some(why)`).
    loads: RwSignal<built_in::Loads>,
    /// Changes made since the last write that storage accepted. While it is above 0,
    /// memory holds what storage lacks, so changes build on memory, not on storage.
    unsaved: StoredValue<u32>,
    /// The state was read from the single key of an older layout and has not yet been
    /// written out as the current one; that key is removed once it has.
    legacy_pending: StoredValue<bool>,
    /// The attempt and answered count last reported to the host page.
    last_progress: StoredValue<Option<(String, usize)>>,
    /// Whether the app runs embedded, and who receives results (`core::deploy`).
    embedding: RwSignal<crate::core::deploy::Embedding>,
    /// The person chose to send their written examples to the receiving page.
    include_examples: RwSignal<bool>,
}

impl AppState {
    /// Opens storage and loads (or recovers) the saved state.
    pub fn new(storage: BrowserStorage) -> Self {
        let mut notices = Vec::new();
        // Built-in frameworks arrive when first needed (see built_in.rs).
        let frameworks = custom::stored_frameworks(&storage);
        let mut legacy_pending = false;
        let (store, read_only) = if storage.is_available() {
            let loaded = load(&storage, &mut notices, &mut legacy_pending);
            // Full is not blocked: what is saved has loaded; say that new writes fail.
            if storage.probe_write() == Err(WriteError::QuotaExceeded) {
                notices.push(Notice::QuotaExceeded { unsaved: 0 });
            }
            loaded
        } else {
            notices.push(Notice::StorageUnavailable);
            (Store::new(), false)
        };
        AppState {
            store: Shared::new(store),
            view: Shared::new(View::Start),
            notices: Shared::new(notices),
            frameworks: Shared::new(frameworks),
            custom: Shared::new(CustomStatus::None),
            focus_item: StoredValue::new(None),
            read_only: RwSignal::new(read_only),
            storage: StoredValue::new(storage),
            options: StoredValue::new(UrlOptions::default()),
            loads: RwSignal::new(built_in::Loads::new()),
            unsaved: StoredValue::new(0),
            legacy_pending: StoredValue::new(legacy_pending),
            last_progress: StoredValue::new(None),
            embedding: RwSignal::new(if crate::browser::host::is_embedded() {
                crate::core::deploy::Embedding::Embedded { receiver: None }
            } else {
                crate::core::deploy::Embedding::NotEmbedded
            }),
            include_examples: RwSignal::new(false),
        }
    }

    // Reading ---------------------------------------------------------------------------

    /// The screen showing.
    pub fn view(&self) -> ReadSignal<View> {
        self.view.read
    }

    /// Every attempt in progress and in history, as saved.
    pub fn store(&self) -> ReadSignal<Store> {
        self.store.read
    }

    /// The notices showing, oldest first.
    pub fn notices(&self) -> ReadSignal<Vec<Notice>> {
        self.notices.read
    }

    /// The frameworks here so far: custom ones, and built-ins once fetched.
    pub fn frameworks(&self) -> ReadSignal<Vec<Framework>> {
        self.frameworks.read
    }

    /// Where the custom framework named by `framework=` stands.
    pub fn custom_status(&self) -> ReadSignal<CustomStatus> {
        self.custom.read
    }

    /// An attempt, in progress or finished (tracked).
    pub fn attempt(&self, attempt_id: &str) -> Option<Attempt> {
        self.store.read.with(|s| s.attempt(attempt_id).cloned())
    }

    /// An attempt together with the framework it was made with, when both are here.
    pub(super) fn attempt_with_framework(&self, attempt_id: &str) -> Option<(Attempt, Framework)> {
        let attempt = self
            .store
            .read
            .with_untracked(|s| s.attempt(attempt_id).cloned())?;
        let framework = self.framework_for(&attempt.framework_id, &attempt.framework_version)?;
        Some((attempt, framework))
    }

    /// The framework an attempt was made with: the same id and version; for a built-in
    /// role whose version this build does not publish, its current version; for a custom
    /// one, any version with that id (answers are keyed by item id, so they carry over).
    /// A built-in that has not been fetched yet is requested, and this re-runs when it
    /// arrives.
    pub fn framework_for(&self, framework_id: &str, version: &str) -> Option<Framework> {
        let found = self.find_framework(framework_id, version, true);
        if let (None, Some(serving)) = (&found, published_version(framework_id, version)) {
            self.request_built_in(framework_id, serving);
        }
        found
    }

    /// [`AppState::framework_for`] without tracking and without fetching anything.
    fn framework_here(&self, framework_id: &str, version: &str) -> Option<Framework> {
        self.find_framework(framework_id, version, false)
    }

    fn find_framework(&self, framework_id: &str, version: &str, track: bool) -> Option<Framework> {
        let serving = published_version(framework_id, version);
        let find = |all: &Vec<Framework>| {
            let with = |v: &str| all.iter().find(|f| f.id == framework_id && f.version == v);
            match serving {
                Some(serving) => with(version).or_else(|| with(serving)),
                None => with(version).or_else(|| all.iter().find(|f| f.id == framework_id)),
            }
            .cloned()
        };
        if track {
            self.frameworks.read.with(find)
        } else {
            self.frameworks.read.with_untracked(find)
        }
    }

    /// Whether this browser lets Yardstick save anything.
    pub fn is_storage_available(&self) -> bool {
        self.storage().is_available()
    }

    /// The item the review asked to focus, once: taking it clears it.
    pub fn take_focus_item(&self) -> Option<String> {
        let item = self.focus_item.get_value();
        if item.is_some() {
            self.focus_item.set_value(None);
        }
        item
    }

    // Acting ----------------------------------------------------------------------------

    /// Starts a fresh attempt at `framework` and opens it.
    pub fn start(&self, framework: &Framework) {
        self.start_as(framework, self.history_entry());
    }

    pub(super) fn start_as(&self, framework: &Framework, entry: HistoryEntry) {
        let id = self.begin(framework);
        self.navigate(
            View::Assess {
                attempt_id: id,
                area: Some(0),
            },
            entry,
        );
    }

    /// Starts an attempt of `framework` (replacing the one in progress for it) and
    /// returns its id; where to go next is the caller's.
    pub(super) fn begin(&self, framework: &Framework) -> String {
        let now = now_ms();
        let id = format!("{}-{:06}", now as u64, random_below(1_000_000));
        let attempt = Attempt::new(framework, id.clone(), now);
        self.mutate(|store| store.start(attempt));
        id
    }

    /// Records an answer (`None` clears it) and tells the host page about progress.
    pub fn answer(&self, attempt_id: &str, item_id: &str, answer: Option<Answer>) {
        let now = now_ms();
        let saved = self.mutate_attempt(attempt_id, |a| record_answer(a, item_id, answer, now));
        if saved {
            self.send_progress(attempt_id);
        } else {
            self.notify(Notice::AttemptClosedElsewhere);
        }
    }

    /// Records the answer to "How carefully did you answer?" (`None` clears it).
    pub fn set_care(&self, attempt_id: &str, care: Option<u8>) {
        if !self.mutate_attempt(attempt_id, |a| record_care(a, care)) {
            self.notify(Notice::AttemptClosedElsewhere);
        }
    }

    /// Opens one area of an attempt (counting from 0) with focus on one of its items:
    /// the review's links to unanswered questions.
    pub fn open_item(&self, attempt_id: &str, area: usize, item_id: &str) {
        self.focus_item.set_value(Some(item_id.to_string()));
        self.open(View::Assess {
            attempt_id: attempt_id.to_string(),
            area: Some(area),
        });
    }

    /// Completes an attempt and shows its result.
    pub fn finish(&self, attempt_id: &str) {
        if self.mutate(|store| store.complete(attempt_id, now_ms())) {
            self.send_completed(attempt_id);
            self.open(View::Results {
                attempt_id: attempt_id.to_string(),
            });
        }
    }

    pub fn delete_from_history(&self, attempt_id: &str) {
        self.mutate(|store| store.delete_from_history(attempt_id));
    }

    /// Deletes everything Yardstick stored in this browser, backups included. The view
    /// stays where it is, so the privacy panel can confirm what happened.
    pub fn delete_everything(&self) {
        let storage = self.storage();
        for (key, _) in storage.entries_with_prefix(KEY_PREFIX) {
            storage.remove(&key);
        }
        self.store.write.set(Store::new());
        self.unsaved.set_value(0);
        self.legacy_pending.set_value(false);
        self.read_only.set(false);
        self.dismiss(|n| !matches!(n, Notice::StorageUnavailable));
    }

    /// Hides the notices that `matches` picks.
    pub fn dismiss(&self, matches: impl Fn(&Notice) -> bool) {
        if self
            .notices
            .read
            .with_untracked(|list| list.iter().any(&matches))
        {
            self.notices
                .write
                .update(|list| list.retain(|n| !matches(n)));
        }
    }

    /// Picks up a change another tab saved. While this tab holds changes storage
    /// refused, the other tab's state is merged into them rather than replacing them.
    pub fn reload_from_storage(&self) {
        match self.read_stored() {
            Decoded::Current(stored) if self.unsaved.get_value() > 0 => {
                self.store
                    .write
                    .update(|memory| memory.merge_unsaved(&stored));
            }
            Decoded::Current(store) => self.store.write.set(store),
            Decoded::Empty if !self.legacy_pending.get_value() => {
                self.store.write.set(Store::new())
            }
            _ => {}
        }
    }

    /// Picks up one attempt another tab saved, without reading the rest.
    pub fn reload_attempt(&self, key: &str) {
        let Some(id) = key.strip_prefix(ATTEMPT_PREFIX) else {
            return;
        };
        if self.unsaved.get_value() > 0 {
            return self.reload_from_storage();
        }
        let Some(mut attempt) = self
            .storage()
            .read(key)
            .and_then(|raw| decode_attempt(&raw))
        else {
            return;
        };
        // Answers this tab saved a moment before the other tab's write (which had not
        // seen them) are put back, in memory and in storage.
        let ours = self.store.read.with_untracked(|s| s.attempt(id).cloned());
        if let Some(ours) = ours {
            if merge_answers(&mut attempt, &ours) {
                self.persist(&[Write::Put {
                    key: key.to_string(),
                    value: encode_attempt(&attempt),
                }]);
            }
        }
        self.store.write.update(|store| {
            let held = store
                .in_progress
                .iter_mut()
                .chain(store.history.iter_mut())
                .find(|a| a.id == id);
            if let Some(held) = held {
                *held = attempt;
            }
        });
    }

    // Inside app state ------------------------------------------------------------------

    fn storage(&self) -> BrowserStorage {
        self.storage.get_value()
    }

    /// Writes what this tab holds and storage does not, if anything: called when the
    /// page is hidden, the last moment a tab that is closing gets.
    pub fn save_pending(&self) {
        if self.unsaved.get_value() > 0 {
            self.mutate(|_| ());
        }
    }

    /// What storage holds under the layout (index and one key per attempt).
    fn read_stored(&self) -> Decoded {
        let storage = self.storage();
        match storage.read(INDEX_KEY) {
            Some(index) => decode_layout(&index, &|key| storage.read(key)),
            None => Decoded::Empty,
        }
    }

    /// Applies `op` to the latest state, saves what changed, and updates the signal. The
    /// latest state is storage's (another tab may have written since we last looked),
    /// unless earlier writes failed: then it is memory, with what storage gained since
    /// merged in, so a failed write never rolls back the changes before it. Reads every
    /// attempt, so it is for the rare changes (start, finish, delete, import); answers
    /// go through [`AppState::mutate_attempt`].
    fn mutate<R>(&self, op: impl FnOnce(&mut Store) -> R) -> R {
        let unsaved = self.unsaved.get_value() > 0;
        let available = self.storage().is_available();
        let stored = self.read_stored();
        let (mut latest, before) = match stored {
            Decoded::Current(stored) if unsaved => {
                let mut memory = self.store.read.get_untracked();
                memory.merge_unsaved(&stored);
                (memory, Some(stored))
            }
            Decoded::Current(stored) => (stored.clone(), Some(stored)),
            Decoded::Newer { .. } => {
                if !self.read_only.get_untracked() {
                    self.read_only.set(true);
                    self.notify(Notice::NewerVersionElsewhere);
                }
                (self.store.read.get_untracked(), None)
            }
            // Emptied by another tab ("Delete everything"): start from nothing, unless
            // storage cannot be used or this tab holds what storage refused.
            Decoded::Empty if available && !unsaved && !self.legacy_pending.get_value() => {
                (Store::new(), None)
            }
            // The index became unreadable mid-session (another program, a broken write):
            // copy it aside before this tab writes its own over it.
            Decoded::Corrupt { reason } => {
                self.set_aside_mid_session(INDEX_KEY, reason);
                (self.store.read.get_untracked(), None)
            }
            _ => (self.store.read.get_untracked(), None),
        };
        let result = op(&mut latest);
        self.persist(&writes(before.as_ref(), &latest));
        self.store.write.set(latest);
        result
    }

    /// Applies `op` to one attempt in progress, reading and writing only its key, so an
    /// answer costs the same with one stored result as with a thousand. Returns false
    /// when the attempt is no longer in progress (finished or discarded elsewhere).
    /// While earlier writes are pending it takes the whole-store path instead, which
    /// writes everything storage lacks.
    fn mutate_attempt(&self, attempt_id: &str, op: impl FnOnce(&mut Attempt)) -> bool {
        let storage = self.storage();
        if self.unsaved.get_value() > 0
            || self.legacy_pending.get_value()
            || !storage.is_available()
            || storage.read(INDEX_KEY).is_none()
        {
            return self.mutate(|store| {
                let Some(attempt) = store.in_progress.iter_mut().find(|a| a.id == attempt_id)
                else {
                    return false;
                };
                op(attempt);
                true
            });
        }
        let key = attempt_key(attempt_id);
        let stored = storage.read(&key);
        let fresh = match stored.as_deref().map(decode_attempt) {
            Some(Some(attempt)) => Some(attempt),
            // There but unreadable: copied aside, then this tab's copy is the one to keep.
            Some(None) => {
                self.set_aside_mid_session(&key, "a saved attempt could not be read".to_string());
                self.store
                    .read
                    .with_untracked(|s| s.in_progress.iter().find(|a| a.id == attempt_id).cloned())
            }
            None => None,
        };
        let Some(mut attempt) = fresh.filter(|a| !a.is_complete()) else {
            // Finished or discarded elsewhere: take storage's view of it.
            self.reload_from_storage();
            return false;
        };
        op(&mut attempt);
        self.persist(&[Write::Put {
            key,
            value: encode_attempt(&attempt),
        }]);
        self.store.write.update(|store| {
            match store.in_progress.iter_mut().find(|a| a.id == attempt_id) {
                Some(held) => *held = attempt,
                None => store.start(attempt),
            }
        });
        true
    }

    /// Copies the unreadable value under `key` to a dated backup and says so, before this
    /// tab writes over it; when the copy fails, the app stops writing rather than lose it.
    fn set_aside_mid_session(&self, key: &str, reason: String) {
        let storage = self.storage();
        let Some(raw) = storage.read(key) else { return };
        let backup = set_aside(&storage, &raw);
        if backup.is_none() {
            self.read_only.set(true);
        }
        self.notify(Notice::CorruptData { reason, backup });
    }

    /// Applies `writes` in order, stopping at the first that fails (see
    /// `core::layout::writes` for why the order matters), and says what that costs.
    fn persist(&self, writes: &[Write]) {
        if self.read_only.get_untracked() {
            return;
        }
        let storage = self.storage();
        let mut outcome = Ok(());
        for write in writes {
            outcome = match write {
                Write::Put { key, value } => storage.write(key, value),
                Write::Remove { key } => {
                    storage.remove(key);
                    Ok(())
                }
            };
            if outcome.is_err() {
                break;
            }
        }
        match outcome {
            Ok(()) => {
                self.unsaved.set_value(0);
                if self.legacy_pending.get_value() {
                    // Everything is in the layout now; the single key it came from can go.
                    storage.remove(STATE_KEY);
                    self.legacy_pending.set_value(false);
                }
                self.dismiss(|n| {
                    matches!(n, Notice::QuotaExceeded { .. } | Notice::WriteFailed(_))
                });
            }
            Err(WriteError::QuotaExceeded) => {
                let unsaved = self.unsaved.get_value().saturating_add(1);
                self.unsaved.set_value(unsaved);
                self.replace_notice(Notice::QuotaExceeded { unsaved }, |n| {
                    matches!(n, Notice::QuotaExceeded { .. })
                });
            }
            Err(WriteError::Unavailable) => {}
            Err(WriteError::Other(message)) => {
                self.unsaved
                    .set_value(self.unsaved.get_value().saturating_add(1));
                self.notify(Notice::WriteFailed(message));
            }
        }
    }

    /// Shows `notice` in place of the one `same_kind` finds, or adds it.
    fn replace_notice(&self, notice: Notice, same_kind: impl Fn(&Notice) -> bool) {
        self.notices
            .write
            .update(|list| match list.iter_mut().find(|n| same_kind(n)) {
                Some(existing) => *existing = notice,
                None => list.push(notice),
            });
    }

    /// Shows a notice once; an equal notice already showing is not repeated.
    fn notify(&self, notice: Notice) {
        self.notices.write.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }
}

/// Reads the saved state, migrating older data and setting aside data we cannot read.
/// Returns the store and whether writing must stay off (data we could not back up, or
/// data a newer Yardstick wrote, which is never moved); sets `legacy_pending` when the
/// state came from the older single-key layout and could not be written out yet.
fn load(
    storage: &BrowserStorage,
    notices: &mut Vec<Notice>,
    legacy_pending: &mut bool,
) -> (Store, bool) {
    if let Some(index) = storage.read(INDEX_KEY) {
        return match decode_layout(&index, &|key| storage.read(key)) {
            Decoded::Newer { schema } => {
                notices.push(Notice::NewerData { schema });
                (Store::new(), true)
            }
            Decoded::Corrupt { reason } => {
                // The attempts' own keys stay as they are; only the index is set aside.
                let backup = set_aside(storage, &index);
                if backup.is_some() {
                    storage.remove(INDEX_KEY);
                }
                let read_only = backup.is_none();
                notices.push(Notice::CorruptData { reason, backup });
                (Store::new(), read_only)
            }
            Decoded::Current(store) | Decoded::Migrated { store, .. } => (store, false),
            Decoded::Empty => (Store::new(), false),
        };
    }
    let raw = storage.read(STATE_KEY);
    match decode(raw.as_deref()) {
        Decoded::Empty => (Store::new(), false),
        Decoded::Current(store) => {
            // Written out as the current layout; the old key goes once that worked.
            migrate_layout(storage, &store, legacy_pending);
            notices.push(Notice::Migrated { from: 2 });
            (store, false)
        }
        Decoded::Migrated { store, from } => {
            migrate_layout(storage, &store, legacy_pending);
            notices.push(Notice::Migrated { from });
            (store, false)
        }
        // Never moved: the newer version that wrote it may still be open, or come back.
        Decoded::Newer { schema } => {
            notices.push(Notice::NewerData { schema });
            (Store::new(), true)
        }
        Decoded::Corrupt { reason } => {
            let backup = raw.as_deref().and_then(|raw| set_aside(storage, raw));
            if backup.is_some() {
                storage.remove(STATE_KEY);
            }
            let read_only = backup.is_none();
            notices.push(Notice::CorruptData { reason, backup });
            (Store::new(), read_only)
        }
    }
}

/// Copies `raw`, untouched, to a new dated backup key (never over an earlier backup) and
/// returns the key, or `None` when it could not be written.
fn set_aside(storage: &BrowserStorage, raw: &str) -> Option<String> {
    let key = backup_key(now_ms(), &|key| storage.read(key).is_some());
    storage.write(&key, raw).ok().map(|()| key)
}

/// Writes `store`, read from the single key, as the current layout: every attempt, then
/// the index; the single key is removed only when all of it was written, so a full
/// storage keeps the old copy (and `legacy_pending` asks the next save to finish).
fn migrate_layout(storage: &BrowserStorage, store: &Store, legacy_pending: &mut bool) {
    let all_written = writes(None, store).iter().all(|write| match write {
        Write::Put { key, value } => storage.write(key, value).is_ok(),
        Write::Remove { key } => {
            storage.remove(key);
            true
        }
    });
    if all_written {
        storage.remove(STATE_KEY);
    } else {
        *legacy_pending = true;
    }
}

/// The app state provided by [`crate::App`]. Every component runs inside it; one that
/// does not is a programming error, reported at once rather than papered over with a
/// throwaway state that would lose whatever the person does.
pub fn use_app_state() -> AppState {
    use_context::<AppState>()
        // ok: a component outside App is a programming error, not input; fail loudly.
        .expect("use_app_state: no AppState in context; components must be rendered inside App")
}
