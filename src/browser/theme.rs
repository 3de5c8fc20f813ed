//! Applying the `theme=` option: `data-theme` on the root element overrides
//! prefers-color-scheme in the stylesheet; `auto` leaves the system's choice.

use crate::core::options::Theme;

pub fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.as_str()),
    };
}
