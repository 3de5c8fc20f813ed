//! The team view for managers: many people's results for one role side by side, as a
//! heatmap of people against areas with the team's averages, ranges and spread.
//!
//! A [`Team`] lives in memory only. Nothing here reads or writes storage: the page
//! keeps the team while it is open, and "Remove everyone" ([`Team::remove_everyone`])
//! empties it in one step. docs/team-view.md explains every rule.
//!
//! - [`import`]: reading files and pasted share links into members, with a message per
//!   input ([`Team::import`]);
//! - [`summary`]: the page's view-model, heatmap cells and per-area statistics
//!   ([`Team::summary`]);
//! - [`csv`]: the heatmap as a CSV file, and its file name;
//! - [`names`]: people's names from file names, and initials;
//! - [`sample`]: generated results for benchmarks and end-to-end tests.
//!
//! ```
//! use yardstick_core::{attempt::Attempt, export::export_json, validate::load_framework};
//! use yardstick_core::team::{Team, TeamInput};
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut attempt = Attempt::new(&framework, "a1".into(), 1_000.0);
//! attempt.completed_at = Some(2_000.0);
//! let file = TeamInput::File { name: "ada-byrne.json".into(), text: export_json(&framework, &attempt, 3_000.0) };
//! let mut team = Team::new();
//! let reports = team.import(&[file], &[&framework]);
//! assert_eq!(reports[0].message, "Imported Ada Byrne from \u{201c}ada-byrne.json\u{201d}.");
//! assert_eq!(team.summary().rows[0].name, "Ada Byrne");
//! team.remove_everyone();
//! assert!(team.is_empty() && team.role().is_none());
//! ```

pub mod csv;
pub mod import;
pub mod markup;
pub mod names;
pub mod sample;
pub mod summary;

pub use import::{InputReport, InputStatus, LeftOut, LeftOutReason, Refusal, TeamInput};
pub use summary::{AreaStats, Cell, Highlight, Row, Spread, TeamSummary};

use crate::framework::Framework;
use crate::limits::Count;

/// How many people a team holds. 500 is five times the largest team the view is tuned
/// for (100 people), and keeps a heatmap of 12 areas under 6,000 cells.
pub const MEMBERS: Count = Count { min: 0, max: 500 };

/// Characters in a person's name, as many as a framework title may have.
pub const NAME: Count = Count { min: 1, max: 80 };

/// Largest pasted text read, in bytes: room for [`MEMBERS`]`.max` share links with
/// plenty to spare (a link is about 100 to 200 characters). A pasted export file goes
/// through [`crate::transfer::read_import`], which has its own limit.
pub const MAX_PASTED_BYTES: usize = 256 * 1024;

/// The role a team holds, taken from the first result imported into an empty team.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub framework_id: String,
    /// The version of the questions whose areas are the columns.
    pub framework_version: String,
    pub title: String,
    /// The capability areas, in the framework's order (a preparation area is left out:
    /// it reports readiness, not how someone leads, and has no score of its own).
    pub columns: Vec<Column>,
    /// The framework's level bands, lowest first: the heatmap's colour scale.
    pub levels: Vec<Band>,
}

/// One column of the heatmap: a capability area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub dimension_id: String,
    pub name: String,
}

/// One level band of the colour scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub level_id: String,
    pub name: String,
    /// Lowest 0–100 score in the band.
    pub min_score: f64,
}

