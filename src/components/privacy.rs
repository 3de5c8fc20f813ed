//! The privacy panel (being built).

use leptos::prelude::*;

#[component]
pub fn PrivacyView() -> impl IntoView {
    view! { <h1>"Your data"</h1> }
}
