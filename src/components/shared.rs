//! A result opened from a share link (`#share=<code>`): decoded in the page, shown
//! read-only, and never stored unless the person chooses to keep it.

use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;

use crate::browser::location::clear_fragment;
use crate::core::attempt::Attempt;
use crate::core::share_code::open;
use crate::state::{use_app_state, View};

#[component]
pub fn SharedView(code: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let leave = move |_| {
        clear_fragment();
        state.view.set(View::Start);
    };
    let frameworks = state.frameworks.get_untracked();
    match open(code.trim(), frameworks.iter()) {
        Ok((framework, answers)) => {
            let mut attempt = Attempt::new(framework, "shared".to_string(), 0.0);
            attempt.answers = answers;
            view! {
                <p class="shared-banner" role="status">
                    "You are looking at a result someone shared with you. It is shown here only; nothing was saved."
                    " "
                    <button type="button" class="link-button" on:click=leave>"Leave this view"</button>
                </p>
                {crate::components::results::shared_report(attempt, framework.clone(), heading)}
            }
            .into_any()
        }
        Err(error) => view! {
            <section class="empty-state" aria-labelledby="shared-heading">
                <h1 id="shared-heading" tabindex="-1" node_ref=heading>"This share link cannot be opened"</h1>
                <p role="alert">{error.to_string()}</p>
                <p>"Ask the person who sent it to copy the link again, in full."</p>
                <button type="button" class="button button-primary" on:click=leave>"Go to the assessment"</button>
            </section>
        }
        .into_any(),
    }
}
