//! Prints what the self-against-others view must show for a stored attempt, as the
//! core computes it, for the feedback end-to-end test: the attempt JSON (as the app
//! stores it, with its invitation and response codes) on stdin, and on stdout per
//! capability area the self and others' score and range, the raters and the reading.
//!
//! `cargo run -q -p yardstick-core --bin ys-feedback-expected < attempt.json`

use std::io::Read;
use std::process::ExitCode;

use serde_json::{json, Value};
use yardstick_core::attempt::Attempt;
use yardstick_core::feedback::aggregate::{aggregate, Others};
use yardstick_core::validate::load_framework;

fn main() -> ExitCode {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("ys-feedback-expected: stdin is not text");
        return ExitCode::from(2);
    }
    let attempt: Attempt = match serde_json::from_str(&text) {
        Ok(attempt) => attempt,
        Err(error) => {
            eprintln!("ys-feedback-expected: not a stored attempt: {error}");
            return ExitCode::from(2);
        }
    };
    let path = format!(
        "{}/../../frameworks/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        attempt.framework_id
    );
    let framework = match std::fs::read(&path).map(|bytes| load_framework(&bytes)) {
        Ok(Ok(framework)) => framework,
        _ => {
            eprintln!("ys-feedback-expected: cannot load {path}");
            return ExitCode::FAILURE;
        }
    };
    let Some(record) = &attempt.feedback else {
        eprintln!("ys-feedback-expected: the attempt has no feedback record");
        return ExitCode::FAILURE;
    };
    let responses = record.responses(&framework);
    let report = aggregate(&framework, &attempt.answers, &responses);
    let dimensions: Vec<Value> = report
        .dimensions
        .iter()
        .map(|d| {
            json!({
                "id": d.dimension_id,
                "self": d.self_view.map(|e| json!({"score": e.score, "low": e.range.low, "high": e.range.high})),
                "others": match d.others {
                    Others::Shown(a) => json!({"score": a.score, "low": a.range.low, "high": a.range.high, "raters": a.raters}),
                    Others::TooFew { .. } => Value::Null,
                },
                "groups": d.groups.iter().map(|g| json!({
                    "label": g.relationship.group_label(),
                    "score": g.aggregate.score,
                    "low": g.aggregate.range.low,
                    "high": g.aggregate.range.high,
                    "raters": g.aggregate.raters,
                })).collect::<Vec<_>>(),
                "difference": d.comparison.map(|c| c.difference),
                "reading": d.comparison.map(|c| c.reading.label()),
            })
        })
        .collect();
    println!(
        "{}",
        json!({ "responses": report.responses, "dimensions": dimensions })
    );
    ExitCode::SUCCESS
}
