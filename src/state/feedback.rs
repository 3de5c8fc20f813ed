//! Feedback from others, on the person's side: making an attempt's invitation and adding
//! the responses that come back, stored with the attempt (`core::feedback::record`).

use leptos::prelude::*;

use super::AppState;
use crate::browser::clock::now_ms;
use crate::browser::download::download_text;
use crate::browser::location::page_url;
use crate::browser::random::random_bytes;
use crate::core::builtin::is_built_in;
use crate::core::feedback::invitation::Invitation;
use crate::core::feedback::record::{invite_link, AddOutcome, FeedbackRecord, ResponseInput};
use crate::core::feedback::response_code::{response_file, response_file_name, ObserverResponse};

impl AppState {
    /// Makes the one invitation of an attempt (finished, or in progress when the person
    /// asks before answering), showing `name` to observers
    /// (empty for none). `Err` says why not (a framework without observer wording, a
    /// name too long, a result that is gone).
    pub fn create_invitation(&self, attempt_id: &str, name: &str) -> Result<(), String> {
        let (_, framework) = self
            .attempt_with_framework(attempt_id)
            .ok_or("This assessment is no longer here.")?;
        let invitation =
            Invitation::new(&framework, random_bytes(), name).map_err(|e| e.to_string())?;
        let record = FeedbackRecord::new(&invitation);
        let now = now_ms();
        // One invitation per attempt: one already there (made here, or meanwhile in
        // another tab) stays.
        let made = self.mutate(|store| match store.attempt(attempt_id) {
            Some(a) if a.feedback.is_some() => true,
            _ => store.set_feedback(attempt_id, Some(record), now),
        });
        if made {
            Ok(())
        } else {
            Err(
                "This assessment is no longer here: it may have been deleted in another tab."
                    .to_string(),
            )
        }
    }

    /// The link to send observers for `record`'s invitation.
    pub fn invite_link(&self, framework_id: &str, record: &FeedbackRecord) -> String {
        let custom = if is_built_in(framework_id) {
            None
        } else {
            self.options.with_value(|o| o.framework_url.clone())
        };
        invite_link(&page_url(), custom.as_deref(), &record.invitation)
    }

    /// Adds pasted codes and picked files to a result's responses; each is checked, and
    /// only what passes is stored.
    pub fn add_responses(&self, attempt_id: &str, inputs: &[ResponseInput]) -> AddOutcome {
        let Some((_, framework)) = self.attempt_with_framework(attempt_id) else {
            return AddOutcome {
                messages: vec!["This assessment is no longer here.".to_string()],
                ..AddOutcome::default()
            };
        };
        let now = now_ms();
        self.mutate(|store| {
            let Some(mut record) = store.attempt(attempt_id).and_then(|a| a.feedback.clone())
            else {
                return AddOutcome {
                    messages: vec!["Make the invitation first.".to_string()],
                    ..AddOutcome::default()
                };
            };
            let outcome = record.add(&framework, inputs);
            if outcome.added + outcome.replaced > 0 {
                store.set_feedback(attempt_id, Some(record), now);
            }
            outcome
        })
    }

    /// Removes a result's invitation and every response added to it.
    pub fn remove_feedback(&self, attempt_id: &str) {
        let now = now_ms();
        self.mutate(|store| store.set_feedback(attempt_id, None, now));
    }

    /// Offers an observer's response as a file; returns its name, or why the browser
    /// refused.
    pub fn download_response(&self, response: &ObserverResponse) -> Result<String, String> {
        let name = response_file_name(response);
        download_text(&name, "application/json", &response_file(response))?;
        Ok(name)
    }
}
