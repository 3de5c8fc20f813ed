//! Compare two attempts (being built).

use leptos::prelude::*;

#[component]
pub fn CompareView(first: String, second: String) -> impl IntoView {
    view! { <h1>"Compare"</h1><p>{first}" "{second}</p> }
}
