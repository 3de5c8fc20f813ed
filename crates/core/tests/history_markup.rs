//! The history cards as markup: a section per role with its heading, a card per
//! attempt with its facts and controls (each naming its action and attempt), the
//! confirm step hidden, the compare choice only with another attempt, ids from
//! positions, well-formed, and role titles and imported ids escaped.

mod common;
mod markup;

use common::{completed_attempt, fixture};
use markup::{assert_unique_ids, parse, Element};
use yardstick_core::attempt::Attempt;
use yardstick_core::history::{self, find_card, history_groups, FrameworkLookup};
use yardstick_core::history_markup::{history_cards, Action};

const HOSTILE: &str = "<img src=x onerror=alert(1)> & \"co\"";

fn cards(history: &[Attempt], title: &str) -> (String, Element) {
    cards_with(history, title, false)
}

fn cards_with(history: &[Attempt], title: &str, hide_scores: bool) -> (String, Element) {
    let mut framework = fixture();
    framework.title = title.into();
    let lookup = |a: &Attempt| match a.framework_id.as_str() {
        "team-lead-lite" => FrameworkLookup::Ready(Box::new(framework.clone())),
        _ => FrameworkLookup::Missing,
    };
    let groups = history_groups(
        history,
        &lookup,
        &|id| format!("Role {id}"),
        &|ms| format!("day {ms}"),
        hide_scores,
    );
    for attempt in history {
        assert_eq!(
            find_card(&groups, &attempt.id).map(|c| c.attempt.id.clone()),
            Some(attempt.id.clone())
        );
    }
    let markup = history_cards(&groups);
    let root = parse(&markup);
    assert_unique_ids(&root);
    (markup, root)
}

fn actions(card: &Element) -> Vec<(String, String)> {
    card.descendants()
        .into_iter()
        .filter_map(|e| {
            Some((
                e.attribute("data-action")?.to_string(),
                e.attribute("data-attempt")?.to_string(),
            ))
        })
        .collect()
}

#[test]
fn a_section_per_role_and_a_card_per_attempt_with_its_controls() {
    let framework = fixture();
    let mut retired = fixture();
    retired.id = "retired-role".into();
    let history = vec![
        completed_attempt(&framework, "t1", 1.0, &[Some(true), Some(false)]),
        completed_attempt(&framework, "t2", 3.0, &[Some(true), Some(true)]),
        completed_attempt(&retired, "r1", 2.0, &[Some(true), Some(true)]),
    ];
    let (_, root) = cards(&history, "Team Lead");
    let sections = root.child_elements();
    assert_eq!(sections.len(), 2);
    assert_eq!(
        sections[0].attribute("aria-labelledby"),
        Some("history-role-0-heading")
    );
    assert_eq!(
        root.by_id("history-role-0-heading").unwrap().text(),
        "Role team-lead-lite"
    );

    let items = sections[0].all_with_class("li", "history-item");
    assert_eq!(items.len(), 2, "newest first");
    let newest = items[0];
    assert_eq!(newest.only("h3", "history-item-title").text(), "day 3");
    let facts: Vec<String> = newest.all("dd").iter().map(|d| d.text()).collect();
    assert_eq!(facts[0], "Team Lead");
    assert_eq!(facts[2], "98 out of 100, Strong");
    let wanted: Vec<(String, String)> = [
        Action::Open,
        Action::DownloadJson,
        Action::DownloadCsv,
        Action::Delete,
        Action::ConfirmDelete,
        Action::Keep,
        Action::Compare,
    ]
    .iter()
    .map(|a| (a.as_str().to_string(), "t2".to_string()))
    .collect();
    assert_eq!(actions(newest), wanted);
    let link = &newest.all("a")[0];
    assert_eq!(link.attribute("href"), Some("#/results/t2"));
    assert_eq!(link.text(), "Open results of day 3");
    let delete = newest.all_with_class("button", "button-danger")[0];
    assert_eq!(delete.attribute("aria-expanded"), Some("false"));
    let confirm = newest.only("div", "confirm");
    assert_eq!(confirm.attribute("role"), Some("group"));
    assert_eq!(
        confirm.attribute("hidden"),
        Some(""),
        "hidden until asked for"
    );
    assert!(confirm.text().contains("This cannot be undone"));
    let select = newest.only("div", "history-compare").all("select")[0];
    let select_id = select.attribute("id").unwrap();
    assert_eq!(select_id, "history-role-0-attempt-0-compare-with");
    assert_eq!(newest.all("label")[0].attribute("for"), Some(select_id));
    let options: Vec<&str> = select
        .all("option")
        .iter()
        .filter_map(|o| o.attribute("value"))
        .collect();
    assert_eq!(options, ["t1"]);

    // A role this version does not have: no open, download or compare, only delete.
    let retired_card = sections[1].all_with_class("li", "history-item")[0];
    let kinds: Vec<String> = actions(retired_card).into_iter().map(|(a, _)| a).collect();
    assert_eq!(kinds, ["delete", "confirm-delete", "keep"]);
    assert!(sections[1]
        .only("p", "history-hint")
        .text()
        .contains("only finished"));
}

#[test]
fn with_scores_hidden_no_card_shows_a_score_or_offers_what_would() {
    let framework = fixture();
    let history = vec![
        completed_attempt(&framework, "t1", 1.0, &[Some(true), Some(false)]),
        completed_attempt(&framework, "t2", 3.0, &[Some(true), Some(true)]),
    ];
    let (shown, _) = cards_with(&history, "Team Lead", false);
    assert!(
        shown.contains("out of 100"),
        "the control case shows scores"
    );
    let (markup, root) = cards_with(&history, "Team Lead", true);
    assert!(!markup.contains("out of 100"), "{markup}");
    assert!(markup.contains(history::SCORES_HIDDEN));
    for level in &framework.levels {
        assert!(!markup.contains(&level.name), "level {} shown", level.name);
    }
    let actions: Vec<String> = actions(&root).into_iter().map(|(a, _)| a).collect();
    assert!(actions.contains(&"open".to_string()), "{actions:?}");
    for hidden in ["json", "csv", "compare"] {
        assert!(
            !actions.contains(&hidden.to_string()),
            "{hidden} offered: {actions:?}"
        );
    }
    assert!(root.all_with_class("div", "history-compare").is_empty());
}

#[test]
fn actions_read_back() {
    for action in [
        Action::Open,
        Action::DownloadJson,
        Action::DownloadCsv,
        Action::Delete,
        Action::ConfirmDelete,
        Action::Keep,
        Action::Compare,
    ] {
        assert_eq!(Action::parse(action.as_str()), Some(action));
    }
    assert_eq!(Action::parse("format-disk"), None);
}

#[test]
fn titles_and_imported_ids_stay_text() {
    let framework = fixture();
    let history = vec![
        completed_attempt(&framework, HOSTILE, 1.0, &[Some(true), Some(true)]),
        completed_attempt(&framework, "plain", 2.0, &[Some(true), Some(true)]),
    ];
    let (markup, root) = cards(&history, HOSTILE);
    assert!(!markup.contains("<img"), "{markup}");
    assert!(root.all("img").is_empty());
    let cards = root.all_with_class("li", "history-item");
    assert_eq!(cards[1].all("dd")[0].text(), HOSTILE);
    assert!(
        actions(cards[1]).iter().all(|(_, id)| id == HOSTILE),
        "the id reads back whole"
    );
    assert!(
        cards[1].by_id("history-role-0-attempt-1-heading").is_some(),
        "ids from positions"
    );
}
