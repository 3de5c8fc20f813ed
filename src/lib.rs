//! Yardstick: a leadership self-assessment that runs entirely in the browser.
//!
//! `core` is plain Rust (framework model, validation, scoring, storage schema) with no
//! browser APIs; `browser` wraps the few browser APIs we use; `state` turns actions into
//! core operations and storage writes; `components` only wire signals to state.

pub mod browser;
pub mod components;
pub mod state;

/// The pure core is its own crate (`crates/core`), so the compiler keeps it free of
/// browser and UI code; re-exported so the shell reads `crate::core::...`.
pub use yardstick_core as core;

use leptos::prelude::*;

use crate::browser::storage::BrowserStorage;
use crate::components::shell::Shell;
use crate::core::layout::{ATTEMPT_PREFIX, INDEX_KEY};
use crate::state::AppState;

/// The application root: opens storage, applies the URL's options, and runs.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(BrowserStorage::open());
    state.apply_url();
    view! { <Root state/> }
}

/// Mounts the app on the page.
pub fn start() {
    browser::mount::mount_app(App);
}

/// Provides app state, keeps it in step with other tabs and with the address (Back,
/// Forward, links, edits of the address bar), and tells an embedding page the
/// content's height.
#[component]
fn Root(state: AppState) -> impl IntoView {
    provide_context(state);
    if browser::host::is_embedded() {
        browser::host::watch_height(move || state.send_resize());
        on_cleanup(browser::host::stop_watching_height);
    }
    // Another tab saved: take what it wrote so neither tab overwrites the other. An
    // attempt's key carries one attempt; the index (or clearing everything, which has
    // no key) changes which attempts there are.
    // Keys of another copy on the same origin (another scope) are not ours.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        match event.key().map(|key| browser::storage::name_of(&key)) {
            Some(Some(name)) if name.starts_with(ATTEMPT_PREFIX) => state.reload_attempt(&name),
            Some(Some(name)) if name == INDEX_KEY => state.reload_from_storage(),
            None => state.reload_from_storage(),
            Some(_) => {}
        }
    });
    on_cleanup(move || listener.remove());
    // Leaving the page (another tab, closing, navigating away) is the last chance to
    // save what a full storage refused earlier.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| state.save_pending());
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| state.save_pending());
    on_cleanup(move || {
        hidden.remove();
        leaving.remove();
    });
    // Back and Forward fire `popstate`; following a link or editing the fragment fires
    // `hashchange` too. Following the same address twice changes nothing.
    let back_forward = window_event_listener(leptos::ev::popstate, move |_| state.follow_address());
    let fragment_edit =
        window_event_listener(leptos::ev::hashchange, move |_| state.follow_address());
    on_cleanup(move || {
        back_forward.remove();
        fragment_edit.remove();
    });
    view! { <Shell/> }
}
