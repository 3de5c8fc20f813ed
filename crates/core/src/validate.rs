//! Loading and validating framework files.
//!
//! The loader walks the parsed JSON by hand instead of deriving `Deserialize`, so that it
//! can report every problem in a file at once, each with its JSON path and a plain
//! sentence, rather than stopping at serde's first error. It never panics, whatever the
//! bytes: serde_json bounds nesting depth, and every access below is checked.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::framework::{
    Dimension, Framework, Item, ItemKind, Keying, Level, Response, Scales, ScoringRules,
    FORMAT_VERSION,
};

/// Largest framework file accepted, in bytes.
pub const MAX_FRAMEWORK_BYTES: usize = 256 * 1024;

/// What kind of mistake a [`Problem`] is, so callers and tests can tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProblemKind {
    TooLarge,
    NotUtf8,
    MalformedJson,
    UnknownField,
    MissingField,
    WrongType,
    UnsupportedFormatVersion,
    InvalidId,
    DuplicateId,
    EmptyText,
    TextTooLong,
    OutOfRange,
    WrongCount,
    WeightsDoNotSumTo100,
    LevelsOutOfOrder,
    UnknownReference,
    NoItems,
    TooFewScoredItems,
    ScenarioKeyOutOfRange,
    ScenarioKeyFlat,
}

/// One thing wrong with a framework file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    /// JSON path of the offending value, e.g. `$.dimensions[2].items[0].text`.
    pub path: String,
    /// A plain sentence for the framework's author.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses and validates a framework file, returning every problem found.
///
/// ```
/// let bytes = include_bytes!("../tests/fixtures/minimal-framework.json");
/// let framework = yardstick_core::validate::load_framework(bytes).expect("built-in is valid");
/// assert_eq!(framework.id, "team-lead-lite");
/// ```
pub fn load_framework(bytes: &[u8]) -> Result<Framework, Vec<Problem>> {
    if bytes.len() > MAX_FRAMEWORK_BYTES {
        return Err(vec![problem(
            ProblemKind::TooLarge,
            "$",
            format!(
                "The file is {} KiB; a framework may be at most {} KiB.",
                bytes.len().div_ceil(1024),
                MAX_FRAMEWORK_BYTES / 1024
            ),
        )]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return Err(vec![problem(
                ProblemKind::NotUtf8,
                "$",
                format!(
                    "The file is not UTF-8 text (invalid byte at offset {}).",
                    e.valid_up_to()
                ),
            )])
        }
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            return Err(vec![problem(
                ProblemKind::MalformedJson,
                "$",
                format!(
                    "The file is not valid JSON: {} (line {}, column {}).",
                    json_error_reason(&e),
                    e.line(),
                    e.column()
                ),
            )])
        }
    };
    let mut checker = Checker::default();
    let framework = checker.framework(&value);
    match framework {
        Some(framework) if checker.problems.is_empty() => Ok(framework),
        _ => Err(checker.problems),
    }
}

/// serde_json's message without its trailing position, which we report separately.
fn json_error_reason(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.find(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    }
}

fn problem(kind: ProblemKind, path: &str, message: String) -> Problem {
    Problem {
        kind,
        path: path.to_string(),
        message,
    }
}

/// Inclusive character-count bounds for a text field.
#[derive(Clone, Copy)]
struct Len(usize, usize);

