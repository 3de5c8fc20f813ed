//! Every limit of the framework format in one place: lengths of texts, sizes of lists,
//! ranges of numbers, and the size of the file. The validator checks files against these
//! constants, and [`LIMITS`] lists each one with the JSON path it applies to, so tests
//! hold `docs/framework.schema.json` and `docs/framework-format.md` to the same values.
//!
//! ```
//! use yardstick_core::limits::{Bound, LIMITS, TITLE};
//! let title = LIMITS.iter().find(|l| l.path == "$.title").unwrap();
//! assert_eq!(title.bound, Bound::Chars(TITLE));
//! assert_eq!(TITLE.max, 80);
//! ```

/// Inclusive bounds on how many there are: characters in a text, entries in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub min: usize,
    pub max: usize,
}

/// Inclusive bounds on a whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Whole {
    pub min: u64,
    pub max: u64,
}

/// Bounds on a number; `max` is inclusive, `min` too unless `above_min`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub min: f64,
    pub max: f64,
    /// The number must be strictly above `min`.
    pub above_min: bool,
}

/// What a limit bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// Characters in a text (which must also hold more than white space).
    Chars(Count),
    /// Entries in a list.
    Entries(Count),
    Whole(Whole),
    Number(Number),
}

/// One limit and where it applies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    /// JSON path of the bounded value, `[*]` standing for every entry of a list:
    /// `$.dimensions[*].items[*].prompt`. A field of items applies to each item type
    /// that has it.
    pub path: &'static str,
    pub bound: Bound,
}

/// Largest framework file accepted, in bytes (256 KiB).
pub const MAX_FRAMEWORK_BYTES: usize = 256 * 1024;

const fn count(min: usize, max: usize) -> Count {
    Count { min, max }
}

const fn exactly(n: usize) -> Count {
    Count { min: n, max: n }
}

const fn whole(min: u64, max: u64) -> Whole {
    Whole { min, max }
}

const fn number(min: f64, max: f64) -> Number {
    Number {
        min,
        max,
        above_min: false,
    }
}

/// Every id (`id`, `expected_level`, `reverse_of`); ids also use only `a-z`, `0-9` and `-`.
pub const ID: Count = count(1, 64);
pub const VERSION: Count = count(1, 32);
pub const TITLE: Count = count(1, 80);
pub const SUMMARY: Count = count(1, 300);
pub const ESTIMATED_MINUTES: Whole = whole(1, 120);

/// Rating scales a framework declares.
pub const RATING_SCALES: Count = count(1, 4);
/// Labels of a rating scale, for ratings 1 to 5.
pub const RATING_LABELS: Count = exactly(5);
/// Names of the anchored levels, lowest first.
pub const ANCHORED_LABELS: Count = exactly(4);
pub const SCALE_LABEL: Count = count(1, 40);

pub const LEVELS: Count = count(2, 6);
pub const LEVEL_NAME: Count = count(1, 40);
/// Scores are on a 0–100 scale everywhere.
pub const SCORE: Number = number(0.0, 100.0);
pub const LEVEL_DESCRIPTION: Count = count(1, 300);

/// `scoring.self_weight` and `scoring.judgement_weight`.
pub const SCORING_WEIGHT: Number = number(0.0, 100.0);
pub const MIN_SCORED_ITEMS: Whole = whole(1, 40);
/// `scoring.judgement_per_scenario`, in percent of a dimension: at most 20, so that one
/// scenario cannot move its dimension by more than 20 points.
pub const JUDGEMENT_PER_SCENARIO: Number = Number {
    min: 0.0,
    max: 20.0,
    above_min: true,
};

pub const DIMENSIONS: Count = count(1, 12);
pub const DIMENSION_NAME: Count = count(1, 80);
pub const DIMENSION_DESCRIPTION: Count = count(1, 400);
/// A dimension's share of the overall score, in percent; the shares add up to 100.
pub const DIMENSION_WEIGHT: Number = Number {
    min: 0.0,
    max: 100.0,
    above_min: true,
};
/// Development actions, and practice questions, per dimension.
pub const ADVICE: Count = count(1, 8);
pub const ADVICE_TEXT: Count = count(1, 300);
/// Items one action or practice question names in `addresses`.
pub const ADDRESSES: Count = count(1, 10);
pub const ITEMS: Count = count(1, 40);

/// A behaviour statement, an anchored or evidence prompt, a scenario response.
pub const ITEM_TEXT: Count = count(1, 300);
pub const ANCHORS: Count = exactly(4);
pub const ANCHOR_TEXT: Count = count(1, 400);
pub const SITUATION: Count = count(1, 600);
pub const RESPONSES: Count = exactly(4);
/// The key's grade of a scenario response: 1 (least effective) to 4 (most effective).
pub const EFFECTIVENESS: Whole = whole(1, 4);
/// Characters an evidence answer may hold.
pub const EVIDENCE_MAX_CHARS: Whole = whole(50, 4000);

