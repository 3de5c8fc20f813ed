//! The start page: one card per role, and a banner for each attempt in progress.

use leptos::prelude::*;

use crate::components::confirm::ConfirmPanel;

use crate::browser::clock::format_date;
use crate::components::custom_framework::CustomFrameworkStatus;
use crate::core::builtin::BUILT_IN;
use crate::core::framework::Framework;
use crate::core::progress::answered_count;
use crate::state::{use_app_state, View};

#[component]
pub fn StartView() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="start" aria-labelledby="start-heading">
            <h1 id="start-heading">"Leadership self-assessment"</h1>
            <p class="lead">
                "Pick a role to see how your habits, choices and examples compare with what that role expects. It takes 10 to 15 minutes, you can stop and come back at any time, and your answers stay in this browser."
            </p>
            <CustomFrameworkStatus/>
            <ResumeBanners/>
            <h2 class="section-heading">"Choose a role"</h2>
            <ul class="role-grid">
                <For
                    each=move || state.frameworks.get()
                    key=|f| format!("{}@{}", f.id, f.version)
                    children=move |framework| view! { <RoleCard framework/> }
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
            each=move || state.store.with(|s| s.in_progress.clone())
            key=|a| (a.id.clone(), a.answers.len())
            children=move |attempt| {
                let framework = state.framework_for(&attempt.framework_id, &attempt.framework_version);
                let title = framework.as_ref().map_or(attempt.framework_id.clone(), |f| f.title.clone());
                let total = framework.as_ref().map_or(0, Framework::scored_item_count);
                let answered = framework.as_ref().map_or(0, |f| answered_count(f, &attempt.answers));
                let id = attempt.id.clone();
                let heading_id = format!("resume-{}", attempt.id);
                let labelled_by = heading_id.clone();
                view! {
                    <section class="resume-banner" aria-labelledby=labelled_by>
                        <h2 id=heading_id class="resume-title">{format!("{title}: in progress")}</h2>
                        <p>
                            {format!("{answered} of {total} questions answered, last saved {}.", format_date(attempt.updated_at))}
                        </p>
                        <button
                            type="button"
                            class="button button-primary"
                            on:click=move |_| state.view.set(View::Assess { attempt_id: id.clone() })
                        >
                            {format!("Resume {title}")}
                        </button>
                    </section>
                }
            }
        />
    }
}

#[component]
fn RoleCard(framework: Framework) -> impl IntoView {
    let state = use_app_state();
    let confirming = RwSignal::new(false);
    let heading_id = format!("role-{}", framework.id);
    let labelled_by = heading_id.clone();
    let framework_id = framework.id.clone();
    let in_progress = {
        let framework_id = framework_id.clone();
        Memo::new(move |_| {
            state.store.with(|s| {
                s.in_progress_for(&framework_id)
                    .map(|a| (a.id.clone(), a.answers.len()))
            })
        })
    };
    let items = framework.scored_item_count();
    let dimensions = framework.dimensions.len();
    let minutes = framework.estimated_minutes;
    let title = framework.title.clone();
    let for_start = framework.clone();
    let start = move || {
        confirming.set(false);
        state.start(&for_start);
    };
    view! {
        <li class="role-card">
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id>{framework.title.clone()}</h3>
                {(!BUILT_IN.iter().any(|(id, _)| *id == framework.id)).then(|| view! {
                    <p class="role-badge">{format!("Custom framework, version {}", framework.version)}</p>
                })}
                <p>{framework.summary.clone()}</p>
                <p class="role-meta">
                    {format!("{items} questions in {dimensions} areas · about {minutes} minutes")}
                </p>
                <div class="role-actions">
                    {move || {
                        let title = title.clone();
                        let start = start.clone();
                        match in_progress.get() {
                        None => view! {
                            <button type="button" class="button button-primary" on:click=move |_| start()>
                                {format!("Start {title}")}
                            </button>
                        }.into_any(),
                        Some((attempt_id, answered)) => {
                            view! {
                                <button
                                    type="button"
                                    class="button button-primary"
                                    on:click=move |_| state.view.set(View::Assess { attempt_id: attempt_id.clone() })
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
                </div>
            </article>
        </li>
    }
}
