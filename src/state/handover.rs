//! Handing the page from the first-load build to the build with every view.
//!
//! The first visit loads a build without the results, shared result, history, compare,
//! "your data" and embed views, which keeps the first load small. Opening one of them
//! loads the full build, and this module carries the app over to it exactly as it was:
//! the view, every answer (including those held only in memory when storage is blocked),
//! the notices showing, and the frameworks in memory. Both builds come from the same
//! commit, and the page names the full build's files by content hash, so the two always
//! agree on this format.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::{AppState, CustomStatus, Notice, View};
use crate::browser::storage::BrowserStorage;
use crate::core::store::Store;
use crate::core::validate::load_framework;

/// Bumped whenever the fields below change meaning.
const FORMAT: u32 = 1;

/// The app's state as one build hands it to the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    pub format: u32,
    pub view: View,
    pub store: Store,
    pub read_only: bool,
    pub notices: Vec<Notice>,
    /// Every framework in memory, as framework files: validated again on arrival.
    pub frameworks: Vec<String>,
    pub custom: CustomStatus,
    pub focus_item: Option<String>,
}

impl Handover {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything but a handover in this build's format.
    pub fn decode(text: &str) -> Option<Handover> {
        serde_json::from_str::<Handover>(text)
            .ok()
            .filter(|h| h.format == FORMAT)
    }
}

impl View {
    /// Views only the build with every view has.
    pub fn needs_all_views(&self) -> bool {
        !matches!(
            self,
            View::Start | View::Assess { .. } | View::Review { .. }
        )
    }
}

impl AppState {
    /// The state as it stands, for the other build.
    pub fn handover(&self) -> Handover {
        Handover {
            format: FORMAT,
            view: self.view.get_untracked(),
            store: self.store.get_untracked(),
            read_only: self.read_only.get_untracked(),
            notices: self.notices.get_untracked(),
            frameworks: self.frameworks.with_untracked(|all| {
                all.iter()
                    .filter_map(|f| serde_json::to_string(f).ok())
                    .collect()
            }),
            custom: self.custom.get_untracked(),
            focus_item: self.focus_item.get_untracked(),
        }
    }

    /// The state another build handed over. Options are read from the URL again (the
    /// same URL), without acting on them a second time: the role they name was already
    /// opened and the host already told we are ready.
    pub fn resume(storage: BrowserStorage, handover: Handover) -> Self {
        let state = AppState::new_with(
            storage,
            handover.store,
            handover.read_only,
            handover.notices,
            handover
                .frameworks
                .iter()
                .filter_map(|text| load_framework(text.as_bytes()).ok())
                .collect(),
        );
        state.view.set(handover.view);
        state.custom.set(handover.custom);
        state.focus_item.set(handover.focus_item);
        let _warnings_already_shown = state.adopt_url_options();
        state
    }

    /// Whether framework fetches are still running (tracked). Handing over waits for
    /// them, so that nothing they bring is lost with the build that started them.
    pub fn is_settling(&self) -> bool {
        self.loads.with(|l| l.values().any(Option::is_none))
            || self
                .custom
                .with(|c| matches!(c, CustomStatus::Loading { .. }))
    }

    /// Starts loading the build with every view in the background, so that the next
    /// view that needs it opens at once. Does nothing in that build itself.
    pub fn prefetch_all_views(&self) {
        #[cfg(not(feature = "all-views"))]
        leptos::task::spawn_local(async {
            let _ = crate::browser::all_views::load().await;
        });
    }

    /// Loads the build with every view and hands the page over to it, unless the person
    /// has meanwhile gone back to a view this build has. Says why when it cannot.
    #[cfg(not(feature = "all-views"))]
    pub async fn hand_over(self) -> Result<(), String> {
        use crate::browser::{all_views, mount};
        let mount_handed_over = all_views::load().await?;
        if !self.view.get_untracked().needs_all_views() {
            return Ok(());
        }
        let handover = self.handover().encode();
        // From here on this build's state is gone; only the other build runs.
        mount::unmount_app();
        all_views::mount(&mount_handed_over, &handover)
    }
}
