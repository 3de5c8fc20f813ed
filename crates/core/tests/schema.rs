//! docs/framework.schema.json stays in step with the validator: the same fields, the same
//! required fields, the same item types and the same limits, and every built-in satisfies
//! it. The schema is checked by the `jsonschema` crate (a complete JSON Schema 2020-12
//! validator), and is itself checked against the 2020-12 meta-schema.

use std::collections::BTreeSet;

use serde_json::{json, Value};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::validate::{load_framework, Problem, ProblemKind};

const SCHEMA: &str = include_str!("../../../docs/framework.schema.json");
const FIXTURE: &str = include_str!("fixtures/minimal-framework.json");
const LIMIT_KINDS: &[ProblemKind] = &[
    ProblemKind::WrongCount,
    ProblemKind::NoItems,
    ProblemKind::EmptyText,
    ProblemKind::TextTooLong,
    ProblemKind::OutOfRange,
    ProblemKind::ScenarioKeyOutOfRange,
];
/// An object in the fixture (JSON pointer) and the schema node that describes it.
const OBJECTS: &[(&str, &str)] = &[
    ("", ""),
    ("/scales", "/$defs/scales"),
    ("/scales/ratings/0", "/$defs/rating_scale"),
    ("/levels/0", "/$defs/level"),
    ("/scoring", "/$defs/scoring"),
    ("/dimensions/0", "/$defs/dimension"),
    ("/dimensions/0/items/1", "/$defs/behaviour"),
    ("/dimensions/1/items/0", "/$defs/anchored"),
    ("/dimensions/0/items/2", "/$defs/scenario"),
    ("/dimensions/0/items/2/responses/0", "/$defs/response"),
    ("/dimensions/0/development_actions/0", "/$defs/action"),
    (
        "/dimensions/0/practice_questions/0",
        "/$defs/practice_question",
    ),
    ("/dimensions/1/items/2", "/$defs/evidence"),
];

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).unwrap()
}

fn deref<'s>(root: &'s Value, node: &'s Value) -> &'s Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => deref(root, root.pointer(r.strip_prefix('#').unwrap()).expect(r)),
        None => node,
    }
}

