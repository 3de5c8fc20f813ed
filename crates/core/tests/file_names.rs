//! Names of downloaded files: local calendar dates, safe slugs, result and history names.

mod common;

use proptest::prelude::*;
use yardstick_core::attempt::Attempt;
use yardstick_core::file_names::{calendar_date, history_file_name, result_file_name, slug};

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
