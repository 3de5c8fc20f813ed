//! History helpers: comparing attempts dimension by dimension (order, changes, levels,
//! different framework versions, refusals), grouping by role, compare candidates, file
//! names and dates, whole-history export and import, storage usage.

mod common;

use proptest::prelude::*;
use serde_json::{json, Value};
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::compare::{
    calendar_date, compare, compare_candidates, export_all_json, format_bytes, history_by_role,
    history_file_name, read_import, result_file_name, signed, slug, storage_usage, whole,
    CompareError, ImportProblem, Usage, MAX_IMPORT_FILE_BYTES,
};
use yardstick_core::export::{export_json, ImportError};
use yardstick_core::framework::Framework;
use yardstick_core::store::Store;

use common::{answer_dimension, fixture};

/// A completed attempt at `framework` with each dimension answered at the best or worst
/// end (`None` leaves a dimension unanswered).
fn attempt(framework: &Framework, id: &str, completed_at: f64, ends: &[Option<bool>]) -> Attempt {
    let mut answers = Answers::new();
    for (dimension, end) in framework.dimensions.iter().zip(ends) {
        if let Some(best) = end {
            answer_dimension(&mut answers, dimension, *best);
        }
    }
    let mut attempt = Attempt::new(framework, id.into(), completed_at - 60_000.0);
    attempt.answers = answers;
    attempt.completed_at = Some(completed_at);
    attempt.updated_at = completed_at;
    attempt
}

/// Version 2.0.0 of the fixture: "Growing people" dropped, "Delivery" (a copy of
/// Planning with new ids) added, weights still summing to 100.
fn fixture_v2() -> Framework {
    let mut framework = fixture();
    framework.version = "2.0.0".into();
    let mut delivery = framework.dimensions[0].clone();
    delivery.id = "delivery".into();
    delivery.name = "Delivery".into();
    for item in &mut delivery.items {
        item.id = format!("delivery-{}", item.id);
    }
    framework.dimensions[0].weight = 50.0;
    delivery.weight = 50.0;
    framework.dimensions.truncate(1);
    framework.dimensions.push(delivery);
    framework
}

#[test]
fn compares_dimension_by_dimension_earlier_first() {
    let framework = fixture();
    // Earlier: planning 0, people 100 → overall 40 (Developing).
    let earlier = attempt(&framework, "early", 1_000_000.0, &[Some(false), Some(true)]);
    // Later: both 100 → overall 100 (Strong).
    let later = attempt(&framework, "late", 2_000_000.0, &[Some(true), Some(true)]);
    let forwards = compare((&framework, &earlier), (&framework, &later)).unwrap();
    let backwards = compare((&framework, &later), (&framework, &earlier)).unwrap();
    assert_eq!(forwards, backwards, "argument order does not matter");

    let c = forwards;
    assert_eq!(c.framework_id, "team-lead-lite");
    assert_eq!(c.title, "Team Lead (short)");
    assert_eq!(c.earlier.attempt_id, "early");
    assert_eq!(c.later.attempt_id, "late");
    assert_eq!(c.earlier.completed_at, 1_000_000.0);
    assert_eq!(c.earlier.overall, Some(40));
    assert_eq!(c.later.overall, Some(100));
    assert_eq!(c.earlier.overall_level.as_deref(), Some("Developing"));
    assert_eq!(c.later.overall_level.as_deref(), Some("Strong"));
    assert_eq!(c.overall_change, Some(60));
    assert!(!c.versions_differ);
    assert!(c.only_earlier.is_empty() && c.only_later.is_empty());

    let ids: Vec<&str> = c
        .dimensions
        .iter()
        .map(|d| d.dimension_id.as_str())
        .collect();
    assert_eq!(ids, ["planning", "people"]);
    let planning = &c.dimensions[0];
    assert_eq!(planning.name, "Planning");
    assert_eq!(
        (planning.earlier, planning.later, planning.change),
        (Some(0), Some(100), Some(100))
    );
    assert_eq!(planning.earlier_level.as_deref(), Some("Developing"));
    assert_eq!(planning.later_level.as_deref(), Some("Strong"));
    let people = &c.dimensions[1];
    assert_eq!(
        (people.earlier, people.later, people.change),
        (Some(100), Some(100), Some(0))
    );
}

