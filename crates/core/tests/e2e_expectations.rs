//! The scores the end-to-end tests expect to see on screen, computed by the core and
//! rounded as the results page rounds them (never into a level band not reached).
//!
//! The browser tests answer every built-in framework with the pattern below and compare
//! what the page shows with `tests/e2e/expected-scores.json`. This test keeps that file
//! equal to what the core computes, so the two layers check each other. To refresh it
//! after an intended change: `UPDATE_EXPECTED=1 cargo test --test e2e_expectations`.

use std::collections::BTreeMap;

use yardstick_core::answers::{Answer, Answers};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::display::whole_score;
use yardstick_core::framework::{Framework, ItemKind};
use yardstick_core::report::coverage;
use yardstick_core::scoring::score;
use yardstick_core::validate::load_framework;

const EXPECTED_FILE: &str = "../../tests/e2e/expected-scores.json";

/// The answer pattern, by an item's position among the framework's scored items
/// (presentation order). Mirrored in tests/e2e/pattern.ts.
fn pattern_answer(kind: &ItemKind, k: usize) -> Option<Answer> {
    match kind {
        ItemKind::Behaviour { .. } if k % 7 == 6 => Some(Answer::PreferNot),
        ItemKind::Behaviour { .. } if k % 11 == 10 => Some(Answer::NotApplicable),
        ItemKind::Behaviour { .. } => Some(Answer::Rating {
            value: ((k * 3) % 5) as u8 + 1,
        }),
        ItemKind::Anchored { .. } => Some(Answer::Level {
            value: (k % 4) as u8,
        }),
        ItemKind::Scenario { .. } => Some(Answer::Judgement {
            most: (k % 4) as u8,
            least: ((k + 1) % 4) as u8,
        }),
        ItemKind::Evidence { .. } => None,
    }
}

fn pattern_answers(framework: &Framework) -> Answers {
    framework
        .items()
        .filter(|(_, item)| item.kind.is_scored())
        .enumerate()
        .filter_map(|(k, (_, item))| Some((item.id.clone(), pattern_answer(&item.kind, k)?)))
        .collect()
}

#[test]
fn expected_scores_file_matches_the_core() {
    let mut expected: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    for (name, json) in BUILT_IN_SOURCES {
        let framework = load_framework(json.as_bytes()).unwrap();
        let result = score(&framework, &pattern_answers(&framework));
        let overall = result.overall.unwrap();
        // A preparation dimension has no row in the scores table; it is a checklist.
        let dimensions: BTreeMap<String, i64> = result
            .dimensions
            .iter()
            .filter(|d| {
                framework
                    .capability_dimensions()
                    .any(|c| c.id == d.dimension_id)
            })
            .map(|d| {
                (
                    d.dimension_id.clone(),
                    whole_score(&framework, d.score.unwrap()),
                )
            })
            .collect();
        expected.insert(
            name.to_string(),
            serde_json::json!({
                "overall": whole_score(&framework, overall),
                "overall_level": match yardstick_core::preparation::preparation(&framework, &pattern_answers(&framework)) {
                    Some(p) if p.status == yardstick_core::preparation::Status::NotStarted => "Preparation not yet started".to_string(),
                    _ => framework.level_for(overall).unwrap().name.clone(),
                },
                "minutes": yardstick_core::timing::estimated_minutes(&framework),
                "coverage": coverage(&result),
                "dimensions": dimensions,
            }),
        );
    }
    let text = serde_json::to_string_pretty(&expected).unwrap() + "\n";
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(EXPECTED_FILE, &text).unwrap();
    }
    let committed = std::fs::read_to_string(EXPECTED_FILE).unwrap_or_default();
    assert_eq!(
        committed, text,
        "{EXPECTED_FILE} is stale: rerun with UPDATE_EXPECTED=1"
    );
}
