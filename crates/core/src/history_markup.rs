//! The history page's role groups and attempt cards as markup. The history view inserts
//! it in one step and handles every control in it with one click handler on the
//! container: each control names what it does in `data-action` and the attempt it acts
//! on in `data-attempt` (see [`Action`]). A card's delete button opens the confirm step
//! written, hidden, right below it.
//!
//! Everything shown comes from the view-model ([`RoleGroup`]); role titles, versions and
//! attempt ids come from frameworks and imported files and are escaped by [`Html`].
//! Element ids are built from positions, never from attempt ids, which need not be
//! valid ids.

use crate::history::{HistoryCard, RoleGroup};
use crate::html::Html;
use crate::route::View;

/// What a control in the history cards does, as named by its `data-action`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The "Open results" link.
    Open,
    DownloadJson,
    DownloadCsv,
    /// Opens or closes the confirm step.
    Delete,
    /// "Yes, delete it".
    ConfirmDelete,
    /// "Keep it": closes the confirm step.
    Keep,
    /// Compare with the attempt chosen in the card's list.
    Compare,
}

impl Action {
    const ALL: [Action; 7] = [
        Action::Open,
        Action::DownloadJson,
        Action::DownloadCsv,
        Action::Delete,
        Action::ConfirmDelete,
        Action::Keep,
        Action::Compare,
    ];

    /// The value of `data-action`.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Open => "open",
            Action::DownloadJson => "json",
            Action::DownloadCsv => "csv",
            Action::Delete => "delete",
            Action::ConfirmDelete => "confirm-delete",
            Action::Keep => "keep",
            Action::Compare => "compare",
        }
    }

    /// Reads a `data-action` value back.
    pub fn parse(value: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == value)
    }
}

/// Every role group with its cards, in the view-model's order.
pub fn history_cards(groups: &[RoleGroup]) -> String {
    let mut html = Html::new();
    for (index, group) in groups.iter().enumerate() {
        role_group(&mut html, &format!("history-role-{index}"), group);
    }
    html.finish()
}

fn role_group(html: &mut Html, dom_id: &str, group: &RoleGroup) {
    let heading_id = format!("{dom_id}-heading");
    html.open(
        "section",
        &[("class", "history-role"), ("aria-labelledby", &heading_id)],
    )
    .element("h2", &[("id", &heading_id)], &group.title);
    if let Some(note) = &group.only_attempt_note {
        html.element("p", &[("class", "history-hint")], note);
    }
    html.open("ol", &[("class", "history-list")]);
    for (index, card) in group.cards.iter().enumerate() {
        attempt_card(html, &format!("{dom_id}-attempt-{index}"), card);
    }
    html.close("ol").close("section");
}

/// A control's attributes: its action and the attempt it acts on.
fn control<'a>(class: &'a str, action: Action, attempt_id: &'a str) -> [(&'a str, &'a str); 4] {
    [
        ("type", "button"),
        ("class", class),
        ("data-action", action.as_str()),
        ("data-attempt", attempt_id),
    ]
}

/// A label followed by words only a screen reader reads (which attempt it is about).
fn labelled(html: &mut Html, label: &str, hidden_words: &str) {
    html.text(label)
        .element("span", &[("class", "visually-hidden")], hidden_words);
}

fn attempt_card(html: &mut Html, dom_id: &str, card: &HistoryCard) {
    let id = card.attempt.id.as_str();
    let heading_id = format!("{dom_id}-heading");
    html.open("li", &[("class", "history-item")])
        .open("article", &[("aria-labelledby", &heading_id)])
        .element(
            "h3",
            &[("id", &heading_id), ("class", "history-item-title")],
            &card.completed,
        )
        .open("dl", &[("class", "history-facts")]);
    for (term, value) in [
        ("Role", card.role_title.as_str()),
        ("Questions version", card.attempt.framework_version.as_str()),
        ("Overall", card.overall.as_str()),
    ] {
        html.open("div", &[])
            .element("dt", &[], term)
            .element("dd", &[], value)
            .close("div");
    }
    html.close("dl")
        .open("div", &[("class", "history-actions")]);
    if card.can_open {
        let suffix = format!(" of {}", card.completed);
        let href = View::Results {
            attempt_id: id.to_string(),
        }
        .address();
        html.open(
            "a",
            &[
                ("href", &href),
                ("class", "button button-primary"),
                ("data-action", Action::Open.as_str()),
                ("data-attempt", id),
            ],
        );
        labelled(html, "Open results", &suffix);
        html.close("a");
        if card.can_download {
            html.open("button", &control("button", Action::DownloadJson, id));
            labelled(html, "Download JSON", &suffix);
            html.close("button")
                .open("button", &control("button", Action::DownloadCsv, id));
            labelled(html, "Download CSV", &suffix);
            html.close("button");
        }
    }
    let [kind, class, action, attempt] = control("button button-danger", Action::Delete, id);
    html.open(
        "button",
        &[kind, class, ("aria-expanded", "false"), action, attempt],
    );
    labelled(html, "Delete", &format!(" {}", card.delete_label));
    html.close("button").close("div");

    // The confirm step, hidden until the delete button opens it.
    html.open(
        "div",
        &[
            ("class", "confirm"),
            ("role", "group"),
            ("aria-label", &card.confirm_label),
            ("hidden", ""),
        ],
    )
    .element("p", &[], &card.confirm_message)
    .open(
        "button",
        &control("button button-danger", Action::ConfirmDelete, id),
    )
    .text("Yes, delete it")
    .close("button")
    .open("button", &control("button", Action::Keep, id))
    .text("Keep it")
    .close("button")
    .close("div");

    if !card.compare_with.is_empty() {
        let select_id = format!("{dom_id}-compare-with");
        html.open("div", &[("class", "history-compare")])
            .element("label", &[("for", &select_id)], "Compare with")
            .open("select", &[("id", &select_id)]);
        for choice in &card.compare_with {
            html.element("option", &[("value", &choice.attempt_id)], &choice.label);
        }
        html.close("select")
            .open("button", &control("button", Action::Compare, id));
        labelled(
            html,
            "Compare",
            &format!(" the attempt of {} with the chosen one", card.completed),
        );
        html.close("button").close("div");
    }
    html.close("article").close("li");
}
