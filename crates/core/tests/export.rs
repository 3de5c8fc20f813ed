//! JSON export and import (round trip, every refusal) and the CSV table (exact text,
//! quoting, formula neutralisation).

use proptest::prelude::*;
use serde_json::{json, Value};
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::export::{
    csv_cell, export_csv, export_document, export_json, import_json, ImportError, CSV_HEADER,
    MAX_IMPORT_BYTES,
};
use yardstick_core::framework::Framework;
use yardstick_core::validate::load_framework;

fn fixture() -> Framework {
    load_framework(include_bytes!("fixtures/minimal-framework.json")).unwrap()
}

/// planning: ratings 5 and 2 (negatively keyed), best scenario answer → 92.5;
/// people: anchored level 1 (the fixture's "solid" band, 55–80, midpoint 67.5), rating 1
/// → (67.5 + 0) / 2 = 33.75, no scenario; overall 60% × 92.5 + 40% × 33.75 = 69.
fn completed_attempt(framework: &Framework) -> Attempt {
    let mut attempt = Attempt::new(framework, "1700000000000-1".into(), 1_700_000_000_000.0);
    let answers: Answers = [
        ("plan-risks", Answer::Rating { value: 5 }),
        ("plan-surprise", Answer::Rating { value: 2 }),
        ("plan-slip", Answer::Judgement { most: 1, least: 0 }),
        ("people-level", Answer::Level { value: 1 }),
        ("people-praise", Answer::Rating { value: 1 }),
        (
            "people-story",
            Answer::Evidence {
                text: "Paired with \"Sam\" — ünïcode, commas, and\nnewlines.".into(),
            },
        ),
    ]
    .into_iter()
    .map(|(id, a)| (id.to_string(), a))
    .collect();
    attempt.answers = answers;
    attempt.updated_at = 1_700_000_123_456.5;
    attempt.completed_at = Some(1_700_000_123_456.5);
    attempt.position = 1;
    attempt.active_seconds = 321;
    attempt
}

fn export_value(framework: &Framework, attempt: &Attempt) -> Value {
    serde_json::from_str(&export_json(framework, attempt, 1_700_000_200_000.0)).unwrap()
}

#[test]
fn export_then_import_returns_the_same_attempt() {
    let framework = fixture();
    let attempt = completed_attempt(&framework);
    let json = export_json(&framework, &attempt, 1_700_000_200_000.0);
    assert_eq!(import_json(&json), Ok(attempt));
}

#[test]
fn export_document_has_the_documented_shape() {
    let framework = fixture();
    let attempt = completed_attempt(&framework);
    let value = export_value(&framework, &attempt);
    assert_eq!(value["format"], "yardstick-result");
    assert_eq!(value["format_version"], 1);
    assert_eq!(value["exported_at"], 1_700_000_200_000.0);
    assert_eq!(value["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        value["framework"],
        json!({ "id": "team-lead-lite", "version": "1.0.0", "title": "Team Lead (short)" })
    );
    assert_eq!(value["attempt"]["id"], "1700000000000-1");
    assert_eq!(value["scoring_model"], 2);
    assert_eq!(value["result"]["overall"], 67.5);
    assert_eq!(value["result"]["overall_low"], 48.8);
    assert_eq!(value["result"]["overall_high"], 86.2);
    assert_eq!(
        value["result"]["overall_level"],
        json!({ "id": "solid", "name": "Solid" })
    );
    assert_eq!(
        value["result"]["dimensions"][1],
        json!({
            "id": "people", "name": "Growing people", "weight": 40.0, "score": 33.8,
            "low": 0.0, "high": 77.0,
            "level": { "id": "developing", "name": "Developing" },
            "expected_level": { "id": "solid", "name": "Solid" },
            "position": "about",
            "gap": -21.3, "self_rating": 33.8, "judgement": null, "scored_answers": 2,
            "not_applicable": 0
        })
    );
    assert_eq!(value["result"]["not_applicable"], 0);
    assert_eq!(value["result"]["declined"], 0);
    // The document type itself reads back (host pages and tests may rely on it).
    let document: yardstick_core::export::ExportDocument = serde_json::from_value(value).unwrap();
    assert_eq!(
        document,
        export_document(&framework, &attempt, 1_700_000_200_000.0)
    );
}

#[test]
fn an_export_from_before_scoring_model_2_still_reads_and_imports() {
    let framework = fixture();
    let attempt = completed_attempt(&framework);
    let mut value = export_value(&framework, &attempt);
    // What a model-1 build wrote: no scoring_model, no ranges, no position.
    value.as_object_mut().unwrap().remove("scoring_model");
    let result = value["result"].as_object_mut().unwrap();
    result.remove("overall_low");
    result.remove("overall_high");
    for d in value["result"]["dimensions"].as_array_mut().unwrap() {
        for key in ["low", "high", "position"] {
            d.as_object_mut().unwrap().remove(key);
        }
    }
    let document: yardstick_core::export::ExportDocument =
        serde_json::from_value(value.clone()).unwrap();
    assert_eq!(document.scoring_model, 1);
    assert_eq!(document.result.overall_low, None);
    assert_eq!(import_json(&value.to_string()), Ok(attempt));
}

fn import_edited(edit: impl FnOnce(&mut Value)) -> Result<Attempt, ImportError> {
    let framework = fixture();
    let mut value = export_value(&framework, &completed_attempt(&framework));
    edit(&mut value);
    import_json(&value.to_string())
}

#[test]
fn each_import_refusal_has_its_own_error_and_a_plain_message() {
    let too_large = " ".repeat(MAX_IMPORT_BYTES + 1);
    let cases: Vec<(Result<Attempt, ImportError>, ImportError)> = vec![
        (
            import_json(&too_large),
            ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1,
            },
        ),
        (import_json(""), ImportError::NotJson),
        (import_json("{\"format\": "), ImportError::NotJson),
        (import_json("format,score\r\n"), ImportError::NotJson),
        (import_json("[1, 2]"), ImportError::NotAnExport),
        (import_json("{}"), ImportError::NotAnExport),
        (
            import_edited(|v| v["format"] = json!("yardstick-framework")),
            ImportError::NotAnExport,
        ),
        (
            import_edited(|v| v["format_version"] = json!("1")),
            ImportError::NotAnExport,
        ),
        (
            import_edited(|v| v["format_version"] = json!(0)),
            ImportError::NotAnExport,
        ),
        (
            import_edited(|v| v["format_version"] = json!(2)),
            ImportError::NewerFormat { format_version: 2 },
        ),
        (
            import_edited(|v| {
                v.as_object_mut().unwrap().remove("attempt");
            }),
            ImportError::MissingAttempt,
        ),
        (
            import_edited(|v| v["attempt"]["completed_at"] = Value::Null),
            ImportError::NotCompleted,
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, Err(want.clone()));
        let message = want.to_string();
        assert!(
            message.ends_with('.') && !message.contains("serde"),
            "{message}"
        );
    }
}

