//! The framework validator: every kind of problem is reported with its exact JSON path and
//! a plain sentence, several mistakes are reported in one pass, and no input of any shape
//! makes it panic.
//!
//! Each targeted test starts from the valid fixture, changes one thing and checks that
//! exactly the expected problem comes back.

use std::collections::BTreeSet;

use proptest::prelude::*;
use serde_json::{json, Value};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::framework::{Action, Framework, ItemKind, PracticeQuestion};
use yardstick_core::limits::MAX_FRAMEWORK_BYTES;
use yardstick_core::validate::{load_framework, Problem, ProblemKind};

const FIXTURE: &str = include_str!("fixtures/minimal-framework.json");

// ---------------------------------------------------------------------------------------
// Helpers

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("fixture is JSON")
}

fn load_value(value: &Value) -> Result<Framework, Vec<Problem>> {
    load_framework(serde_json::to_string(value).unwrap().as_bytes())
}

/// The fixture with `change` applied; it must be rejected.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = fixture();
    change(&mut value);
    match load_value(&value) {
        Ok(_) => panic!("the changed fixture was accepted:\n{value:#}"),
        Err(problems) => {
            assert!(!problems.is_empty(), "rejected with an empty problem list");
            problems
        }
    }
}

/// Replaces the value at `pointer`, or adds it when its parent object lacks the key.
fn set(value: &mut Value, pointer: &str, new: Value) {
    if let Some(slot) = value.pointer_mut(pointer) {
        *slot = new;
        return;
    }
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = value.pointer_mut(parent).and_then(Value::as_object_mut);
    parent
        .unwrap_or_else(|| panic!("no object to hold {pointer}"))
        .insert(key.to_string(), new);
}

fn remove(value: &mut Value, pointer: &str, key: &str) {
    let parent = value.pointer_mut(pointer).and_then(Value::as_object_mut);
    parent
        .unwrap_or_else(|| panic!("no object at {pointer}"))
        .remove(key)
        .unwrap_or_else(|| panic!("no {key} at {pointer}"));
}

fn assert_sentence(problem: &Problem) {
    let message = problem.message.trim();
    assert!(
        message.split_whitespace().count() >= 3 && message.ends_with('.'),
        "not a plain sentence: {problem}"
    );
}

/// Asserts the problems are exactly one of `kind` at `path`, worded as a sentence.
fn assert_only(problems: &[Problem], kind: ProblemKind, path: &str) -> Problem {
    assert_eq!(
        problems.len(),
        1,
        "expected only {kind:?} at {path}, got:\n{}",
        list(problems)
    );
    let problem = &problems[0];
    assert_eq!(
        (problem.kind, problem.path.as_str()),
        (kind, path),
        "{problem}"
    );
    assert_sentence(problem);
    problem.clone()
}

fn list(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("{:?} {}", p.kind, p))
        .collect();
    lines.join("\n")
}

/// Names the test covering each kind. A new `ProblemKind` fails to compile here until it
/// is given a test.
#[allow(dead_code)]
fn covered_by(kind: ProblemKind) -> &'static str {
    match kind {
        ProblemKind::TooLarge => "file_over_the_size_limit",
        ProblemKind::NotUtf8 => "bytes_that_are_not_utf8",
        ProblemKind::MalformedJson => "malformed_json_gives_line_and_column",
        ProblemKind::UnknownField => "unknown_field_at_top_level / _nested",
        ProblemKind::MissingField => "missing_field",
        ProblemKind::WrongType => "wrong_type",
        ProblemKind::UnsupportedFormatVersion => "unsupported_format_version_is_the_only_problem",
        ProblemKind::InvalidId => "invalid_id",
        ProblemKind::DuplicateId => "duplicate_*_id",
        ProblemKind::EmptyText => "empty_text",
        ProblemKind::TextTooLong => "over_long_text",
        ProblemKind::OutOfRange => "out_of_range_* / unknown_item_type",
        ProblemKind::WrongCount => "wrong_count_*",
        ProblemKind::WeightsDoNotSumTo100 => "weights_not_summing_to_100",
        ProblemKind::LevelsOutOfOrder => "levels_out_of_order / first_level_not_at_0",
        ProblemKind::UnknownReference => "unknown_expected_level / reverse_of_*",
        ProblemKind::NoItems => "dimension_with_no_items",
        ProblemKind::TooFewScoredItems => "too_few_scored_items_for_min_scored_items",
        ProblemKind::ScenarioKeyOutOfRange => "scenario_key_out_of_range",
        ProblemKind::ScenarioKeyFlat => "flat_scenario_key",
        ProblemKind::ScaleMismatch => "mirrored_pair_on_different_scales",
    }
}

// ---------------------------------------------------------------------------------------
// Valid input

#[test]
fn the_fixture_loads() {
    let framework = load_framework(FIXTURE.as_bytes()).unwrap_or_else(|p| panic!("{}", list(&p)));
    assert_eq!(framework.id, "team-lead-lite");
    assert_eq!(framework.dimensions.len(), 2);
    assert_eq!(framework.items().count(), 6);
    assert_eq!(framework.scored_item_count(), 5);
}

