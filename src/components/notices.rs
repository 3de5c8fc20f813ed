//! The notice area: storage faults and data recovery, each with what can be done.

use leptos::prelude::*;

use crate::state::{use_app_state, NoticeAction, View};

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app_state();
    // Downloads are refused only where the browser blocks them, and a refusal is not
    // worth a second notice: the privacy panel offers the backups too and says why.
    let download_answers = move |_| {
        let _ = state.download_answers_in_progress();
    };
    view! {
        <div class="notices" role="region" aria-label="Notices">
            <For
                each=move || state.notices().get()
                key=|notice| notice.message()
                children=move |notice| {
                    let role = if notice.is_warning() { "alert" } else { "status" };
                    let class = if notice.is_warning() { "notice notice-warning" } else { "notice" };
                    let action = notice.action();
                    let answers_action = action == Some(NoticeAction::DownloadAnswers);
                    let dismissed = notice.clone();
                    view! {
                        <div class=class role=role>
                            <p>{notice.message()}</p>
                            <div class="notice-actions">
                                {match action.clone() {
                                    Some(NoticeAction::DownloadBackup(key)) => Some(view! {
                                        <button type="button" class="button" on:click=move |_| { let _ = state.download_backup(&key); }>
                                            "Download the backup"
                                        </button>
                                    }.into_any()),
                                    Some(NoticeAction::DownloadStoredData) => Some(view! {
                                        <button type="button" class="button" on:click=move |_| { let _ = state.download_stored_data(); }>
                                            "Download a copy"
                                        </button>
                                    }.into_any()),
                                    _ => None,
                                }}
                                {answers_action.then(|| view! {
                                    <button type="button" class="button" on:click=download_answers>
                                        "Download your answers"
                                    </button>
                                    <button type="button" class="button button-quiet" on:click=move |_| state.open(View::History)>
                                        "Go to History"
                                    </button>
                                })}
                                <button
                                    type="button"
                                    class="button button-quiet"
                                    on:click=move |_| {
                                        let dismissed = dismissed.clone();
                                        state.dismiss(move |n| *n == dismissed)
                                    }
                                >
                                    "Dismiss"
                                </button>
                            </div>
                        </div>
                    }
                }
            />
        </div>
    }
}
