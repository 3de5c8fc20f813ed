//! How far through an assessment someone is: answered counts overall and per
//! dimension, and what is still unanswered. Evidence prompts are optional and never
//! count; "prefer not to answer" and "hasn't come up" count as answers.

use super::answers::Answers;
use super::explain::label;
use super::framework::{Dimension, Framework};

/// Scored items of `dimension` with an answer, and how many scored items it has.
pub fn dimension_progress(dimension: &Dimension, answers: &Answers) -> (usize, usize) {
    let scored = dimension.items.iter().filter(|i| i.kind.is_scored());
    let (mut answered, mut total) = (0, 0);
    for item in scored {
        total += 1;
        if answers.contains_key(&item.id) {
            answered += 1;
        }
    }
    (answered, total)
}

/// Scored items with an answer, across the framework.
pub fn answered_count(framework: &Framework, answers: &Answers) -> usize {
    framework
        .dimensions
        .iter()
        .map(|d| dimension_progress(d, answers).0)
        .sum()
}

/// The unanswered scored items of one dimension, in presentation order.
#[derive(Clone, Debug, PartialEq)]
pub struct Unanswered {
    /// Position of the dimension (its screen) in the framework.
    pub dimension_index: usize,
    pub dimension_name: String,
    /// Item id and the text that names it.
    pub items: Vec<(String, String)>,
}

/// Every dimension that still has unanswered scored items.
pub fn unanswered(framework: &Framework, answers: &Answers) -> Vec<Unanswered> {
    framework
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, d)| Unanswered {
            dimension_index: index,
            dimension_name: d.name.clone(),
            items: d
                .items
                .iter()
                .filter(|i| i.kind.is_scored() && !answers.contains_key(&i.id))
                .map(|i| (i.id.clone(), label(i)))
                .collect(),
        })
        .filter(|group| !group.items.is_empty())
        .collect()
}
