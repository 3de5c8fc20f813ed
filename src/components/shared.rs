//! A result opened from a share link (`#share=<code>`): decoded in the page, shown
//! read-only, and never stored unless the person chooses to keep it.

use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;
use crate::components::pending::FrameworkLoading;
use crate::core::attempt::Attempt;
use crate::core::framework::Framework;
use crate::core::share_code::{decode, open};
use crate::state::{use_app_state, Availability, View};

#[component]
pub fn SharedView(code: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let code = code.trim().to_string();
    // The header names the framework, which may have to be fetched before the answers
    // can be read against it.
    let header = decode(&code);
    move || {
        let outcome = match &header {
            Err(error) => Err(error.to_string()),
            Ok(decoded) => {
                match state.availability(&decoded.framework_id, &decoded.framework_version) {
                    Availability::Loading => return view! { <FrameworkLoading/> }.into_any(),
                    Availability::Ready(framework) => open(&code, [framework.as_ref()])
                        .map(|(framework, answers)| (framework.clone(), answers))
                        .map_err(|e| e.to_string()),
                    Availability::Unavailable(_) => open(&code, std::iter::empty::<&Framework>())
                        .map(|(framework, answers)| (framework.clone(), answers))
                        .map_err(|e| e.to_string()),
                }
            }
        };
        let leave = move |_| state.open(View::Start);
        match outcome {
            Ok((framework, answers)) => {
                let mut attempt = Attempt::new(&framework, "shared".to_string(), 0.0);
                attempt.answers = answers;
                view! {
                    <p class="shared-banner" role="status">
                        "You are looking at a result someone shared with you. It is shown here only; nothing was saved. A share link holds answers, not a name: anyone can make one with any answers, so it shows what these answers score, not who gave them."
                        " "
                        <button type="button" class="link-button" on:click=leave>"Leave this view"</button>
                    </p>
                    {crate::components::results::shared_report(attempt, framework, heading)}
                }
                .into_any()
            }
            Err(message) => view! {
                <section class="empty-state" aria-labelledby="shared-heading">
                    <h1 id="shared-heading" tabindex="-1" node_ref=heading>"This share link cannot be opened"</h1>
                    <p role="alert">{message}</p>
                    <p>"Ask the person who sent it to copy the link again, in full."</p>
                    <button type="button" class="button button-primary" on:click=leave>"Go to the assessment"</button>
                </section>
            }
            .into_any(),
        }
    }
}
