//! The persisted state: attempts in progress and completed ones, with a schema version,
//! migrations from older schemas, and operations that touch only what they change.
//!
//! Every change is applied to the *latest* stored state rather than to a tab's copy, so
//! two tabs answering different items never overwrite each other's answers. That is why
//! operations are small functions of [`Store`] instead of "save everything I hold".

use crate::limits::DIMENSIONS;
use crate::order::sort_stable_by;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Answer;
use super::attempt::Attempt;
use super::feedback::record::FeedbackRecord;

/// The schema this build writes.
pub const SCHEMA_VERSION: u64 = 2;

/// Longest idle gap credited as time spent answering; a break is not reading time.
pub const MAX_CREDITED_GAP_MS: f64 = 120_000.0;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Store {
    pub schema: u64,
    /// At most one attempt per framework id is in progress.
    pub in_progress: Vec<Attempt>,
    /// Completed attempts, oldest first.
    pub history: Vec<Attempt>,
}

/// What was found under the storage key.
#[derive(Debug, PartialEq)]
pub enum Decoded {
    /// Nothing stored yet.
    Empty,
    Current(Store),
    /// An older schema, upgraded; the caller writes it back.
    Migrated {
        store: Store,
        from: u64,
    },
    /// Written by a newer Yardstick: keep the raw data, start clean.
    Newer {
        schema: u64,
    },
    /// Not readable: keep the raw data, start clean.
    Corrupt {
        reason: String,
    },
}

/// Reads stored text, migrating older schemas.
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let value: Value = match serde_json::from_str(raw) {
        Ok(value) => value,
        Err(e) => {
            return Decoded::Corrupt {
                reason: format!("the saved data is not valid JSON ({e})"),
            }
        }
    };
    let Some(schema) = value.get("schema").and_then(Value::as_u64) else {
        return Decoded::Corrupt {
            reason: "the saved data has no schema version".to_string(),
        };
    };
    match schema {
        SCHEMA_VERSION => match serde_json::from_value::<Store>(value) {
            Ok(store) => Decoded::Current(store),
            Err(e) => Decoded::Corrupt {
                reason: format!("the saved data does not have the expected shape ({e})"),
            },
        },
        1 => match migrate_v1(value) {
            Ok(store) => Decoded::Migrated { store, from: 1 },
            Err(reason) => Decoded::Corrupt { reason },
        },
        s if s > SCHEMA_VERSION => Decoded::Newer { schema: s },
        _ => Decoded::Corrupt {
            reason: format!("schema {schema} is not one this version knows"),
        },
    }
}

/// Schema 1 kept a single attempt in progress under `current`; schema 2 keeps one per
/// framework so a person can pause one role and try another.
fn migrate_v1(value: Value) -> Result<Store, String> {
    #[derive(Deserialize)]
    struct V1 {
        current: Option<Attempt>,
        #[serde(default)]
        history: Vec<Attempt>,
    }
    let old: V1 = serde_json::from_value(value)
        .map_err(|e| format!("the saved data (schema 1) could not be read ({e})"))?;
    Ok(Store {
        schema: SCHEMA_VERSION,
        in_progress: old.current.into_iter().collect(),
        history: old.history,
    })
}

pub fn encode(store: &Store) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(store).unwrap_or_default()
}

impl Store {
    pub fn new() -> Self {
        Store {
            schema: SCHEMA_VERSION,
            ..Store::default()
        }
    }

    pub fn in_progress_for(&self, framework_id: &str) -> Option<&Attempt> {
        self.in_progress
            .iter()
            .find(|a| a.framework_id == framework_id)
    }

    pub fn attempt(&self, id: &str) -> Option<&Attempt> {
        self.in_progress
            .iter()
            .chain(&self.history)
            .find(|a| a.id == id)
    }

    fn attempt_mut(&mut self, id: &str) -> Option<&mut Attempt> {
        self.in_progress.iter_mut().find(|a| a.id == id)
    }

