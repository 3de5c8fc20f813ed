//! History, in plain Rust: comparing two attempts at one role dimension by dimension,
//! grouping the history by role, naming export files, writing and reading an export of
//! the whole history, and summarising what Yardstick keeps in storage.
//!
//! The history, compare and privacy views only display what these functions return.
//!
//! ```
//! use yardstick_core::{attempt::Attempt, compare::{compare, signed}, validate::load_framework};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut first = Attempt::new(&framework, "a".into(), 1_000.0);
//! first.completed_at = Some(2_000.0);
//! let mut second = Attempt::new(&framework, "b".into(), 3_000.0);
//! second.completed_at = Some(4_000.0);
//! let comparison = compare((&framework, &second), (&framework, &first)).unwrap();
//! assert_eq!(comparison.earlier.attempt_id, "a"); // ordered by completion, whatever the argument order
//! assert_eq!(comparison.dimensions.len(), 2);
//! assert_eq!(signed(6), "+6");
//! ```

use serde_json::Value;

use super::attempt::Attempt;
use super::export::{export_document, import_json, ImportError};
use super::framework::Framework;
use super::store::Store;
use super::summary::shown_score;

// Comparing two attempts --------------------------------------------------------------

/// One attempt's side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    pub attempt_id: String,
    /// When the attempt was completed (milliseconds since the Unix epoch).
    pub completed_at: f64,
    /// The framework version the attempt was made with.
    pub framework_version: String,
    /// Overall score rounded to a whole number, `None` when not scored.
    pub overall: Option<i64>,
    /// Name of the overall level.
    pub overall_level: Option<String>,
}

/// One dimension both attempts have, with both scores (whole numbers) and levels.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionChange {
    pub dimension_id: String,
    /// The name in the later attempt's framework.
    pub name: String,
    pub earlier: Option<i64>,
    pub later: Option<i64>,
    pub earlier_level: Option<String>,
    pub later_level: Option<String>,
    /// `later - earlier` of the whole-number scores, when both are scored.
    pub change: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub framework_id: String,
    /// The role's title in the later attempt's framework.
    pub title: String,
    pub earlier: Side,
    pub later: Side,
    /// `later.overall - earlier.overall`, when both are scored.
    pub overall_change: Option<i64>,
    /// The attempts were made with different versions of the questions.
    pub versions_differ: bool,
    /// Dimensions both frameworks have (matched by id), in the later framework's order.
    pub dimensions: Vec<DimensionChange>,
    /// Names of dimensions only the earlier attempt's framework has.
    pub only_earlier: Vec<String>,
    /// Names of dimensions only the later attempt's framework has.
    pub only_later: Vec<String>,
}

/// Why two attempts cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// The attempts are for different roles (framework ids).
    DifferentRoles,
    /// Both sides are the same attempt.
    SameAttempt,
    /// At least one attempt is not completed.
    NotCompleted,
}

impl std::fmt::Display for CompareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CompareError::DifferentRoles => "Only two attempts at the same role can be compared.",
            CompareError::SameAttempt => {
                "That is the same attempt twice; choose two different attempts."
            }
            CompareError::NotCompleted => "Only finished attempts can be compared.",
        })
    }
}

impl std::error::Error for CompareError {}