#[test]
fn every_built_in_loads() {
    for (name, json) in BUILT_IN_SOURCES {
        if let Err(problems) = load_framework(json.as_bytes()) {
            panic!("{name}:\n{}", list(&problems));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Bytes and syntax

#[test]
fn malformed_json_gives_line_and_column() {
    let text = "{\n  \"format_version\": 1,\n  \"id\": \n}";
    let problems = load_framework(text.as_bytes()).unwrap_err();
    let problem = assert_only(&problems, ProblemKind::MalformedJson, "$");
    assert!(problem.message.contains("line 4, column 1"), "{problem}");
}

#[test]
fn file_over_the_size_limit() {
    // Padding with whitespace keeps the JSON valid, so only the size is wrong.
    let mut at_limit = FIXTURE.trim_end().to_string();
    at_limit.push_str(&" ".repeat(MAX_FRAMEWORK_BYTES - at_limit.len()));
    assert_eq!(at_limit.len(), MAX_FRAMEWORK_BYTES);
    assert!(
        load_framework(at_limit.as_bytes()).is_ok(),
        "a file of exactly the limit loads"
    );

    let over = format!("{at_limit} ");
    let problems = load_framework(over.as_bytes()).unwrap_err();
    let problem = assert_only(&problems, ProblemKind::TooLarge, "$");
    assert!(problem.message.contains("256 KiB"), "{problem}");
}

#[test]
fn bytes_that_are_not_utf8() {
    let mut bytes = FIXTURE.as_bytes().to_vec();
    let at = FIXTURE.find("Team Lead").unwrap();
    bytes.insert(at, 0xFF);
    let problems = load_framework(&bytes).unwrap_err();
    let problem = assert_only(&problems, ProblemKind::NotUtf8, "$");
    assert!(
        problem.message.contains(&format!("offset {at}")),
        "{problem}"
    );
}

// ---------------------------------------------------------------------------------------
// Fields

#[test]
fn unknown_field_at_top_level() {
    let problems = problems_after(|v| set(v, "/titel", json!("Team Lead")));
    let problem = assert_only(&problems, ProblemKind::UnknownField, "$.titel");
    assert!(
        problem.message.contains("\"titel\"") && problem.message.contains("title"),
        "{problem}"
    );
}

#[test]
fn unknown_field_nested() {
    let problems = problems_after(|v| {
        set(v, "/dimensions/0/items/2/responses/1/grade", json!(4));
    });
    let problem = assert_only(
        &problems,
        ProblemKind::UnknownField,
        "$.dimensions[0].items[2].responses[1].grade",
    );
    assert!(problem.message.contains("effectiveness"), "{problem}");

    let problems = problems_after(|v| set(v, "/dimensions/1/items/2/hint", json!("x")));
    assert_only(
        &problems,
        ProblemKind::UnknownField,
        "$.dimensions[1].items[2].hint",
    );
}

#[test]
fn missing_field() {
    let problems = problems_after(|v| remove(v, "/dimensions/1/items/2", "max_chars"));
    assert_only(
        &problems,
        ProblemKind::MissingField,
        "$.dimensions[1].items[2].max_chars",
    );

    let problems = problems_after(|v| remove(v, "", "summary"));
    assert_only(&problems, ProblemKind::MissingField, "$.summary");
}

#[test]
fn wrong_type() {
    let problems = problems_after(|v| set(v, "/estimated_minutes", json!("2")));
    assert_only(&problems, ProblemKind::WrongType, "$.estimated_minutes");

    let problems = problems_after(|v| set(v, "/scales", json!([])));
    assert_only(&problems, ProblemKind::WrongType, "$.scales");

    let problems = problems_after(|v| set(v, "/dimensions/0/items/0", json!("an item")));
    assert_only(
        &problems,
        ProblemKind::WrongType,
        "$.dimensions[0].items[0]",
    );

    let problems = problems_after(|v| {
        set(
            v,
            "/dimensions/0/items/2/responses/1/effectiveness",
            json!("4"),
        )
    });
    assert_only(
        &problems,
        ProblemKind::WrongType,
        "$.dimensions[0].items[2].responses[1].effectiveness",
    );
}

#[test]
fn unsupported_format_version_is_the_only_problem() {
    let problems = problems_after(|v| {
        set(v, "/format_version", json!(3));
        // Changes a later format might make: none of them may be reported.
        set(v, "/title", json!(""));
        remove(v, "/dimensions/0", "weight");
        set(v, "/dimensions/1/items/0/type", json!("ranking"));
    });
    let problem = assert_only(
        &problems,
        ProblemKind::UnsupportedFormatVersion,
        "$.format_version",
    );
    assert!(
        problem
            .message
            .contains("format_version 3 is not supported")
            && problem.message.contains("format_version 1 to 2"),
        "{problem}"
    );
}

/// The validator's own comment says a file for another format version "is judged by that
/// alone: its other fields may legitimately differ from ours", but unknown top-level
/// fields are reported before the version is looked at.
#[test]
fn unsupported_format_version_ignores_fields_of_the_newer_format() {
    let problems = problems_after(|v| {
        set(v, "/format_version", json!(3));
        set(v, "/locale", json!("en"));
    });
    assert_only(
        &problems,
        ProblemKind::UnsupportedFormatVersion,
        "$.format_version",
    );
}

#[test]
fn invalid_id() {
    let problems = problems_after(|v| set(v, "/id", json!("Team Lead")));
    let problem = assert_only(&problems, ProblemKind::InvalidId, "$.id");
    assert!(problem.message.contains("\"Team Lead\""), "{problem}");

    let problems = problems_after(|v| set(v, "/dimensions/1/items/1/id", json!("people_praise")));
    assert_only(
        &problems,
        ProblemKind::InvalidId,
        "$.dimensions[1].items[1].id",
    );
}

/// Ids are compared and stored by exact text, so whitespace around one must not pass:
/// the doc allows only `a-z 0-9 -`, and the trimmed id would silently duplicate another.
#[test]
fn id_with_surrounding_whitespace_is_invalid() {
    let problems = problems_after(|v| set(v, "/dimensions/1/items/1/id", json!(" plan-risks ")));
    assert_only(
        &problems,
        ProblemKind::InvalidId,
        "$.dimensions[1].items[1].id",
    );
}

#[test]
fn duplicate_dimension_id() {
    let problems = problems_after(|v| set(v, "/dimensions/1/id", json!("planning")));
    let problem = assert_only(&problems, ProblemKind::DuplicateId, "$.dimensions[1].id");
    assert!(problem.message.contains("$.dimensions[0]"), "{problem}");
}

#[test]
fn duplicate_item_id_across_dimensions() {
    let problems = problems_after(|v| set(v, "/dimensions/1/items/1/id", json!("plan-risks")));
    let problem = assert_only(
        &problems,
        ProblemKind::DuplicateId,
        "$.dimensions[1].items[1].id",
    );
    assert!(
        problem.message.contains("$.dimensions[0].items[0]"),
        "{problem}"
    );
}

#[test]
fn duplicate_level_id() {
    let problems = problems_after(|v| set(v, "/levels/2/id", json!("solid")));
    assert_only(&problems, ProblemKind::DuplicateId, "$.levels[2].id");
}

#[test]
fn empty_text() {
    let problems = problems_after(|v| {
        set(
            v,
            "/dimensions/0/development_actions/0/text",
            json!("  \n "),
        )
    });
    assert_only(
        &problems,
        ProblemKind::EmptyText,
        "$.dimensions[0].development_actions[0].text",
    );

    let problems = problems_after(|v| set(v, "/title", json!("")));
    assert_only(&problems, ProblemKind::EmptyText, "$.title");
}

#[test]
fn over_long_text() {
    // Limits count characters, not bytes: 80 two-byte characters fit a title.
    let mut value = fixture();
    set(&mut value, "/title", json!("é".repeat(80)));
    assert!(load_value(&value).is_ok());

    let problems = problems_after(|v| set(v, "/title", json!("é".repeat(81))));
    let problem = assert_only(&problems, ProblemKind::TextTooLong, "$.title");
    assert!(
        problem.message.contains("81") && problem.message.contains("80"),
        "{problem}"
    );

    let problems =
        problems_after(|v| set(v, "/dimensions/0/items/2/situation", json!("x".repeat(601))));
    assert_only(
        &problems,
        ProblemKind::TextTooLong,
        "$.dimensions[0].items[2].situation",
    );
}

#[test]
fn out_of_range_estimated_minutes() {
    let problems = problems_after(|v| set(v, "/estimated_minutes", json!(0)));
    assert_only(&problems, ProblemKind::OutOfRange, "$.estimated_minutes");
    let problems = problems_after(|v| set(v, "/estimated_minutes", json!(121)));
    assert_only(&problems, ProblemKind::OutOfRange, "$.estimated_minutes");
}

#[test]
fn out_of_range_weight_zero() {
    // The other dimension takes the whole 100, so only the zero is wrong.
    let problems = problems_after(|v| {
        set(v, "/dimensions/0/weight", json!(0));
        set(v, "/dimensions/1/weight", json!(100));
    });
    assert_only(&problems, ProblemKind::OutOfRange, "$.dimensions[0].weight");
}

#[test]
fn out_of_range_max_chars_and_scoring_weights() {
    let problems = problems_after(|v| set(v, "/dimensions/1/items/2/max_chars", json!(49)));
    assert_only(
        &problems,
        ProblemKind::OutOfRange,
        "$.dimensions[1].items[2].max_chars",
    );

    let problems = problems_after(|v| {
        set(v, "/scoring/self_weight", json!(0));
        set(v, "/scoring/judgement_weight", json!(0));
    });
    assert_only(&problems, ProblemKind::OutOfRange, "$.scoring.self_weight");
}

#[test]
fn wrong_count_of_rating_labels() {
    let problems = problems_after(|v| {
        set(
            v,
            "/scales/ratings/1/labels",
            json!(["Never", "Sometimes", "Always"]),
        )
    });
    let problem = assert_only(
        &problems,
        ProblemKind::WrongCount,
        "$.scales.ratings[1].labels",
    );
    assert!(problem.message.contains("exactly 5"), "{problem}");
    let problems = problems_after(|v| set(v, "/scales/ratings", json!([])));
    assert_only(&problems, ProblemKind::WrongCount, "$.scales.ratings");
}

// ---------------------------------------------------------------------------------------
// Rating scales (format 2) and the migration of format 1

/// The v1 fixture is the v2 fixture before scales had names: it loads into the same
/// model, with its one scale as `frequency` and every statement rated on it.
#[test]
fn a_format_1_file_loads_with_its_one_scale_as_frequency() {
    let v1 = load_framework(include_bytes!("fixtures/minimal-framework-v1.json")).unwrap();
    let v2 = load_framework(FIXTURE.as_bytes()).unwrap();
    assert_eq!(v1.format_version, 2, "migrated to the current model");
    assert_eq!(v1.scales.ratings.len(), 1);
    assert_eq!(v1.scales.ratings[0].id, "frequency");
    assert_eq!(v1.scales.ratings[0].labels, v2.scales.ratings[0].labels);
    for (_, item) in v1.items() {
        if let ItemKind::Behaviour { scale, .. } = &item.kind {
            assert_eq!(scale, "frequency", "{}", item.id);
        }
    }
    // Apart from what format 1 cannot say (a second scale, advice linked to items,
    // notes on practice questions, rationales) and the v2 fixture's second Planning
    // action, nothing differs.
    let mut moved = v2.clone();
    moved.estimated_minutes = v1.estimated_minutes; // required in format 1, optional now
    moved.scales.ratings.truncate(1);
    moved.dimensions[0].development_actions.truncate(1);
    for dimension in &mut moved.dimensions {
        for action in &mut dimension.development_actions {
            *action = Action::plain(action.text.clone());
        }
        for question in &mut dimension.practice_questions {
            *question = PracticeQuestion::plain(question.text.clone());
        }
        for item in &mut dimension.items {
            if let ItemKind::Scenario { responses, .. } = &mut item.kind {
                for response in responses.iter_mut() {
                    response.rationale = None;
                }
            }
        }
        for item in &mut dimension.items {
            if let ItemKind::Behaviour { scale, .. } = &mut item.kind {
                *scale = "frequency".into();
            }
        }
    }
    assert_eq!(v1, moved);
}

#[test]
fn a_format_1_file_may_not_use_the_fields_of_format_2() {
    let v1: Value =
        serde_json::from_str(include_str!("fixtures/minimal-framework-v1.json")).unwrap();
    let mut with_scale = v1.clone();
    set(
        &mut with_scale,
        "/dimensions/0/items/0/scale",
        json!("frequency"),
    );
    let problems = load_value(&with_scale).unwrap_err();
    assert_only(
        &problems,
        ProblemKind::UnknownField,
        "$.dimensions[0].items[0].scale",
    );
    let mut with_ratings = v1;
    set(&mut with_ratings, "/scales/ratings", json!([]));
    let problems = load_value(&with_ratings).unwrap_err();
    assert_only(&problems, ProblemKind::UnknownField, "$.scales.ratings");
}

#[test]
fn a_format_2_file_may_not_use_the_single_frequency_list() {
    let problems = problems_after(|v| {
        set(v, "/scales/frequency", json!(["1", "2", "3", "4", "5"]));
    });
    assert_only(&problems, ProblemKind::UnknownField, "$.scales.frequency");
}

#[test]
fn a_statement_on_an_undeclared_scale_is_an_unknown_reference() {
    let problems = problems_after(|v| set(v, "/dimensions/1/items/1/scale", json!("agreement")));
    let problem = assert_only(
        &problems,
        ProblemKind::UnknownReference,
        "$.dimensions[1].items[1].scale",
    );
    assert!(
        problem.message.contains("\"agreement\"")
            && problem.message.contains("(frequency, accuracy)"),
        "{problem}"
    );
}

/// A statement that names no scale uses `frequency`; without such a scale that is a
/// mistake, reported at the statement (the field it lacks is not there to point at).
#[test]
fn a_statement_without_a_scale_needs_a_frequency_scale() {
    let problems = problems_after(|v| set(v, "/scales/ratings/0/id", json!("often")));
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["$.dimensions[0].items[0]", "$.dimensions[0].items[1]"],
        "{}",
        list(&problems)
    );
    for problem in &problems {
        assert_eq!(problem.kind, ProblemKind::UnknownReference);
        assert!(
            problem
                .message
                .contains("names no scale, so it is rated on \"frequency\""),
            "{problem}"
        );
    }
}

#[test]
fn duplicate_rating_scale_id() {
    let problems = problems_after(|v| set(v, "/scales/ratings/1/id", json!("frequency")));
    assert!(
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::DuplicateId && p.path.starts_with("$.scales.ratings")),
        "{}",
        list(&problems)
    );
}

#[test]
fn advice_that_addresses_an_item_outside_its_dimension_or_an_example() {
    // people-story is an evidence prompt; plan-risks belongs to Planning.
    let problems = problems_after(|v| {
        set(
            v,
            "/dimensions/1/development_actions/0/addresses",
            json!(["people-praise", "plan-risks"]),
        );
        set(
            v,
            "/dimensions/1/practice_questions/0/addresses",
            json!(["people-story"]),
        );
    });
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.dimensions[1].development_actions[0].addresses[1]",
            "$.dimensions[1].practice_questions[0].addresses[0]"
        ],
        "{}",
        list(&problems)
    );
    assert!(problems
        .iter()
        .all(|p| p.kind == ProblemKind::UnknownReference));
    assert!(problems[0]
        .message
        .contains("\"plan-risks\" is not a scored item"));
}

