//! Saving a result outside the browser: a JSON document that can be imported again
//! (and is the same shape posted to a host page), and a CSV table for spreadsheets.
//!
//! The JSON document carries the full [`Attempt`] so an import can re-score it, plus a
//! `result` summary for readers that do not score. Import trusts only the attempt: the
//! caller checks it knows `attempt.framework_id` and `framework_version` and scores it
//! again, so an edited summary changes nothing.
//!
//! ```
//! use yardstick_core::{attempt::Attempt, export::{export_json, import_json}, validate::load_framework};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut attempt = Attempt::new(&framework, "a1".into(), 1_000.0);
//! attempt.completed_at = Some(2_000.0);
//! let json = export_json(&framework, &attempt, 3_000.0);
//! assert_eq!(import_json(&json).unwrap(), attempt);
//! ```

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::attempt::Attempt;
use super::display::fixed;
use super::framework::{Framework, Level};
use super::scoring::{Position, SCORING_MODEL};

/// Value of `format` that marks a Yardstick result export.
pub const EXPORT_FORMAT: &str = "yardstick-result";
/// The export layout this build writes and the newest it reads.
pub const EXPORT_FORMAT_VERSION: u32 = 1;
/// Largest export file accepted for import, in bytes.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// A result export. Field names and meanings are a stable contract: host pages receive
/// this shape too. Scores are 0–100 rounded to one decimal; `null` means not scored.
/// Times are milliseconds since the Unix epoch; whole milliseconds (what `Date.now()`
/// gives) survive a round trip exactly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportDocument {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`EXPORT_FORMAT_VERSION`] when written.
    pub format_version: u32,
    pub exported_at: f64,
    /// The Yardstick version that wrote the file.
    pub app_version: String,
    /// [`SCORING_MODEL`] that computed `result`. Files written before it existed read as
    /// model 1. An import re-scores the attempt under the current model whatever this says.
    #[serde(default = "first_scoring_model")]
    pub scoring_model: u32,
    pub framework: FrameworkRef,
    pub attempt: Attempt,
    pub result: ResultSummary,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelRef {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultSummary {
    pub overall: Option<f64>,
    /// Likely range of `overall` (an 80% interval, docs/scoring.md); absent in model 1.
    #[serde(default)]
    pub overall_low: Option<f64>,
    #[serde(default)]
    pub overall_high: Option<f64>,
    pub overall_level: Option<LevelRef>,
    /// Statements answered "Hasn't come up" (unscored); absent before that answer existed.
    #[serde(default)]
    pub not_applicable: usize,
    /// Statements answered "Prefer not to answer" (unscored); absent in older files.
    #[serde(default)]
    pub declined: usize,
    /// In the framework's dimension order.
    pub dimensions: Vec<DimensionSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DimensionSummary {
    pub id: String,
    pub name: String,
    /// Share of the overall score in percent, as the framework sets it.
    pub weight: f64,
    pub score: Option<f64>,
    /// Likely range of `score`; absent in model 1.
    #[serde(default)]
    pub low: Option<f64>,
    #[serde(default)]
    pub high: Option<f64>,
    pub level: Option<LevelRef>,
    pub expected_level: Option<LevelRef>,
    /// `"below"`, `"about"` or `"above"` the expected level, judged by the range.
    #[serde(default)]
    pub position: Option<Position>,
    /// Score minus the lowest score of the expected level; negative is below it.
    pub gap: Option<f64>,
    /// Mean of behaviour and anchored items, 0–100.
    pub self_rating: Option<f64>,
    /// Mean of scenario items, 0–100.
    pub judgement: Option<f64>,
    /// Scored items answered with a scoring answer.
    pub scored_answers: usize,
    /// Statements answered "Hasn't come up"; absent before that answer existed.
    #[serde(default)]
    pub not_applicable: usize,
}

/// Why an import was refused. [`std::fmt::Display`] gives a plain sentence for the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    /// Valid JSON without `"format": "yardstick-result"` and a whole `format_version`.
    NotAnExport,
    NewerFormat {
        format_version: u64,
    },
    MissingAttempt,
    /// The attempt does not have the expected fields; `detail` is serde's reason.
    MalformedAttempt {
        detail: String,
    },
    NotCompleted,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {} KiB; a Yardstick export is at most {} KiB.",
                bytes.div_ceil(1024),
                MAX_IMPORT_BYTES / 1024
            ),
            ImportError::NotJson => f.write_str("The file is not JSON, so it is not a Yardstick export."),
            ImportError::NotAnExport => f.write_str("The file is JSON but not a Yardstick result export."),
            ImportError::NewerFormat { format_version } => write!(
                f,
                "The file was made by a newer Yardstick (export format {format_version}); this one reads format {EXPORT_FORMAT_VERSION}."
            ),
            ImportError::MissingAttempt => f.write_str("The export has no answers in it."),
            ImportError::MalformedAttempt { detail } => {
                write!(f, "The answers in the export are damaged: {detail}.")
            }
            ImportError::NotCompleted => {
                f.write_str("The export holds an unfinished attempt; only completed results can be imported.")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Builds the export document for a scored attempt. The summary scores `attempt`
/// against `framework`; the caller makes sure the two belong together.
pub fn export_document(framework: &Framework, attempt: &Attempt, now: f64) -> ExportDocument {
    ExportDocument {
        format: EXPORT_FORMAT.to_string(),
        format_version: EXPORT_FORMAT_VERSION,
        exported_at: now,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        scoring_model: SCORING_MODEL,
        framework: FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
            title: framework.title.clone(),
        },
        attempt: attempt.clone(),
        result: summarize(framework, attempt),
    }
}

/// The export document as pretty-printed JSON.
pub fn export_json(framework: &Framework, attempt: &Attempt, now: f64) -> String {
    // Serialising these plain structs cannot fail (string keys, no custom impls).
    let compact = serde_json::to_string(&export_document(framework, attempt, now));
    crate::pretty_json::indent(&compact.unwrap_or_default())
}

/// Reads the attempt back from an export. Never panics, whatever the text.
pub fn import_json(text: &str) -> Result<Attempt, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    import_value(value)
}

