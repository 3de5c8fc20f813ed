//! Comparing two attempts dimension by dimension: order, changes, levels, different
//! framework versions, refusals.

mod common;

use yardstick_core::compare::{compare, comparison_page, CompareError, Trend, NOT_SCORED_CELL};

use common::{completed_attempt, fixture, fixture_v2};

#[test]
fn compares_dimension_by_dimension_earlier_first() {
    let framework = fixture();
    // Earlier: planning 0, people 100 → overall 40 (Developing).
    let earlier = completed_attempt(&framework, "early", 1_000_000.0, &[Some(false), Some(true)]);
    // Later: both 100 → overall 100 (Strong).
    let later = completed_attempt(&framework, "late", 2_000_000.0, &[Some(true), Some(true)]);
    let forwards = compare((&framework, &earlier), (&framework, &later)).unwrap();
    let backwards = compare((&framework, &later), (&framework, &earlier)).unwrap();
    assert_eq!(forwards, backwards, "argument order does not matter");

    let c = forwards;
    assert_eq!(c.framework_id, "team-lead-lite");
    assert_eq!(c.title, "Team Lead (short)");
    assert_eq!(c.earlier.attempt_id, "early");
    assert_eq!(c.later.attempt_id, "late");
    assert_eq!(c.earlier.completed_at, 1_000_000.0);
    // The top anchored level scores its band's midpoint (90), so "best" is 98 overall.
    assert_eq!(c.earlier.overall, Some(38));
    assert_eq!(c.later.overall, Some(98));
    assert_eq!(c.earlier.overall_level.as_deref(), Some("Developing"));
    assert_eq!(c.later.overall_level.as_deref(), Some("Strong"));
    assert_eq!(c.overall_change, Some(60));
    assert!(!c.versions_differ);
    assert!(c.only_earlier.is_empty() && c.only_later.is_empty());

    let ids: Vec<&str> = c
        .dimensions
        .iter()
        .map(|d| d.dimension_id.as_str())
        .collect();
    assert_eq!(ids, ["planning", "people"]);
    let planning = &c.dimensions[0];
    assert_eq!(planning.name, "Planning");
    assert_eq!(
        (planning.earlier, planning.later, planning.change),
        (Some(0), Some(100), Some(100))
    );
    assert_eq!(planning.earlier_level.as_deref(), Some("Developing"));
    assert_eq!(planning.later_level.as_deref(), Some("Strong"));
    let people = &c.dimensions[1];
    assert_eq!(
        (people.earlier, people.later, people.change),
        (Some(95), Some(95), Some(0))
    );
}

#[test]
fn a_dimension_scored_on_one_side_only_has_no_change() {
    let framework = fixture();
    let earlier = completed_attempt(&framework, "a", 1.0, &[Some(true), None]);
    let later = completed_attempt(&framework, "b", 2.0, &[Some(true), Some(false)]);
    let c = compare((&framework, &earlier), (&framework, &later)).unwrap();
    let people = &c.dimensions[1];
    assert_eq!(
        (people.earlier, people.later, people.change),
        (None, Some(14), None)
    );
    assert_eq!(people.earlier_level, None);
    // Overall is renormalised over scored dimensions: 100, then 66.
    assert_eq!(
        (c.earlier.overall, c.later.overall, c.overall_change),
        (Some(100), Some(66), Some(-34))
    );

    let nothing = completed_attempt(&framework, "c", 3.0, &[None, None]);
    let c = compare((&framework, &later), (&framework, &nothing)).unwrap();
    assert_eq!(
        (
            c.later.overall,
            c.later.overall_level.clone(),
            c.overall_change
        ),
        (None, None, None)
    );
}

#[test]
fn different_versions_compare_only_shared_dimensions() {
    let v1 = fixture();
    let v2 = fixture_v2();
    let earlier = completed_attempt(&v1, "old", 10.0, &[Some(false), Some(true)]);
    let later = completed_attempt(&v2, "new", 20.0, &[Some(true), Some(true)]);
    let c = compare((&v2, &later), (&v1, &earlier)).unwrap();
    assert!(c.versions_differ);
    assert_eq!(c.earlier.framework_version, "1.0.0");
    assert_eq!(c.later.framework_version, "2.0.0");
    let ids: Vec<&str> = c
        .dimensions
        .iter()
        .map(|d| d.dimension_id.as_str())
        .collect();
    assert_eq!(ids, ["planning"]);
    assert_eq!(c.dimensions[0].change, Some(100));
    assert_eq!(c.only_earlier, ["Growing people"]);
    assert_eq!(c.only_later, ["Delivery"]);
}

#[test]
fn version_recorded_on_the_attempts_is_enough_to_flag_a_difference() {
    // Both scored against the same framework (the app falls back to the version it
    // has), but the attempts were made with different versions.
    let framework = fixture();
    let earlier = completed_attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
    let mut later = completed_attempt(&framework, "b", 2.0, &[Some(true), Some(true)]);
    later.framework_version = "0.9.0".into();
    let c = compare((&framework, &earlier), (&framework, &later)).unwrap();
    assert!(c.versions_differ);
    assert_eq!(c.dimensions.len(), 2);
}