#[test]
fn advice_objects_are_closed_and_need_their_text() {
    let problems = problems_after(|v| {
        set(v, "/dimensions/0/practice_questions/0/hint", json!("x"));
        remove(v, "/dimensions/0/development_actions/1", "text");
        set(v, "/dimensions/0/items/2/responses/0/rationale", json!(""));
    });
    let found: Vec<(ProblemKind, &str)> =
        problems.iter().map(|p| (p.kind, p.path.as_str())).collect();
    assert_eq!(
        found,
        [
            (
                ProblemKind::MissingField,
                "$.dimensions[0].development_actions[1].text"
            ),
            (
                ProblemKind::UnknownField,
                "$.dimensions[0].practice_questions[0].hint"
            ),
            (
                ProblemKind::EmptyText,
                "$.dimensions[0].items[2].responses[0].rationale"
            ),
        ],
        "{}",
        list(&problems)
    );
}

#[test]
fn mirrored_pair_on_different_scales() {
    let problems = problems_after(|v| set(v, "/dimensions/0/items/1/scale", json!("accuracy")));
    let problem = assert_only(
        &problems,
        ProblemKind::ScaleMismatch,
        "$.dimensions[0].items[1].scale",
    );
    assert!(problem.message.contains("\"plan-risks\""), "{problem}");
}

