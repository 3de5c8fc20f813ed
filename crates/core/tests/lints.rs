//! Advice for framework authors: each lint fires on the pattern it names, at the JSON
//! path of the offending value, and stays silent on a variant without the pattern. The
//! built-ins' lints are printed (run with `--nocapture` to read them), and every path
//! they name exists in the file.

use serde_json::{json, Value};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::validate::{lints, load_framework, Lint, LintKind};

const FIXTURE: &str = include_str!("fixtures/minimal-framework.json");

/// The fixture made clean: its one scenario's options equal in length and plain, a
/// second scenario and an evidence prompt in the heavier dimension, and a scenario in
/// the other with its key in another position, so it starts with no lint at all.
fn clean() -> Value {
    let mut v: Value = serde_json::from_str(FIXTURE).unwrap();
    v["dimensions"][0]["development_actions"][1]["addresses"] = json!(["plan-slip"]);
    let responses = json!([
        { "text": "Keep the launch date and hope they recover.", "effectiveness": 1 },
        { "text": "Tell stakeholders now and offer two options.", "effectiveness": 4 },
        { "text": "Ask your team to build a stopgap this week.", "effectiveness": 2 },
        { "text": "Escalate to the partner team's director now.", "effectiveness": 3 }
    ]);
    v["dimensions"][0]["items"][2]["responses"] = responses;
    let planning = v["dimensions"][0]["items"].as_array_mut().unwrap();
    planning.push(json!({
        "id": "plan-scope", "type": "scenario",
        "situation": "Halfway through a quarter, a new request would need a third of the team.",
        "responses": [
            { "text": "Add it and ask the team to work harder.", "effectiveness": 1 },
            { "text": "Say yes and move the other dates later.", "effectiveness": 2 },
            { "text": "Show what it displaces; let them pick.", "effectiveness": 4 },
            { "text": "Refuse it until next quarter's planning.", "effectiveness": 3 }
        ]
    }));
    planning.push(json!({
        "id": "plan-story", "type": "evidence", "max_chars": 800,
        "prompt": "Describe a plan you kept on track: what you did and the result in numbers."
    }));
    v["dimensions"][1]["items"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "people-scenario", "type": "scenario",
            "situation": "A quiet engineer's work has slipped for two sprints.",
            "responses": [
                { "text": "Ask them privately what has changed.", "effectiveness": 4 },
                { "text": "Raise it at the next team retro.", "effectiveness": 2 },
                { "text": "Wait for the quarterly review cycle.", "effectiveness": 1 },
                { "text": "Pair them with a senior for a week.", "effectiveness": 3 }
            ]
        }));
    v
}

fn lints_of(value: &Value) -> Vec<Lint> {
    let framework = load_framework(value.to_string().as_bytes()).expect("still valid");
    lints(&framework)
}

fn only(value: &Value, kind: LintKind, path: &str) -> Lint {
    let found = lints_of(value);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].kind, found[0].path.as_str()), (kind, path));
    assert!(found[0].message.ends_with('.'), "{}", found[0].message);
    found[0].clone()
}

#[test]
fn the_clean_variant_has_no_lint() {
    assert_eq!(lints_of(&clean()), []);
}

#[test]
fn a_key_that_is_the_longest_option_in_over_a_third_of_the_scenarios() {
    // One key of three being the longest is what chance gives: no lint.
    let mut v = clean();
    v["dimensions"][0]["items"][2]["responses"][1]["text"] =
        json!("Tell stakeholders at once and offer two options.");
    assert_eq!(lints_of(&v), []);
    // Two of three is a pattern: each such key is named.
    v["dimensions"][1]["items"][3]["responses"][0]["text"] =
        json!("Ask them privately what has changed lately.");
    let found = lints_of(&v);
    let paths: Vec<(LintKind, &str)> = found.iter().map(|l| (l.kind, l.path.as_str())).collect();
    assert_eq!(
        paths,
        [
            (
                LintKind::KeyIsLongest,
                "$.dimensions[0].items[2].responses[1].text"
            ),
            (
                LintKind::KeyIsLongest,
                "$.dimensions[1].items[3].responses[0].text"
            ),
        ]
    );
}

