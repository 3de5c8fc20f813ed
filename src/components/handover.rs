//! What the first-load build shows for a view only the build with every view has: a
//! status line while that build loads and takes over the page (see `state::handover`),
//! or, when it cannot be loaded, why, with a way to try again or go back.

use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;
use crate::state::{use_app_state, View};

#[component]
pub fn HandOver() -> impl IntoView {
    let state = use_app_state();
    let problem = RwSignal::new(None::<String>);
    let tries = RwSignal::new(0u32);
    let started = StoredValue::new(None::<u32>);
    // Waits for framework fetches to finish, then hands over, once per try.
    Effect::new(move |_| {
        let attempt = tries.get();
        if state.is_settling() || started.get_value() == Some(attempt) {
            return;
        }
        started.set_value(Some(attempt));
        leptos::task::spawn_local(async move {
            if let Err(why) = state.hand_over().await {
                problem.set(Some(why));
            }
        });
    });
    move || match problem.get() {
        None => view! { <p class="loading" role="status">"Opening…"</p> }.into_any(),
        Some(why) => view! { <CannotOpen why tries problem/> }.into_any(),
    }
}

#[component]
fn CannotOpen(
    why: String,
    tries: RwSignal<u32>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let try_again = move |_| {
        problem.set(None);
        tries.update(|n| *n += 1);
    };
    view! {
        <section class="empty-state">
            <h1 tabindex="-1" node_ref=heading>"This page could not be opened"</h1>
            <p role="alert">{why}" Nothing you have entered is lost."</p>
            <div class="empty-state-actions">
                <button type="button" class="button button-primary" on:click=try_again>
                    "Try again"
                </button>
                <button type="button" class="button" on:click=move |_| state.view.set(View::Start)>
                    "Back to the roles"
                </button>
            </div>
        </section>
    }
}
