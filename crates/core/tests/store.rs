//! The persisted store: schema decoding, migration, and operations that never lose an
//! answer, including when two tabs write in turn.

mod common;

use common::fixture;
use yardstick_core::answers::Answer;
use yardstick_core::attempt::Attempt;
use yardstick_core::store::{decode, encode, Decoded, Store, MAX_CREDITED_GAP_MS, SCHEMA_VERSION};

fn store_with_attempt() -> (Store, String) {
    let mut store = Store::new();
    let attempt = Attempt::new(&fixture(), "a1".into(), 1_000.0);
    store.start(attempt);
    (store, "a1".into())
}

#[test]
fn nothing_stored_decodes_as_empty() {
    assert_eq!(decode(None), Decoded::Empty);
}

#[test]
fn the_current_schema_round_trips() {
    let (mut store, id) = store_with_attempt();
    store.set_answer(
        &id,
        "plan-risks",
        Some(Answer::Rating { value: 4 }),
        2_000.0,
    );
    let raw = encode(&store);
    assert_eq!(decode(Some(&raw)), Decoded::Current(store));
}

#[test]
fn schema_1_with_a_single_current_attempt_is_migrated() {
    let attempt = Attempt::new(&fixture(), "old".into(), 5.0);
    let mut done = Attempt::new(&fixture(), "done".into(), 1.0);
    done.completed_at = Some(3.0);
    let v1 = serde_json::json!({ "schema": 1, "current": attempt, "history": [done] }).to_string();
    match decode(Some(&v1)) {
        Decoded::Migrated { store, from } => {
            assert_eq!(from, 1);
            assert_eq!(store.schema, SCHEMA_VERSION);
            assert_eq!(store.in_progress, vec![attempt]);
            assert_eq!(store.history, vec![done]);
        }
        other => panic!("expected a migration, got {other:?}"),
    }
    let v1_idle = r#"{"schema":1,"current":null}"#;
    assert!(
        matches!(decode(Some(v1_idle)), Decoded::Migrated { store, .. } if store.in_progress.is_empty())
    );
}

#[test]
fn data_from_a_newer_version_is_recognised_not_read() {
    let raw = format!(r#"{{"schema":{},"whatever":"new"}}"#, SCHEMA_VERSION + 1);
    assert_eq!(
        decode(Some(&raw)),
        Decoded::Newer {
            schema: SCHEMA_VERSION + 1
        }
    );
}

#[test]
fn corrupt_data_is_reported_with_a_reason() {
    for raw in [
        "{not json",
        "[]",
        r#"{"schema":"two"}"#,
        r#"{"schema":2,"in_progress":7}"#,
        r#"{"schema":0}"#,
    ] {
        match decode(Some(raw)) {
            Decoded::Corrupt { reason } => assert!(!reason.is_empty()),
            other => panic!("{raw}: expected corrupt, got {other:?}"),
        }
    }
}

#[test]
fn two_tabs_writing_in_turn_keep_both_answers() {
    // Each tab applies its change to the latest stored text, never to its own old copy.
    let (store, id) = store_with_attempt();
    let shared = encode(&store);

    let Decoded::Current(mut tab_a) = decode(Some(&shared)) else {
        panic!()
    };
    tab_a.set_answer(
        &id,
        "plan-risks",
        Some(Answer::Rating { value: 5 }),
        2_000.0,
    );
    let shared = encode(&tab_a);

    let Decoded::Current(mut tab_b) = decode(Some(&shared)) else {
        panic!()
    };
    tab_b.set_answer(
        &id,
        "plan-surprise",
        Some(Answer::Rating { value: 1 }),
        3_000.0,
    );
    let shared = encode(&tab_b);

    let Decoded::Current(result) = decode(Some(&shared)) else {
        panic!()
    };
    let answers = &result.attempt(&id).unwrap().answers;
    assert_eq!(
        answers.get("plan-risks"),
        Some(&Answer::Rating { value: 5 })
    );
    assert_eq!(
        answers.get("plan-surprise"),
        Some(&Answer::Rating { value: 1 })
    );
}

#[test]
fn answering_credits_time_but_not_long_breaks() {
    let (mut store, id) = store_with_attempt();
    store.set_answer(
        &id,
        "plan-risks",
        Some(Answer::Rating { value: 3 }),
        11_000.0,
    );
    assert_eq!(store.attempt(&id).unwrap().active_seconds, 10);
    store.set_answer(
        &id,
        "plan-surprise",
        Some(Answer::Rating { value: 3 }),
        11_000.0 + 3_600_000.0,
    );
    assert_eq!(
        store.attempt(&id).unwrap().active_seconds,
        10 + (MAX_CREDITED_GAP_MS / 1000.0) as u32
    );
}

#[test]
fn clearing_an_answer_removes_it() {
    let (mut store, id) = store_with_attempt();
    store.set_answer(
        &id,
        "plan-risks",
        Some(Answer::Rating { value: 3 }),
        2_000.0,
    );
    store.set_answer(&id, "plan-risks", None, 3_000.0);
    assert!(store.attempt(&id).unwrap().answers.is_empty());
}

#[test]
fn an_answer_for_a_finished_attempt_is_refused() {
    let (mut store, id) = store_with_attempt();
    assert!(store.complete(&id, 9_000.0));
    assert!(!store.set_answer(
        &id,
        "plan-risks",
        Some(Answer::Rating { value: 3 }),
        10_000.0
    ));
    assert!(store.history[0].answers.is_empty());
    assert_eq!(store.history[0].completed_at, Some(9_000.0));
    assert!(store.in_progress.is_empty());
}

#[test]
fn starting_again_replaces_only_the_same_frameworks_attempt() {
    let (mut store, _) = store_with_attempt();
    let mut other = Attempt::new(&fixture(), "b1".into(), 1.0);
    other.framework_id = "another".into();
    store.start(other);
    store.start(Attempt::new(&fixture(), "a2".into(), 2.0));
    let ids: Vec<&str> = store.in_progress.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["b1", "a2"]);
}