#[test]
fn a_dimension_scored_on_one_side_only_has_no_change() {
    let framework = fixture();
    let earlier = attempt(&framework, "a", 1.0, &[Some(true), None]);
    let later = attempt(&framework, "b", 2.0, &[Some(true), Some(false)]);
    let c = compare((&framework, &earlier), (&framework, &later)).unwrap();
    let people = &c.dimensions[1];
    assert_eq!(
        (people.earlier, people.later, people.change),
        (None, Some(0), None)
    );
    assert_eq!(people.earlier_level, None);
    // Overall is renormalised over scored dimensions: 100, then 60.
    assert_eq!(
        (c.earlier.overall, c.later.overall, c.overall_change),
        (Some(100), Some(60), Some(-40))
    );

    let nothing = attempt(&framework, "c", 3.0, &[None, None]);
    let c = compare((&framework, &later), (&framework, &nothing)).unwrap();
    assert_eq!(
        (
            c.later.overall,
            c.later.overall_level.clone(),
            c.overall_change
        ),
        (None, None, None)
    );
}

#[test]
fn different_versions_compare_only_shared_dimensions() {
    let v1 = fixture();
    let v2 = fixture_v2();
    let earlier = attempt(&v1, "old", 10.0, &[Some(false), Some(true)]);
    let later = attempt(&v2, "new", 20.0, &[Some(true), Some(true)]);
    let c = compare((&v2, &later), (&v1, &earlier)).unwrap();
    assert!(c.versions_differ);
    assert_eq!(c.earlier.framework_version, "1.0.0");
    assert_eq!(c.later.framework_version, "2.0.0");
    let ids: Vec<&str> = c
        .dimensions
        .iter()
        .map(|d| d.dimension_id.as_str())
        .collect();
    assert_eq!(ids, ["planning"]);
    assert_eq!(c.dimensions[0].change, Some(100));
    assert_eq!(c.only_earlier, ["Growing people"]);
    assert_eq!(c.only_later, ["Delivery"]);
}

#[test]
fn version_recorded_on_the_attempts_is_enough_to_flag_a_difference() {
    // Both scored against the same framework (the app falls back to the version it
    // has), but the attempts were made with different versions.
    let framework = fixture();
    let earlier = attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
    let mut later = attempt(&framework, "b", 2.0, &[Some(true), Some(true)]);
    later.framework_version = "0.9.0".into();
    let c = compare((&framework, &earlier), (&framework, &later)).unwrap();
    assert!(c.versions_differ);
    assert_eq!(c.dimensions.len(), 2);
}

#[test]
fn refuses_what_cannot_be_compared() {
    let framework = fixture();
    let a = attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
    let mut other_role = attempt(&framework, "b", 2.0, &[Some(true), Some(true)]);
    other_role.framework_id = "someone-else".into();
    assert_eq!(
        compare((&framework, &a), (&framework, &other_role)),
        Err(CompareError::DifferentRoles)
    );
    let mut other_framework = fixture();
    other_framework.id = "someone-else".into();
    let b = attempt(&framework, "b", 2.0, &[Some(true), Some(true)]);
    assert_eq!(
        compare((&framework, &a), (&other_framework, &b)),
        Err(CompareError::DifferentRoles)
    );
    assert_eq!(
        compare((&framework, &a), (&framework, &a)),
        Err(CompareError::SameAttempt)
    );
    let mut unfinished = b.clone();
    unfinished.completed_at = None;
    assert_eq!(
        compare((&framework, &a), (&framework, &unfinished)),
        Err(CompareError::NotCompleted)
    );
    for e in [
        CompareError::DifferentRoles,
        CompareError::SameAttempt,
        CompareError::NotCompleted,
    ] {
        assert!(e.to_string().ends_with('.'));
    }
}

