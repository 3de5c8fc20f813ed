//! The feedback a result has collected: its invitation and the responses added to it,
//! stored with the attempt (and so exported with it) as their codes. Codes are the
//! compact, checksummed form, and keeping them rather than decoded answers means a
//! stored response is read by exactly the checks a pasted one passes.
//!
//! ```
//! use yardstick_core::feedback::invitation::Invitation;
//! use yardstick_core::feedback::record::{FeedbackRecord, ResponseInput};
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//! let mut record = FeedbackRecord::new(&Invitation::new(&framework, [7; 8], "").unwrap());
//! let outcome = record.add(&framework, &[ResponseInput::Pasted("hello there".into())]);
//! assert_eq!(outcome.added, 0);
//! assert_eq!(outcome.messages, ["No response code was found in the pasted text."]);
//! ```

use serde::{Deserialize, Serialize};

use super::invitation::{self, Invitation};
use super::response_code::{self, ObserverResponse, ResponseCodeError};
use crate::display::shorten;
use crate::framework::Framework;

/// Most responses one result keeps: far more than anyone asks, small enough that a
/// mistaken paste of a whole chat log cannot fill storage.
pub const MAX_RESPONSES: usize = 200;

/// Characters of a code shown in a message, so the person can tell which one it means.
const CODE_SHOWN_CHARS: usize = 12;
/// Fewest characters a pasted word must have to be taken for a code (the shortest
/// response, to a one-question framework, is longer than this).
const MIN_CODE_CHARS: usize = 24;

/// An attempt's invitation and the responses added to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackRecord {
    /// The invitation code, as in the link after `#/invite/`.
    pub invitation: String,
    /// Response codes in the order they were added, each as the encoder writes it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<String>,
}

/// Something the person brings in: pasted text (one or more codes, or a response
/// file's text) or a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseInput {
    Pasted(String),
    File { name: String, bytes: Vec<u8> },
}

/// What adding responses did: counts and one message per code or file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddOutcome {
    pub added: usize,
    /// Corrections: responses that replaced an earlier one from the same browser.
    pub replaced: usize,
    pub messages: Vec<String>,
}

impl AddOutcome {
    /// One line for the status: what changed, and the total now in.
    pub fn summary(&self, total: usize) -> String {
        let changed = match (self.added, self.replaced) {
            (0, 0) => "No response was added.".to_string(),
            (1, 0) => "1 response added.".to_string(),
            (n, 0) => format!("{n} responses added."),
            (0, 1) => "1 response corrected.".to_string(),
            (0, r) => format!("{r} responses corrected."),
            (n, r) => format!("{n} added, {r} corrected."),
        };
        let total = match total {
            1 => "1 response is in.".to_string(),
            n => format!("{n} responses are in."),
        };
        format!("{changed} {total}")
    }
}

impl FeedbackRecord {
    /// A record for a new invitation, with no responses yet.
    pub fn new(invitation: &Invitation) -> FeedbackRecord {
        FeedbackRecord {
            invitation: invitation::encode(invitation),
            responses: Vec::new(),
        }
    }

    /// The invitation, or why it cannot be read (a record edited by hand).
    pub fn invitation(&self) -> Result<Invitation, invitation::InvitationError> {
        invitation::decode(&self.invitation)
    }

    /// The stored responses that read against `framework` and this invitation, in the
    /// order they were added. A stored code that no longer reads (a record edited by
    /// hand) is left out rather than trusted.
    pub fn responses(&self, framework: &Framework) -> Vec<ObserverResponse> {
        let Ok(invitation) = self.invitation() else {
            return Vec::new();
        };
        self.responses
            .iter()
            .filter_map(|code| response_code::decode(code, framework, &invitation).ok())
            .collect()
    }

