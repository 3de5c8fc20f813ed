//! The storage layout: an index and one key per attempt. Round trips, an answer that
//! writes one key whatever the history holds, the order that keeps the index honest,
//! and what an unreadable or newer index means.

mod common;

use std::collections::BTreeMap;

use common::fixture;
use yardstick_core::answers::Answer;
use yardstick_core::attempt::Attempt;
use yardstick_core::layout::{attempt_key, decode_layout, writes, Write, INDEX_KEY, LAYOUT_SCHEMA};
use yardstick_core::store::{decode, encode, Decoded, Store};

/// Storage as a map, with writes applied in order.
#[derive(Default)]
struct Fake(BTreeMap<String, String>);

impl Fake {
    fn apply(&mut self, writes: &[Write]) {
        for write in writes {
            match write {
                Write::Put { key, value } => {
                    self.0.insert(key.clone(), value.clone());
                }
                Write::Remove { key } => {
                    self.0.remove(key);
                }
            }
        }
    }

    fn read(&self) -> Decoded {
        let index = self.0.get(INDEX_KEY).cloned().unwrap_or_default();
        decode_layout(&index, &|key| self.0.get(key).cloned())
    }
}

/// `finished` results in history and one attempt in progress.
fn store_with(finished: usize) -> Store {
    let framework = fixture();
    let mut store = Store::new();
    for n in 0..finished {
        let mut attempt = Attempt::new(&framework, format!("h{n}"), n as f64);
        attempt.framework_id = format!("role-{n}");
        attempt
            .answers
            .insert("plan-risks".into(), Answer::Rating { value: 3 });
        store.start(attempt);
        store.complete(&format!("h{n}"), n as f64 + 0.5);
    }
    store.start(Attempt::new(&framework, "now".into(), 10_000.0));
    store
}

#[test]
fn a_store_written_out_reads_back_the_same() {
    let store = store_with(3);
    let mut storage = Fake::default();
    storage.apply(&writes(None, &store));
    assert_eq!(storage.0.len(), 1 + 4, "the index and one key per attempt");
    assert_eq!(storage.read(), Decoded::Current(store));
}

/// The point of the layout: with 1,000 results stored, an answer is one write of one
/// attempt, exactly as with none.
#[test]
fn an_answer_writes_one_attempt_whatever_the_history_holds() {
    for finished in [0, 1, 1000] {
        let before = store_with(finished);
        let mut after = before.clone();
        after.set_answer(
            "now",
            "plan-risks",
            Some(Answer::Rating { value: 4 }),
            10_500.0,
        );
        let w = writes(Some(&before), &after);
        assert_eq!(w.len(), 1, "{finished} stored results");
        assert!(matches!(&w[0], Write::Put { key, .. } if *key == attempt_key("now")));
    }
}

#[test]
fn finishing_and_deleting_write_the_attempt_then_the_index_then_removals() {
    let before = store_with(2);
    let mut after = before.clone();
    after.complete("now", 20_000.0);
    let w = writes(Some(&before), &after);
    let keys: Vec<&str> = w
        .iter()
        .map(|w| match w {
            Write::Put { key, .. } | Write::Remove { key } => key.as_str(),
        })
        .collect();
    assert_eq!(keys, [attempt_key("now").as_str(), INDEX_KEY]);

    let mut deleted = after.clone();
    deleted.delete_from_history("h0");
    let w = writes(Some(&after), &deleted);
    assert_eq!(
        w.last(),
        Some(&Write::Remove {
            key: attempt_key("h0")
        })
    );
    assert!(matches!(&w[0], Write::Put { key, .. } if key == INDEX_KEY));
    let mut storage = Fake::default();
    storage.apply(&writes(None, &after));
    storage.apply(&w);
    assert_eq!(storage.read(), Decoded::Current(deleted));
}

/// An attempt whose key is missing or unreadable is left out of the store, and nothing
/// written afterwards touches its key.
#[test]
fn an_unreadable_attempt_is_left_out_and_left_alone() {
    let store = store_with(2);
    let mut storage = Fake::default();
    storage.apply(&writes(None, &store));
    storage
        .0
        .insert(attempt_key("h1"), "{not an attempt".into());
    let Decoded::Current(read) = storage.read() else {
        panic!("the index is fine")
    };
    assert_eq!(read.history.len(), 1);
    let mut after = read.clone();
    after.set_answer(
        "now",
        "plan-risks",
        Some(Answer::Rating { value: 2 }),
        10_100.0,
    );
    for write in writes(Some(&read), &after) {
        let (Write::Put { key, .. } | Write::Remove { key }) = write;
        assert_ne!(key, attempt_key("h1"));
    }
}

#[test]
fn a_newer_or_broken_index_is_told_apart() {
    let read = |index: &str| decode_layout(index, &|_| None);
    assert_eq!(
        read(&format!(r#"{{"schema":{},"future":1}}"#, LAYOUT_SCHEMA + 1)),
        Decoded::Newer {
            schema: LAYOUT_SCHEMA + 1
        }
    );
    assert!(matches!(read("{oops"), Decoded::Corrupt { .. }));
    assert!(matches!(
        read(r#"{"schema":3,"history":5}"#),
        Decoded::Corrupt { .. }
    ));
}

/// Today's single-key state migrates to the layout and loses nothing.
#[test]
fn the_single_key_state_migrates_to_the_layout_intact() {
    let store = store_with(5);
    let Decoded::Current(old) = decode(Some(&encode(&store))) else {
        panic!("current schema")
    };
    let mut storage = Fake::default();
    storage.apply(&writes(None, &old));
    assert_eq!(storage.read(), Decoded::Current(store));
}