#[test]
fn signed_changes_and_whole_scores() {
    assert_eq!(signed(6), "+6");
    assert_eq!(signed(-6), "\u{2212}6");
    assert_eq!(signed(0), "0");
    assert_eq!(
        signed(i64::MIN),
        format!("\u{2212}{}", i64::MIN.unsigned_abs())
    );
    let f = fixture();
    assert_eq!(whole(&f, 92.4), 92);
    assert_eq!(whole(&f, 92.6), 93);
    assert_eq!(whole(&f, f64::NAN), 0);
    // The fixture's "solid" band starts at 55: 54.6 must not show as 55.
    assert_eq!(whole(&f, 54.6), 54);
}

#[test]
fn history_groups_by_role_newest_first() {
    let framework = fixture();
    let mut other = fixture();
    other.id = "other".into();
    let history = vec![
        attempt(&framework, "t1", 1.0, &[]),
        attempt(&other, "o1", 2.0, &[]),
        attempt(&framework, "t2", 3.0, &[]),
        attempt(&other, "o2", 5.0, &[]),
        attempt(&framework, "t3", 4.0, &[]),
    ];
    let groups = history_by_role(&history);
    let shape: Vec<(&str, Vec<&str>)> = groups
        .iter()
        .map(|(id, list)| (id.as_str(), list.iter().map(|a| a.id.as_str()).collect()))
        .collect();
    assert_eq!(
        shape,
        [
            ("other", vec!["o2", "o1"]),
            ("team-lead-lite", vec!["t3", "t2", "t1"])
        ]
    );
    assert!(history_by_role(&[]).is_empty());

    let ids = |list: Vec<&Attempt>| list.into_iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(compare_candidates(&history, "t2")), ["t3", "t1"]);
    assert_eq!(ids(compare_candidates(&history, "o1")), ["o2"]);
    assert!(
        compare_candidates(&history[..2], "t1").is_empty(),
        "only one attempt of the role"
    );
    assert!(compare_candidates(&history, "missing").is_empty());
}

#[test]
fn calendar_dates() {
    assert_eq!(calendar_date(0.0, 0), (1970, 1, 1));
    assert_eq!(calendar_date(-1000.0, 0), (1969, 12, 31));
    assert_eq!(calendar_date(1_795_219_200_000.0, 0), (2026, 11, 21));
    // 23:30 UTC is already the next day an hour east, and still the day an hour west.
    assert_eq!(calendar_date(1_795_303_800_000.0, 60), (2026, 11, 22));
    assert_eq!(calendar_date(1_795_303_800_000.0, -60), (2026, 11, 21));
    assert_eq!(calendar_date(1_795_219_200_000.0, -1), (2026, 11, 20));
    assert_eq!(calendar_date(1_709_208_000_000.0, 0), (2024, 2, 29));
    assert_eq!(calendar_date(f64::NAN, 0), (1970, 1, 1));
    assert_eq!(calendar_date(f64::INFINITY, 0), (1970, 1, 1));
}

/// Days since 1970-01-01 of a civil date, counted the slow way.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = |y: i64, m: u32| match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let mut days = 0i64;
    if year >= 1970 {
        for y in 1970..year {
            days += if leap(y) { 366 } else { 365 };
        }
    } else {
        for y in year..1970 {
            days -= if leap(y) { 366 } else { 365 };
        }
    }
    for m in 1..month {
        days += month_days(year, m);
    }
    days + i64::from(day) - 1
}

proptest! {
    #[test]
    fn calendar_date_agrees_with_counting_days(days in -40_000i64..80_000, ms_in_day in 0i64..86_400_000) {
        let ms = (days * 86_400_000 + ms_in_day) as f64;
        let (y, m, d) = calendar_date(ms, 0);
        prop_assert!((1..=12).contains(&m) && (1..=31).contains(&d));
        prop_assert_eq!(days_from_civil(y, m, d), days);
    }

    #[test]
    fn slugs_are_safe_file_name_parts(text in "\\PC{0,100}") {
        let s = slug(&text);
        prop_assert!(!s.is_empty() && s.len() <= 64);
        prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"));
    }
}

