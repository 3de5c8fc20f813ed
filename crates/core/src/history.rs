//! The history as the history view lists it: finished attempts grouped by role, newest
//! first, and the attempts each one can be compared with.

use super::attempt::Attempt;

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