    /// Starts `attempt`, replacing any attempt in progress for the same framework. An
    /// invitation the replaced attempt held moves to the new one when both answer the
    /// same version (observers answered that version, not those answers), so starting
    /// over never loses the responses that came back.
    pub fn start(&mut self, mut attempt: Attempt) {
        let replaced = self
            .in_progress
            .iter()
            .position(|a| a.framework_id == attempt.framework_id);
        if let Some(old) = replaced.map(|at| self.in_progress.remove(at)) {
            if attempt.feedback.is_none() && old.framework_version == attempt.framework_version {
                attempt.feedback = old.feedback;
            }
        }
        self.in_progress
            .retain(|a| a.framework_id != attempt.framework_id);
        self.in_progress.push(attempt);
    }

    /// Records one answer (or clears it with `None`) on an attempt in progress.
    /// Returns false when the attempt is no longer in progress (finished or discarded
    /// in another tab), so the caller can say so instead of writing into the void.
    pub fn set_answer(
        &mut self,
        attempt_id: &str,
        item_id: &str,
        answer: Option<Answer>,
        now: f64,
    ) -> bool {
        let Some(attempt) = self.attempt_mut(attempt_id) else {
            return false;
        };
        record_answer(attempt, item_id, answer, now);
        true
    }

    /// Records the person's answer to "How carefully did you answer?" (`None` clears it)
    /// on an attempt in progress; false when it is no longer in progress.
    pub fn set_care(&mut self, attempt_id: &str, care: Option<u8>) -> bool {
        let Some(attempt) = self.attempt_mut(attempt_id) else {
            return false;
        };
        record_care(attempt, care);
        true
    }

    pub fn set_position(&mut self, attempt_id: &str, position: usize) {
        if let Some(attempt) = self.attempt_mut(attempt_id) {
            attempt.position = position;
        }
    }

    /// Moves an attempt from in progress to history.
    pub fn complete(&mut self, attempt_id: &str, now: f64) -> bool {
        let Some(index) = self.in_progress.iter().position(|a| a.id == attempt_id) else {
            return false;
        };
        let mut attempt = self.in_progress.remove(index);
        attempt.completed_at = Some(now);
        attempt.updated_at = now;
        attempt.scoring_model = Some(super::scoring::SCORING_MODEL);
        self.history.push(attempt);
        true
    }

    /// Sets (or with `None` removes) the feedback record of an attempt, finished or in
    /// progress (an invitation can go out before the person answers): its invitation
    /// and responses. False when no such attempt is here.
    pub fn set_feedback(
        &mut self,
        attempt_id: &str,
        record: Option<FeedbackRecord>,
        now: f64,
    ) -> bool {
        let found = self
            .in_progress
            .iter_mut()
            .chain(self.history.iter_mut())
            .find(|a| a.id == attempt_id);
        let Some(attempt) = found else {
            return false;
        };
        attempt.feedback = record;
        // A later `updated_at` is what lets this change win when tabs' copies merge.
        attempt.updated_at = attempt.updated_at.max(now);
        true
    }

    pub fn discard(&mut self, attempt_id: &str) {
        self.in_progress.retain(|a| a.id != attempt_id);
    }

    pub fn delete_from_history(&mut self, attempt_id: &str) {
        self.history.retain(|a| a.id != attempt_id);
    }

    /// Takes into this store (a tab's memory, holding changes that storage refused)
    /// what `stored` knows and it does not: attempts another tab started, answered or
    /// finished since, attempt by attempt, the later `updated_at` winning. What this
    /// store changed is kept; nothing of it is rolled back to the stored copy.
    ///
    /// An attempt deleted here while storage refused writes comes back from `stored`:
    /// a delete is the one change this cannot tell from "another tab has not seen it".
    pub fn merge_unsaved(&mut self, stored: &Store) {
        for theirs in stored.in_progress.iter().chain(&stored.history) {
            if self
                .attempt(&theirs.id)
                .is_some_and(|ours| ours.updated_at >= theirs.updated_at)
            {
                continue;
            }
            if theirs.completed_at.is_none()
                && self.in_progress.iter().any(|ours| {
                    ours.framework_id == theirs.framework_id
                        && ours.id != theirs.id
                        && ours.updated_at >= theirs.updated_at
                })
            {
                continue; // this tab started a newer attempt at the same role
            }
            self.in_progress.retain(|a| a.id != theirs.id);
            self.history.retain(|a| a.id != theirs.id);
            if theirs.completed_at.is_some() {
                self.history.push(theirs.clone());
                sort_stable_by(&mut self.history, |a, b| {
                    a.completed_at
                        .unwrap_or(0.0)
                        .total_cmp(&b.completed_at.unwrap_or(0.0))
                });
            } else {
                self.start(theirs.clone());
            }
        }
    }

