//! Every built-in framework passes the same validator a custom file does, and meets the
//! content rules the product promises (counts of items, keying, scenarios, evidence).

use yardstick_core::answers::{Answer, Answers};
use yardstick_core::builtin::{
    built_in_frameworks, built_in_path, current_version, is_built_in, ARCHIVED, BUILT_IN_SOURCES,
};
use yardstick_core::framework::{Framework, ItemKind, Keying};
use yardstick_core::scoring::score;
use yardstick_core::validate::load_framework;

fn frameworks() -> Vec<Framework> {
    built_in_frameworks()
        .into_iter()
        .zip(BUILT_IN_SOURCES)
        .map(|(result, (name, _))| match result {
            Ok(framework) => framework,
            Err(problems) => panic!(
                "{name} is invalid:\n{}",
                problems
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        })
        .collect()
}

#[test]
fn every_built_in_validates_and_its_id_matches_its_file_name() {
    for (framework, (name, _)) in frameworks().iter().zip(BUILT_IN_SOURCES) {
        assert_eq!(framework.id, name);
    }
}

#[test]
fn the_files_on_disk_are_the_ones_compiled_in() {
    for (name, json) in BUILT_IN_SOURCES {
        let on_disk = std::fs::read_to_string(format!("../../frameworks/{name}.json")).unwrap();
        assert_eq!(on_disk, json, "{name}");
        assert!(load_framework(on_disk.as_bytes()).is_ok());
    }
}

#[test]
fn each_dimension_has_four_behaviours_and_an_anchored_item() {
    for framework in frameworks() {
        for dimension in &framework.dimensions {
            let behaviours = dimension
                .items
                .iter()
                .filter(|i| matches!(i.kind, ItemKind::Behaviour { .. }))
                .count();
            let anchored = dimension
                .items
                .iter()
                .filter(|i| matches!(i.kind, ItemKind::Anchored { .. }))
                .count();
            assert!(
                behaviours >= 4,
                "{}/{}: {behaviours} behaviours",
                framework.id,
                dimension.id
            );
            assert!(
                anchored >= 1,
                "{}/{}: no anchored item",
                framework.id,
                dimension.id
            );
        }
    }
}

#[test]
fn at_least_a_third_of_behaviour_items_are_negatively_keyed() {
    for framework in frameworks() {
        let keys: Vec<Keying> = framework
            .items()
            .filter_map(|(_, i)| match i.kind {
                ItemKind::Behaviour { keyed, .. } => Some(keyed),
                _ => None,
            })
            .collect();
        let negative = keys.iter().filter(|k| **k == Keying::Negative).count();
        assert!(
            negative * 3 >= keys.len(),
            "{}: {negative} of {} negative",
            framework.id,
            keys.len()
        );
    }
}

#[test]
fn scenarios_cover_at_least_half_of_the_dimensions() {
    for framework in frameworks() {
        let covered = framework
            .dimensions
            .iter()
            .filter(|d| {
                d.items
                    .iter()
                    .any(|i| matches!(i.kind, ItemKind::Scenario { .. }))
            })
            .count();
        assert!(
            covered * 2 >= framework.dimensions.len(),
            "{}: scenarios in {covered} of {} dimensions",
            framework.id,
            framework.dimensions.len()
        );
    }
}

#[test]
fn each_framework_has_evidence_prompts_and_each_dimension_has_advice() {
    for framework in frameworks() {
        let evidence = framework
            .items()
            .filter(|(_, i)| matches!(i.kind, ItemKind::Evidence { .. }))
            .count();
        assert!(evidence >= 1, "{}: no evidence prompts", framework.id);
        for dimension in &framework.dimensions {
            assert!(
                !dimension.development_actions.is_empty(),
                "{}",
                dimension.id
            );
            assert!(!dimension.practice_questions.is_empty(), "{}", dimension.id);
        }
    }
}

#[test]
fn behaviour_statements_are_first_person_and_time_bounded() {
    for framework in frameworks() {
        for (_, item) in framework.items() {
            if let ItemKind::Behaviour { text, .. } = &item.kind {
                let lower = text.to_lowercase();
                let bounded = ["last", "past", "this year", "recent"]
                    .iter()
                    .any(|w| lower.contains(w));
                assert!(bounded, "{}: not time-bounded: {text}", item.id);
                let first_person = [" i ", " i'", " my ", " me "]
                    .iter()
                    .any(|w| format!(" {lower} ").replace(',', " ").contains(w));
                assert!(first_person, "{}: not first person: {text}", item.id);
            }
        }
    }
}

#[test]
fn engineering_manager_uses_the_scorecard_weights() {
    let framework = frameworks().remove(0);
    assert_eq!(framework.id, "engineering-manager");
    let weights: Vec<f64> = framework.dimensions.iter().map(|d| d.weight).collect();
    assert_eq!(weights, [20.0, 25.0, 20.0, 20.0, 10.0, 5.0]);
}

#[test]
fn technical_program_manager_has_the_eight_must_have_skills() {
    let framework = &frameworks()[1];
    assert_eq!(framework.id, "technical-program-manager");
    assert_eq!(framework.dimensions.len(), 8);
}

#[test]
fn each_role_takes_ten_to_sixteen_minutes_by_the_reading_model() {
    for framework in frameworks() {
        let scored = framework.scored_item_count();
        assert!(
            (25..=55).contains(&scored),
            "{}: {scored} scored items",
            framework.id
        );
        assert!(
            (10..=16).contains(&yardstick_core::timing::estimated_minutes(&framework)),
            "{}: {} minutes",
            framework.id,
            yardstick_core::timing::estimated_minutes(&framework)
        );
    }
}

#[test]
fn the_manifest_the_app_ships_matches_the_framework_files() {
    use yardstick_core::builtin::{built_in_path, is_built_in, BUILT_IN};
    let frameworks = frameworks();
    assert_eq!(BUILT_IN.len(), frameworks.len());
    for (card, framework) in BUILT_IN.iter().zip(&frameworks) {
        assert_eq!(card.id, framework.id);
        assert_eq!(card.version, framework.version);
        assert_eq!(card.title, framework.title);
        assert_eq!(card.summary, framework.summary);
        assert_eq!(
            card.minutes,
            u64::from(yardstick_core::timing::estimated_minutes(framework))
        );
        assert_eq!(card.areas, framework.dimensions.len());
        assert_eq!(card.questions, framework.scored_item_count());
        assert!(is_built_in(card.id));
        assert!(std::path::Path::new("../..")
            .join(built_in_path(card.id, card.version).unwrap())
            .is_file());
    }
    assert!(!is_built_in("team-lead-lite"));
}

// ---------------------------------------------------------------------------------------
// Earlier versions, kept so that results taken with them keep their questions

/// Every file in `frameworks/archive/<id>/<version>.json`, as (id, version, text).
fn archive_files() -> Vec<(String, String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../frameworks/archive");
    let mut files = Vec::new();
    for dir in std::fs::read_dir(root).expect("frameworks/archive exists") {
        let dir = dir.unwrap().path();
        let id = dir.file_name().unwrap().to_str().unwrap().to_string();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            assert_eq!(
                path.extension().and_then(|e| e.to_str()),
                Some("json"),
                "{}",
                path.display()
            );
            let version = path.file_stem().unwrap().to_str().unwrap().to_string();
            files.push((id.clone(), version, std::fs::read_to_string(&path).unwrap()));
        }
    }
    files.sort();
    files
}

