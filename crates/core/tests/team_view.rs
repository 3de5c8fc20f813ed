//! The team view: importing many results (files, whole histories, share links), the
//! heatmap and its statistics computed by hand, every message about a bad input, the
//! CSV, removing everyone, 100 generated people, and import never panicking.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::display::whole_score;
use yardstick_core::export::{export_json, import_json};
use yardstick_core::framework::Framework;
use yardstick_core::scoring::score;
use yardstick_core::share_code;
use yardstick_core::team::csv::{heatmap_csv, team_file_name};
use yardstick_core::team::import::import_summary;
use yardstick_core::team::names::{initials, name_from_file_name};
use yardstick_core::team::summary::{area_stats, highlight, CLOSE_BELOW};
use yardstick_core::team::{
    removed_everyone_message, sample, Column, InputStatus, LeftOutReason, Refusal, Spread, Team,
    TeamInput, MAX_PASTED_BYTES, MEMBERS,
};
use yardstick_core::transfer::{export_all_json, MAX_IMPORT_FILE_BYTES};

use common::{built_in, completed_attempt, fixture, fixture_v2};

fn file(name: &str, text: impl Into<String>) -> TeamInput {
    TeamInput::File {
        name: name.into(),
        text: text.into(),
    }
}

/// A finished attempt at `framework` with exactly `answers`.
fn finished(framework: &Framework, id: &str, answers: &[(&str, Answer)]) -> Attempt {
    let mut attempt = Attempt::new(framework, id.into(), 1_000.0);
    attempt.answers = answers
        .iter()
        .map(|(item, answer)| (item.to_string(), answer.clone()))
        .collect::<Answers>();
    attempt.completed_at = Some(2_000.0);
    attempt.updated_at = 2_000.0;
    attempt
}

fn rating(value: u8) -> Answer {
    Answer::Rating { value }
}

/// The small team worked by hand (fixture: Planning from its two statements, the second
/// reverse-keyed; Growing people from its anchored question and one statement):
///
/// | person | Planning                   | Growing people                                  |
/// |--------|----------------------------|-------------------------------------------------|
/// | Ada    | 5 and 1: (1 + 1) / 2 = 100 | not answered: not scored                        |
/// | Ben    | 3 and 3: 50                | level 3 (band 80–100, midpoint 90) and 5 (100): 95 |
/// | Chen   | 4 and 2: 75                | level 0 (band 0–55, midpoint 27.5) and 1 (0): 13.75, shown 14 |
fn hand_team() -> (Framework, Vec<TeamInput>) {
    let framework = fixture();
    let ada = finished(
        &framework,
        "ada",
        &[("plan-risks", rating(5)), ("plan-surprise", rating(1))],
    );
    let ben = finished(
        &framework,
        "ben",
        &[
            ("plan-risks", rating(3)),
            ("plan-surprise", rating(3)),
            ("people-level", Answer::Level { value: 3 }),
            ("people-praise", rating(5)),
        ],
    );
    let chen = finished(
        &framework,
        "chen",
        &[
            ("plan-risks", rating(4)),
            ("plan-surprise", rating(2)),
            ("people-level", Answer::Level { value: 0 }),
            ("people-praise", rating(1)),
        ],
    );
    let inputs = vec![
        file("ada.json", export_json(&framework, &ada, 3_000.0)),
        file("ben.json", export_json(&framework, &ben, 3_000.0)),
        file("chen.json", export_json(&framework, &chen, 3_000.0)),
    ];
    (framework, inputs)
}

