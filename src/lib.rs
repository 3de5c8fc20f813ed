//! Yardstick: a leadership self-assessment that runs entirely in the browser.
//!
//! `core` is plain Rust (framework model, validation, scoring, storage schema) with no
//! browser APIs; `browser` wraps the few browser APIs we use; `state` turns actions into
//! core operations and storage writes; `components` only wire signals to state.
//!
//! The page first loads a build without the `all-views` feature (results, history and
//! the other secondary views); opening one of those hands over to the build with every
//! view (`state::handover`, `src/bin/all_views.rs`).

pub mod browser;
pub mod components;
pub mod core;
pub mod state;

use leptos::prelude::*;

use crate::browser::storage::BrowserStorage;
use crate::components::shell::Shell;
use crate::state::{AppState, STATE_KEY};

/// The application root: opens storage, applies the URL's options, and runs.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(BrowserStorage::open());
    state.apply_url();
    view! { <Root state/> }
}

/// Mounts the app on the page (the first-load build's entry point).
pub fn start() {
    browser::mount::mount_app(App);
}

/// Mounts the app from the state another build handed over (see `state::handover`);
/// from storage and the URL, like a fresh start, if the handover cannot be read.
#[cfg(feature = "all-views")]
pub fn start_handed_over(handover: &str) {
    let handover = state::Handover::decode(handover);
    browser::mount::mount_app(move || match handover {
        Some(handover) => {
            let state = AppState::resume(BrowserStorage::open(), handover);
            view! { <Root state/> }.into_any()
        }
        None => view! { <App/> }.into_any(),
    });
}

/// Provides app state, keeps it in step with other tabs and tells an embedding page
/// the content's height.
#[component]
fn Root(state: AppState) -> impl IntoView {
    provide_context(state);
    if browser::host::is_embedded() {
        browser::host::watch_height(move || state.send_resize());
        on_cleanup(browser::host::stop_watching_height);
    }
    // Another tab saved: take its state so neither tab overwrites the other.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(STATE_KEY) {
            state.reload_from_storage();
        }
    });
    on_cleanup(move || listener.remove());
    view! { <Shell/> }
}
