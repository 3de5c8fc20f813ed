//! The person's own examples (answers to evidence prompts), grouped by dimension for the
//! results page. They are never scored.

use super::answers::{Answer, Answers};
use super::framework::{Framework, ItemKind};

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceEntry {
    pub item_id: String,
    pub prompt: String,
    /// What the person wrote, trimmed at both ends.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceGroup {
    pub dimension_id: String,
    pub dimension_name: String,
    pub entries: Vec<EvidenceEntry>,
}

/// The examples the person wrote, under their prompts, grouped by dimension in
/// framework order. Blank answers and dimensions without an example are left out.
pub fn evidence(framework: &Framework, answers: &Answers) -> Vec<EvidenceGroup> {
    framework
        .dimensions
        .iter()
        .filter_map(|dimension| {
            let entries: Vec<EvidenceEntry> = dimension
                .items
                .iter()
                .filter_map(|item| {
                    let ItemKind::Evidence { prompt, .. } = &item.kind else {
                        return None;
                    };
                    let Some(Answer::Evidence { text }) = answers.get(&item.id) else {
                        return None;
                    };
                    let text = text.trim();
                    (!text.is_empty()).then(|| EvidenceEntry {
                        item_id: item.id.clone(),
                        prompt: prompt.clone(),
                        text: text.to_string(),
                    })
                })
                .collect();
            (!entries.is_empty()).then(|| EvidenceGroup {
                dimension_id: dimension.id.clone(),
                dimension_name: dimension.name.clone(),
                entries,
            })
        })
        .collect()
}
