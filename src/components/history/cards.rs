//! The role groups and attempt cards, written by `core::history_markup` and inserted in
//! one step, with one click handler for every control in them: open, download, delete
//! (asking first), compare with another attempt at the same role. Each control names its
//! action and attempt in `data-` attributes.

use leptos::ev::MouseEvent;
use leptos::html::H1;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};

use super::Messages;
use crate::browser::location::is_plain_click;
use crate::core::history::{find_card, RoleGroup};
use crate::core::history_markup::{history_cards, Action};
use crate::state::{use_app_state, ResultFormat, View};

#[component]
pub(super) fn HistoryCards(
    groups: Memo<Vec<RoleGroup>>,
    messages: Messages,
    heading: NodeRef<H1>,
) -> impl IntoView {
    let state = use_app_state();

    // The framework is looked up when a download is asked for, not kept in every card.
    let download = move |attempt_id: &str, format: ResultFormat| {
        let attempt =
            groups.with_untracked(|g| find_card(g, attempt_id).map(|c| c.attempt.clone()));
        let Some(attempt) = attempt else {
            return;
        };
        let framework =
            untrack(|| state.framework_for(&attempt.framework_id, &attempt.framework_version));
        let Some(framework) = framework else {
            return;
        };
        match state.download_result(&framework, &attempt, format) {
            Ok(name) => messages.success(format!("Download started: {name}")),
            Err(reason) => messages.error(reason),
        }
    };

    let delete = move |attempt_id: String| {
        let deleted =
            groups.with_untracked(|g| find_card(g, &attempt_id).map(|c| c.deleted_message.clone()));
        state.delete_from_history(&attempt_id);
        if let Some(message) = deleted {
            messages.success(message);
        }
        // This card is gone; the page heading is the nearest stable place for focus.
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    };

    let on_click = move |event: MouseEvent| {
        let Some(control) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let Some(action) = control
            .get_attribute("data-action")
            .and_then(|value| Action::parse(&value))
        else {
            return;
        };
        let attempt_id = control.get_attribute("data-attempt").unwrap_or_default();
        let card = control.closest("article").ok().flatten();
        match action {
            Action::Open => {
                // A middle click or a modifier key is left to the browser (new tab).
                if is_plain_click(&event) {
                    event.prevent_default();
                    state.open(View::Results { attempt_id });
                }
            }
            Action::DownloadJson => download(&attempt_id, ResultFormat::Json),
            Action::DownloadCsv => download(&attempt_id, ResultFormat::Csv),
            Action::Delete => {
                if let Some(panel) = find(&card, ".confirm") {
                    let now_hidden = panel.toggle_attribute("hidden").unwrap_or(true);
                    let _ = control.set_attribute("aria-expanded", &(!now_hidden).to_string());
                }
            }
            Action::Keep => {
                if let Some(panel) = find(&card, ".confirm") {
                    let _ = panel.set_attribute("hidden", "");
                }
                if let Some(button) = find(&card, "[data-action=delete]") {
                    let _ = button.set_attribute("aria-expanded", "false");
                    if let Some(button) = button.dyn_ref::<HtmlElement>() {
                        let _ = button.focus();
                    }
                }
            }
            Action::ConfirmDelete => delete(attempt_id),
            Action::Compare => {
                let second = find(&card, "select")
                    .and_then(|select| select.dyn_into::<HtmlSelectElement>().ok())
                    .map(|select| select.value())
                    .unwrap_or_default();
                if !second.is_empty() {
                    state.open(View::Compare {
                        first: attempt_id,
                        second,
                    });
                }
            }
        }
    };

    view! {
        <div class="history-cards" on:click=on_click inner_html=move || groups.with(|g| history_cards(g))></div>
    }
}

/// The first element in `card` matching `selector`.
fn find(card: &Option<Element>, selector: &str) -> Option<Element> {
    card.as_ref()?.query_selector(selector).ok().flatten()
}