#[test]
fn a_key_with_the_most_clauses_in_over_a_third_of_the_scenarios() {
    let mut v = clean();
    v["dimensions"][0]["items"][2]["responses"][1]["text"] =
        json!("Tell them now, and offer options.");
    v["dimensions"][0]["items"][2]["responses"][0]["text"] =
        json!("Keep the launch date as it is now.");
    v["dimensions"][0]["items"][3]["responses"][2]["text"] =
        json!("Show the cost, and let them choose.");
    let found = lints_of(&v);
    let paths: Vec<(LintKind, &str)> = found.iter().map(|l| (l.kind, l.path.as_str())).collect();
    assert_eq!(
        paths,
        [
            (
                LintKind::KeyIsMostQualified,
                "$.dimensions[0].items[2].responses[1].text"
            ),
            (
                LintKind::KeyIsMostQualified,
                "$.dimensions[0].items[3].responses[2].text"
            ),
        ],
        "{found:#?}"
    );
}

#[test]
fn keys_in_one_position_or_never_the_shortest() {
    let mut v = clean();
    // Move the people scenario's key to option 2, beside the planning one.
    let responses = v["dimensions"][1]["items"][3]["responses"]
        .as_array_mut()
        .unwrap();
    responses.swap(0, 1);
    let lint = only(&v, LintKind::KeyPositionRepeated, "$.dimensions");
    assert!(
        lint.message.contains("option 2 in 2 of 3"),
        "{}",
        lint.message
    );
}

#[test]
fn options_of_very_unequal_length() {
    let mut v = clean();
    v["dimensions"][0]["items"][2]["responses"][2]["text"] = json!("Wait.");
    let lint = only(
        &v,
        LintKind::UnequalOptions,
        "$.dimensions[0].items[2].responses",
    );
    assert!(lint.message.contains("from 5 to"), "{}", lint.message);
}

#[test]
fn a_negation_in_a_reverse_keyed_statement() {
    for text in [
        "In the last six months I did not list the risks of a plan.",
        "In the last six months I didn't list the risks of a plan.",
        "In the last six months I committed to a date without a risk list.",
    ] {
        let mut v = clean();
        v["dimensions"][0]["items"][1]["text"] = json!(text);
        only(
            &v,
            LintKind::NegatedReverseStatement,
            "$.dimensions[0].items[1].text",
        );
    }
    // The same words in a positively keyed statement are fine.
    let mut v = clean();
    v["dimensions"][0]["items"][0]["text"] =
        json!("In the last six months I never committed to a date before listing risks.");
    assert_eq!(lints_of(&v), []);
}

#[test]
fn mirrored_statements_about_different_periods() {
    let mut v = clean();
    v["dimensions"][0]["items"][1]["text"] =
        json!("In the last quarter I committed to a date before checking it with the teams we depended on.");
    let lint = only(
        &v,
        LintKind::MirroredWindowsDiffer,
        "$.dimensions[0].items[1].text",
    );
    assert!(
        lint.message.contains("covers three months") && lint.message.contains("covers six months"),
        "{}",
        lint.message
    );
    // The period is the one named first, not a later span inside the statement.
    let mut later_span = clean();
    later_span["dimensions"][0]["items"][0]["text"] =
        json!("In the last six months I listed a plan's risks within two weeks of starting it.");
    assert_eq!(lints_of(&later_span), []);
    // "The last three months" and "the last quarter" are the same period.
    v["dimensions"][0]["items"][0]["text"] =
        json!("In the last three months I listed the risks of a plan before committing to a date.");
    assert_eq!(lints_of(&v), []);
}

