//! Fetching a framework file, with a size limit and a time-out, and a plain explanation
//! for each way it can fail. The limit holds however the server answers: a declared
//! length over it is refused at once, and the body is read as a stream and abandoned as
//! soon as it passes the limit, so a server that sends without end cannot fill memory.
//! The address the response finally came from (after redirects) must be this site.

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
    // A redirect to another site would load a framework that site chose.
    let final_url = response.url();
    if !final_url.is_empty() && !crate::browser::location::is_same_origin(&final_url) {
        if let Some(controller) = &controller {
            controller.abort();
        }
        return Err(format!(
            "The framework file at {url} was redirected to another site ({final_url}), and Yardstick loads frameworks only from this one."
        ));
    }
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
    let bytes = read_limited(&response, max_bytes).await;
    if bytes.is_err() {
        if let Some(controller) = &controller {
            controller.abort();
        }
    }
    bytes
}

/// The body of `response`, read chunk by chunk and given up (the stream cancelled) as
/// soon as it passes `max_bytes`, whatever length the server declared or did not.
pub async fn read_limited(
    response: &web_sys::Response,
    max_bytes: usize,
) -> Result<Vec<u8>, String> {
    let unreadable = || "The framework file could not be read.".to_string();
    let too_large = || {
        format!(
            "The framework file is larger than the {} KiB limit.",
            max_bytes / 1024
        )
    };
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| unreadable())?;
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| unreadable())?;
        let Some(part) = value.dyn_ref::<js_sys::Uint8Array>() else {
            return Err(unreadable());
        };
        if bytes.len() + part.length() as usize > max_bytes {
            let _ = reader.cancel();
            return Err(too_large());
        }
        bytes.extend(part.to_vec());
    }
}