#[test]
fn wrong_count_of_scenario_responses() {
    let problems = problems_after(|v| {
        let responses = v.pointer_mut("/dimensions/0/items/2/responses").unwrap();
        let extra = json!({ "text": "Do nothing.", "effectiveness": 1 });
        responses.as_array_mut().unwrap().push(extra);
    });
    assert_only(
        &problems,
        ProblemKind::WrongCount,
        "$.dimensions[0].items[2].responses",
    );
}

#[test]
fn weights_not_summing_to_100() {
    let problems = problems_after(|v| set(v, "/dimensions/0/weight", json!(50)));
    let problem = assert_only(&problems, ProblemKind::WeightsDoNotSumTo100, "$.dimensions");
    assert!(problem.message.contains("90"), "{problem}");
}

#[test]
fn levels_out_of_order() {
    let problems = problems_after(|v| set(v, "/levels/2/min_score", json!(55)));
    assert_only(
        &problems,
        ProblemKind::LevelsOutOfOrder,
        "$.levels[2].min_score",
    );
}

#[test]
fn first_level_not_at_0() {
    let problems = problems_after(|v| set(v, "/levels/0/min_score", json!(5)));
    assert_only(
        &problems,
        ProblemKind::LevelsOutOfOrder,
        "$.levels[0].min_score",
    );
}