#[test]
fn every_or_always_in_a_frequency_statement() {
    let mut v = clean();
    v["dimensions"][0]["items"][0]["text"] =
        json!("In the last six months I listed the risks of every plan before committing.");
    only(
        &v,
        LintKind::AbsoluteFrequencyWord,
        "$.dimensions[0].items[0].text",
    );
    // On the accuracy scale "every" is a fact to be true or not.
    let mut v = clean();
    v["dimensions"][1]["items"][1]["text"] =
        json!("In the last six months I praised every person on the team for specific work.");
    assert_eq!(lints_of(&v), []);
}

#[test]
fn a_dimension_without_a_scenario() {
    let mut v = clean();
    v["dimensions"][1]["items"].as_array_mut().unwrap().pop();
    let lint = only(&v, LintKind::NoScenario, "$.dimensions[1].items");
    assert!(lint.message.contains("Growing people"), "{}", lint.message);
}

#[test]
fn the_heaviest_dimension_with_one_scenario() {
    let mut v = clean();
    v["dimensions"][0]["items"]
        .as_array_mut()
        .unwrap()
        .remove(3);
    let lint = only(&v, LintKind::OneScenarioInHeaviest, "$.dimensions[0].items");
    assert!(lint.message.contains("Planning"), "{}", lint.message);
    // With equal weights no dimension is the heaviest.
    v["dimensions"][0]["weight"] = json!(50);
    v["dimensions"][1]["weight"] = json!(50);
    assert_eq!(lints_of(&v), []);
}

#[test]
fn a_dimension_without_an_evidence_prompt_or_one_without_a_result() {
    let mut v = clean();
    v["dimensions"][1]["items"]
        .as_array_mut()
        .unwrap()
        .remove(2);
    let lint = only(&v, LintKind::NoEvidence, "$.dimensions[1].items");
    assert!(lint.message.contains("Growing people"), "{}", lint.message);
    let mut v = clean();
    v["dimensions"][1]["items"][2]["prompt"] = json!("Describe a time you helped someone improve.");
    only(
        &v,
        LintKind::EvidenceWithoutMeasure,
        "$.dimensions[1].items[2].prompt",
    );
}

#[test]
fn advice_without_addresses_notes_or_asking_for_a_philosophy() {
    let mut v = clean();
    v["dimensions"][0]["development_actions"][0]
        .as_object_mut()
        .unwrap()
        .remove("addresses");
    only(
        &v,
        LintKind::AdviceWithoutAddresses,
        "$.dimensions[0].development_actions[0]",
    );
    let mut v = clean();
    v["dimensions"][1]["practice_questions"][0]
        .as_object_mut()
        .unwrap()
        .remove("pitfall");
    only(
        &v,
        LintKind::QuestionWithoutNotes,
        "$.dimensions[1].practice_questions[0]",
    );
    let mut v = clean();
    v["dimensions"][1]["practice_questions"][0]["text"] =
        json!("How do you help people on your team grow?");
    only(
        &v,
        LintKind::GeneralQuestion,
        "$.dimensions[1].practice_questions[0].text",
    );
}

#[test]
fn a_motive_clause_or_a_statement_about_others() {
    let mut v = clean();
    v["dimensions"][1]["items"][1]["text"] = json!(
        "In the last six months I praised someone's work in public because it kept morale up."
    );
    let lint = only(&v, LintKind::MotiveClause, "$.dimensions[1].items[1].text");
    assert!(lint.message.contains("because"), "{}", lint.message);
    // "becauseway" is not "because": whole words only.
    let mut v = clean();
    v["dimensions"][1]["items"][1]["text"] =
        json!("In the last six months my team shipped each release on the date we agreed.");
    only(
        &v,
        LintKind::NotFirstPerson,
        "$.dimensions[1].items[1].text",
    );
}

