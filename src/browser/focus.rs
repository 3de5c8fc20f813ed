//! Moving keyboard focus to elements found by id, and selecting a field's text when it
//! gets focus.

use wasm_bindgen::JsCast;

fn html_element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Focuses the element with this id (give it `tabindex="-1"` if it is not a control)
/// and scrolls it into view. Does nothing when there is no such element.
pub fn focus_by_id(id: &str) {
    if let Some(element) = html_element_by_id(id) {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Focuses the first enabled input or text area inside the element with this id.
pub fn focus_first_field_in(id: &str) {
    let field = html_element_by_id(id)
        .and_then(|container| {
            container
                .query_selector("input:not([disabled]), textarea")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
        field.scroll_into_view();
    }
}

/// Selects all the text of the input that received `event`, so it can be copied at once.
pub fn select_all_on_focus(event: &web_sys::FocusEvent) {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.select();
    }
}

/// Focuses the first element `selector` matches (a control inside markup the page
/// wrote, which has no id of its own). Does nothing when nothing matches.
pub fn focus_selector(selector: &str) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = found {
        let _ = element.focus();
    }
}
