//! Fetching a custom framework file, with a size limit and a time-out, and a plain
//! explanation for each way it can fail.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long to wait for a framework file before giving up.
pub const TIMEOUT_MS: i32 = 10_000;

/// Fetches `url` (relative to the page) as bytes, refusing anything over `max_bytes`.
pub async fn fetch_bytes(url: &str, max_bytes: usize) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("There is no window to fetch from.")?;
    let controller = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
        let abort = controller.clone();
        let timer = wasm_bindgen::closure::Closure::once_into_js(move || abort.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            timer.unchecked_ref(),
            TIMEOUT_MS,
        );
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| {
            let aborted = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|ex| ex.name() == "AbortError");
            if aborted {
                format!("The framework file at {url} did not arrive within {} seconds.", TIMEOUT_MS / 1000)
            } else {
                format!("The framework file at {url} could not be fetched (the address may be wrong, or the network is down).")
            }
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "The browser returned something other than a response.".to_string())?;
    if !response.ok() {
        return Err(match response.status() {
            404 => format!("There is no framework file at {url} (404 not found)."),
            status => format!("The server answered {status} for the framework file at {url}."),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|n| n > max_bytes) {
        return Err(format!(
            "The framework file is larger than the {} KiB limit.",
            max_bytes / 1024
        ));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| "The framework file could not be read.".to_string())?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| "The framework file could not be read.".to_string())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if bytes.len() > max_bytes {
        return Err(format!(
            "The framework file is larger than the {} KiB limit.",
            max_bytes / 1024
        ));
    }
    Ok(bytes)
}
