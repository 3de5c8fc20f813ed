//! The competency framework model: what a role assessment asks and how it is scored.
//!
//! A framework is data. Built-in roles and user-supplied files share this model and
//! reach it only through [`crate::validate::load_framework`], so every framework
//! the app shows has passed the same checks.

use crate::limits::{ANCHORED_LABELS, ANCHORS, RATING_LABELS, RESPONSES};

/// `scoring.judgement_per_scenario` when a file leaves it out.
pub const DEFAULT_JUDGEMENT_PER_SCENARIO: f64 = 20.0;

/// The `format_version` this build writes about and models; files of
/// [`OLDEST_FORMAT_VERSION`] are read too and migrated on load (docs/framework-format.md).
pub const FORMAT_VERSION: u64 = 2;

/// The oldest `format_version` this build still reads.
pub const OLDEST_FORMAT_VERSION: u64 = 1;

/// The rating scale a behaviour item uses when it names none, and the one scale of a
/// format 1 file.
pub const DEFAULT_SCALE: &str = "frequency";

/// A validated competency framework.
#[derive(Clone, Debug, PartialEq)]
pub struct Framework {
    pub format_version: u64,
    /// Stable identifier, e.g. `engineering-manager`; results are keyed by it.
    pub id: String,
    /// Content version; a result remembers which version produced it.
    pub version: String,
    pub title: String,
    pub summary: String,
    /// The minutes the file's author typed, if any. What the app shows is computed from
    /// the words (`timing::estimated_minutes`); a lint says when the two disagree.
    pub estimated_minutes: Option<u32>,
    pub scales: Scales,
    /// Score bands, ascending by `min_score`; the first starts at 0.
    pub levels: Vec<Level>,
    pub scoring: ScoringRules,
    pub dimensions: Vec<Dimension>,
}

/// The answer scales a framework declares, so each statement can be rated on one that
/// fits it and a custom framework can reword them.
#[derive(Clone, Debug, PartialEq)]
pub struct Scales {
    /// Five-point rating scales for behaviour items, by id (for example a frequency
    /// scale for habits and an accuracy scale for single occasions).
    pub ratings: Vec<RatingScale>,
    /// Four names for anchored levels 0..=3: below bar, meets bar, exceeds, role model.
    pub anchored: [String; ANCHORED_LABELS.max],
}

/// A five-point rating scale: labels for ratings 1..=5, least to most.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingScale {
    pub id: String,
    pub labels: [String; RATING_LABELS.max],
}

impl Scales {
    pub fn rating(&self, id: &str) -> Option<&RatingScale> {
        self.ratings.iter().find(|s| s.id == id)
    }

    /// The label of `value` (1..=5) on scale `id`.
    pub fn rating_label(&self, id: &str, value: u8) -> Option<&str> {
        let scale = self.rating(id)?;
        let index = usize::from(value).checked_sub(1)?;
        scale.labels.get(index).map(String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    pub id: String,
    pub name: String,
    /// Lowest 0–100 score that falls in this band.
    pub min_score: f64,
    pub description: String,
}

/// How a dimension's score blends self-rating with scenario judgement.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoringRules {
    pub self_weight: f64,
    /// With `self_weight`, sets the cap on judgement's share of a dimension:
    /// `judgement_weight / (self_weight + judgement_weight)`.
    pub judgement_weight: f64,
    /// Percent of a dimension each answered scenario adds to judgement's share, up to the
    /// cap; at most [`crate::limits::JUDGEMENT_PER_SCENARIO`]`.max` (20), so that no one
    /// scenario can move its dimension by more than that many points.
    pub judgement_per_scenario: f64,
    /// Scored answers (behaviour, anchored, scenario) a dimension needs before it gets a score.
    pub min_scored_items: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Share of the overall score in percent; a framework's weights sum to 100.
    pub weight: f64,
    /// Id of the level the role expects in this dimension.
    pub expected_level: String,
    /// Whether the dimension measures capability (scored into the overall result) or
    /// preparation (reported apart, with a "not yet started" state of its own).
    pub kind: DimensionKind,
    pub development_actions: Vec<Action>,
    pub practice_questions: Vec<PracticeQuestion>,
    pub items: Vec<Item>,
}

/// What a dimension measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DimensionKind {
    /// How the person works: scored, weighted into the overall result.
    Capability,
    /// What the person has done to get ready (stories written, answers rehearsed). It has
    /// weight 0, so it never moves the overall score, and is reported as its own status:
    /// a person who has not started preparing is told so rather than given a level.
    Preparation,
}

