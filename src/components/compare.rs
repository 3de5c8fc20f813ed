//! Compare two finished attempts at the same role, area by area: both scores and levels
//! and the change, then the overall change. The words and cells come from
//! `core::compare::comparison_page`; this file only lays them out.

use leptos::html::H1;
use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;

use crate::browser::clock::format_date;
use crate::components::pending::FrameworkLoading;
use crate::core::attempt::Attempt;
use crate::core::compare::{
    compare, comparison_page, ChangeCell, ComparisonPage, ComparisonRow, ScoreCell, Trend,
    NOT_SCORED_CELL, NO_CHANGE,
};
use crate::state::{use_app_state, Availability, View};

#[component]
pub fn CompareView(first: String, second: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    // `Ok(None)` while a framework is still on its way.
    let comparison = Memo::new(move |_| -> Result<Option<ComparisonPage>, String> {
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

/// A score cell: the whole-number score and its level, or "not scored".
fn score_cell(cell: ScoreCell) -> impl IntoView {
    match cell.score {
        Some(score) => view! {
            <td class="compare-score">
                <span class="compare-number">{score}</span>
                {cell.level.map(|l| view! { <span class="compare-level">{l}</span> })}
            </td>
        }
        .into_any(),
        None => view! {
            <td class="compare-score">
                <span class="compare-level">{NOT_SCORED_CELL}</span>
            </td>
        }
        .into_any(),
    }
}

fn change_cell(cell: ChangeCell) -> impl IntoView {
    let class = match cell.trend {
        Trend::Up => "compare-change compare-up",
        Trend::Down => "compare-change compare-down",
        Trend::Same => "compare-change",
    };
    match cell.text {
        Some(text) => view! { <td class=class>{text}</td> }.into_any(),
        None => view! {
            <td class=class>
                <span aria-hidden="true">"\u{2014}"</span>
                <span class="visually-hidden">{NO_CHANGE}</span>
            </td>
        }
        .into_any(),
    }
}

fn row(row: ComparisonRow) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{row.name}</th>
            {score_cell(row.earlier)}
            {score_cell(row.later)}
            {change_cell(row.change)}
        </tr>
    }
}

#[component]
fn ComparisonTable(page: ComparisonPage, heading: NodeRef<H1>) -> impl IntoView {
    let state = use_app_state();
    let ComparisonPage {
        title,
        lead,
        versions_note,
        overall,
        caption,
        earlier_date,
        later_date,
        rows,
        total,
        earlier_id,
        later_id,
        open_earlier,
        open_later,
    } = page;
    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h1 id="compare-heading" tabindex="-1" node_ref=heading>"Compare two attempts"</h1>
            <p class="eyebrow">{title}</p>
            <p class="lead">{lead}</p>
            {versions_note.map(|note| view! { <p class="callout">{note}</p> })}
            <p class="compare-overall">{overall}</p>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare-table">
                    <caption id="compare-caption">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Area"</th>
                            <th scope="col">
                                "Earlier "
                                <span class="compare-date">{earlier_date}</span>
                            </th>
                            <th scope="col">
                                "Later "
                                <span class="compare-date">{later_date}</span>
                            </th>
                            <th scope="col">"Change"</th>
                        </tr>
                    </thead>
                    <tbody>{rows.into_iter().map(row).collect_view()}</tbody>
                    <tfoot>{row(total)}</tfoot>
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
