//! The result in sentences: the plain-language summary with its figures (also the radar
//! chart's text equivalent), and the words-only wording candidate-safe pages
//! (`scores=hidden`) show instead: the narrative, the notes on strengths and growth areas,
//! and answer-quality warnings without their numbers.
//!
//! ```
//! use yardstick_core::{answers::{Answer, Answers}, recommend::recommend, scoring::score,
//!     narrative::summary_text, validate::load_framework};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut answers = Answers::new();
//! answers.insert("plan-risks".into(), Answer::Rating { value: 5 });
//! answers.insert("plan-surprise".into(), Answer::Rating { value: 1 });
//! let result = score(&framework, &answers);
//! let text = summary_text(&framework, &result, &recommend(&framework, &result));
//! assert!(text.starts_with("Overall 100 out of 100, likely 86–100: Strong."));
//! ```

use super::framework::Framework;
use super::quality::{Warning, WarningKind, FAVOURABLE_ADVICE};
use super::recommend::{Focus, Recommendations};
use super::report::{dimension_rows, overall, DimensionRow};
use super::scoring::{Position, Score};

/// The summary in a few sentences, for everyone (it is also the radar chart's text
/// equivalent): the overall score, its likely range and level, the strongest dimension,
/// what is clearly below what the role expects (or, if nothing is, what is about at the
/// expected level and the nearest stretch), the first thing to work on when weighting by
/// importance changes the answer, and what could not be scored.
pub fn summary(
    framework: &Framework,
    score: &Score,
    recommendations: &Recommendations,
) -> Vec<String> {
    let rows = dimension_rows(framework, score);
    let scored: Vec<&DimensionRow> = rows.iter().filter(|r| r.score.is_some()).collect();
    let weight_of = |row: &DimensionRow| {
        framework
            .dimension(&row.dimension_id)
            .map_or(0.0, |d| d.weight)
    };
    let mut sentences = Vec::new();

    match overall(framework, score) {
        Some(o) => {
            let range = if o.range.is_empty() {
                String::new()
            } else {
                format!(", {}", o.range)
            };
            let level = if o.level_name.is_empty() {
                String::new()
            } else {
                format!(": {}", o.level_name)
            };
            sentences.push(format!("Overall {} out of 100{range}{level}.", o.score))
        }
        None => sentences.push(
            "No area had enough answers for a score, so there is no overall result yet."
                .to_string(),
        ),
    }

    if scored.len() >= 2 {
        // Highest score; on a tie the weightier dimension, then framework order.
        let strongest =
            scored
                .iter()
                .copied()
                .fold(None::<&DimensionRow>, |best, row| match best {
                    Some(b)
                        if b.score >= row.score
                            && (b.score > row.score || weight_of(b) >= weight_of(row)) =>
                    {
                        Some(b)
                    }
                    _ => Some(row),
                });
        if let Some(row) = strongest {
            sentences.push(format!(
                "Strongest: {} ({}).",
                row.name,
                figures_with_level(row)
            ));
        }
    }

    let below: Vec<&DimensionRow> = scored
        .iter()
        .copied()
        .filter(|r| r.below_expected == Some(true))
        .collect();
    // Most negative gap; on a tie the weightier dimension, then framework order.
    let furthest = below
        .iter()
        .copied()
        .fold(None::<&DimensionRow>, |worst, row| match worst {
            Some(w) if w.gap <= row.gap && (w.gap < row.gap || weight_of(w) >= weight_of(row)) => {
                Some(w)
            }
            _ => Some(row),
        });
    let first_growth = recommendations.growth_areas.first();
    match (below.len(), furthest) {
        (0, _) if !scored.is_empty() => {
            let about: Vec<&str> = scored
                .iter()
                .filter(|r| r.position == Some(Position::About))
                .map(|r| r.name.as_str())
                .collect();
            let every = if scored.len() == rows.len() {
                "Every area"
            } else {
                "Every scored area"
            };
            sentences.push(match about.len() {
                0 => format!("{every} is above what the role expects."),
                n if n == scored.len() => format!(
                    "{every} is about at the expected level: no likely range lies clearly above or below what the role expects."
                ),
                n => format!(
                    "No area is clearly below what the role expects; {} {} about at the expected level.",
                    join_names(&about),
                    if n == 1 { "is" } else { "are" }
                ),
            });
            if let Some(row) = first_growth
                .filter(|g| !g.below_expectation)
                .and_then(|g| rows.iter().find(|r| r.dimension_id == g.dimension_id))
            {
                sentences.push(format!(
                    "Closest to the bar, and a good stretch: {} ({}).",
                    row.name,
                    figures_with_expected(row)
                ));
            }
        }
        (1, Some(row)) => sentences.push(format!(
            "One area is clearly below what the role expects: {} ({}).",
            row.name,
            figures_with_expected(row)
        )),
        (n, Some(row)) => {
            sentences.push(format!(
                "{} areas are clearly below what the role expects. Furthest below: {} ({}).",
                count_word(n),
                row.name,
                figures_with_expected(row)
            ));
            if let Some(growth) =
                first_growth.filter(|g| g.below_expectation && g.dimension_id != row.dimension_id)
            {
                sentences.push(format!(
                    "Weighing how much each area matters to the role, the first to work on is {}.",
                    growth.name
                ));
            }
        }
        _ => {}
    }

    let unscored: Vec<&str> = rows
        .iter()
        .filter(|r| r.score.is_none())
        .map(|r| r.name.as_str())
        .collect();
    if !unscored.is_empty() && !scored.is_empty() {
        sentences.push(format!(
            "Too few answers to score {}; {} left out of the overall score.",
            join_names(&unscored),
            if unscored.len() == 1 {
                "it is"
            } else {
                "they are"
            }
        ));
    }
    sentences
}

