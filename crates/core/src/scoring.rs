//! Turning answers into a result: item scores, dimension scores, the overall score,
//! levels and gaps, and each item's contribution so the result can explain itself.
//!
//! Item scores lie in [0, 1]. An anchored answer scores the midpoint of its own level's
//! band (see [`anchored_score`]). A dimension's score blends self-rating (behaviour and
//! anchored items) with judgement (scenarios) by the framework's weights; the overall
//! score weights dimensions by their `weight`, renormalised over the dimensions that
//! have enough answers to be scored. Every score carries a likely range (see
//! [`Range`]), and a dimension is called above or below what the role expects only when
//! its whole range is on that side. docs/scoring.md gives every rule with a worked example.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::framework::{Dimension, Framework, Item, ItemKind, Keying, Level, ScoringRules};
use crate::limits::ANCHORS;

/// Version of the scoring rules. Stored attempts keep answers, not scores, so a result
/// is always scored again by the current model when it is opened; exports record the
/// model that produced their summary. Model 1 scored an anchored level as level/3 and
/// had no ranges; model 2 scores it inside its own level's band and adds ranges.
pub const SCORING_MODEL: u32 = 2;

/// z for a two-sided 80% normal interval: the range is "likely", not "certain".
pub const RANGE_Z: f64 = 1.2816;
/// Smallest spread of item scores, in points, the range assumes. Ratings are coarse (a
/// step is 25 points), so identical answers do not show more precision than the
/// questions can give: the floor is about half a step on either side.
pub const SPREAD_FLOOR: f64 = 15.0;

/// A likely range of a 0–100 score: an 80% interval, clamped to [0, 100], that always
/// contains its score.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

/// Where a dimension stands against the level the role expects, judged by its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// The whole range is below the expected level's lowest score.
    Below,
    /// The range reaches the expected level's lowest score: about at the expected level.
    About,
    /// The whole range is above the expected level's lowest score.
    Above,
}

impl Position {
    /// Judged on whole numbers, as the range is shown: `"42–60"` against 50 is about.
    pub fn of(range: Range, expected_min: f64) -> Position {
        if range.high.round() < expected_min {
            Position::Below
        } else if range.low.round() > expected_min {
            Position::Above
        } else {
            Position::About
        }
    }
}

/// Which half of a dimension's score an item feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    SelfRating,
    Judgement,
}

/// How one answered item moved the result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contribution {
    pub item_id: String,
    pub source: Source,
    /// The item's score in [0, 1].
    pub item_score: f64,
    /// Points this item adds to its dimension's 0–100 score (they sum to that score).
    pub dimension_points: f64,
    /// Points this item adds to the overall 0–100 score (they sum to the overall).
    pub overall_points: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionScore {
    pub dimension_id: String,
    /// Scored items answered with a scoring answer (prefer-not does not count).
    pub scored_answers: usize,
    pub scored_items: usize,
    /// Mean self-rating on 0–100, if any self-rated item was answered.
    pub self_rating: Option<f64>,
    /// Mean scenario judgement on 0–100, if any scenario was answered.
    pub judgement: Option<f64>,
    /// `None` when the dimension has too few answers to be scored.
    pub score: Option<f64>,
    pub level_id: Option<String>,
    /// Likely range of `score`; `None` when not scored.
    pub range: Option<Range>,
    /// Standard error of `score` in points (0 when not scored); `range` is ±[`RANGE_Z`] of it.
    pub standard_error: f64,
    /// Against the expected level, by `range`; `None` when not scored.
    pub position: Option<Position>,
    /// The lowest score of the level the role expects.
    pub expected_min: f64,
    /// `score - expected_min`: negative means below what the role expects.
    pub gap: Option<f64>,
    /// Share of the overall score this dimension carries after renormalisation, 0–1.
    pub effective_weight: f64,
    /// Evidence prompts in this dimension the person filled in.
    pub evidence_given: usize,
    /// Statements in this dimension answered "Hasn't come up".
    pub not_applicable: usize,
    pub contributions: Vec<Contribution>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    pub framework_id: String,
    pub framework_version: String,
    /// `None` when no dimension could be scored.
    pub overall: Option<f64>,
    pub overall_level_id: Option<String>,
    /// Likely range of `overall`.
    pub overall_range: Option<Range>,
    /// Scored items with any answer, prefer-not and hasn't-come-up included.
    pub answered: usize,
    pub total: usize,
    /// Statements answered "Hasn't come up": answered, but nothing to score.
    pub not_applicable: usize,
    /// Statements answered "Prefer not to answer".
    pub declined: usize,
    pub dimensions: Vec<DimensionScore>,
}

