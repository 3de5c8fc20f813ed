//! The results page (being built).

use leptos::prelude::*;

#[component]
pub fn ResultsView(attempt_id: String) -> impl IntoView {
    view! { <h1>"Results"</h1><p>{attempt_id}</p> }
}