/// [`import_json`] on a document already parsed (one entry of a whole-history file).
pub fn import_value(value: Value) -> Result<Attempt, ImportError> {
    let Value::Object(mut document) = value else {
        return Err(ImportError::NotAnExport);
    };
    if document.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    match document.get("format_version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(EXPORT_FORMAT_VERSION) => {
            return Err(ImportError::NewerFormat { format_version: v })
        }
        Some(v) if v >= 1 => {}
        _ => return Err(ImportError::NotAnExport),
    }
    let attempt = document
        .remove("attempt")
        .ok_or(ImportError::MissingAttempt)?;
    let attempt: Attempt =
        serde_json::from_value(attempt).map_err(|e| ImportError::MalformedAttempt {
            detail: e.to_string(),
        })?;
    if !attempt.is_complete() {
        return Err(ImportError::NotCompleted);
    }
    // The attempt keeps the model it records, or none: the document's `scoring_model`
    // is the model of its summary when exported, not necessarily the one first shown.
    Ok(attempt)
}

/// The per-dimension summary of `attempt` scored against `framework`.
pub fn summarize(framework: &Framework, attempt: &Attempt) -> ResultSummary {
    let score = attempt.score(framework);
    let level_ref = |id: Option<&str>| {
        id.and_then(|id| framework.level(id))
            .map(|l: &Level| LevelRef {
                id: l.id.clone(),
                name: l.name.clone(),
            })
    };
    let dimensions = framework
        .dimensions
        .iter()
        .map(|dimension| {
            let scored = score.dimension(&dimension.id);
            let get = |f: fn(&super::scoring::DimensionScore) -> Option<f64>| {
                scored.and_then(f).map(round1)
            };
            DimensionSummary {
                id: dimension.id.clone(),
                name: dimension.name.clone(),
                weight: round1(dimension.weight),
                score: get(|s| s.score),
                low: get(|s| s.range.map(|r| r.low)),
                high: get(|s| s.range.map(|r| r.high)),
                level: level_ref(scored.and_then(|s| s.level_id.as_deref())),
                expected_level: level_ref(Some(&dimension.expected_level)),
                position: scored.and_then(|s| s.position),
                gap: get(|s| s.gap),
                self_rating: get(|s| s.self_rating),
                judgement: get(|s| s.judgement),
                scored_answers: scored.map_or(0, |s| s.scored_answers),
                not_applicable: scored.map_or(0, |s| s.not_applicable),
            }
        })
        .collect();
    ResultSummary {
        overall: score.overall.map(round1),
        overall_low: score.overall_range.map(|r| round1(r.low)),
        overall_high: score.overall_range.map(|r| round1(r.high)),
        overall_level: level_ref(score.overall_level_id.as_deref()),
        not_applicable: score.not_applicable,
        declined: score.declined,
        dimensions,
    }
}

