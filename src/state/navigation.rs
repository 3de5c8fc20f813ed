//! Moving between screens, with the address in step: every view is written to the URL
//! fragment (`core::route`), Back and Forward bring the view back, and a reload or a
//! copied address opens the same screen from storage.

use leptos::prelude::*;

use super::{AppState, View};
use crate::browser::host::is_embedded;
use crate::browser::location::{fragment, set_fragment, HistoryEntry};
use crate::core::attempt::Attempt;

impl AppState {
    /// Shows `view` and gives it its own entry in the session history, so Back returns
    /// here; embedded in a host page, the entry is replaced instead, so the host page's
    /// Back button stays the host's.
    pub fn open(&self, view: View) {
        self.navigate(view, self.history_entry());
    }

    /// Follows the address after Back, Forward, a link or an edit of the address bar.
    pub fn follow_address(&self) {
        let view = self.resolve(View::parse(&fragment()));
        // Canonical form, e.g. with the area an attempt was left at: replaced, as the
        // entry is already there. An address that names nothing is left as typed, and
        // the bare page address already means the roles.
        if !matches!(view, View::NotFound | View::Start) {
            self.write_address(&view, HistoryEntry::Replace);
        }
        self.show(view);
    }

    /// How a new screen enters the session history here.
    pub(super) fn history_entry(&self) -> HistoryEntry {
        if is_embedded() || self.options.with_value(|o| o.embed) {
            HistoryEntry::Replace
        } else {
            HistoryEntry::Push
        }
    }

    /// Shows `view` and writes its address as `entry` says.
    pub(super) fn navigate(&self, view: View, entry: HistoryEntry) {
        let view = self.resolve(view);
        self.write_address(&view, entry);
        self.show(view);
    }

    fn show(&self, view: View) {
        if let View::Assess {
            attempt_id,
            area: Some(area),
        } = &view
        {
            self.remember_area(attempt_id, *area);
        }
        if self.view.read.with_untracked(|v| *v != view) {
            self.view.write.set(view);
        }
    }

    fn write_address(&self, view: &View, entry: HistoryEntry) {
        let address = view.address();
        if fragment() != address {
            set_fragment(&address, entry);
        }
    }

    /// What a view means with the store as it is: an attempt opened without an area
    /// goes where it was left, and the questions or the review of an attempt that has
    /// since been finished give way to its result.
    fn resolve(&self, view: View) -> View {
        match view {
            View::Assess { ref attempt_id, .. } | View::Review { ref attempt_id }
                if self.is_finished(attempt_id) =>
            {
                View::Results {
                    attempt_id: attempt_id.clone(),
                }
            }
            View::Assess {
                attempt_id,
                area: None,
            } => {
                let area = self.left_at(&attempt_id);
                View::Assess { attempt_id, area }
            }
            other => other,
        }
    }

    fn is_finished(&self, attempt_id: &str) -> bool {
        self.store
            .read
            .with_untracked(|s| s.history.iter().any(|a| a.id == attempt_id))
    }

    /// The area an attempt in progress was left at, within its framework when that is
    /// here; `None` when the attempt is not in progress.
    fn left_at(&self, attempt_id: &str) -> Option<usize> {
        let attempt = self.in_progress_untracked(attempt_id)?;
        Some(match self.area_count(&attempt) {
            Some(areas) => attempt.position.min(areas.saturating_sub(1)),
            None => attempt.position,
        })
    }

    /// Saves the area shown, so the attempt resumes there; an area the framework does
    /// not have is shown as unavailable and not saved.
    fn remember_area(&self, attempt_id: &str, area: usize) {
        let Some(attempt) = self.in_progress_untracked(attempt_id) else {
            return;
        };
        let beyond = self.area_count(&attempt).is_some_and(|areas| area >= areas);
        if attempt.position != area && !beyond {
            self.mutate_attempt(attempt_id, |attempt| attempt.position = area);
        }
    }

    fn in_progress_untracked(&self, attempt_id: &str) -> Option<Attempt> {
        self.store
            .read
            .with_untracked(|s| s.in_progress.iter().find(|a| a.id == attempt_id).cloned())
    }

    /// How many areas the attempt's framework has, when the framework is here.
    fn area_count(&self, attempt: &Attempt) -> Option<usize> {
        untrack(|| {
            self.framework_for(&attempt.framework_id, &attempt.framework_version)
                .map(|f| f.dimensions.len())
        })
    }
}
