//! The history as the history page lists it: finished attempts grouped by role, newest
//! first, the attempts each one can be compared with, and each attempt's card (title,
//! date, overall score, and the words of its delete and compare controls).

use super::attempt::Attempt;
use super::display::whole_score;
use super::framework::Framework;
use crate::order::sort_stable_by;

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
        sort_stable_by(list, newest_first);
    }
    sort_stable_by(&mut groups, |(_, a), (_, b)| match (a.first(), b.first()) {
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
    sort_stable_by(&mut candidates, |a, b| {
        b.completed_at
            .unwrap_or(0.0)
            .total_cmp(&a.completed_at.unwrap_or(0.0))
            .then_with(|| b.id.cmp(&a.id))
    });
    candidates
}

/// Where the framework an attempt is scored against stands.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameworkLookup {
    Ready(Box<Framework>),
    /// A built-in role whose questions are still being fetched.
    Loading,
    /// A role this version of Yardstick does not have.
    Missing,
}

/// One role's attempts, as the history page lists them.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleGroup {
    pub framework_id: String,
    /// The role's title, or its id when this version does not have the role.
    pub title: String,
    /// Said when there is only one attempt, so nothing to compare it with yet.
    pub only_attempt_note: Option<String>,
    /// Newest first.
    pub cards: Vec<HistoryCard>,
}

/// One finished attempt's card.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryCard {
    pub attempt: Attempt,
    /// The role's title in the attempt's framework, or as [`RoleGroup::title`].
    pub role_title: String,
    /// When it was completed: the card's heading.
    pub completed: String,
    /// `"68 out of 100, Solid"`, [`SCORES_HIDDEN`], or why there is no score to show.
    pub overall: String,
    /// The framework is at hand: the result can be opened (and compared, when
    /// `compare_with` is not empty).
    pub can_open: bool,
    /// JSON and CSV downloads are offered: the result can be opened and scores are shown.
    pub can_download: bool,
    /// `"the Engineering Manager attempt of 21 November 2026"`, for the delete button.
    pub delete_label: String,
    /// The name of the button that confirms deleting.
    pub confirm_label: String,
    /// The question the delete button asks first.
    pub confirm_message: String,
    /// Said once it is deleted.
    pub deleted_message: String,
    /// Other attempts at the same role to compare with, newest first; empty when the
    /// result cannot be opened or scores are hidden.
    pub compare_with: Vec<CompareChoice>,
}

/// An attempt to compare with.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareChoice {
    pub attempt_id: String,
    /// `"Attempt of 21 November 2026"`
    pub label: String,
}

/// What a card says instead of the score when the page was opened with `scores=hidden`.
pub const SCORES_HIDDEN: &str = "Finished. Scores are not shown here.";

/// The history page's groups and cards. `lookup` finds the framework of an attempt,
/// `role_title` names a role by its id, and `format_date` writes a time as the person's
/// local date. With `hide_scores` (`scores=hidden`) no card carries a score or level, and
/// none offers what would show one: downloads (they hold the scores) and comparisons.
pub fn history_groups(
    history: &[Attempt],
    lookup: &dyn Fn(&Attempt) -> FrameworkLookup,
    role_title: &dyn Fn(&str) -> String,
    format_date: &dyn Fn(f64) -> String,
    hide_scores: bool,
) -> Vec<RoleGroup> {
    let completed = |a: &Attempt| format_date(a.completed_at.unwrap_or(a.updated_at));
    history_by_role(history)
        .into_iter()
        .map(|(framework_id, attempts)| {
            let title = role_title(&framework_id);
            let cards = attempts
                .iter()
                .map(|attempt| {
                    let framework = lookup(attempt);
                    let when = completed(attempt);
                    let (card_title, overall) = match &framework {
                        FrameworkLookup::Ready(f) if hide_scores => {
                            (f.title.clone(), SCORES_HIDDEN.to_string())
                        }
                        FrameworkLookup::Ready(f) => (f.title.clone(), overall_text(f, attempt)),
                        FrameworkLookup::Loading => (title.clone(), "Loading…".to_string()),
                        FrameworkLookup::Missing => (
                            title.clone(),
                            "Cannot be shown: this version of Yardstick does not have this role."
                                .to_string(),
                        ),
                    };
                    let can_open = matches!(framework, FrameworkLookup::Ready(_));
                    let scores_shown = can_open && !hide_scores;
                    let delete_label = format!("the {card_title} attempt of {when}");
                    HistoryCard {
                        confirm_label: format!("Confirm deleting {delete_label}"),
                        confirm_message: format!(
                            "Delete {delete_label}? This cannot be undone; download it first if you want to keep a copy."
                        ),
                        deleted_message: format!("Deleted {delete_label}."),
                        delete_label,
                        compare_with: if scores_shown {
                            compare_candidates(&attempts, &attempt.id)
                                .into_iter()
                                .map(|other| CompareChoice {
                                    attempt_id: other.id.clone(),
                                    label: format!("Attempt of {}", completed(other)),
                                })
                                .collect()
                        } else {
                            Vec::new()
                        },
                        attempt: attempt.clone(),
                        role_title: card_title,
                        completed: when,
                        overall,
                        can_open,
                        can_download: scores_shown,
                    }
                })
                .collect();
            RoleGroup {
                only_attempt_note: (attempts.len() == 1).then(|| {
                    format!("This is your only finished {title} assessment. Take it again to compare two attempts area by area.")
                }),
                framework_id,
                title,
                cards,
            }
        })
        .collect()
}

/// `"68 out of 100, Solid"`, rounded as the results page rounds it.
fn overall_text(framework: &Framework, attempt: &Attempt) -> String {
    let score = attempt.score(framework);
    match score.overall {
        None => "Not scored: too few answers.".to_string(),
        Some(overall) => {
            let level = score
                .overall_level_id
                .as_deref()
                .and_then(|id| framework.level(id))
                .map(|l| format!(", {}", l.name))
                .unwrap_or_default();
            format!("{} out of 100{level}", whole_score(framework, overall))
        }
    }
}

/// The card of the attempt `attempt_id`, in whichever group it is.
pub fn find_card<'a>(groups: &'a [RoleGroup], attempt_id: &str) -> Option<&'a HistoryCard> {
    groups
        .iter()
        .flat_map(|g| &g.cards)
        .find(|card| card.attempt.id == attempt_id)
}
