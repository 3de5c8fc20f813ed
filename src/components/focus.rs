//! Moving focus to a view's heading when it appears, so keyboard and screen-reader
//! users land at the top of the new view instead of on the button they pressed.
//!
//! ```ignore
//! let heading = focus_on_arrival();
//! view! { <h1 tabindex="-1" node_ref=heading>"History"</h1> }
//! ```

use leptos::html::H1;
use leptos::prelude::*;

/// A node ref for the view's `h1` (give it `tabindex="-1"`). It is focused once, when
/// it first exists; later re-renders (say, another tab saving) never pull focus away.
pub fn focus_on_arrival() -> NodeRef<H1> {
    let heading = NodeRef::<H1>::new();
    let focused = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if !focused.get_value() {
                focused.set_value(true);
                let _ = h.focus();
            }
        }
    });
    heading
}
