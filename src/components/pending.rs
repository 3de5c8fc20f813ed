//! What a view shows while the framework it needs is on its way, or when it cannot show
//! what was asked (a framework that cannot be had, an attempt that is gone): a status
//! line, or the reason with a way back.

use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;
use crate::state::{use_app_state, View};

/// "Loading…" while a built-in framework is fetched.
#[component]
pub fn FrameworkLoading() -> impl IntoView {
    view! { <p class="loading" role="status">"Loading the questions…"</p> }
}

/// A dead end: says why, offers the way back to the roles.
#[component]
pub fn Unavailable(#[prop(into)] title: String, reason: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    view! {
        <section class="empty-state">
            <h1 tabindex="-1" node_ref=heading>{title}</h1>
            <p role="alert">{reason}</p>
            <button type="button" class="button button-primary" on:click=move |_| state.open(View::Start)>
                "Back to the roles"
            </button>
        </section>
    }
}
