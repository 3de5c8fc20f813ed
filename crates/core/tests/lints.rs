//! Advice for framework authors: each lint fires on the pattern it names, at the JSON
//! path of the offending value, and stays silent on a variant without the pattern. The
//! built-ins' lints are printed (run with `--nocapture` to read them), and every path
//! they name exists in the file.

use serde_json::{json, Value};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::validate::{lints, load_framework, Lint, LintKind};

const FIXTURE: &str = include_str!("fixtures/minimal-framework.json");

/// The fixture with its one scenario's options made equal in length and plain, and a
/// scenario added to the dimension without one, so it starts with no lint at all.
fn clean() -> Value {
    let mut v: Value = serde_json::from_str(FIXTURE).unwrap();
    let responses = json!([
        { "text": "Keep the launch date and hope they recover.", "effectiveness": 1 },
        { "text": "Tell stakeholders now and offer two options.", "effectiveness": 4 },
        { "text": "Ask your team to build a stopgap this week.", "effectiveness": 2 },
        { "text": "Escalate to the partner team's director now.", "effectiveness": 3 }
    ]);
    v["dimensions"][0]["items"][2]["responses"] = responses.clone();
    let scenario = json!({
        "id": "people-scenario", "type": "scenario",
        "situation": "A quiet engineer's work has slipped for two sprints.",
        "responses": responses
    });
    v["dimensions"][1]["items"]
        .as_array_mut()
        .unwrap()
        .push(scenario);
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
fn a_key_that_is_the_longest_option() {
    let mut v = clean();
    v["dimensions"][0]["items"][2]["responses"][1]["text"] =
        json!("Tell the stakeholders at once and offer them two options.");
    only(
        &v,
        LintKind::KeyIsLongest,
        "$.dimensions[0].items[2].responses[1].text",
    );
}

#[test]
fn a_key_with_the_most_clauses() {
    let mut v = clean();
    v["dimensions"][0]["items"][2]["responses"][1]["text"] = json!("Tell them, offer options.");
    v["dimensions"][0]["items"][2]["responses"][0]["text"] =
        json!("Keep the launch date as it is now.");
    only(
        &v,
        LintKind::KeyIsMostQualified,
        "$.dimensions[0].items[2].responses[1].text",
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
        json!("In the last quarter a dependency surprised me late in a project.");
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
