//! Taking an assessment: one screen per dimension, progress, back and next.

use leptos::prelude::*;

use crate::browser::focus::{focus_by_id, focus_first_field_in};
use crate::components::items::ItemView;
use crate::components::pending::{FrameworkLoading, Unavailable};
use crate::core::answers::Answer;
use crate::core::attempt::Attempt;
use crate::core::framework::Framework;
use crate::core::progress::{answered_count, dimension_progress};
use crate::state::{use_app_state, Availability, View};

#[component]
pub fn AssessmentView(attempt_id: String) -> impl IntoView {
    let state = use_app_state();
    let attempt = {
        let attempt_id = attempt_id.clone();
        Memo::new(move |_| {
            state
                .store()
                .with(|s| s.in_progress.iter().find(|a| a.id == attempt_id).cloned())
        })
    };
    let framework_id = Memo::new(move |_| {
        attempt.with(|a| {
            a.as_ref()
                .map(|a| (a.framework_id.clone(), a.framework_version.clone()))
        })
    });
    let framework = Memo::new(move |_| {
        framework_id
            .get()
            .map(|(id, version)| state.availability(&id, &version))
    });
    // The area the address asks for, if it names one.
    let requested = {
        let attempt_id = attempt_id.clone();
        Memo::new(move |_| {
            state.view().with(|v| match v {
                View::Assess {
                    attempt_id: id,
                    area,
                } if *id == attempt_id => *area,
                _ => None,
            })
        })
    };
    // Re-render only when the attempt appears or disappears (or the address asks for an
    // area there is not), never on each answer: rebuilding the form would throw away
    // keyboard focus.
    let present = Memo::new(move |_| attempt.with(|a| a.is_some()));
    let missing_area = Memo::new(move |_| match framework.get() {
        Some(Availability::Ready(framework)) => requested
            .get()
            .filter(|area| *area >= framework.dimensions.len())
            .map(|area| no_such_area(&framework, area)),
        _ => None,
    });
    move || match (present.get(), framework.get(), missing_area.get()) {
        (true, Some(Availability::Ready(_)), Some(reason)) => {
            view! { <Unavailable title="This area does not exist" reason/> }.into_any()
        }
        (true, Some(Availability::Ready(framework)), None) => {
            view! { <Questionnaire attempt_id=attempt_id.clone() framework=*framework attempt/> }
                .into_any()
        }
        (true, Some(Availability::Loading), _) => view! { <FrameworkLoading/> }.into_any(),
        (true, Some(Availability::Unavailable(reason)), _) => {
            view! { <Unavailable title="These questions cannot be shown" reason/> }.into_any()
        }
        _ => view! {
            <Unavailable
                title="This attempt is no longer in progress"
                reason="It may have been finished or discarded in another tab.".to_string()
            />
        }
        .into_any(),
    }
}

/// Why an address's area cannot be shown, e.g. "Engineering Manager has 6 areas; this
/// address asks for area 9."
fn no_such_area(framework: &Framework, area: usize) -> String {
    let areas = match framework.dimensions.len() {
        1 => "1 area".to_string(),
        n => format!("{n} areas"),
    };
    format!(
        "{} has {areas}; this address asks for area {}.",
        framework.title,
        area + 1
    )
}

const GROUP_HEADING_ID: &str = "group-heading";

