//! Loading and validating framework files.
//!
//! The loader walks the parsed JSON by hand instead of deriving `Deserialize`, so that it
//! can report every problem in a file at once, each with its JSON path and a plain
//! sentence, rather than stopping at serde's first error. It never panics, whatever the
//! bytes: serde_json bounds nesting depth, and every access is checked.
//!
//! [`checker`] is the generic part (problems with paths, texts, numbers, lists, closed
//! objects); [`rules`] is the framework format; the limits both use are in
//! [`crate::limits`]. [`lints`] is advice on a valid framework, never a reason to refuse it.

mod checker;
mod lints;
mod rules;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use checker::plain_number;
pub use lints::{lints, Lint, LintKind, MAX_OPTION_LENGTH_RATIO, MAX_STATEMENT_WORDS};

use super::framework::Framework;
use super::limits::MAX_FRAMEWORK_BYTES;
use checker::{problem, Checker};

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
    ScaleMismatch,
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
/// let bytes = include_bytes!("../../tests/fixtures/minimal-framework.json");
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
    let framework = rules::framework(&mut checker, &value);
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
