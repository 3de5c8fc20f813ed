//! Mounting the app on the page, in place of the start page the build wrote into
//! `index.html` (see `core::start_page`).
//!
//! ```ignore
//! mount_app(App);
//! ```

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The id of the start page written at build time; the app takes its place.
const PRERENDERED_ID: &str = "prerendered";

/// Mounts `app` at the end of `<body>` and removes the start page rendered at build
/// time, both in one task, so the browser never paints the page without either.
///
/// With the start page there, the swap waits until the browser has painted it once
/// (a timeout set from an animation frame runs after that frame's paint). Otherwise,
/// when the WebAssembly arrives quickly, the first paint would show the app's elements
/// instead, and the largest contentful paint would wait for the WebAssembly.
pub fn mount_app<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
    N::State: 'static,
{
    // Nothing to wait for when the start page is not there or not shown (a deep link,
    // an embedded page: index.html hides it), or the page is hidden, where animation
    // frames wait until it is shown (and are throttled in an off-screen frame).
    let hidden_start = document()
        .document_element()
        .is_some_and(|root| root.class_list().contains("skip-prerendered"));
    if document().get_element_by_id(PRERENDERED_ID).is_none() || hidden_start || document().hidden()
    {
        replace_prerendered(app);
        return;
    }
    let after_paint = Closure::once_into_js(move || {
        let mount = Closure::once_into_js(move || replace_prerendered(app));
        if window()
            .set_timeout_with_callback(mount.unchecked_ref())
            .is_err()
        {
            web_sys::console::error_1(&"Yardstick: could not schedule mounting the app.".into());
        }
    });
    if window()
        .request_animation_frame(after_paint.unchecked_ref())
        .is_err()
    {
        web_sys::console::error_1(&"Yardstick: could not schedule mounting the app.".into());
    }
}

fn replace_prerendered<F, N>(app: F)
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
