//! Built-in frameworks, fetched from the files the build publishes the first time a role
//! needs one, and validated like any other framework. Until then the app knows only
//! their manifest (`core::builtin::BUILT_IN`), which is all the role cards need. Earlier
//! versions are fetched the same way when a result taken with one is opened.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::{AppState, View};
use crate::browser::fetch::fetch_bytes;
use crate::browser::location::HistoryEntry;
use crate::core::builtin::{
    built_in_path, current_version, is_built_in, published_version, BUILT_IN,
};
use crate::core::feedback::observer::observer_ready;
use crate::core::framework::Framework;
use crate::core::limits::MAX_FRAMEWORK_BYTES;
use crate::core::validate::load_framework;

/// Where a framework stands for a view that needs it.
#[derive(Clone, Debug, PartialEq)]
pub enum Availability {
    Ready(Box<Framework>),
    Loading,
    /// Not here, or failed to load; says why in plain words.
    Unavailable(String),
}

/// What a role card shows, for built-in and custom frameworks alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleCard {
    pub id: String,
    pub version: String,
    pub title: String,
    pub summary: String,
    pub questions: usize,
    pub areas: usize,
    pub minutes: u64,
    pub custom: bool,
    /// Whether observers can answer it (every statement has observer wording), so an
    /// invitation can be made from the card.
    pub observers: bool,
}

/// Fetches in flight (`None`) or failed (why), by [`load_key`].
pub type Loads = BTreeMap<String, Option<String>>;

/// "id@version": one string rather than a pair, so the map shares its code with the
/// app's other string-keyed maps.
fn load_key(framework_id: &str, version: &str) -> String {
    format!("{framework_id}@{version}")
}

impl AppState {
    /// Where the framework of an attempt stands (tracked: re-runs when it arrives).
    /// Asking for a built-in that is not here yet starts fetching it.
    pub fn availability(&self, framework_id: &str, version: &str) -> Availability {
        if let Some(framework) = self.framework_for(framework_id, version) {
            return Availability::Ready(Box::new(framework));
        }
        let serving = published_version(framework_id, version);
        let load = serving.and_then(|serving| {
            let key = load_key(framework_id, serving);
            self.loads.with(|loads| loads.get(&key).cloned())
        });
        match load {
            Some(Some(error)) => Availability::Unavailable(error),
            Some(None) => Availability::Loading,
            None if serving.is_some() => Availability::Loading,
            None => Availability::Unavailable(format!(
                "This result was made with a role (\u{201c}{framework_id}\u{201d}, version {version}) that this copy of Yardstick does not have."
            )),
        }
    }

    /// Starts fetching a version of a built-in framework unless it is here, on its way,
    /// or failed.
    pub(super) fn request_built_in(&self, framework_id: &str, version: &str) {
        let key = load_key(framework_id, version);
        let requested = self.loads.with_untracked(|l| l.contains_key(&key));
        if requested || built_in_path(framework_id, version).is_none() {
            return;
        }
        // Recorded at once (not in the task) so a second request in the same tick waits.
        self.loads.update_untracked(|l| {
            l.insert(key.clone(), None);
        });
        let state = *self;
        let (id, version) = (framework_id.to_string(), version.to_string());
        leptos::task::spawn_local(async move {
            let _ = state.fetch_built_in(id, version).await;
        });
    }

    async fn fetch_built_in(self, framework_id: String, version: String) -> Option<Framework> {
        let outcome = match built_in_path(&framework_id, &version) {
            Some(path) => fetch_bytes(&path, MAX_FRAMEWORK_BYTES).await,
            None => Err(format!(
                "This copy of Yardstick does not have version {version} of \u{201c}{framework_id}\u{201d}."
            )),
        };
        let outcome = match outcome {
            Ok(bytes) => load_framework(&bytes).map_err(|problems| {
                let first = problems.first().map(ToString::to_string).unwrap_or_default();
                let count = match problems.len() {
                    1 => "1 problem".to_string(),
                    n => format!("{n} problems"),
                };
                format!(
                    "The built-in role \u{201c}{framework_id}\u{201d} could not be read ({count}, first: {first})."
                )
            }),
            Err(message) => Err(message),
        };
        // A file that holds another role or version (a stale cache, a bad deploy) would
        // score results against questions they were not answered with.
        let outcome = outcome.and_then(|framework| {
            if framework.id == framework_id && framework.version == version {
                Ok(framework)
            } else {
                Err(format!(
                    "The published file for \u{201c}{framework_id}\u{201d} version {version} holds \u{201c}{}\u{201d} version {} instead.",
                    framework.id, framework.version
                ))
            }
        });
        let key = load_key(&framework_id, &version);
        match outcome {
            Ok(framework) => {
                self.frameworks.write.update(|all| {
                    all.retain(|f| !(f.id == framework.id && f.version == framework.version));
                    all.push(framework.clone());
                });
                self.loads.update(|l| {
                    l.remove(&key);
                });
                Some(framework)
            }
            Err(message) => {
                self.loads.update(|l| {
                    l.insert(key, Some(message));
                });
                None
            }
        }
    }

