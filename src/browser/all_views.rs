//! Loading the build that has every view, which the first-load build leaves out to stay
//! small (see `state::handover`). The post-build step (`scripts/all-views.mjs`) names its
//! files, with content hashes, in `<meta name="yardstick-all-views">`; this module has
//! `assets/load-all-views.js` load them once, and calls the build's `mount_handed_over`.
//!
//! ```ignore
//! let mount_handed_over = load().await?;   // cached: a second call loads nothing
//! mount(&mount_handed_over, &handover_json)?;
//! ```

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// Defined by assets/load-all-views.js, which the page loads with the first-load build.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = window, js_name = yardstickLoadAllViews, catch)]
    fn load_all_views(
        js: &str,
        wasm: &str,
        integrity: &str,
        css: &str,
        css_integrity: &str,
    ) -> Result<js_sys::Promise, JsValue>;
}

const META_NAME: &str = "yardstick-all-views";
const EXPORT_NAME: &str = "mount_handed_over";

/// Loads (once) the build with every view and returns its `mount_handed_over`. Errors
/// are plain sentences.
pub async fn load() -> Result<js_sys::Function, String> {
    let meta = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name=\"{META_NAME}\"]"))
                .ok()
                .flatten()
        })
        .ok_or(
            "This copy of Yardstick was published without its results, history and settings pages.",
        )?;
    let attribute = |name: &str| meta.get_attribute(name).unwrap_or_default();
    let (js, wasm) = (attribute("content"), attribute("data-wasm"));
    if js.is_empty() || wasm.is_empty() {
        return Err("This copy of Yardstick does not say where its results, history and settings pages are.".into());
    }
    let loading = load_all_views(
        &js,
        &wasm,
        &attribute("data-integrity"),
        &attribute("data-css"),
        &attribute("data-css-integrity"),
    )
    .map_err(|_| "This copy of Yardstick was published without its page loader.".to_string())?;
    let module = JsFuture::from(loading).await.map_err(|_| {
        "The part of Yardstick that shows this page could not be loaded (the connection may be down)."
            .to_string()
    })?;
    js_sys::Reflect::get(&module, &EXPORT_NAME.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| "The loaded part of Yardstick cannot take over this page.".to_string())
}

/// Hands the page to the loaded build: `mount` (from [`load`]) mounts it from `handover`.
pub fn mount(mount: &js_sys::Function, handover: &str) -> Result<(), String> {
    mount
        .call1(&JsValue::NULL, &handover.into())
        .map(|_| ())
        .map_err(|error| {
            // The first-load build has stepped aside by now, so nothing on the page can show
            // this; the console is the one place left to say it.
            web_sys::console::error_2(
                &"Yardstick: the build with every view failed to start:".into(),
                &error,
            );
            "The loaded part of Yardstick failed to start.".to_string()
        })
}
