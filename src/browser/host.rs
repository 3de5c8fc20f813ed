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

/// A page-height observer and the callback it calls, kept together so both can be stopped.
type HeightWatch = (
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut()>,
);

thread_local! {
    static HEIGHT_WATCH: std::cell::RefCell<Option<HeightWatch>> =
        const { std::cell::RefCell::new(None) };
}

/// Calls `on_change` whenever the page's height changes, until [`stop_watching_height`].
/// A second call replaces the first watcher.
pub fn watch_height(on_change: impl FnMut() + 'static) {
    use wasm_bindgen::JsCast;
    stop_watching_height();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(on_change);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        HEIGHT_WATCH.with(|watch| *watch.borrow_mut() = Some((observer, callback)));
    }
}

/// Stops the watcher [`watch_height`] started, if any.
pub fn stop_watching_height() {
    // Taken out first: disconnecting must not happen while the cell is borrowed.
    let watch = HEIGHT_WATCH.with(|watch| watch.borrow_mut().take());
    if let Some((observer, _callback)) = watch {
        observer.disconnect();
    }
}

/// The origin of the page that frames this one, as the browser reports it:
/// `location.ancestorOrigins` where it exists (Chromium, WebKit), else the referrer's
/// origin (Firefox; absent when the parent sends no referrer). `None` when neither
/// tells, or when not framed.
pub fn real_parent_origin() -> Option<String> {
    let window = web_sys::window()?;
    if !is_embedded() {
        return None;
    }
    let location = window.location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    if let Some(list) = ancestors.filter(|a| !a.is_undefined() && !a.is_null()) {
        let first = js_sys::Reflect::get(&list, &0.into()).ok()?.as_string();
        if first
            .as_deref()
            .is_some_and(|o| !o.is_empty() && o != "null")
        {
            return first;
        }
    }
    let referrer = window.document()?.referrer();
    web_sys::Url::new(&referrer)
        .ok()
        .map(|url| url.origin())
        .filter(|o| o != "null")
}