impl Score {
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension_id == id)
    }
}

/// The framework level an anchored answer names. The four anchors map onto the
/// framework's levels evenly: with four levels, anchor k is level k; otherwise anchor k
/// is level round(k × (levels − 1) / 3), so the lowest anchor is always the lowest level
/// and the highest anchor the highest.
pub fn anchored_level(levels: &[Level], anchor: u8) -> Option<(usize, &Level)> {
    let last_anchor = (ANCHORS.max - 1) as f64;
    let steps = levels.len().checked_sub(1)? as f64;
    let index = (f64::from(anchor.min(last_anchor as u8)) * steps / last_anchor).round() as usize;
    levels.get(index).map(|l| (index, l))
}

/// What an anchored answer scores, in [0, 1]: the midpoint of its level's band, from the
/// level's `min_score` to the next level's (the top band ends at 100). The midpoint is
/// the score farthest from both neighbouring levels, so "I am at this level" counts as a
/// typical score of that level rather than its edge, and small pulls from the other
/// answers do not tip it into a neighbour.
pub fn anchored_score(levels: &[Level], anchor: u8) -> Option<f64> {
    let (index, level) = anchored_level(levels, anchor)?;
    let top = levels.get(index + 1).map_or(100.0, |next| next.min_score);
    Some((level.min_score + top) / 200.0)
}

/// An item's score in [0, 1], or `None` when the answer scores nothing (prefer-not,
/// evidence, or an answer that does not fit the item).
pub fn item_score(framework: &Framework, item: &Item, answer: &Answer) -> Option<f64> {
    if !answer.fits(item) {
        return None;
    }
    match (&item.kind, answer) {
        (ItemKind::Behaviour { keyed, .. }, Answer::Rating { value }) => {
            let agreement = f64::from(value - 1) / 4.0;
            Some(match keyed {
                Keying::Positive => agreement,
                Keying::Negative => 1.0 - agreement,
            })
        }
        (ItemKind::Anchored { .. }, Answer::Level { value }) => {
            anchored_score(&framework.levels, *value)
        }
        (ItemKind::Scenario { responses, .. }, Answer::Judgement { most, least }) => {
            let grade = |i: u8| f64::from(responses[usize::from(i)].effectiveness);
            let most_part = (grade(*most) - 1.0) / 3.0;
            let least_part = (4.0 - grade(*least)) / 3.0;
            Some((most_part + least_part) / 2.0)
        }
        _ => None,
    }
}

fn source_of(item: &Item) -> Option<Source> {
    match item.kind {
        ItemKind::Behaviour { .. } | ItemKind::Anchored { .. } => Some(Source::SelfRating),
        ItemKind::Scenario { .. } => Some(Source::Judgement),
        ItemKind::Evidence { .. } => None,
    }
}

