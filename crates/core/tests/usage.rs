//! What Yardstick keeps in storage, counted and sized, and sizes written for people.

mod common;

use yardstick_core::answers::Answer;
use yardstick_core::attempt::Attempt;
use yardstick_core::store::Store;
use yardstick_core::usage::{format_bytes, storage_usage, Usage};

use common::{completed_attempt, fixture};

#[test]
fn storage_usage_counts_and_sizes() {
    let framework = fixture();
    let mut store = Store::new();
    let done = completed_attempt(&framework, "done", 1.0, &[Some(true), Some(true)]);
    let mut open = Attempt::new(&framework, "open".into(), 5.0);
    open.answers
        .insert("plan-risks".into(), Answer::Rating { value: 3 });
    store.history.push(done.clone());
    store.in_progress.push(open.clone());
    let utf16 = |a: &Attempt| serde_json::to_string(a).unwrap().encode_utf16().count() * 2;
    let entries = vec![
        ("yardstick.state".to_string(), 5_000),
        ("yardstick.backup.1700000000000".to_string(), 700),
        ("yardstick.backup".to_string(), 40),
        ("yardstick.index".to_string(), 60),
        ("yardstick.attempt.done".to_string(), 500),
        ("yardstick.future".to_string(), 30),
    ];
    let usage = storage_usage(&store, &entries, "yardstick.state");
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
    // Every backup, the old single slot first (it has no date), then by date; the
    // index and the attempts' keys are the store itself, not "other".
    let backups: Vec<(&str, usize, Option<f64>)> = usage
        .backups
        .iter()
        .map(|b| (b.key.as_str(), b.bytes, b.made_at))
        .collect();
    assert_eq!(
        backups,
        [
            ("yardstick.backup", 40, None),
            (
                "yardstick.backup.1700000000000",
                700,
                Some(1_700_000_000_000.0)
            )
        ]
    );
    assert_eq!(
        usage.other,
        Usage {
            count: 1,
            bytes: 30
        }
    );
    assert_eq!(usage.total_bytes, 6_330);

    // Storage unavailable: nothing stored, attempts still measured (they are in memory).
    let usage = storage_usage(&store, &[], "yardstick.state");
    assert_eq!(
        (usage.total_bytes, usage.backups.len(), usage.other),
        (0, 0, Usage::default())
    );
    assert_eq!(usage.completed.count, 1);

    let empty = storage_usage(&Store::new(), &[], "yardstick.state");
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
