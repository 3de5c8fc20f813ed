//! postMessage to the page that embeds us. Messages that carry answers or results go
//! only to the configured parent origin, never to `*`; without one, only `resize`
//! (which carries no data) leaves the frame.

use crate::core::embed::{Audience, HostMessage};

/// Whether the app runs inside a frame.
pub fn is_embedded() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// Sends `message` to the parent window if the rules above allow it.
pub fn post_to_host(message: &HostMessage, parent_origin: Option<&str>) {
    if !is_embedded() {
        return;
    }
    let target = match (message.audience(), parent_origin) {
        (_, Some(origin)) => origin,
        (Audience::Anyone, None) => "*",
        (Audience::ParentOnly, None) => return,
    };
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let Ok(data) = js_sys::JSON::parse(&message.to_json().to_string()) else {
        return;
    };
    let _ = parent.post_message(&data, target);
}

/// The document's full height, for `resize` messages.
pub fn content_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0, |e| e.scroll_height().max(0) as u32)
}
