//! Saving text as a file the person downloads (exports and backups). The file is made
//! in the page from a Blob; nothing is uploaded anywhere.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `file_name`. Returns an error message when the
/// browser refuses (for instance in a sandboxed iframe without `allow-downloads`).
pub fn download_text(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The browser did not allow the download ({what}).");
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("could not make the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail("could not make a link"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("could not make a link"))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