/// Scores a set of answers against a framework.
///
/// ```
/// use yardstick_core::{answers::{Answer, Answers}, scoring::score, validate::load_framework};
/// let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
/// let mut answers = Answers::new();
/// answers.insert("plan-risks".into(), Answer::Rating { value: 5 });
/// let result = score(&framework, &answers);
/// assert_eq!(result.answered, 1);
/// assert_eq!(result.overall, None); // one answer is not enough to score a dimension
/// ```
pub fn score(framework: &Framework, answers: &Answers) -> Score {
    let mut dimensions: Vec<DimensionScore> = framework
        .dimensions
        .iter()
        .map(|d| score_dimension(framework, d, answers))
        .collect();

    let scored_weight: f64 = framework
        .dimensions
        .iter()
        .zip(&dimensions)
        .filter(|(_, s)| s.score.is_some())
        .map(|(d, _)| d.weight)
        .sum();
    let mut overall = None;
    let mut overall_range = None;
    if scored_weight > 0.0 {
        let mut total = 0.0;
        // Dimensions rest on different answers, so their errors add as independent ones.
        let mut variance = 0.0;
        for (dimension, result) in framework.dimensions.iter().zip(dimensions.iter_mut()) {
            let Some(score) = result.score else { continue };
            let share = dimension.weight / scored_weight;
            result.effective_weight = share;
            for c in &mut result.contributions {
                c.overall_points = c.dimension_points * share;
            }
            total += score * share;
            variance += (share * result.standard_error).powi(2);
        }
        let total = clamp_score(total);
        overall = Some(total);
        overall_range = Some(range_around(total, variance.sqrt()));
    }

    let answered = framework
        .items()
        .filter(|(_, item)| {
            item.kind.is_scored() && answers.get(&item.id).is_some_and(|a| a.fits(item))
        })
        .count();
    let answered_with = |wanted: &Answer| {
        framework
            .items()
            .filter(|(_, item)| {
                answers
                    .get(&item.id)
                    .is_some_and(|a| a == wanted && a.fits(item))
            })
            .count()
    };
    Score {
        framework_id: framework.id.clone(),
        framework_version: framework.version.clone(),
        overall,
        overall_level_id: overall
            .and_then(|s| framework.level_for(s))
            .map(|l| l.id.clone()),
        overall_range,
        answered,
        total: framework.scored_item_count(),
        not_applicable: answered_with(&Answer::NotApplicable),
        declined: answered_with(&Answer::PreferNot),
        dimensions,
    }
}

fn score_dimension(
    framework: &Framework,
    dimension: &Dimension,
    answers: &Answers,
) -> DimensionScore {
    let rules = &framework.scoring;
    let scored: Vec<(&Item, Source, f64)> = dimension
        .items
        .iter()
        .filter_map(|item| {
            let answer = answers.get(&item.id)?;
            Some((item, source_of(item)?, item_score(framework, item, answer)?))
        })
        .collect();
    let count = |source: Source| scored.iter().filter(|(_, s, _)| *s == source).count();
    let mean = |source: Source| {
        let n = count(source);
        (n > 0).then(|| {
            scored
                .iter()
                .filter(|(_, s, _)| *s == source)
                .map(|(_, _, v)| v)
                .sum::<f64>()
                / n as f64
        })
    };
    let self_mean = mean(Source::SelfRating);
    let judgement_mean = mean(Source::Judgement);

    // Each half's share of the dimension; a missing half hands its share to the other.
    let (self_share, judgement_share) = match (self_mean, judgement_mean) {
        (Some(_), Some(_)) => {
            let judgement = judgement_share(rules, count(Source::Judgement));
            (1.0 - judgement, judgement)
        }
        (Some(_), None) => (1.0, 0.0),
        (None, Some(_)) => (0.0, 1.0),
        (None, None) => (0.0, 0.0),
    };
    let enough = scored.len() >= rules.min_scored_items;
    let contributions: Vec<Contribution> = scored
        .iter()
        .map(|(item, source, value)| {
            let (share, n) = match source {
                Source::SelfRating => (self_share, count(Source::SelfRating)),
                Source::Judgement => (judgement_share, count(Source::Judgement)),
            };
            Contribution {
                item_id: item.id.clone(),
                source: *source,
                item_score: *value,
                dimension_points: if enough {
                    100.0 * share * value / n as f64
                } else {
                    0.0
                },
                overall_points: 0.0,
            }
        })
        .collect();
    let score = enough.then(|| {
        clamp_score(
            100.0
                * (self_share * self_mean.unwrap_or(0.0)
                    + judgement_share * judgement_mean.unwrap_or(0.0)),
        )
    });
    // Each answer's share of the dimension, summing to 1 when the dimension is scored.
    let weights: Vec<f64> = scored
        .iter()
        .map(|(_, source, _)| match source {
            Source::SelfRating => self_share / count(Source::SelfRating) as f64,
            Source::Judgement => judgement_share / count(Source::Judgement) as f64,
        })
        .collect();
    let values: Vec<f64> = scored.iter().map(|(_, _, v)| 100.0 * v).collect();
    let error = if score.is_some() {
        standard_error(&weights, &values)
    } else {
        0.0
    };
    let range = score.map(|s| range_around(s, error));
    let expected_min = framework
        .level(&dimension.expected_level)
        .map_or(0.0, |l| l.min_score);
    let evidence_given = dimension
        .items
        .iter()
        .filter(|item| matches!(item.kind, ItemKind::Evidence { .. }))
        .filter(|item| {
            answers
                .get(&item.id)
                .is_some_and(|a| a.is_response() && a.fits(item))
        })
        .count();
    let not_applicable = dimension
        .items
        .iter()
        .filter(|item| {
            answers
                .get(&item.id)
                .is_some_and(|a| *a == Answer::NotApplicable && a.fits(item))
        })
        .count();
    DimensionScore {
        dimension_id: dimension.id.clone(),
        scored_answers: scored.len(),
        scored_items: dimension
            .items
            .iter()
            .filter(|i| i.kind.is_scored())
            .count(),
        self_rating: self_mean.map(|m| 100.0 * m),
        judgement: judgement_mean.map(|m| 100.0 * m),
        score,
        level_id: score
            .and_then(|s| framework.level_for(s))
            .map(|l| l.id.clone()),
        range,
        standard_error: error,
        position: range.map(|r| Position::of(r, expected_min)),
        expected_min,
        gap: score.map(|s| s - expected_min),
        effective_weight: 0.0,
        evidence_given,
        not_applicable,
        contributions,
    }
}

