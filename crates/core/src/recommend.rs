//! Strengths and growth areas, ranked by how much they matter to the role: the
//! dimension's weight times its gap to the level the role expects.

use super::framework::{Dimension, Framework};
use super::scoring::Score;
use crate::order::sort_stable_by;

/// How many strengths and growth areas to name at most.
pub const TOP: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Focus {
    pub dimension_id: String,
    pub name: String,
    pub score: f64,
    /// Score minus the expected level's minimum.
    pub gap: f64,
    /// `weight × |gap|`: the ranking key.
    pub priority: f64,
    /// False when nothing is below expectation and this is the nearest stretch instead.
    pub below_expectation: bool,
    pub development_actions: Vec<String>,
    pub practice_questions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendations {
    pub strengths: Vec<Focus>,
    pub growth_areas: Vec<Focus>,
}

pub fn recommend(framework: &Framework, score: &Score) -> Recommendations {
    let scored: Vec<(&Dimension, f64, f64)> = framework
        .dimensions
        .iter()
        .filter_map(|d| {
            let result = score.dimension(&d.id)?;
            Some((d, result.gap?, result.score?))
        })
        .collect();
    let priority = |(d, gap, _): &(&Dimension, f64, f64)| d.weight * gap.abs();

    let mut below: Vec<_> = scored.iter().filter(|(_, gap, _)| *gap < 0.0).collect();
    sort_stable_by(&mut below, |a, b| priority(b).total_cmp(&priority(a)));
    let mut growth_areas: Vec<Focus> = below
        .into_iter()
        .take(TOP)
        .map(|entry| to_focus(entry, true))
        .collect();

    let mut above: Vec<_> = scored.iter().filter(|(_, gap, _)| *gap >= 0.0).collect();
    sort_stable_by(&mut above, |a, b| priority(b).total_cmp(&priority(a)));
    if growth_areas.is_empty() {
        // Everything meets the bar: the thinnest margin (the weightier dimension on a
        // tie) is still the best place to practise.
        let nearest = above
            .iter()
            .min_by(|a, b| a.1.total_cmp(&b.1).then(b.0.weight.total_cmp(&a.0.weight)));
        if let Some(nearest) = nearest {
            growth_areas.push(to_focus(nearest, false));
        }
    }
    let strengths = above
        .into_iter()
        .filter(|(d, _, _)| growth_areas.iter().all(|g| g.dimension_id != d.id))
        .take(TOP)
        .map(|entry| to_focus(entry, false))
        .collect();
    Recommendations {
        strengths,
        growth_areas,
    }
}

fn to_focus(&(dimension, gap, score): &(&Dimension, f64, f64), below_expectation: bool) -> Focus {
    Focus {
        dimension_id: dimension.id.clone(),
        name: dimension.name.clone(),
        score,
        gap,
        priority: dimension.weight * gap.abs(),
        below_expectation,
        development_actions: dimension.development_actions.clone(),
        practice_questions: dimension.practice_questions.clone(),
    }
}