    /// Adds an imported, completed attempt to history. An attempt already there (same
    /// id) is left as it is, so importing the same file twice changes nothing. One whose
    /// id belongs to an attempt in progress here (made in another browser from the same
    /// start time and counter) is given a free id, so neither shadows the other.
    pub fn import(&mut self, mut attempt: Attempt) -> bool {
        if self.history.iter().any(|a| a.id == attempt.id) {
            return false;
        }
        if self.in_progress.iter().any(|a| a.id == attempt.id) {
            // Imported before under a new id: the same result, so nothing to add.
            let same_result = |a: &Attempt| {
                Attempt {
                    id: attempt.id.clone(),
                    ..a.clone()
                } == attempt
            };
            if self.history.iter().any(same_result) {
                return false;
            }
            let free = (2u32..)
                .map(|n| format!("{}-{n}", attempt.id))
                .find(|id| self.attempt(id).is_none());
            if let Some(free) = free {
                attempt.id = free;
            }
        }
        self.history.push(attempt);
        sort_stable_by(&mut self.history, |a, b| {
            a.completed_at
                .unwrap_or(0.0)
                .total_cmp(&b.completed_at.unwrap_or(0.0))
        });
        true
    }
}

/// Takes into `theirs` (an attempt as another tab just saved it) the answers that only
/// `ours` (this tab's copy) has: two tabs that answer a few milliseconds apart each
/// write before seeing the other's change, so the later write lacks the earlier answer.
/// Where both have an answer to the same item, the copy changed last wins. Returns
/// whether anything of ours was added. An answer cleared in the other tab while this
/// one still holds it comes back; clearing is rare, losing an answer is worse.
pub fn merge_answers(theirs: &mut Attempt, ours: &Attempt) -> bool {
    if theirs.id != ours.id || theirs.is_complete() || ours.is_complete() {
        return false;
    }
    let mut added = false;
    for (item, answer) in &ours.answers {
        let keep_ours = match theirs.answers.get(item) {
            None => true,
            Some(their) => their != answer && ours.updated_at > theirs.updated_at,
        };
        if keep_ours {
            theirs.answers.insert(item.clone(), answer.clone());
            added = true;
        }
    }
    if added {
        theirs.updated_at = theirs.updated_at.max(ours.updated_at);
        theirs.active_seconds = theirs.active_seconds.max(ours.active_seconds);
        if theirs.care.is_none() {
            theirs.care = ours.care;
        }
    }
    added
}

/// Records one answer (or clears it with `None`) on `attempt`, crediting the time since
/// its last change (up to [`MAX_CREDITED_GAP_MS`]) to it and to the screen it is on.
/// The caller checks that the attempt is in progress.
pub fn record_answer(attempt: &mut Attempt, item_id: &str, answer: Option<Answer>, now: f64) {
    let gap = (now - attempt.updated_at).clamp(0.0, MAX_CREDITED_GAP_MS);
    let seconds = (gap / 1000.0) as u32;
    attempt.active_seconds = attempt.active_seconds.saturating_add(seconds);
    // Credited to the screen the person is on; a position beyond any framework's
    // screens (a corrupt store) is not recorded rather than allocated for.
    if attempt.position < DIMENSIONS.max {
        if attempt.screen_seconds.len() <= attempt.position {
            attempt.screen_seconds.resize(attempt.position + 1, 0);
        }
        if let Some(screen) = attempt.screen_seconds.get_mut(attempt.position) {
            *screen = screen.saturating_add(seconds);
        }
    }
    attempt.updated_at = now;
    match answer {
        Some(answer) => attempt.answers.insert(item_id.to_string(), answer),
        None => attempt.answers.remove(item_id),
    };
}

/// Records the answer to "How carefully did you answer?" on `attempt`; an index out of
/// range is not kept.
pub fn record_care(attempt: &mut Attempt, care: Option<u8>) {
    attempt.care = care.filter(|c| usize::from(*c) < crate::quality::CARE_ANSWERS.len());
}
