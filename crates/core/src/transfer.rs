//! Moving the history between browsers: every result as one export file, reading an
//! export file (one result or a whole history) back, all or nothing, and what the
//! history page says about either.

use serde_json::Value;

use super::attempt::Attempt;
use super::export::{export_document, import_value, ImportError, MAX_IMPORT_BYTES};
use super::framework::Framework;
use super::limits::TITLE;
use super::store::Store;

/// Every result as one JSON array of export documents (the same document
/// [`super::export::export_json`] writes for one), which [`read_import`] reads back.
pub fn export_all_json(results: &[(&Framework, &Attempt)], now: f64) -> String {
    let documents: Vec<_> = results
        .iter()
        .map(|(framework, attempt)| export_document(framework, attempt, now))
        .collect();
    // Serialising these plain structs cannot fail (string keys, no custom impls).
    crate::pretty_json::indent(&serde_json::to_string(&documents).unwrap_or_default())
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
    /// A backup of saved data (from "Your data") that this version cannot read, or that
    /// holds no finished result; says why.
    UnreadableBackup(String),
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
            ImportProblem::UnreadableBackup(why) => {
                write!(f, "The file is a backup of saved data, but {why}.")
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
    // Parsed once, as a value: a typed list or a second serialisation would each add
    // their own copy of the JSON code to the WebAssembly.
    let imported = if trimmed.starts_with('[') {
        let Ok(Value::Array(list)) = serde_json::from_str::<Value>(trimmed) else {
            return Err(ImportProblem::Single(ImportError::NotJson));
        };
        if list.is_empty() {
            return Err(ImportProblem::EmptyList);
        }
        let total = list.len();
        list.into_iter()
            .enumerate()
            .map(|(index, value)| {
                let title = role_title(&value);
                import_value(value)
                    .map(|attempt| Imported {
                        attempt,
                        role_title: title,
                    })
                    .map_err(|error| ImportProblem::InList {
                        index,
                        total,
                        error,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?
    } else if is_saved_state(trimmed) {
        backup_results(trimmed)?
    } else {
        if trimmed.len() > MAX_IMPORT_BYTES {
            return Err(ImportProblem::Single(ImportError::TooLarge {
                bytes: trimmed.len(),
            }));
        }
        let value = serde_json::from_str::<Value>(trimmed)
            .map_err(|_| ImportProblem::Single(ImportError::NotJson))?;
        let title = role_title(&value);
        let attempt = import_value(value).map_err(ImportProblem::Single)?;
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

/// Whether `text` is saved state (what "Your data" downloads as a backup: a `schema` and
/// no export `format`) rather than an export.
fn is_saved_state(text: &str) -> bool {
    serde_json::from_str::<Value>(text)
        .is_ok_and(|v| v.get("schema").is_some() && v.get("format").is_none())
}

/// The finished results in a backup of saved state, so a backup can be brought back.
fn backup_results(text: &str) -> Result<Vec<Imported>, ImportProblem> {
    let store = match super::store::decode(Some(text)) {
        super::store::Decoded::Current(store) | super::store::Decoded::Migrated { store, .. } => {
            store
        }
        super::store::Decoded::Newer { schema } => {
            return Err(ImportProblem::UnreadableBackup(format!(
                "it was written by a newer Yardstick (format {schema})"
            )))
        }
        super::store::Decoded::Corrupt { reason } => {
            return Err(ImportProblem::UnreadableBackup(reason))
        }
        super::store::Decoded::Empty => Store::default(),
    };
    let results: Vec<Imported> = store
        .history
        .into_iter()
        .filter(Attempt::is_complete)
        .map(|attempt| Imported {
            attempt,
            role_title: None,
        })
        .collect();
    if results.is_empty() {
        return Err(ImportProblem::UnreadableBackup(
            "it holds no finished result".to_string(),
        ));
    }
    Ok(results)
}

/// `framework.title` of an export document, trimmed and cut to the longest title a
/// framework may have.
fn role_title(document: &Value) -> Option<String> {
    let title = document.get("framework")?.get("title")?.as_str()?.trim();
    (!title.is_empty()).then(|| title.chars().take(TITLE.max).collect())
}

// What the history page says about exports and imports ----------------------------------

/// One result an import read, as the message names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedResult {
    pub role_title: String,
    /// When it was completed, as the person's local date.
    pub completed: String,
    /// False when it was already in the history (and left as it was).
    pub new: bool,
}

/// What an accepted import did, e.g. `"Imported: Engineering Manager, completed 21
/// November 2026"` or `"Imported 2 results; the other one was already in your history"`.
pub fn import_message(results: &[ImportedResult]) -> String {
    let new = results.iter().filter(|r| r.new).count();
    let already = results.len() - new;
    match (results, new) {
        ([one], 1) => format!("Imported: {}, completed {}", one.role_title, one.completed),
        ([_], _) => "That result is already in your history".to_string(),
        (all, 0) => format!(
            "All {} results in that file are already in your history",
            all.len()
        ),
        (_, n) if already == 0 => format!("Imported {n} results"),
        (_, n) => format!(
            "Imported {}; the other {} already in your history",
            results_count(n),
            if already == 1 {
                "one was".to_string()
            } else {
                format!("{already} were")
            }
        ),
    }
}

/// Why a file was refused: `“name.json” was not imported. <the problem> Nothing in your
/// history was changed.`
pub fn import_refused_message(file_name: &str, problem: &ImportProblem) -> String {
    format!(
        "\u{201c}{file_name}\u{201d} was not imported. {problem} Nothing in your history was changed."
    )
}

/// A file that could not be read at all: the browser's reason, and that nothing changed.
pub fn unreadable_file_message(reason: &str) -> String {
    format!("{reason} Nothing was imported.")
}

/// What exporting the whole history did, e.g. `"Download started:
/// yardstick-history-2026-11-21.json, with 3 results."`, and how many results were left
/// out because this version does not have their role.
pub fn export_message(file_name: &str, exported: usize, skipped: usize) -> String {
    let mut message = format!(
        "Download started: {file_name}, with {}.",
        results_count(exported)
    );
    match skipped {
        0 => {}
        1 => message
            .push_str(" 1 result for a role this version of Yardstick does not have was left out."),
        n => message.push_str(&format!(
            " {n} results for roles this version of Yardstick does not have were left out."
        )),
    }
    message
}

/// `"1 result"`, `"3 results"`.
fn results_count(n: usize) -> String {
    if n == 1 {
        "1 result".to_string()
    } else {
        format!("{n} results")
    }
}
