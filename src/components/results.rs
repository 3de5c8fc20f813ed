//! The results page: the overall score and level, a radar chart with its data table and
//! a text summary, a bar per dimension against the role's expected level, strengths and
//! growth areas, answer-quality and calibration notes, how the result was computed, and
//! the person's own examples. Everything it says comes from the core; this file only
//! lays it out.

use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;

use crate::browser::clipboard::copy_text;
use crate::browser::clock::{format_date, now_ms};
use crate::browser::download::download_text;
use crate::browser::location::page_url;
use crate::components::pending::{FrameworkLoading, Unavailable};
use crate::components::radar_chart::RadarChart;
use crate::core::attempt::Attempt;
use crate::core::calibration::{self, CalibrationNote};
use crate::core::file_names::result_file_name;
use crate::core::explain::{explain, Explanation};
use crate::core::export::{export_csv, export_json};
use crate::core::framework::Framework;
use crate::core::quality::{self, Warning, WarningKind};
use crate::core::radar::geometry::MIN_RADAR_AXES;
use crate::core::recommend::{recommend, Focus, Recommendations};
use crate::core::scoring::score;
use crate::core::share_code;
use crate::core::display::{format_number, format_points, format_whole};
use crate::core::evidence::{evidence, EvidenceGroup};
use crate::core::narrative::{narrative, summary};
use crate::core::radar::labels::chart_name;
use crate::core::report::{
    coverage, dimension_rows, focus_figures, growth_note, overall, strength_note, DimensionRow,
};
use crate::state::{use_app_state, Availability, View, SHARE_PREFIX};

#[component]
pub fn ResultsView(attempt_id: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let id = attempt_id.clone();
    let found = Memo::new(move |_| {
        let attempt = state.attempt(&id)?;
        let framework = state.availability(&attempt.framework_id, &attempt.framework_version);
        Some((attempt, framework))
    });
    move || match found.get() {
        Some((attempt, Availability::Ready(framework))) => {
            report(attempt, *framework, heading, Mode::Own)
        }
        Some((_, Availability::Loading)) => view! { <FrameworkLoading/> }.into_any(),
        Some((_, Availability::Unavailable(reason))) => {
            missing("This role is not available", reason)
        }
        None => missing(
            "We could not find this result",
            "It may have been deleted, here or in another tab.".to_string(),
        ),
    }
}

/// Opens the browser's print dialog (which offers "Save as PDF"); the print stylesheet
/// in style/results.css lays the report out for paper.
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Minutes east of UTC at `ms`, so file names carry the person's local date.
fn utc_offset_minutes(ms: f64) -> i32 {
    let offset = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms)).get_timezone_offset();
    if offset.is_finite() {
        -(offset as i32)
    } else {
        0
    }
}

/// Whose result the page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// One of the person's own attempts, from this browser's storage.
    Own,
    /// A result someone shared by link: read-only, never stored, timings unknown.
    Shared,
}

/// The report for a result opened from a share link (see `components::shared`): the same
/// page without the parts that only make sense for one's own attempt (downloads,
/// "continue", the completion date and the answering-speed check, which a share code
/// does not carry).
pub fn shared_report(
    attempt: Attempt,
    framework: Framework,
    heading: NodeRef<leptos::html::H1>,
) -> AnyView {
    report(attempt, framework, heading, Mode::Shared)
}

