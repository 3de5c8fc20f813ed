//! Every built-in framework passes the same validator a custom file does, and meets the
//! content rules the product promises (counts of items, keying, scenarios, evidence).

use yardstick_core::answers::{Answer, Answers};
use yardstick_core::builtin::{
    built_in_frameworks, built_in_path, current_version, is_built_in, ARCHIVED, BUILT_IN_SOURCES,
};
use yardstick_core::framework::{Dimension, DimensionKind, Framework, Item, ItemKind, Keying};
use yardstick_core::scoring::score;
use yardstick_core::validate::{lints, load_framework};

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

// ---------------------------------------------------------------------------------------
// The content rules of version 2 (docs/framework-format.md, Lints; issue 12). Each is
// checked here from the items themselves, apart from the lint code, so a lint that
// stopped firing would not let a built-in slip.

fn capability(framework: &Framework) -> impl Iterator<Item = &Dimension> {
    framework
        .dimensions
        .iter()
        .filter(|d| d.kind == DimensionKind::Capability)
}

fn statements(framework: &Framework) -> Vec<(&Dimension, &Item)> {
    capability(framework)
        .flat_map(|d| d.items.iter().map(move |i| (d, i)))
        .filter(|(_, i)| matches!(i.kind, ItemKind::Behaviour { .. }))
        .collect()
}

fn lower_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_ascii_lowercase()
        })
        .collect()
}

