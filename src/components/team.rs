//! The team view: a manager imports many people's results (files or pasted share links)
//! and sees them side by side. The team lives in this page's memory only; the heatmap
//! and statistics arrive as markup written by `core::team::markup`, and this file wires
//! the import, the download and the removals.

use leptos::ev::MouseEvent;
use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::fields::field_value;
use crate::browser::file::read_picked_files;
use crate::browser::focus::{focus_by_id, focus_selector};
use crate::components::focus::focus_on_arrival;
use crate::core::team::import::import_summary;
use crate::core::team::markup::{
    loading_roles_text, team_page_markup, ACTION_ATTRIBUTE, DOWNLOAD_ACTION, REMOVE_ATTRIBUTE,
    REMOVE_EVERYONE_ACTION, RENAME_ATTRIBUTE, RENAME_CANCEL_ACTION, RENAME_FIELD_ID,
    RENAME_SAVE_ACTION,
};
use crate::core::team::{removed_everyone_message, Team, TeamInput, MEMBERS};
use crate::core::transfer::MAX_IMPORT_FILE_BYTES;
use crate::state::use_app_state;

#[component]
pub fn TeamView() -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    // The team is plain data in this page; `changed` tells the markup to redraw.
    let team = StoredValue::new(Team::new());
    let changed = RwSignal::new(0u32);
    let status = RwSignal::new(String::new());
    let details = StoredValue::new(Vec::<String>::new());
    // The member whose name is being changed, if any.
    let editing = StoredValue::new(None::<u32>);
    let files = NodeRef::<Input>::new();
    let pasted = NodeRef::<Textarea>::new();
    let redraw = move |message: String, messages: Vec<String>| {
        details.set_value(messages);
        status.set(message);
        changed.update(|n| *n = n.wrapping_add(1));
    };

    let import = move |inputs: Vec<TeamInput>, unreadable: Vec<String>| {
        // The role is learned from the files, so every role this site has is offered.
        let (frameworks, _) = state.all_roles_untracked();
        let known: Vec<&_> = frameworks.iter().collect();
        let reports = team
            .try_update_value(|team| team.import(&inputs, &known))
            .unwrap_or_default();
        let size = team.with_value(Team::len);
        redraw(
            import_summary(&reports, size),
            unreadable
                .into_iter()
                .chain(reports.into_iter().map(|r| r.message))
                .collect(),
        );
    };

    let import_files = move |_| {
        let Some(element) = files.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let read = read_picked_files(&element, MAX_IMPORT_FILE_BYTES, MEMBERS.max as u32).await;
            element.set_value("");
            let mut inputs = Vec::new();
            let mut unreadable = Vec::new();
            for file in read {
                match file {
                    Ok((name, text)) => inputs.push(TeamInput::File { name, text }),
                    Err(reason) => unreadable.push(reason),
                }
            }
            import(inputs, unreadable);
        });
    };

    let import_pasted = move |_| {
        let Some(element) = pasted.get_untracked() else {
            return;
        };
        let text = element.value();
        if text.trim().is_empty() {
            redraw(
                "Paste one or more share links or codes first.".to_string(),
                Vec::new(),
            );
            return;
        }
        import(vec![TeamInput::Pasted(text)], Vec::new());
        element.set_value("");
    };

    let focus_heading = move || {
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    };

    // Saving a new name (or cancelling) redraws the table; focus goes back to that
    // person's Rename button.
    let finish_rename = move |save: bool| {
        let Some(id) = editing.get_value() else {
            return;
        };
        editing.set_value(None);
        let message = if save {
            let typed = field_value(RENAME_FIELD_ID);
            team.try_update_value(|t| t.rename(id, &typed));
            let name = team.with_value(|t| t.member(id).map(|m| m.name.clone()));
            format!("Renamed to {}.", name.unwrap_or_default())
        } else {
            status.get_untracked()
        };
        redraw(message, details.get_value());
        request_animation_frame(move || focus_selector(&format!("[{RENAME_ATTRIBUTE}=\"{id}\"]")));
    };
    let on_body_key = move |event: leptos::ev::KeyboardEvent| {
        let in_field = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|e| e.id() == RENAME_FIELD_ID);
        if !in_field {
            return;
        }
        match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                finish_rename(true);
            }
            "Escape" => {
                event.prevent_default();
                finish_rename(false);
            }
            _ => {}
        }
    };

    // One listener for the buttons inside the core's markup: each row's "Rename" and
    // "Remove", the CSV download and "Remove everyone".
    let on_body_click = move |event: MouseEvent| {
        let Some(button) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest("button").ok().flatten())
        else {
            return;
        };
        if let Some(id) = button
            .get_attribute(RENAME_ATTRIBUTE)
            .and_then(|v| v.parse::<u32>().ok())
        {
            editing.set_value(Some(id));
            redraw(status.get_untracked(), details.get_value());
            request_animation_frame(|| focus_by_id(RENAME_FIELD_ID));
            return;
        }
        if let Some(id) = button
            .get_attribute(REMOVE_ATTRIBUTE)
            .and_then(|v| v.parse::<u32>().ok())
        {
            let name = team.with_value(|t| t.member(id).map(|m| m.name.clone()));
            if team.try_update_value(|t| t.remove(id)).unwrap_or(false) {
                redraw(
                    format!("Removed {} from the team.", name.unwrap_or_default()),
                    Vec::new(),
                );
                focus_heading();
            }
            return;
        }
        match button.get_attribute(ACTION_ATTRIBUTE).as_deref() {
            Some(RENAME_SAVE_ACTION) => finish_rename(true),
            Some(RENAME_CANCEL_ACTION) => finish_rename(false),
            Some(DOWNLOAD_ACTION) => {
                let outcome = team.with_value(|t| state.download_team_csv(&t.summary()));
                status.set(match outcome {
                    Ok(name) => format!("Download started: {name}"),
                    Err(reason) => reason,
                });
            }
            Some(REMOVE_EVERYONE_ACTION) => {
                let removed = team
                    .try_update_value(Team::remove_everyone)
                    .unwrap_or_default();
                redraw(removed_everyone_message(removed), Vec::new());
                focus_heading();
            }
            _ => {}
        }
    };

    view! {
        <section class="team" aria-labelledby="team-heading">
            <h1 id="team-heading" tabindex="-1" node_ref=heading>"Team view"</h1>
            <p class="hint">
                "For managers: import your team's results for one role. Everything stays in this page and is gone when you leave or reload it; nothing is stored or sent."
            </p>
            <div class="team-import">
                <div class="field">
                    <label for="team-files">"Result files (.json), one or many"</label>
                    <p id="team-files-hint" class="hint">
                        "Files downloaded from Yardstick: one result each, or a whole history."
                    </p>
                    <input
                        id="team-files"
                        type="file"
                        multiple
                        accept=".json,application/json,.txt,text/plain"
                        aria-describedby="team-files-hint"
                        node_ref=files
                        on:change=import_files
                    />
                </div>
                <div class="field">
                    <label for="team-paste">"Or paste share links or codes"</label>
                    <textarea id="team-paste" rows="3" node_ref=pasted></textarea>
                    <button type="button" class="button" on:click=import_pasted>"Add pasted links"</button>
                </div>
                // Tracked: asking starts fetching the built-in roles not here yet.
                <p class="hint">{move || loading_roles_text(state.all_roles().1)}</p>
            </div>
            <p role="status" class="team-status">{move || status.get()}</p>
            <div
                class="team-body"
                on:click=on_body_click
                on:keydown=on_body_key
                inner_html=move || {
                    changed.track();
                    let editing = editing.get_value();
                    team.with_value(|t| details.with_value(|d| team_page_markup(&t.summary(), d, editing)))
                }
            ></div>
        </section>
    }
}