const ID_MAX: usize = 64;

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, kind: ProblemKind, path: &str, message: String) {
        self.problems.push(problem(kind, path, message));
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
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
    fn only_fields(&mut self, map: &Map<String, Value>, path: &str, allowed: &[&str]) {
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

    fn required<'v>(
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

    fn text(&mut self, value: &Value, path: &str, len: Len) -> Option<String> {
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
        } else if count < len.0 {
            self.report(
                ProblemKind::OutOfRange,
                path,
                format!(
                    "This text is {count} characters; it needs at least {}.",
                    len.0
                ),
            );
            None
        } else if count > len.1 {
            self.report(
                ProblemKind::TextTooLong,
                path,
                format!(
                    "This text is {count} characters long; the limit is {}.",
                    len.1
                ),
            );
            None
        } else {
            Some(s.trim().to_string())
        }
    }

    fn text_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        len: Len,
    ) -> Option<String> {
        let value = self.required(map, path, key)?;
        self.text(value, &field_path(path, key), len)
    }

    fn id_field(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let id = self.text_field(map, path, key, Len(1, ID_MAX))?;
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

    fn number_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        min: f64,
        max: f64,
    ) -> Option<f64> {
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

    fn integer_field(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        min: u64,
        max: u64,
    ) -> Option<u64> {
        let value = self.required(map, path, key)?;
        self.integer(value, &field_path(path, key), min, max)
    }

    fn integer(&mut self, value: &Value, path: &str, min: u64, max: u64) -> Option<u64> {
        let Some(n) = value.as_u64() else {
            self.report(
                ProblemKind::WrongType,
                path,
                format!("Expected a whole number, found {}.", describe(value)),
            );
            return None;
        };
        if n < min || n > max {
            self.report(
                ProblemKind::OutOfRange,
                path,
                format!("{n} is out of range: use a whole number from {min} to {max}."),
            );
            return None;
        }
        Some(n)
    }

    fn array_field<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
        min: usize,
        max: usize,
    ) -> Option<&'v [Value]> {
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
            let kind = if items.is_empty() && key == "items" {
                ProblemKind::NoItems
            } else {
                ProblemKind::WrongCount
            };
            let message = if kind == ProblemKind::NoItems {
                "This dimension has no items; add at least one question.".to_string()
            } else {
                format!("This list has {} entries; it needs {wanted}.", items.len())
            };
            self.report(kind, &path, message);
            return None;
        }
        Some(items)
    }

    fn text_list(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        count: (usize, usize),
        len: Len,
    ) -> Option<Vec<String>> {
        let items = self.array_field(map, path, key, count.0, count.1)?;
        let base = field_path(path, key);
        let texts: Vec<Option<String>> = items
            .iter()
            .enumerate()
            .map(|(i, v)| self.text(v, &index_path(&base, i), len))
            .collect();
        texts.into_iter().collect()
    }

    fn framework(&mut self, value: &Value) -> Option<Framework> {
        let map = self.object(value, "$")?;
        // A file written for another format version is judged by that alone: its other
        // fields may legitimately differ from ours.
        let format_version = self.required(map, "$", "format_version")?;
        match format_version.as_u64() {
            Some(FORMAT_VERSION) => {}
            Some(other) => {
                self.report(
                    ProblemKind::UnsupportedFormatVersion,
                    "$.format_version",
                    format!(
                        "format_version {other} is not supported; this version of Yardstick reads format_version {FORMAT_VERSION}."
                    ),
                );
                return None;
            }
            None => {
                self.report(
                    ProblemKind::WrongType,
                    "$.format_version",
                    format!(
                        "Expected a whole number, found {}.",
                        describe(format_version)
                    ),
                );
                return None;
            }
        }

        self.only_fields(
            map,
            "$",
            &[
                "format_version",
                "id",
                "version",
                "title",
                "summary",
                "estimated_minutes",
                "scales",
                "levels",
                "scoring",
                "dimensions",
            ],
        );
        let id = self.id_field(map, "$", "id");
        let version = self.text_field(map, "$", "version", Len(1, 32));
        let title = self.text_field(map, "$", "title", Len(1, 80));
        let summary = self.text_field(map, "$", "summary", Len(1, 300));
        let minutes = self.integer_field(map, "$", "estimated_minutes", 1, 120);
        let scales = self
            .required(map, "$", "scales")
            .and_then(|v| self.scales(v, "$.scales"));
        let levels = self.levels(map);
        let scoring = self
            .required(map, "$", "scoring")
            .and_then(|v| self.scoring(v, "$.scoring"));
        let dimensions = self.dimensions(map, levels.as_deref(), scoring.as_ref());

        Some(Framework {
            format_version: FORMAT_VERSION,
            id: id?,
            version: version?,
            title: title?,
            summary: summary?,
            estimated_minutes: u32::try_from(minutes?).ok()?,
            scales: scales?,
            levels: levels?,
            scoring: scoring?,
            dimensions: dimensions?,
        })
    }

    fn scales(&mut self, value: &Value, path: &str) -> Option<Scales> {
        let map = self.object(value, path)?;
        self.only_fields(map, path, &["frequency", "anchored"]);
        let frequency = self.text_list(map, path, "frequency", (5, 5), Len(1, 40));
        let anchored = self.text_list(map, path, "anchored", (4, 4), Len(1, 40));
        Some(Scales {
            frequency: frequency?.try_into().ok()?,
            anchored: anchored?.try_into().ok()?,
        })
    }

    fn levels(&mut self, map: &Map<String, Value>) -> Option<Vec<Level>> {
        let items = self.array_field(map, "$", "levels", 2, 6)?;
        let mut levels = Vec::new();
        let mut complete = true;
        for (i, value) in items.iter().enumerate() {
            let path = index_path("$.levels", i);
            match self.level(value, &path) {
                Some(level) => levels.push(level),
                None => complete = false,
            }
        }
        if !complete {
            return None;
        }
        self.unique_ids(levels.iter().map(|l| l.id.as_str()), "$.levels", "level");
        if levels.first().is_some_and(|l| l.min_score != 0.0) {
            self.report(
                ProblemKind::LevelsOutOfOrder,
                "$.levels[0].min_score",
                "The first level must start at min_score 0 so that every score has a level."
                    .to_string(),
            );
        }
        for (i, pair) in levels.windows(2).enumerate() {
            if pair[1].min_score <= pair[0].min_score {
                self.report(
                    ProblemKind::LevelsOutOfOrder,
                    &format!("$.levels[{}].min_score", i + 1),
                    format!(
                        "Levels must be in ascending order: {} is not above the previous level's {}.",
                        plain_number(pair[1].min_score),
                        plain_number(pair[0].min_score)
                    ),
                );
            }
        }
        Some(levels)
    }

    fn level(&mut self, value: &Value, path: &str) -> Option<Level> {
        let map = self.object(value, path)?;
        self.only_fields(map, path, &["id", "name", "min_score", "description"]);
        let id = self.id_field(map, path, "id");
        let name = self.text_field(map, path, "name", Len(1, 40));
        let min_score = self.number_field(map, path, "min_score", 0.0, 100.0);
        let description = self.text_field(map, path, "description", Len(1, 300));
        Some(Level {
            id: id?,
            name: name?,
            min_score: min_score?,
            description: description?,
        })
    }

    fn scoring(&mut self, value: &Value, path: &str) -> Option<ScoringRules> {
        let map = self.object(value, path)?;
        self.only_fields(
            map,
            path,
            &["self_weight", "judgement_weight", "min_scored_items"],
        );
        let self_weight = self.number_field(map, path, "self_weight", 0.0, 100.0);
        let judgement_weight = self.number_field(map, path, "judgement_weight", 0.0, 100.0);
        let min_scored = self.integer_field(map, path, "min_scored_items", 1, 40);
        if let (Some(s), Some(j)) = (self_weight, judgement_weight) {
            if s + j <= 0.0 {
                self.report(
                    ProblemKind::OutOfRange,
                    &field_path(path, "self_weight"),
                    "self_weight and judgement_weight cannot both be 0.".to_string(),
                );
                return None;
            }
        }
        Some(ScoringRules {
            self_weight: self_weight?,
            judgement_weight: judgement_weight?,
            min_scored_items: usize::try_from(min_scored?).ok()?,
        })
    }

    fn dimensions(
        &mut self,
        map: &Map<String, Value>,
        levels: Option<&[Level]>,
        scoring: Option<&ScoringRules>,
    ) -> Option<Vec<Dimension>> {
        let values = self.array_field(map, "$", "dimensions", 1, 12)?;
        let mut dimensions = Vec::new();
        let mut complete = true;
        for (i, value) in values.iter().enumerate() {
            let path = index_path("$.dimensions", i);
            match self.dimension(value, &path, levels, scoring) {
                Some(d) => dimensions.push(d),
                None => complete = false,
            }
        }
        // Cross-dimension checks run even when some dimension failed, so an author sees
        // duplicate ids and weight errors in the same pass as the local ones.
        let dimension_ids = values.iter().enumerate().filter_map(|(i, v)| {
            Some((
                index_path("$.dimensions", i),
                v.get("id")?.as_str()?.to_string(),
            ))
        });
        self.unique_paths(dimension_ids, "id", "dimension");
        let item_ids = values.iter().enumerate().flat_map(|(d, v)| {
            let items = v.get("items").and_then(Value::as_array);
            items
                .into_iter()
                .flatten()
                .enumerate()
                .filter_map(move |(i, item)| {
                    Some((
                        format!("$.dimensions[{d}].items[{i}]"),
                        item.get("id")?.as_str()?.to_string(),
                    ))
                })
        });
        let item_ids: Vec<_> = item_ids.collect();
        self.unique_paths(item_ids.into_iter(), "id", "item");

        let weights: Vec<f64> = values
            .iter()
            .filter_map(|v| v.get("weight")?.as_f64())
            .collect();
        if weights.len() == values.len() {
            let sum: f64 = weights.iter().sum();
            if (sum - 100.0).abs() > 0.01 {
                self.report(
                    ProblemKind::WeightsDoNotSumTo100,
                    "$.dimensions",
                    format!(
                        "The dimension weights add up to {}; they must add up to 100.",
                        plain_number(sum)
                    ),
                );
            }
        }
        complete.then_some(dimensions)
    }

    fn unique_ids<'a>(&mut self, ids: impl Iterator<Item = &'a str>, path: &str, what: &str) {
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

    fn unique_paths(&mut self, ids: impl Iterator<Item = (String, String)>, key: &str, what: &str) {
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

    fn dimension(
        &mut self,
        value: &Value,
        path: &str,
        levels: Option<&[Level]>,
        scoring: Option<&ScoringRules>,
    ) -> Option<Dimension> {
        let map = self.object(value, path)?;
        self.only_fields(
            map,
            path,
            &[
                "id",
                "name",
                "description",
                "weight",
                "expected_level",
                "development_actions",
                "practice_questions",
                "items",
            ],
        );
        let id = self.id_field(map, path, "id");
        let name = self.text_field(map, path, "name", Len(1, 80));
        let description = self.text_field(map, path, "description", Len(1, 400));
        let weight = self.number_field(map, path, "weight", 0.0, 100.0);
        if weight == Some(0.0) {
            self.report(
                ProblemKind::OutOfRange,
                &field_path(path, "weight"),
                "A dimension's weight must be above 0; remove the dimension instead.".to_string(),
            );
        }
        let expected_level = self.id_field(map, path, "expected_level");
        if let (Some(expected), Some(levels)) = (&expected_level, levels) {
            if !levels.iter().any(|l| &l.id == expected) {
                let known: Vec<&str> = levels.iter().map(|l| l.id.as_str()).collect();
                self.report(
                    ProblemKind::UnknownReference,
                    &field_path(path, "expected_level"),
                    format!(
                        "\"{expected}\" is not one of the levels ({}).",
                        known.join(", ")
                    ),
                );
            }
        }
        let actions = self.text_list(map, path, "development_actions", (1, 8), Len(1, 300));
        let questions = self.text_list(map, path, "practice_questions", (1, 8), Len(1, 300));
        let items = self.items(map, path, scoring);
        Some(Dimension {
            id: id?,
            name: name?,
            description: description?,
            weight: weight.filter(|w| *w > 0.0)?,
            expected_level: expected_level?,
            development_actions: actions?,
            practice_questions: questions?,
            items: items?,
        })
    }

    fn items(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        scoring: Option<&ScoringRules>,
    ) -> Option<Vec<Item>> {
        let values = self.array_field(map, path, "items", 1, 40)?;
        let base = field_path(path, "items");
        let mut items = Vec::new();
        let mut complete = true;
        for (i, value) in values.iter().enumerate() {
            match self.item(value, &index_path(&base, i)) {
                Some(item) => items.push(item),
                None => complete = false,
            }
        }
        if !complete {
            return None;
        }
        let scored = items.iter().filter(|i| i.kind.is_scored()).count();
        if let Some(rules) = scoring {
            if scored < rules.min_scored_items {
                self.report(
                    ProblemKind::TooFewScoredItems,
                    &base,
                    format!(
                        "This dimension has {scored} scored items but scoring.min_scored_items is {}, so it could never be scored.",
                        rules.min_scored_items
                    ),
                );
            }
        }
        self.reverse_references(&items, &base);
        Some(items)
    }

    /// `reverse_of` must name a positively keyed behaviour item in the same dimension.
    fn reverse_references(&mut self, items: &[Item], base: &str) {
        for (i, item) in items.iter().enumerate() {
            let ItemKind::Behaviour {
                keyed, reverse_of, ..
            } = &item.kind
            else {
                continue;
            };
            let Some(target) = reverse_of else { continue };
            let path = format!("{base}[{i}].reverse_of");
            if *keyed != Keying::Negative {
                self.report(
                    ProblemKind::UnknownReference,
                    &path,
                    "Only a negatively keyed item can be the reverse of another.".to_string(),
                );
                continue;
            }
            let mirrors_positive = items.iter().any(|other| {
                other.id == *target
                    && matches!(
                        other.kind,
                        ItemKind::Behaviour {
                            keyed: Keying::Positive,
                            ..
                        }
                    )
            });
            if !mirrors_positive {
                self.report(
                    ProblemKind::UnknownReference,
                    &path,
                    format!(
                        "\"{target}\" is not a positively keyed behaviour item in this dimension."
                    ),
                );
            }
        }
    }

    fn item(&mut self, value: &Value, path: &str) -> Option<Item> {
        let map = self.object(value, path)?;
        let id = self.id_field(map, path, "id");
        let kind_name = self.required(map, path, "type")?;
        let kind = match kind_name.as_str() {
            Some("behaviour") => {
                self.only_fields(map, path, &["id", "type", "text", "keyed", "reverse_of"]);
                self.behaviour(map, path)
            }
            Some("anchored") => {
                self.only_fields(map, path, &["id", "type", "prompt", "anchors"]);
                let prompt = self.text_field(map, path, "prompt", Len(1, 300));
                let anchors = self.text_list(map, path, "anchors", (4, 4), Len(1, 400));
                Some(ItemKind::Anchored {
                    prompt: prompt?,
                    anchors: anchors?.try_into().ok()?,
                })
            }
            Some("scenario") => {
                self.only_fields(map, path, &["id", "type", "situation", "responses"]);
                self.scenario(map, path)
            }
            Some("evidence") => {
                self.only_fields(map, path, &["id", "type", "prompt", "max_chars"]);
                let prompt = self.text_field(map, path, "prompt", Len(1, 300));
                let max_chars = self.integer_field(map, path, "max_chars", 50, 4000);
                Some(ItemKind::Evidence {
                    prompt: prompt?,
                    max_chars: usize::try_from(max_chars?).ok()?,
                })
            }
            _ => {
                self.report(
                    ProblemKind::OutOfRange,
                    &field_path(path, "type"),
                    format!(
                        "Unknown item type {}; use behaviour, anchored, scenario or evidence.",
                        describe(kind_name)
                    ),
                );
                None
            }
        };
        Some(Item {
            id: id?,
            kind: kind?,
        })
    }

    fn behaviour(&mut self, map: &Map<String, Value>, path: &str) -> Option<ItemKind> {
        let text = self.text_field(map, path, "text", Len(1, 300));
        let keyed = match self.required(map, path, "keyed") {
            Some(Value::String(k)) if k == "positive" => Some(Keying::Positive),
            Some(Value::String(k)) if k == "negative" => Some(Keying::Negative),
            Some(other) => {
                self.report(
                    ProblemKind::OutOfRange,
                    &field_path(path, "keyed"),
                    format!(
                        "keyed must be \"positive\" or \"negative\", not {}.",
                        describe(other)
                    ),
                );
                None
            }
            None => None,
        };
        let reverse_of = match map.get("reverse_of") {
            None => Some(None),
            Some(_) => self.id_field(map, path, "reverse_of").map(Some),
        };
        Some(ItemKind::Behaviour {
            text: text?,
            keyed: keyed?,
            reverse_of: reverse_of?,
        })
    }

    fn scenario(&mut self, map: &Map<String, Value>, path: &str) -> Option<ItemKind> {
        let situation = self.text_field(map, path, "situation", Len(1, 600));
        let values = self.array_field(map, path, "responses", 4, 4)?;
        let base = field_path(path, "responses");
        let mut responses = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let rpath = index_path(&base, i);
            let Some(rmap) = self.object(value, &rpath) else {
                continue;
            };
            self.only_fields(rmap, &rpath, &["text", "effectiveness"]);
            let text = self.text_field(rmap, &rpath, "text", Len(1, 300));
            let grade = self.required(rmap, &rpath, "effectiveness").and_then(|v| {
                let gpath = field_path(&rpath, "effectiveness");
                match v.as_u64() {
                    Some(g @ 1..=4) => Some(g as u8),
                    Some(_) | None if v.is_number() => {
                        self.report(
                            ProblemKind::ScenarioKeyOutOfRange,
                            &gpath,
                            format!(
                                "The key grades responses from 1 (least effective) to 4 (most effective); {v} is out of range."
                            ),
                        );
                        None
                    }
                    _ => {
                        self.report(
                            ProblemKind::WrongType,
                            &gpath,
                            format!("Expected a whole number from 1 to 4, found {}.", describe(v)),
                        );
                        None
                    }
                }
            });
            if let (Some(text), Some(effectiveness)) = (text, grade) {
                responses.push(Response {
                    text,
                    effectiveness,
                });
            }
        }
        let responses: [Response; 4] = responses.try_into().ok()?;
        let best = responses.iter().map(|r| r.effectiveness).max();
        let worst = responses.iter().map(|r| r.effectiveness).min();
        if best == worst {
            self.report(
                ProblemKind::ScenarioKeyFlat,
                &base,
                "Every response has the same grade, so no choice can be better than another."
                    .to_string(),
            );
            return None;
        }
        Some(ItemKind::Scenario {
            situation: situation?,
            responses,
        })
    }
}

fn field_path(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

fn index_path(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// A number as a person would write it ("100", "99.5", "-0.25"), to four decimal places
/// at most. Written out by hand because the standard float formatter is one of the
/// largest pieces of a wasm build, and this is the only place the first-load build
/// would need it.
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

fn describe(value: &Value) -> String {
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
