//! The page's own address: its query (URL options, read with the browser's URL parser),
//! its fragment (which screen is showing, share codes), its origin, and moving between
//! screens in the session history.

/// The query string including `?`, or empty.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The key/value pairs of a query string (with or without its `?`), decoded by the
/// browser's own `URLSearchParams`, in order.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    // `URLSearchParams` is iterable as [key, value] arrays.
    if let Ok(Some(entries)) = js_sys::try_iter(&params) {
        for entry in entries.flatten() {
            let entry = js_sys::Array::from(&entry);
            let (Some(key), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string())
            else {
                continue;
            };
            pairs.push((key, value));
        }
    }
    pairs
}

/// Whether `reference` (relative, or absolute) resolves, against the page's base URL,
/// to an http(s) address on the page's own origin. The browser's URL parser decides,
/// so whatever it would fetch is what was checked (leading spaces, `//host`, `\`,
/// other schemes).
pub fn is_same_origin(reference: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(Some(base)) = document.base_uri() else {
        return false;
    };
    let Ok(url) = web_sys::Url::new_with_base(reference, &base) else {
        return false;
    };
    matches!(url.protocol().as_str(), "http:" | "https:") && url.origin() == origin()
}

/// The fragment with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The page address without query or fragment, e.g. `https://example.github.io/yardstick/`.
pub fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// How a new address enters the session history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A new entry: Back returns to the address before.
    Push,
    /// The current entry changes: Back is unaffected (used inside a host page, whose
    /// Back button must stay the host's).
    Replace,
}

/// Shows `fragment` (with its `#`) in the address bar without reloading and without a
/// `hashchange` event; the query string stays as it is.
pub fn set_fragment(fragment: &str, entry: HistoryEntry) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = format!("{}{}{fragment}", page_url(), query());
    let _ = match entry {
        HistoryEntry::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryEntry::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
}

/// Whether a click on a link should be handled in the page: the main button with no
/// modifier key. A middle click or Ctrl/Cmd/Shift-click is left to the browser, which
/// opens the link in a new tab or window.
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// Logs a warning to the developer console (for ignored URL options).
pub fn console_warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