/// What the schema says is wrong with `value`, as "path: what"; empty when it is valid.
fn schema_errors(value: &Value) -> Vec<String> {
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn problems(value: &Value) -> Vec<Problem> {
    load_framework(value.to_string().as_bytes())
        .err()
        .unwrap_or_default()
}

fn json_path(pointer: &str) -> String {
    let segments = pointer.split('/').skip(1);
    let mut path = "$".to_string();
    for s in segments {
        path += &if s.parse::<usize>().is_ok() {
            format!("[{s}]")
        } else {
            format!(".{s}")
        };
    }
    path
}

fn keys(node: &Value, key: &str) -> BTreeSet<String> {
    match node.get(key) {
        Some(Value::Object(m)) => m.keys().cloned().collect(),
        Some(Value::Array(a)) => a.iter().map(|k| k.as_str().unwrap().to_string()).collect(),
        _ => BTreeSet::new(),
    }
}

/// The validator's allowed fields come from its unknown-field message; its required
/// fields are those whose removal from the fixture is reported as missing.
#[test]
fn fields_and_required_fields_match_the_validator_at_every_level() {
    let root = schema();
    for (pointer, def) in OBJECTS {
        let node = deref(&root, root.pointer(def).unwrap());
        let path = json_path(pointer);
        let mut doc = fixture();
        doc.pointer_mut(pointer).unwrap()["zz_unknown"] = json!(1);
        let found = problems(&doc);
        let unknown = found
            .iter()
            .find(|p| p.path == format!("{path}.zz_unknown"))
            .expect(&path);
        let list = unknown
            .message
            .split("Allowed here: ")
            .nth(1)
            .unwrap()
            .trim_end_matches('.');
        let allowed: BTreeSet<String> = list.split(", ").map(str::to_string).collect();
        assert_eq!(keys(node, "properties"), allowed, "properties of {def}");

        let present = fixture()
            .pointer(pointer)
            .unwrap()
            .as_object()
            .unwrap()
            .clone();
        let required: BTreeSet<String> = present
            .keys()
            .filter(|key| {
                let mut doc = fixture();
                doc.pointer_mut(pointer)
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .remove(*key);
                let missing = format!("{path}.{key}");
                problems(&doc)
                    .iter()
                    .any(|p| p.kind == ProblemKind::MissingField && p.path == missing)
            })
            .cloned()
            .collect();
        // A dimension requires `weight` unless it is a preparation dimension (the schema's
        // `if`/`else`); the fixture's are capability dimensions, so `else` applies.
        let mut schema_required = keys(node, "required");
        if let Some(otherwise) = node.get("else") {
            schema_required.extend(keys(otherwise, "required"));
        }
        assert_eq!(schema_required, required, "required of {def}");
    }
}

#[test]
fn item_types_match_the_validator() {
    let mut doc = fixture();
    doc["dimensions"][0]["items"][0]["type"] = json!("zz");
    let message = problems(&doc).remove(0).message;
    let list = message
        .split("use ")
        .nth(1)
        .unwrap()
        .trim_end_matches('.')
        .replace(" or ", ", ");
    let validator: BTreeSet<String> = list.split(", ").map(str::to_string).collect();
    let root = schema();
    let branches = root["$defs"]["item"]["oneOf"].as_array().unwrap();
    let schema_types: BTreeSet<String> = branches
        .iter()
        .map(|b| {
            deref(&root, b)["properties"]["type"]["const"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(schema_types, validator);
}

/// Just past each limit the validator reports a problem at that path and the schema
/// refuses the file; at the limit the validator reports none there (problems elsewhere,
/// such as weights or duplicates, are expected) and the schema accepts the file.
#[test]
fn string_number_and_count_limits_match_the_validator() {
    let root = schema();
    let mut probes = 0;
    let mut probe = |pointer: String, value: Value, rejected: bool| {
        let mut doc = fixture();
        *doc.pointer_mut(&pointer).unwrap() = value.clone();
        let path = json_path(&pointer);
        // Only problems about the limit itself count: a value at its limit may still break
        // a cross-check (weights, order, references), which the schema cannot express.
        let here = problems(&doc)
            .into_iter()
            .filter(|p| p.path == path && LIMIT_KINDS.contains(&p.kind));
        assert_eq!(here.count() > 0, rejected, "validator: {path} = {value}");
        // The schema checks nothing across fields, so the one change decides for it.
        assert_eq!(
            !schema_errors(&doc).is_empty(),
            rejected,
            "schema: {path} = {value}"
        );
        probes += 1;
    };
    for (pointer, def) in OBJECTS {
        let node = deref(&root, root.pointer(def).unwrap());
        for (key, sub) in node["properties"].as_object().unwrap() {
            let at = format!("{pointer}/{key}");
            let Some(current) = fixture().pointer(&at).cloned() else {
                continue;
            };
            let sub = deref(&root, sub);
            let (strings, s) = match current {
                Value::Array(ref items) => {
                    let (lo, hi) = (
                        sub["minItems"].as_u64().unwrap(),
                        sub["maxItems"].as_u64().unwrap(),
                    );
                    let sized = |n: u64| {
                        Value::Array(
                            (0..n)
                                .map(|i| items[i as usize % items.len()].clone())
                                .collect(),
                        )
                    };
                    for (n, rejected) in [(lo, false), (hi, false), (hi + 1, true)]
                        .into_iter()
                        .chain((lo > 0).then_some((lo - 1, true)))
                    {
                        probe(at.clone(), sized(n), rejected);
                    }
                    (format!("{at}/0"), deref(&root, &sub["items"]))
                }
                _ => (at.clone(), sub),
            };
            if let Some(max) = s["maxLength"].as_u64() {
                let fill = if s.get("pattern").is_some() {
                    "a"
                } else {
                    "é"
                };
                probe(strings.clone(), json!(fill.repeat(max as usize)), false);
                probe(strings.clone(), json!(fill.repeat(max as usize + 1)), true);
                probe(strings, json!(""), true);
            }
            let number = |n: f64| {
                if s["type"] == "integer" {
                    json!(n as i64)
                } else {
                    json!(n)
                }
            };
            for (bound, step) in [
                ("minimum", -1.0),
                ("maximum", 1.0),
                ("exclusiveMinimum", 0.0),
            ] {
                if let Some(limit) = s[bound].as_f64() {
                    let inside = if bound == "exclusiveMinimum" {
                        limit + 0.5
                    } else {
                        limit
                    };
                    probe(at.clone(), number(inside), false);
                    probe(at.clone(), number(limit + step), true);
                }
            }
        }
    }
    assert!(probes > 100, "only {probes} probes ran");
}

#[test]
fn the_schema_is_a_valid_2020_12_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("docs/framework.schema.json: {error}");
    }
}

#[test]
fn every_built_in_and_the_fixture_satisfy_the_schema() {
    for (name, json) in BUILT_IN_SOURCES.iter().chain([&("fixture", FIXTURE)]) {
        let errors = schema_errors(&serde_json::from_str(json).unwrap());
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    }
}

#[test]
fn the_schema_and_the_validator_reject_what_the_format_forbids() {
    let cases: [(&str, Value); 6] = [
        ("/colour", json!("blue")),
        ("/dimensions/0/items/2/responses/1/effectiveness", json!(5)),
        ("/dimensions/1/items/0/type", json!("quiz")),
        ("/levels/1/id", json!("Solid")),
        ("/dimensions/0/weight", json!(0)),
        ("/scales/anchored", json!(["a", "b", "c"])),
    ];
    for (pointer, value) in cases {
        let mut doc = fixture();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        doc.pointer_mut(parent).unwrap()[key] = value;
        assert!(!schema_errors(&doc).is_empty(), "{pointer} accepted");
        assert!(!problems(&doc).is_empty(), "validator accepted {pointer}");
    }
    let mut doc = fixture();
    doc["dimensions"][1]["items"][1]
        .as_object_mut()
        .unwrap()
        .remove("keyed");
    assert!(!schema_errors(&doc).is_empty(), "missing keyed accepted");
}