#[test]
fn file_names() {
    let framework = common::built_in("engineering-manager");
    let mut a = Attempt::new(&framework, "x".into(), 1_795_219_200_000.0);
    a.completed_at = Some(1_795_219_200_000.0 + 14.0 * 3_600_000.0);
    assert_eq!(
        result_file_name(&a, 0, "json"),
        "yardstick-engineering-manager-2026-11-21.json"
    );
    assert_eq!(
        result_file_name(&a, 0, "csv"),
        "yardstick-engineering-manager-2026-11-21.csv"
    );
    assert_eq!(
        result_file_name(&a, 11 * 60, "csv"),
        "yardstick-engineering-manager-2026-11-22.csv"
    );
    a.framework_id = "Weird Role/../x".into();
    assert_eq!(
        result_file_name(&a, 0, "json"),
        "yardstick-weird-role-x-2026-11-21.json"
    );
    assert_eq!(
        history_file_name(1_795_219_200_000.0, 0),
        "yardstick-history-2026-11-21.json"
    );

    assert_eq!(slug("Engineering Manager"), "engineering-manager");
    assert_eq!(slug("  --a__b--  "), "a-b");
    assert_eq!(slug("Ünïcode"), "n-code");
    assert_eq!(slug("!!!"), "result");
    assert_eq!(slug(&"a".repeat(100)).len(), 64);
    assert_eq!(slug(&format!("{}-b", "a".repeat(63))), "a".repeat(63));
}

#[test]
fn whole_history_export_is_re_importable() {
    let v1 = fixture();
    let v2 = fixture_v2();
    let a = attempt(&v1, "a", 1.0, &[Some(true), Some(false)]);
    let b = attempt(&v2, "b", 2.0, &[Some(false), None]);
    let json = export_all_json(&[(&v1, &a), (&v2, &b)], 3.0);
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value.as_array().map(Vec::len), Some(2));
    assert_eq!(value[0]["format"], "yardstick-result");

    let imported = read_import(&json, |id| id == "team-lead-lite").unwrap();
    assert_eq!(imported.len(), 2);
    assert_eq!(imported[0].attempt, a);
    assert_eq!(imported[1].attempt, b);
    assert_eq!(imported[0].role_title.as_deref(), Some("Team Lead (short)"));

    // A single-result export reads the same way, byte-order mark and all.
    let single = format!("\u{feff}\n{}", export_json(&v1, &a, 3.0));
    let imported = read_import(&single, |_| true).unwrap();
    assert_eq!(imported.len(), 1);
    assert_eq!(imported[0].attempt, a);
    assert_eq!(imported[0].role_title.as_deref(), Some("Team Lead (short)"));
}

