//! History (being built).

use leptos::prelude::*;

#[component]
pub fn HistoryView() -> impl IntoView {
    view! { <h1>"History"</h1> }
}
