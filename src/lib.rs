//! Yardstick: a leadership self-assessment that runs entirely in the browser.
//!
//! `core` is plain Rust (framework model, validation, scoring) with no browser APIs;
//! the components in this crate only wire signals to it.

pub mod core;

use leptos::prelude::*;

/// The application root.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="app">
            <header class="site-header">
                <p class="brand">"Yardstick"</p>
            </header>
            <main id="main" class="site-main" tabindex="-1">
                <h1>"Leadership self-assessment"</h1>
                <p>"Choose a role to see where you stand against what it expects."</p>
            </main>
            <footer class="site-footer">
                <p>"Your answers stay in this browser. Nothing is sent anywhere."</p>
            </footer>
        </div>
    }
}