#[test]
fn hand_worked_team_mean_range_and_spread() {
    let (framework, inputs) = hand_team();
    let mut team = Team::new();
    let reports = team.import(&inputs, &[&framework]);
    assert!(reports.iter().all(|r| r.status() == InputStatus::Imported));
    let summary = team.summary();
    assert_eq!(summary.people, 3);
    assert_eq!(summary.title, "Team Lead (short)");
    let names: Vec<&str> = summary.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Ben", "Chen"]);
    let cells: Vec<Vec<Option<i64>>> = summary
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.score).collect())
        .collect();
    assert_eq!(
        cells,
        [
            vec![Some(100), None],
            vec![Some(50), Some(95)],
            vec![Some(75), Some(14)]
        ]
    );
    assert_eq!(summary.rows[0].cells[1].text, "–");
    assert_eq!(
        summary.rows[0].cells[1].label,
        "Ada, Growing people: Not scored (too few answers)"
    );
    assert_eq!(
        summary.rows[1].cells[1].label,
        "Ben, Growing people: 95, Strong"
    );
    // Bands: developing 0, solid 55, strong 80.
    let bands: Vec<Option<usize>> = summary.rows.iter().map(|r| r.cells[0].band).collect();
    assert_eq!(bands, [Some(2), Some(0), Some(1)]);
    assert_eq!(summary.rows[2].cells[0].level_id.as_deref(), Some("solid"));

    // Planning: mean (100 + 50 + 75) / 3 = 75; deviations 25, −25, 0, so the population
    // SD is √((625 + 625 + 0) / 3) = √416.67 = 20.41.
    let planning = &summary.areas[0];
    assert_eq!((planning.scored, planning.not_scored), (3, 0));
    assert_eq!(planning.mean, Some(75.0));
    assert_eq!((planning.min, planning.max), (Some(50), Some(100)));
    assert!((planning.standard_deviation.unwrap() - 20.412).abs() < 0.001);
    assert_eq!(
        (
            planning.mean_text.as_str(),
            planning.range_text.as_str(),
            planning.sd_text.as_str()
        ),
        ("75.0", "50–100", "20.4")
    );
    assert_eq!(planning.spread, Spread::Wide);
    assert_eq!(planning.mean_band, Some(1));
    assert_eq!(
        planning.sentence,
        "Planning: wide spread (scores 50–100, standard deviation 20.4). People here are at different levels, so the team mean hides real differences."
    );
    // Growing people: 95 and 14, mean 54.5, SD 40.5; Ada not scored.
    let people = &summary.areas[1];
    assert_eq!((people.scored, people.not_scored), (2, 1));
    assert_eq!(people.mean, Some(54.5));
    assert_eq!(people.sd_text, "40.5");
    assert_eq!(people.mean_band, Some(0), "54.5 is below Solid's 55");
    assert!(people
        .sentence
        .ends_with(" 1 person has too few answers here to score."));

    let strongest = summary.strongest.as_ref().unwrap();
    let weakest = summary.weakest.as_ref().unwrap();
    assert_eq!(strongest.dimension_ids, ["planning"]);
    assert_eq!(weakest.names, ["Growing people"]);
    assert_eq!(
        summary.highlights,
        "Strongest area: Planning (team mean 75.0). Weakest area: Growing people (team mean 54.5)."
    );
    assert_eq!(summary.versions_note, None);
    assert_eq!(summary.rows[0].initials, "A");
}

#[test]
fn cells_are_scored_again_from_each_files_answers() {
    let framework = built_in("engineering-manager");
    let files = sample::results(&framework, 12);
    // An edited summary in the file changes nothing: only the answers count.
    let tampered: Vec<TeamInput> = files
        .iter()
        .map(|(name, text)| {
            let mut value: Value = serde_json::from_str(text).unwrap();
            for d in value["result"]["dimensions"].as_array_mut().unwrap() {
                d["score"] = Value::from(100.0);
            }
            file(name, value.to_string())
        })
        .collect();
    let mut team = Team::new();
    team.import(&tampered, &[&framework]);
    let summary = team.summary();
    assert_eq!(summary.rows.len(), 12);
    for ((_, text), row) in files.iter().zip(&summary.rows) {
        let attempt = import_json(text).unwrap();
        let result = score(&framework, &attempt.answers);
        for (column, cell) in summary.columns.iter().zip(&row.cells) {
            let expected = result
                .dimension(&column.dimension_id)
                .and_then(|d| d.score)
                .map(|s| whole_score(&framework, s));
            assert_eq!(cell.score, expected, "{} {}", row.name, column.name);
            let level = expected.and(
                result
                    .dimension(&column.dimension_id)
                    .and_then(|d| d.level_id.clone()),
            );
            assert_eq!(cell.level_id, level);
        }
    }
}

#[test]
fn one_hundred_generated_people_import_and_summarise() {
    for id in ["engineering-manager", "interview-readiness"] {
        let framework = built_in(id);
        let inputs: Vec<TeamInput> = sample::results(&framework, 100)
            .into_iter()
            .map(|(name, text)| TeamInput::File { name, text })
            .collect();
        let mut team = Team::new();
        let reports = team.import(&inputs, &[&framework]);
        assert!(reports.iter().all(|r| r.added.len() == 1), "{id}");
        let summary = team.summary();
        let capability = framework.capability_dimensions().count();
        assert_eq!(summary.rows.len(), 100);
        assert_eq!(summary.columns.len(), capability, "preparation left out");
        assert!(summary
            .columns
            .iter()
            .all(|c| c.dimension_id != "preparation"));
        assert!(summary.rows.iter().all(|r| r.cells.len() == capability));
        assert_eq!(summary.areas.len(), capability);
        for area in &summary.areas {
            assert_eq!(area.scored + area.not_scored, 100);
            assert!(area.scored >= 90, "{}: {}", area.name, area.scored);
            let (low, high) = (area.min.unwrap(), area.max.unwrap());
            let mean = area.mean.unwrap();
            assert!(low as f64 <= mean && mean <= high as f64);
        }
        assert_eq!(summary.rows[0].name, "Ada Byrne");
        assert_eq!(summary.rows[99].name, "Tariq Tanaka");
        let csv = heatmap_csv(&summary);
        assert_eq!(csv.lines().count(), 101);
    }
}

