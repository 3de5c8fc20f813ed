//! Copying text for the person (share links, embed snippets).

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `Err` says why not (for instance a frame without clipboard permission),
/// so the caller can ask the person to copy it by hand.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or("No clipboard is available here.")?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| {
            "The browser did not allow copying; select the text and copy it by hand.".to_string()
        })
}
