//! Names of downloaded files: `yardstick-<role>-<date>.<ext>` for one result and
//! `yardstick-history-<date>.json` for the whole history, dated by the person's local
//! calendar day.
//!
//! ```
//! use yardstick_core::file_names::{history_file_name, slug};
//! assert_eq!(history_file_name(1_795_219_200_000.0, 0), "yardstick-history-2026-11-21.json");
//! assert_eq!(slug("Engineering Manager!"), "engineering-manager");
//! ```

use super::attempt::Attempt;

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
    // ASCII case folding: only ASCII letters and digits are kept, and Unicode's case
    // tables would cost the WebAssembly more than the rare letter they would fold.
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
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

/// The file name of a backup made at `made_at`, e.g. `yardstick-backup-2026-11-21.json`.
pub fn backup_file_name(made_at: f64, utc_offset_minutes: i32) -> String {
    dated_name("backup", made_at, utc_offset_minutes, "json")
}

/// The file name of a copy of everything stored, made at `now`, e.g.
/// `yardstick-stored-data-2026-11-21.json`.
pub fn stored_data_file_name(now: f64, utc_offset_minutes: i32) -> String {
    dated_name("stored-data", now, utc_offset_minutes, "json")
}

/// The file name of the answers in progress saved at `now` (when storage is full), e.g.
/// `yardstick-answers-in-progress-2026-11-21.json`.
pub fn in_progress_file_name(now: f64, utc_offset_minutes: i32) -> String {
    dated_name("answers-in-progress", now, utc_offset_minutes, "json")
}

/// The file name of a whole-history export made at `now`, e.g.
/// `yardstick-history-2026-11-21.json`.
pub fn history_file_name(now: f64, utc_offset_minutes: i32) -> String {
    dated_name("history", now, utc_offset_minutes, "json")
}
