//! One role's attempts and each attempt's card: open, download, delete (asking first),
//! compare with another attempt at the same role.

use leptos::html::{Button, H1};
use leptos::prelude::*;

use super::Messages;
use crate::components::confirm::ConfirmPanel;
use crate::components::link::Link;
use crate::core::history::{CompareChoice, HistoryCard, RoleGroup};
use crate::state::{use_app_state, ResultFormat, View};

#[component]
pub(super) fn RoleGroupSection(
    dom_id: String,
    group: RoleGroup,
    messages: Messages,
    heading: NodeRef<H1>,
) -> impl IntoView {
    let heading_id = format!("{dom_id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="history-role" aria-labelledby=labelled_by>
            <h2 id=heading_id>{group.title}</h2>
            {group.only_attempt_note.map(|note| view! { <p class="history-hint">{note}</p> })}
            <ol class="history-list">
                {group
                    .cards
                    .into_iter()
                    .enumerate()
                    .map(|(index, card)| {
                        let dom_id = format!("{dom_id}-attempt-{index}");
                        view! { <AttemptCard dom_id card messages heading/> }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn AttemptCard(
    /// A unique, valid element id for this card.
    dom_id: String,
    card: HistoryCard,
    messages: Messages,
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app_state();
    let heading_id = format!("{dom_id}-heading");
    let labelled_by = heading_id.clone();
    let confirming = RwSignal::new(false);
    let delete_button = NodeRef::<Button>::new();
    let attempt = StoredValue::new(card.attempt.clone());

    // The framework is looked up when a download is asked for, not kept in every card.
    let download = move |format: ResultFormat| {
        attempt.with_value(|attempt| {
            let framework =
                untrack(|| state.framework_for(&attempt.framework_id, &attempt.framework_version));
            let Some(framework) = framework else {
                return;
            };
            match state.download_result(&framework, attempt, format) {
                Ok(name) => messages.success(format!("Download started: {name}")),
                Err(reason) => messages.error(reason),
            }
        })
    };

    let attempt_id = card.attempt.id.clone();
    let delete_id = attempt_id.clone();
    let deleted_message = card.deleted_message.clone();
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
    let suffix = format!(" of {}", card.completed);

    view! {
        <li class="history-item">
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id class="history-item-title">{card.completed.clone()}</h3>
                <dl class="history-facts">
                    <div>
                        <dt>"Role"</dt>
                        <dd>{card.role_title}</dd>
                    </div>
                    <div>
                        <dt>"Questions version"</dt>
                        <dd>{card.attempt.framework_version.clone()}</dd>
                    </div>
                    <div>
                        <dt>"Overall"</dt>
                        <dd>{card.overall}</dd>
                    </div>
                </dl>
                <div class="history-actions">
                    {card.can_open.then(|| {
                        let (suffix_open, suffix_json, suffix_csv) =
                            (suffix.clone(), suffix.clone(), suffix.clone());
                        view! {
                            <Link to=View::Results { attempt_id: attempt_id.clone() } class="button button-primary">
                                "Open results"
                                <span class="visually-hidden">{suffix_open}</span>
                            </Link>
                            <button type="button" class="button" on:click=move |_| download(ResultFormat::Json)>
                                "Download JSON"
                                <span class="visually-hidden">{suffix_json}</span>
                            </button>
                            <button type="button" class="button" on:click=move |_| download(ResultFormat::Csv)>
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
                        <span class="visually-hidden">{format!(" {}", card.delete_label)}</span>
                    </button>
                </div>
                <ConfirmPanel
                    open=confirming
                    label=card.confirm_label
                    message=Signal::stored(card.confirm_message)
                    confirm="Yes, delete it"
                    cancel="Keep it"
                    on_confirm=Callback::new(delete)
                    on_cancel=Callback::new(cancel)
                />
                {(!card.compare_with.is_empty()).then(|| view! {
                    <CompareWith
                        dom_id=dom_id.clone()
                        attempt_id=card.attempt.id.clone()
                        when=card.completed.clone()
                        choices=card.compare_with
                    />
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
    choices: Vec<CompareChoice>,
) -> impl IntoView {
    let state = use_app_state();
    let chosen = RwSignal::new(
        choices
            .first()
            .map(|c| c.attempt_id.clone())
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
                {choices
                    .into_iter()
                    .map(|c| view! { <option value=c.attempt_id>{c.label}</option> })
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
