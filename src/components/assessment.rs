//! Taking an assessment: one screen per dimension, progress, back and next.

use leptos::prelude::*;

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
                .store
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
    // Re-render only when the attempt appears or disappears, never on each answer:
    // rebuilding the form would throw away keyboard focus.
    let present = Memo::new(move |_| attempt.with(|a| a.is_some()));
    move || match (present.get(), framework.get()) {
        (true, Some(Availability::Ready(framework))) => {
            view! { <Questionnaire attempt_id=attempt_id.clone() framework=*framework attempt/> }
                .into_any()
        }
        (true, Some(Availability::Loading)) => view! { <FrameworkLoading/> }.into_any(),
        (true, Some(Availability::Unavailable(reason))) => {
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

const GROUP_HEADING_ID: &str = "group-heading";

fn focus_first_input_of(element_id: &str) {
    let target = document().get_element_by_id(element_id);
    let input = target.and_then(|t| {
        t.query_selector("input:not([disabled]), textarea")
            .ok()
            .flatten()
    });
    if let Some(input) =
        input.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = input.focus();
        input.scroll_into_view();
    }
}

#[component]
fn Questionnaire(
    attempt_id: String,
    framework: Framework,
    attempt: Memo<Option<Attempt>>,
) -> impl IntoView {
    let state = use_app_state();
    let groups = framework.dimensions.len();
    let position = Memo::new(move |_| {
        attempt.with(|a| {
            a.as_ref()
                .map_or(0, |a| a.position.min(groups.saturating_sub(1)))
        })
    });
    // Focus the item the review linked to, once its screen has rendered.
    Effect::new(move |_| {
        position.track();
        if let Some(item_id) = state.focus_item.get_untracked() {
            state.focus_item.set(None);
            request_animation_frame(move || focus_first_input_of(&format!("item-{item_id}")));
        }
    });

    let go = {
        let attempt_id = attempt_id.clone();
        move |to: usize| {
            state.set_position(&attempt_id, to);
            // After back/next, focus goes to the new screen's heading once it exists.
            request_animation_frame(|| {
                if let Some(heading) = document()
                    .get_element_by_id(GROUP_HEADING_ID)
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = heading.focus();
                    heading.scroll_into_view();
                }
            });
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
                                on:click=move |_| state.view.set(View::Review { attempt_id: review_id.clone() })
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