/// Judgement's share of a dimension (0–1) that has self-rating answers and `scenarios`
/// answered scenarios: `judgement_per_scenario` percent for each, up to the cap
/// `judgement_weight / (self_weight + judgement_weight)`. One scenario therefore never
/// weighs more than `judgement_per_scenario` percent (at most 20), and judgement earns its
/// full share only from several scenarios, not from a single pick.
pub fn judgement_share(rules: &ScoringRules, scenarios: usize) -> f64 {
    let total = rules.self_weight + rules.judgement_weight;
    let cap = if total > 0.0 {
        rules.judgement_weight / total
    } else {
        0.0
    };
    (rules.judgement_per_scenario / 100.0 * scenarios as f64).min(cap)
}

/// The standard error of a weighted mean of item scores (0–100): the weighted spread of
/// the scores (unbiased for reliability weights, never below [`SPREAD_FLOOR`]) times
/// √(Σ w²), which is 1/√n when every answer weighs the same.
pub fn standard_error(weights: &[f64], values: &[f64]) -> f64 {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let w: Vec<f64> = weights.iter().map(|w| w / total).collect();
    let mean: f64 = w.iter().zip(values).map(|(w, v)| w * v).sum();
    let sum_squares: f64 = w.iter().map(|w| w * w).sum();
    let deviation: f64 = w
        .iter()
        .zip(values)
        .map(|(w, v)| w * (v - mean).powi(2))
        .sum();
    let variance = if sum_squares < 1.0 - 1e-12 {
        deviation / (1.0 - sum_squares)
    } else {
        0.0
    };
    variance.sqrt().max(SPREAD_FLOOR) * sum_squares.sqrt()
}

/// `score ± RANGE_Z × error`, clamped to [0, 100].
fn range_around(score: f64, error: f64) -> Range {
    let half = RANGE_Z * error;
    Range {
        low: clamp_score(score - half).min(score),
        high: clamp_score(score + half).max(score),
    }
}

/// Guards against floating-point drift just outside [0, 100].
fn clamp_score(score: f64) -> f64 {
    score.clamp(0.0, 100.0)
}
