//! The results page as one view-model: every word and number the page shows, in the
//! order it shows them, so the component only lays [`ResultsReport`] out. What a page
//! hides (`scores=hidden`, a shared result) is decided here too, and tested natively.
//!
//! ```
//! use yardstick_core::{attempt::Attempt, validate::load_framework};
//! use yardstick_core::results_page::{results_report, Overview, ReportOptions, Whose};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let attempt = Attempt::new(&framework, "a1".into(), 0.0);
//! let options = ReportOptions { whose: Whose::Shared, hide_scores: true };
//! let report = results_report(&framework, &attempt, options, &|_| String::new());
//! assert_eq!(report.title, "Shared results: Team Lead (short)");
//! assert!(matches!(report.overview, Overview::Story(_)));
//! assert!(report.scores.is_none() && report.explanation.is_none());
//! ```

use super::attempt::Attempt;
use super::calibration;
use super::display::{fixed, format_number, format_points, format_whole};
use super::evidence::{evidence, EvidenceGroup};
use super::explain::{explain, DimensionExplanation};
use super::framework::Framework;
use super::narrative::{
    hidden_growth_note, narrative, summary_text, without_numbers, HIDDEN_STRENGTH_NOTE,
};
use super::preparation::{preparation, status_text, Preparation, Status};
use super::quality;
use super::radar::geometry::MIN_RADAR_AXES;
use super::radar::labels::chart_name;
use super::recommend::{recommend, Focus, Suggestion};
use super::report::{
    coverage, dimension_rows, focus_figures, growth_note, overall, strength_note, DimensionRow,
    Overall,
};
use super::scenario_review::{scenario_reviews, ScenarioReview};
use super::scoring::score;

/// Shown in place of the overall score when no dimension could be scored.
pub const NO_OVERALL: &str = "No area had enough answers to be scored, so there is no overall score. Answer a few more questions in each area to see one.";
/// Shown under "Strengths" when no dimension is above what the role expects.
pub const NO_STRENGTHS: &str =
    "No area is above what the role expects yet. The growth areas below are the place to start.";

/// Whose result the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// One of the person's own attempts, from this browser's storage.
    Own,
    /// A result someone shared by link: read-only, never stored, timings unknown.
    Shared,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    pub whose: Whose,
    /// Candidate-safe pages (`scores=hidden`): words only, no score, level or gap, and
    /// nothing to download or share that would carry them.
    pub hide_scores: bool,
}

/// Everything the results page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsReport {
    /// `"Your results: Engineering Manager"`, or `"Shared results: …"`.
    pub title: String,
    /// `"Completed 21 November 2026. Based on all 40 questions."`
    pub meta: String,
    /// The attempt is not finished: the page says so and offers to continue it.
    pub unfinished: bool,
    /// Downloads and the share link: only for one's own result with scores shown.
    pub offers_files: bool,
    pub overview: Overview,
    /// The radar, bars and table; `None` when scores are hidden.
    pub scores: Option<ScoresSection>,
    /// Strengths and growth areas; `None` when no dimension was scored.
    pub focus: Option<FocusSections>,
    /// Answer-quality warnings ("How you answered").
    pub warnings: Vec<String>,
    /// Calibration notes ("How you see yourself").
    pub calibration: Vec<String>,
    /// How the result was computed; `None` when scores are hidden.
    pub explanation: Option<ExplanationSection>,
    /// The person's own examples; never scored, shown in both modes.
    pub examples: Vec<EvidenceGroup>,
    /// Each answered scenario with the key's ranking and rationale; empty until the
    /// attempt is finished, so the key cannot be read before answering.
    pub scenarios: Vec<ScenarioReview>,
    /// The preparation checklist and its status, for a framework with a preparation
    /// dimension whose statements were answered.
    pub preparation: Option<Preparation>,
}

/// The top of the report.
#[derive(Clone, Debug, PartialEq)]
pub enum Overview {
    /// Scores hidden: the result in words only.
    Story(Vec<String>),
    /// The overall score and level, with the plain-language summary.
    Scored { overall: Overall, summary: String },
    /// No dimension could be scored: [`NO_OVERALL`] in place of a score.
    NotScored,
}

/// The scores by area: a radar with three or more dimensions, a bar each, and the table.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoresSection {
    pub with_radar: bool,
    /// The radar chart's accessible name.
    pub chart_name: String,
    pub bars: Vec<Bar>,
    /// The table's rows (also the radar's axes).
    pub rows: Vec<DimensionRow>,
}