#[component]
fn Questionnaire(
    attempt_id: String,
    framework: Framework,
    attempt: Memo<Option<Attempt>>,
) -> impl IntoView {
    let state = use_app_state();
    let groups = framework.dimensions.len();
    // The area the address names, or where the attempt was left.
    let shown = {
        let attempt_id = attempt_id.clone();
        Memo::new(move |_| {
            state.view().with(|v| match v {
                View::Assess {
                    attempt_id: id,
                    area: Some(area),
                } if *id == attempt_id => *area,
                _ => attempt.with(|a| {
                    a.as_ref()
                        .map_or(0, |a| a.position.min(groups.saturating_sub(1)))
                }),
            })
        })
    };
    let position = Memo::new(move |_| shown.get().min(groups.saturating_sub(1)));
    // Arriving from the review: focus the item it linked to. Moving between areas
    // (buttons, Back, Forward): focus the new area's heading. Both once it has rendered.
    Effect::new(move |previous: Option<usize>| {
        let index = position.get();
        if let Some(item_id) = state.take_focus_item() {
            request_animation_frame(move || focus_first_field_in(&format!("item-{item_id}")));
        } else if previous.is_some_and(|p| p != index) {
            request_animation_frame(|| focus_by_id(GROUP_HEADING_ID));
        }
        index
    });

    let go = {
        let attempt_id = attempt_id.clone();
        move |to: usize| {
            state.open(View::Assess {
                attempt_id: attempt_id.clone(),
                area: Some(to),
            })
        }
    };
    let total = framework.scored_item_count();
    let framework_for_progress = framework.clone();
    let answered_total = Memo::new(move |_| {
        attempt.with(|a| {
            a.as_ref()
                .map_or(0, |a| answered_count(&framework_for_progress, &a.answers))
        })
    });
    let framework_for_groups = framework.clone();
    let framework_for_items = framework.clone();
    let title = framework.title.clone();
    let go_back = go.clone();
    let go_next = go.clone();
    let review_id = attempt_id.clone();

    view! {
        <section class="assessment" aria-labelledby="assessment-title">
            <p class="eyebrow" id="assessment-title">{title}</p>
            <div class="progress-summary">
                <label for="overall-progress">
                    {move || format!("{} of {total} answered", answered_total.get())}
                </label>
                <progress id="overall-progress" max=total value=move || answered_total.get()></progress>
            </div>
            <details class="group-progress">
                <summary>"Progress by area"</summary>
                <ol>
                    {framework_for_groups.dimensions.iter().enumerate().map(|(index, d)| {
                        let dimension = d.clone();
                        let go = go.clone();
                        let name = d.name.clone();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="link-button"
                                    aria-current=move || (position.get() == index).then_some("step")
                                    on:click=move |_| go(index)
                                >
                                    {name}
                                </button>
                                {move || attempt.with(|a| a.as_ref().map(|a| {
                                    let (done, of) = dimension_progress(&dimension, &a.answers);
                                    format!(" {done}/{of}")
                                }))}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </details>
            {move || {
                let index = position.get();
                let Some(dimension) = framework_for_items.dimensions.get(index).cloned() else {
                    return ().into_any();
                };
                let scales = framework_for_items.scales.clone();
                let attempt_id = attempt_id.clone();
                view! {
                    <div class="group">
                        <h2 class="group-heading" id=GROUP_HEADING_ID tabindex="-1">
                            <span class="group-step">{format!("Area {} of {groups}", index + 1)}</span>
                            {dimension.name.clone()}
                        </h2>
                        <p class="group-description">{dimension.description.clone()}</p>
                        <p class="hint">"Think of the last six months unless a statement says otherwise. Number keys pick an option in the focused question."</p>
                        {dimension.items.into_iter().map(|item| {
                            let item_id = item.id.clone();
                            let answer = Signal::derive(move || {
                                attempt.with(|a| a.as_ref().and_then(|a| a.answers.get(&item_id).cloned()))
                            });
                            let attempt_id = attempt_id.clone();
                            let save_id = item.id.clone();
                            let on_answer = Callback::new(move |answer: Option<Answer>| {
                                state.answer(&attempt_id, &save_id, answer);
                            });
                            view! { <ItemView item scales=scales.clone() answer on_answer/> }
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
            <nav class="step-nav" aria-label="Questions">
                <button
                    type="button"
                    class="button"
                    disabled=move || position.get() == 0
                    on:click=move |_| go_back(position.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                {move || {
                    if position.get() + 1 < groups {
                        let go_next = go_next.clone();
                        view! {
                            <button type="button" class="button button-primary" on:click=move |_| go_next(position.get_untracked() + 1)>
                                "Next"
                            </button>
                        }.into_any()
                    } else {
                        let review_id = review_id.clone();
                        view! {
                            <button
                                type="button"
                                class="button button-primary"
                                on:click=move |_| state.open(View::Review { attempt_id: review_id.clone() })
                            >
                                "Review and finish"
                            </button>
                        }.into_any()
                    }
                }}
            </nav>
        </section>
    }
}
