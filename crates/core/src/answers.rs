//! What a person answered, keyed by item id (never by position, so reordering or adding
//! items to a framework does not shift anyone's answers).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::framework::{Item, ItemKind};

/// One answer. Each variant fits one item type; a mismatched answer (for instance after
/// a framework changed an item's type) is ignored by scoring rather than trusted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    /// A behaviour rating on the frequency scale, 1..=5.
    Rating { value: u8 },
    /// "Prefer not to answer" on a behaviour item: a valid answer that scores nothing.
    PreferNot,
    /// The chosen anchored level, 0 (below the bar) ..= 3 (role model).
    Level { value: u8 },
    /// A scenario's most and least effective responses, as indices 0..=3.
    Judgement { most: u8, least: u8 },
    /// Free text for an evidence prompt.
    Evidence { text: String },
}

pub type Answers = BTreeMap<String, Answer>;

impl Answer {
    /// Whether this answer is well-formed for `item`.
    pub fn fits(&self, item: &Item) -> bool {
        match (&item.kind, self) {
            (ItemKind::Behaviour { .. }, Answer::Rating { value }) => (1..=5).contains(value),
            (ItemKind::Behaviour { .. }, Answer::PreferNot) => true,
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