fn report(
    attempt: Attempt,
    framework: Framework,
    heading: NodeRef<leptos::html::H1>,
    mode: Mode,
) -> AnyView {
    let state = use_app_state();
    let own = mode == Mode::Own;
    // Candidate-safe pages (`scores=hidden`) show the narrative only: no score, level or
    // gap anywhere, and no downloads that would carry them.
    let hide = state.hide_scores();
    let result = score(&framework, &attempt.answers);
    let seconds = own.then_some(attempt.active_seconds);
    let warnings = quality::check(&framework, &attempt.answers, seconds);
    let warnings = if hide {
        warnings.into_iter().map(without_numbers).collect()
    } else {
        warnings
    };
    let notes = calibration::notes(&framework, &attempt.answers, &result);
    let recommendations = recommend(&framework, &result);
    let story = narrative(&recommendations);
    let explanation = explain(&framework, &attempt.answers, &result);
    let rows = dimension_rows(&framework, &result);
    let sentences = summary(&framework, &result, &recommendations);
    let examples = evidence(&framework, &attempt.answers);
    let overall_result = overall(&framework, &result);
    // Without an overall score the summary only repeats the message shown in its place.
    let has_overall = overall_result.is_some();
    let based_on = coverage(&result);

    let when = match (mode, attempt.completed_at) {
        (Mode::Shared, _) => "Shared with you".to_string(),
        (Mode::Own, Some(ms)) => format!("Completed {}", format_date(ms)),
        (Mode::Own, None) => format!(
            "Not finished yet; last saved {}",
            format_date(attempt.updated_at)
        ),
    };
    let unfinished = own && !attempt.is_complete();
    let title = match mode {
        Mode::Own => format!("Your results: {}", framework.title),
        Mode::Shared => format!("Shared results: {}", framework.title),
    };
    let continue_id = attempt.id.clone();

    // Downloads, with a message when the browser refuses.
    let download_message = RwSignal::new(String::new());
    let export = StoredValue::new((attempt.clone(), framework.clone()));
    let download = move |json: bool| {
        export.with_value(|(attempt, framework)| {
            let when = attempt.completed_at.unwrap_or(attempt.updated_at);
            let offset = utc_offset_minutes(when);
            let outcome = if json {
                download_text(
                    &result_file_name(attempt, offset, "json"),
                    "application/json",
                    &export_json(framework, attempt, now_ms()),
                )
            } else {
                download_text(
                    &result_file_name(attempt, offset, "csv"),
                    "text/csv",
                    &export_csv(framework, attempt),
                )
            };
            download_message.set(outcome.err().unwrap_or_default());
        });
    };

    view! {
        <article class="results" aria-labelledby="results-heading">
            <header class="results-header">
                <p class="eyebrow">"Results"</p>
                <h1 id="results-heading" tabindex="-1" node_ref=heading>
                    {title}
                </h1>
                <p class="results-meta">{format!("{when}. {based_on}")}</p>
            </header>

            {unfinished.then(|| view! {
                <div class="callout results-unfinished">
                    <p>"This assessment is not finished, so these are the results so far."</p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| state.open(View::Assess { attempt_id: continue_id.clone(), area: None })
                    >
                        "Continue the assessment"
                    </button>
                </div>
            })}

            {if hide {
                view! {
                    <section class="results-overview" aria-labelledby="story-heading">
                        <h2 id="story-heading">"In short"</h2>
                        {story.into_iter().map(|s| view! { <p class="summary-text">{s}</p> }).collect_view()}
                    </section>
                }.into_any()
            } else {
                view! {
                    <section class="results-overview" aria-labelledby="overall-heading">
                        <h2 id="overall-heading">"Overall"</h2>
                        {match overall_result {
                            Some(o) => view! {
                                <div class="overall">
                                    <p class="overall-score">
                                        <span class="overall-number" data-testid="overall-score">{o.score}</span>
                                        <span class="overall-scale">" out of 100"</span>
                                    </p>
                                    <div class="overall-level" data-testid="overall-level">
                                        <p class="overall-level-name">{o.level_name}</p>
                                        <p class="overall-level-description">{o.level_description}</p>
                                    </div>
                                </div>
                            }.into_any(),
                            None => view! {
                                <p class="overall-none">
                                    "No area had enough answers to be scored, so there is no overall score. Answer a few more questions in each area to see one."
                                </p>
                            }.into_any(),
                        }}
                        {has_overall.then(|| view! {
                            <h3 class="summary-heading">"In short"</h3>
                            <p class="summary-text">{sentences.join(" ")}</p>
                        })}
                    </section>
                }.into_any()
            }}

            <div class="results-actions-area">
                <div class="results-actions">
                    <div class="results-actions-group">
                        <button type="button" class="button button-primary" on:click=move |_| print()>
                            "Print or save as PDF"
                        </button>
                        {(own && !hide).then(|| view! {
                            <button type="button" class="button" on:click=move |_| download(true)>"Download JSON"</button>
                            <button type="button" class="button" on:click=move |_| download(false)>"Download CSV"</button>
                        })}
                    </div>
                </div>
                <p class="results-status" role="status">{move || download_message.get()}</p>
                // A share link shows every score to whoever opens it, so candidate-safe pages
                // do not offer one.
                {(own && !hide).then(|| share_panel(&framework, &attempt))}
            </div>

            {(!hide).then(|| scores_section(&rows, chart_name(&result)))}
            {focus_sections(&framework, &recommendations, hide)}
            {second_look(warnings, notes)}
            {(!hide).then(|| how_computed(explanation))}
            {examples_section(examples)}

            <div class="results-actions results-end">
                <button type="button" class="button" on:click=move |_| print()>
                    "Print or save as PDF"
                </button>
                <button type="button" class="button" on:click=move |_| state.open(View::Start)>
                    "Back to roles"
                </button>
                <button type="button" class="button" on:click=move |_| state.open(View::History)>
                    "History"
                </button>
            </div>
        </article>
    }
    .into_any()
}