#[test]
fn malformed_attempts_are_refused_with_the_reason() {
    for edit in [
        (|v: &mut Value| v["attempt"] = json!(5)) as fn(&mut Value),
        |v| v["attempt"]["answers"]["plan-risks"] = json!({ "kind": "guess" }),
        |v| v["attempt"]["answers"]["plan-risks"] = json!({ "kind": "rating", "value": 300 }),
        |v| {
            v["attempt"].as_object_mut().unwrap().remove("framework_id");
        },
    ] {
        match import_edited(edit) {
            Err(error @ ImportError::MalformedAttempt { .. }) => {
                assert!(error
                    .to_string()
                    .starts_with("The answers in the export are damaged: "))
            }
            other => panic!("expected MalformedAttempt, got {other:?}"),
        }
    }
}

#[test]
fn csv_has_the_header_and_exact_rows() {
    let framework = fixture();
    let csv = export_csv(&framework, &completed_attempt(&framework));
    assert_eq!(
        csv,
        "\"Dimension id\",\"Dimension\",\"Weight\",\"Score\",\"Level\",\"Expected level\",\"Gap\",\"Self rating\",\"Judgement\",\"Scored answers\",\"Likely low\",\"Likely high\",\"Against expected\",\"Scoring model\",\"Did not apply\"\r\n\
         \"planning\",\"Planning\",\"60.0\",\"90.0\",\"Strong\",\"Solid\",\"35.0\",\"87.5\",\"100.0\",\"3\",\"78.2\",\"100.0\",\"above\",\"2\",\"0\"\r\n\
         \"people\",\"Growing people\",\"40.0\",\"33.8\",\"Developing\",\"Solid\",\"-21.3\",\"33.8\",\"\",\"2\",\"0.0\",\"77.0\",\"about\",\"2\",\"0\"\r\n"
    );
}

/// "Hasn't come up" and "Prefer not to answer" score nothing, and each is counted on
/// its own in the JSON and (per dimension) in the CSV.
#[test]
fn statements_that_did_not_apply_are_counted_apart_from_declined_ones() {
    let framework = fixture();
    let mut attempt = completed_attempt(&framework);
    attempt
        .answers
        .insert("plan-surprise".into(), Answer::NotApplicable);
    attempt
        .answers
        .insert("people-praise".into(), Answer::PreferNot);
    let value = export_value(&framework, &attempt);
    assert_eq!(value["result"]["not_applicable"], 1);
    assert_eq!(value["result"]["declined"], 1);
    assert_eq!(value["result"]["dimensions"][0]["not_applicable"], 1);
    assert_eq!(value["result"]["dimensions"][0]["scored_answers"], 2);
    assert_eq!(value["result"]["dimensions"][1]["not_applicable"], 0);
    let csv = export_csv(&framework, &attempt);
    let planning = csv.lines().nth(1).unwrap();
    assert!(planning.starts_with("\"planning\","), "{planning}");
    assert!(planning.ends_with(",\"2\",\"1\""), "{planning}");
    assert_eq!(
        import_json(&export_json(&framework, &attempt, 0.0)),
        Ok(attempt)
    );
}