#[test]
fn unknown_expected_level() {
    let problems = problems_after(|v| set(v, "/dimensions/1/expected_level", json!("expert")));
    let problem = assert_only(
        &problems,
        ProblemKind::UnknownReference,
        "$.dimensions[1].expected_level",
    );
    assert!(
        problem.message.contains("developing, solid, strong"),
        "{problem}"
    );
}

#[test]
fn reverse_of_a_missing_item() {
    let problems =
        problems_after(|v| set(v, "/dimensions/0/items/1/reverse_of", json!("plan-nothing")));
    assert_only(
        &problems,
        ProblemKind::UnknownReference,
        "$.dimensions[0].items[1].reverse_of",
    );
}

#[test]
fn reverse_of_an_item_in_another_dimension() {
    // people-praise is a positive behaviour item, but not in this dimension.
    let problems = problems_after(|v| {
        set(
            v,
            "/dimensions/0/items/1/reverse_of",
            json!("people-praise"),
        )
    });
    assert_only(
        &problems,
        ProblemKind::UnknownReference,
        "$.dimensions[0].items[1].reverse_of",
    );
}

#[test]
fn reverse_of_a_negatively_keyed_item() {
    let problems = problems_after(|v| set(v, "/dimensions/0/items/0/keyed", json!("negative")));
    assert_only(
        &problems,
        ProblemKind::UnknownReference,
        "$.dimensions[0].items[1].reverse_of",
    );
}