#[test]
fn sample_results_are_deterministic_and_spread_over_the_levels() {
    let framework = built_in("technical-program-manager");
    let first = sample::results(&framework, 30);
    assert_eq!(first, sample::results(&framework, 30));
    assert_eq!(first[20].0, "ada-okafor.json");
    assert_eq!(sample::results(&framework, 401)[400].0, "ada-byrne-2.json");
    let mut team = Team::new();
    let inputs: Vec<TeamInput> = first
        .into_iter()
        .map(|(name, text)| TeamInput::File { name, text })
        .collect();
    team.import(&inputs, &[&framework]);
    let mut bands = [0usize; 4];
    for row in team.summary().rows {
        for cell in row.cells {
            if let Some(band) = cell.band {
                bands[band] += 1;
            }
        }
    }
    assert!(bands.iter().all(|&n| n > 0), "{bands:?}");
}

/// The spread thresholds rest on how precisely one person's area score is measured:
/// the typical standard error in the built-ins is below [`CLOSE_BELOW`], so a team SD
/// under it is within what measuring one person twice could give.
#[test]
fn close_threshold_sits_above_the_typical_standard_error() {
    for framework in common::all_built_in() {
        let mut errors: Vec<f64> = Vec::new();
        for (_, text) in sample::results(&framework, 60) {
            let attempt = import_json(&text).unwrap();
            let result = score(&framework, &attempt.answers);
            for dimension in framework.capability_dimensions() {
                if let Some(d) = result
                    .dimension(&dimension.id)
                    .filter(|d| d.score.is_some())
                {
                    errors.push(d.standard_error);
                }
            }
        }
        errors.sort_by(f64::total_cmp);
        let median = errors[errors.len() / 2];
        assert!(
            (4.0..CLOSE_BELOW).contains(&median),
            "{}: median SE {median}",
            framework.id
        );
    }
}

#[test]
fn spread_words_follow_the_thresholds_as_shown() {
    let column = Column {
        dimension_id: "x".into(),
        name: "Delivery".into(),
    };
    assert_eq!(area_stats(&column, &[], 3).spread, Spread::NoScores);
    let one = area_stats(&column, &[72], 0);
    assert_eq!(one.spread, Spread::OnePerson);
    assert_eq!((one.range_text.as_str(), one.sd_text.as_str()), ("72", "–"));
    assert_eq!(
        one.sentence,
        "Delivery: only one person has a score here (72), so there is no spread to describe."
    );
    // SD of [60, 70] is 5: close.
    let close = area_stats(&column, &[60, 70], 0);
    assert_eq!(
        (close.spread, close.sd_text.as_str()),
        (Spread::Close, "5.0")
    );
    assert_eq!(
        close.sentence,
        "Delivery: close together (scores 60–70, standard deviation 5.0). The differences are within what the questions can tell apart."
    );
    // SD of [50, 66] is 8: some spread (exactly the threshold is not close).
    let moderate = area_stats(&column, &[50, 66], 0);
    assert_eq!(
        (moderate.spread, moderate.sd_text.as_str()),
        (Spread::Moderate, "8.0")
    );
    // SD of [40, 70] is 15: wide.
    assert_eq!(area_stats(&column, &[40, 70], 0).spread, Spread::Wide);
    assert_eq!(area_stats(&column, &[41, 70], 0).spread, Spread::Moderate);
}

#[test]
fn ties_for_strongest_and_weakest_name_every_area_in_framework_order() {
    let column = |id: &str| Column {
        dimension_id: id.into(),
        name: id.to_uppercase(),
    };
    let areas = vec![
        area_stats(&column("a"), &[50, 60], 0),
        area_stats(&column("b"), &[70, 70], 0),
        area_stats(&column("c"), &[55], 0),
        area_stats(&column("d"), &[60, 80], 0),
        area_stats(&column("e"), &[], 2),
    ];
    let strongest = highlight(&areas, true).unwrap();
    assert_eq!(strongest.dimension_ids, ["b", "d"]);
    assert_eq!(strongest.mean_text, "70.0");
    let weakest = highlight(&areas, false).unwrap();
    assert_eq!(weakest.dimension_ids, ["a", "c"]);
    // All equal, or only one area with a mean: nothing stands out.
    let level = vec![
        area_stats(&column("a"), &[60], 0),
        area_stats(&column("b"), &[60], 0),
    ];
    assert_eq!(highlight(&level, true), None);
    assert_eq!(highlight(&areas[4..], false), None);
    assert_eq!(highlight(&areas[..1], true), None);
}

