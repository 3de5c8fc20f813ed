//! Feedback from others for one result: make the invitation link, add the responses
//! that come back, and read self against others. The comparison arrives as markup
//! written by `core::feedback::report_markup`; this file wires the controls.

pub mod observer;

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard::{copy_text, share_text};
use crate::browser::file::read_picked_files;
use crate::browser::focus::select_all_on_focus;
use crate::components::confirm::ConfirmPanel;
use crate::components::focus::focus_on_arrival;
use crate::components::pending::{FrameworkLoading, Unavailable};
use crate::core::feedback::aggregate::aggregate;
use crate::core::feedback::invitation::SUBJECT_NAME_MAX_CHARS;
use crate::core::feedback::observer::observer_ready;
use crate::core::feedback::record::{ResponseInput, MAX_RESPONSES};
use crate::core::feedback::report_markup::feedback_report_markup;
use crate::core::framework::Framework;
use crate::state::{use_app_state, Availability, View};

/// Largest response file read, as the core's reader allows.
const MAX_RESPONSE_FILE_BYTES: usize = 64 * 1024;

#[component]
pub fn FeedbackView(attempt_id: String) -> impl IntoView {
    let state = use_app_state();
    let id = attempt_id.clone();
    // Only what decides the page's shape; adding a response changes none of it.
    let found = Memo::new(move |_| {
        let attempt = state.attempt(&id)?;
        if !attempt.is_complete() {
            return Some(Err(
                "Finish the assessment first: colleagues' views are compared with your own finished answers.".to_string(),
            ));
        }
        Some(Ok(state.availability(&attempt.framework_id, &attempt.framework_version)))
    });
    move || match found.get() {
        Some(Ok(Availability::Ready(framework))) => {
            feedback_page(attempt_id.clone(), *framework).into_any()
        }
        Some(Ok(Availability::Loading)) => view! { <FrameworkLoading/> }.into_any(),
        Some(Ok(Availability::Unavailable(reason))) => {
            view! { <Unavailable title="This role is not available" reason/> }.into_any()
        }
        Some(Err(reason)) => {
            view! { <Unavailable title="No feedback for an unfinished assessment" reason/> }
                .into_any()
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
    let framework = StoredValue::new(framework);
    let record = Memo::new(move |_| {
        id.with_value(|id| state.attempt(id))
            .and_then(|attempt| attempt.feedback)
    });
    let has_record = Memo::new(move |_| record.with(Option::is_some));
    let title = framework.with_value(|f| f.title.clone());

    view! {
        <article class="feedback" aria-labelledby="feedback-heading">
            <header class="results-header">
                <p class="eyebrow">{title}</p>
                <h1 id="feedback-heading" tabindex="-1" node_ref=heading>"Feedback from others"</h1>
                <p class="hint">
                    "Ask people who work with you to answer the same questions about you, and see where their view and yours differ. Their answers are shown only as averages of at least three people, except your manager's."
                </p>
            </header>
            {move || if has_record.get() {
                collecting(id, framework, record).into_any()
            } else {
                inviting(id, framework).into_any()
            }}
            <div class="results-actions results-end">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| state.open(View::Results { attempt_id: id.get_value() })
                >
                    "Back to the result"
                </button>
            </div>
        </article>
    }
}

/// Before there is an invitation: what it is, and making it.
fn inviting(id: StoredValue<String>, framework: StoredValue<Framework>) -> impl IntoView {
    let state = use_app_state();
    if let Err(why) = framework.with_value(observer_ready) {
        return view! { <p class="callout" role="alert">{why.to_string()}</p> }.into_any();
    }
    let name = NodeRef::<Input>::new();
    let error = RwSignal::new(String::new());
    let make = move |_| {
        let typed = name.get_untracked().map(|n| n.value()).unwrap_or_default();
        match state.create_invitation(&id.get_value(), &typed) {
            Ok(()) => error.set(String::new()),
            Err(why) => error.set(why),
        }
    };
    view! {
        <section class="feedback-step" aria-labelledby="invite-heading">
            <h2 id="invite-heading">"Ask for feedback"</h2>
            <ol class="feedback-how-list">
                <li>"Make one link and send it to everyone you ask: at least three people, ideally five or more, such as peers, people who report to you and your manager."</li>
                <li>"Each of them answers the same questions about you and gets a short response code, which they send back to you."</li>
                <li>"You paste the codes here. Once three responses are in, you see their view beside yours."</li>
            </ol>
            <p class="hint">"Nothing is sent by Yardstick: the link and the codes travel however you and your colleagues choose, and the responses are kept with this result in this browser."</p>
            <div class="field">
                <label for="invite-name">"Your name, as colleagues will see it (optional)"</label>
                <input
                    id="invite-name"
                    type="text"
                    maxlength=SUBJECT_NAME_MAX_CHARS.to_string()
                    autocomplete="name"
                    node_ref=name
                />
            </div>
            <button type="button" class="button button-primary" on:click=make>"Make the invitation link"</button>
            <p role="alert" class="field-error">{move || error.get()}</p>
        </section>
    }
    .into_any()
}

/// With an invitation: the link, adding responses, and the comparison.
fn collecting(
    id: StoredValue<String>,
    framework: StoredValue<Framework>,
    record: Memo<Option<crate::core::feedback::record::FeedbackRecord>>,
) -> impl IntoView {
    let state = use_app_state();
    let framework_id = framework.with_value(|f| f.id.clone());
    let link = Memo::new(move |_| {
        record
            .get()
            .map(|r| state.invite_link(&framework_id, &r))
            .unwrap_or_default()
    });
    let link_status = RwSignal::new(String::new());
    let copy = move |_| {
        let text = link.get_untracked();
        spawn_local(async move {
            link_status.set(match copy_text(&text).await {
                Ok(()) => "Link copied.".to_string(),
                Err(e) => e,
            });
        });
    };
    let share = move |_| {
        let text = link.get_untracked();
        spawn_local(async move {
            if let Err(e) = share_text("Feedback for my self-assessment", &text).await {
                link_status.set(e);
            }
        });
    };

    let pasted = NodeRef::<Textarea>::new();
    let files = NodeRef::<Input>::new();
    let status = RwSignal::new(String::new());
    let details = RwSignal::new(Vec::<String>::new());
    let add = move |inputs: Vec<ResponseInput>, mut messages: Vec<String>| {
        let outcome = state.add_responses(&id.get_value(), &inputs);
        let total = record.with_untracked(|r| r.as_ref().map_or(0, |r| r.responses.len()));
        status.set(outcome.summary(total));
        messages.extend(outcome.messages);
        details.set(messages);
    };
    let add_pasted = move |_| {
        let Some(element) = pasted.get_untracked() else {
            return;
        };
        let text = element.value();
        if text.trim().is_empty() {
            status.set("Paste one or more response codes first.".to_string());
            details.set(Vec::new());
            return;
        }
        add(vec![ResponseInput::Pasted(text)], Vec::new());
        element.set_value("");
    };
    let add_files = move |_| {
        let Some(element) = files.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let read = read_picked_files(&element, MAX_RESPONSE_FILE_BYTES, MAX_RESPONSES as u32).await;
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
        let record = record.get()?;
        let attempt = id.with_value(|id| state.attempt(id))?;
        Some(framework.with_value(|framework| {
            let responses = record.responses(framework);
            let report = aggregate(framework, &attempt.answers, &responses);
            feedback_report_markup(framework, &report, hide_scores)
        }))
    };

    let confirming = RwSignal::new(false);
    let on_remove = Callback::new(move |()| {
        confirming.set(false);
        state.remove_feedback(&id.get_value());
    });

    view! {
        <section class="feedback-step" aria-labelledby="link-heading">
            <h2 id="link-heading">"1. Send the link"</h2>
            <p>"Send the same link to everyone you ask. Each person answers in their own browser and gets a response code to send back to you."</p>
            <label for="invite-link">"Invitation link"</label>
            <input
                id="invite-link"
                type="text"
                readonly=true
                class="share-link"
                prop:value=move || link.get()
                on:focus=|e| select_all_on_focus(&e)
            />
            <div class="results-actions-group">
                <button type="button" class="button button-primary" on:click=copy>"Copy link"</button>
                <button type="button" class="button" on:click=share>"Share…"</button>
            </div>
            <p role="status" class="hint">{move || link_status.get()}</p>
        </section>
        <section class="feedback-step" aria-labelledby="add-heading">
            <h2 id="add-heading">"2. Add the responses"</h2>
            <div class="field">
                <label for="response-paste">"Paste response codes (one or more)"</label>
                <textarea id="response-paste" rows="3" node_ref=pasted></textarea>
                <button type="button" class="button" on:click=add_pasted>"Add pasted codes"</button>
            </div>
            <div class="field">
                <label for="response-files">"Or choose response files (.json)"</label>
                <input
                    id="response-files"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    node_ref=files
                    on:change=add_files
                />
            </div>
            <p role="status" class="team-status" data-testid="add-status">{move || status.get()}</p>
            <ul class="team-details" aria-label="What the last addition found">
                {move || details.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </section>
        <section class="feedback-step" aria-labelledby="compare-heading">
            <h2 id="compare-heading">"3. Your view and others'"</h2>
            <div class="feedback-report" inner_html=comparison></div>
        </section>
        <section class="feedback-step" aria-labelledby="remove-heading">
            <h2 id="remove-heading">"Start again"</h2>
            <p class="hint">"Removes this invitation and every response added to it from this browser. Codes people send for the old link can no longer be added."</p>
            <button
                type="button"
                class="button"
                aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.update(|o| *o = !*o)
            >
                "Remove the invitation and responses"
            </button>
            <ConfirmPanel
                open=confirming
                label="Confirm removing the feedback"
                message="Remove the invitation and all responses for this result?".to_string()
                confirm="Yes, remove them"
                cancel="Keep them"
                on_confirm=on_remove
                on_cancel=Callback::new(move |()| confirming.set(false))
            />
        </section>
    }
}