/// The radar (with three or more dimensions), the bars, and the data table.
fn scores_section(rows: &[DimensionRow], chart_label: String) -> impl IntoView {
    let with_radar = rows.len() >= MIN_RADAR_AXES;
    let bars_class = if with_radar {
        "bars bars-with-radar"
    } else {
        "bars"
    };
    view! {
        <section class="results-section scores-section" aria-labelledby="scores-heading">
            <h2 id="scores-heading">"Scores by area"</h2>
            <div class=if with_radar { "scores-visuals" } else { "scores-visuals scores-visuals-single" }>
                {with_radar.then(|| view! { <RadarChart rows=rows.to_vec() label=chart_label/> })}
                <div class=bars_class>
                    <p class="bars-legend">
                        <svg class="legend-swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                            <line class="bar-expected" x1="12" y1="0" x2="12" y2="12"></line>
                        </svg>
                        "The vertical line marks the level the role expects."
                    </p>
                    <ol class="bar-list">
                        {rows.iter().enumerate().map(|(i, row)| bar(i + 1, row)).collect_view()}
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
                    <tbody>
                        {rows.iter().map(|row| {
                            let unscored = row.score.is_none();
                            view! {
                                <tr class:row-unscored=unscored>
                                    <th scope="row">{row.name.clone()}</th>
                                    <td class="num">{row.weight.clone()}</td>
                                    <td class="num" data-testid=format!("dimension-score-{}", row.dimension_id)>{row.score_text.clone()}</td>
                                    <td>{row.level.clone().unwrap_or_else(|| "–".to_string())}</td>
                                    <td>{format!("{} ({})", row.expected_level, row.expected_text)}</td>
                                    <td class="num" class:gap-below=row.below_expected == Some(true)>{row.gap_text.clone()}</td>
                                    <td class="num">{row.self_rating.clone()}</td>
                                    <td class="num">{row.judgement.clone()}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One dimension's bar: the score as a filled bar, the expected level as a line.
fn bar(number: usize, row: &DimensionRow) -> impl IntoView {
    let width = row.score.unwrap_or(0.0);
    let expected = row.expected_min.clamp(0.0, 100.0);
    let figures = match &row.level {
        Some(level) => format!("{} · {level}", row.score_text),
        None => row.score_text.clone(),
    };
    view! {
        <li class="bar-item" class:bar-unscored=row.score.is_none()>
            <p class="bar-head">
                <span class="bar-name">
                    <span class="bar-number" aria-hidden="true">{format!("{number}.")}</span>
                    {row.name.clone()}
                </span>
                <span class="bar-figures">{figures}</span>
            </p>
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" x="0" y="2" width="100" height="6"></rect>
                <rect class="bar-fill" x="0" y="2" width=format!("{width:.2}") height="6"></rect>
                <line
                    class="bar-expected"
                    x1=format!("{expected:.2}")
                    y1="0"
                    x2=format!("{expected:.2}")
                    y2="10"
                    vector-effect="non-scaling-stroke"
                ></line>
            </svg>
            <p class="bar-expected-text">
                {match row.gap {
                    Some(_) => format!("Expected: {} ({}). Gap\u{a0}{}.", row.expected_level, row.expected_text, row.gap_text),
                    None => format!("Expected: {} ({}).", row.expected_level, row.expected_text),
                }}
            </p>
        </li>
    }
}

fn focus_sections(
    framework: &Framework,
    recommendations: &Recommendations,
    hide: bool,
) -> impl IntoView {
    let any_scored =
        !recommendations.strengths.is_empty() || !recommendations.growth_areas.is_empty();
    any_scored.then(|| {
        let strengths: Vec<(Focus, String, String)> = recommendations
            .strengths
            .iter()
            .map(|f| if hide {
                (f.clone(), String::new(), "Above what the role expects.".to_string())
            } else {
                (f.clone(), format!(" ({})", focus_figures(framework, f)), strength_note(framework, f))
            })
            .collect();
        let growth: Vec<(Focus, String, String)> = recommendations
            .growth_areas
            .iter()
            .map(|f| match (hide, f.below_expectation) {
                (true, true) => (f.clone(), String::new(), "Below what the role expects.".to_string()),
                (true, false) => (f.clone(), String::new(), "Closest to the bar: a stretch.".to_string()),
                (false, _) => (f.clone(), format!(" ({})", focus_figures(framework, f)), growth_note(framework, f)),
            })
            .collect();
        view! {
            <section class="results-section" aria-labelledby="strengths-heading">
                <h2 id="strengths-heading">"Strengths"</h2>
                {if strengths.is_empty() {
                    view! { <p>"No area is above what the role expects yet. The growth areas below are the place to start."</p> }.into_any()
                } else {
                    view! {
                        <ul class="focus-list">
                            {strengths.into_iter().map(|(focus, figures, note)| view! {
                                <li class="strength">
                                    <p class="focus-title">
                                        <strong>{focus.name}</strong>
                                        <span class="focus-figures">{figures}</span>
                                    </p>
                                    <p class="focus-note">{note}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section class="results-section" aria-labelledby="growth-heading">
                <h2 id="growth-heading">"Where to grow"</h2>
                {growth.into_iter().map(|(focus, figures, note)| {
                    let class = if focus.below_expectation { "growth card" } else { "growth card growth-stretch" };
                    view! {
                        <article class=class>
                            <h3 class="focus-title">
                                {focus.name}
                                <span class="focus-figures">{figures}</span>
                            </h3>
                            <p class="focus-note">{note}</p>
                            <div class="growth-lists">
                                <div>
                                    <h4>"Development actions"</h4>
                                    <ul>
                                        {focus.development_actions.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                                    </ul>
                                </div>
                                <div>
                                    <h4>"Practise for interviews"</h4>
                                    <ul>
                                        {focus.practice_questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                                    </ul>
                                </div>
                            </div>
                        </article>
                    }
                }).collect_view()}
            </section>
        }
    })
}

/// Candidate-safe wording for the answer-quality warnings whose messages carry numbers
/// (a time, a count of statements); the others name only statements and areas.
fn without_numbers(mut warning: Warning) -> Warning {
    match warning.kind {
        WarningKind::TooFast => {
            warning.message = "You answered faster than it takes just to skim the questions. Answers given this quickly may not reflect what you really do.".to_string();
        }
        WarningKind::LongRun => {
            warning.message = "You gave the same answer to many statements in a row. Some of them describe opposite habits, so it is worth checking that each answer is the one you meant.".to_string();
        }
        _ => {}
    }
    warning
}

/// Answer-quality warnings and calibration notes; nothing when there are none.
fn second_look(warnings: Vec<Warning>, notes: Vec<CalibrationNote>) -> impl IntoView {
    (!warnings.is_empty() || !notes.is_empty()).then(|| {
        view! {
            <section class="results-section second-look" aria-labelledby="second-look-heading">
                <h2 id="second-look-heading">"Worth a second look"</h2>
                <p class="section-intro">"These never change your score. They point at answers that may not show you as you really are."</p>
                {(!warnings.is_empty()).then(|| view! {
                    <h3>"How you answered"</h3>
                    <ul class="look-list">
                        {warnings.into_iter().map(|w| view! { <li>{w.message}</li> }).collect_view()}
                    </ul>
                })}
                {(!notes.is_empty()).then(|| view! {
                    <h3>"How you see yourself"</h3>
                    <ul class="look-list">
                        {notes.into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view()}
                    </ul>
                })}
            </section>
        }
    })
}

fn how_computed(explanation: Explanation) -> impl IntoView {
    view! {
        <section class="results-section explanation" aria-labelledby="computed-heading">
            <h2 id="computed-heading">"How this was computed"</h2>
            <details class="explanation-details">
                <summary>"Show the method and what each answer contributed"</summary>
                <div class="explanation-body">
                    {explanation.method.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    {explanation.dimensions.into_iter().map(|d| {
                        let caption_id = format!("explain-{}", d.dimension_id);
                        let labelled_by = caption_id.clone();
                        let caption = format!("{}: what each answer contributed", d.name);
                        // Only worth saying when unscored areas changed this area's share.
                        let reweighted = d.effective_weight > 0.0 && (d.effective_weight - d.weight).abs() >= 0.05;
                        let weights = reweighted.then(|| format!(
                            "The role gives this area {}% of the overall score; with the areas that have no score left out, it carries {}%.",
                            format_number(d.weight),
                            format_number(d.effective_weight)
                        ));
                        view! {
                            <h3>{d.name.clone()}</h3>
                            <p>{d.summary}</p>
                            {weights.map(|w| view! { <p class="hint">{w}</p> })}
                            {if d.items.is_empty() {
                                view! { <p>"No answer here counted towards the score."</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
                                        <table class="data-table explain-table">
                                            <caption id=caption_id class="visually-hidden">{caption}</caption>
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
                                                {d.items.into_iter().map(|item| view! {
                                                    <tr>
                                                        <th scope="row">{item.label}</th>
                                                        <td>{item.answer}</td>
                                                        <td class="num">{format_whole(item.item_score)}</td>
                                                        <td class="num">{format_points(item.dimension_points)}</td>
                                                        <td class="num">{format_points(item.overall_points)}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }.into_any()
                            }}
                        }
                    }).collect_view()}
                </div>
            </details>
        </section>
    }
}

fn examples_section(groups: Vec<EvidenceGroup>) -> impl IntoView {
    (!groups.is_empty()).then(|| {
        view! {
            <section class="results-section examples" aria-labelledby="examples-heading">
                <h2 id="examples-heading">"Your examples"</h2>
                {groups.into_iter().map(|group| view! {
                    <h3>{group.dimension_name}</h3>
                    {group.entries.into_iter().map(|entry| view! {
                        <div class="example card">
                            <p class="example-prompt">{entry.prompt}</p>
                            <p class="example-text">{entry.text}</p>
                        </div>
                    }).collect_view()}
                }).collect_view()}
            </section>
        }
    })
}

/// A link that carries the answers in its fragment (never sent to a server), so
/// someone else can open the same result read-only.
fn share_panel(framework: &Framework, attempt: &Attempt) -> impl IntoView {
    let link = format!(
        "{}#{}{}",
        page_url(),
        SHARE_PREFIX,
        share_code::encode(framework, &attempt.answers)
    );
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let to_copy = link.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            status.set(match copy_text(&text).await {
                Ok(()) => "Link copied.".to_string(),
                Err(e) => e,
            });
        });
    };
    view! {
        <div class="share">
            <button
                type="button"
                class="button"
                aria-expanded=move || open.get().to_string()
                aria-controls="share-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Share a link"
            </button>
            <div id="share-panel" class="share-panel" hidden=move || !open.get()>
                <p class="hint">"Anyone with this link sees this result, read-only. The answers travel inside the link itself (after the #), so they are never sent to a server. Your examples are not included."</p>
                <label for="share-link">"Link to this result"</label>
                <input id="share-link" type="text" readonly=true value=link class="share-link" on:focus=|e| {
                    if let Some(input) = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                        input.select();
                    }
                }/>
                <button type="button" class="button" on:click=copy>"Copy link"</button>
                <p role="status" class="hint">{move || status.get()}</p>
            </div>
        </div>
    }
}

fn missing(title: &'static str, reason: String) -> AnyView {
    view! { <Unavailable title reason/> }.into_any()
}