/// Compares two completed attempts at the same role, each with the framework it is
/// scored against. The earlier-completed attempt comes first whatever the argument
/// order, so a positive change is an improvement over time.
pub fn compare(
    a: (&Framework, &Attempt),
    b: (&Framework, &Attempt),
) -> Result<Comparison, CompareError> {
    let (Some(a_done), Some(b_done)) = (a.1.completed_at, b.1.completed_at) else {
        return Err(CompareError::NotCompleted);
    };
    if a.1.id == b.1.id {
        return Err(CompareError::SameAttempt);
    }
    if a.1.framework_id != b.1.framework_id || a.0.id != b.0.id {
        return Err(CompareError::DifferentRoles);
    }
    let a_first = a_done
        .total_cmp(&b_done)
        .then_with(|| a.1.id.cmp(&b.1.id))
        .is_le();
    let ((earlier_fw, earlier), (later_fw, later)) = if a_first { (a, b) } else { (b, a) };
    let earlier_score = earlier.score(earlier_fw);
    let later_score = later.score(later_fw);

    let level_name = |framework: &Framework, id: Option<&str>| {
        id.and_then(|id| framework.level(id))
            .map(|l| l.name.clone())
    };
    let side = |framework: &Framework, attempt: &Attempt, score: &super::scoring::Score| Side {
        attempt_id: attempt.id.clone(),
        completed_at: attempt.completed_at.unwrap_or(0.0),
        framework_version: attempt.framework_version.clone(),
        overall: score.overall.map(|s| whole(framework, s)),
        overall_level: level_name(framework, score.overall_level_id.as_deref()),
    };
    let earlier_side = side(earlier_fw, earlier, &earlier_score);
    let later_side = side(later_fw, later, &later_score);

    let dimensions = later_fw
        .dimensions
        .iter()
        .filter(|d| earlier_fw.dimension(&d.id).is_some())
        .map(|d| {
            let before = earlier_score.dimension(&d.id);
            let after = later_score.dimension(&d.id);
            let earlier = before.and_then(|s| s.score).map(|s| whole(earlier_fw, s));
            let later = after.and_then(|s| s.score).map(|s| whole(later_fw, s));
            DimensionChange {
                dimension_id: d.id.clone(),
                name: d.name.clone(),
                earlier,
                later,
                earlier_level: level_name(earlier_fw, before.and_then(|s| s.level_id.as_deref())),
                later_level: level_name(later_fw, after.and_then(|s| s.level_id.as_deref())),
                change: difference(earlier, later),
            }
        })
        .collect();
    let names_missing_from = |from: &Framework, other: &Framework| -> Vec<String> {
        from.dimensions
            .iter()
            .filter(|d| other.dimension(&d.id).is_none())
            .map(|d| d.name.clone())
            .collect()
    };
    Ok(Comparison {
        framework_id: later_fw.id.clone(),
        title: later_fw.title.clone(),
        overall_change: difference(earlier_side.overall, later_side.overall),
        versions_differ: earlier.framework_version != later.framework_version
            || earlier_fw.version != later_fw.version,
        dimensions,
        only_earlier: names_missing_from(earlier_fw, later_fw),
        only_later: names_missing_from(later_fw, earlier_fw),
        earlier: earlier_side,
        later: later_side,
    })
}

/// A 0–100 score as the whole number people see on the results page: rounded, but
/// never into a level band the score has not reached (see [`shown_score`]).
pub fn whole(framework: &Framework, score: f64) -> i64 {
    shown_score(framework, score).value.round() as i64
}

fn difference(earlier: Option<i64>, later: Option<i64>) -> Option<i64> {
    Some(later? - earlier?)
}

/// A change with its sign: "+6", "−6" (a true minus sign, which screen readers read as
/// "minus"), or "0".
pub fn signed(change: i64) -> String {
    match change {
        c if c > 0 => format!("+{c}"),
        c if c < 0 => format!("\u{2212}{}", c.unsigned_abs()),
        _ => "0".to_string(),
    }
}

// The history, by role ------------------------------------------------------------------

/// Completed attempts grouped by framework id: each group newest first, groups ordered
/// by their newest attempt (most recent first).
pub fn history_by_role(history: &[Attempt]) -> Vec<(String, Vec<Attempt>)> {
    let mut groups: Vec<(String, Vec<Attempt>)> = Vec::new();
    for attempt in history.iter().filter(|a| a.is_complete()) {
        match groups
            .iter_mut()
            .find(|(id, _)| *id == attempt.framework_id)
        {
            Some((_, list)) => list.push(attempt.clone()),
            None => groups.push((attempt.framework_id.clone(), vec![attempt.clone()])),
        }
    }
    let newest_first = |a: &Attempt, b: &Attempt| {
        b.completed_at
            .unwrap_or(0.0)
            .total_cmp(&a.completed_at.unwrap_or(0.0))
            .then_with(|| b.id.cmp(&a.id))
    };
    for (_, list) in &mut groups {
        list.sort_by(newest_first);
    }
    groups.sort_by(|(_, a), (_, b)| match (a.first(), b.first()) {
        (Some(a), Some(b)) => newest_first(a, b),
        _ => std::cmp::Ordering::Equal,
    });
    groups
}

/// The attempts `attempt_id` can be compared with: other completed attempts at the same
/// role, newest first. Empty when the attempt is the only one of its role (or unknown).
pub fn compare_candidates<'a>(history: &'a [Attempt], attempt_id: &str) -> Vec<&'a Attempt> {
    let Some(this) = history.iter().find(|a| a.id == attempt_id) else {
        return Vec::new();
    };
    let mut candidates: Vec<&Attempt> = history
        .iter()
        .filter(|a| a.id != this.id && a.framework_id == this.framework_id && a.is_complete())
        .collect();
    candidates.sort_by(|a, b| {
        b.completed_at
            .unwrap_or(0.0)
            .total_cmp(&a.completed_at.unwrap_or(0.0))
            .then_with(|| b.id.cmp(&a.id))
    });
    candidates
}

