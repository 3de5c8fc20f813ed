//! What happened to a custom framework named by `framework=`: loading, or every problem
//! found in it, each with its JSON path, so its author can fix the file.

use leptos::prelude::*;

use crate::state::{use_app_state, CustomStatus};

#[component]
pub fn CustomFrameworkStatus() -> impl IntoView {
    let state = use_app_state();
    move || {
        match state.custom_status().get() {
        CustomStatus::None | CustomStatus::Loaded { .. } => ().into_any(),
        CustomStatus::Loading { url } => view! {
            <p class="callout" role="status">{format!("Loading the framework from {url}…")}</p>
        }
        .into_any(),
        CustomStatus::Failed { url, message, problems } => view! {
            <section class="callout framework-problems" role="alert" aria-labelledby="framework-problems-heading">
                <h2 id="framework-problems-heading">"This framework cannot be used"</h2>
                <p>{format!("File: {url}")}</p>
                <p>{message}</p>
                {(!problems.is_empty()).then(|| view! {
                    <ol class="problem-list">
                        {problems.into_iter().map(|p| view! {
                            <li>
                                <code class="problem-path">{p.path}</code>
                                " "
                                <span>{p.message}</span>
                            </li>
                        }).collect_view()}
                    </ol>
                })}
                <p class="hint">"The built-in roles below still work. The format is described in docs/framework-format.md of the Yardstick source, and the built-in frameworks are published next to this page in frameworks/ as examples."</p>
            </section>
        }
        .into_any(),
    }
    }
}
