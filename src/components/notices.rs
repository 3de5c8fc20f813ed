//! The notice area: storage faults and data recovery, each with what can be done.

use leptos::prelude::*;

use crate::state::{use_app_state, NoticeAction, View};

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app_state();
    // A refusal is not worth a second notice: the privacy panel offers the backup too
    // and says why it failed.
    let download_backup = move |_| {
        let _ = state.download_backup();
    };
    // Refused only where downloads are blocked, and the notice already says what to do.
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
                    let dismissed = notice.clone();
                    view! {
                        <div class=class role=role>
                            <p>{notice.message()}</p>
                            <div class="notice-actions">
                                {(action == Some(NoticeAction::DownloadBackup)).then(|| view! {
                                    <button type="button" class="button" on:click=download_backup>
                                        "Download the backup"
                                    </button>
                                })}
                                {(action == Some(NoticeAction::DownloadAnswers)).then(|| view! {
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
