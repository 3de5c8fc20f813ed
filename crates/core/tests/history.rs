//! The history as the history view lists it: grouped by role, newest first, and the
//! attempts each one can be compared with.

mod common;

use yardstick_core::attempt::Attempt;
use yardstick_core::history::{compare_candidates, history_by_role};

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