#[test]
fn importing_is_idempotent_and_keeps_history_in_date_order() {
    let mut store = Store::new();
    let mut late = Attempt::new(&fixture(), "late".into(), 1.0);
    late.completed_at = Some(50.0);
    let mut early = Attempt::new(&fixture(), "early".into(), 1.0);
    early.completed_at = Some(10.0);
    assert!(store.import(late.clone()));
    assert!(store.import(early));
    assert!(!store.import(late));
    let ids: Vec<&str> = store.history.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["early", "late"]);
    store.delete_from_history("early");
    assert_eq!(store.history.len(), 1);
}

/// While storage refuses writes, a tab's memory is the truth: merging what storage
/// holds keeps every change made in memory and adds only what another tab did since.
#[test]
fn merging_the_stored_copy_into_unsaved_memory_rolls_nothing_back() {
    let (stored, id) = store_with_attempt();
    // Five answers made while every write failed: memory has them, storage has none.
    let mut memory = stored.clone();
    for (n, item) in ["plan-risks", "plan-surprise", "people-praise"]
        .into_iter()
        .enumerate()
    {
        memory.set_answer(
            &id,
            item,
            Some(Answer::Rating { value: 4 }),
            2_000.0 + n as f64,
        );
    }
    let before = memory.clone();
    memory.merge_unsaved(&stored);
    assert_eq!(memory, before, "the stale stored copy changes nothing");

    // Meanwhile another tab (whose writes got through) finished a different role.
    let mut other_tab = stored.clone();
    let mut elsewhere = Attempt::new(&common::fixture_v2(), "b1".into(), 1_500.0);
    elsewhere.framework_id = "another-role".into();
    other_tab.start(elsewhere);
    other_tab.complete("b1", 3_000.0);
    memory.merge_unsaved(&other_tab);
    assert_eq!(memory.attempt(&id), before.attempt(&id), "our answers stay");
    assert_eq!(memory.history.len(), 1);
    assert_eq!(memory.history[0].id, "b1");

    // An attempt the other tab changed later than we did comes from the other tab.
    let mut newer = memory.clone();
    newer.set_answer(
        &id,
        "plan-risks",
        Some(Answer::Rating { value: 1 }),
        9_000.0,
    );
    memory.merge_unsaved(&newer);
    assert_eq!(
        memory.attempt(&id).unwrap().answers.get("plan-risks"),
        Some(&Answer::Rating { value: 1 })
    );
}

/// An imported result whose id is that of an attempt in progress here gets a free id:
/// the import is kept and the attempt in progress is not shadowed.
#[test]
fn an_import_whose_id_clashes_with_an_attempt_in_progress_gets_a_new_id() {
    let (mut store, id) = store_with_attempt();
    let mut finished = Attempt::new(&fixture(), id.clone(), 500.0);
    finished.completed_at = Some(900.0);
    assert!(store.import(finished.clone()));
    assert_eq!(store.in_progress[0].id, id);
    assert_eq!(store.history[0].id, format!("{id}-2"));
    assert!(store.history[0].is_complete());
    // Importing the same file again adds nothing; another result with that id does.
    assert!(!store.import(finished.clone()));
    assert_eq!(store.history.len(), 1);
    finished.completed_at = Some(950.0);
    assert!(store.import(finished));
    assert_eq!(store.history[1].id, format!("{id}-3"));
}

/// Two tabs answering a few milliseconds apart: the later write lacks the earlier
/// answer; merging puts it back, and the copy changed last wins where both answered.
#[test]
fn merging_two_tabs_copies_of_an_attempt_keeps_both_answers() {
    use yardstick_core::store::{merge_answers, record_answer};
    let base = Attempt::new(&fixture(), "a".into(), 0.0);
    let mut ours = base.clone();
    record_answer(
        &mut ours,
        "plan-risks",
        Some(Answer::Rating { value: 4 }),
        10.0,
    );
    let mut theirs = base.clone();
    record_answer(
        &mut theirs,
        "plan-surprise",
        Some(Answer::Rating { value: 2 }),
        12.0,
    );
    assert!(merge_answers(&mut theirs, &ours));
    assert_eq!(theirs.answers.len(), 2);
    assert!(
        !merge_answers(&mut theirs, &ours),
        "nothing new the second time"
    );
    // The same item answered in both: the later copy's answer stays.
    let mut later_ours = theirs.clone();
    record_answer(
        &mut later_ours,
        "plan-risks",
        Some(Answer::Rating { value: 1 }),
        20.0,
    );
    assert!(merge_answers(&mut theirs, &later_ours));
    assert_eq!(theirs.answers["plan-risks"], Answer::Rating { value: 1 });
    let mut earlier_ours = theirs.clone();
    earlier_ours.updated_at = 5.0;
    earlier_ours
        .answers
        .insert("plan-risks".into(), Answer::Rating { value: 5 });
    assert!(!merge_answers(&mut theirs, &earlier_ours));
    assert_eq!(theirs.answers["plan-risks"], Answer::Rating { value: 1 });
}
