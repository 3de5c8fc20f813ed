//! The heatmap as a CSV file for a spreadsheet, and the file's name.
//!
//! ```
//! use yardstick_core::team::{csv::{heatmap_csv, team_file_name}, Team};
//! assert_eq!(heatmap_csv(&Team::new().summary()), "\"Name\"\r\n");
//! assert_eq!(
//!     team_file_name(Some("engineering-manager"), 1_795_219_200_000.0, 0),
//!     "yardstick-team-engineering-manager-2026-11-21.csv"
//! );
//! ```

use crate::export::csv_cell;
use crate::file_names::{calendar_date, slug};

use super::summary::TeamSummary;

/// One row per person under a header of `Name` and the areas' names, as RFC 4180 wants
/// it: every cell quoted (inner quotes doubled), CRLF line endings. Cells go through
/// [`csv_cell`], the result CSV's guard, so a name such as `=HYPERLINK(…)` reaches the
/// spreadsheet as text, not a formula. A score is the whole number the heatmap shows; an
/// area not scored is an empty cell, so a spreadsheet's averages skip it as the page does.
pub fn heatmap_csv(summary: &TeamSummary) -> String {
    let mut out = String::new();
    let mut push_row = |cells: Vec<String>| {
        let quoted: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    push_row(
        std::iter::once("Name".to_string())
            .chain(summary.columns.iter().map(|c| c.name.clone()))
            .collect(),
    );
    for row in &summary.rows {
        push_row(
            std::iter::once(row.name.clone())
                .chain(
                    row.cells
                        .iter()
                        .map(|c| c.score.map_or(String::new(), |s| s.to_string())),
                )
                .collect(),
        );
    }
    out
}

/// The CSV's file name, `yardstick-team-<role>-<date>.csv` (`yardstick-team-<date>.csv`
/// for an empty team), dated by the person's local day like every other download
/// ([`crate::file_names`]).
pub fn team_file_name(framework_id: Option<&str>, now: f64, utc_offset_minutes: i32) -> String {
    let (year, month, day) = calendar_date(now, utc_offset_minutes);
    let role = framework_id
        .filter(|id| !id.trim().is_empty())
        .map(|id| format!("-{}", slug(id)))
        .unwrap_or_default();
    format!("yardstick-team{role}-{year:04}-{month:02}-{day:02}.csv")
}
