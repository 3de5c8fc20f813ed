//! History: every finished attempt, grouped by role, newest first. Open one, download it
//! (JSON or CSV), delete it (asking first), pick another attempt at the same role to
//! compare with; export everything, or import a result file.

use leptos::html::{Button, Input, H1};
use leptos::prelude::*;

use crate::components::confirm::ConfirmPanel;

use crate::components::focus::focus_on_arrival;
use leptos::task::spawn_local;

use crate::browser::clock::{format_date, now_ms};
use crate::browser::download::download_text;
use crate::browser::file::read_picked_file;
use crate::core::attempt::Attempt;
use crate::core::builtin::is_built_in;
use crate::core::display::whole_score;
use crate::core::file_names::{history_file_name, result_file_name};
use crate::core::history::{compare_candidates, history_by_role};
use crate::core::transfer::{export_all_json, read_import};
use crate::core::export::{export_csv, export_json};
use crate::core::framework::Framework;
use crate::state::{use_app_state, AppState, View};

/// Messages for the whole page: `status` is announced politely, `alert` at once.
#[derive(Clone, Copy)]
struct Messages {
    status: RwSignal<String>,
    alert: RwSignal<String>,
}

impl Messages {
    fn new() -> Self {
        Messages {
            status: RwSignal::new(String::new()),
            alert: RwSignal::new(String::new()),
        }
    }

    // `try_set`: an import can finish after the page has been left.
    fn success(&self, message: String) {
        self.alert.try_set(String::new());
        self.status.try_set(message);
    }

    fn error(&self, message: String) {
        self.status.try_set(String::new());
        self.alert.try_set(message);
    }
}

/// Minutes east of UTC at `ms` in the browser's time zone, for dated file names.
fn utc_offset_minutes(ms: f64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    -(date.get_timezone_offset() as i32)
}

/// The framework `attempt` is scored against. The built-in frameworks do not change
/// while the page is open, so this is read without tracking (from component bodies and
/// event handlers alike).
fn framework_of(state: AppState, attempt: &Attempt) -> Option<Framework> {
    untrack(|| state.framework_for(&attempt.framework_id, &attempt.framework_version))
}

/// The role's title, or its id when this version does not have the role.
fn role_title(state: AppState, attempt: &Attempt) -> String {
    untrack(|| state.role_title(&attempt.framework_id))
}

fn completed(attempt: &Attempt) -> String {
    format_date(attempt.completed_at.unwrap_or(attempt.updated_at))
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let messages = Messages::new();
    let groups = Memo::new(move |_| state.store.with(|s| history_by_role(&s.history)));
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h1 id="history-heading" tabindex="-1" node_ref=heading>"History"</h1>
            <p class="lead">
                "Every assessment you finish is kept here, in this browser. Open a result to see it again, download it, or compare two attempts at the same role."
            </p>
            {move || {
                groups.with(Vec::is_empty).then(|| view! {
                    <div class="empty-state history-empty">
                        <h2>"No finished assessments yet"</h2>
                        <p>
                            "When you finish an assessment, its result is kept here so you can see it again, download it, or compare it with a later attempt."
                        </p>
                        <button
                            type="button"
                            class="button button-primary"
                            on:click=move |_| state.open(View::Start)
                        >
                            "Choose a role"
                        </button>
                    </div>
                })
            }}
            <ExportImport messages has_history=Signal::derive(move || !groups.with(Vec::is_empty))/>
            <MessageRegions messages/>
            {move || {
                // Re-render once built-in frameworks arrive: scores need them.
                state.frameworks.track();
                groups
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, (framework_id, attempts))| {
                        // Element ids from positions: attempt and role ids come from
                        // imported files and need not be valid ids.
                        let dom_id = format!("history-role-{index}");
                        view! { <RoleGroup dom_id framework_id attempts messages heading/> }
                    })
                    .collect_view()
            }}
        </section>
    }
}

/// The page's live regions; always in the page so that changes are announced.
#[component]
fn MessageRegions(messages: Messages) -> impl IntoView {
    view! {
        <div class="history-messages">
            <div role="status">
                {move || {
                    let text = messages.status.get();
                    (!text.is_empty()).then(|| view! { <p class="message message-success">{text}</p> })
                }}
            </div>
            <div role="alert">
                {move || {
                    let text = messages.alert.get();
                    (!text.is_empty()).then(|| view! { <p class="message message-error">{text}</p> })
                }}
            </div>
        </div>
    }
}