/// Something to do to grow in a dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub text: String,
    /// Ids of the dimension's scored items this action works on; the results list an
    /// action first for the person whose answers to these items were lowest.
    pub addresses: Vec<String>,
}

/// An interview question worth preparing, with what the framework says about answering it.
#[derive(Clone, Debug, PartialEq)]
pub struct PracticeQuestion {
    pub text: String,
    /// As [`Action::addresses`].
    pub addresses: Vec<String>,
    /// What a strong answer shows.
    pub strong_answer: Option<String>,
    /// A common way answers go wrong.
    pub pitfall: Option<String>,
    /// A follow-up question an interviewer is likely to ask.
    pub follow_up: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// A first-person, time-bounded statement rated on one of the framework's rating
    /// scales, or answered "Hasn't come up" or "Prefer not to answer".
    Behaviour {
        text: String,
        keyed: Keying,
        /// Id of the rating scale in [`Scales::ratings`] this statement is rated on.
        scale: String,
        /// For a negatively keyed item: the positive item it mirrors, used by the
        /// contradiction check.
        reverse_of: Option<String>,
        /// The same statement for a colleague rating the person ("In the last six months
        /// they ..."); a framework can be used for invitations only when every statement
        /// and anchored item has one.
        observer_text: Option<String>,
    },
    /// Four behaviourally anchored descriptions, lowest to highest.
    Anchored {
        prompt: String,
        anchors: [String; ANCHORS.max],
        /// The prompt and anchors in the third person, for observers.
        observer: Option<ObserverAnchored>,
    },
    /// A situational judgement item: pick the most and least effective response.
    Scenario {
        situation: String,
        responses: [Response; RESPONSES.max],
    },
    /// Optional free text in Context-Action-Result form; never scored.
    Evidence { prompt: String, max_chars: usize },
}

/// An anchored item as an observer reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct ObserverAnchored {
    pub prompt: String,
    pub anchors: [String; ANCHORS.max],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keying {
    Positive,
    Negative,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub text: String,
    /// The key's grade for this response: 1 (least effective) to 4 (most effective).
    pub effectiveness: u8,
    /// Why the key grades it so, shown with the person's answers after they finish.
    pub rationale: Option<String>,
}

impl Action {
    /// An action that names no item (all a format 1 file can say).
    pub fn plain(text: String) -> Self {
        Action {
            text,
            addresses: Vec::new(),
        }
    }
}

impl PracticeQuestion {
    /// A question with nothing but its text (all a format 1 file can say).
    pub fn plain(text: String) -> Self {
        PracticeQuestion {
            text,
            addresses: Vec::new(),
            strong_answer: None,
            pitfall: None,
            follow_up: None,
        }
    }
}

impl Framework {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    /// The band a 0–100 score falls in.
    pub fn level_for(&self, score: f64) -> Option<&Level> {
        self.levels.iter().rev().find(|l| score >= l.min_score)
    }

    /// Every item in presentation order, with the dimension it belongs to.
    pub fn items(&self) -> impl Iterator<Item = (&Dimension, &Item)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(move |i| (d, i)))
    }

    pub fn item(&self, id: &str) -> Option<(&Dimension, &Item)> {
        self.items().find(|(_, i)| i.id == id)
    }

    /// The dimensions weighted into the overall result, in file order.
    pub fn capability_dimensions(&self) -> impl Iterator<Item = &Dimension> {
        self.dimensions
            .iter()
            .filter(|d| d.kind == DimensionKind::Capability)
    }

    /// The dimension reporting preparation, if the framework has one.
    pub fn preparation_dimension(&self) -> Option<&Dimension> {
        self.dimensions
            .iter()
            .find(|d| d.kind == DimensionKind::Preparation)
    }

    /// Items that take an answer towards the score (everything but evidence prompts).
    pub fn scored_item_count(&self) -> usize {
        self.items().filter(|(_, i)| i.kind.is_scored()).count()
    }
}

impl ItemKind {
    pub fn is_scored(&self) -> bool {
        !matches!(self, ItemKind::Evidence { .. })
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            ItemKind::Behaviour { .. } => "behaviour",
            ItemKind::Anchored { .. } => "anchored",
            ItemKind::Scenario { .. } => "scenario",
            ItemKind::Evidence { .. } => "evidence",
        }
    }
}