#[test]
fn reverse_of_on_a_positive_item() {
    let problems = problems_after(|v| {
        set(
            v,
            "/dimensions/0/items/0/reverse_of",
            json!("plan-surprise"),
        )
    });
    assert_only(
        &problems,
        ProblemKind::UnknownReference,
        "$.dimensions[0].items[0].reverse_of",
    );
}

#[test]
fn dimension_with_no_items() {
    let problems = problems_after(|v| set(v, "/dimensions/1/items", json!([])));
    assert_only(&problems, ProblemKind::NoItems, "$.dimensions[1].items");
}

#[test]
fn judgement_per_scenario_is_optional_and_at_most_20() {
    // Left out, each scenario weighs the default 20% of its dimension.
    let framework = load_value(&fixture()).unwrap();
    assert_eq!(framework.scoring.judgement_per_scenario, 20.0);
    let mut value = fixture();
    set(&mut value, "/scoring/judgement_per_scenario", json!(12.5));
    assert_eq!(
        load_value(&value).unwrap().scoring.judgement_per_scenario,
        12.5
    );
    // Above 20 one scenario could move its dimension by more than 20 points; 0 would
    // leave scenarios out of the score without saying so.
    for refused in [json!(0), json!(20.5), json!(-1)] {
        let problems =
            problems_after(|v| set(v, "/scoring/judgement_per_scenario", refused.clone()));
        assert_only(
            &problems,
            ProblemKind::OutOfRange,
            "$.scoring.judgement_per_scenario",
        );
    }
    let problems = problems_after(|v| set(v, "/scoring/judgement_per_scenario", json!("20")));
    assert_only(
        &problems,
        ProblemKind::WrongType,
        "$.scoring.judgement_per_scenario",
    );
}

#[test]
fn too_few_scored_items_for_min_scored_items() {
    // planning has 3 scored items; people has 2 (its evidence prompt is not scored).
    let problems = problems_after(|v| set(v, "/scoring/min_scored_items", json!(3)));
    let problem = assert_only(
        &problems,
        ProblemKind::TooFewScoredItems,
        "$.dimensions[1].items",
    );
    assert!(
        problem.message.contains('2') && problem.message.contains('3'),
        "{problem}"
    );
}

#[test]
fn scenario_key_out_of_range() {
    for grade in [0, 5] {
        let problems = problems_after(|v| {
            set(
                v,
                "/dimensions/0/items/2/responses/1/effectiveness",
                json!(grade),
            );
        });
        assert_only(
            &problems,
            ProblemKind::ScenarioKeyOutOfRange,
            "$.dimensions[0].items[2].responses[1].effectiveness",
        );
    }
}

#[test]
fn flat_scenario_key() {
    let problems = problems_after(|v| {
        for i in 0..4 {
            set(
                v,
                &format!("/dimensions/0/items/2/responses/{i}/effectiveness"),
                json!(2),
            );
        }
    });
    assert_only(
        &problems,
        ProblemKind::ScenarioKeyFlat,
        "$.dimensions[0].items[2].responses",
    );
}

#[test]
fn unknown_item_type() {
    let problems = problems_after(|v| set(v, "/dimensions/1/items/0/type", json!("quiz")));
    let problem = assert_only(
        &problems,
        ProblemKind::OutOfRange,
        "$.dimensions[1].items[0].type",
    );
    assert!(
        problem.message.contains("\"quiz\"") && problem.message.contains("scenario"),
        "{problem}"
    );
}

// ---------------------------------------------------------------------------------------
// Everything at once

#[test]
fn several_independent_mistakes_are_all_reported_in_one_call() {
    let problems = problems_after(|v| {
        set(v, "/title", json!(""));
        set(v, "/colour", json!("blue"));
        set(v, "/scales/anchored", json!(["Low", "Middle", "High"]));
        set(v, "/levels/0/min_score", json!(5));
        set(v, "/scoring/self_weight", json!(-1));
        set(v, "/dimensions/0/weight", json!(70));
        set(
            v,
            "/dimensions/0/items/2/responses/3/effectiveness",
            json!(9),
        );
        set(v, "/dimensions/1/items/0/id", json!("plan-risks"));
        set(v, "/dimensions/1/items/2/max_chars", json!(10));
        set(
            v,
            "/dimensions/1/practice_questions",
            json!("Tell me about it."),
        );
    });
    let found: BTreeSet<(String, String)> = problems
        .iter()
        .map(|p| (format!("{:?}", p.kind), p.path.clone()))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("EmptyText", "$.title"),
        ("UnknownField", "$.colour"),
        ("WrongCount", "$.scales.anchored"),
        ("LevelsOutOfOrder", "$.levels[0].min_score"),
        ("OutOfRange", "$.scoring.self_weight"),
        ("WeightsDoNotSumTo100", "$.dimensions"),
        (
            "ScenarioKeyOutOfRange",
            "$.dimensions[0].items[2].responses[3].effectiveness",
        ),
        ("DuplicateId", "$.dimensions[1].items[0].id"),
        ("OutOfRange", "$.dimensions[1].items[2].max_chars"),
        ("WrongType", "$.dimensions[1].practice_questions"),
    ]
    .iter()
    .map(|(k, p)| (k.to_string(), p.to_string()))
    .collect();
    assert_eq!(found, expected, "\n{}", list(&problems));
    assert_eq!(
        problems.len(),
        expected.len(),
        "a problem was reported twice:\n{}",
        list(&problems)
    );
    problems.iter().for_each(assert_sentence);
}

