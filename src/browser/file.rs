//! Reading a file the person picked, as text.

use wasm_bindgen_futures::JsFuture;

/// The first file chosen in a file input, read as text. Files over `max_bytes` are
/// refused before reading, so a wrong pick cannot hang the page; callers pass the limit
/// the core applies to what they read, so the two never disagree.
pub async fn read_picked_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<(String, String), String> {
    let max_bytes = max_bytes as f64;
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or_else(|| "No file was chosen.".to_string())?;
    if file.size() > max_bytes {
        return Err(format!(
            "\"{}\" is {} MB; the limit is {} MB.",
            file.name(),
            crate::core::display::fixed(file.size() / 1_048_576.0, 1),
            crate::core::display::fixed(max_bytes / 1_048_576.0, 0)
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

/// Every file chosen in a file input (at most `max_files`), each read as text, or why it
/// could not be: one unreadable or oversized file does not stop the others.
pub async fn read_picked_files(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
    max_files: u32,
) -> Vec<Result<(String, String), String>> {
    let mut read = Vec::new();
    let Some(files) = input.files() else {
        return read;
    };
    for index in 0..files.length().min(max_files) {
        let Some(file) = files.get(index) else {
            continue;
        };
        if file.size() > max_bytes as f64 {
            read.push(Err(format!(
                "\"{}\" is {} MB; the limit is {} MB.",
                file.name(),
                crate::core::display::fixed(file.size() / 1_048_576.0, 1),
                crate::core::display::fixed(max_bytes as f64 / 1_048_576.0, 0)
            )));
            continue;
        }
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        read.push(
            text.map(|t| (file.name(), t))
                .ok_or_else(|| format!("\"{}\" could not be read.", file.name())),
        );
    }
    read
}