/// [`summary`] as one paragraph.
pub fn summary_text(
    framework: &Framework,
    score: &Score,
    recommendations: &Recommendations,
) -> String {
    summary(framework, score, recommendations).join(" ")
}

/// `"82, Exceeds the bar"`.
fn figures_with_level(row: &DimensionRow) -> String {
    match &row.level {
        Some(level) => format!("{}, {level}", row.score_text),
        None => row.score_text.clone(),
    }
}

/// `"45, likely 37–53, expected 70"`.
fn figures_with_expected(row: &DimensionRow) -> String {
    format!(
        "{}, likely {}, expected {}",
        row.score_text, row.range_text, row.expected_text
    )
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn count_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// The result in words only, for candidate-safe pages (`scores=hidden`): which areas
/// are strongest and where to grow, with no score, level or gap.
pub fn narrative(recommendations: &Recommendations) -> Vec<String> {
    let names =
        |focus: &[Focus]| join_names(&focus.iter().map(|f| f.name.as_str()).collect::<Vec<_>>());
    let mut sentences = Vec::new();
    if !recommendations.strengths.is_empty() {
        sentences.push(format!(
            "Your answers point to strengths in {}.",
            names(&recommendations.strengths)
        ));
    }
    let below: Vec<Focus> = recommendations
        .growth_areas
        .iter()
        .filter(|f| f.below_expectation)
        .cloned()
        .collect();
    if !below.is_empty() {
        sentences.push(format!(
            "The areas to work on first, for what this role needs, are {}.",
            names(&below)
        ));
    } else if let Some(stretch) = recommendations.growth_areas.first() {
        sentences.push(format!(
            "Nothing falls clearly short of what the role expects; {} is where extra practice would help most.",
            stretch.name
        ));
    }
    if sentences.is_empty() {
        sentences.push(
            "There were not enough answers to describe a result. Answer a few more questions in each area."
                .to_string(),
        );
    }
    sentences
}

/// The note on a strength when scores are hidden.
pub const HIDDEN_STRENGTH_NOTE: &str = "Above what the role expects.";

/// The note on a growth area when scores are hidden: below the bar, or the nearest
/// stretch when nothing is.
pub fn hidden_growth_note(focus: &Focus) -> &'static str {
    if focus.below_expectation {
        "Below what the role expects."
    } else {
        "Closest to the bar: a stretch."
    }
}

/// An answer-quality warning worded without numbers, for pages that hide scores. Only
/// the warnings whose messages carry numbers (a time, a count, an index) change; the
/// others name only levels and areas.
pub fn without_numbers(mut warning: Warning) -> Warning {
    match warning.kind {
        WarningKind::TooFast => {
            warning.message = "You answered faster than it takes just to skim the questions. Answers given this quickly may not reflect what you really do.".to_string();
        }
        WarningKind::LongRun => {
            warning.message = "You gave the same answer to many statements in a row. Some of them describe opposite habits, so it is worth checking that each answer is the one you meant.".to_string();
        }
        WarningKind::NarrowSpread => {
            warning.message = "You gave the same answer to nearly every statement. They describe different habits, some of them opposite ones, so it is worth checking that each answer is the one you meant.".to_string();
        }
        WarningKind::ExtremeSpread => {
            warning.message = "Nearly all of your statement ratings are at one end of the scale or the other. Most habits sit somewhere in between, so the answers in the middle of the scale may fit some of them better.".to_string();
        }
        WarningKind::LowConsistency => {
            warning.message = "Some statements come in pairs that describe opposite habits. Taken together, your answers to those pairs agree with each other about as often as answers picked at random would. A pair can be less than an exact opposite, so no single pair matters; it may be worth reading the statements again.".to_string();
        }
        WarningKind::MostlyFavourable => {
            warning.message = format!(
                "{} at the most favourable end: the top of the scale, the highest level, the best response in each scenario. {FAVOURABLE_ADVICE}",
                if warning.message.starts_with("All ") {
                    "All of your answers are"
                } else {
                    "Nearly all of your answers are"
                }
            );
        }
        WarningKind::AnchorContradicted | WarningKind::ScreenTooFast => {}
    }
    warning
}
