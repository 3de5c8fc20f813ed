//! Turning answers into a result: item scores, dimension scores, the overall score,
//! levels and gaps, and each item's contribution so the result can explain itself.
//!
//! Item scores lie in [0, 1]. A dimension's score blends self-rating (behaviour and
//! anchored items) with judgement (scenarios) by the framework's weights; the overall
//! score weights dimensions by their `weight`, renormalised over the dimensions that
//! have enough answers to be scored.

use serde::Serialize;

use super::answers::{Answer, Answers};
use super::framework::{Dimension, Framework, Item, ItemKind, Keying};

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
    /// The lowest score of the level the role expects.
    pub expected_min: f64,
    /// `score - expected_min`: negative means below what the role expects.
    pub gap: Option<f64>,
    /// Share of the overall score this dimension carries after renormalisation, 0–1.
    pub effective_weight: f64,
    /// Evidence prompts in this dimension the person filled in.
    pub evidence_given: usize,
    pub contributions: Vec<Contribution>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    pub framework_id: String,
    pub framework_version: String,
    /// `None` when no dimension could be scored.
    pub overall: Option<f64>,
    pub overall_level_id: Option<String>,
    /// Scored items with any answer, prefer-not included.
    pub answered: usize,
    pub total: usize,
    pub dimensions: Vec<DimensionScore>,
}

impl Score {
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension_id == id)
    }
}

/// An item's score in [0, 1], or `None` when the answer scores nothing (prefer-not,
/// evidence, or an answer that does not fit the item).
pub fn item_score(item: &Item, answer: &Answer) -> Option<f64> {
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
        (ItemKind::Anchored { .. }, Answer::Level { value }) => Some(f64::from(*value) / 3.0),
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
    if scored_weight > 0.0 {
        let mut total = 0.0;
        for (dimension, result) in framework.dimensions.iter().zip(dimensions.iter_mut()) {
            let Some(score) = result.score else { continue };
            let share = dimension.weight / scored_weight;
            result.effective_weight = share;
            for c in &mut result.contributions {
                c.overall_points = c.dimension_points * share;
            }
            total += score * share;
        }
        overall = Some(clamp_score(total));
    }

    let answered = framework
        .items()
        .filter(|(_, item)| {
            item.kind.is_scored() && answers.get(&item.id).is_some_and(|a| a.fits(item))
        })
        .count();
    Score {
        framework_id: framework.id.clone(),
        framework_version: framework.version.clone(),
        overall,
        overall_level_id: overall
            .and_then(|s| framework.level_for(s))
            .map(|l| l.id.clone()),
        answered,
        total: framework.scored_item_count(),
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
            Some((item, source_of(item)?, item_score(item, answer)?))
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
            let total = rules.self_weight + rules.judgement_weight;
            (rules.self_weight / total, rules.judgement_weight / total)
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
        expected_min,
        gap: score.map(|s| s - expected_min),
        effective_weight: 0.0,
        evidence_given,
        contributions,
    }
}

/// Guards against floating-point drift just outside [0, 100].
fn clamp_score(score: f64) -> f64 {
    score.clamp(0.0, 100.0)
}
