//! One person's attempt at one framework: the answers, where they were, and when.
//! Attempts are what storage keeps, history lists, exports carry and share codes encode.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::feedback::record::FeedbackRecord;
use super::framework::Framework;
use super::scoring::{score, Score, SCORING_MODEL};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique within this browser; made from the start time and a counter.
    pub id: String,
    pub framework_id: String,
    pub framework_version: String,
    /// Milliseconds since the Unix epoch.
    pub started_at: f64,
    pub updated_at: f64,
    pub completed_at: Option<f64>,
    /// Index of the dimension (one screen per dimension) the person was on.
    #[serde(default)]
    pub position: usize,
    /// Seconds spent with the assessment visible, for the too-fast check.
    #[serde(default)]
    pub active_seconds: u32,
    /// The same time split by screen (index as in `position`), for the per-screen check.
    /// Absent from attempts saved before it was recorded, and from share codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub screen_seconds: Vec<u32>,
    pub answers: Answers,
    /// The scoring model (`scoring::SCORING_MODEL`) when the attempt was finished, so a
    /// result later shown under another model can say so. `None` for attempts finished
    /// before it was recorded, and until an attempt is finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring_model: Option<u32>,
    /// The person's own answer to "How carefully did you answer?", an index into
    /// [`crate::quality::CARE_ANSWERS`]; optional, shown with the result, never scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care: Option<u8>,
    /// Feedback from others for this result: the invitation and the responses added
    /// (`docs/feedback.md`). Absent until the person makes an invitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<FeedbackRecord>,
}

impl Attempt {
    pub fn new(framework: &Framework, id: String, now: f64) -> Self {
        Attempt {
            id,
            framework_id: framework.id.clone(),
            framework_version: framework.version.clone(),
            started_at: now,
            updated_at: now,
            completed_at: None,
            position: 0,
            active_seconds: 0,
            screen_seconds: Vec::new(),
            answers: Answers::new(),
            scoring_model: None,
            care: None,
            feedback: None,
        }
    }

    /// Says so when this finished attempt was first scored under another model than the
    /// one that scores it now (or before models were recorded); `None` otherwise.
    pub fn model_note(&self) -> Option<String> {
        if !self.is_complete() || self.scoring_model == Some(SCORING_MODEL) {
            return None;
        }
        Some(match self.scoring_model {
            Some(model) => format!(
                "This result was first scored under scoring model {model}; it is shown as the current model ({SCORING_MODEL}) scores the same answers, so its numbers may differ from the ones first shown. The answers are unchanged."
            ),
            None => format!(
                "This result was finished before Yardstick recorded which scoring model scored it; it is shown as the current model ({SCORING_MODEL}) scores the same answers, so its numbers may differ from the ones first shown. The answers are unchanged."
            ),
        })
    }

    pub fn is_complete(&self) -> bool {
        self.completed_at.is_some()
    }

    /// Whether this attempt was made against `framework` (same id and version).
    pub fn matches(&self, framework: &Framework) -> bool {
        self.framework_id == framework.id && self.framework_version == framework.version
    }

    pub fn score(&self, framework: &Framework) -> Score {
        score(framework, &self.answers)
    }
}