#[test]
fn every_archived_version_validates_is_published_and_is_not_the_current_one() {
    let files = archive_files();
    assert!(!files.is_empty());
    let listed: Vec<(String, String)> = ARCHIVED
        .iter()
        .map(|(id, v)| (id.to_string(), v.to_string()))
        .collect();
    let found: Vec<(String, String)> = files
        .iter()
        .map(|(i, v, _)| (i.clone(), v.clone()))
        .collect();
    assert_eq!(listed, found, "the build's list of archived versions");
    for (id, version, text) in &files {
        let framework = load_framework(text.as_bytes())
            .unwrap_or_else(|p| panic!("archive/{id}/{version}.json: {p:?}"));
        assert_eq!((&framework.id, &framework.version), (id, version));
        assert_ne!(
            current_version(id),
            Some(version.as_str()),
            "{id} {version}"
        );
        assert!(is_built_in(id), "{id}");
        assert_eq!(
            built_in_path(id, version),
            Some(format!("frameworks/archive/{id}/{version}.json"))
        );
    }
}

/// Version 1.1.0 changed only how statements are labelled (a scale per statement):
/// the same items, keys and weights, so any set of answers scores the same under both
/// versions, and a result taken with 1.0.0 means what it meant.
#[test]
fn the_move_to_rating_scales_left_every_score_as_it_was() {
    for (id, version, text) in archive_files() {
        if version != "1.0.0" {
            continue;
        }
        let old = load_framework(text.as_bytes()).unwrap();
        let new = frameworks().into_iter().find(|f| f.id == id).unwrap();
        let ids = |f: &Framework| f.items().map(|(_, i)| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&old), ids(&new), "{id}");
        for value in 1..=5u8 {
            let answers: Answers = new
                .items()
                .filter_map(|(_, item)| {
                    let answer = match &item.kind {
                        ItemKind::Behaviour { .. } => Answer::Rating { value },
                        ItemKind::Anchored { .. } => Answer::Level { value: value % 4 },
                        ItemKind::Scenario { .. } => Answer::Judgement {
                            most: value % 4,
                            least: (value + 1) % 4,
                        },
                        ItemKind::Evidence { .. } => return None,
                    };
                    Some((item.id.clone(), answer))
                })
                .collect();
            let (a, b) = (score(&old, &answers), score(&new, &answers));
            assert_eq!(a.overall, b.overall, "{id} with {value}");
            assert_eq!(a.dimensions, b.dimensions, "{id} with {value}");
        }
    }
}
