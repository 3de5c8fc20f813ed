//! "Worth a second look": answer-quality warnings and calibration notes.

use leptos::prelude::*;

/// Nothing when there are neither warnings nor notes.
pub(super) fn second_look(warnings: Vec<String>, notes: Vec<String>) -> impl IntoView {
    let list = |heading: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <h3>{heading}</h3>
                <ul class="look-list">
                    {items.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                </ul>
            }
        })
    };
    (!warnings.is_empty() || !notes.is_empty()).then(|| {
        view! {
            <section class="results-section second-look" aria-labelledby="second-look-heading">
                <h2 id="second-look-heading">"Worth a second look"</h2>
                <p class="section-intro">"These never change your score. They point at answers that may not show you as you really are."</p>
                {list("How you answered", warnings)}
                {list("How you see yourself", notes)}
            </section>
        }
    })
}