#[test]
fn a_reverse_keyed_statement_without_its_pair() {
    let mut v = clean();
    v["dimensions"][0]["items"][1]
        .as_object_mut()
        .unwrap()
        .remove("reverse_of");
    only(
        &v,
        LintKind::ReverseWithoutPair,
        "$.dimensions[0].items[1].keyed",
    );
}

#[test]
fn a_top_anchor_about_reputation() {
    let mut v = clean();
    v["dimensions"][1]["items"][0]["anchors"][3] =
        json!("I am known across the company for how I give feedback.");
    let lint = only(
        &v,
        LintKind::ReputationAnchor,
        "$.dimensions[1].items[0].anchors[3]",
    );
    assert!(lint.message.contains("known"), "{}", lint.message);
}

#[test]
fn a_typed_time_far_from_the_computed_one() {
    let mut v = clean();
    let computed = yardstick_core::timing::estimated_minutes(
        &load_framework(v.to_string().as_bytes()).unwrap(),
    );
    v["estimated_minutes"] = json!(computed + 2);
    assert_eq!(lints_of(&v), []);
    v["estimated_minutes"] = json!(computed + 3);
    let lint = only(&v, LintKind::TypedMinutesDiffer, "$.estimated_minutes");
    assert!(
        lint.message.contains(&format!("about {computed}")),
        "{}",
        lint.message
    );
}

#[test]
fn too_few_or_too_many_reverse_keyed_statements() {
    let mut v = clean();
    // Six statements, none reverse-keyed.
    let planning = v["dimensions"][0]["items"].as_array_mut().unwrap();
    planning.remove(1);
    for n in 0..5 {
        planning.push(json!({
            "id": format!("plan-extra-{n}"), "type": "behaviour", "keyed": "positive",
            "text": format!("When I planned, I wrote down risk number {n}.")
        }));
    }
    v["dimensions"][0]["development_actions"][0]["addresses"] = json!(["plan-risks"]);
    let lint = only(&v, LintKind::ReverseShare, "$.dimensions");
    assert!(
        lint.message.starts_with("0 of 7 statements"),
        "{}",
        lint.message
    );
    // Three of seven reverse-keyed is inside the band; four of seven is over it.
    for (n, count) in [(2, None), (3, Some("4 of 7"))] {
        let mut w = v.clone();
        for k in 0..=n {
            w["dimensions"][0]["items"][4 + k]["keyed"] = json!("negative");
            w["dimensions"][0]["items"][4 + k]["reverse_of"] = json!("plan-risks");
        }
        let found = lints_of(&w);
        match count {
            None => assert_eq!(found, [], "{n}"),
            Some(count) => assert!(
                only(&w, LintKind::ReverseShare, "$.dimensions")
                    .message
                    .starts_with(count),
                "{found:#?}"
            ),
        }
    }
}

#[test]
fn a_statement_over_25_words() {
    let mut v = clean();
    v["dimensions"][1]["items"][1]["text"] = json!(
        "In the last six months I told someone specifically what they did well within a day of seeing it, in front of the team, and in writing as well."
    );
    let lint = only(&v, LintKind::LongStatement, "$.dimensions[1].items[1].text");
    assert!(lint.message.contains("has 29 words"), "{}", lint.message);
}

/// The built-ins' lints, printed for their authors; each names a path in its file.
#[test]
fn built_in_lints_are_printed_and_point_into_their_files() {
    for (name, json) in BUILT_IN_SOURCES {
        let framework = load_framework(json.as_bytes()).unwrap();
        let document: Value = serde_json::from_str(json).unwrap();
        let found = lints(&framework);
        println!("{name}: {} lints", found.len());
        for lint in &found {
            println!("  {:?} {}: {}", lint.kind, lint.path, lint.message);
            let pointer = lint
                .path
                .trim_start_matches('$')
                .replace(['[', '.'], "/")
                .replace(']', "");
            assert!(
                document.pointer(&pointer).is_some(),
                "{name}: {} is not in the file",
                lint.path
            );
        }
    }
}