#[test]
fn csv_leaves_not_scored_cells_empty() {
    let framework = fixture();
    let attempt = Attempt::new(&framework, "empty".into(), 0.0);
    let csv = export_csv(&framework, &attempt);
    assert!(csv.ends_with(
        "\"people\",\"Growing people\",\"40.0\",\"\",\"\",\"Solid\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"2\",\"0\"\r\n"
    ));
}

#[test]
fn formula_like_text_is_neutralised_inside_quotes() {
    let mut framework = fixture();
    framework.dimensions[0].name = "=HYPERLINK(\"x\")".into();
    framework.dimensions[1].name = "@SUM(A1)".into();
    framework.dimensions[1].id = "-2+3".into();
    let csv = export_csv(&framework, &completed_attempt(&framework));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        lines[1].starts_with("\"planning\",\"'=HYPERLINK(\"\"x\"\")\",\"60.0\""),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("\"'-2+3\",\"'@SUM(A1)\""),
        "{}",
        lines[2]
    );
    assert!(
        lines[2].contains(",\"-21.3\","),
        "a negative number stays a number"
    );

    assert_eq!(csv_cell("+1"), "\"'+1\"");
    assert_eq!(csv_cell("\tcmd"), "\"'\tcmd\"");
    assert_eq!(csv_cell("\r=1"), "\"'\r=1\"");
    assert_eq!(csv_cell("-"), "\"'-\"");
    assert_eq!(csv_cell("-1.5e3"), "\"'-1.5e3\"");
    assert_eq!(csv_cell("-12.5"), "\"-12.5\"");
    assert_eq!(csv_cell("a=b"), "\"a=b\"");
    assert_eq!(csv_cell(""), "\"\"");
}

/// Splits one CSV line into raw cells, requiring every cell to be quoted.
fn quoted_cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        assert_eq!(chars.next(), Some('"'), "cell not quoted in {line:?}");
        let mut cell = String::new();
        loop {
            match chars.next() {
                Some('"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                Some('"') => break,
                Some(c) => cell.push(c),
                None => panic!("unterminated quote in {line:?}"),
            }
        }
        cells.push(cell);
        match chars.next() {
            Some(',') => continue,
            None => return cells,
            Some(c) => panic!("{c:?} after a closing quote in {line:?}"),
        }
    }
}

#[test]
fn every_cell_is_quoted_and_reads_back() {
    let mut framework = fixture();
    framework.dimensions[0].name = "Plans, \"risks\" and dates".into();
    let csv = export_csv(&framework, &completed_attempt(&framework));
    assert!(csv.ends_with("\r\n"));
    let lines: Vec<&str> = csv.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + framework.dimensions.len());
    assert_eq!(quoted_cells(lines[0]), CSV_HEADER);
    for line in &lines {
        assert!(!line.contains('\n'), "bare LF in {line:?}");
        assert_eq!(quoted_cells(line).len(), CSV_HEADER.len());
    }
    assert_eq!(quoted_cells(lines[1])[1], "Plans, \"risks\" and dates");
}

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        (0u8..=255).prop_map(|value| Answer::Rating { value }),
        Just(Answer::PreferNot),
        (0u8..=255).prop_map(|value| Answer::Level { value }),
        (0u8..=255, 0u8..=255).prop_map(|(most, least)| Answer::Judgement { most, least }),
        any::<String>().prop_map(|text| Answer::Evidence { text }),
    ]
}

proptest! {
    #[test]
    fn import_never_panics_on_any_text(text in any::<String>()) {
        let _ = import_json(&text);
    }

    #[test]
    fn import_never_panics_on_damaged_exports(cut in 0usize..2000, insert in any::<String>()) {
        let framework = fixture();
        let json = export_json(&framework, &completed_attempt(&framework), 0.0);
        let mut cut = cut.min(json.len());
        while !json.is_char_boundary(cut) {
            cut -= 1;
        }
        let _ = import_json(&format!("{}{insert}{}", &json[..cut], &json[cut..]));
        let _ = import_json(&json[..cut]);
    }

    #[test]
    fn any_completed_attempt_round_trips(
        answers in prop::collection::btree_map("[a-z-]{1,12}", any_answer(), 0..12),
        // Whole milliseconds, as Date.now() gives: serde_json (without its
        // float_roundtrip feature) may read 17-digit fractions back one ulp off.
        started in (0u64..4_000_000_000_000).prop_map(|ms| ms as f64),
        completed in (0u64..4_000_000_000_000).prop_map(|ms| ms as f64),
        position in any::<usize>(),
        active_seconds in any::<u32>(),
        id in any::<String>(),
    ) {
        let framework = fixture();
        let mut attempt = Attempt::new(&framework, id, started);
        attempt.answers = answers;
        attempt.completed_at = Some(completed);
        attempt.position = position;
        attempt.active_seconds = active_seconds;
        let json = export_json(&framework, &attempt, 0.0);
        prop_assert_eq!(import_json(&json), Ok(attempt));
    }
}
