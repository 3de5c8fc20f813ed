//! Calibration notes: where a person's view of themselves and their judgement in
//! scenarios disagree, and where a top rating stands without an example behind it.
//! The notes carry no numbers, so they can be shown when scores are hidden.

use super::answers::{Answer, Answers};
use super::framework::{Framework, ItemKind};
use super::scoring::Score;

/// Points on the 0–100 scale between self-rating and judgement worth mentioning.
pub const CALIBRATION_GAP: f64 = 25.0;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Self-rating well above scenario judgement.
    Overrated,
    /// Self-rating well below scenario judgement.
    Underrated,
    /// A top anchored level with no evidence written for that dimension.
    Unsupported,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CalibrationNote {
    pub dimension_id: String,
    pub direction: Direction,
    pub message: String,
}

pub fn notes(framework: &Framework, answers: &Answers, score: &Score) -> Vec<CalibrationNote> {
    let mut notes = Vec::new();
    for dimension in &framework.dimensions {
        let Some(result) = score.dimension(&dimension.id) else {
            continue;
        };
        if let (Some(self_rating), Some(judgement)) = (result.self_rating, result.judgement) {
            let difference = self_rating - judgement;
            if difference >= CALIBRATION_GAP {
                notes.push(CalibrationNote {
                    dimension_id: dimension.id.clone(),
                    direction: Direction::Overrated,
                    message: format!(
                        "In {}, you rate yourself well above what your scenario choices suggest. Interviewers probe exactly this kind of gap: prepare concrete examples, or look again at the scenarios.",
                        dimension.name
                    ),
                });
            } else if difference <= -CALIBRATION_GAP {
                notes.push(CalibrationNote {
                    dimension_id: dimension.id.clone(),
                    direction: Direction::Underrated,
                    message: format!(
                        "In {}, your judgement in the scenarios is well ahead of how you rate yourself. You may be underselling yourself here.",
                        dimension.name
                    ),
                });
            }
        }
        let top_level_claimed = dimension.items.iter().any(|item| {
            matches!(item.kind, ItemKind::Anchored { .. })
                && matches!(answers.get(&item.id), Some(Answer::Level { value }) if *value >= 2)
        });
        let has_evidence_prompt = dimension
            .items
            .iter()
            .any(|item| matches!(item.kind, ItemKind::Evidence { .. }));
        if top_level_claimed && has_evidence_prompt && result.evidence_given == 0 {
            notes.push(CalibrationNote {
                dimension_id: dimension.id.clone(),
                direction: Direction::Unsupported,
                message: format!(
                    "You placed yourself above the bar in {} but wrote no example for it. A short Context-Action-Result story is what makes such a claim believable in an interview.",
                    dimension.name
                ),
            });
        }
    }
    notes
}