#[test]
fn refuses_what_cannot_be_compared() {
    let framework = fixture();
    let a = completed_attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
    let mut other_role = completed_attempt(&framework, "b", 2.0, &[Some(true), Some(true)]);
    other_role.framework_id = "someone-else".into();
    assert_eq!(
        compare((&framework, &a), (&framework, &other_role)),
        Err(CompareError::DifferentRoles)
    );
    let mut other_framework = fixture();
    other_framework.id = "someone-else".into();
    let b = completed_attempt(&framework, "b", 2.0, &[Some(true), Some(true)]);
    assert_eq!(
        compare((&framework, &a), (&other_framework, &b)),
        Err(CompareError::DifferentRoles)
    );
    assert_eq!(
        compare((&framework, &a), (&framework, &a)),
        Err(CompareError::SameAttempt)
    );
    let mut unfinished = b.clone();
    unfinished.completed_at = None;
    assert_eq!(
        compare((&framework, &a), (&framework, &unfinished)),
        Err(CompareError::NotCompleted)
    );
    for e in [
        CompareError::DifferentRoles,
        CompareError::SameAttempt,
        CompareError::NotCompleted,
    ] {
        assert!(e.to_string().ends_with('.'));
    }
}

#[test]
fn the_compare_page_says_what_changed_in_words_and_cells() {
    let framework = fixture();
    // Earlier: planning 0, people 100 (overall 40); later: both 100 (overall 100).
    let earlier = completed_attempt(&framework, "early", 1_000.0, &[Some(false), Some(true)]);
    let later = completed_attempt(&framework, "late", 2_000.0, &[Some(true), Some(true)]);
    let c = compare((&framework, &later), (&framework, &earlier)).unwrap();
    let page = comparison_page(&c, &|ms| format!("day {ms}"));
    assert_eq!(page.title, "Team Lead (short)");
    assert_eq!(
        page.lead,
        "Your attempt of day 1000 next to your attempt of day 2000. Scores are out of 100; a positive change means a higher score in the later attempt."
    );
    assert_eq!(
        page.overall,
        "Overall: 38 in the earlier attempt, 98 in the later one, a change of +60."
    );
    assert_eq!(page.versions_note, None);
    assert_eq!(
        page.caption,
        "Team Lead (short): scores by area, earlier and later"
    );
    assert_eq!(
        (page.earlier_id.as_str(), page.later_id.as_str()),
        ("early", "late")
    );
    assert_eq!(page.open_earlier, "Open the results of day 1000");
    assert_eq!(page.open_later, "Open the results of day 2000");

    let planning = &page.rows[0];
    assert_eq!(planning.name, "Planning");
    assert_eq!(planning.earlier.score.as_deref(), Some("0"));
    assert_eq!(planning.earlier.level.as_deref(), Some("Developing"));
    assert_eq!(planning.later.level.as_deref(), Some("Strong"));
    assert_eq!(planning.change.text.as_deref(), Some("+100"));
    assert_eq!(planning.change.trend, Trend::Up);
    assert_eq!(page.rows[1].change.text.as_deref(), Some("0"));
    assert_eq!(page.rows[1].change.trend, Trend::Same);
    assert_eq!(page.total.name, "Overall");
    assert_eq!(page.total.change.text.as_deref(), Some("+60"));

    // The other way round the change is a fall, with a true minus sign.
    let worse = completed_attempt(&framework, "worse", 3_000.0, &[Some(false), None]);
    let c = compare((&framework, &later), (&framework, &worse)).unwrap();
    let page = comparison_page(&c, &|ms| format!("day {ms}"));
    assert_eq!(page.rows[0].change.text.as_deref(), Some("\u{2212}100"));
    assert_eq!(page.rows[0].change.trend, Trend::Down);
    let people = &page.rows[1];
    assert_eq!(
        people.later.score, None,
        "not scored: the cell says {NOT_SCORED_CELL}"
    );
    assert_eq!(people.later.level, None);
    assert_eq!(
        (people.change.text.as_deref(), people.change.trend),
        (None, Trend::Same)
    );
}

#[test]
fn the_compare_page_explains_different_versions() {
    let v1 = fixture();
    let v2 = fixture_v2();
    let a = completed_attempt(&v1, "a", 1.0, &[Some(true), None]);
    let b = completed_attempt(&v2, "b", 2.0, &[None, None]);
    let c = compare((&v1, &a), (&v2, &b)).unwrap();
    let page = comparison_page(&c, &|ms| format!("day {ms}"));
    assert_eq!(
        page.versions_note.as_deref(),
        Some("These attempts used different versions of the Team Lead (short) questions (1.0.0 and 2.0.0). Only the areas both versions have are compared, and each overall score covers its own version's areas. Only in the earlier version: Growing people. Only in the later version: Delivery.")
    );
    assert_eq!(
        page.overall,
        "The overall change cannot be given: one of the attempts had too few answers to score."
    );
}

/// Both attempts are shown as the current model scores them; when they were first
/// scored under different models (or one before models were recorded), the page says so.
#[test]
fn the_compare_page_notes_attempts_first_scored_under_different_models() {
    let framework = fixture();
    let a = completed_attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
    let mut b = completed_attempt(&framework, "b", 2.0, &[Some(false), Some(true)]);
    let same = comparison_page(
        &compare((&framework, &a), (&framework, &b)).unwrap(),
        &|ms| format!("day {ms}"),
    );
    assert_eq!(same.model_note, None);
    b.scoring_model = None;
    let page = comparison_page(
        &compare((&framework, &a), (&framework, &b)).unwrap(),
        &|ms| format!("day {ms}"),
    );
    assert_eq!(
        page.model_note.as_deref(),
        Some("These attempts were first scored under different scoring models (earlier: 2, later: not recorded). Both are shown as the current model (2) scores their answers, so the change between them compares like with like.")
    );
    assert!(yardstick_core::compare_markup::comparison_body(&page)
        .contains("first scored under different scoring models"));
}
