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
    state.apply_url();
    if crate::browser::host::is_embedded() {
        keep_host_informed_of_height(state);
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

/// Sends a `resize` message whenever the page's height changes, so the host can size
/// the iframe to fit without scroll bars.
fn keep_host_informed_of_height(state: AppState) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(root) = document().document_element() else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(move || state.send_resize());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page does.
        callback.forget();
        std::mem::forget(observer);
    }
}