// File names ----------------------------------------------------------------------------

/// The calendar date (year, month 1–12, day 1–31) of `ms` since the Unix epoch, shifted
/// by `utc_offset_minutes` (east of UTC is positive; the browser supplies it so the date
/// is the person's local date). A time that is not finite counts as the epoch.
pub fn calendar_date(ms: f64, utc_offset_minutes: i32) -> (i64, u32, u32) {
    let ms = if ms.is_finite() { ms } else { 0.0 };
    let local = ms + f64::from(utc_offset_minutes) * 60_000.0;
    let days = (local / 86_400_000.0).floor() as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `text` as a file-name part: lower-case ASCII letters and digits joined by single
/// hyphens, at most 64 characters; "result" when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(64);
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "result".to_string()
    } else {
        out.to_string()
    }
}

fn dated_name(part: &str, ms: f64, utc_offset_minutes: i32, extension: &str) -> String {
    let (year, month, day) = calendar_date(ms, utc_offset_minutes);
    format!(
        "yardstick-{part}-{year:04}-{month:02}-{day:02}.{}",
        slug(extension)
    )
}

/// The file name of one exported result, e.g.
/// `yardstick-engineering-manager-2026-11-21.json`, dated by the attempt's completion.
pub fn result_file_name(attempt: &Attempt, utc_offset_minutes: i32, extension: &str) -> String {
    let when = attempt.completed_at.unwrap_or(attempt.updated_at);
    dated_name(
        &slug(&attempt.framework_id),
        when,
        utc_offset_minutes,
        extension,
    )
}

/// The file name of a whole-history export made at `now`, e.g.
/// `yardstick-history-2026-11-21.json`.
pub fn history_file_name(now: f64, utc_offset_minutes: i32) -> String {
    dated_name("history", now, utc_offset_minutes, "json")
}

// Exporting and importing several results -----------------------------------------------

/// Every result as one JSON array of export documents (the same document
/// [`super::export::export_json`] writes for one), which [`read_import`] reads back.
pub fn export_all_json(results: &[(&Framework, &Attempt)], now: f64) -> String {
    let documents: Vec<_> = results
        .iter()
        .map(|(framework, attempt)| export_document(framework, attempt, now))
        .collect();
    // Serialising these plain structs cannot fail (string keys, no custom impls).
    serde_json::to_string_pretty(&documents).unwrap_or_default()
}

/// Largest file [`read_import`] accepts; each result in it must also fit
/// [`super::export::MAX_IMPORT_BYTES`].
pub const MAX_IMPORT_FILE_BYTES: usize = 4 * 1024 * 1024;

/// A completed attempt read from an export file.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub attempt: Attempt,
    /// The role's title as the file names it, if it does.
    pub role_title: Option<String>,
}

/// Why an import file was refused; nothing from it is imported.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    /// The file as a whole is too large.
    TooLarge { bytes: usize },
    /// A single-result file was refused.
    Single(ImportError),
    /// One result in a whole-history file was refused (`index` counts from 0).
    InList {
        index: usize,
        total: usize,
        error: ImportError,
    },
    /// A whole-history file with no results in it.
    EmptyList,
    /// Results for roles this version does not have, each named once, in file order.
    UnknownRoles(Vec<String>),
}

impl std::fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportProblem::TooLarge { bytes } => write!(
                f,
                "The file is {} KiB; the largest file Yardstick imports is {} KiB.",
                bytes.div_ceil(1024),
                MAX_IMPORT_FILE_BYTES / 1024
            ),
            ImportProblem::Single(error) => write!(f, "{error}"),
            ImportProblem::InList {
                index,
                total,
                error,
            } => {
                write!(
                    f,
                    "Result {} of {total} in the file cannot be imported. {error}",
                    index + 1
                )
            }
            ImportProblem::EmptyList => {
                f.write_str("The file holds an empty list, so there is nothing to import.")
            }
            ImportProblem::UnknownRoles(names) => {
                let quoted: Vec<String> = names
                    .iter()
                    .map(|n| format!("\u{201c}{n}\u{201d}"))
                    .collect();
                if let [one] = quoted.as_slice() {
                    write!(f, "The file holds a result for {one}, a role this version of Yardstick does not have.")
                } else {
                    write!(
                        f,
                        "The file holds results for roles this version of Yardstick does not have: {}.",
                        quoted.join(", ")
                    )
                }
            }
        }
    }
}

impl std::error::Error for ImportProblem {}

