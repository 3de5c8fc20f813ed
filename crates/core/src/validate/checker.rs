//! The generic part of the validator: walks parsed JSON and collects every problem with
//! its JSON path and a plain sentence, instead of stopping at the first. It knows texts,
//! ids, numbers, lists and objects with a closed set of fields, but nothing about
//! frameworks; [`super::rules`] says what a framework file must hold.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::{Problem, ProblemKind};
use crate::limits::{Count, Number, Whole, ID};

pub(super) fn problem(kind: ProblemKind, path: &str, message: String) -> Problem {
    Problem {
        kind,
        path: path.to_string(),
        message,
    }
}

/// Collects problems while the rules walk a file.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
}

impl Checker {
    pub(super) fn report(&mut self, kind: ProblemKind, path: &str, message: String) {
        self.problems.push(problem(kind, path, message));
    }

    /// `value` as an object, or a problem saying it is not one.
    pub(super) fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
    ) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => {
                self.report(
                    ProblemKind::WrongType,
                    path,
                    format!("Expected an object, found {}.", describe(other)),
                );
                None
            }
        }
    }

    /// Reports fields not in `allowed`, so a misspelt field never passes silently.
    pub(super) fn only_fields(&mut self, map: &Map<String, Value>, path: &str, allowed: &[&str]) {
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.report(
                    ProblemKind::UnknownField,
                    &field_path(path, key),
                    format!(
                        "Unknown field \"{}\". Allowed here: {}.",
                        key,
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    /// The field `key`, or a problem saying it is missing.
    pub(super) fn required<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'v Value> {
        let found = map.get(key);
        if found.is_none() {
            self.report(
                ProblemKind::MissingField,
                &field_path(path, key),
                format!("The field \"{key}\" is required."),
            );
        }
        found
    }

    pub(super) fn text(&mut self, value: &Value, path: &str, len: Count) -> Option<String> {
        let Value::String(s) = value else {
            self.report(
                ProblemKind::WrongType,
                path,
                format!("Expected text, found {}.", describe(value)),
            );
            return None;
        };
        let count = s.chars().count();
        if s.trim().is_empty() {
            self.report(
                ProblemKind::EmptyText,
                path,
                "This text is empty.".to_string(),
            );
            None
        } else if count < len.min {
            self.report(
                ProblemKind::OutOfRange,
                path,
                format!(
                    "This text is {count} characters; it needs at least {}.",
                    len.min
                ),
            );
            None
        } else if count > len.max {
            self.report(
                ProblemKind::TextTooLong,
                path,
                format!(
                    "This text is {count} characters long; the limit is {}.",
                    len.max
                ),
            );
            None
        } else {
            Some(s.trim().to_string())
        }
    }

    /// The trimmed text of the required field `key`.
    pub(super) fn text_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        len: Count,
    ) -> Option<String> {
        let value = self.required(map, path, key)?;
        self.text(value, &field_path(path, key), len)
    }

    /// The required id `key`: lowercase letters, digits and hyphens, nothing to trim.
    pub(super) fn id_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<String> {
        let id = self.text_field(map, path, key, ID)?;
        // Compare against the raw text: answers are keyed by id, so " a" and "a" must not
        // both pass as the same id after trimming.
        let untrimmed = map.get(key).and_then(Value::as_str) == Some(id.as_str());
        let valid = untrimmed
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid {
            Some(id)
        } else {
            self.report(
                ProblemKind::InvalidId,
                &field_path(path, key),
                format!(
                    "\"{id}\" is not a valid id: use lowercase letters, digits and hyphens only."
                ),
            );
            None
        }
    }

    /// The required number `key`, from `bound.min` to `bound.max` inclusive; a rule that
    /// needs `bound.above_min` says itself why the minimum is refused.
    pub(super) fn number_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        bound: Number,
    ) -> Option<f64> {
        let Number { min, max, .. } = bound;
        let value = self.required(map, path, key)?;
        let path = field_path(path, key);
        let Some(n) = value.as_f64() else {
            self.report(
                ProblemKind::WrongType,
                &path,
                format!("Expected a number, found {}.", describe(value)),
            );
            return None;
        };
        if n < min || n > max {
            self.report(
                ProblemKind::OutOfRange,
                &path,
                format!(
                    "{} is out of range: use a number from {} to {}.",
                    plain_number(n),
                    plain_number(min),
                    plain_number(max)
                ),
            );
            return None;
        }
        Some(n)
    }

    /// The required whole number `key`, within `bound`.
    pub(super) fn integer_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        bound: Whole,
    ) -> Option<u64> {
        let value = self.required(map, path, key)?;
        let path = field_path(path, key);
        let Whole { min, max } = bound;
        let Some(n) = value.as_u64() else {
            self.report(
                ProblemKind::WrongType,
                &path,
                format!("Expected a whole number, found {}.", describe(value)),
            );
            return None;
        };
        if n < min || n > max {
            self.report(
                ProblemKind::OutOfRange,
                &path,
                format!("{n} is out of range: use a whole number from {min} to {max}."),
            );
            return None;
        }
        Some(n)
    }

    /// The entries of the required list `key`, if there are as many as `count` allows.
    pub(super) fn array_field<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
        count: Count,
    ) -> Option<&'v [Value]> {
        let Count { min, max } = count;
        let value = self.required(map, path, key)?;
        let path = field_path(path, key);
        let Value::Array(items) = value else {
            self.report(
                ProblemKind::WrongType,
                &path,
                format!("Expected a list, found {}.", describe(value)),
            );
            return None;
        };
        if items.len() < min || items.len() > max {
            let wanted = if min == max {
                format!("exactly {min}")
            } else {
                format!("from {min} to {max}")
            };
            self.report(
                ProblemKind::WrongCount,
                &path,
                format!("This list has {} entries; it needs {wanted}.", items.len()),
            );
            return None;
        }
        Some(items)
    }

    /// The required list of texts `key`: `count` entries of `len` characters each.
    pub(super) fn text_list(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        count: Count,
        len: Count,
    ) -> Option<Vec<String>> {
        let items = self.array_field(map, path, key, count)?;
        let base = field_path(path, key);
        let texts: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, v)| self.text(v, &index_path(&base, i), len))
            .collect();
        texts.into_iter().collect()
    }

    /// Reports each repeat of an id among the entries of the list at `path`.
    pub(super) fn unique_ids<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
        path: &str,
        what: &str,
    ) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.report(
                    ProblemKind::DuplicateId,
                    &format!("{path}[{i}].id"),
                    format!("The {what} id \"{id}\" is used more than once."),
                );
            }
        }
    }

    /// Reports each repeat of an id among `(path of the object, id)` pairs, naming where
    /// it was first used.
    pub(super) fn unique_paths(
        &mut self,
        ids: impl Iterator<Item = (String, String)>,
        key: &str,
        what: &str,
    ) {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (path, id) in ids {
            if let Some(first) = seen.get(&id) {
                self.report(
                    ProblemKind::DuplicateId,
                    &field_path(&path, key),
                    format!("The {what} id \"{id}\" is already used at {first}."),
                );
            } else {
                seen.insert(id, path);
            }
        }
    }
}

pub(super) fn field_path(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

pub(super) fn index_path(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// A number as a person would write it ("100", "99.5", "-0.25"), to four decimal places
/// at most and never in exponent form, whatever the file holds.
pub fn plain_number(x: f64) -> String {
    if !x.is_finite() || x.abs() >= 1e12 {
        return "a number far too large".to_string();
    }
    let scaled = (x.abs() * 10_000.0).round() as u64;
    let (whole, fraction) = (scaled / 10_000, scaled % 10_000);
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{fraction:04}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// What a value is, for "Expected …, found …" messages.
pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => format!("the number {i}"),
            (_, Some(u), _) => format!("the number {u}"),
            (_, _, Some(f)) => format!("the number {}", plain_number(f)),
            _ => "a number".to_string(),
        },
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            format!("the text \"{short}\"")
        }
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}