// ---------------------------------------------------------------------------------------
// Never panics

/// Follows a validator path such as `$.dimensions[0].items[2].id` into `value`.
fn resolve<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    let mut rest = path.strip_prefix('$')?;
    let mut at = value;
    while !rest.is_empty() {
        if let Some(tail) = rest.strip_prefix('[') {
            let end = tail.find(']')?;
            at = at.get(tail[..end].parse::<usize>().ok()?)?;
            rest = &tail[end + 1..];
        } else {
            let tail = rest.strip_prefix('.')?;
            let end = tail.find(['.', '[']).unwrap_or(tail.len());
            at = at.get(&tail[..end])?;
            rest = &tail[end..];
        }
    }
    Some(at)
}

/// Either the document loads, or every problem has a sentence and a path into it (or,
/// for a missing field, into the object that lacks it).
fn check_outcome(
    doc: &Value,
    result: &Result<Framework, Vec<Problem>>,
) -> Result<(), TestCaseError> {
    let Err(problems) = result else { return Ok(()) };
    prop_assert!(!problems.is_empty());
    for p in problems {
        prop_assert!(p.path.starts_with('$'), "{}", p);
        prop_assert!(!p.message.trim().is_empty(), "{}", p);
        if p.kind == ProblemKind::MissingField {
            let (parent, key) = p.path.rsplit_once('.').unwrap();
            let parent = resolve(doc, parent);
            prop_assert!(
                parent.is_some_and(|o| o.is_object() && o.get(key).is_none()),
                "{}",
                p
            );
        } else {
            prop_assert!(
                resolve(doc, &p.path).is_some(),
                "path not in the document: {}",
                p
            );
        }
    }
    Ok(())
}

const KEYS: &[&str] = &[
    "format_version",
    "id",
    "version",
    "title",
    "summary",
    "estimated_minutes",
    "scales",
    "ratings",
    "labels",
    "scale",
    "frequency",
    "anchored",
    "levels",
    "name",
    "min_score",
    "description",
    "scoring",
    "self_weight",
    "judgement_weight",
    "min_scored_items",
    "dimensions",
    "weight",
    "expected_level",
    "development_actions",
    "practice_questions",
    "items",
    "type",
    "text",
    "keyed",
    "reverse_of",
    "prompt",
    "anchors",
    "situation",
    "responses",
    "effectiveness",
    "max_chars",
    "addresses",
    "strong_answer",
    "pitfall",
    "follow_up",
    "rationale",
];

fn arb_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(KEYS).prop_map(str::to_string),
        1 => "[a-z_]{1,8}",
    ]
}

fn arb_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        // The format's limits and their neighbours.
        prop::sample::select(vec![
            -1i64, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 32, 33, 39, 40, 41, 49, 50, 64, 65, 80,
            81, 99, 100, 101, 120, 121, 300, 301, 400, 401, 600, 601, 3999, 4000, 4001,
        ])
        .prop_map(Value::from),
        prop::sample::select(vec![-0.0, 0.5, 1.5, 99.99, 100.0, 100.01, 1e300])
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        prop::sample::select(vec![
            "",
            " ",
            "behaviour",
            "anchored",
            "scenario",
            "evidence",
            "positive",
            "negative",
            "solid",
            "plan-risks",
            "people-praise",
            "planning",
        ])
        .prop_map(Value::from),
        (1usize..700).prop_map(|n| Value::from("x".repeat(n))),
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    arb_leaf().prop_recursive(16, 256, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(arb_key(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON pointers to every value in the fixture.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

/// Replaces the value at `pointer` with `new`, or deletes it when `new` is `None`.
/// A pointer an earlier mutation removed is skipped.
fn apply(doc: &mut Value, pointer: &str, new: Option<Value>) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        if let Some(new) = new {
            *doc = new;
        }
        return;
    };
    match new {
        Some(new) => {
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = new;
            }
        }
        None => match doc.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.remove(last);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = last.parse::<usize>() {
                    if i < items.len() {
                        items.remove(i);
                    }
                }
            }
            _ => {}
        },
    }
}