/// Reads an export file: one result (what `export_json` writes) or a whole history (what
/// [`export_all_json`] writes). `is_known_role` says whether a framework id is one this
/// version has. All or nothing: any refused result refuses the whole file.
pub fn read_import(
    text: &str,
    is_known_role: impl Fn(&str) -> bool,
) -> Result<Vec<Imported>, ImportProblem> {
    if text.len() > MAX_IMPORT_FILE_BYTES {
        return Err(ImportProblem::TooLarge { bytes: text.len() });
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let imported = if trimmed.starts_with('[') {
        let list: Vec<Value> = serde_json::from_str(trimmed)
            .map_err(|_| ImportProblem::Single(ImportError::NotJson))?;
        if list.is_empty() {
            return Err(ImportProblem::EmptyList);
        }
        let total = list.len();
        list.iter()
            .enumerate()
            .map(|(index, value)| {
                let text = serde_json::to_string(value).unwrap_or_default();
                import_json(&text)
                    .map(|attempt| Imported {
                        attempt,
                        role_title: role_title(value),
                    })
                    .map_err(|error| ImportProblem::InList {
                        index,
                        total,
                        error,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?
    } else {
        let attempt = import_json(trimmed).map_err(ImportProblem::Single)?;
        let title = serde_json::from_str::<Value>(trimmed)
            .ok()
            .and_then(|v| role_title(&v));
        vec![Imported {
            attempt,
            role_title: title,
        }]
    };
    let mut unknown: Vec<String> = Vec::new();
    for item in imported
        .iter()
        .filter(|i| !is_known_role(&i.attempt.framework_id))
    {
        let name = match &item.role_title {
            Some(title) if title.trim() != item.attempt.framework_id => {
                format!("{} ({})", title.trim(), item.attempt.framework_id)
            }
            _ => item.attempt.framework_id.clone(),
        };
        if !unknown.contains(&name) {
            unknown.push(name);
        }
    }
    if unknown.is_empty() {
        Ok(imported)
    } else {
        Err(ImportProblem::UnknownRoles(unknown))
    }
}

/// `framework.title` of an export document, trimmed to at most 80 characters.
fn role_title(document: &Value) -> Option<String> {
    let title = document.get("framework")?.get("title")?.as_str()?.trim();
    (!title.is_empty()).then(|| title.chars().take(80).collect())
}

// What is stored ------------------------------------------------------------------------

/// How many of something and roughly how many bytes they take.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub count: usize,
    pub bytes: usize,
}

/// What Yardstick keeps in this browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageUsage {
    /// Attempts in progress; bytes are their share of the saved state.
    pub in_progress: Usage,
    /// Completed attempts; bytes are their share of the saved state.
    pub completed: Usage,
    /// Bytes of the backup of unreadable data, if there is one.
    pub backup: Option<usize>,
    /// Any other entry under Yardstick's prefix (count and bytes).
    pub other: Usage,
    /// Everything under Yardstick's prefix, as storage counts it.
    pub total_bytes: usize,
}

/// Summarises storage from the `entries` under Yardstick's prefix (key and bytes, as
/// the browser counts them) and the `store` in use. Attempt sizes are measured on their
/// saved JSON (UTF-16, two bytes a character, as browsers count storage), so they add up
/// to a little less than the total, which also holds the store's own bookkeeping.
pub fn storage_usage(
    store: &Store,
    entries: &[(String, usize)],
    state_key: &str,
    backup_key: &str,
) -> StorageUsage {
    let measure = |attempts: &[Attempt]| Usage {
        count: attempts.len(),
        bytes: attempts
            .iter()
            .map(|a| serde_json::to_string(a).map_or(0, |s| s.encode_utf16().count() * 2))
            .sum(),
    };
    let mut usage = StorageUsage {
        in_progress: measure(&store.in_progress),
        completed: measure(&store.history),
        ..StorageUsage::default()
    };
    for (key, bytes) in entries {
        usage.total_bytes += bytes;
        if key == backup_key {
            usage.backup = Some(*bytes);
        } else if key != state_key {
            usage.other.count += 1;
            usage.other.bytes += bytes;
        }
    }
    usage
}

/// A size for people: "0 bytes", "1 byte", "850 bytes", "12.3 KB", "1.5 MB" (1 KB is
/// 1024 bytes).
pub fn format_bytes(bytes: usize) -> String {
    const KB: f64 = 1024.0;
    match bytes {
        1 => "1 byte".to_string(),
        b if b < 1024 => format!("{b} bytes"),
        b if (b as f64) < KB * KB => format!("{:.1} KB", b as f64 / KB),
        b => format!("{:.1} MB", b as f64 / (KB * KB)),
    }
}
