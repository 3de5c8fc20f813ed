//! Yardstick: a leadership self-assessment that runs entirely in the browser.
//!
//! `core` is plain Rust (framework model, validation, scoring, storage schema) with no
//! browser APIs; `browser` wraps the few browser APIs we use; `state` turns actions into
//! core operations and storage writes; `components` only wire signals to state.

pub mod browser;
pub mod components;
pub mod core;
pub mod state;

use leptos::prelude::*;

use crate::browser::storage::BrowserStorage;
use crate::components::shell::Shell;
use crate::state::{AppState, STATE_KEY};

/// The application root: opens storage, provides app state, and keeps it in step with
/// other tabs.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(BrowserStorage::open());
    provide_context(state);
    // Another tab saved: take its state so neither tab overwrites the other.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(STATE_KEY) {
            state.reload_from_storage();
        }
    });
    on_cleanup(move || listener.remove());
    view! { <Shell/> }
}