#[component]
fn RoleGroup(
    dom_id: String,
    framework_id: String,
    attempts: Vec<Attempt>,
    messages: Messages,
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app_state();
    let title = attempts
        .first()
        .map_or_else(|| framework_id.clone(), |a| role_title(state, a));
    let heading_id = format!("{dom_id}-heading");
    let labelled_by = heading_id.clone();
    let single = attempts.len() == 1;
    // Every attempt of this role, for the "Compare with" choices.
    let all = attempts.clone();
    view! {
        <section class="history-role" aria-labelledby=labelled_by>
            <h2 id=heading_id>{title.clone()}</h2>
            {single.then(|| view! {
                <p class="history-hint">
                    {format!("This is your only finished {title} assessment. Take it again to compare two attempts area by area.")}
                </p>
            })}
            <ol class="history-list">
                {attempts
                    .into_iter()
                    .enumerate()
                    .map(|(index, attempt)| {
                        let dom_id = format!("{dom_id}-attempt-{index}");
                        let candidates: Vec<(String, String)> = compare_candidates(&all, &attempt.id)
                            .into_iter()
                            .map(|c| (c.id.clone(), completed(c)))
                            .collect();
                        view! { <AttemptCard dom_id attempt candidates messages heading/> }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Format {
    Json,
    Csv,
}

#[component]
fn AttemptCard(
    /// A unique, valid element id for this card.
    dom_id: String,
    attempt: Attempt,
    /// Other attempts at the same role: id and completion date, newest first.
    candidates: Vec<(String, String)>,
    messages: Messages,
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app_state();
    let framework = framework_of(state, &attempt);
    let title = framework
        .as_ref()
        .map_or_else(|| role_title(state, &attempt), |f| f.title.clone());
    let when = completed(&attempt);
    let overall = match &framework {
        None if is_built_in(&attempt.framework_id) => "Loading…".to_string(),
        None => "Cannot be shown: this version of Yardstick does not have this role.".to_string(),
        Some(f) => {
            let score = attempt.score(f);
            match score.overall {
                None => "Not scored: too few answers.".to_string(),
                Some(overall) => {
                    let level = score
                        .overall_level_id
                        .as_deref()
                        .and_then(|id| f.level(id))
                        .map(|l| format!(", {}", l.name))
                        .unwrap_or_default();
                    format!("{} out of 100{level}", whole_score(f, overall))
                }
            }
        }
    };
    let heading_id = format!("{dom_id}-heading");
    let labelled_by = heading_id.clone();
    let confirming = RwSignal::new(false);
    let delete_button = NodeRef::<Button>::new();

    let download = {
        let attempt = attempt.clone();
        let framework = framework.clone();
        move |format: Format| {
            let Some(framework) = framework.as_ref() else {
                return;
            };
            let offset = utc_offset_minutes(attempt.completed_at.unwrap_or(attempt.updated_at));
            let (name, mime, text) = match format {
                Format::Json => (
                    result_file_name(&attempt, offset, "json"),
                    "application/json",
                    export_json(framework, &attempt, now_ms()),
                ),
                Format::Csv => (
                    result_file_name(&attempt, offset, "csv"),
                    "text/csv",
                    export_csv(framework, &attempt),
                ),
            };
            match download_text(&name, mime, &text) {
                Ok(()) => messages.success(format!("Download started: {name}")),
                Err(reason) => messages.error(reason),
            }
        }
    };
    let download_json = download.clone();
    let download_csv = download;

    let open_id = attempt.id.clone();
    let delete_id = attempt.id.clone();
    let delete_label = format!("the {title} attempt of {when}");
    let deleted_message = format!("Deleted {delete_label}.");
    let delete = move |()| {
        state.delete_from_history(&delete_id);
        messages.success(deleted_message.clone());
        // This card is gone; the page heading is the nearest stable place for focus.
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    };
    let cancel = move |()| {
        confirming.set(false);
        if let Some(b) = delete_button.get_untracked() {
            let _ = b.focus();
        }
    };
    let confirm_label = format!("Confirm deleting {delete_label}");
    let confirm_message = format!(
        "Delete {delete_label}? This cannot be undone; download it first if you want to keep a copy."
    );
    let has_framework = framework.is_some();
    let suffix = format!(" of {when}");

    view! {
        <li class="history-item">
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id class="history-item-title">{when.clone()}</h3>
                <dl class="history-facts">
                    <div>
                        <dt>"Role"</dt>
                        <dd>{title.clone()}</dd>
                    </div>
                    <div>
                        <dt>"Questions version"</dt>
                        <dd>{attempt.framework_version.clone()}</dd>
                    </div>
                    <div>
                        <dt>"Overall"</dt>
                        <dd>{overall}</dd>
                    </div>
                </dl>
                <div class="history-actions">
                    {has_framework.then(|| {
                        let suffix_open = suffix.clone();
                        let suffix_json = suffix.clone();
                        let suffix_csv = suffix.clone();
                        view! {
                            <button
                                type="button"
                                class="button button-primary"
                                on:click=move |_| state.view.set(View::Results { attempt_id: open_id.clone() })
                            >
                                "Open results"
                                <span class="visually-hidden">{suffix_open}</span>
                            </button>
                            <button type="button" class="button" on:click=move |_| download_json(Format::Json)>
                                "Download JSON"
                                <span class="visually-hidden">{suffix_json}</span>
                            </button>
                            <button type="button" class="button" on:click=move |_| download_csv(Format::Csv)>
                                "Download CSV"
                                <span class="visually-hidden">{suffix_csv}</span>
                            </button>
                        }
                    })}
                    <button
                        type="button"
                        class="button button-danger"
                        node_ref=delete_button
                        aria-expanded=move || confirming.get().to_string()
                        on:click=move |_| confirming.update(|c| *c = !*c)
                    >
                        "Delete"
                        <span class="visually-hidden">{format!(" {delete_label}")}</span>
                    </button>
                </div>
                <ConfirmPanel
                    open=confirming
                    label=confirm_label
                    message=Signal::stored(confirm_message)
                    confirm="Yes, delete it"
                    cancel="Keep it"
                    on_confirm=Callback::new(delete)
                    on_cancel=Callback::new(cancel)
                />
                {(has_framework && !candidates.is_empty()).then(|| {
                    view! { <CompareWith dom_id=dom_id.clone() attempt_id=attempt.id.clone() when=when.clone() candidates/> }
                })}
            </article>
        </li>
    }
}

/// "Compare with…": a choice of the other attempts at the same role, and a button.
#[component]
fn CompareWith(
    dom_id: String,
    attempt_id: String,
    when: String,
    candidates: Vec<(String, String)>,
) -> impl IntoView {
    let state = use_app_state();
    let chosen = RwSignal::new(
        candidates
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default(),
    );
    let select_id = format!("{dom_id}-compare-with");
    let label_for = select_id.clone();
    view! {
        <div class="history-compare">
            <label for=label_for>"Compare with"</label>
            <select
                id=select_id
                prop:value=move || chosen.get()
                on:change=move |ev| chosen.set(event_target_value(&ev))
            >
                {candidates
                    .into_iter()
                    .map(|(id, date)| view! { <option value=id>{format!("Attempt of {date}")}</option> })
                    .collect_view()}
            </select>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    let second = chosen.get_untracked();
                    if !second.is_empty() {
                        state.open(View::Compare { first: attempt_id.clone(), second });
                    }
                }
            >
                "Compare"
                <span class="visually-hidden">{format!(" the attempt of {when} with the chosen one")}</span>
            </button>
        </div>
    }
}

/// Export the whole history; import a result file.
#[component]
fn ExportImport(messages: Messages, has_history: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    let input = NodeRef::<Input>::new();

    // Built-in frameworks may still be on their way; every result needs its framework.
    let export_all = move |_| {
        let roles: std::collections::BTreeSet<String> = state
            .store
            .with_untracked(|s| s.history.iter().map(|a| a.framework_id.clone()).collect());
        spawn_local(async move {
            for role in roles {
                let _ = state.ensure_framework(role).await;
            }
            let now = now_ms();
            let (results, skipped): (Vec<(Framework, Attempt)>, usize) =
                state.store.with_untracked(|s| {
                    let results: Vec<(Framework, Attempt)> = s
                        .history
                        .iter()
                        .filter_map(|a| Some((framework_of(state, a)?, a.clone())))
                        .collect();
                    let skipped = s.history.len() - results.len();
                    (results, skipped)
                });
            if results.is_empty() {
                messages.error(
                    "There are no results this version of Yardstick can export.".to_string(),
                );
                return;
            }
            let pairs: Vec<(&Framework, &Attempt)> = results.iter().map(|(f, a)| (f, a)).collect();
            let name = history_file_name(now, utc_offset_minutes(now));
            match download_text(&name, "application/json", &export_all_json(&pairs, now)) {
                Ok(()) => {
                    let mut message =
                        format!("Download started: {name}, with {} results.", results.len());
                    if skipped > 0 {
                        message.push_str(&format!(
                        " {skipped} results for roles this version of Yardstick does not have were left out."
                    ));
                    }
                    messages.success(message);
                }
                Err(reason) => messages.error(reason),
            }
        });
    };

    let import = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let picked = read_picked_file(&element).await;
            // Clear the choice so the same file can be picked again.
            element.set_value("");
            let (name, text) = match picked {
                Ok(picked) => picked,
                Err(reason) => {
                    messages.error(format!("{reason} Nothing was imported."));
                    return;
                }
            };
            let imported = match read_import(&text, |id| {
                is_built_in(id) || untrack(|| state.framework_for(id, "")).is_some()
            }) {
                Ok(imported) => imported,
                Err(problem) => {
                    messages.error(format!(
                        "\u{201c}{name}\u{201d} was not imported. {problem} Nothing in your history was changed."
                    ));
                    return;
                }
            };
            let summary: Vec<(String, String)> = imported
                .iter()
                .map(|i| (role_title(state, &i.attempt), completed(&i.attempt)))
                .collect();
            let added = state.import_attempts(imported.into_iter().map(|i| i.attempt).collect());
            let new = added.iter().filter(|a| **a).count();
            let message = match (summary.as_slice(), new) {
                ([(title, when)], 1) => format!("Imported: {title}, completed {when}"),
                ([_], _) => "That result is already in your history".to_string(),
                (all, 0) => format!(
                    "All {} results in that file are already in your history",
                    all.len()
                ),
                (all, n) if n == all.len() => format!("Imported {n} results"),
                (all, n) => format!(
                    "Imported {n} results; the other {} were already in your history",
                    all.len() - n
                ),
            };
            messages.success(message);
        });
    };

    view! {
        <section class="history-tools" aria-labelledby="history-tools-heading">
            <h2 id="history-tools-heading">"Export and import"</h2>
            <Show when=move || has_history.get()>
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
