//! Review before finishing: what is still unanswered, each a link back to it.

use leptos::prelude::*;

use crate::core::deploy::{disclosure, has_examples};

use crate::components::focus::focus_on_arrival;
use crate::components::pending::Unavailable;
use crate::core::progress::unanswered;
use crate::core::quality::{CARE_ANSWERS, CARE_QUESTION};
use crate::core::scoring::score;
use crate::state::{use_app_state, View};

#[component]
pub fn ReviewView(attempt_id: String) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let id = attempt_id.clone();
    let data = Memo::new(move |_| {
        let mut attempt = state
            .store()
            .with(|s| s.in_progress.iter().find(|a| a.id == id).cloned())?;
        // The care question keeps its own state: answering it must not rebuild the page
        // (and move focus away from the radio just picked).
        attempt.care = None;
        let framework = state.framework_for(&attempt.framework_id, &attempt.framework_version)?;
        Some((attempt, framework))
    });
    move || {
        let Some((attempt, framework)) = data.get() else {
            return view! {
                <Unavailable
                    title="This attempt is no longer in progress"
                    reason="It may have been finished or discarded in another tab.".to_string()
                />
            }
            .into_any();
        };
        let result = score(&framework, &attempt.answers);
        let unscored: Vec<String> = framework
            .dimensions
            .iter()
            .zip(&result.dimensions)
            .filter(|(_, r)| r.score.is_none())
            .map(|(d, _)| d.name.clone())
            .collect();
        let groups = unanswered(&framework, &attempt.answers);
        let missing_count: usize = groups.iter().map(|g| g.items.len()).sum();
        let attempt_id = attempt.id.clone();
        let back_id = attempt.id.clone();
        let finish_id = attempt.id.clone();
        view! {
            <section class="review" aria-labelledby="review-heading">
                <h1 id="review-heading" tabindex="-1" node_ref=heading>"Review your answers"</h1>
                <p class="eyebrow">{framework.title.clone()}</p>
                {if missing_count == 0 {
                    view! { <p>"Every question has an answer. You can still go back and change any of them."</p> }.into_any()
                } else {
                    view! {
                        <p>{match missing_count {
                            1 => "1 question is still unanswered. The link takes you back to it.".to_string(),
                            n => format!("{n} questions are still unanswered. Each link takes you back to one."),
                        }}</p>
                        <div class="unanswered">
                            {groups.into_iter().map(|group| {
                                let index = group.dimension_index;
                                let attempt_id = attempt_id.clone();
                                view! {
                                    <h2 class="unanswered-group">{group.dimension_name}</h2>
                                    <ul>
                                        {group.items.into_iter().map(|(item_id, text)| {
                                            let attempt_id = attempt_id.clone();
                                            view! {
                                                <li>
                                                    <button
                                                        type="button"
                                                        class="link-button"
                                                        on:click=move |_| state.open_item(&attempt_id, index, &item_id)
                                                    >
                                                        {text}
                                                    </button>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                }
                            }).collect_view()}
                        </div>
                    }.into_any()
                }}
                {(!unscored.is_empty()).then(|| view! {
                    <p class="callout">
                        {format!(
                            "With the answers as they are, these areas have too few answers to score and will be left out of the overall result: {}.",
                            unscored.join(", ")
                        )}
                    </p>
                })}
                <CareQuestion attempt_id=attempt.id.clone()/>
                {sending_notice(has_examples(&framework))}
                <div class="step-nav">
                    <button type="button" class="button" on:click=move |_| state.open(View::Assess { attempt_id: back_id.clone(), area: None })>
                        "Back to the questions"
                    </button>
                    <button type="button" class="button button-primary" on:click=move |_| state.finish(&finish_id)>
                        "Finish and see results"
                    </button>
                </div>
            </section>
        }
        .into_any()
    }
}

/// The optional last question: the person's own account of how carefully they answered,
/// shown with the result and never scored.
#[component]
fn CareQuestion(attempt_id: String) -> impl IntoView {
    let state = use_app_state();
    let id = attempt_id.clone();
    let care = Memo::new(move |_| state.attempt(&id).and_then(|a| a.care));
    view! {
        <fieldset class="item care-question">
            <legend class="item-text">
                {CARE_QUESTION}
                " "
                <span class="optional">"(optional, not scored)"</span>
            </legend>
            <div class="anchors">
                {CARE_ANSWERS
                    .iter()
                    .zip(0u8..)
                    .map(|(label, value)| {
                        let input_id = format!("care-{value}");
                        let attempt_id = attempt_id.clone();
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name="care"
                                    prop:checked=move || care.get() == Some(value)
                                    on:change=move |_| state.set_care(&attempt_id, Some(value))
                                />
                                <label for=input_id>{*label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Before Finish, when a host page will receive the result: which page, what it gets,
/// and the choice (off unless ticked) to include the written examples.
fn sending_notice(offers_examples: bool) -> impl IntoView {
    let state = use_app_state();
    move || {
        let origin = state.receiver()?;
        Some(view! {
            <div class="callout sending-notice" data-testid="sending-notice">
                <p>{disclosure(&origin, state.hide_scores())}</p>
                {offers_examples.then(|| view! {
                    <div class="choice">
                        <input
                            type="checkbox"
                            id="include-examples"
                            prop:checked=move || state.include_examples()
                            on:change=move |e| state.set_include_examples(event_target_checked(&e))
                        />
                        <label for="include-examples">"Include my written examples"</label>
                    </div>
                })}
            </div>
        })
    }
}