    /// The framework a new attempt at this role uses: a built-in's current version
    /// (fetched first if need be), or the custom framework with this id.
    pub(super) async fn ensure_framework(self, framework_id: String) -> Option<Framework> {
        match current_version(&framework_id) {
            Some(current) => self.ensure_version(framework_id, current.to_string()).await,
            None => self
                .frameworks
                .read
                .with_untracked(|all| all.iter().find(|f| f.id == framework_id).cloned()),
        }
    }

    /// The framework a result made with this id and version opens with (see
    /// [`AppState::framework_for`]), fetching a built-in first if need be.
    pub(super) async fn ensure_version(
        self,
        framework_id: String,
        version: String,
    ) -> Option<Framework> {
        if let Some(here) = self.framework_here(&framework_id, &version) {
            return Some(here);
        }
        let serving = published_version(&framework_id, &version)?;
        self.fetch_built_in(framework_id, serving.to_string()).await
    }

    /// Starts a fresh attempt at a role, fetching its framework first if need be.
    pub fn start_role(&self, framework_id: &str) {
        self.start_role_as(framework_id, self.history_entry());
    }

    pub(super) fn start_role_as(&self, framework_id: &str, entry: HistoryEntry) {
        let state = *self;
        let id = framework_id.to_string();
        leptos::task::spawn_local(async move {
            match state.ensure_framework(id.clone()).await {
                Some(framework) => state.start_as(&framework, entry),
                None => state.notify_role_unavailable(&id),
            }
        });
    }

    /// Says that the role `id` could not be fetched, and why.
    fn notify_role_unavailable(&self, id: &str) {
        let key = load_key(id, current_version(id).unwrap_or_default());
        let reason = self
            .loads
            .with_untracked(|l| l.get(&key).cloned().flatten())
            .unwrap_or_default();
        self.notify(super::Notice::RoleUnavailable {
            title: self.role_title(id),
            reason,
        });
    }

    /// Opens the feedback page of the role's attempt in progress, so the person can
    /// send an invitation before (or while) answering; starts the attempt first when
    /// there is none, without taking the person to its questions.
    pub fn ask_others_about(&self, framework_id: &str) {
        let state = *self;
        let id = framework_id.to_string();
        leptos::task::spawn_local(async move {
            let Some(framework) = state.ensure_framework(id.clone()).await else {
                state.notify_role_unavailable(&id);
                return;
            };
            let existing = state
                .store()
                .with_untracked(|s| s.in_progress_for(&id).map(|a| a.id.clone()));
            let attempt_id = existing.unwrap_or_else(|| state.begin(&framework));
            state.open(View::Feedback { attempt_id });
        });
    }

    /// Every role to offer: the built-ins in their order, then custom frameworks.
    pub fn role_cards(&self) -> Vec<RoleCard> {
        let built_in = BUILT_IN.iter().map(|b| RoleCard {
            id: b.id.to_string(),
            version: b.version.to_string(),
            title: b.title.to_string(),
            summary: b.summary.to_string(),
            questions: b.questions,
            areas: b.areas,
            minutes: b.minutes,
            custom: false,
            // The built-ins carry observer wording: tests/feedback_pages.rs checks it.
            observers: true,
        });
        let custom: Vec<RoleCard> = self.frameworks.read.with(|all| {
            all.iter()
                .filter(|f| !is_built_in(&f.id))
                .map(|f| RoleCard {
                    id: f.id.clone(),
                    version: f.version.clone(),
                    title: f.title.clone(),
                    summary: f.summary.clone(),
                    questions: f.scored_item_count(),
                    areas: f.dimensions.len(),
                    minutes: u64::from(crate::core::timing::estimated_minutes(f)),
                    custom: true,
                    observers: observer_ready(f).is_ok(),
                })
                .collect()
        });
        custom.into_iter().chain(built_in).collect()
    }

    /// Every role this site has, for the team view (which learns the role from the
    /// files): the frameworks here now, and how many are still being fetched. Tracked,
    /// and starts fetching built-ins not here yet.
    pub fn all_roles_untracked(&self) -> (Vec<Framework>, usize) {
        untrack(|| self.all_roles())
    }

    /// [`Self::all_roles_untracked`], subscribing the caller to roles arriving.
    pub fn all_roles(&self) -> (Vec<Framework>, usize) {
        let mut ready = Vec::new();
        let mut loading = 0;
        for card in self.role_cards() {
            match self.availability(&card.id, &card.version) {
                Availability::Ready(framework) => ready.push(*framework),
                Availability::Loading => loading += 1,
                Availability::Unavailable(_) => {}
            }
        }
        (ready, loading)
    }

    /// A role's title from its card, or its id when there is no such role here.
    pub fn role_title(&self, framework_id: &str) -> String {
        self.role_cards()
            .into_iter()
            .find(|c| c.id == framework_id)
            .map_or_else(|| framework_id.to_string(), |c| c.title)
    }
}
