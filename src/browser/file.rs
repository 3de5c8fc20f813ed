//! Reading a file the person picked, as text.

use wasm_bindgen_futures::JsFuture;

/// Files larger than this are refused before reading, so a wrong pick cannot hang the page.
pub const MAX_READ_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// The first file chosen in a file input, read as text.
pub async fn read_picked_file(
    input: &web_sys::HtmlInputElement,
) -> Result<(String, String), String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or_else(|| "No file was chosen.".to_string())?;
    if file.size() > MAX_READ_BYTES {
        return Err(format!(
            "\"{}\" is {} MB; the limit is {} MB.",
            file.name(),
            crate::core::display::fixed(file.size() / 1_048_576.0, 1),
            crate::core::display::fixed(MAX_READ_BYTES / 1_048_576.0, 0)
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("\"{}\" could not be read.", file.name()))?;
    let text = text
        .as_string()
        .ok_or_else(|| format!("\"{}\" is not a text file.", file.name()))?;
    Ok((file.name(), text))
}
