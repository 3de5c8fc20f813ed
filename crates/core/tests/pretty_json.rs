//! The indented files are laid out exactly as serde_json's pretty printer would.

use serde_json::{json, Value};
use yardstick_core::pretty_json::indent;

fn same_as_serde(value: &Value) {
    let compact = serde_json::to_string(value).unwrap();
    assert_eq!(
        indent(&compact),
        serde_json::to_string_pretty(value).unwrap()
    );
}

#[test]
fn values_of_every_shape_are_laid_out_as_serde_json_does() {
    for value in [
        json!(null),
        json!(1.5),
        json!("plain"),
        json!([]),
        json!({}),
        json!([[], {}, [[]], [{}]]),
        json!({"a": {"b": {"c": [1, 2, {"d": null}]}}, "e": [], "f": {}}),
        json!({"quotes": "say \"hi\", {then} [go]: now\\", "tab": "a\tb", "uni": "é – ✓"}),
        json!([{"k": "v,"}, {"k": ":"}, "]"]),
    ] {
        same_as_serde(&value);
    }
}

#[test]
fn a_real_export_round_trips_through_the_importer() {
    let framework =
        yardstick_core::validate::load_framework(include_bytes!("fixtures/minimal-framework.json"))
            .unwrap();
    let mut attempt = yardstick_core::attempt::Attempt::new(&framework, "a-1".into(), 1_000.0);
    attempt.completed_at = Some(2_000.0);
    let text = yardstick_core::export::export_json(&framework, &attempt, 3_000.0);
    // Laid out, in the export's own field order, two spaces a level.
    assert!(
        text.starts_with("{\n  \"format\": \"yardstick-result\",\n  \"format_version\": 1,"),
        "{text}"
    );
    assert!(text.contains("\n    \"id\": \"a-1\",\n"));
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        indent(&serde_json::to_string(&value).unwrap()),
        serde_json::to_string_pretty(&value).unwrap()
    );
    assert_eq!(
        yardstick_core::export::import_json(&text).unwrap().id,
        "a-1"
    );
}
