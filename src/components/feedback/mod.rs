//! Feedback from others for one attempt (a result, or an assessment in progress when
//! the person asks before answering): make the invitation link, add the responses
//! that come back, and read self against others once the attempt is finished. Every part arrives as markup written
//! by `core::feedback` (`page_markup` for the controls, `report_markup` for the
//! comparison); this file wires one delegated listener to the buttons and the file
//! picker. Each part redraws on its own, so adding a response never replaces the
//! controls the person is using.

pub mod observer;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard::{copy_text, share_text};
use crate::browser::fields::{clear_field, clicked_action, field_value, file_input};
use crate::browser::file::read_picked_files;
use crate::browser::focus::focus_by_id;
use crate::components::focus::focus_on_arrival;
use crate::components::pending::{FrameworkLoading, Unavailable};
use crate::core::feedback::observer::observer_ready;
use crate::core::feedback::page_markup::{
    add_step_markup, details_markup, invite_step_markup, link_step_markup, remove_step_markup,
    ACTION_ATTRIBUTE, ADD_PASTED, COPY_LINK, FILES_FIELD_ID, LINK_FIELD_ID, MAKE_INVITATION,
    NAME_FIELD_ID, PASTE_FIELD_ID, REMOVE_ASK, REMOVE_CANCEL, REMOVE_CONFIRM, SHARE_LINK,
};
use crate::core::feedback::record::{ResponseInput, MAX_RESPONSES};
use crate::core::feedback::report_markup::attempt_feedback_markup;
use crate::core::feedback::response_code::MAX_RESPONSE_FILE_BYTES;
use crate::core::framework::Framework;
use crate::state::{use_app_state, Availability, View};

#[component]
pub fn FeedbackView(attempt_id: String) -> impl IntoView {
    let state = use_app_state();
    let id = attempt_id.clone();
    // Only what decides the page's shape; adding a response changes none of it.
    let found = Memo::new(move |_| {
        let attempt = state.attempt(&id)?;
        Some(state.availability(&attempt.framework_id, &attempt.framework_version))
    });
    move || match found.get() {
        Some(Availability::Ready(framework)) => {
            feedback_page(attempt_id.clone(), *framework).into_any()
        }
        Some(Availability::Loading) => view! { <FrameworkLoading/> }.into_any(),
        Some(Availability::Unavailable(reason)) => {
            view! { <Unavailable title="This role is not available" reason/> }.into_any()
        }
        None => view! {
            <Unavailable
                title="We could not find this result"
                reason="It may have been deleted, here or in another tab.".to_string()
            />
        }
        .into_any(),
    }
}