/// Column titles of [`export_csv`].
/// The first ten are the columns of scoring model 1, in their old order; the range, the
/// position and later columns come after them so a spreadsheet reading columns by place
/// still works.
pub const CSV_HEADER: [&str; 15] = [
    "Dimension id",
    "Dimension",
    "Weight",
    "Score",
    "Level",
    "Expected level",
    "Gap",
    "Self rating",
    "Judgement",
    "Scored answers",
    "Likely low",
    "Likely high",
    "Against expected",
    "Scoring model",
    "Did not apply",
];

/// One row per dimension under [`CSV_HEADER`], CRLF line endings. Every cell is quoted
/// and neutralised against formula injection (see [`csv_cell`]); numbers have one
/// decimal and a dimension that is not scored has empty number cells.
pub fn export_csv(framework: &Framework, attempt: &Attempt) -> String {
    let mut out = String::new();
    let mut push_row = |cells: &[String]| {
        let quoted: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    push_row(&CSV_HEADER.map(String::from));
    let number = |v: Option<f64>| v.map_or(String::new(), |v| fixed(round1(v), 1));
    let name = |l: Option<LevelRef>| l.map_or(String::new(), |l| l.name);
    for d in summarize(framework, attempt).dimensions {
        push_row(&[
            d.id,
            d.name,
            number(Some(d.weight)),
            number(d.score),
            name(d.level),
            name(d.expected_level),
            number(d.gap),
            number(d.self_rating),
            number(d.judgement),
            d.scored_answers.to_string(),
            number(d.low),
            number(d.high),
            d.position
                .map_or(String::new(), |p| position_word(p).to_string()),
            SCORING_MODEL.to_string(),
            d.not_applicable.to_string(),
        ]);
    }
    out
}

/// Quotes one CSV cell, doubling inner quotes. Text a spreadsheet could run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return, per OWASP's CSV injection
/// advice) gets a leading `'`; a plain number such as `-12.5` is left as it is, since it
/// cannot be a formula and must stay a number.
pub fn csv_cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(text);
    let prefix = if risky { "'" } else { "" };
    format!("\"{prefix}{}\"", text.replace('"', "\"\""))
}

/// `-?digits(.digits)?`, the only number shapes [`export_csv`] writes.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// The model that wrote an export without a `scoring_model` field.
fn first_scoring_model() -> u32 {
    1
}

/// `"below"`, `"about"`, `"above"`: the position as the CSV writes it.
pub fn position_word(position: Position) -> &'static str {
    match position {
        Position::Below => "below",
        Position::About => "about",
        Position::Above => "above",
    }
}

fn round1(value: f64) -> f64 {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        0.0 // no "-0.0"
    } else {
        rounded
    }
}