/// Every limit above with the path it applies to, in file order.
pub const LIMITS: [Limit; 55] = {
    use Bound::{Chars, Entries};
    const fn at(path: &'static str, bound: Bound) -> Limit {
        Limit { path, bound }
    }
    [
        at("$.id", Chars(ID)),
        at("$.version", Chars(VERSION)),
        at("$.title", Chars(TITLE)),
        at("$.summary", Chars(SUMMARY)),
        at("$.estimated_minutes", Bound::Whole(ESTIMATED_MINUTES)),
        at("$.scales.ratings", Entries(RATING_SCALES)),
        at("$.scales.ratings[*].id", Chars(ID)),
        at("$.scales.ratings[*].labels", Entries(RATING_LABELS)),
        at("$.scales.ratings[*].labels[*]", Chars(SCALE_LABEL)),
        at("$.scales.anchored", Entries(ANCHORED_LABELS)),
        at("$.scales.anchored[*]", Chars(SCALE_LABEL)),
        at("$.levels", Entries(LEVELS)),
        at("$.levels[*].id", Chars(ID)),
        at("$.levels[*].name", Chars(LEVEL_NAME)),
        at("$.levels[*].min_score", Bound::Number(SCORE)),
        at("$.levels[*].description", Chars(LEVEL_DESCRIPTION)),
        at("$.scoring.self_weight", Bound::Number(SCORING_WEIGHT)),
        at("$.scoring.judgement_weight", Bound::Number(SCORING_WEIGHT)),
        at("$.scoring.min_scored_items", Bound::Whole(MIN_SCORED_ITEMS)),
        at(
            "$.scoring.judgement_per_scenario",
            Bound::Number(JUDGEMENT_PER_SCENARIO),
        ),
        at("$.dimensions", Entries(DIMENSIONS)),
        at("$.dimensions[*].id", Chars(ID)),
        at("$.dimensions[*].name", Chars(DIMENSION_NAME)),
        at("$.dimensions[*].description", Chars(DIMENSION_DESCRIPTION)),
        at("$.dimensions[*].weight", Bound::Number(DIMENSION_WEIGHT)),
        at("$.dimensions[*].expected_level", Chars(ID)),
        at("$.dimensions[*].development_actions", Entries(ADVICE)),
        at(
            "$.dimensions[*].development_actions[*].text",
            Chars(ADVICE_TEXT),
        ),
        at(
            "$.dimensions[*].development_actions[*].addresses",
            Entries(ADDRESSES),
        ),
        at(
            "$.dimensions[*].development_actions[*].addresses[*]",
            Chars(ID),
        ),
        at("$.dimensions[*].practice_questions", Entries(ADVICE)),
        at(
            "$.dimensions[*].practice_questions[*].text",
            Chars(ADVICE_TEXT),
        ),
        at(
            "$.dimensions[*].practice_questions[*].addresses",
            Entries(ADDRESSES),
        ),
        at(
            "$.dimensions[*].practice_questions[*].addresses[*]",
            Chars(ID),
        ),
        at(
            "$.dimensions[*].practice_questions[*].strong_answer",
            Chars(ADVICE_TEXT),
        ),
        at(
            "$.dimensions[*].practice_questions[*].pitfall",
            Chars(ADVICE_TEXT),
        ),
        at(
            "$.dimensions[*].practice_questions[*].follow_up",
            Chars(ADVICE_TEXT),
        ),
        at("$.dimensions[*].items", Entries(ITEMS)),
        at("$.dimensions[*].items[*].id", Chars(ID)),
        at("$.dimensions[*].items[*].text", Chars(ITEM_TEXT)),
        at("$.dimensions[*].items[*].scale", Chars(ID)),
        at("$.dimensions[*].items[*].reverse_of", Chars(ID)),
        at("$.dimensions[*].items[*].observer_text", Chars(ITEM_TEXT)),
        at("$.dimensions[*].items[*].prompt", Chars(ITEM_TEXT)),
        at("$.dimensions[*].items[*].anchors", Entries(ANCHORS)),
        at("$.dimensions[*].items[*].anchors[*]", Chars(ANCHOR_TEXT)),
        at("$.dimensions[*].items[*].observer_prompt", Chars(ITEM_TEXT)),
        at(
            "$.dimensions[*].items[*].observer_anchors",
            Entries(ANCHORS),
        ),
        at(
            "$.dimensions[*].items[*].observer_anchors[*]",
            Chars(ANCHOR_TEXT),
        ),
        at("$.dimensions[*].items[*].situation", Chars(SITUATION)),
        at("$.dimensions[*].items[*].responses", Entries(RESPONSES)),
        at(
            "$.dimensions[*].items[*].responses[*].text",
            Chars(ITEM_TEXT),
        ),
        at(
            "$.dimensions[*].items[*].responses[*].effectiveness",
            Bound::Whole(EFFECTIVENESS),
        ),
        at(
            "$.dimensions[*].items[*].responses[*].rationale",
            Chars(ITEM_TEXT),
        ),
        at(
            "$.dimensions[*].items[*].max_chars",
            Bound::Whole(EVIDENCE_MAX_CHARS),
        ),
    ]
};
