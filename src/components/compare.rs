//! Compare two finished attempts at the same role, area by area: both scores and levels
//! and the change, then the overall change.

use leptos::html::H1;
use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;

use crate::browser::clock::format_date;
use crate::components::pending::FrameworkLoading;
use crate::core::compare::{compare, Comparison};
use crate::core::display::format_change;
use crate::state::{use_app_state, Availability, View};

#[component]
pub fn CompareView(first: String, second: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    // `Ok(None)` while a framework is still on its way.
    let comparison = Memo::new(move |_| -> Result<Option<Comparison>, String> {
        let (a, b) = state.store().with(|s| {
            let find = |id: &str| s.history.iter().find(|a| a.id == id).cloned();
            (find(&first), find(&second))
        });
        let (Some(a), Some(b)) = (a, b) else {
            return Err("One of these attempts is no longer in your history.".to_string());
        };
        let framework = |attempt: &crate::core::attempt::Attempt| match state
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
            .map(Some)
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
        Ok(Some(c)) => view! { <ComparisonTable c heading/> }.into_any(),
        Ok(None) => view! { <FrameworkLoading/> }.into_any(),
    }
    }
}

/// A score cell: the whole-number score and its level, or "not scored".
fn score_cell(score: Option<i64>, level: Option<String>) -> impl IntoView {
    match score {
        Some(score) => view! {
            <td class="compare-score">
                <span class="compare-number">{score.to_string()}</span>
                {level.map(|l| view! { <span class="compare-level">{l}</span> })}
            </td>
        }
        .into_any(),
        None => view! {
            <td class="compare-score">
                <span class="compare-level">"Not scored (too few answers)"</span>
            </td>
        }
        .into_any(),
    }
}

fn change_cell(change: Option<i64>) -> impl IntoView {
    match change {
        Some(c) => {
            let class = match c {
                c if c > 0 => "compare-change compare-up",
                c if c < 0 => "compare-change compare-down",
                _ => "compare-change",
            };
            view! { <td class=class>{format_change(c)}</td> }.into_any()
        }
        None => view! {
            <td class="compare-change">
                <span aria-hidden="true">"\u{2014}"</span>
                <span class="visually-hidden">"No change can be given"</span>
            </td>
        }
        .into_any(),
    }
}

#[component]
fn ComparisonTable(c: Comparison, heading: NodeRef<H1>) -> impl IntoView {
    let state = use_app_state();
    let earlier_date = format_date(c.earlier.completed_at);
    let later_date = format_date(c.later.completed_at);
    let overall_sentence = match (c.earlier.overall, c.later.overall, c.overall_change) {
        (Some(before), Some(after), Some(change)) => format!(
            "Overall: {before} in the earlier attempt, {after} in the later one, a change of {}.",
            format_change(change)
        ),
        _ => {
            "The overall change cannot be given: one of the attempts had too few answers to score."
                .to_string()
        }
    };
    let versions_note = c.versions_differ.then(|| {
        let mut note = format!(
            "These attempts used different versions of the {} questions ({} and {}). Only the areas both versions have are compared, and each overall score covers its own version's areas.",
            c.title, c.earlier.framework_version, c.later.framework_version
        );
        if !c.only_earlier.is_empty() {
            note.push_str(&format!(" Only in the earlier version: {}.", c.only_earlier.join(", ")));
        }
        if !c.only_later.is_empty() {
            note.push_str(&format!(" Only in the later version: {}.", c.only_later.join(", ")));
        }
        view! { <p class="callout">{note}</p> }
    });
    let earlier_id = c.earlier.attempt_id.clone();
    let later_id = c.later.attempt_id.clone();
    let rows = c
        .dimensions
        .into_iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row">{d.name}</th>
                    {score_cell(d.earlier, d.earlier_level)}
                    {score_cell(d.later, d.later_level)}
                    {change_cell(d.change)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h1 id="compare-heading" tabindex="-1" node_ref=heading>"Compare two attempts"</h1>
            <p class="eyebrow">{c.title.clone()}</p>
            <p class="lead">
                {format!(
                    "Your attempt of {earlier_date} next to your attempt of {later_date}. Scores are out of 100; a positive change means a higher score in the later attempt."
                )}
            </p>
            {versions_note}
            <p class="compare-overall">{overall_sentence}</p>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare-table">
                    <caption id="compare-caption">{format!("{}: scores by area, earlier and later", c.title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Area"</th>
                            <th scope="col">
                                "Earlier "
                                <span class="compare-date">{earlier_date.clone()}</span>
                            </th>
                            <th scope="col">
                                "Later "
                                <span class="compare-date">{later_date.clone()}</span>
                            </th>
                            <th scope="col">"Change"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">"Overall"</th>
                            {score_cell(c.earlier.overall, c.earlier.overall_level)}
                            {score_cell(c.later.overall, c.later.overall_level)}
                            {change_cell(c.overall_change)}
                        </tr>
                    </tfoot>
                </table>
            </div>
            <div class="compare-actions">
                <button type="button" class="button" on:click=move |_| state.open(View::History)>
                    "Back to history"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| state.open(View::Results { attempt_id: earlier_id.clone() })
                >
                    {format!("Open the results of {earlier_date}")}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| state.open(View::Results { attempt_id: later_id.clone() })
                >
                    {format!("Open the results of {later_date}")}
                </button>
            </div>
        </section>
    }
}