#[test]
fn every_built_in_is_lint_clean() {
    for framework in frameworks() {
        let found = lints(&framework);
        assert!(
            found.is_empty(),
            "{}:\n{}",
            framework.id,
            found
                .iter()
                .map(|l| format!("{:?} {}: {}", l.kind, l.path, l.message))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn each_capability_dimension_has_an_anchored_item_a_scenario_and_an_evidence_prompt() {
    for framework in frameworks() {
        let heaviest = capability(&framework)
            .map(|d| d.weight)
            .fold(0.0_f64, f64::max);
        for dimension in capability(&framework) {
            let count = |kind: &str| {
                dimension
                    .items
                    .iter()
                    .filter(|i| i.kind.type_name() == kind)
                    .count()
            };
            let at = format!("{}/{}", framework.id, dimension.id);
            assert!(count("behaviour") >= 2, "{at}: statements");
            assert_eq!(count("anchored"), 1, "{at}: anchored");
            let scenarios = count("scenario");
            let wanted = if dimension.weight == heaviest { 2 } else { 1 };
            assert!(scenarios >= wanted, "{at}: {scenarios} scenarios");
            assert_eq!(count("evidence"), 1, "{at}: evidence");
            for item in &dimension.items {
                if let ItemKind::Evidence { prompt, .. } = &item.kind {
                    let lower = prompt.to_ascii_lowercase();
                    assert!(
                        ["result", "measur", "number", "how much", "how many", "by how"]
                            .iter()
                            .any(|w| lower.contains(w)),
                        "{at}: the prompt asks for no measured result: {prompt}"
                    );
                }
            }
        }
    }
}

#[test]
fn about_forty_percent_of_statements_are_reverse_keyed_without_a_negation() {
    let negations = [
        "not", "never", "only", "without", "no", "nobody", "nothing", "none", "nor", "neither",
        "rarely", "seldom", "hardly",
    ];
    for framework in frameworks() {
        let all = statements(&framework);
        let mut negative = 0;
        for (_, item) in &all {
            let ItemKind::Behaviour {
                text,
                keyed,
                reverse_of,
                ..
            } = &item.kind
            else {
                unreachable!()
            };
            if *keyed == Keying::Negative {
                negative += 1;
                assert!(reverse_of.is_some(), "{}: no pair", item.id);
                for word in lower_words(text) {
                    assert!(
                        !negations.contains(&word.as_str()) && !word.ends_with("n't"),
                        "{}: \"{word}\" in {text}",
                        item.id
                    );
                }
            }
        }
        let share = negative as f64 / all.len() as f64;
        assert!(
            (0.3..=0.5).contains(&share),
            "{}: {negative} of {} reverse-keyed",
            framework.id,
            all.len()
        );
    }
}

#[test]
fn statements_are_short_first_person_and_mirrored_pairs_share_a_period_and_scale() {
    for framework in frameworks() {
        for (dimension, item) in framework.items() {
            let ItemKind::Behaviour {
                text,
                scale,
                reverse_of,
                ..
            } = &item.kind
            else {
                continue;
            };
            let words = lower_words(text);
            assert!(words.len() <= 25, "{}: {} words", item.id, words.len());
            assert!(
                words.iter().any(|w| w == "i" || w.starts_with("i'")),
                "{}: no I",
                item.id
            );
            for motive in ["because", "so that", "in order to", "to avoid", "for fear"] {
                assert!(
                    !text.to_ascii_lowercase().contains(motive),
                    "{}: {motive}",
                    item.id
                );
            }
            if dimension.kind == DimensionKind::Preparation {
                continue;
            }
            let period = |t: &str| {
                let lower = t.to_ascii_lowercase();
                ["six months", "three months", "quarter", "year", "month"]
                    .into_iter()
                    .find(|p| lower.contains(p))
            };
            assert!(period(text).is_some(), "{}: no period: {text}", item.id);
            if let Some(pair) = reverse_of {
                let (_, other) = framework.item(pair).unwrap();
                let ItemKind::Behaviour {
                    text: other_text,
                    scale: other_scale,
                    ..
                } = &other.kind
                else {
                    panic!("{pair}")
                };
                assert_eq!(period(text), period(other_text), "{} and {pair}", item.id);
                assert_eq!(scale, other_scale, "{} and {pair}", item.id);
            }
        }
    }
}

#[test]
fn scenario_keys_cannot_be_found_from_length_or_position() {
    for framework in frameworks() {
        let mut keys = Vec::new();
        for (_, item) in framework.items() {
            let ItemKind::Scenario { responses, .. } = &item.kind else {
                continue;
            };
            let lengths: Vec<usize> = responses.iter().map(|r| r.text.chars().count()).collect();
            let (min, max) = (
                *lengths.iter().min().unwrap(),
                *lengths.iter().max().unwrap(),
            );
            assert!(
                max * 2 <= min * 3,
                "{}: options {min} to {max} characters",
                item.id
            );
            let mut grades: Vec<u8> = responses.iter().map(|r| r.effectiveness).collect();
            let key = grades.iter().position(|g| *g == 4).expect("a key graded 4");
            grades.sort_unstable();
            assert_eq!(grades, [1, 2, 3, 4], "{}: one response per grade", item.id);
            assert!(
                responses.iter().all(|r| r.rationale.is_some()),
                "{}: every response has a rationale",
                item.id
            );
            keys.push((key, lengths[key] == max, lengths[key] == min));
        }
        let n = keys.len();
        let longest = keys.iter().filter(|k| k.1).count();
        let shortest = keys.iter().filter(|k| k.2).count();
        assert!(
            longest * 3 <= n,
            "{}: key longest in {longest} of {n}",
            framework.id
        );
        assert!(shortest >= 1, "{}: key never the shortest", framework.id);
        for position in 0..4 {
            let at = keys.iter().filter(|k| k.0 == position).count();
            assert!(
                at >= 1 && at * 2 <= n,
                "{}: {at} keys at {position}",
                framework.id
            );
        }
    }
}

#[test]
fn every_statement_and_anchored_item_has_observer_wording() {
    for framework in frameworks() {
        for dimension in capability(&framework) {
            for item in &dimension.items {
                match &item.kind {
                    ItemKind::Behaviour { observer_text, .. } => {
                        let text = observer_text
                            .as_deref()
                            .unwrap_or_else(|| panic!("{}", item.id));
                        let words = lower_words(text);
                        assert!(
                            words
                                .iter()
                                .any(|w| w == "they" || w == "their" || w == "them"),
                            "{}: {text}",
                            item.id
                        );
                        assert!(!words.iter().any(|w| w == "i"), "{}: {text}", item.id);
                    }
                    ItemKind::Anchored { observer, .. } => {
                        assert!(observer.is_some(), "{}", item.id);
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn advice_names_the_items_it_addresses_and_practice_questions_ask_for_experience() {
    for framework in frameworks() {
        for dimension in &framework.dimensions {
            assert!(
                !dimension.development_actions.is_empty(),
                "{}",
                dimension.id
            );
            assert!(!dimension.practice_questions.is_empty(), "{}", dimension.id);
            for action in &dimension.development_actions {
                assert!(
                    !action.addresses.is_empty(),
                    "{}: {}",
                    dimension.id,
                    action.text
                );
            }
            for question in &dimension.practice_questions {
                assert!(
                    !question.addresses.is_empty(),
                    "{}: {}",
                    dimension.id,
                    question.text
                );
                assert!(
                    question.strong_answer.is_some()
                        && question.pitfall.is_some()
                        && question.follow_up.is_some(),
                    "{}",
                    question.text
                );
                let lower = question.text.to_ascii_lowercase();
                assert!(
                    !lower.starts_with("how do you") && !lower.starts_with("how would you"),
                    "{}",
                    question.text
                );
            }
        }
    }
}

#[test]
fn interview_readiness_reports_preparation_apart() {
    let framework = frameworks()
        .into_iter()
        .find(|f| f.id == "interview-readiness")
        .unwrap();
    let preparation = framework
        .preparation_dimension()
        .expect("a preparation dimension");
    assert!(preparation.items.iter().all(|i| matches!(
        i.kind,
        ItemKind::Behaviour {
            keyed: Keying::Positive,
            ..
        }
    )));
    assert!(preparation.items.len() >= 4);
    for other in frameworks()
        .iter()
        .filter(|f| f.id != "interview-readiness")
    {
        assert!(other.preparation_dimension().is_none(), "{}", other.id);
    }
}

#[test]
fn expected_levels_are_the_hiring_bar() {
    // The seeds set "meets the bar" as the hiring bar and support nothing higher as
    // what every candidate should show (issue 12, "Expected levels").
    for framework in frameworks() {
        for dimension in &framework.dimensions {
            assert_eq!(
                dimension.expected_level, "meets-bar",
                "{}/{}",
                framework.id, dimension.id
            );
        }
    }
}

/// Item ids are never reused for another meaning: an id of an earlier version either
/// keeps its text or is not used by the current version.
#[test]
fn no_item_id_of_an_earlier_version_changes_meaning() {
    for (id, version, text) in archive_files() {
        let old = load_framework(text.as_bytes()).unwrap();
        let new = frameworks().into_iter().find(|f| f.id == id).unwrap();
        for (_, item) in old.items() {
            if let Some((_, current)) = new.item(&item.id) {
                assert_eq!(
                    yardstick_core::timing::words_to_read(&current.kind),
                    yardstick_core::timing::words_to_read(&item.kind),
                    "{id} {version}: {} reused",
                    item.id
                );
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
        let (_, _, next) = archive_files()
            .into_iter()
            .find(|(i, v, _)| *i == id && v == "1.1.0")
            .expect("1.1.0 is archived");
        let new = load_framework(next.as_bytes()).unwrap();
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
