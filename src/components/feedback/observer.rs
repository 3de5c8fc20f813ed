//! The observer's page (`#/invite/<code>`): someone asked for feedback answers the
//! role's observer questions about them and gets a response code and file to send
//! back. Nothing is stored: the answers live in this page until it closes. The form is
//! markup from `core::feedback::observer_form`; this file reads it back on submit.

use leptos::html::Form;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;

use crate::browser::clipboard::copy_text;
use crate::browser::fields::clicked_action;
use crate::browser::focus::focus_by_id;
use crate::browser::random::random_bytes;
use crate::components::focus::focus_on_arrival;
use crate::components::pending::{FrameworkLoading, Unavailable};
use crate::core::feedback::invitation::{self, Invitation};
use crate::core::feedback::observer::observer_ready;
use crate::core::feedback::observer_form::{
    answered_text, observer_form_markup, observer_title, read_observer_form, subject,
    version_unavailable_message,
};
use crate::core::feedback::page_markup::{
    response_markup, ACTION_ATTRIBUTE, COPY_CODE, DOWNLOAD_CODE,
};
use crate::core::feedback::response_code::{self, ObserverResponse};
use crate::core::framework::Framework;
use crate::state::{use_app_state, Availability};

#[component]
pub fn InviteView(code: String) -> impl IntoView {
    let state = use_app_state();
    let invitation = invitation::decode(&code);
    let opened = invitation.clone();
    let found = Memo::new(move |_| {
        let invitation = opened.as_ref().ok()?;
        Some(state.availability(invitation.framework_id(), invitation.framework_version()))
    });
    move || {
        let invitation = match &invitation {
            Ok(invitation) => invitation.clone(),
            Err(why) => {
                return view! { <Unavailable title="This invitation cannot be opened" reason=why.to_string()/> }
                    .into_any()
            }
        };
        match found.get() {
            Some(Availability::Ready(framework)) => observer_page(invitation, *framework),
            Some(Availability::Unavailable(_)) | None => unavailable_version(&invitation),
            Some(Availability::Loading) => view! { <FrameworkLoading/> }.into_any(),
        }
    }
}

fn unavailable_version(invitation: &Invitation) -> AnyView {
    let reason = version_unavailable_message(invitation);
    view! { <Unavailable title="This invitation cannot be answered here" reason/> }.into_any()
}

fn observer_page(invitation: Invitation, framework: Framework) -> AnyView {
    // Answers are packed by position, so only the exact version the invitation names
    // can be answered; a newer version of the role would scramble them.
    if framework.version != invitation.framework_version() {
        return unavailable_version(&invitation);
    }
    if let Err(why) = observer_ready(&framework) {
        return view! { <Unavailable title="This invitation cannot be answered" reason=why.to_string()/> }
            .into_any();
    }
    let heading = focus_on_arrival();
    let form = NodeRef::<Form>::new();
    let markup = observer_form_markup(&framework, &invitation);
    let title = observer_title(&invitation);
    let who = subject(&invitation).to_string();
    let framework = StoredValue::new(framework);
    let invitation = StoredValue::new(invitation);
    // One id for this page: remaking the code after changing an answer makes a
    // correction, which replaces the earlier code when both are added.
    let response_id = StoredValue::new(random_bytes::<4>());
    let progress = RwSignal::new(framework.with_value(|f| answered_text(f, &[])));
    let problem = RwSignal::new(String::new());
    let response = RwSignal::new(None::<ObserverResponse>);
    let copy_status = RwSignal::new(String::new());

    let checked = move || -> Vec<(String, String)> {
        let Some(form) = form.get_untracked() else {
            return Vec::new();
        };
        let Ok(list) = form.query_selector_all("input:checked") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| (input.name(), input.value()))
            .collect()
    };
    let on_change = move |_| {
        let checked = checked();
        framework.with_value(|f| {
            progress.set(answered_text(f, &checked));
            // A message about what is missing follows the answers, and goes once
            // nothing is.
            if !problem.with_untracked(String::is_empty) {
                problem.set(
                    read_observer_form(f, &checked)
                        .err()
                        .map(|g| g.message())
                        .unwrap_or_default(),
                );
            }
        });
    };
    // A click, not the form's submit: a sandboxed frame without `allow-forms` (as an
    // intranet page may embed the link) blocks submission before any handler runs.
    let make_code = move |_| {
        let answers = checked();
        let made = framework.with_value(|f| {
            let (relationship, answers) = read_observer_form(f, &answers)
                .map_err(|gaps| (gaps.message(), Some(gaps.first_id())))?;
            invitation.with_value(|inv| {
                ObserverResponse::new(inv, f, relationship, &answers, response_id.get_value())
                    .map_err(|e| (e.to_string(), None))
            })
        });
        match made {
            Ok(made) => {
                problem.set(String::new());
                copy_status.set(String::new());
                response.set(Some(made));
                // The section appears on the next render, so focus waits a frame.
                request_animation_frame(|| focus_by_id("response-heading"));
            }
            Err((message, focus)) => {
                problem.set(message);
                if let Some(id) = focus {
                    focus_by_id(&id);
                }
            }
        }
    };

    let code = Memo::new(move |_| response.with(|r| r.as_ref().map(response_code::encode)));
    let state = use_app_state();
    // Copy and Download, inside the response markup.
    let on_click =
        move |event: leptos::ev::MouseEvent| match clicked_action(&event, ACTION_ATTRIBUTE)
            .as_deref()
        {
            Some(COPY_CODE) => {
                let Some(text) = code.get_untracked() else {
                    return;
                };
                spawn_local(async move {
                    copy_status.set(match copy_text(&text).await {
                        Ok(()) => "Code copied.".to_string(),
                        Err(e) => e,
                    });
                });
            }
            Some(DOWNLOAD_CODE) => response.with_untracked(|r| {
                if let Some(r) = r {
                    copy_status.set(match state.download_response(r) {
                        Ok(name) => format!("Download started: {name}"),
                        Err(e) => e,
                    });
                }
            }),
            _ => {}
        };

    view! {
        <article class="observer" aria-labelledby="observer-heading" on:click=on_click>
            <header class="results-header">
                <p class="eyebrow">"Yardstick feedback"</p>
                <h1 id="observer-heading" tabindex="-1" node_ref=heading>{title}</h1>
            </header>
            <form class="observer-form" novalidate=true node_ref=form on:change=on_change on:submit=|e| e.prevent_default()>
                <div inner_html=markup></div>
                <div class="observer-submit">
                    <p class="progress-text" role="status">{move || progress.get()}</p>
                    <p class="field-error" role="alert">{move || problem.get()}</p>
                    <button type="button" class="button button-primary" on:click=make_code>"Make my response code"</button>
                </div>
            </form>
            <div inner_html=move || code.get().map(|code| response_markup(&code, &who)).unwrap_or_default()></div>
            <p role="status" class="hint">{move || copy_status.get()}</p>
        </article>
    }
    .into_any()
}
