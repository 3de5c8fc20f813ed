//! The privacy panel: where Yardstick keeps data, what and how much, the backup if there
//! is one, and deleting everything (asking first). The texts and the table arrive as
//! markup written by `core::privacy_markup`; this file wires the buttons.

use leptos::html::Button;
use leptos::prelude::*;

use crate::browser::clock::format_date;
use crate::core::usage::format_bytes;

use crate::components::confirm::ConfirmPanel;
use crate::components::focus::focus_on_arrival;

use crate::core::deploy::disclosure;
use crate::core::message_markup::{message, Tone};
use crate::core::privacy_markup::{
    delete_everything_intro, delete_everything_question, privacy_intro, usage_table,
};
use crate::state::{use_app_state, View};

#[component]
pub fn PrivacyView() -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let available = state.is_storage_available();
    // Storage is not reactive: bump this after changing it outside the store.
    let refresh = RwSignal::new(0u32);
    let usage = Memo::new(move |_| {
        refresh.track();
        state.storage_usage()
    });
    let confirming = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let alert = RwSignal::new(String::new());
    let delete_button = NodeRef::<Button>::new();

    let download_backup = move |key: String| match state.download_backup(&key) {
        Ok(file_name) => {
            alert.set(String::new());
            status.set(format!("Download started: {file_name}"));
        }
        Err(reason) => {
            // The backup may have gone (another tab deleted everything): count again.
            refresh.update(|n| *n = n.wrapping_add(1));
            alert.set(reason);
        }
    };
    let delete_everything = move |()| {
        state.delete_everything();
        confirming.set(false);
        refresh.update(|n| *n = n.wrapping_add(1));
        alert.set(String::new());
        status.set(if available {
            "Everything Yardstick kept in this browser has been deleted.".to_string()
        } else {
            "Everything Yardstick held in this page's memory has been deleted.".to_string()
        });
        if let Some(b) = delete_button.get_untracked() {
            let _ = b.focus();
        }
    };
    let cancel = move |()| {
        confirming.set(false);
        if let Some(b) = delete_button.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <section class="privacy" aria-labelledby="privacy-heading">
            <h1 id="privacy-heading" tabindex="-1" node_ref=heading>"Your data"</h1>
            {move || state.receiver().map(|origin| view! {
                <p class="callout" data-testid="privacy-receiver">{disclosure(&origin, state.hide_scores())}</p>
            })}
            <div class="privacy-body" inner_html=privacy_intro(available)></div>
            <div class="privacy-body" inner_html=move || usage.with(|u| usage_table(u, available))></div>
            {move || usage.with(|u| (!u.backups.is_empty()).then(|| {
                let backups = u.backups.clone();
                view! {
                    <div class="callout privacy-backup">
                        <p>
                            "Each backup holds saved data this version of Yardstick could not read, copied untouched when it was found; none is ever overwritten. Download one to keep it, or import it in History to bring back the results it holds. Deleting everything removes them too."
                        </p>
                        <ul class="backup-list">
                            {backups.into_iter().map(|backup| {
                                let when = backup.made_at.map_or_else(
                                    || "Made by an earlier version".to_string(),
                                    |ms| format!("Made {}", format_date(ms)),
                                );
                                let key = backup.key.clone();
                                view! {
                                    <li>
                                        {format!("{when}, {}", format_bytes(backup.bytes))}
                                        " "
                                        <button type="button" class="button" on:click=move |_| download_backup(key.clone())>
                                            "Download this backup"
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }
            }))}
            <p>
                "To keep a copy of your results, "
                <button type="button" class="link-button" on:click=move |_| state.open(View::History)>
                    "export them from History"
                </button>
                "."
            </p>

            <div class="privacy-body" inner_html=delete_everything_intro(available)></div>
            <button
                type="button"
                class="button button-danger"
                node_ref=delete_button
                aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.update(|c| *c = !*c)
            >
                "Delete everything"
            </button>
            <ConfirmPanel
                open=confirming
                label="Confirm deleting everything"
                message=Signal::derive(move || usage.with(delete_everything_question))
                confirm="Yes, delete everything"
                cancel="Cancel"
                on_confirm=Callback::new(delete_everything)
                on_cancel=Callback::new(cancel)
            />
            <div role="status" inner_html=move || status.with(|text| message(text, Tone::Success))></div>
            <div role="alert" inner_html=move || alert.with(|text| message(text, Tone::Error))></div>
        </section>
    }
}
