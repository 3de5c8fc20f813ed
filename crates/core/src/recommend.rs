//! Strengths and growth areas, ranked by how much they matter to the role: the
//! dimension's weight times its gap to the level the role expects. A dimension is a
//! growth area only when its whole likely range is below the expected level, and a
//! strength only when it is wholly above; one about at the expected level is neither
//! (but can be the nearest stretch).

use super::framework::{Dimension, Framework};
use super::scoring::{Position, Range, Score};
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
    pub development_actions: Vec<String>,
    pub practice_questions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendations {
    pub strengths: Vec<Focus>,
    pub growth_areas: Vec<Focus>,
}

pub fn recommend(framework: &Framework, score: &Score) -> Recommendations {
    let scored: Vec<Entry> = framework
        .dimensions
        .iter()
        .filter_map(|d| {
            let result = score.dimension(&d.id)?;
            Some((
                d,
                result.gap?,
                result.score?,
                result.range?,
                result.position?,
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

/// A scored dimension: its gap, score, range and position.
type Entry<'a> = (&'a Dimension, f64, f64, Range, Position);

fn to_focus(&(dimension, gap, score, range, position): &Entry, below_expectation: bool) -> Focus {
    Focus {
        dimension_id: dimension.id.clone(),
        name: dimension.name.clone(),
        score,
        range,
        position,
        gap,
        priority: dimension.weight * gap.abs(),
        below_expectation,
        development_actions: dimension.development_actions.clone(),
        practice_questions: dimension.practice_questions.clone(),
    }
}
