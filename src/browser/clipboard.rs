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

/// Opens the system share sheet (phones, some desktops) for `url`; where the browser
/// has none, copies it instead. `Err` says what happened when neither worked; the
/// person closing the share sheet is not an error.
pub async fn share_text(title: &str, url: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()
        .map(|w| w.navigator())
        .ok_or("Sharing is not available here.")?;
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(share) = share else {
        copy_text(url).await?;
        return Err("This browser has no share sheet, so the link was copied instead.".to_string());
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let promise = share
        .call1(&navigator, &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("The browser did not open its share sheet; copy the link instead.")?;
    // A rejection is usually the person closing the sheet: nothing to report.
    let _ = JsFuture::from(promise).await;
    Ok(())
}
