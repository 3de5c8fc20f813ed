//! A plain account of how a result was computed, for the results page: the method,
//! each dimension's weight and blend, and what every answered item contributed.

use super::answers::{Answer, Answers};
use super::display::fixed;
use super::framework::{Framework, Item, ItemKind, Keying};
use super::scoring::Score;

#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The method in a few sentences, with this framework's numbers filled in.
    pub method: Vec<String>,
    pub dimensions: Vec<DimensionExplanation>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionExplanation {
    pub dimension_id: String,
    pub name: String,
    /// The weight the framework gives, in percent.
    pub weight: f64,
    /// The share of the overall score after renormalisation, in percent.
    pub effective_weight: f64,
    pub summary: String,
    pub items: Vec<ItemExplanation>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemExplanation {
    pub item_id: String,
    pub label: String,
    pub answer: String,
    /// The item's score, 0–100.
    pub item_score: f64,
    pub dimension_points: f64,
    pub overall_points: f64,
}

pub fn explain(framework: &Framework, answers: &Answers, score: &Score) -> Explanation {
    let rules = &framework.scoring;
    let total_weight = rules.self_weight + rules.judgement_weight;
    let method = vec![
        "Each answer becomes an item score from 0 to 100. For statements, the top of the five-point scale scores 100, the bottom 0 and each point between 25 more than the one below; statements that describe a habit to avoid are scored the other way round. \"Hasn't come up\" and \"Prefer not to answer\" score nothing and are left out.".to_string(),
        format!(
            "Within a dimension, each answered scenario counts {}% and your self-ratings share the rest, until scenario judgement reaches {}%. Without an answered scenario, the self-ratings count alone.",
            fixed(rules.judgement_per_scenario, 0),
            fixed(100.0 * rules.judgement_weight / total_weight, 0)
        ),
        format!(
            "A dimension needs at least {} scored answers to get a score. The overall score weights each scored dimension by its importance to the role; dimensions without a score are left out and the others' weights are scaled up to fill the gap.",
            rules.min_scored_items
        ),
        "Level bands and the level the role expects come from the framework. Answer-quality warnings and calibration notes never change the score.".to_string(),
    ];
    let dimensions = framework
        .capability_dimensions()
        .filter_map(|dimension| {
            let result = score.dimension(&dimension.id)?;
            let summary = match result.score {
                Some(s) => format!(
                    "Score {} from {} answers: self-rating {}, scenario judgement {}. It carries {}% of the overall score.",
                    fixed(s, 0),
                    result.scored_answers,
                    result.self_rating.map_or("not answered".to_string(), |v| fixed(v, 0)),
                    result.judgement.map_or("not answered".to_string(), |v| fixed(v, 0)),
                    fixed(100.0 * result.effective_weight, 0)
                ),
                None => format!(
                    "Not scored: {} of the {} answers needed.",
                    result.scored_answers, rules.min_scored_items
                ),
            };
            let items = result
                .contributions
                .iter()
                .filter_map(|c| {
                    let (_, item) = framework.item(&c.item_id)?;
                    Some(ItemExplanation {
                        item_id: c.item_id.clone(),
                        label: label(item),
                        answer: describe_answer(framework, item, answers.get(&item.id)?),
                        item_score: 100.0 * c.item_score,
                        dimension_points: c.dimension_points,
                        overall_points: c.overall_points,
                    })
                })
                .collect();
            Some(DimensionExplanation {
                dimension_id: dimension.id.clone(),
                name: dimension.name.clone(),
                weight: dimension.weight,
                effective_weight: 100.0 * result.effective_weight,
                summary,
                items,
            })
        })
        .collect();
    Explanation { method, dimensions }
}

/// A short name for an item: its statement, prompt or situation.
pub fn label(item: &Item) -> String {
    match &item.kind {
        ItemKind::Behaviour { text, .. } => text.clone(),
        ItemKind::Anchored { prompt, .. } => prompt.clone(),
        ItemKind::Scenario { situation, .. } => situation.clone(),
        ItemKind::Evidence { prompt, .. } => prompt.clone(),
    }
}

fn describe_answer(framework: &Framework, item: &Item, answer: &Answer) -> String {
    match (&item.kind, answer) {
        (ItemKind::Behaviour { keyed, scale, .. }, Answer::Rating { value }) => {
            let label = framework
                .scales
                .rating_label(scale, *value)
                .unwrap_or_default()
                .to_string();
            match keyed {
                Keying::Positive => label,
                Keying::Negative => format!("{label} (a habit to avoid, so scored in reverse)"),
            }
        }
        (ItemKind::Anchored { .. }, Answer::Level { value }) => framework
            .scales
            .anchored
            .get(usize::from(*value))
            .cloned()
            .unwrap_or_default(),
        (ItemKind::Scenario { responses, .. }, Answer::Judgement { most, least }) => {
            let grade = |i: &u8| {
                responses
                    .get(usize::from(*i))
                    .map_or(0, |r| r.effectiveness)
            };
            format!(
                "Most effective: response {} (graded {} of 4); least effective: response {} (graded {} of 4)",
                letter(*most),
                grade(most),
                letter(*least),
                grade(least)
            )
        }
        _ => String::new(),
    }
}

/// Responses are shown as A–D.
pub fn letter(index: u8) -> char {
    char::from(b'A' + index.min(25))
}
