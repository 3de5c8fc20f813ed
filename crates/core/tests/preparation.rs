//! A preparation dimension is reported as a checklist with a status, never moves the
//! overall score, and someone who has not started preparing is told so in the headline
//! instead of being given a level.

mod common;

use serde_json::{json, Value};
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::preparation::{preparation, Status};
use yardstick_core::results_markup::results_sections;
use yardstick_core::results_page::{results_report, Overview, ReportOptions, Whose};
use yardstick_core::scoring::score;
use yardstick_core::validate::{load_framework, ProblemKind};

const FIXTURE: &str = include_str!("fixtures/minimal-framework.json");

/// The fixture with a preparation dimension of three statements in front.
fn with_preparation() -> Value {
    let mut v: Value = serde_json::from_str(FIXTURE).unwrap();
    let statement = |id: &str, text: &str| json!({ "id": id, "type": "behaviour", "keyed": "positive", "scale": "accuracy", "text": text });
    v["dimensions"].as_array_mut().unwrap().insert(
        0,
        json!({
            "id": "prep", "kind": "preparation", "name": "Preparation",
            "description": "What you have done to get ready.", "expected_level": "solid",
            "development_actions": [
                { "text": "This week, write two stories in context-action-result form.", "addresses": ["prep-stories"] },
                { "text": "Answer three questions aloud against a two-minute timer.", "addresses": ["prep-aloud"] }
            ],
            "practice_questions": [{ "text": "Tell me about a time you prepared for a hard conversation.",
                "addresses": ["prep-stories"], "strong_answer": "Names the steps taken.",
                "pitfall": "No steps at all.", "follow_up": "What would you do differently?" }],
            "items": [
                statement("prep-stories", "I have written out five stories in context-action-result form."),
                statement("prep-aloud", "I have answered practice questions aloud against a timer."),
                statement("prep-company", "I have read about the company's products and their challenges.")
            ]
        }),
    );
    v
}

fn framework() -> yardstick_core::framework::Framework {
    load_framework(with_preparation().to_string().as_bytes()).expect("valid")
}

fn rated(pairs: &[(&str, u8)]) -> Answers {
    pairs
        .iter()
        .map(|(id, value)| (id.to_string(), Answer::Rating { value: *value }))
        .collect()
}

#[test]
fn the_status_counts_statements_rated_mostly_true_or_higher() {
    let f = framework();
    let p = preparation(&f, &rated(&[("prep-stories", 3), ("prep-aloud", 2)])).unwrap();
    assert_eq!(p.status, Status::NotStarted);
    assert_eq!(p.status_text, "Not yet started");
    // Both open steps' actions are the next steps; the third step has none.
    assert_eq!(p.next.len(), 2);
    let p = preparation(&f, &rated(&[("prep-stories", 4), ("prep-aloud", 2)])).unwrap();
    assert_eq!(p.status, Status::UnderWay { done: 1, of: 3 });
    assert_eq!(p.status_text, "Under way: 1 of 3 done");
    assert_eq!(
        p.next,
        ["Answer three questions aloud against a two-minute timer."]
    );
    let all = rated(&[("prep-stories", 5), ("prep-aloud", 4), ("prep-company", 4)]);
    assert_eq!(preparation(&f, &all).unwrap().status, Status::Done);
    // Nothing answered, or no preparation dimension: nothing to report.
    assert_eq!(preparation(&f, &Answers::new()), None);
    assert_eq!(preparation(&common::fixture(), &all), None);
}

#[test]
fn preparation_never_moves_the_overall_score_and_is_no_area_of_the_report() {
    let f = framework();
    let mut answers = common::extreme_profile(&common::fixture(), true);
    let unprepared = score(&f, &answers);
    answers.extend(rated(&[
        ("prep-stories", 5),
        ("prep-aloud", 5),
        ("prep-company", 5),
    ]));
    let prepared = score(&f, &answers);
    assert_eq!(unprepared.overall, prepared.overall);
    assert!(prepared.overall.is_some());
    let rows = yardstick_core::report::dimension_rows(&f, &prepared);
    assert!(rows.iter().all(|r| r.dimension_id != "prep"), "{rows:?}");
}

#[test]
fn not_yet_started_is_the_headline_and_the_checklist_is_shown() {
    let f = framework();
    let mut attempt = Attempt::new(&f, "a1".into(), 0.0);
    attempt.answers = common::extreme_profile(&common::fixture(), true);
    attempt.answers.extend(rated(&[
        ("prep-stories", 1),
        ("prep-aloud", 2),
        ("prep-company", 1),
    ]));
    attempt.completed_at = Some(1.0);
    let options = ReportOptions {
        whose: Whose::Own,
        hide_scores: false,
    };
    let report = results_report(&f, &attempt, options, &|_| "1 December 2026".into());
    let Overview::Scored { overall, .. } = &report.overview else {
        panic!("{:?}", report.overview);
    };
    assert_eq!(overall.level_name, "Preparation not yet started");
    assert!(
        overall.level_description.contains("Strong"),
        "{}",
        overall.level_description
    );
    let html = results_sections(&report);
    assert!(html.contains("Preparation: Not yet started"), "{html}");
    assert_eq!(html.matches("Not yet: ").count(), 3);
    // Words only: the story starts with it.
    let hidden = ReportOptions {
        whose: Whose::Own,
        hide_scores: true,
    };
    let report = results_report(&f, &attempt, hidden, &|_| String::new());
    let Overview::Story(story) = &report.overview else {
        panic!()
    };
    assert!(
        story[0].starts_with("Preparation: not yet started."),
        "{story:?}"
    );
    // Once a step is done the level is the headline again.
    attempt
        .answers
        .insert("prep-stories".into(), Answer::Rating { value: 4 });
    let report = results_report(&f, &attempt, options, &|_| String::new());
    let Overview::Scored { overall, .. } = &report.overview else {
        panic!()
    };
    assert_eq!(overall.level_name, "Strong");
}

#[test]
fn a_preparation_dimension_has_no_weight_and_only_known_kinds_load() {
    let mut v = with_preparation();
    v["dimensions"][0]["weight"] = json!(0);
    let problems = load_framework(v.to_string().as_bytes()).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "$.dimensions[0].weight");
    let mut v = with_preparation();
    v["dimensions"][0]["kind"] = json!("warm-up");
    let problems = load_framework(v.to_string().as_bytes()).unwrap_err();
    assert_eq!(problems[0].kind, ProblemKind::OutOfRange);
    assert_eq!(problems[0].path, "$.dimensions[0].kind");
    // A capability dimension without a weight is missing one.
    let mut v = with_preparation();
    v["dimensions"][1].as_object_mut().unwrap().remove("weight");
    let problems = load_framework(v.to_string().as_bytes()).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.kind == ProblemKind::MissingField && p.path == "$.dimensions[1].weight"));
}