fn feedback_page(attempt_id: String, framework: Framework) -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let id = StoredValue::new(attempt_id);
    let title = framework.title.clone();
    let not_ready = observer_ready(&framework).err().map(|e| e.to_string());
    let framework = StoredValue::new(framework);
    let record = Memo::new(move |_| {
        id.with_value(|id| state.attempt(id))
            .and_then(|attempt| attempt.feedback)
    });
    // The link changes only when an invitation is made or removed.
    let link = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref()
                .map(|r| framework.with_value(|f| state.invite_link(&f.id, r)))
        })
    });
    let link_status = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let details = RwSignal::new(Vec::<String>::new());
    let confirming = RwSignal::new(false);

    let add = move |inputs: Vec<ResponseInput>, mut messages: Vec<String>| {
        let outcome = state.add_responses(&id.get_value(), &inputs);
        let total = record.with_untracked(|r| r.as_ref().map_or(0, |r| r.responses.len()));
        status.set(outcome.summary(total));
        messages.extend(outcome.messages);
        details.set(messages);
    };

    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some(action) = clicked_action(&event, ACTION_ATTRIBUTE) else {
            return;
        };
        match action.as_str() {
            MAKE_INVITATION => {
                let name = field_value(NAME_FIELD_ID);
                match state.create_invitation(&id.get_value(), &name) {
                    Ok(()) => {
                        status.set(String::new());
                        request_animation_frame(|| focus_by_id(LINK_FIELD_ID));
                    }
                    Err(why) => status.set(why),
                }
            }
            COPY_LINK | SHARE_LINK => {
                let text = link.get_untracked().unwrap_or_default();
                spawn_local(async move {
                    let outcome = if action == COPY_LINK {
                        copy_text(&text).await.map(|()| "Link copied.".to_string())
                    } else {
                        share_text("Feedback for my self-assessment", &text)
                            .await
                            .map(|()| String::new())
                    };
                    link_status.set(outcome.unwrap_or_else(|e| e));
                });
            }
            ADD_PASTED => {
                let text = field_value(PASTE_FIELD_ID);
                if text.trim().is_empty() {
                    status.set("Paste one or more response codes first.".to_string());
                    details.set(Vec::new());
                    return;
                }
                add(vec![ResponseInput::Pasted(text)], Vec::new());
                clear_field(PASTE_FIELD_ID);
            }
            REMOVE_ASK => {
                confirming.set(true);
                request_animation_frame(|| focus_by_id("remove-confirm"));
            }
            REMOVE_CANCEL => {
                confirming.set(false);
                request_animation_frame(|| focus_by_id("remove-ask"));
            }
            REMOVE_CONFIRM => {
                confirming.set(false);
                state.remove_feedback(&id.get_value());
                status.set("The invitation and its responses were removed.".to_string());
                details.set(Vec::new());
            }
            _ => {}
        }
    };

    let on_change = move |event: leptos::ev::Event| {
        let picked = event
            .target()
            .and_then(|t| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| e.id() == FILES_FIELD_ID);
        let Some(element) = file_input(FILES_FIELD_ID).filter(|_| picked) else {
            return;
        };
        spawn_local(async move {
            let read =
                read_picked_files(&element, MAX_RESPONSE_FILE_BYTES, MAX_RESPONSES as u32).await;
            element.set_value("");
            let mut inputs = Vec::new();
            let mut unreadable = Vec::new();
            for file in read {
                match file {
                    Ok((name, text)) => inputs.push(ResponseInput::File {
                        name,
                        bytes: text.into_bytes(),
                    }),
                    Err(reason) => unreadable.push(reason),
                }
            }
            add(inputs, unreadable);
        });
    };

    let hide_scores = state.hide_scores();
    let comparison = move || {
        let attempt = id.with_value(|id| state.attempt(id))?;
        framework.with_value(|framework| attempt_feedback_markup(framework, &attempt, hide_scores))
    };
    let has_record = move || link.with(Option::is_some);
    let finished = Memo::new(move |_| {
        id.with_value(|id| state.attempt(id))
            .is_some_and(|a| a.is_complete())
    });
    let not_ready = StoredValue::new(not_ready);

    view! {
        <article class="feedback" aria-labelledby="feedback-heading" on:click=on_click on:change=on_change>
            <header class="results-header">
                <p class="eyebrow">{title}</p>
                <h1 id="feedback-heading" tabindex="-1" node_ref=heading>"Feedback from others"</h1>
                <p class="hint">
                    "Ask people who work with you to answer the same questions about you, and see where their view and yours differ. Their answers are shown only as averages of at least three people, except your manager's."
                </p>
            </header>
            <div inner_html=move || match link.get() {
                Some(link) => link_step_markup(&link),
                None => not_ready.with_value(|n| invite_step_markup(n.as_deref())),
            }></div>
            <p role="status" class="hint">{move || link_status.get()}</p>
            <div inner_html=move || if has_record() { add_step_markup() } else { String::new() }></div>
            <p role="status" class="team-status" data-testid="add-status">{move || status.get()}</p>
            <div inner_html=move || details.with(|d| details_markup(d))></div>
            <Show when=has_record>
                <section class="feedback-step" aria-labelledby="compare-heading">
                    <h2 id="compare-heading">"3. Your view and others'"</h2>
                    <div class="feedback-report" inner_html=comparison></div>
                </section>
                <div inner_html=move || remove_step_markup(confirming.get())></div>
            </Show>
            <div class="results-actions results-end">
                {move || if finished.get() {
                    view! {
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.open(View::Results { attempt_id: id.get_value() })
                        >
                            "Back to the result"
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="button button-primary"
                            on:click=move |_| state.open(View::Assess { attempt_id: id.get_value(), area: None })
                        >
                            "Continue your assessment"
                        </button>
                    }.into_any()
                }}
            </div>
        </article>
    }
}
