//! Export the whole history; import a result file.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{role_title, Messages};
use crate::browser::clock::format_date;
use crate::browser::file::read_picked_file;
use crate::core::transfer::MAX_IMPORT_FILE_BYTES;
use crate::core::transfer::{
    export_message, import_message, import_refused_message, unreadable_file_message, ImportedResult,
};
use crate::state::use_app_state;

#[component]
pub(super) fn ExportImport(messages: Messages, has_history: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    let input = NodeRef::<Input>::new();

    let export_all = move |_| {
        spawn_local(async move {
            match state.export_history().await {
                Ok(export) => messages.success(export_message(
                    &export.file_name,
                    export.exported,
                    export.skipped,
                )),
                Err(reason) => messages.error(reason),
            }
        });
    };

    let import = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let picked = read_picked_file(&element, MAX_IMPORT_FILE_BYTES).await;
            // Clear the choice so the same file can be picked again.
            element.set_value("");
            let (name, text) = match picked {
                Ok(picked) => picked,
                Err(reason) => {
                    messages.error(unreadable_file_message(&reason));
                    return;
                }
            };
            match state.import(&text) {
                Ok(imported) => {
                    let results: Vec<ImportedResult> = imported
                        .iter()
                        .map(|(attempt, new)| ImportedResult {
                            role_title: role_title(state, &attempt.framework_id),
                            completed: format_date(
                                attempt.completed_at.unwrap_or(attempt.updated_at),
                            ),
                            new: *new,
                        })
                        .collect();
                    messages.success(import_message(&results));
                }
                Err(problem) => messages.error(import_refused_message(&name, &problem)),
            }
        });
    };

    view! {
        <section class="history-tools" aria-labelledby="history-tools-heading">
            <h2 id="history-tools-heading">"Export and import"</h2>
            // The export carries every score; candidate-safe pages (`scores=hidden`) keep
            // to words only, so they offer it nowhere.
            <Show when=move || has_history.get() && !state.hide_scores()>
                <p>
                    "Download every result as one JSON file. You can import it again here, in this or another browser."
                </p>
                <button type="button" class="button" on:click=export_all>
                    "Export all as JSON"
                </button>
            </Show>
            <div class="history-import">
                <label for="history-import-file">"Import a result file (.json)"</label>
                <p id="history-import-hint" class="history-hint">
                    "A file downloaded from Yardstick, with one result or your whole history. Results already here are not duplicated."
                </p>
                <input
                    id="history-import-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="history-import-hint"
                    node_ref=input
                    on:change=import
                />
            </div>
        </section>
    }
}