/// One person in the team.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// Stable while the member is in the team (and never reused until the team is
    /// emptied): the key for renaming, removing and keyed lists.
    pub id: u32,
    /// As shown; the caller may change it with [`Team::rename`].
    pub name: String,
    /// The name given on import (from the file name, or "Person N"), which renaming to
    /// an empty name restores.
    pub imported_name: String,
    /// Where the result came from: the file's name, or "the pasted text".
    pub source: String,
    pub framework_id: String,
    /// The version of the questions the result was made with.
    pub framework_version: String,
    /// The version it was scored against: the same, unless this site does not have
    /// that version (then the team's version, matching answers by question id).
    pub scored_with: String,
    /// When it was finished; `None` for a share code, which carries no times.
    pub completed_at: Option<f64>,
    /// One per column of the team's [`Role`], `None` where the area had too few answers.
    pub areas: Vec<Option<AreaScore>>,
    /// The scored answers as a share code: what two copies of one result have in common
    /// (see [`import`] on duplicates).
    answers_key: String,
    /// The attempt's id, when it came from a file (share codes carry none).
    attempt_id: Option<String>,
}

/// A member's score in one area, computed on import from their answers.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaScore {
    /// Unrounded, 0–100.
    pub score: f64,
    /// As the results page shows it: a whole number that never crosses into a level
    /// band the score has not reached ([`crate::display::whole_score`]).
    pub whole: i64,
    /// The level the score falls in, in the member's own framework.
    pub level_id: Option<String>,
    /// That level's place in [`Role::levels`] (0 is the lowest): the heatmap colour.
    pub band: Option<usize>,
}

/// The people imported so far, all for one role.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Team {
    role: Option<Role>,
    members: Vec<Member>,
    /// The id the next member gets; also the N of "Person N".
    next_id: u32,
}

impl Team {
    pub fn new() -> Self {
        Team::default()
    }

    /// The role, once a result has been imported; `None` while the team is empty.
    pub fn role(&self) -> Option<&Role> {
        self.role.as_ref()
    }

    /// The members in the order they were imported.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    pub fn member(&self, id: u32) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Renames member `id`; false when there is no such member. The name is cleaned as
    /// an imported one is (white space collapsed, control characters dropped, cut to
    /// [`NAME`]`.max` characters); a name with nothing left restores the imported name.
    pub fn rename(&mut self, id: u32, name: &str) -> bool {
        let Some(member) = self.members.iter_mut().find(|m| m.id == id) else {
            return false;
        };
        member.name = names::clean_name(name).unwrap_or_else(|| member.imported_name.clone());
        true
    }

    /// Removes member `id`; false when there is no such member. Removing the last one
    /// empties the team as [`Team::remove_everyone`] does, so another role can follow.
    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.members.len();
        self.members.retain(|m| m.id != id);
        let removed = self.members.len() < before;
        if self.members.is_empty() {
            self.remove_everyone();
        }
        removed
    }

    /// Removes everyone and forgets the role, in one step; returns how many were removed.
    pub fn remove_everyone(&mut self) -> usize {
        let removed = self.members.len();
        *self = Team::default();
        removed
    }

    /// The id the next member will get (ids start at 1).
    fn take_id(&mut self) -> u32 {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }
}

/// What "Remove everyone" says once done, e.g. `"Removed all 12 people from the team.
/// Nothing about them was stored."`
pub fn removed_everyone_message(removed: usize) -> String {
    let who = match removed {
        0 => return "The team is already empty.".to_string(),
        1 => "the 1 person".to_string(),
        n => format!("all {n} people"),
    };
    format!("Removed {who} from the team. Nothing about them was stored.")
}

impl Role {
    /// The role of `framework`: its capability areas and level bands.
    pub fn of(framework: &Framework) -> Role {
        Role {
            framework_id: framework.id.clone(),
            framework_version: framework.version.clone(),
            title: framework.title.clone(),
            columns: framework
                .capability_dimensions()
                .map(|d| Column {
                    dimension_id: d.id.clone(),
                    name: d.name.clone(),
                })
                .collect(),
            levels: framework
                .levels
                .iter()
                .map(|l| Band {
                    level_id: l.id.clone(),
                    name: l.name.clone(),
                    min_score: l.min_score,
                })
                .collect(),
        }
    }

    /// The band `score` falls in (0 is the lowest).
    pub fn band_of(&self, score: f64) -> Option<usize> {
        self.levels.iter().rposition(|l| score >= l.min_score)
    }
}