#[test]
fn import_refuses_a_file_wholesale() {
    let framework = fixture();
    let a = attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
    let good = serde_json::from_str::<Value>(&export_json(&framework, &a, 3.0)).unwrap();
    let known = |id: &str| id == "team-lead-lite";

    assert_eq!(
        read_import("not json", known),
        Err(ImportProblem::Single(ImportError::NotJson))
    );
    assert_eq!(
        read_import("[1, 2", known),
        Err(ImportProblem::Single(ImportError::NotJson))
    );
    assert_eq!(read_import("[]", known), Err(ImportProblem::EmptyList));
    assert_eq!(
        read_import("{}", known),
        Err(ImportProblem::Single(ImportError::NotAnExport))
    );

    let mut unfinished = good.clone();
    unfinished["attempt"]["completed_at"] = Value::Null;
    let list = json!([good.clone(), unfinished]).to_string();
    let problem = read_import(&list, known).unwrap_err();
    assert_eq!(
        problem,
        ImportProblem::InList {
            index: 1,
            total: 2,
            error: ImportError::NotCompleted
        }
    );
    assert!(problem
        .to_string()
        .starts_with("Result 2 of 2 in the file cannot be imported."));

    let mut stranger = good.clone();
    stranger["attempt"]["framework_id"] = json!("product-director");
    stranger["framework"]["title"] = json!("Product Director");
    let mut nameless = good.clone();
    nameless["attempt"]["framework_id"] = json!("mystery");
    nameless["framework"] = json!(null);
    let problem = read_import(&stranger.to_string(), known).unwrap_err();
    assert_eq!(
        problem,
        ImportProblem::UnknownRoles(vec!["Product Director (product-director)".into()])
    );
    assert_eq!(
        problem.to_string(),
        "The file holds a result for \u{201c}Product Director (product-director)\u{201d}, a role this version of Yardstick does not have."
    );
    let list = json!([good, stranger.clone(), nameless, stranger]).to_string();
    let problem = read_import(&list, known).unwrap_err();
    assert_eq!(
        problem,
        ImportProblem::UnknownRoles(vec![
            "Product Director (product-director)".into(),
            "mystery".into()
        ])
    );
    assert!(problem
        .to_string()
        .contains("roles this version of Yardstick does not have"));

    let huge = " ".repeat(MAX_IMPORT_FILE_BYTES + 1);
    assert_eq!(
        read_import(&huge, known),
        Err(ImportProblem::TooLarge {
            bytes: MAX_IMPORT_FILE_BYTES + 1
        })
    );
}

proptest! {
    #[test]
    fn import_never_panics(text in "\\PC{0,200}") {
        let _ = read_import(&text, |_| true);
        let _ = read_import(&format!("[{text}]"), |_| true);
    }
}

#[test]
fn storage_usage_counts_and_sizes() {
    let framework = fixture();
    let mut store = Store::new();
    let done = attempt(&framework, "done", 1.0, &[Some(true), Some(true)]);
    let mut open = Attempt::new(&framework, "open".into(), 5.0);
    open.answers
        .insert("plan-risks".into(), Answer::Rating { value: 3 });
    store.history.push(done.clone());
    store.in_progress.push(open.clone());
    let utf16 = |a: &Attempt| serde_json::to_string(a).unwrap().encode_utf16().count() * 2;
    let entries = vec![
        ("yardstick.state".to_string(), 5_000),
        ("yardstick.backup".to_string(), 700),
        ("yardstick.future".to_string(), 30),
    ];
    let usage = storage_usage(&store, &entries, "yardstick.state", "yardstick.backup");
    assert_eq!(
        usage.in_progress,
        Usage {
            count: 1,
            bytes: utf16(&open)
        }
    );
    assert_eq!(
        usage.completed,
        Usage {
            count: 1,
            bytes: utf16(&done)
        }
    );
    assert_eq!(usage.backup, Some(700));
    assert_eq!(
        usage.other,
        Usage {
            count: 1,
            bytes: 30
        }
    );
    assert_eq!(usage.total_bytes, 5_730);

    // Storage unavailable: nothing stored, attempts still measured (they are in memory).
    let usage = storage_usage(&store, &[], "yardstick.state", "yardstick.backup");
    assert_eq!(
        (usage.total_bytes, usage.backup, usage.other),
        (0, None, Usage::default())
    );
    assert_eq!(usage.completed.count, 1);

    let empty = storage_usage(&Store::new(), &[], "yardstick.state", "yardstick.backup");
    assert_eq!(empty.in_progress, Usage::default());
}

#[test]
fn byte_sizes_for_people() {
    assert_eq!(format_bytes(0), "0 bytes");
    assert_eq!(format_bytes(1), "1 byte");
    assert_eq!(format_bytes(1023), "1023 bytes");
    assert_eq!(format_bytes(1024), "1.0 KB");
    assert_eq!(format_bytes(12_595), "12.3 KB");
    assert_eq!(format_bytes(1_572_864), "1.5 MB");
}
