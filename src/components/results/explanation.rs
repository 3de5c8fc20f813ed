//! "How this was computed": the method, then what each answer contributed, area by area.

use leptos::prelude::*;

use crate::core::results_page::{ExplainedArea, ExplanationSection};

pub(super) fn how_computed(explanation: ExplanationSection) -> impl IntoView {
    view! {
        <section class="results-section explanation" aria-labelledby="computed-heading">
            <h2 id="computed-heading">"How this was computed"</h2>
            <details class="explanation-details">
                <summary>"Show the method and what each answer contributed"</summary>
                <div class="explanation-body">
                    {explanation.method.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    {explanation.areas.into_iter().map(area).collect_view()}
                </div>
            </details>
        </section>
    }
}

fn area(area: ExplainedArea) -> impl IntoView {
    let caption_id = format!("explain-{}", area.dimension_id);
    let labelled_by = caption_id.clone();
    let table = if area.rows.is_empty() {
        view! { <p>"No answer here counted towards the score."</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
                <table class="data-table explain-table">
                    <caption id=caption_id class="visually-hidden">{area.caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Statement"</th>
                            <th scope="col">"Your answer"</th>
                            <th scope="col" class="num">"Item score"</th>
                            <th scope="col" class="num">"Points to area"</th>
                            <th scope="col" class="num">"Points to overall"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {area.rows.into_iter().map(|row| view! {
                            <tr>
                                <th scope="row">{row.label}</th>
                                <td>{row.answer}</td>
                                <td class="num">{row.item_score}</td>
                                <td class="num">{row.dimension_points}</td>
                                <td class="num">{row.overall_points}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h3>{area.name}</h3>
        <p>{area.summary}</p>
        {area.weights_note.map(|w| view! { <p class="hint">{w}</p> })}
        {table}
    }
}
