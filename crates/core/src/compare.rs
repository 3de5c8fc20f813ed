//! Comparing two finished attempts at one role, dimension by dimension: both scores and
//! levels as the results page shows them, and the change; then the compare page's words
//! and cells ([`comparison_page`]), which the page only lays out.
//!
//! ```
//! use yardstick_core::{attempt::Attempt, compare::compare, validate::load_framework};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut first = Attempt::new(&framework, "a".into(), 1_000.0);
//! first.completed_at = Some(2_000.0);
//! let mut second = Attempt::new(&framework, "b".into(), 3_000.0);
//! second.completed_at = Some(4_000.0);
//! let comparison = compare((&framework, &second), (&framework, &first)).unwrap();
//! assert_eq!(comparison.earlier.attempt_id, "a"); // ordered by completion, whatever the argument order
//! assert_eq!(comparison.dimensions.len(), 2);
//! ```

use super::attempt::Attempt;
use super::display::{format_change, whole_score};
use super::framework::Framework;
use super::scoring::{Score, SCORING_MODEL};

/// One attempt's side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    pub attempt_id: String,
    /// When the attempt was completed (milliseconds since the Unix epoch).
    pub completed_at: f64,
    /// The framework version the attempt was made with.
    pub framework_version: String,
    /// The scoring model when it was finished (`None`: before models were recorded).
    pub scoring_model: Option<u32>,
    /// Overall score rounded to a whole number, `None` when not scored.
    pub overall: Option<i64>,
    /// Name of the overall level.
    pub overall_level: Option<String>,
}

/// One dimension both attempts have, with both scores (whole numbers) and levels.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionChange {
    pub dimension_id: String,
    /// The name in the later attempt's framework.
    pub name: String,
    pub earlier: Option<i64>,
    pub later: Option<i64>,
    pub earlier_level: Option<String>,
    pub later_level: Option<String>,
    /// `later - earlier` of the whole-number scores, when both are scored.
    pub change: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub framework_id: String,
    /// The role's title in the later attempt's framework.
    pub title: String,
    pub earlier: Side,
    pub later: Side,
    /// `later.overall - earlier.overall`, when both are scored.
    pub overall_change: Option<i64>,
    /// The attempts were made with different versions of the questions.
    pub versions_differ: bool,
    /// Dimensions both frameworks have (matched by id), in the later framework's order.
    pub dimensions: Vec<DimensionChange>,
    /// Names of dimensions only the earlier attempt's framework has.
    pub only_earlier: Vec<String>,
    /// Names of dimensions only the later attempt's framework has.
    pub only_later: Vec<String>,
}

/// Why two attempts cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// The attempts are for different roles (framework ids).
    DifferentRoles,
    /// Both sides are the same attempt.
    SameAttempt,
    /// At least one attempt is not completed.
    NotCompleted,
}

impl std::fmt::Display for CompareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CompareError::DifferentRoles => "Only two attempts at the same role can be compared.",
            CompareError::SameAttempt => {
                "That is the same attempt twice; choose two different attempts."
            }
            CompareError::NotCompleted => "Only finished attempts can be compared.",
        })
    }
}

impl std::error::Error for CompareError {}

