//! The history as the history page lists it: grouped by role, newest first, the
//! attempts each one can be compared with, and the cards' words.

mod common;

use yardstick_core::attempt::Attempt;
use yardstick_core::history::{
    compare_candidates, history_by_role, history_groups, FrameworkLookup,
};

use common::{completed_attempt, fixture};

#[test]
fn history_groups_by_role_newest_first() {
    let framework = fixture();
    let mut other = fixture();
    other.id = "other".into();
    let history = vec![
        completed_attempt(&framework, "t1", 1.0, &[]),
        completed_attempt(&other, "o1", 2.0, &[]),
        completed_attempt(&framework, "t2", 3.0, &[]),
        completed_attempt(&other, "o2", 5.0, &[]),
        completed_attempt(&framework, "t3", 4.0, &[]),
    ];
    let groups = history_by_role(&history);
    let shape: Vec<(&str, Vec<&str>)> = groups
        .iter()
        .map(|(id, list)| (id.as_str(), list.iter().map(|a| a.id.as_str()).collect()))
        .collect();
    assert_eq!(
        shape,
        [
            ("other", vec!["o2", "o1"]),
            ("team-lead-lite", vec!["t3", "t2", "t1"])
        ]
    );
    assert!(history_by_role(&[]).is_empty());

    let ids = |list: Vec<&Attempt>| list.into_iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(compare_candidates(&history, "t2")), ["t3", "t1"]);
    assert_eq!(ids(compare_candidates(&history, "o1")), ["o2"]);
    assert!(
        compare_candidates(&history[..2], "t1").is_empty(),
        "only one attempt of the role"
    );
    assert!(compare_candidates(&history, "missing").is_empty());
}

#[test]
fn cards_name_the_role_date_score_and_what_can_be_done() {
    let framework = fixture();
    let mut retired = fixture();
    retired.id = "retired-role".into();
    let mut loading = fixture();
    loading.id = "engineering-manager".into();
    let mut unfinished = completed_attempt(&framework, "open", 9.0, &[]);
    unfinished.completed_at = None;
    let history = vec![
        // Planning at the top, people at the bottom: overall 60, Solid.
        completed_attempt(&framework, "t1", 1.0, &[Some(true), Some(false)]),
        completed_attempt(&framework, "t2", 3.0, &[None, None]),
        completed_attempt(&retired, "r1", 2.0, &[Some(true), Some(true)]),
        completed_attempt(&loading, "e1", 4.0, &[Some(true), Some(true)]),
        unfinished,
    ];
    let lookup = |a: &Attempt| match a.framework_id.as_str() {
        "team-lead-lite" => FrameworkLookup::Ready(Box::new(framework.clone())),
        "engineering-manager" => FrameworkLookup::Loading,
        _ => FrameworkLookup::Missing,
    };
    let title = |id: &str| format!("Role {id}");
    let date = |ms: f64| format!("day {ms}");
    let groups = history_groups(&history, &lookup, &title, &date, false);

    let ids: Vec<&str> = groups.iter().map(|g| g.framework_id.as_str()).collect();
    assert_eq!(
        ids,
        ["engineering-manager", "team-lead-lite", "retired-role"],
        "finished attempts only, the most recent role first"
    );
    let [em, team, retired] = [&groups[0], &groups[1], &groups[2]];

    assert_eq!(team.title, "Role team-lead-lite");
    assert_eq!(team.only_attempt_note, None);
    let [newest, oldest] = [&team.cards[0], &team.cards[1]];
    assert_eq!(newest.attempt.id, "t2");
    assert_eq!(
        newest.role_title, "Team Lead (short)",
        "the framework's own title"
    );
    assert_eq!(newest.completed, "day 3");
    assert_eq!(newest.overall, "Not scored: too few answers.");
    assert_eq!(oldest.overall, "66 out of 100, Solid");
    assert!(newest.can_open);
    assert_eq!(newest.compare_with.len(), 1);
    assert_eq!(newest.compare_with[0].attempt_id, "t1");
    assert_eq!(newest.compare_with[0].label, "Attempt of day 1");
    assert_eq!(
        newest.delete_label,
        "the Team Lead (short) attempt of day 3"
    );
    assert_eq!(
        newest.confirm_label,
        "Confirm deleting the Team Lead (short) attempt of day 3"
    );
    assert_eq!(
        newest.confirm_message,
        "Delete the Team Lead (short) attempt of day 3? This cannot be undone; download it first if you want to keep a copy."
    );
    assert_eq!(
        newest.deleted_message,
        "Deleted the Team Lead (short) attempt of day 3."
    );

    assert_eq!(em.cards[0].overall, "Loading…");
    assert_eq!(em.cards[0].role_title, "Role engineering-manager");
    assert!(!em.cards[0].can_open);
    assert_eq!(
        em.only_attempt_note.as_deref(),
        Some("This is your only finished Role engineering-manager assessment. Take it again to compare two attempts area by area.")
    );
    assert_eq!(
        retired.cards[0].overall,
        "Cannot be shown: this version of Yardstick does not have this role."
    );
    assert!(!retired.cards[0].can_open && retired.cards[0].compare_with.is_empty());
}
