//! How long an assessment takes, computed from what the person reads and answers, so the
//! minutes on a role card follow the content instead of being typed by hand.
//!
//! The model: reading at [`READING_WORDS_PER_MINUTE`] (a careful reading speed for
//! on-screen questions, below the ~240 words a minute adults read prose silently), plus a
//! fixed time to decide each answer. The decision times are per item type: a rating is
//! quick, an anchored choice means comparing four descriptions, a scenario asks for two
//! picks, and an evidence prompt assumes a line or two of writing (it is optional).
//!
//! ```
//! use yardstick_core::timing::estimated_minutes;
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! assert!(estimated_minutes(&framework) >= 1);
//! ```

use crate::framework::{Framework, ItemKind};

mod model;
pub use model::{
    item_seconds as seconds_for, minutes, READING_WORDS_PER_MINUTE, SECONDS_PER_ANCHORED,
    SECONDS_PER_EVIDENCE, SECONDS_PER_RATING, SECONDS_PER_SCENARIO,
};

/// The words a person reads to answer `kind`: the statement, or the prompt and its
/// anchors, or the situation and its responses, or the evidence prompt.
pub fn words_to_read(kind: &ItemKind) -> usize {
    let count = |s: &str| s.split_whitespace().count();
    match kind {
        ItemKind::Behaviour { text, .. } => count(text),
        ItemKind::Anchored {
            prompt, anchors, ..
        } => count(prompt) + anchors.iter().map(|a| count(a)).sum::<usize>(),
        ItemKind::Scenario {
            situation,
            responses,
        } => count(situation) + responses.iter().map(|r| count(&r.text)).sum::<usize>(),
        ItemKind::Evidence { prompt, .. } => count(prompt),
    }
}

/// Seconds to answer `kind`: reading time plus the decision time of its type.
pub fn item_seconds(kind: &ItemKind) -> u32 {
    seconds_for(kind.type_name(), words_to_read(kind))
}

/// Seconds to answer every item of `framework`.
pub fn estimated_seconds(framework: &Framework) -> u32 {
    framework
        .items()
        .map(|(_, item)| item_seconds(&item.kind))
        .fold(0, u32::saturating_add)
}

/// Whole minutes, rounded up, to answer every item of `framework`.
pub fn estimated_minutes(framework: &Framework) -> u32 {
    minutes(estimated_seconds(framework))
}