/// One dimension's bar, numbered as the radar's axes are on narrow screens.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// `"1."`
    pub number: String,
    pub name: String,
    /// `"68, likely 60–76 · Solid"`, or the not-scored text.
    pub figures: String,
    /// Filled width out of 100, for SVG: `"68.00"`; `"0.00"` when not scored.
    pub fill: String,
    /// Where the likely range starts, out of 100: `"60.00"`; `None` when not scored.
    pub range_from: Option<String>,
    /// How wide the likely range is, out of 100: `"16.00"`; `None` when not scored.
    pub range_width: Option<String>,
    /// Where the expected level's line sits, out of 100: `"55.00"`.
    pub expected_at: String,
    /// `"Expected: Solid (55). Gap +13."`, without the gap when not scored.
    pub expected_note: String,
    pub unscored: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FocusSections {
    /// Empty when nothing is above what the role expects (the page shows
    /// [`NO_STRENGTHS`]).
    pub strengths: Vec<FocusCard>,
    pub growth: Vec<FocusCard>,
}

/// A strength or a growth area.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusCard {
    pub name: String,
    /// `" (82, Exceeds the bar; the role expects 70)"`; empty when scores are hidden.
    pub figures: String,
    pub note: String,
    /// A growth area that is not below what the role expects: the nearest stretch.
    pub stretch: bool,
    /// The person's lowest answers' suggestions first (`recommend`).
    pub development_actions: Vec<Suggestion>,
    pub practice_questions: Vec<Suggestion>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExplanationSection {
    /// The method in a few sentences.
    pub method: Vec<String>,
    pub areas: Vec<ExplainedArea>,
}

/// One dimension's part of "How this was computed".
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainedArea {
    pub dimension_id: String,
    pub name: String,
    pub summary: String,
    /// Said only when leaving out unscored areas changed this area's share.
    pub weights_note: Option<String>,
    /// The table's caption: `"Planning: what each answer contributed"`.
    pub caption: String,
    /// Empty when no answer counted (the page says so).
    pub rows: Vec<ExplainedRow>,
}

/// What one answer contributed, as the table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainedRow {
    pub label: String,
    pub answer: String,
    /// `"75"`
    pub item_score: String,
    /// `"12.5"`
    pub dimension_points: String,
    pub overall_points: String,
}