/// Compares two completed attempts at the same role, each with the framework it is
/// scored against. The earlier-completed attempt comes first whatever the argument
/// order, so a positive change is an improvement over time.
pub fn compare(
    a: (&Framework, &Attempt),
    b: (&Framework, &Attempt),
) -> Result<Comparison, CompareError> {
    let (Some(a_done), Some(b_done)) = (a.1.completed_at, b.1.completed_at) else {
        return Err(CompareError::NotCompleted);
    };
    if a.1.id == b.1.id {
        return Err(CompareError::SameAttempt);
    }
    if a.1.framework_id != b.1.framework_id || a.0.id != b.0.id {
        return Err(CompareError::DifferentRoles);
    }
    let a_first = a_done
        .total_cmp(&b_done)
        .then_with(|| a.1.id.cmp(&b.1.id))
        .is_le();
    let ((earlier_fw, earlier), (later_fw, later)) = if a_first { (a, b) } else { (b, a) };
    let earlier_score = earlier.score(earlier_fw);
    let later_score = later.score(later_fw);

    let level_name = |framework: &Framework, id: Option<&str>| {
        id.and_then(|id| framework.level(id))
            .map(|l| l.name.clone())
    };
    let side = |framework: &Framework, attempt: &Attempt, score: &Score| Side {
        attempt_id: attempt.id.clone(),
        completed_at: attempt.completed_at.unwrap_or(0.0),
        framework_version: attempt.framework_version.clone(),
        scoring_model: attempt.scoring_model,
        overall: score.overall.map(|s| whole_score(framework, s)),
        overall_level: level_name(framework, score.overall_level_id.as_deref()),
    };
    let earlier_side = side(earlier_fw, earlier, &earlier_score);
    let later_side = side(later_fw, later, &later_score);

    let dimensions = later_fw
        .dimensions
        .iter()
        .filter(|d| earlier_fw.dimension(&d.id).is_some())
        .map(|d| {
            let before = earlier_score.dimension(&d.id);
            let after = later_score.dimension(&d.id);
            let earlier = before
                .and_then(|s| s.score)
                .map(|s| whole_score(earlier_fw, s));
            let later = after
                .and_then(|s| s.score)
                .map(|s| whole_score(later_fw, s));
            DimensionChange {
                dimension_id: d.id.clone(),
                name: d.name.clone(),
                earlier,
                later,
                earlier_level: level_name(earlier_fw, before.and_then(|s| s.level_id.as_deref())),
                later_level: level_name(later_fw, after.and_then(|s| s.level_id.as_deref())),
                change: difference(earlier, later),
            }
        })
        .collect();
    let names_missing_from = |from: &Framework, other: &Framework| -> Vec<String> {
        from.dimensions
            .iter()
            .filter(|d| other.dimension(&d.id).is_none())
            .map(|d| d.name.clone())
            .collect()
    };
    Ok(Comparison {
        framework_id: later_fw.id.clone(),
        title: later_fw.title.clone(),
        overall_change: difference(earlier_side.overall, later_side.overall),
        versions_differ: earlier.framework_version != later.framework_version
            || earlier_fw.version != later_fw.version,
        dimensions,
        only_earlier: names_missing_from(earlier_fw, later_fw),
        only_later: names_missing_from(later_fw, earlier_fw),
        earlier: earlier_side,
        later: later_side,
    })
}

fn difference(earlier: Option<i64>, later: Option<i64>) -> Option<i64> {
    Some(later? - earlier?)
}

/// Shown in a score cell of an attempt that was not scored there.
pub const NOT_SCORED_CELL: &str = "Not scored (too few answers)";
/// Read out in a change cell with no change to give.
pub const NO_CHANGE: &str = "No change can be given";

/// The compare page as one view-model: every sentence and cell of it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonPage {
    /// The role's title.
    pub title: String,
    /// What the page shows, with both dates.
    pub lead: String,
    /// Why only some areas are compared, when the versions differ.
    pub versions_note: Option<String>,
    /// When the attempts were first scored under different scoring models: both are
    /// shown as the current model scores them.
    pub model_note: Option<String>,
    /// The overall change in a sentence.
    pub overall: String,
    /// The table's caption.
    pub caption: String,
    pub earlier_date: String,
    pub later_date: String,
    /// One row per dimension both attempts have, in the later framework's order.
    pub rows: Vec<ComparisonRow>,
    /// The overall row, under the table.
    pub total: ComparisonRow,
    pub earlier_id: String,
    pub later_id: String,
    /// `"Open the results of 21 November 2026"`
    pub open_earlier: String,
    pub open_later: String,
}

/// One row of the comparison table.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    pub name: String,
    pub earlier: ScoreCell,
    pub later: ScoreCell,
    pub change: ChangeCell,
}

