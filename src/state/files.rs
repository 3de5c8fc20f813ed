//! Files in and out: downloading one result or the whole history, importing a result
//! file, the backup of unreadable data, and what all of it takes in storage.
use leptos::prelude::*;

use super::{AppState, KEY_PREFIX, STATE_KEY};
use crate::browser::clock::{now_ms, utc_offset_minutes};
use crate::browser::download::download_text;
use crate::core::attempt::Attempt;
use crate::core::builtin::is_built_in;
use crate::core::export::{export_csv, export_json};
use crate::core::file_names::{
    backup_file_name, history_file_name, in_progress_file_name, result_file_name,
    stored_data_file_name,
};
use crate::core::framework::Framework;
use crate::core::layout::{backup_made_at, is_backup_key};
use crate::core::team::csv::{heatmap_csv, team_file_name};
use crate::core::team::TeamSummary;
use crate::core::transfer::{export_all_json, read_import, ImportProblem};
use crate::core::usage::{storage_usage, StorageUsage};

/// The file name of the backup download.
const BACKUP_FILE_NAME: &str = "yardstick-backup.json";

/// A result's download format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultFormat {
    Json,
    Csv,
}

/// What exporting the whole history did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryExport {
    pub file_name: String,
    /// Results in the file.
    pub exported: usize,
    /// Results left out: their role is not in this version of Yardstick.
    pub skipped: usize,
}

impl AppState {
    /// Offers every attempt in progress, as this tab holds it, as one file: the copy to
    /// keep when storage is full. Returns the file name, or why nothing was downloaded.
    pub fn download_answers_in_progress(&self) -> Result<String, String> {
        let attempts = self.store.read.with_untracked(|s| s.in_progress.clone());
        let results: Vec<(Framework, Attempt)> = attempts
            .into_iter()
            .filter_map(|a| {
                let framework = self.framework_here(&a.framework_id, &a.framework_version)?;
                Some((framework, a))
            })
            .collect();
        if results.is_empty() {
            return Err("There are no answers in progress to download.".to_string());
        }
        let now = now_ms();
        let pairs: Vec<(&Framework, &Attempt)> = results.iter().map(|(f, a)| (f, a)).collect();
        let name = in_progress_file_name(now, utc_offset_minutes(now));
        download_text(&name, "application/json", &export_all_json(&pairs, now)).map(|()| name)
    }

    /// Offers the team view's heatmap as a CSV file dated today. Returns the file name,
    /// or why the browser refused.
    pub fn download_team_csv(&self, summary: &TeamSummary) -> Result<String, String> {
        let now = now_ms();
        let name = team_file_name(
            summary.framework_id.as_deref(),
            now,
            utc_offset_minutes(now),
        );
        download_text(&name, "text/csv", &heatmap_csv(summary))?;
        Ok(name)
    }

    /// Offers one result as a file dated in the person's time zone. Returns the file
    /// name, or why the browser refused.
    pub fn download_result(
        &self,
        framework: &Framework,
        attempt: &Attempt,
        format: ResultFormat,
    ) -> Result<String, String> {
        let offset = utc_offset_minutes(attempt.completed_at.unwrap_or(attempt.updated_at));
        let (name, mime, text) = match format {
            ResultFormat::Json => (
                result_file_name(attempt, offset, "json"),
                "application/json",
                export_json(framework, attempt, now_ms()),
            ),
            ResultFormat::Csv => (
                result_file_name(attempt, offset, "csv"),
                "text/csv",
                export_csv(framework, attempt),
            ),
        };
        download_text(&name, mime, &text).map(|()| name)
    }

