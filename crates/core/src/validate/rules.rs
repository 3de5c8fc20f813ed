//! What a framework file must hold (format_version 2, and 1 migrated on load): its fields, their limits from
//! [`crate::limits`], and the checks across fields that a JSON Schema cannot express
//! (unique ids, references, ascending levels, weights adding up to 100, scenario keys
//! that tell responses apart, enough scored items to score each dimension).

use serde_json::{Map, Value};

use super::checker::{describe, field_path, index_path, plain_number, Checker};
use super::ProblemKind;
use crate::framework::{
    Action, Dimension, DimensionKind, Framework, Item, ItemKind, Keying, Level, ObserverAnchored,
    PracticeQuestion, RatingScale, Response, Scales, ScoringRules, DEFAULT_JUDGEMENT_PER_SCENARIO,
    DEFAULT_SCALE, FORMAT_VERSION, OLDEST_FORMAT_VERSION,
};
use crate::limits::{
    Whole, ADDRESSES, ADVICE, ADVICE_TEXT, ANCHORED_LABELS, ANCHORS, ANCHOR_TEXT, DIMENSIONS,
    DIMENSION_DESCRIPTION, DIMENSION_NAME, DIMENSION_WEIGHT, EFFECTIVENESS, ESTIMATED_MINUTES,
    EVIDENCE_MAX_CHARS, ID, ITEMS, ITEM_TEXT, JUDGEMENT_PER_SCENARIO, LEVELS, LEVEL_DESCRIPTION,
    LEVEL_NAME, MIN_SCORED_ITEMS, RATING_LABELS, RATING_SCALES, RESPONSES, SCALE_LABEL, SCORE,
    SCORING_WEIGHT, SITUATION, SUMMARY, TITLE, VERSION,
};