    /// Adds what the person brought in, checking each code against this invitation and
    /// `framework` (the invitation's, in its exact version). A code already here is
    /// refused; a response with the same response id as one here (the same observer's
    /// browser, correcting it) replaces that one. Nothing that fails a check changes the
    /// record.
    pub fn add(&mut self, framework: &Framework, inputs: &[ResponseInput]) -> AddOutcome {
        let mut outcome = AddOutcome::default();
        let Ok(invitation) = self.invitation() else {
            outcome
                .messages
                .push("This result's invitation could not be read, so responses cannot be checked against it.".to_string());
            return outcome;
        };
        for input in inputs {
            match input {
                ResponseInput::Pasted(text) if text.trim_start().starts_with('{') => {
                    let read = response_code::read_response_file(
                        text.trim().as_bytes(),
                        framework,
                        &invitation,
                    );
                    self.take(read, "The pasted response file", &mut outcome);
                }
                ResponseInput::Pasted(text) => {
                    let codes = candidate_codes(text);
                    if codes.is_empty() {
                        outcome
                            .messages
                            .push("No response code was found in the pasted text.".to_string());
                    }
                    for code in codes {
                        let read = response_code::decode(code, framework, &invitation);
                        let label = format!("The code {}", shorten(code, CODE_SHOWN_CHARS));
                        self.take(read, &label, &mut outcome);
                    }
                }
                ResponseInput::File { name, bytes } => {
                    let read = response_code::read_response_file(bytes, framework, &invitation);
                    self.take(read, name, &mut outcome);
                }
            }
        }
        outcome
    }

    fn take(
        &mut self,
        read: Result<ObserverResponse, ResponseCodeError>,
        label: &str,
        outcome: &mut AddOutcome,
    ) {
        let response = match read {
            Ok(response) => response,
            Err(why) => {
                outcome.messages.push(format!("{label}: {why}"));
                return;
            }
        };
        let code = response.duplicate_key();
        if self.responses.contains(&code) {
            outcome.messages.push(format!(
                "{label}: already added. Each response counts once."
            ));
            return;
        }
        let same_observer = self
            .responses
            .iter()
            .position(|stored| same_response_id(stored, &response));
        if let Some(index) = same_observer {
            self.responses.remove(index);
            self.responses.push(code);
            outcome.replaced += 1;
            outcome.messages.push(format!(
                "{label}: replaces an earlier response made in the same browser (a correction)."
            ));
            return;
        }
        if self.responses.len() >= MAX_RESPONSES {
            outcome.messages.push(format!(
                "{label}: not added; a result keeps at most {MAX_RESPONSES} responses."
            ));
            return;
        }
        self.responses.push(code);
        outcome.added += 1;
        outcome.messages.push(format!("{label}: added."));
    }
}

/// Whether the stored code `stored` carries the same invitation and response id as
/// `response`, read from the code's bytes without a framework.
fn same_response_id(stored: &str, response: &ObserverResponse) -> bool {
    response_code::ids_of(stored) == Some((response.invitation_id(), response.response_id()))
}

/// The words of pasted text that could be codes: runs of the code alphabet (letters,
/// digits, `-` and `_`) at least [`MIN_CODE_CHARS`] long, so a code pasted with the
/// message it came in ("Here is mine: sQcH...") is found and the words around it are
/// not reported as broken codes. A link's fragment counts too.
fn candidate_codes(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .filter(|word| word.len() >= MIN_CODE_CHARS)
        .collect()
}

/// The link observers open: the page address (no query or fragment), the custom
/// framework's address when the role is not built in (the observer's page must load
/// the same framework), and the invitation in the fragment, which never reaches a server.
/// Display options (embedding, theme, hidden scores) are the person's own and are left
/// out: the observer opens the link in their own tab.
///
/// ```
/// use yardstick_core::feedback::record::invite_link;
/// assert_eq!(invite_link("https://x.example/ys/", None, "oQ"), "https://x.example/ys/#/invite/oQ");
/// assert_eq!(
///     invite_link("https://x.example/ys/", Some("team/fw.json"), "oQ"),
///     "https://x.example/ys/?framework=team%2Ffw.json#/invite/oQ"
/// );
/// ```
pub fn invite_link(page_url: &str, custom_framework_url: Option<&str>, code: &str) -> String {
    let query = custom_framework_url
        .map(|url| format!("?framework={}", crate::embed::percent_encode(url)))
        .unwrap_or_default();
    format!("{page_url}{query}#/invite/{code}")
}
