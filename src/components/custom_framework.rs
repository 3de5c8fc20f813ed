//! What happened to a custom framework named by `framework=`: loading, every problem
//! found in it, or, once it works, advice for its author; each with its JSON path.

use leptos::prelude::*;

use crate::state::{use_app_state, CustomStatus};

#[component]
pub fn CustomFrameworkStatus() -> impl IntoView {
    let state = use_app_state();
    move || {
        match state.custom_status().get() {
        CustomStatus::None => ().into_any(),
        CustomStatus::Loaded { lints, .. } if lints.is_empty() => ().into_any(),
        // Collapsed: a candidate need not read it; the file's author opens it.
        CustomStatus::Loaded { url, lints, .. } => view! {
            <details class="callout framework-notes">
                <summary>{format!("Notes for the framework\u{2019}s author ({})", lints.len())}</summary>
                <p>{format!("File: {url}")}</p>
                <p>"The framework works as it is. These are suggestions for measuring better, each at the JSON path it is about (docs/framework-format.md, \u{201c}Lints\u{201d})."</p>
                <PathList entries=lints.into_iter().map(|l| (l.path, l.message)).collect()/>
            </details>
        }
        .into_any(),
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
                    <PathList entries=problems.into_iter().map(|p| (p.path, p.message)).collect()/>
                })}
                <p class="hint">"The built-in roles below still work. The format is described in docs/framework-format.md of the Yardstick source, and the built-in frameworks are published next to this page in frameworks/ as examples."</p>
            </section>
        }
        .into_any(),
    }
    }
}

/// Problems or lints, each a JSON path and what it says about it.
#[component]
fn PathList(entries: Vec<(String, String)>) -> impl IntoView {
    view! {
        <ol class="problem-list">
            {entries.into_iter().map(|(path, message)| view! {
                <li>
                    <code class="problem-path">{path}</code>
                    " "
                    <span>{message}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}
