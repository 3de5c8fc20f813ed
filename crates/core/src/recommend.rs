//! Strengths and growth areas, ranked by how much they matter to the role: the
//! dimension's weight times its gap to the level the role expects. A dimension is a
//! growth area only when its whole likely range is below the expected level, and a
//! strength only when it is wholly above; one about at the expected level is neither
//! (but can be the nearest stretch).

use super::explain::label;
use super::framework::{Dimension, Framework};
use super::scoring::{DimensionScore, Position, Range, Score};
use crate::order::sort_stable_by;

/// How many strengths and growth areas to name at most.
pub const TOP: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Focus {
    pub dimension_id: String,
    pub name: String,
    pub score: f64,
    /// Likely range of `score`.
    pub range: Range,
    /// Against the expected level, judged by `range`.
    pub position: Position,
    /// Score minus the expected level's minimum.
    pub gap: f64,
    /// `weight × |gap|`: the ranking key.
    pub priority: f64,
    /// False when nothing is below expectation and this is the nearest stretch instead.
    pub below_expectation: bool,
    /// The dimension's actions, those for the person's lowest answers first.
    pub development_actions: Vec<Suggestion>,
    /// The dimension's practice questions, in the same order of need.
    pub practice_questions: Vec<Suggestion>,
}

/// An action or practice question as the results list it.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub text: String,
    /// The statement, prompt or situation of the lowest-scored answer among the items
    /// this suggestion addresses, when that answer scored below the middle of its scale:
    /// why it is listed first.
    pub because: Option<String>,
    /// For practice questions: what a strong answer shows, a common pitfall, a likely
    /// follow-up.
    pub strong_answer: Option<String>,
    pub pitfall: Option<String>,
    pub follow_up: Option<String>,
}

/// An item score below this (the middle of every scale) is a reason to list a
/// suggestion that addresses the item first, and to say so.
pub const LOW_ITEM_SCORE: f64 = 0.5;

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendations {
    pub strengths: Vec<Focus>,
    pub growth_areas: Vec<Focus>,
}

pub fn recommend(framework: &Framework, score: &Score) -> Recommendations {
    let scored: Vec<Entry> = framework
        .capability_dimensions()
        .filter_map(|d| {
            let result = score.dimension(&d.id)?;
            Some((
                d,
                result.gap?,
                result.score?,
                result.range?,
                result.position?,
                result,
            ))
        })
        .collect();
    let priority = |(d, gap, ..): &Entry| d.weight * gap.abs();

    let mut below: Vec<_> = scored.iter().filter(|e| e.4 == Position::Below).collect();
    sort_stable_by(&mut below, |a, b| priority(b).total_cmp(&priority(a)));
    let mut growth_areas: Vec<Focus> = below
        .into_iter()
        .take(TOP)
        .map(|entry| to_focus(entry, true))
        .collect();

    let mut not_below: Vec<_> = scored.iter().filter(|e| e.4 != Position::Below).collect();
    sort_stable_by(&mut not_below, |a, b| priority(b).total_cmp(&priority(a)));
    if growth_areas.is_empty() {
        // Nothing is clearly below the bar: the thinnest margin (the weightier dimension
        // on a tie) is still the best place to practise.
        let nearest = not_below
            .iter()
            .min_by(|a, b| a.1.total_cmp(&b.1).then(b.0.weight.total_cmp(&a.0.weight)));
        if let Some(nearest) = nearest {
            growth_areas.push(to_focus(nearest, false));
        }
    }
    let strengths = not_below
        .into_iter()
        .filter(|e| e.4 == Position::Above)
        .filter(|e| growth_areas.iter().all(|g| g.dimension_id != e.0.id))
        .take(TOP)
        .map(|entry| to_focus(entry, false))
        .collect();
    Recommendations {
        strengths,
        growth_areas,
    }
}

/// A scored dimension: its gap, score, range, position and result.
type Entry<'a> = (&'a Dimension, f64, f64, Range, Position, &'a DimensionScore);

fn to_focus(
    &(dimension, gap, score, range, position, result): &Entry,
    below_expectation: bool,
) -> Focus {
    let actions = dimension.development_actions.iter().map(|a| {
        let need = lowest_score(result, &a.addresses);
        let because = lowest_answer(dimension, result, &a.addresses);
        (
            need,
            Suggestion {
                because,
                ..suggestion(&a.text)
            },
        )
    });
    let questions = dimension.practice_questions.iter().map(|q| {
        let need = lowest_score(result, &q.addresses);
        let suggestion = Suggestion {
            because: lowest_answer(dimension, result, &q.addresses),
            strong_answer: q.strong_answer.clone(),
            pitfall: q.pitfall.clone(),
            follow_up: q.follow_up.clone(),
            ..suggestion(&q.text)
        };
        (need, suggestion)
    });
    Focus {
        dimension_id: dimension.id.clone(),
        name: dimension.name.clone(),
        score,
        range,
        position,
        gap,
        priority: dimension.weight * gap.abs(),
        below_expectation,
        development_actions: by_need(actions.collect()),
        practice_questions: by_need(questions.collect()),
    }
}

fn suggestion(text: &str) -> Suggestion {
    Suggestion {
        text: text.to_string(),
        because: None,
        strong_answer: None,
        pitfall: None,
        follow_up: None,
    }
}

/// The lowest item score among `addresses` that the person answered.
fn lowest_score(result: &DimensionScore, addresses: &[String]) -> Option<f64> {
    result
        .contributions
        .iter()
        .filter(|c| addresses.contains(&c.item_id))
        .map(|c| c.item_score)
        .min_by(f64::total_cmp)
}

/// The label of the lowest-scored answered item among `addresses`, if it scored low.
fn lowest_answer(
    dimension: &Dimension,
    result: &DimensionScore,
    addresses: &[String],
) -> Option<String> {
    let lowest = result
        .contributions
        .iter()
        .filter(|c| addresses.contains(&c.item_id) && c.item_score < LOW_ITEM_SCORE)
        .min_by(|a, b| a.item_score.total_cmp(&b.item_score))?;
    let item = dimension.items.iter().find(|i| i.id == lowest.item_id)?;
    Some(label(item))
}

/// Suggestions for the person's lowest answers first. Stable, so ties keep the
/// framework's order, and suggestions that address nothing answered come last in it.
fn by_need(mut suggestions: Vec<(Option<f64>, Suggestion)>) -> Vec<Suggestion> {
    sort_stable_by(&mut suggestions, |(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    suggestions.into_iter().map(|(_, s)| s).collect()
}
