//! What a person answered, keyed by item id (never by position, so reordering or adding
//! items to a framework does not shift anyone's answers).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::framework::{Item, ItemKind};

/// One answer. Each variant fits one item type; a mismatched answer (for instance after
/// a framework changed an item's type) is ignored by scoring rather than trusted.
///
/// Stored as `{"kind": "rating", "value": 4}` and so on. Reading goes through
/// [`AnswerFields`]: serde's derive for an internally tagged enum buffers every value
/// in a generic content tree first, which cost 4.9 KB gzip of the app's WebAssembly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "AnswerFields")]
pub enum Answer {
    /// A behaviour rating on the item's rating scale, 1..=5.
    Rating { value: u8 },
    /// "Prefer not to answer" on a behaviour item: a valid answer that scores nothing.
    PreferNot,
    /// "Hasn't come up" on a behaviour item: the situation the statement describes did
    /// not arise, so there is nothing to rate. Scores nothing, and is counted apart from
    /// [`Answer::PreferNot`] because it says something different about the person.
    NotApplicable,
    /// The chosen anchored level, 0 (below the bar) ..= 3 (role model).
    Level { value: u8 },
    /// A scenario's most and least effective responses, as indices 0..=3.
    Judgement { most: u8, least: u8 },
    /// Free text for an evidence prompt.
    Evidence { text: String },
}

pub type Answers = BTreeMap<String, Answer>;

/// An answer as stored, every field optional, before its kind says which it needs.
#[derive(Deserialize)]
struct AnswerFields {
    kind: String,
    value: Option<u8>,
    most: Option<u8>,
    least: Option<u8>,
    text: Option<String>,
}

impl TryFrom<AnswerFields> for Answer {
    type Error = String;

    fn try_from(fields: AnswerFields) -> Result<Self, String> {
        let AnswerFields {
            kind,
            value,
            most,
            least,
            text,
        } = fields;
        let needs = |field: &str| format!("an answer of kind \"{kind}\" needs \"{field}\"");
        Ok(match kind.as_str() {
            "rating" => Answer::Rating {
                value: value.ok_or_else(|| needs("value"))?,
            },
            "prefer_not" => Answer::PreferNot,
            "not_applicable" => Answer::NotApplicable,
            "level" => Answer::Level {
                value: value.ok_or_else(|| needs("value"))?,
            },
            "judgement" => Answer::Judgement {
                most: most.ok_or_else(|| needs("most"))?,
                least: least.ok_or_else(|| needs("least"))?,
            },
            "evidence" => Answer::Evidence {
                text: text.ok_or_else(|| needs("text"))?,
            },
            other => return Err(format!("unknown answer kind \"{other}\"")),
        })
    }
}

impl Answer {
    /// Whether this answer is well-formed for `item`.
    pub fn fits(&self, item: &Item) -> bool {
        match (&item.kind, self) {
            (ItemKind::Behaviour { .. }, Answer::Rating { value }) => (1..=5).contains(value),
            (ItemKind::Behaviour { .. }, Answer::PreferNot | Answer::NotApplicable) => true,
            (ItemKind::Anchored { .. }, Answer::Level { value }) => *value <= 3,
            (ItemKind::Scenario { .. }, Answer::Judgement { most, least }) => {
                *most <= 3 && *least <= 3 && most != least
            }
            (ItemKind::Evidence { max_chars, .. }, Answer::Evidence { text }) => {
                text.chars().count() <= *max_chars
            }
            _ => false,
        }
    }

    /// Whether the person has responded to the item (evidence counts only when non-empty).
    pub fn is_response(&self) -> bool {
        match self {
            Answer::Evidence { text } => !text.trim().is_empty(),
            _ => true,
        }
    }
}
