//! Compare two finished attempts at the same role, area by area: both scores and levels
//! and the change, then the overall change. The words and cells come from
//! `core::compare::comparison_page`; the texts and the table arrive as markup written by
//! `core::compare_markup`, and this file adds the heading and wires the buttons.

use leptos::html::H1;
use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;

use crate::browser::clock::format_date;
use crate::components::pending::FrameworkLoading;
use crate::core::attempt::Attempt;
use crate::core::compare::{compare, comparison_page, ComparisonPage};
use crate::core::compare_markup::comparison_body;
use crate::state::{use_app_state, Availability, View};

#[component]
pub fn CompareView(first: String, second: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    // `Ok(None)` while a framework is still on its way.
    let comparison = Memo::new(move |_| -> Result<Option<ComparisonPage>, String> {
        // A comparison is scores side by side; with scores hidden there is none to show,
        // whatever the address asks for.
        if state.hide_scores() {
            return Err(
                "Comparing attempts shows their scores, and this page keeps scores hidden."
                    .to_string(),
            );
        }
        let (a, b) = state.store().with(|s| {
            let find = |id: &str| s.history.iter().find(|a| a.id == id).cloned();
            (find(&first), find(&second))
        });
        let (Some(a), Some(b)) = (a, b) else {
            return Err("One of these attempts is no longer in your history.".to_string());
        };
        let framework = |attempt: &Attempt| match state
            .availability(&attempt.framework_id, &attempt.framework_version)
        {
            Availability::Ready(framework) => Ok(Some(*framework)),
            Availability::Loading => Ok(None),
            Availability::Unavailable(reason) => Err(reason),
        };
        let (Some(fa), Some(fb)) = (framework(&a)?, framework(&b)?) else {
            return Ok(None);
        };
        compare((&fa, &a), (&fb, &b))
            .map(|c| Some(comparison_page(&c, &format_date)))
            .map_err(|e| e.to_string())
    });
    move || {
        match comparison.get() {
        Err(reason) => view! {
            <section class="empty-state">
                <h1 tabindex="-1" node_ref=heading>"These attempts cannot be compared"</h1>
                <p>{reason}</p>
                <button type="button" class="button button-primary" on:click=move |_| state.open(View::History)>
                    "Back to history"
                </button>
            </section>
        }
        .into_any(),
        Ok(Some(page)) => view! { <ComparisonTable page heading/> }.into_any(),
        Ok(None) => view! { <FrameworkLoading/> }.into_any(),
    }
    }
}

#[component]
fn ComparisonTable(page: ComparisonPage, heading: NodeRef<H1>) -> impl IntoView {
    let state = use_app_state();
    let body = comparison_body(&page);
    let ComparisonPage {
        earlier_id,
        later_id,
        open_earlier,
        open_later,
        ..
    } = page;
    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h1 id="compare-heading" tabindex="-1" node_ref=heading>"Compare two attempts"</h1>
            <div class="compare-body" inner_html=body></div>
            <div class="compare-actions">
                <button type="button" class="button" on:click=move |_| state.open(View::History)>
                    "Back to history"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| state.open(View::Results { attempt_id: earlier_id.clone() })
                >
                    {open_earlier}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| state.open(View::Results { attempt_id: later_id.clone() })
                >
                    {open_later}
                </button>
            </div>
        </section>
    }
}