#[test]
fn ties_in_a_team_summary_read_as_one_sentence() {
    let framework = fixture();
    let same = finished(
        &framework,
        "x",
        &[
            ("plan-risks", rating(3)),
            ("plan-surprise", rating(3)),
            ("people-praise", rating(3)),
            ("people-level", Answer::Level { value: 0 }),
        ],
    );
    // Planning 50; Growing people (27.5 + 50) / 2 = 38.75, shown 39.
    let mut team = Team::new();
    team.import(
        &[file("x.json", export_json(&framework, &same, 1.0))],
        &[&framework],
    );
    assert_eq!(
        team.summary().highlights,
        "Strongest area: Planning (team mean 50.0). Weakest area: Growing people (team mean 39.0)."
    );
    let only_planning = finished(
        &framework,
        "y",
        &[("plan-risks", rating(3)), ("plan-surprise", rating(3))],
    );
    let mut team = Team::new();
    team.import(
        &[file("y.json", export_json(&framework, &only_planning, 1.0))],
        &[&framework],
    );
    assert_eq!(
        team.summary().highlights,
        "Only Planning has scores, so there is no strongest or weakest area yet."
    );
}

#[test]
fn every_bad_input_says_why_and_keeps_the_team() {
    let (framework, inputs) = hand_team();
    let mut team = Team::new();
    team.import(&inputs[..1], &[&framework]);
    let before = team.clone();
    let mut unfinished = finished(&framework, "u", &[]);
    unfinished.completed_at = None;
    let newer = export_json(&framework, &finished(&framework, "n", &[]), 1.0)
        .replace("\"format_version\": 1", "\"format_version\": 9");
    let cases: Vec<(TeamInput, &str)> = vec![
        (
            file("empty.json", "  \n"),
            "\u{201c}empty.json\u{201d} was not imported. It is empty. The team is unchanged.",
        ),
        (
            file("notes.txt", "Dear team, here are my notes."),
            "\u{201c}notes.txt\u{201d} was not imported. It is not a Yardstick file. The team view reads results and whole histories exported from Yardstick, and share links. The team is unchanged.",
        ),
        (
            file("other.json", r#"{"name": "not ours"}"#),
            "\u{201c}other.json\u{201d} was not imported. It is not a Yardstick file. The team view reads results and whole histories exported from Yardstick, and share links. The team is unchanged.",
        ),
        (
            file("list.json", "[1, 2]"),
            "\u{201c}list.json\u{201d} was not imported. It is not a Yardstick file. The team view reads results and whole histories exported from Yardstick, and share links. The team is unchanged.",
        ),
        (
            file("big.json", " ".repeat(MAX_IMPORT_FILE_BYTES) + "{}"),
            "\u{201c}big.json\u{201d} was not imported. It is 4097 KiB; the largest the team view reads is 4096 KiB. The team is unchanged.",
        ),
        (
            file("unfinished.json", export_json(&framework, &unfinished, 1.0)),
            "\u{201c}unfinished.json\u{201d} was not imported. The export holds an unfinished attempt; only completed results can be imported. The team is unchanged.",
        ),
        (
            file("newer.json", newer),
            "\u{201c}newer.json\u{201d} was not imported. The file was made by a newer Yardstick (export format 9); this one reads format 1. The team is unchanged.",
        ),
        (
            TeamInput::Pasted("x".repeat(MAX_PASTED_BYTES + 1)),
            "The pasted code was not imported. It is 257 KiB; the largest the team view reads is 256 KiB. The team is unchanged.",
        ),
        (
            TeamInput::Pasted("a ".repeat(MEMBERS.max + 1)),
            "The pasted text was not imported. It holds 501 share links; a team holds at most 500 people. The team is unchanged.",
        ),
        (
            TeamInput::Pasted("not*a*code".into()),
            "The pasted code was not imported. This is not a Yardstick share code: it has characters a code never contains. The team is unchanged.",
        ),
    ];
    for (input, message) in cases {
        let report = team
            .import(std::slice::from_ref(&input), &[&framework])
            .remove(0);
        assert_eq!(report.message, message);
        assert_eq!(report.status(), InputStatus::NotImported);
        assert_eq!(team, before, "{message}");
    }
    // The first message into an empty team has no "unchanged" to say.
    let report = Team::new()
        .import(&[file("empty.json", "")], &[&framework])
        .remove(0);
    assert_eq!(report.refused, Some(Refusal::Empty));
    assert_eq!(
        report.message,
        "\u{201c}empty.json\u{201d} was not imported. It is empty."
    );
}

#[test]
fn share_codes_for_frameworks_this_site_lacks_or_damaged() {
    let framework = fixture();
    let em = built_in("engineering-manager");
    let answers = finished(&em, "e", &[]).answers;
    let em_code = share_code::encode(&em, &answers);
    let mut team = Team::new();
    let report = team
        .import(
            &[TeamInput::Pasted(format!(
                "https://example.org/#share={em_code}"
            ))],
            &[&framework],
        )
        .remove(0);
    assert_eq!(
        report.message,
        "The pasted link was not imported. This result uses the framework \"engineering-manager\" (version 2.0.0), which this site does not have."
    );
    assert!(matches!(
        report.left_out[0].reason,
        LeftOutReason::Code(share_code::ShareCodeError::UnknownFramework { .. })
    ));
    let fixture_code = share_code::encode(&framework, &Answers::new());
    let damaged = format!("{}A", &fixture_code[..fixture_code.len() - 1]);
    let damaged = if damaged == fixture_code {
        format!("{}B", &fixture_code[..fixture_code.len() - 1])
    } else {
        damaged
    };
    let report = team
        .import(&[TeamInput::Pasted(damaged)], &[&framework])
        .remove(0);
    assert!(
        report
            .message
            .starts_with("The pasted code was not imported. The share code is "),
        "{}",
        report.message
    );
    assert!(team.is_empty());
}

#[test]
fn results_for_another_role_are_refused_with_a_message() {
    let em = built_in("engineering-manager");
    let tpm = built_in("technical-program-manager");
    let frameworks = [&em, &tpm];
    let em_files = sample::results(&em, 2);
    let tpm_files = sample::results(&tpm, 1);
    let mut team = Team::new();
    team.import(&[file(&em_files[0].0, em_files[0].1.clone())], &frameworks);
    let report = team
        .import(&[file("tariq.json", tpm_files[0].1.clone())], &frameworks)
        .remove(0);
    assert_eq!(
        report.message,
        "\u{201c}tariq.json\u{201d} was not imported. It is a result for Technical Program Manager, and this team is Engineering Manager: a team holds one role. The team is unchanged."
    );
    assert_eq!(team.len(), 1);

    // A whole history with both roles gives up the team's role and names the rest.
    let em_a = import_json(&em_files[1].1).unwrap();
    let tpm_a = import_json(&tpm_files[0].1).unwrap();
    let mut em_b = em_a.clone();
    em_b.id = "another".into();
    em_b.answers.insert(
        em.dimensions[0].items[0].id.clone(),
        Answer::Rating { value: 1 },
    );
    let history = export_all_json(&[(&em, &em_a), (&tpm, &tpm_a), (&em, &em_b)], 5.0);
    let report = team
        .import(&[file("history.json", history)], &frameworks)
        .remove(0);
    assert_eq!(report.status(), InputStatus::PartlyImported);
    assert_eq!(
        report.message,
        "Imported 2 of the 3 results in \u{201c}history.json\u{201d}. Result 2 is for Technical Program Manager, and this team is Engineering Manager: a team holds one role."
    );
    assert_eq!(team.len(), 3);
    // Several results from one file share its name, numbered.
    let names: Vec<&str> = team.members().iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Ada Byrne", "Person 2", "Person 3"]);

    // A role this site does not have.
    let mut unknown = Team::new();
    let report = unknown
        .import(&[file("x.json", tpm_files[0].1.clone())], &[&em])
        .remove(0);
    assert_eq!(
        report.message,
        "\u{201c}x.json\u{201d} was not imported. It is a result for Technical Program Manager (technical-program-manager), a role this site does not have."
    );
}

#[test]
fn duplicates_are_refused_whichever_way_they_come() {
    let framework = built_in("senior-technical-manager");
    let files = sample::results(&framework, 2);
    let mut team = Team::new();
    team.import(&[file(&files[0].0, files[0].1.clone())], &[&framework]);
    // The same file again, under another name.
    let report = team
        .import(&[file("copy.json", files[0].1.clone())], &[&framework])
        .remove(0);
    assert_eq!(
        report.message,
        "\u{201c}copy.json\u{201d} was not imported. It is already in the team, as Ada Byrne. The team is unchanged."
    );
    assert_eq!(
        report.left_out[0].reason,
        LeftOutReason::Duplicate {
            of: "Ada Byrne".into()
        }
    );
    // The same result as a share link.
    let attempt = import_json(&files[0].1).unwrap();
    let code = share_code::encode(&framework, &attempt.answers);
    let report = team
        .import(
            &[TeamInput::Pasted(format!(
                "Here is mine: https://example.org/yardstick/#share={code}."
            ))],
            &[&framework],
        )
        .remove(0);
    assert_eq!(
        report.message,
        "The pasted link was not imported. It is already in the team, as Ada Byrne. The team is unchanged."
    );
    // Inside one paste, and beside a new one.
    let second = import_json(&files[1].1).unwrap();
    let second_code = share_code::encode(&framework, &second.answers);
    let report = team
        .import(
            &[TeamInput::Pasted(format!("{second_code}\n{second_code}"))],
            &[&framework],
        )
        .remove(0);
    assert_eq!(
        report.message,
        "Imported 1 of the 2 codes in the pasted text. Code 2 is already in the team (as Person 2)."
    );
    assert_eq!(team.len(), 2);
    assert_eq!(team.members()[1].completed_at, None);

    // Two people who answered alike, each from their own file, are two people.
    let mut twin = attempt.clone();
    twin.id = "someone-else".into();
    let report = team
        .import(
            &[file("twin.json", export_json(&framework, &twin, 1.0))],
            &[&framework],
        )
        .remove(0);
    assert_eq!(
        report.message,
        "Imported Twin from \u{201c}twin.json\u{201d}."
    );
    assert_eq!(team.len(), 3);
}

#[test]
fn versions_join_only_with_the_same_areas() {
    let v1 = fixture();
    let v2 = fixture_v2(); // Planning and Delivery, not Growing people
    let mut v1_1 = fixture();
    v1_1.version = "1.1.0".into();
    let frameworks = [&v1, &v2, &v1_1];
    let a = completed_attempt(&v1, "a", 10.0, &[Some(true), Some(false)]);
    let b = completed_attempt(&v2, "b", 20.0, &[Some(true), Some(true)]);
    let c = completed_attempt(&v1_1, "c", 30.0, &[Some(false), Some(true)]);
    let mut old = completed_attempt(&v1, "d", 40.0, &[Some(true), Some(true)]);
    old.framework_version = "0.9.0".into();
    let mut team = Team::new();
    let reports = team.import(
        &[
            file("a.json", export_json(&v1, &a, 1.0)),
            file("b.json", export_json(&v2, &b, 1.0)),
            file("c.json", export_json(&v1_1, &c, 1.0)),
            file("d.json", export_json(&v1, &old, 1.0)),
        ],
        &frameworks,
    );
    assert_eq!(
        reports[1].message,
        "\u{201c}b.json\u{201d} was not imported. It was made with version 2.0.0 of the questions, whose areas differ from those of version 1.0.0, which this team's results use. The team is unchanged."
    );
    assert_eq!(reports[2].status(), InputStatus::Imported);
    assert_eq!(reports[3].status(), InputStatus::Imported);
    assert_eq!(team.len(), 3);
    assert_eq!(team.members()[2].scored_with, "1.0.0");
    assert_eq!(
        team.summary().versions_note.as_deref(),
        Some("These results use versions 1.0.0 and 1.1.0 of the Team Lead (short) questions, which ask about the same areas; each is scored against its own version. 1 result was made with a version of the questions this site does not have (0.9.0); it is scored against the version it has, question by question.")
    );
}

#[test]
fn pasted_export_text_and_links_in_a_file_are_read() {
    let framework = fixture();
    let a = completed_attempt(&framework, "a", 10.0, &[Some(true), Some(true)]);
    let b = completed_attempt(&framework, "b", 20.0, &[Some(false), Some(true)]);
    let code_a = share_code::encode(&framework, &a.answers);
    let code_b = share_code::encode(&framework, &b.answers);
    let mut team = Team::new();
    let reports = team.import(
        &[
            TeamInput::Pasted(export_json(&framework, &a, 1.0)),
            file(
                "links.txt",
                format!("Ada: https://x.org/#share={code_a}\nBen: https://x.org/#share={code_b}\n"),
            ),
        ],
        &[&framework],
    );
    assert_eq!(
        reports[0].message,
        "Imported Person 1 from the pasted text."
    );
    assert_eq!(
        reports[1].message,
        "Imported 1 of the 2 links in \u{201c}links.txt\u{201d}. Link 1 is already in the team (as Person 1)."
    );
    assert_eq!(
        import_summary(&reports, team.len()),
        "Imported 2 people. 1 was imported only in part; its note says why. The team has 2 people."
    );
}

#[test]
fn a_full_team_leaves_the_rest_out() {
    let framework = fixture();
    let files = sample::results(&framework, MEMBERS.max + 2);
    let inputs: Vec<TeamInput> = files
        .into_iter()
        .map(|(name, text)| TeamInput::File { name, text })
        .collect();
    let mut team = Team::new();
    let reports = team.import(&inputs, &[&framework]);
    assert_eq!(team.len(), MEMBERS.max);
    let last = reports.last().unwrap();
    assert_eq!(last.left_out[0].reason, LeftOutReason::TeamFull);
    assert_eq!(
        last.message,
        "\u{201c}ben-haddad-2.json\u{201d} was not imported. The team already holds 500 people, the most it can. The team is unchanged."
    );
    assert_eq!(
        import_summary(&reports, team.len()),
        "Imported 500 people. 2 of the 502 files and pastes were not imported. The team has 500 people."
    );
}

#[test]
fn csv_quotes_every_cell_and_guards_against_formulas() {
    let (framework, inputs) = hand_team();
    let mut team = Team::new();
    team.import(&inputs, &[&framework]);
    let ids: Vec<u32> = team.members().iter().map(|m| m.id).collect();
    assert!(team.rename(ids[0], "=HYPERLINK(\"http://evil\")"));
    assert!(team.rename(ids[1], "Okafor, \"Ben\""));
    assert!(team.rename(ids[2], "-Chen"));
    let csv = heatmap_csv(&team.summary());
    assert_eq!(
        csv,
        "\"Name\",\"Planning\",\"Growing people\"\r\n\
         \"'=HYPERLINK(\"\"http://evil\"\")\",\"100\",\"\"\r\n\
         \"Okafor, \"\"Ben\"\"\",\"50\",\"95\"\r\n\
         \"'-Chen\",\"75\",\"14\"\r\n"
    );
    assert_eq!(
        team_file_name(
            team.role().map(|r| r.framework_id.as_str()),
            1_795_219_200_000.0,
            -60
        ),
        "yardstick-team-team-lead-lite-2026-11-20.csv"
    );
    assert_eq!(
        team_file_name(None, 1_795_219_200_000.0, 0),
        "yardstick-team-2026-11-21.csv"
    );
}

#[test]
fn rename_remove_and_remove_everyone() {
    let (framework, inputs) = hand_team();
    let mut team = Team::new();
    team.import(&inputs, &[&framework]);
    let id = team.members()[1].id;
    assert!(team.rename(id, "  Ben \t Okafor\u{7}  "));
    assert_eq!(team.member(id).unwrap().name, "Ben Okafor");
    assert_eq!(team.summary().rows[1].initials, "BO");
    assert!(team.rename(id, "   "));
    assert_eq!(
        team.member(id).unwrap().name,
        "Ben",
        "an empty name restores the imported one"
    );
    assert!(!team.rename(999, "Nobody"));
    assert!(team.remove(id));
    assert!(!team.remove(id));
    assert_eq!(team.len(), 2);
    assert_eq!(team.summary().areas[1].scored, 1);

    assert_eq!(team.remove_everyone(), 2);
    assert!(team.is_empty());
    assert_eq!(team.role(), None);
    assert_eq!(team, Team::new());
    let summary = team.summary();
    assert!(summary.rows.is_empty() && summary.columns.is_empty() && summary.areas.is_empty());
    assert_eq!(summary.framework_id, None);
    assert!(summary.lead.contains("Nothing is stored"));
    assert_eq!(heatmap_csv(&summary), "\"Name\"\r\n");
    assert_eq!(
        removed_everyone_message(2),
        "Removed all 2 people from the team. Nothing about them was stored."
    );
    assert_eq!(removed_everyone_message(0), "The team is already empty.");

    // Emptied, the team takes another role, numbering people from 1 again.
    let em = built_in("engineering-manager");
    let em_result = sample::results(&em, 1).remove(0).1;
    team.import(&[TeamInput::Pasted(em_result)], &[&em]);
    assert_eq!(team.role().unwrap().framework_id, "engineering-manager");
    assert_eq!(team.members()[0].name, "Person 1");
}

#[test]
fn names_come_from_file_names_when_they_carry_one() {
    let role = "engineering-manager";
    let cases = [
        ("ada-byrne.json", Some("Ada Byrne")),
        (
            "C:\\Users\\me\\Downloads\\Ben Okafor.json",
            Some("Ben Okafor"),
        ),
        ("reports/chen_silva (2).json", Some("Chen Silva")),
        ("yardstick-engineering-manager-2026-11-21.json", None),
        ("yardstick-engineering-manager-2026-11-21 (3).json", None),
        ("yardstick-history-2026-11-21.json", None),
        (
            "dara-yardstick-engineering-manager-2026-11-21.json",
            Some("Dara"),
        ),
        ("McKay.json", Some("McKay")),
        ("émile zola.json", Some("émile Zola")),
        ("2026.json", None),
        ("", None),
        (".json", None),
        ("person-007.json", Some("Person 007")),
    ];
    for (file_name, expected) in cases {
        assert_eq!(
            name_from_file_name(file_name, role).as_deref(),
            expected,
            "{file_name}"
        );
    }
    let long = format!("{}.json", "a".repeat(200));
    assert_eq!(
        name_from_file_name(&long, role).unwrap().chars().count(),
        80
    );
    assert_eq!(initials("Ada Byrne"), "AB");
    assert_eq!(initials("Person 12"), "P12");
    assert_eq!(initials("Ada Byrne (2)"), "A2");
    assert_eq!(initials("ada lovelace byrne"), "AB");
    assert_eq!(initials("Émile"), "É");
    assert_eq!(initials(""), "");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn import_never_panics_on_arbitrary_text(text in ".{0,400}", name in ".{0,40}") {
        let framework = fixture();
        let mut team = Team::new();
        let reports = team.import(
            &[
                TeamInput::File { name: name.clone(), text: text.clone() },
                TeamInput::Pasted(text.clone()),
            ],
            &[&framework],
        );
        prop_assert_eq!(reports.len(), 2);
        prop_assert!(reports.iter().all(|r| !r.message.is_empty()));
        let _ = team.summary();
    }

    #[test]
    fn import_never_panics_on_damaged_exports(cut in 0usize..2000, byte in any::<u8>()) {
        let framework = fixture();
        let attempt = completed_attempt(&framework, "a", 10.0, &[Some(true), Some(false)]);
        let mut bytes = export_json(&framework, &attempt, 1.0).into_bytes();
        let at = cut % bytes.len();
        bytes[at] = byte;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut team = Team::new();
        let reports = team.import(&[file("x.json", text)], &[&framework]);
        prop_assert!(team.len() <= 1);
        prop_assert_eq!(reports[0].added.len(), team.len());
        let _ = heatmap_csv(&team.summary());
    }
}

// The page's markup ------------------------------------------------------------------

#[test]
fn the_page_markup_is_a_data_table_with_a_row_per_person_and_escaped_names() {
    use yardstick_core::team::markup::{team_markup, team_page_markup, REMOVE_ATTRIBUTE};
    use yardstick_core::team::sample;

    let framework = built_in("engineering-manager");
    let mut inputs: Vec<TeamInput> = sample::results(&framework, 3)
        .into_iter()
        .map(|(name, text)| file(&name, text))
        .collect();
    // A file name that is markup must arrive as text.
    if let TeamInput::File { name, .. } = &mut inputs[0] {
        *name = "<b>x</b>.json".to_string();
    }
    let mut team = Team::new();
    team.import(&inputs, &[&framework]);
    let summary = team.summary();

    let empty = team_page_markup(&Team::new().summary(), &[], None);
    assert!(empty.contains("No one is in the team yet"));
    assert!(!empty.contains("<table"), "no table for an empty team");

    let html = team_markup(&summary, None);
    assert!(!html.contains("<b>"), "names are escaped: {html}");
    assert_eq!(
        html.matches("data-rename=").count(),
        3,
        "a Rename per person"
    );
    assert!(!html.contains("id=\"team-rename\""));
    let first = summary.rows[0].member_id;
    let editing = team_markup(&summary, Some(first));
    assert_eq!(editing.matches("id=\"team-rename\"").count(), 1);
    assert_eq!(
        editing.matches("data-rename=").count(),
        2,
        "the one being renamed has a field instead"
    );
    assert!(
        editing.contains("data-action=\"rename-save\"")
            && editing.contains("data-action=\"rename-cancel\"")
    );
    assert_eq!(
        html.matches("<th scope=\"col\">").count(),
        summary.columns.len() + 2
    );
    assert_eq!(html.matches("<tr data-member=").count(), 3);
    assert_eq!(html.matches(REMOVE_ATTRIBUTE).count(), 3);
    assert_eq!(
        html.matches("<td class=\"heat heat-").count(),
        3 * summary.columns.len() + summary.columns.len(),
        "a coloured cell per person and area, and the mean row"
    );
    for row in &summary.rows {
        for cell in &row.cells {
            assert!(html.contains(&format!(">{}</td>", cell.text)));
        }
    }

    let page = team_page_markup(&summary, &["one line".to_string()], None);
    assert!(page.contains("<li>one line</li>"));
    assert!(page.contains("data-action=\"download-csv\""));
    assert!(page.contains("data-action=\"remove-everyone\""));
}
