//! The one table of limits (`limits::LIMITS`, which the validator checks files against)
//! is what docs/framework.schema.json and docs/framework-format.md state: every limit at
//! its path, and no limit the table does not have. tests/schema.rs checks the validator's
//! behaviour against the schema, so the three cannot drift apart.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use yardstick_core::limits::{Bound, Limit, LIMITS, MAX_FRAMEWORK_BYTES};

const SCHEMA: &str = include_str!("../../../docs/framework.schema.json");
const FORMAT_DOC: &str = include_str!("../../../docs/framework-format.md");
const LIMIT_KEYWORDS: [&str; 7] = [
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
];

/// Keyword and value, the value as text so that sets of them compare exactly.
type Stated = BTreeSet<(&'static str, String)>;

fn number(n: f64) -> String {
    format!("{n}")
}

/// The schema keywords a limit becomes.
fn keywords(bound: &Bound) -> Stated {
    let pair = |kw: &'static str, n: f64| (kw, number(n));
    match *bound {
        Bound::Chars(c) => [
            pair("minLength", c.min as f64),
            pair("maxLength", c.max as f64),
        ]
        .into(),
        Bound::Entries(c) => [
            pair("minItems", c.min as f64),
            pair("maxItems", c.max as f64),
        ]
        .into(),
        Bound::Whole(w) => [pair("minimum", w.min as f64), pair("maximum", w.max as f64)].into(),
        Bound::Number(n) => [
            pair(
                if n.above_min {
                    "exclusiveMinimum"
                } else {
                    "minimum"
                },
                n.min,
            ),
            pair("maximum", n.max),
        ]
        .into(),
    }
}

fn deref<'s>(root: &'s Value, node: &'s Value) -> &'s Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => deref(root, root.pointer(r.trim_start_matches('#')).expect(r)),
        None => node,
    }
}

/// Every limit keyword in the schema under its JSON path, following `$ref`, `oneOf`
/// (each branch at the same path), `properties` and `items` (`[*]`).
fn stated_in_schema(root: &Value, node: &Value, path: &str, out: &mut BTreeMap<String, Stated>) {
    let node = deref(root, node);
    for keyword in LIMIT_KEYWORDS {
        if let Some(n) = node.get(keyword).and_then(Value::as_f64) {
            out.entry(path.to_string())
                .or_default()
                .insert((keyword, number(n)));
        }
    }
    for branch in node
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        stated_in_schema(root, branch, path, out);
    }
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        for (key, sub) in properties {
            stated_in_schema(root, sub, &format!("{path}.{key}"), out);
        }
    }
    if let Some(items) = node.get("items") {
        stated_in_schema(root, items, &format!("{path}[*]"), out);
    }
}

#[test]
fn every_limit_has_its_own_path() {
    let paths: BTreeSet<&str> = LIMITS.iter().map(|l| l.path).collect();
    assert_eq!(paths.len(), LIMITS.len(), "a path is listed twice");
}

#[test]
fn the_schema_states_every_limit_and_no_other() {
    let root: Value = serde_json::from_str(SCHEMA).unwrap();
    let mut in_schema = BTreeMap::new();
    stated_in_schema(&root, &root, "$", &mut in_schema);
    let in_table: BTreeMap<String, Stated> = LIMITS
        .iter()
        .map(|l| (l.path.to_string(), keywords(&l.bound)))
        .collect();
    for (path, stated) in &in_table {
        assert_eq!(in_schema.get(path), Some(stated), "schema at {path}");
    }
    assert_eq!(
        in_schema.keys().collect::<Vec<_>>(),
        in_table.keys().collect::<Vec<_>>(),
        "the schema limits a path the table does not"
    );
}

/// A limit as the format doc's table writes it.
fn doc_row(limit: &Limit) -> String {
    let range = |min: usize, max: usize, unit: &str| {
        if min == max {
            format!("exactly {min} {unit}")
        } else {
            format!("{min}–{max} {unit}")
        }
    };
    let rule = match limit.bound {
        Bound::Chars(c) => range(c.min, c.max, "characters"),
        Bound::Entries(c) => range(c.min, c.max, "entries"),
        Bound::Whole(w) => format!("whole number from {} to {}", w.min, w.max),
        Bound::Number(n) if n.above_min => {
            format!("number above {}, at most {}", n.min, n.max)
        }
        Bound::Number(n) => format!("number from {} to {}", n.min, n.max),
    };
    format!("| `{}` | {rule} |", limit.path)
}

/// The rows of the table under the doc's "## Limits" heading.
fn doc_limit_rows() -> Vec<&'static str> {
    let section = FORMAT_DOC
        .split("\n## Limits\n")
        .nth(1)
        .expect("the format doc has a Limits section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section.lines().filter(|l| l.starts_with("| `")).collect()
}

#[test]
fn the_format_doc_lists_every_limit_and_no_other() {
    let expected: Vec<String> = LIMITS.iter().map(doc_row).collect();
    assert_eq!(
        doc_limit_rows(),
        expected,
        "docs/framework-format.md's Limits table, in the order of limits::LIMITS"
    );
}

#[test]
fn the_file_size_limit_is_stated_in_the_schema_and_the_doc() {
    let stated = format!("at most {} KiB", MAX_FRAMEWORK_BYTES / 1024);
    let root: Value = serde_json::from_str(SCHEMA).unwrap();
    let description = root["description"].as_str().unwrap();
    assert!(description.contains(&stated), "schema: {description}");
    let limits = FORMAT_DOC.split("\n## Limits\n").nth(1).unwrap();
    assert!(limits.contains(&stated), "format doc");
}

/// The format guide's complete example is the fixture the tests use, so it is a valid
/// file of the current format and stays one.
#[test]
fn the_format_docs_example_is_the_valid_fixture() {
    let start = FORMAT_DOC
        .find("## A complete small example")
        .expect("the example section");
    let rest = &FORMAT_DOC[start..];
    let json_start = rest.find("```json\n").expect("a JSON block") + "```json\n".len();
    let json_end = json_start + rest[json_start..].find("```").expect("the block ends");
    let example = &rest[json_start..json_end];
    assert_eq!(
        example,
        include_str!("fixtures/minimal-framework.json"),
        "docs/framework-format.md's example differs from tests/fixtures/minimal-framework.json"
    );
    assert!(yardstick_core::validate::load_framework(example.as_bytes()).is_ok());
}
