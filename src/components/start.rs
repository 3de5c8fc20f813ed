//! The start page: one card per role, and a banner for each attempt in progress.

use leptos::prelude::*;

use crate::browser::clock::format_date;
use crate::components::confirm::ConfirmPanel;
use crate::components::custom_framework::CustomFrameworkStatus;
use crate::core::progress::answered_count;
use crate::core::start_page::{
    feedback_label, role_meta, start_label, ASK_OTHERS_LABEL, ROLES_HEADING, START_HEADING,
    START_INTRO,
};
use crate::state::{use_app_state, RoleCard, View};

#[component]
pub fn StartView() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="start" aria-labelledby="start-heading">
            <h1 id="start-heading">{START_HEADING}</h1>
            <p class="lead">{START_INTRO}</p>
            <CustomFrameworkStatus/>
            <ResumeBanners/>
            <h2 class="section-heading">{ROLES_HEADING}</h2>
            <ul class="role-grid">
                <For
                    each=move || state.role_cards()
                    key=|card| format!("{}@{}", card.id, card.version)
                    children=move |card| view! { <RoleCardView card/> }
                />
            </ul>
        </section>
    }
}

#[component]
fn ResumeBanners() -> impl IntoView {
    let state = use_app_state();
    view! {
        <For
            each=move || state.store().with(|s| s.in_progress.clone())
            key=|a| (a.id.clone(), a.answers.len(), a.feedback.as_ref().map(|r| r.responses.len()))
            children=move |attempt| {
                let title = state.role_title(&attempt.framework_id);
                let (framework_id, version) = (attempt.framework_id.clone(), attempt.framework_version.clone());
                let answers = attempt.answers.clone();
                let updated_at = attempt.updated_at;
                // Counted once the framework is here (a built-in may still be on its way).
                let progress = move || {
                    let saved = format_date(updated_at);
                    match state.framework_for(&framework_id, &version) {
                        Some(f) => format!(
                            "{} of {} questions answered, last saved {saved}.",
                            answered_count(&f, &answers),
                            f.scored_item_count()
                        ),
                        None => format!("In progress, last saved {saved}."),
                    }
                };
                let id = attempt.id.clone();
                let feedback_id = attempt.id.clone();
                let feedback = attempt.feedback.as_ref().map(|record| {
                    let label = feedback_label(record.responses.len());
                    view! {
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| state.open(View::Feedback { attempt_id: feedback_id.clone() })
                        >
                            {label}
                        </button>
                    }
                });
                let heading_id = format!("resume-{}", attempt.id);
                let labelled_by = heading_id.clone();
                view! {
                    <section class="resume-banner" aria-labelledby=labelled_by>
                        <h2 id=heading_id class="resume-title">{format!("{title}: in progress")}</h2>
                        <p>{progress}</p>
                        <button
                            type="button"
                            class="button button-primary"
                            on:click=move |_| state.open(View::Assess { attempt_id: id.clone(), area: None })
                        >
                            {format!("Resume {title}")}
                        </button>
                        {feedback}
                    </section>
                }
            }
        />
    }
}

#[component]
fn RoleCardView(card: RoleCard) -> impl IntoView {
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    let heading_id = format!("role-{}", card.id);
    let labelled_by = heading_id.clone();
    let framework_id = card.id.clone();
    let in_progress = {
        let framework_id = framework_id.clone();
        Memo::new(move |_| {
            state.store().with(|s| {
                s.in_progress_for(&framework_id)
                    .map(|a| (a.id.clone(), a.answers.len()))
            })
        })
    };
    let title = card.title.clone();
    let ask_id = card.id.clone();
    let ask_others = card.observers.then(move || {
        view! {
            <button
                type="button"
                class="button button-quiet"
                on:click=move |_| state.ask_others_about(&ask_id)
            >
                {ASK_OTHERS_LABEL}
            </button>
        }
    });
    let start = move || {
        confirming.set(false);
        state.start_role(&framework_id);
    };
    view! {
        <li class="role-card">
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id>{card.title.clone()}</h3>
                {card.custom.then(|| view! {
                    <p class="role-badge">{format!("Custom framework, version {}", card.version)}</p>
                })}
                <p>{card.summary.clone()}</p>
                <p class="role-meta">
                    {role_meta(card.questions, card.areas, card.minutes)}
                </p>
                <div class="role-actions">
                    {move || {
                        let title = title.clone();
                        let start = start.clone();
                        match in_progress.get() {
                        None => view! {
                            <button type="button" class="button button-primary" on:click=move |_| start()>
                                {start_label(&title)}
                            </button>
                        }.into_any(),
                        Some((attempt_id, answered)) => {
                            view! {
                                <button
                                    type="button"
                                    class="button button-primary"
                                    on:click=move |_| state.open(View::Assess { attempt_id: attempt_id.clone(), area: None })
                                >
                                    {format!("Resume {title}")}
                                </button>
                                <button
                                    type="button"
                                    class="button"
                                    aria-expanded=move || confirming.get().to_string()
                                    on:click=move |_| confirming.update(|c| *c = !*c)
                                >
                                    "Start over"
                                </button>
                                <ConfirmPanel
                                    open=confirming
                                    label="Confirm starting over"
                                    message=Signal::stored(match answered {
                                        1 => "Start over? Your one answer so far will be discarded.".to_string(),
                                        n => format!("Start over? Your {n} answers so far will be discarded."),
                                    })
                                    confirm="Discard and start over"
                                    cancel="Keep my answers"
                                    on_confirm=Callback::new(move |()| start())
                                    on_cancel=Callback::new(move |()| confirming.set(false))
                                />
                            }.into_any()
                        }
                    }}}
                    {ask_others}
                </div>
            </article>
        </li>
    }
}