/// Values worth trying anywhere: the format's limits and their neighbours, texts at and
/// past each length limit, ids, keywords and every JSON kind.
fn odd_values() -> Vec<Value> {
    let mut values: Vec<Value> = [
        -1i64,
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        12,
        13,
        32,
        33,
        39,
        40,
        41,
        49,
        50,
        64,
        65,
        80,
        81,
        99,
        100,
        101,
        120,
        121,
        300,
        301,
        400,
        401,
        600,
        601,
        3999,
        4000,
        4001,
        i64::MIN,
    ]
    .into_iter()
    .map(Value::from)
    .collect();
    values.extend(
        [
            -0.0,
            0.5,
            1.5,
            99.99,
            100.0,
            100.01,
            1e300,
            f64::MIN_POSITIVE,
        ]
        .map(Value::from),
    );
    values.push(Value::from(u64::MAX));
    for n in [
        0, 1, 32, 33, 40, 41, 64, 65, 80, 81, 300, 301, 400, 401, 600, 601,
    ] {
        values.push(Value::from("x".repeat(n)));
    }
    for word in [
        " ",
        "\u{0}",
        "é",
        "behaviour",
        "anchored",
        "scenario",
        "evidence",
        "positive",
        "negative",
        "solid",
        "plan-risks",
        "plan-surprise",
        "people-praise",
        "planning",
        "Bad Id",
    ] {
        values.push(Value::from(word));
    }
    values.extend([
        Value::Null,
        json!(true),
        json!([]),
        json!({}),
        json!([1, 2, 3, 4]),
        json!({"id": "x"}),
    ]);
    values
}

#[test]
fn every_single_value_swap_in_the_fixture_is_handled() {
    let original = fixture();
    let mut all = Vec::new();
    pointers(&original, String::new(), &mut all);
    let values = odd_values();
    for pointer in &all {
        for (value, delete) in values
            .iter()
            .map(|v| (Some(v.clone()), false))
            .chain([(None, true)])
        {
            let mut doc = original.clone();
            apply(&mut doc, pointer, value);
            let result = load_value(&doc);
            if let Err(e) = check_outcome(&doc, &result) {
                panic!("{pointer} (deleted: {delete}): {e}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        if let Err(problems) = load_framework(&bytes) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| p.path.starts_with('$') && !p.message.is_empty()));
        }
    }

    #[test]
    fn corrupted_fixture_bytes_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), any::<bool>()), 1..8),
    ) {
        let mut bytes = FIXTURE.as_bytes().to_vec();
        for (at, byte, insert) in edits {
            let i = at.index(bytes.len());
            if insert { bytes.insert(i, byte) } else { bytes[i] = byte }
        }
        let result = load_framework(&bytes);
        prop_assert!(result.is_ok() || result.is_err_and(|p| !p.is_empty()));
    }

    #[test]
    fn arbitrary_json_values_never_panic(doc in arb_json()) {
        let result = load_value(&doc);
        check_outcome(&doc, &result)?;
    }

    #[test]
    fn deeply_nested_json_never_panics(shape in prop::collection::vec(any::<bool>(), 0..1000), leaf in arb_leaf()) {
        let depth = shape.len();
        let mut text = String::new();
        for &object in &shape {
            text.push_str(if object { "{\"items\":" } else { "[" });
        }
        text.push_str(&leaf.to_string());
        for &object in shape.iter().rev() {
            text.push(if object { '}' } else { ']' });
        }
        let problems = load_framework(text.as_bytes()).unwrap_err();
        let malformed = problems.iter().any(|p| p.kind == ProblemKind::MalformedJson);
        // serde_json refuses nesting beyond its recursion limit (128) instead of overflowing.
        if depth <= 100 {
            prop_assert!(!malformed, "{}", list(&problems));
        } else if depth > 200 {
            prop_assert!(malformed, "{}", list(&problems));
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn mutated_fixture_never_panics_and_paths_point_into_it(
        picks in prop::collection::vec(
            // Swapping a value for a scalar keeps the structure, so the checks deep inside
            // (grades, limits, references) see odd values, not just a broken shape.
            prop_oneof![
                1 => any::<prop::sample::Index>().prop_map(|i| (i, None)),
                2 => (any::<prop::sample::Index>(), arb_json()).prop_map(|(i, v)| (i, Some(v))),
                3 => (any::<prop::sample::Index>(), arb_leaf()).prop_map(|(i, v)| (i, Some(v))),
            ],
            1..4,
        ),
    ) {
        let mut doc = fixture();
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        for (index, replacement) in picks {
            apply(&mut doc, &all[index.index(all.len())], replacement);
        }
        let result = load_value(&doc);
        check_outcome(&doc, &result)?;
    }
}

#[test]
fn numbers_in_messages_are_written_as_people_write_them() {
    use yardstick_core::validate::plain_number;
    for (x, shown) in [
        (100.0, "100"),
        (0.0, "0"),
        (-0.0, "0"),
        (99.5, "99.5"),
        (33.333333, "33.3333"),
        (-0.25, "-0.25"),
        (0.00001, "0"),
        (1e13, "a number far too large"),
        (f64::NAN, "a number far too large"),
    ] {
        assert_eq!(plain_number(x), shown, "{x}");
    }
}
