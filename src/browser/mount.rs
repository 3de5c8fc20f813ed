//! Mounting the app on the page, in place of the start page the build wrote into
//! `index.html` (see `core::start_page`).
//!
//! ```ignore
//! mount_app(App);
//! ```

use leptos::prelude::*;

/// The id of the start page written at build time; the app takes its place.
const PRERENDERED_ID: &str = "prerendered";

/// Mounts `app` at the end of `<body>` and removes the start page rendered at build
/// time. Both happen in one task, so the browser never paints the page without either.
pub fn mount_app<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
    N::State: 'static,
{
    let Some(body) = document().body() else {
        web_sys::console::error_1(&"Yardstick: the page has no <body> to mount on.".into());
        return;
    };
    if let Some(prerendered) = document().get_element_by_id(PRERENDERED_ID) {
        prerendered.remove();
    }
    leptos::mount::mount_to(body, app).forget();
}