    /// Offers every finished result as one JSON file, fetching built-in frameworks first
    /// if need be (each result is exported with its framework). `Err` says why nothing
    /// was downloaded.
    pub async fn export_history(self) -> Result<HistoryExport, String> {
        // A list, not a set of pairs: a history holds few roles, and a set of tuples would
        // add its own copy of the B-tree code to the app.
        let mut versions: Vec<(String, String)> = Vec::new();
        self.store.read.with_untracked(|s| {
            for a in &s.history {
                let pair = (a.framework_id.clone(), a.framework_version.clone());
                if !versions.contains(&pair) {
                    versions.push(pair);
                }
            }
        });
        for (role, version) in versions {
            let _ = self.ensure_version(role, version).await;
        }
        let history = self.store.read.with_untracked(|s| s.history.clone());
        let results: Vec<(Framework, Attempt)> = history
            .iter()
            .filter_map(|a| {
                let framework =
                    untrack(|| self.framework_for(&a.framework_id, &a.framework_version))?;
                Some((framework, a.clone()))
            })
            .collect();
        if results.is_empty() {
            return Err("There are no results this version of Yardstick can export.".to_string());
        }
        let now = now_ms();
        let pairs: Vec<(&Framework, &Attempt)> = results.iter().map(|(f, a)| (f, a)).collect();
        let file_name = history_file_name(now, utc_offset_minutes(now));
        download_text(
            &file_name,
            "application/json",
            &export_all_json(&pairs, now),
        )?;
        Ok(HistoryExport {
            file_name,
            exported: results.len(),
            skipped: history.len() - results.len(),
        })
    }

    /// Reads a result file (one result or a whole history) and adds its results to
    /// history in one save. Returns each result read and whether it was new (one
    /// already in history is left as it is); all or nothing when the file is refused.
    pub fn import(&self, text: &str) -> Result<Vec<(Attempt, bool)>, ImportProblem> {
        let imported = read_import(text, |id| {
            is_built_in(id) || untrack(|| self.framework_for(id, "")).is_some()
        })?;
        let attempts: Vec<Attempt> = imported.into_iter().map(|i| i.attempt).collect();
        let added = self.mutate(|store| {
            attempts
                .iter()
                .map(|a| store.import(a.clone()))
                .collect::<Vec<bool>>()
        });
        Ok(attempts.into_iter().zip(added).collect())
    }

    /// Offers the backup under `key` as a file, named by when it was made. Returns the
    /// file name, or why not (no backup any more, or the browser refused).
    pub fn download_backup(&self, key: &str) -> Result<String, String> {
        let raw = self
            .storage()
            .read(key)
            .filter(|_| is_backup_key(key))
            .ok_or_else(|| "The backup is no longer there.".to_string())?;
        let name = match backup_made_at(key) {
            Some(ms) => backup_file_name(ms, utc_offset_minutes(ms)),
            None => BACKUP_FILE_NAME.to_string(),
        };
        download_text(&name, "application/json", &raw).map(|()| name)
    }

    /// Offers everything Yardstick keeps in this browser, as stored (each key and its
    /// text), for data a newer version wrote and this one leaves alone.
    pub fn download_stored_data(&self) -> Result<String, String> {
        let storage = self.storage();
        // Inserted one by one: collecting into the map would sort first, and bring a
        // general-purpose sort into the WebAssembly for this one button.
        let mut entries = serde_json::Map::new();
        for (key, _) in storage.entries_with_prefix(KEY_PREFIX) {
            if let Some(text) = storage.read(&key) {
                entries.insert(key, serde_json::Value::String(text));
            }
        }
        if entries.is_empty() {
            return Err("Nothing is stored here any more.".to_string());
        }
        let now = now_ms();
        let name = stored_data_file_name(now, utc_offset_minutes(now));
        let text = serde_json::Value::Object(entries).to_string();
        download_text(&name, "application/json", &text).map(|()| name)
    }

    /// What Yardstick keeps in this browser (tracks the store; storage itself is not
    /// reactive, so a view that changes it outside the store reads this again).
    pub fn storage_usage(&self) -> StorageUsage {
        let entries = self.storage().entries_with_prefix(KEY_PREFIX);
        self.store
            .read
            .with(|s| storage_usage(s, &entries, STATE_KEY))
    }
}