/// A whole-number score and its level; `score` is `None` when not scored (the cell then
/// says [`NOT_SCORED_CELL`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreCell {
    pub score: Option<String>,
    pub level: Option<String>,
}

/// Which way a score moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

/// A change with its sign (`"+6"`, `"−6"`, `"0"`); `None` when one side is not scored
/// (the cell then shows a dash and says [`NO_CHANGE`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeCell {
    pub text: Option<String>,
    pub trend: Trend,
}

fn score_cell(score: Option<i64>, level: Option<String>) -> ScoreCell {
    ScoreCell {
        score: score.map(|s| s.to_string()),
        level: score.and(level),
    }
}

fn change_cell(change: Option<i64>) -> ChangeCell {
    ChangeCell {
        text: change.map(format_change),
        trend: match change {
            Some(c) if c > 0 => Trend::Up,
            Some(c) if c < 0 => Trend::Down,
            _ => Trend::Same,
        },
    }
}

/// The compare page for `comparison`. `format_date` writes a time as the person's local
/// date.
pub fn comparison_page(
    comparison: &Comparison,
    format_date: &dyn Fn(f64) -> String,
) -> ComparisonPage {
    let c = comparison;
    let earlier_date = format_date(c.earlier.completed_at);
    let later_date = format_date(c.later.completed_at);
    let overall = match (c.earlier.overall, c.later.overall, c.overall_change) {
        (Some(before), Some(after), Some(change)) => format!(
            "Overall: {before} in the earlier attempt, {after} in the later one, a change of {}.",
            format_change(change)
        ),
        _ => {
            "The overall change cannot be given: one of the attempts had too few answers to score."
                .to_string()
        }
    };
    let versions_note = c.versions_differ.then(|| {
        let mut note = format!(
            "These attempts used different versions of the {} questions ({} and {}). Only the areas both versions have are compared, and each overall score covers its own version's areas.",
            c.title, c.earlier.framework_version, c.later.framework_version
        );
        if !c.only_earlier.is_empty() {
            note.push_str(&format!(
                " Only in the earlier version: {}.",
                c.only_earlier.join(", ")
            ));
        }
        if !c.only_later.is_empty() {
            note.push_str(&format!(
                " Only in the later version: {}.",
                c.only_later.join(", ")
            ));
        }
        note
    });
    let model = |m: Option<u32>| m.map_or("not recorded".to_string(), |m| m.to_string());
    let model_note = (c.earlier.scoring_model != c.later.scoring_model).then(|| {
        format!(
            "These attempts were first scored under different scoring models (earlier: {}, later: {}). Both are shown as the current model ({SCORING_MODEL}) scores their answers, so the change between them compares like with like.",
            model(c.earlier.scoring_model),
            model(c.later.scoring_model)
        )
    });
    ComparisonPage {
        model_note,
        title: c.title.clone(),
        lead: format!(
            "Your attempt of {earlier_date} next to your attempt of {later_date}. Scores are out of 100; a positive change means a higher score in the later attempt."
        ),
        versions_note,
        overall,
        caption: format!("{}: scores by area, earlier and later", c.title),
        rows: c
            .dimensions
            .iter()
            .map(|d| ComparisonRow {
                name: d.name.clone(),
                earlier: score_cell(d.earlier, d.earlier_level.clone()),
                later: score_cell(d.later, d.later_level.clone()),
                change: change_cell(d.change),
            })
            .collect(),
        total: ComparisonRow {
            name: "Overall".to_string(),
            earlier: score_cell(c.earlier.overall, c.earlier.overall_level.clone()),
            later: score_cell(c.later.overall, c.later.overall_level.clone()),
            change: change_cell(c.overall_change),
        },
        earlier_id: c.earlier.attempt_id.clone(),
        later_id: c.later.attempt_id.clone(),
        open_earlier: format!("Open the results of {earlier_date}"),
        open_later: format!("Open the results of {later_date}"),
        earlier_date,
        later_date,
    }
}
