//! History: every finished attempt, grouped by role, newest first. Open one, download it
//! (JSON or CSV), delete it (asking first), pick another attempt at the same role to
//! compare with; export everything, or import a result file. The cards' words come from
//! `core::history::history_groups`, the messages from `core::transfer`.

mod cards;
mod transfer;

use leptos::prelude::*;

use crate::browser::clock::format_date;
use crate::components::focus::focus_on_arrival;
use crate::core::attempt::Attempt;
use crate::core::builtin::is_built_in;
use crate::core::history::{history_groups, FrameworkLookup};
use crate::core::message_markup::{message, Tone};
use crate::state::{use_app_state, AppState, View};
use cards::HistoryCards;
use transfer::ExportImport;

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

/// The role's title, or its id when this version does not have the role. Read without
/// tracking, from component bodies and event handlers alike.
fn role_title(state: AppState, framework_id: &str) -> String {
    untrack(|| state.role_title(framework_id))
}

/// Where the framework of `attempt` stands: at hand, still being fetched (a built-in
/// role), or not in this version.
fn lookup(state: AppState, attempt: &Attempt) -> FrameworkLookup {
    match state.framework_for(&attempt.framework_id, &attempt.framework_version) {
        Some(framework) => FrameworkLookup::Ready(Box::new(framework)),
        None if is_built_in(&attempt.framework_id) => FrameworkLookup::Loading,
        None => FrameworkLookup::Missing,
    }
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let messages = Messages::new();
    // Tracks the frameworks too: scores appear once built-in frameworks arrive.
    let groups = Memo::new(move |_| {
        let history = state.store().with(|s| s.history.clone());
        history_groups(
            &history,
            &|attempt| lookup(state, attempt),
            &|id| role_title(state, id),
            &format_date,
            state.hide_scores(),
        )
    });
    let has_history = Signal::derive(move || !groups.with(Vec::is_empty));
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h1 id="history-heading" tabindex="-1" node_ref=heading>"History"</h1>
            <p class="lead">
                "Every assessment you finish is kept here, in this browser. Open a result to see it again, download it, or compare two attempts at the same role."
            </p>
            {move || {
                (!has_history.get()).then(|| view! {
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
            <ExportImport messages has_history/>
            <MessageRegions messages/>
            <HistoryCards groups messages heading/>
        </section>
    }
}

/// The page's live regions; always in the page so that changes are announced.
#[component]
fn MessageRegions(messages: Messages) -> impl IntoView {
    view! {
        <div class="history-messages">
            <div role="status" inner_html=move || messages.status.with(|text| message(text, Tone::Success))></div>
            <div role="alert" inner_html=move || messages.alert.with(|text| message(text, Tone::Error))></div>
        </div>
    }
}