/// The results page for `attempt` scored against `framework`. `format_date` writes a
/// time (milliseconds since the Unix epoch) as the person's local date.
pub fn results_report(
    framework: &Framework,
    attempt: &Attempt,
    options: ReportOptions,
    format_date: &dyn Fn(f64) -> String,
) -> ResultsReport {
    let hide = options.hide_scores;
    let own = options.whose == Whose::Own;
    let result = score(framework, &attempt.answers);
    let recommendations = recommend(framework, &result);

    let when = match (options.whose, attempt.completed_at) {
        (Whose::Shared, _) => "Shared with you".to_string(),
        (Whose::Own, Some(ms)) => format!("Completed {}", format_date(ms)),
        (Whose::Own, None) => format!(
            "Not finished yet; last saved {}",
            format_date(attempt.updated_at)
        ),
    };
    let title = match options.whose {
        Whose::Own => format!("Your results: {}", framework.title),
        Whose::Shared => format!("Shared results: {}", framework.title),
    };
    let preparation = preparation(framework, &attempt.answers).map(|mut p| {
        if hide {
            p.status_text = status_text(p.status, false);
        }
        p
    });
    let not_started = preparation
        .as_ref()
        .is_some_and(|p| p.status == Status::NotStarted);
    let overview = if hide {
        let mut story = narrative(&recommendations);
        if let Some(p) = preparation.as_ref().filter(|_| not_started) {
            story.insert(0, format!("{}: not yet started. {}", p.name, p.note));
        }
        Overview::Story(story)
    } else {
        match overall(framework, &result) {
            // Before any preparation the headline says so: a level here would read as
            // "ready", which the answers about preparation say the person is not yet.
            Some(overall) if not_started => Overview::Scored {
                overall: Overall {
                    level_description: format!(
                        "Your answers about how you work put you at \u{201c}{}\u{201d}; that is where you start from, not how ready you are for an interview.",
                        overall.level_name
                    ),
                    level_name: "Preparation not yet started".to_string(),
                    ..overall
                },
                summary: summary_text(framework, &result, &recommendations),
            },
            Some(overall) => Overview::Scored {
                overall,
                summary: summary_text(framework, &result, &recommendations),
            },
            None => Overview::NotScored,
        }
    };
    let scores = (!hide).then(|| {
        let rows = dimension_rows(framework, &result);
        ScoresSection {
            with_radar: rows.len() >= MIN_RADAR_AXES,
            chart_name: chart_name(&result),
            bars: rows
                .iter()
                .enumerate()
                .map(|(i, r)| bar(i + 1, r))
                .collect(),
            rows,
        }
    });

    let card = |focus: &Focus, note: String| FocusCard {
        name: focus.name.clone(),
        figures: if hide {
            String::new()
        } else {
            format!(" ({})", focus_figures(framework, focus))
        },
        note,
        stretch: false,
        development_actions: focus.development_actions.clone(),
        practice_questions: focus.practice_questions.clone(),
    };
    let any_scored =
        !recommendations.strengths.is_empty() || !recommendations.growth_areas.is_empty();
    let focus = any_scored.then(|| FocusSections {
        strengths: recommendations
            .strengths
            .iter()
            .map(|f| {
                let note = if hide {
                    HIDDEN_STRENGTH_NOTE.to_string()
                } else {
                    strength_note(framework, f)
                };
                card(f, note)
            })
            .collect(),
        growth: recommendations
            .growth_areas
            .iter()
            .map(|f| {
                let note = if hide {
                    hidden_growth_note(f).to_string()
                } else {
                    growth_note(framework, f)
                };
                FocusCard {
                    stretch: !f.below_expectation,
                    ..card(f, note)
                }
            })
            .collect(),
    });

    // A share code carries no timings, so the answering-speed check is for one's own.
    let timing = own.then_some(quality::Timing {
        total_seconds: attempt.active_seconds,
        screen_seconds: &attempt.screen_seconds,
    });
    // The person's own account first (only on their own result), then the checks.
    let care = quality::care_note(attempt.care).filter(|_| own);
    let warnings = care
        .into_iter()
        .chain(
            quality::check_timed(framework, &attempt.answers, timing)
                .into_iter()
                .map(|w| if hide { without_numbers(w) } else { w }.message),
        )
        .collect();
    let calibration = calibration::notes(framework, &attempt.answers, &result)
        .into_iter()
        .map(|n| n.message)
        .collect();
    let explanation = (!hide).then(|| {
        let explanation = explain(framework, &attempt.answers, &result);
        ExplanationSection {
            method: explanation.method,
            areas: explanation
                .dimensions
                .into_iter()
                .map(explained_area)
                .collect(),
        }
    });

    ResultsReport {
        preparation,
        title,
        // A shared link carries answers only and is scored by this build, so it has no
        // earlier model to speak of.
        meta: match attempt.model_note().filter(|_| own) {
            Some(note) => format!("{when}. {} {note}", coverage(&result)),
            None => format!("{when}. {}", coverage(&result)),
        },
        unfinished: own && !attempt.is_complete(),
        offers_files: own && !hide,
        overview,
        scores,
        focus,
        warnings,
        calibration,
        explanation,
        examples: evidence(framework, &attempt.answers),
        scenarios: if attempt.is_complete() {
            scenario_reviews(framework, &attempt.answers)
        } else {
            Vec::new()
        },
    }
}

fn bar(number: usize, row: &DimensionRow) -> Bar {
    let figures = match &row.level {
        Some(level) => format!("{}, likely {} · {level}", row.score_text, row.range_text),
        None => row.score_text.clone(),
    };
    let expected_note = match row.gap {
        Some(_) => format!(
            "Expected: {} ({}). Gap\u{a0}{}.",
            row.expected_level, row.expected_text, row.gap_text
        ),
        None => format!("Expected: {} ({}).", row.expected_level, row.expected_text),
    };
    Bar {
        number: format!("{number}."),
        name: row.name.clone(),
        figures,
        fill: fixed(row.score.unwrap_or(0.0), 2),
        range_from: row.range.map(|r| fixed(r.low, 2)),
        range_width: row.range.map(|r| fixed(r.high - r.low, 2)),
        expected_at: fixed(row.expected_min.clamp(0.0, 100.0), 2),
        expected_note,
        unscored: row.score.is_none(),
    }
}

fn explained_area(d: DimensionExplanation) -> ExplainedArea {
    // Only worth saying when unscored areas changed this area's share.
    let reweighted = d.effective_weight > 0.0 && (d.effective_weight - d.weight).abs() >= 0.05;
    ExplainedArea {
        weights_note: reweighted.then(|| {
            format!(
                "The role gives this area {}% of the overall score; with the areas that have no score left out, it carries {}%.",
                format_number(d.weight),
                format_number(d.effective_weight)
            )
        }),
        caption: format!("{}: what each answer contributed", d.name),
        rows: d
            .items
            .into_iter()
            .map(|item| ExplainedRow {
                label: item.label,
                answer: item.answer,
                item_score: format_whole(item.item_score),
                dimension_points: format_points(item.dimension_points),
                overall_points: format_points(item.overall_points),
            })
            .collect(),
        dimension_id: d.dimension_id,
        name: d.name,
        summary: d.summary,
    }
}
