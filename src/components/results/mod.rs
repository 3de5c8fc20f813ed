//! The results page: the overall score and level, a radar chart with its data table and
//! a text summary, a bar per dimension against the role's expected level, strengths and
//! growth areas, answer-quality and calibration notes, how the result was computed, and
//! the person's own examples. Every word and number comes from
//! `core::results_page::results_report`. The static sections (scores, strengths and
//! growth, notes, explanation, examples) arrive as markup written by
//! `core::results_markup`; this file lays out the rest and wires the actions.

mod share;

use leptos::prelude::*;

use crate::browser::clock::format_date;
use crate::browser::print::print_page;
use crate::components::focus::focus_on_arrival;
use crate::components::pending::{FrameworkLoading, Unavailable};
use crate::core::attempt::Attempt;
use crate::core::framework::Framework;
use crate::core::results_markup::results_sections;
use crate::core::results_page::{results_report, Overview, ReportOptions, Whose, NO_OVERALL};
use crate::state::{use_app_state, Availability, ResultFormat, View};

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
            report(attempt, *framework, heading, Whose::Own)
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

/// The report for a result opened from a share link (see `components::shared`): the same
/// page without the parts that only make sense for one's own attempt (downloads,
/// "continue", the completion date and the answering-speed check, which a share code
/// does not carry).
pub fn shared_report(
    attempt: Attempt,
    framework: Framework,
    heading: NodeRef<leptos::html::H1>,
) -> AnyView {
    report(attempt, framework, heading, Whose::Shared)
}

fn report(
    attempt: Attempt,
    framework: Framework,
    heading: NodeRef<leptos::html::H1>,
    whose: Whose,
) -> AnyView {
    let state = use_app_state();
    let options = ReportOptions {
        whose,
        hide_scores: state.hide_scores(),
    };
    let report = results_report(&framework, &attempt, options, &format_date);
    let sections = results_sections(&report);
    let continue_id = attempt.id.clone();
    let feedback_id = attempt.id.clone();
    // Others' views are compared with one's own finished answers.
    let offers_feedback = whose == Whose::Own && !report.unfinished;

    // Downloads, with a message when the browser refuses.
    let download_message = RwSignal::new(String::new());
    let export = StoredValue::new((attempt.clone(), framework.clone()));
    let download = move |format: ResultFormat| {
        export.with_value(|(attempt, framework)| {
            let outcome = state.download_result(framework, attempt, format);
            download_message.set(outcome.err().unwrap_or_default());
        });
    };

    view! {
        <article class="results" aria-labelledby="results-heading">
            <header class="results-header">
                <p class="eyebrow">"Results"</p>
                <h1 id="results-heading" tabindex="-1" node_ref=heading>
                    {report.title}
                </h1>
                <p class="results-meta">{report.meta}</p>
            </header>

            {report.unfinished.then(|| view! {
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

            {overview(report.overview)}

            <div class="results-actions-area">
                <div class="results-actions">
                    <div class="results-actions-group">
                        <button type="button" class="button button-primary" on:click=move |_| print_page()>
                            "Print or save as PDF"
                        </button>
                        {report.offers_files.then(|| view! {
                            <button type="button" class="button" on:click=move |_| download(ResultFormat::Json)>"Download JSON"</button>
                            <button type="button" class="button" on:click=move |_| download(ResultFormat::Csv)>"Download CSV"</button>
                        })}
                        {offers_feedback.then(|| view! {
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| state.open(View::Feedback { attempt_id: feedback_id.clone() })
                            >
                                "Feedback from others"
                            </button>
                        })}
                    </div>
                </div>
                <p class="results-status" role="status">{move || download_message.get()}</p>
                // A share link shows every score to whoever opens it, so candidate-safe pages
                // do not offer one.
                {report.offers_files.then(|| share::share_panel(&framework, &attempt))}
            </div>

            // Static from here to the closing actions: written by the core in one piece.
            <div class="results-body" inner_html=sections></div>

            <div class="results-actions results-end">
                <button type="button" class="button" on:click=move |_| print_page()>
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

/// The top of the report: the overall score with the summary, or the words-only story.
fn overview(overview: Overview) -> AnyView {
    match overview {
        Overview::Story(story) => view! {
            <section class="results-overview" aria-labelledby="story-heading">
                <h2 id="story-heading">"In short"</h2>
                {story.into_iter().map(|s| view! { <p class="summary-text">{s}</p> }).collect_view()}
            </section>
        }
        .into_any(),
        Overview::Scored { overall, summary } => view! {
            <section class="results-overview" aria-labelledby="overall-heading">
                <h2 id="overall-heading">"Overall"</h2>
                <div class="overall">
                    <p class="overall-score">
                        <span class="overall-number" data-testid="overall-score">{overall.score}</span>
                        <span class="overall-scale">" out of 100"</span>
                        <span class="overall-range" data-testid="overall-range">", "{overall.range}</span>
                    </p>
                    <div class="overall-level" data-testid="overall-level">
                        <p class="overall-level-name">{overall.level_name}</p>
                        <p class="overall-level-description">{overall.level_description}</p>
                    </div>
                </div>
                <h3 class="summary-heading">"In short"</h3>
                <p class="summary-text">{summary}</p>
            </section>
        }
        .into_any(),
        Overview::NotScored => view! {
            <section class="results-overview" aria-labelledby="overall-heading">
                <h2 id="overall-heading">"Overall"</h2>
                <p class="overall-none">{NO_OVERALL}</p>
            </section>
        }
        .into_any(),
    }
}

fn missing(title: &'static str, reason: String) -> AnyView {
    view! { <Unavailable title reason/> }.into_any()
}