/// The framework in `value`, if it has no problem; every problem found goes to `check`.
pub(super) fn framework(check: &mut Checker, value: &Value) -> Option<Framework> {
    let map = check.object(value, "$")?;
    // A file written for another format version is judged by that alone: its other
    // fields may legitimately differ from ours.
    let format_version = check.required(map, "$", "format_version")?;
    let format = match format_version.as_u64() {
        Some(v @ OLDEST_FORMAT_VERSION..=FORMAT_VERSION) => v,
        Some(other) => {
            check.report(
                ProblemKind::UnsupportedFormatVersion,
                "$.format_version",
                format!(
                    "format_version {other} is not supported; this version of Yardstick reads format_version {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}."
                ),
            );
            return None;
        }
        None => {
            check.report(
                ProblemKind::WrongType,
                "$.format_version",
                format!(
                    "Expected a whole number, found {}.",
                    describe(format_version)
                ),
            );
            return None;
        }
    };

    check.only_fields(
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
    let id = check.id_field(map, "$", "id");
    let version = check.text_field(map, "$", "version", VERSION);
    let title = check.text_field(map, "$", "title", TITLE);
    let summary = check.text_field(map, "$", "summary", SUMMARY);
    // Optional since the app computes the time from the words; kept for older files.
    let minutes = match map.get("estimated_minutes") {
        None => Some(None),
        Some(_) => check
            .integer_field(map, "$", "estimated_minutes", ESTIMATED_MINUTES)
            .map(|m| u32::try_from(m).ok()),
    };
    let scales = check
        .required(map, "$", "scales")
        .and_then(|v| scales(check, v, "$.scales", format));
    let levels = levels(check, map);
    let scoring = check
        .required(map, "$", "scoring")
        .and_then(|v| scoring(check, v, "$.scoring"));
    let dimensions = dimensions(check, map, levels.as_deref(), scoring.as_ref(), format);
    if let (Some(scales), Some(dimensions)) = (&scales, &dimensions) {
        scale_references(check, value, scales, dimensions);
    }

    Some(Framework {
        format_version: FORMAT_VERSION,
        id: id?,
        version: version?,
        title: title?,
        summary: summary?,
        estimated_minutes: minutes?,
        scales: scales?,
        levels: levels?,
        scoring: scoring?,
        dimensions: dimensions?,
    })
}

/// Format 2 declares named rating scales; format 1 had one, `frequency`, which becomes
/// the rating scale of that id (its items name no scale, so they all use it).
fn scales(check: &mut Checker, value: &Value, path: &str, format: u64) -> Option<Scales> {
    let map = check.object(value, path)?;
    let ratings = if format == 1 {
        check.only_fields(map, path, &["frequency", "anchored"]);
        let labels = check.text_list(map, path, "frequency", RATING_LABELS, SCALE_LABEL);
        labels.and_then(|labels| {
            Some(vec![RatingScale {
                id: DEFAULT_SCALE.to_string(),
                labels: labels.try_into().ok()?,
            }])
        })
    } else {
        check.only_fields(map, path, &["ratings", "anchored"]);
        rating_scales(check, map, path)
    };
    let anchored = check.text_list(map, path, "anchored", ANCHORED_LABELS, SCALE_LABEL);
    Some(Scales {
        ratings: ratings?,
        anchored: anchored?.try_into().ok()?,
    })
}

fn rating_scales(
    check: &mut Checker,
    map: &Map<String, Value>,
    path: &str,
) -> Option<Vec<RatingScale>> {
    let base = field_path(path, "ratings");
    let values = check.array_field(map, path, "ratings", RATING_SCALES)?;
    let mut scales = Vec::new();
    let mut complete = true;
    for (i, value) in values.iter().enumerate() {
        let spath = index_path(&base, i);
        let Some(smap) = check.object(value, &spath) else {
            complete = false;
            continue;
        };
        check.only_fields(smap, &spath, &["id", "labels"]);
        let id = check.id_field(smap, &spath, "id");
        let labels = check.text_list(smap, &spath, "labels", RATING_LABELS, SCALE_LABEL);
        match (
            id,
            labels.and_then(|l| <[String; RATING_LABELS.max]>::try_from(l).ok()),
        ) {
            (Some(id), Some(labels)) => scales.push(RatingScale { id, labels }),
            _ => complete = false,
        }
    }
    if !complete {
        return None;
    }
    check.unique_ids(scales.iter().map(|s| s.id.as_str()), &base, "rating scale");
    Some(scales)
}

/// Every behaviour item's scale must be one the file declares. `value` is the file, to
/// tell a statement that names a scale from one that takes the default.
fn scale_references(check: &mut Checker, value: &Value, scales: &Scales, dimensions: &[Dimension]) {
    let declared: Vec<&str> = scales.ratings.iter().map(|s| s.id.as_str()).collect();
    for (d, dimension) in dimensions.iter().enumerate() {
        for (i, item) in dimension.items.iter().enumerate() {
            let ItemKind::Behaviour { scale, .. } = &item.kind else {
                continue;
            };
            if scales.rating(scale).is_some() {
                continue;
            }
            let path = format!("$.dimensions[{d}].items[{i}]");
            let named = value
                .pointer(&format!("/dimensions/{d}/items/{i}/scale"))
                .is_some();
            let (path, what) = if named {
                (
                    field_path(&path, "scale"),
                    format!("This statement is rated on \"{scale}\""),
                )
            } else {
                (
                    path,
                    format!("This statement names no scale, so it is rated on \"{scale}\""),
                )
            };
            check.report(
                ProblemKind::UnknownReference,
                &path,
                format!(
                    "{what}, which is not one of the rating scales in $.scales.ratings ({}).",
                    declared.join(", ")
                ),
            );
        }
    }
}

fn levels(check: &mut Checker, map: &Map<String, Value>) -> Option<Vec<Level>> {
    let items = check.array_field(map, "$", "levels", LEVELS)?;
    let mut levels = Vec::new();
    let mut complete = true;
    for (i, value) in items.iter().enumerate() {
        let path = index_path("$.levels", i);
        match level(check, value, &path) {
            Some(level) => levels.push(level),
            None => complete = false,
        }
    }
    if !complete {
        return None;
    }
    check.unique_ids(levels.iter().map(|l| l.id.as_str()), "$.levels", "level");
    if levels.first().is_some_and(|l| l.min_score != 0.0) {
        check.report(
            ProblemKind::LevelsOutOfOrder,
            "$.levels[0].min_score",
            "The first level must start at min_score 0 so that every score has a level."
                .to_string(),
        );
    }
    for (i, pair) in levels.windows(2).enumerate() {
        if pair[1].min_score <= pair[0].min_score {
            check.report(
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

fn level(check: &mut Checker, value: &Value, path: &str) -> Option<Level> {
    let map = check.object(value, path)?;
    check.only_fields(map, path, &["id", "name", "min_score", "description"]);
    let id = check.id_field(map, path, "id");
    let name = check.text_field(map, path, "name", LEVEL_NAME);
    let min_score = check.number_field(map, path, "min_score", SCORE);
    let description = check.text_field(map, path, "description", LEVEL_DESCRIPTION);
    Some(Level {
        id: id?,
        name: name?,
        min_score: min_score?,
        description: description?,
    })
}

fn scoring(check: &mut Checker, value: &Value, path: &str) -> Option<ScoringRules> {
    let map = check.object(value, path)?;
    check.only_fields(
        map,
        path,
        &[
            "self_weight",
            "judgement_weight",
            "min_scored_items",
            "judgement_per_scenario",
        ],
    );
    let self_weight = check.number_field(map, path, "self_weight", SCORING_WEIGHT);
    let judgement_weight = check.number_field(map, path, "judgement_weight", SCORING_WEIGHT);
    let min_scored = check.integer_field(map, path, "min_scored_items", MIN_SCORED_ITEMS);
    // Optional: each scenario's share of its dimension; above 0 so that scenarios count.
    let per_scenario = if map.contains_key("judgement_per_scenario") {
        let n = check.number_field(map, path, "judgement_per_scenario", JUDGEMENT_PER_SCENARIO);
        if JUDGEMENT_PER_SCENARIO.above_min && n == Some(JUDGEMENT_PER_SCENARIO.min) {
            check.report(
                ProblemKind::OutOfRange,
                &field_path(path, "judgement_per_scenario"),
                "judgement_per_scenario must be above 0; set judgement_weight to 0 to leave scenarios out of the score.".to_string(),
            );
            return None;
        }
        n
    } else {
        Some(DEFAULT_JUDGEMENT_PER_SCENARIO)
    };
    if let (Some(s), Some(j)) = (self_weight, judgement_weight) {
        if s + j <= 0.0 {
            check.report(
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
        judgement_per_scenario: per_scenario?,
    })
}

fn dimensions(
    check: &mut Checker,
    map: &Map<String, Value>,
    levels: Option<&[Level]>,
    scoring: Option<&ScoringRules>,
    format: u64,
) -> Option<Vec<Dimension>> {
    let values = check.array_field(map, "$", "dimensions", DIMENSIONS)?;
    let mut dimensions = Vec::new();
    let mut complete = true;
    for (i, value) in values.iter().enumerate() {
        let path = index_path("$.dimensions", i);
        match dimension(check, value, &path, levels, scoring, format) {
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
    check.unique_paths(dimension_ids, "id", "dimension");
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
    check.unique_paths(item_ids.into_iter(), "id", "item");

    // Preparation dimensions have no weight and are left out of the sum.
    let capability: Vec<&Value> = values
        .iter()
        .filter(|v| v.get("kind").and_then(Value::as_str) != Some("preparation"))
        .collect();
    let weights: Vec<f64> = capability
        .iter()
        .filter_map(|v| v.get("weight")?.as_f64())
        .collect();
    if weights.len() == capability.len() {
        let sum: f64 = weights.iter().sum();
        if (sum - 100.0).abs() > 0.01 {
            check.report(
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

fn dimension(
    check: &mut Checker,
    value: &Value,
    path: &str,
    levels: Option<&[Level]>,
    scoring: Option<&ScoringRules>,
    format: u64,
) -> Option<Dimension> {
    let map = check.object(value, path)?;
    check.only_fields(
        map,
        path,
        &[
            "id",
            "name",
            "description",
            "weight",
            "expected_level",
            "kind",
            "development_actions",
            "practice_questions",
            "items",
        ],
    );
    let id = check.id_field(map, path, "id");
    let name = check.text_field(map, path, "name", DIMENSION_NAME);
    let description = check.text_field(map, path, "description", DIMENSION_DESCRIPTION);
    let kind = dimension_kind(check, map, path, format);
    // Preparation is reported apart and never moves the overall score: it has no weight.
    let weight = match kind {
        Some(DimensionKind::Preparation) => {
            if map.contains_key("weight") {
                check.report(
                    ProblemKind::OutOfRange,
                    &field_path(path, "weight"),
                    "A preparation dimension is reported apart from the score, so it has no weight; remove this field.".to_string(),
                );
                None
            } else {
                Some(0.0)
            }
        }
        _ => {
            let weight = check.number_field(map, path, "weight", DIMENSION_WEIGHT);
            if DIMENSION_WEIGHT.above_min && weight == Some(DIMENSION_WEIGHT.min) {
                check.report(
                    ProblemKind::OutOfRange,
                    &field_path(path, "weight"),
                    "A dimension's weight must be above 0; remove the dimension instead."
                        .to_string(),
                );
                None
            } else {
                weight
            }
        }
    };
    let expected_level = check.id_field(map, path, "expected_level");
    if let (Some(expected), Some(levels)) = (&expected_level, levels) {
        if !levels.iter().any(|l| &l.id == expected) {
            let known: Vec<&str> = levels.iter().map(|l| l.id.as_str()).collect();
            check.report(
                ProblemKind::UnknownReference,
                &field_path(path, "expected_level"),
                format!(
                    "\"{expected}\" is not one of the levels ({}).",
                    known.join(", ")
                ),
            );
        }
    }
    let (actions, questions) = if format == 1 {
        let actions = check.text_list(map, path, "development_actions", ADVICE, ADVICE_TEXT);
        let questions = check.text_list(map, path, "practice_questions", ADVICE, ADVICE_TEXT);
        (
            actions.map(|all| all.into_iter().map(Action::plain).collect()),
            questions.map(|all| all.into_iter().map(PracticeQuestion::plain).collect()),
        )
    } else {
        (
            advice_list(check, map, path, "development_actions", action),
            advice_list(check, map, path, "practice_questions", practice_question),
        )
    };
    let items = items(check, map, path, scoring, format);
    if let (Some(items), Some(actions), Some(questions)) = (&items, &actions, &questions) {
        advice_references(check, path, items, actions, questions);
    }
    Some(Dimension {
        id: id?,
        name: name?,
        description: description?,
        weight: weight?,
        expected_level: expected_level?,
        kind: kind?,
        development_actions: actions?,
        practice_questions: questions?,
        items: items?,
    })
}

/// `kind` (format 2, optional): `capability` unless it says `preparation`.
fn dimension_kind(
    check: &mut Checker,
    map: &Map<String, Value>,
    path: &str,
    format: u64,
) -> Option<DimensionKind> {
    match map.get("kind") {
        None => Some(DimensionKind::Capability),
        Some(Value::String(k)) if format >= 2 && k == "capability" => {
            Some(DimensionKind::Capability)
        }
        Some(Value::String(k)) if format >= 2 && k == "preparation" => {
            Some(DimensionKind::Preparation)
        }
        Some(other) => {
            check.report(
                ProblemKind::OutOfRange,
                &field_path(path, "kind"),
                format!(
                    "kind must be \"capability\" or \"preparation\", not {}.",
                    describe(other)
                ),
            );
            None
        }
    }
}

/// A list of advice objects under `key` (format 2), each read by `read`.
fn advice_list<T>(
    check: &mut Checker,
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    read: fn(&mut Checker, &Map<String, Value>, &str) -> Option<T>,
) -> Option<Vec<T>> {
    let values = check.array_field(map, path, key, ADVICE)?;
    let base = field_path(path, key);
    let mut all = Vec::new();
    let mut complete = true;
    for (i, value) in values.iter().enumerate() {
        let entry_path = index_path(&base, i);
        match check
            .object(value, &entry_path)
            .and_then(|m| read(check, m, &entry_path))
        {
            Some(entry) => all.push(entry),
            None => complete = false,
        }
    }
    complete.then_some(all)
}

fn action(check: &mut Checker, map: &Map<String, Value>, path: &str) -> Option<Action> {
    check.only_fields(map, path, &["text", "addresses"]);
    let text = check.text_field(map, path, "text", ADVICE_TEXT);
    let addresses = addresses(check, map, path);
    Some(Action {
        text: text?,
        addresses: addresses?,
    })
}

fn practice_question(
    check: &mut Checker,
    map: &Map<String, Value>,
    path: &str,
) -> Option<PracticeQuestion> {
    check.only_fields(
        map,
        path,
        &["text", "addresses", "strong_answer", "pitfall", "follow_up"],
    );
    let text = check.text_field(map, path, "text", ADVICE_TEXT);
    let addresses = addresses(check, map, path);
    let mut optional = |key: &str| match map.get(key) {
        None => Some(None),
        Some(_) => check.text_field(map, path, key, ADVICE_TEXT).map(Some),
    };
    let (strong_answer, pitfall, follow_up) = (
        optional("strong_answer"),
        optional("pitfall"),
        optional("follow_up"),
    );
    Some(PracticeQuestion {
        text: text?,
        addresses: addresses?,
        strong_answer: strong_answer?,
        pitfall: pitfall?,
        follow_up: follow_up?,
    })
}

/// The optional `addresses` list of item ids.
fn addresses(check: &mut Checker, map: &Map<String, Value>, path: &str) -> Option<Vec<String>> {
    match map.get("addresses") {
        None => Some(Vec::new()),
        Some(_) => check.text_list(map, path, "addresses", ADDRESSES, ID),
    }
}

/// Advice can address only its dimension's scored items: an evidence prompt has no
/// answer to rank by, and an item elsewhere belongs to another dimension's advice.
fn advice_references(
    check: &mut Checker,
    path: &str,
    items: &[Item],
    actions: &[Action],
    questions: &[PracticeQuestion],
) {
    let lists: [(&str, Vec<&Vec<String>>); 2] = [
        (
            "development_actions",
            actions.iter().map(|a| &a.addresses).collect(),
        ),
        (
            "practice_questions",
            questions.iter().map(|q| &q.addresses).collect(),
        ),
    ];
    for (key, entries) in lists {
        for (i, addresses) in entries.into_iter().enumerate() {
            for (k, id) in addresses.iter().enumerate() {
                let scored = items
                    .iter()
                    .any(|item| &item.id == id && item.kind.is_scored());
                if !scored {
                    check.report(
                        ProblemKind::UnknownReference,
                        &format!("{path}.{key}[{i}].addresses[{k}]"),
                        format!(
                            "\"{id}\" is not a scored item (statement, anchored question or scenario) of this dimension."
                        ),
                    );
                }
            }
        }
    }
}

fn items(
    check: &mut Checker,
    map: &Map<String, Value>,
    path: &str,
    scoring: Option<&ScoringRules>,
    format: u64,
) -> Option<Vec<Item>> {
    let base = field_path(path, "items");
    // An empty list gets its own problem: the author forgot the questions, not a count.
    if map
        .get("items")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty)
    {
        check.report(
            ProblemKind::NoItems,
            &base,
            "This dimension has no items; add at least one question.".to_string(),
        );
        return None;
    }
    let values = check.array_field(map, path, "items", ITEMS)?;
    let mut items = Vec::new();
    let mut complete = true;
    for (i, value) in values.iter().enumerate() {
        match item(check, value, &index_path(&base, i), format) {
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
            check.report(
                ProblemKind::TooFewScoredItems,
                &base,
                format!(
                    "This dimension has {scored} scored items but scoring.min_scored_items is {}, so it could never be scored.",
                    rules.min_scored_items
                ),
            );
        }
    }
    reverse_references(check, &items, &base);
    Some(items)
}

/// `reverse_of` must name a positively keyed behaviour item in the same dimension.
fn reverse_references(check: &mut Checker, items: &[Item], base: &str) {
    for (i, item) in items.iter().enumerate() {
        let ItemKind::Behaviour {
            keyed,
            reverse_of,
            scale,
            ..
        } = &item.kind
        else {
            continue;
        };
        let Some(target) = reverse_of else { continue };
        let path = format!("{base}[{i}].reverse_of");
        if *keyed != Keying::Negative {
            check.report(
                ProblemKind::UnknownReference,
                &path,
                "Only a negatively keyed item can be the reverse of another.".to_string(),
            );
            continue;
        }
        let mirrored = items.iter().find_map(|other| match &other.kind {
            ItemKind::Behaviour {
                keyed: Keying::Positive,
                scale: other_scale,
                ..
            } if other.id == *target => Some(other_scale),
            _ => None,
        });
        match mirrored {
            None => check.report(
                ProblemKind::UnknownReference,
                &path,
                format!("\"{target}\" is not a positively keyed behaviour item in this dimension."),
            ),
            // The consistency index compares the two ratings point for point, which
            // means something only when both are on the same scale.
            Some(other_scale) if other_scale != scale => check.report(
                ProblemKind::ScaleMismatch,
                &format!("{base}[{i}].scale"),
                format!(
                    "This statement mirrors \"{target}\", which is rated on \"{other_scale}\"; a mirrored pair must use the same scale, not \"{scale}\"."
                ),
            ),
            Some(_) => {}
        }
    }
}

fn item(check: &mut Checker, value: &Value, path: &str, format: u64) -> Option<Item> {
    let map = check.object(value, path)?;
    let id = check.id_field(map, path, "id");
    let kind_name = check.required(map, path, "type")?;
    let kind = match kind_name.as_str() {
        Some("behaviour") => {
            let fields: &[&str] = if format == 1 {
                &["id", "type", "text", "keyed", "reverse_of"]
            } else {
                &[
                    "id",
                    "type",
                    "text",
                    "keyed",
                    "scale",
                    "reverse_of",
                    "observer_text",
                ]
            };
            check.only_fields(map, path, fields);
            behaviour(check, map, path)
        }
        Some("anchored") => {
            let fields: &[&str] = if format == 1 {
                &["id", "type", "prompt", "anchors"]
            } else {
                &[
                    "id",
                    "type",
                    "prompt",
                    "anchors",
                    "observer_prompt",
                    "observer_anchors",
                ]
            };
            check.only_fields(map, path, fields);
            let prompt = check.text_field(map, path, "prompt", ITEM_TEXT);
            let anchors = check.text_list(map, path, "anchors", ANCHORS, ANCHOR_TEXT);
            let observer = observer_anchored(check, map, path);
            Some(ItemKind::Anchored {
                prompt: prompt?,
                anchors: anchors?.try_into().ok()?,
                observer: observer?,
            })
        }
        Some("scenario") => {
            check.only_fields(map, path, &["id", "type", "situation", "responses"]);
            scenario(check, map, path)
        }
        Some("evidence") => {
            check.only_fields(map, path, &["id", "type", "prompt", "max_chars"]);
            let prompt = check.text_field(map, path, "prompt", ITEM_TEXT);
            let max_chars = check.integer_field(map, path, "max_chars", EVIDENCE_MAX_CHARS);
            Some(ItemKind::Evidence {
                prompt: prompt?,
                max_chars: usize::try_from(max_chars?).ok()?,
            })
        }
        _ => {
            check.report(
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

/// `observer_prompt` and `observer_anchors` come together or not at all.
fn observer_anchored(
    check: &mut Checker,
    map: &Map<String, Value>,
    path: &str,
) -> Option<Option<ObserverAnchored>> {
    match (map.get("observer_prompt"), map.get("observer_anchors")) {
        (None, None) => Some(None),
        (Some(_), Some(_)) => {
            let prompt = check.text_field(map, path, "observer_prompt", ITEM_TEXT);
            let anchors = check.text_list(map, path, "observer_anchors", ANCHORS, ANCHOR_TEXT);
            Some(Some(ObserverAnchored {
                prompt: prompt?,
                anchors: anchors?.try_into().ok()?,
            }))
        }
        (Some(_), None) | (None, Some(_)) => {
            let missing = if map.contains_key("observer_prompt") {
                "observer_anchors"
            } else {
                "observer_prompt"
            };
            check.report(
                ProblemKind::MissingField,
                &field_path(path, missing),
                "An anchored item's observer wording needs both observer_prompt and observer_anchors.".to_string(),
            );
            None
        }
    }
}

fn behaviour(check: &mut Checker, map: &Map<String, Value>, path: &str) -> Option<ItemKind> {
    let text = check.text_field(map, path, "text", ITEM_TEXT);
    let keyed = match check.required(map, path, "keyed") {
        Some(Value::String(k)) if k == "positive" => Some(Keying::Positive),
        Some(Value::String(k)) if k == "negative" => Some(Keying::Negative),
        Some(other) => {
            check.report(
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
        Some(_) => check.id_field(map, path, "reverse_of").map(Some),
    };
    let scale = match map.get("scale") {
        None => Some(DEFAULT_SCALE.to_string()),
        Some(_) => check.id_field(map, path, "scale"),
    };
    let observer_text = match map.get("observer_text") {
        None => Some(None),
        Some(_) => check
            .text_field(map, path, "observer_text", ITEM_TEXT)
            .map(Some),
    };
    Some(ItemKind::Behaviour {
        text: text?,
        keyed: keyed?,
        scale: scale?,
        reverse_of: reverse_of?,
        observer_text: observer_text?,
    })
}

fn scenario(check: &mut Checker, map: &Map<String, Value>, path: &str) -> Option<ItemKind> {
    let situation = check.text_field(map, path, "situation", SITUATION);
    let values = check.array_field(map, path, "responses", RESPONSES)?;
    let base = field_path(path, "responses");
    let mut responses = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let rpath = index_path(&base, i);
        let Some(rmap) = check.object(value, &rpath) else {
            continue;
        };
        check.only_fields(rmap, &rpath, &["text", "effectiveness", "rationale"]);
        let text = check.text_field(rmap, &rpath, "text", ITEM_TEXT);
        let rationale = match rmap.get("rationale") {
            None => Some(None),
            Some(_) => check
                .text_field(rmap, &rpath, "rationale", ITEM_TEXT)
                .map(Some),
        };
        let grade = check.required(rmap, &rpath, "effectiveness").and_then(|v| {
            let gpath = field_path(&rpath, "effectiveness");
            let Whole { min, max } = EFFECTIVENESS;
            match v.as_u64() {
                Some(g) if (min..=max).contains(&g) => u8::try_from(g).ok(),
                Some(_) | None if v.is_number() => {
                    check.report(
                        ProblemKind::ScenarioKeyOutOfRange,
                        &gpath,
                        format!(
                            "The key grades responses from {min} (least effective) to {max} (most effective); {v} is out of range."
                        ),
                    );
                    None
                }
                _ => {
                    check.report(
                        ProblemKind::WrongType,
                        &gpath,
                        format!("Expected a whole number from {min} to {max}, found {}.", describe(v)),
                    );
                    None
                }
            }
        });
        if let (Some(text), Some(effectiveness), Some(rationale)) = (text, grade, rationale) {
            responses.push(Response {
                text,
                effectiveness,
                rationale,
            });
        }
    }
    let responses: [Response; RESPONSES.max] = responses.try_into().ok()?;
    let best = responses.iter().map(|r| r.effectiveness).max();
    let worst = responses.iter().map(|r| r.effectiveness).min();
    if best == worst {
        check.report(
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
