//! The privacy panel: where Yardstick keeps data, what and how much, the backup if there
//! is one, and deleting everything (asking first).

use leptos::html::Button;
use leptos::prelude::*;

use crate::components::confirm::ConfirmPanel;
use crate::components::focus::focus_on_arrival;

use crate::core::usage::{format_bytes, Usage};
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

    let count_cell = |usage: Usage, one: &'static str, many: &'static str| {
        if usage.count == 1 {
            format!("1 {one}")
        } else {
            format!("{} {many}", usage.count)
        }
    };
    let download_backup = move |_| match state.download_backup() {
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
    let place = if available {
        "this browser's storage"
    } else {
        "this page's memory"
    };

    view! {
        <section class="privacy" aria-labelledby="privacy-heading">
            <h1 id="privacy-heading" tabindex="-1" node_ref=heading>"Your data"</h1>
            <p class="lead">
                "Yardstick runs entirely in your browser. Your answers and results are never sent anywhere: there is no server, no account and no tracking."
            </p>

            <h2 class="section-heading">"Where it is kept"</h2>
            {if available {
                view! {
                    <p>
                        "Yardstick saves your answers and results in this browser's local storage, for this site only. Other sites cannot read them, and another browser or device will not see them. They stay until you delete them here or clear this site's data in your browser's settings."
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="callout">
                        "This browser is not letting Yardstick save anything (private browsing or an embedded frame can do that), so everything is kept in this page's memory only and is gone when you reload or close the page. Nothing has been written to this browser's storage."
                    </p>
                }
                .into_any()
            }}

            <h2 class="section-heading">"What is kept"</h2>
            <div class="table-scroll" role="region" aria-labelledby="usage-caption" tabindex="0">
                <table class="usage-table">
                    <caption id="usage-caption">{format!("What Yardstick keeps in {place}")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"What"</th>
                            <th scope="col">"How many"</th>
                            <th scope="col">"Size"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let u = usage.get();
                            view! {
                                <tr>
                                    <th scope="row">"Assessments in progress"</th>
                                    <td>{count_cell(u.in_progress, "attempt", "attempts")}</td>
                                    <td>{format_bytes(u.in_progress.bytes)}</td>
                                </tr>
                                <tr>
                                    <th scope="row">"Finished results"</th>
                                    <td>{count_cell(u.completed, "result", "results")}</td>
                                    <td>{format_bytes(u.completed.bytes)}</td>
                                </tr>
                                {u.backup.map(|bytes| view! {
                                    <tr>
                                        <th scope="row">"Backup of saved data that could not be read"</th>
                                        <td>"1 backup"</td>
                                        <td>{format_bytes(bytes)}</td>
                                    </tr>
                                })}
                                {(u.other.count > 0).then(|| view! {
                                    <tr>
                                        <th scope="row">"Other Yardstick data"</th>
                                        <td>{count_cell(u.other, "entry", "entries")}</td>
                                        <td>{format_bytes(u.other.bytes)}</td>
                                    </tr>
                                })}
                            }
                        }}
                    </tbody>
                    {available.then(|| view! {
                        <tfoot>
                            <tr>
                                <th scope="row" colspan="2">"Total in this browser's storage"</th>
                                <td>{move || format_bytes(usage.get().total_bytes)}</td>
                            </tr>
                        </tfoot>
                    })}
                </table>
            </div>
            {available.then(|| view! {
                <p class="privacy-note">
                    "Sizes of attempts are measured on their saved text; the total also includes a little bookkeeping."
                </p>
            })}
            {move || usage.with(|u| u.backup.is_some()).then(|| view! {
                <div class="callout privacy-backup">
                    <p>
                        "The backup holds saved data this version of Yardstick could not read, kept untouched. Download it if you might want it; deleting everything removes it too."
                    </p>
                    <button type="button" class="button" on:click=download_backup>
                        "Download the backup"
                    </button>
                </div>
            })}
            <p>
                "To keep a copy of your results, "
                <button type="button" class="link-button" on:click=move |_| state.open(View::History)>
                    "export them from History"
                </button>
                "."
            </p>

            <h2 class="section-heading">"Delete everything"</h2>
            <p>
                {if available {
                    "This removes every assessment in progress, every finished result and any backup from this browser's storage. It cannot be undone."
                } else {
                    "This removes every assessment in progress and every finished result from this page's memory. It cannot be undone."
                }}
            </p>
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
                message=Signal::derive(move || {
                    let u = usage.get();
                    let backup = if u.backup.is_some() { ", the backup" } else { "" };
                    format!(
                        "Delete everything? That removes {}, {}{backup} and anything else Yardstick keeps here. It cannot be undone.",
                        count_cell(u.in_progress, "assessment in progress", "assessments in progress"),
                        count_cell(u.completed, "finished result", "finished results"),
                    )
                })
                confirm="Yes, delete everything"
                cancel="Cancel"
                on_confirm=Callback::new(delete_everything)
                on_cancel=Callback::new(cancel)
            />
            <div role="status">
                {move || {
                    let text = status.get();
                    (!text.is_empty()).then(|| view! { <p class="message message-success">{text}</p> })
                }}
            </div>
            <div role="alert">
                {move || {
                    let text = alert.get();
                    (!text.is_empty()).then(|| view! { <p class="message message-error">{text}</p> })
                }}
            </div>
        </section>
    }
}
