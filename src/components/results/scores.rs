//! Scores by area: the radar (with three or more dimensions), a bar each, and the table.

use leptos::prelude::*;

use crate::components::radar_chart::RadarChart;
use crate::core::display::NO_VALUE;
use crate::core::results_page::{Bar, ScoresSection};

pub(super) fn scores_section(section: ScoresSection) -> impl IntoView {
    let ScoresSection {
        with_radar,
        chart_name,
        bars,
        rows,
    } = section;
    let bars_class = if with_radar {
        "bars bars-with-radar"
    } else {
        "bars"
    };
    let table_rows = rows
        .iter()
        .map(|row| {
            view! {
                <tr class:row-unscored=row.score.is_none()>
                    <th scope="row">{row.name.clone()}</th>
                    <td class="num">{row.weight.clone()}</td>
                    <td class="num" data-testid=format!("dimension-score-{}", row.dimension_id)>{row.score_text.clone()}</td>
                    <td>{row.level.clone().unwrap_or_else(|| NO_VALUE.to_string())}</td>
                    <td>{format!("{} ({})", row.expected_level, row.expected_text)}</td>
                    <td class="num" class:gap-below=row.below_expected == Some(true)>{row.gap_text.clone()}</td>
                    <td class="num">{row.self_rating.clone()}</td>
                    <td class="num">{row.judgement.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="results-section scores-section" aria-labelledby="scores-heading">
            <h2 id="scores-heading">"Scores by area"</h2>
            <div class=if with_radar { "scores-visuals" } else { "scores-visuals scores-visuals-single" }>
                {with_radar.then(|| view! { <RadarChart rows=rows.clone() label=chart_name/> })}
                <div class=bars_class>
                    <p class="bars-legend">
                        <svg class="legend-swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                            <line class="bar-expected" x1="12" y1="0" x2="12" y2="12"></line>
                        </svg>
                        "The vertical line marks the level the role expects."
                    </p>
                    <ol class="bar-list">
                        {bars.into_iter().map(bar).collect_view()}
                    </ol>
                </div>
            </div>
            <div class="table-scroll" role="region" aria-labelledby="scores-caption" tabindex="0">
                <table class="data-table scores-table">
                    <caption id="scores-caption">"Scores against the expected level"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Area"</th>
                            <th scope="col" class="num">"Weight"</th>
                            <th scope="col" class="num">"Your score"</th>
                            <th scope="col">"Level"</th>
                            <th scope="col">"Expected level"</th>
                            <th scope="col" class="num">"Gap"</th>
                            <th scope="col" class="num">"Self-rating"</th>
                            <th scope="col" class="num">"Scenario judgement"</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One dimension's bar: the score as a filled bar, the expected level as a line.
fn bar(bar: Bar) -> impl IntoView {
    view! {
        <li class="bar-item" class:bar-unscored=bar.unscored>
            <p class="bar-head">
                <span class="bar-name">
                    <span class="bar-number" aria-hidden="true">{bar.number}</span>
                    {bar.name}
                </span>
                <span class="bar-figures">{bar.figures}</span>
            </p>
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" x="0" y="2" width="100" height="6"></rect>
                <rect class="bar-fill" x="0" y="2" width=bar.fill height="6"></rect>
                <line
                    class="bar-expected"
                    x1=bar.expected_at.clone()
                    y1="0"
                    x2=bar.expected_at
                    y2="10"
                    vector-effect="non-scaling-stroke"
                ></line>
            </svg>
            <p class="bar-expected-text">{bar.expected_note}</p>
        </li>
    }
}
