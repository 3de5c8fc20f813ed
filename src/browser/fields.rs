//! Reading and clearing form fields found by id, for pages written as markup (where
//! there is no node reference to hold).

use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// The `value` of the input or text area with this id; empty when there is none.
pub fn field_value(id: &str) -> String {
    element(id)
        .and_then(|e| js_sys::Reflect::get(&e, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Empties the input or text area with this id.
pub fn clear_field(id: &str) {
    if let Some(e) = element(id) {
        let _ = js_sys::Reflect::set(&e, &"value".into(), &"".into());
    }
}

/// The file input with this id.
pub fn file_input(id: &str) -> Option<web_sys::HtmlInputElement> {
    element(id)?.dyn_into().ok()
}

/// The `data-action` of the button a click landed in, if any.
pub fn clicked_action(event: &web_sys::MouseEvent, attribute: &str) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("button")
        .ok()??
        .get_attribute(attribute)
}
