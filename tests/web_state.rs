//! Browser tests for the storage module and app state, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_state` (scripts/test.sh runs it).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen_test::*;
use yardstick::browser::storage::{name_of, stored_key, BrowserStorage};
use yardstick::core::answers::Answer;
use yardstick::core::layout::{attempt_key, decode_layout, encode_attempt, INDEX_KEY};
use yardstick::core::store::Decoded;
use yardstick::state::{AppState, Notice, View, BACKUP_KEY, STATE_KEY};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// This copy's storage, by the app's names (each stored under the scope of the test
/// page's path, as the app stores them).
struct Scoped;

impl Scoped {
    fn get_item(&self, name: &str) -> Result<Option<String>, wasm_bindgen::JsValue> {
        local_storage().get_item(&stored_key(name))
    }
    fn set_item(&self, name: &str, value: &str) -> Result<(), wasm_bindgen::JsValue> {
        local_storage().set_item(&stored_key(name), value)
    }
}

fn stored() -> Scoped {
    Scoped
}

fn clear() {
    local_storage().clear().unwrap();
}

/// What storage holds, read through the layout (index and one key per attempt).
fn saved_store() -> yardstick::core::store::Store {
    let index = stored().get_item(INDEX_KEY).unwrap().expect("an index");
    let Decoded::Current(store) = decode_layout(&index, &|key| stored().get_item(key).unwrap())
    else {
        panic!("unreadable layout")
    };
    store
}

/// Gives `state` a framework without fetching: built-ins arrive over the network in
/// the app, which these tests do not serve.
fn add_fixture_framework(state: &AppState) -> yardstick::core::framework::Framework {
    let bytes = include_bytes!("../crates/core/tests/fixtures/minimal-framework.json");
    let id = state.add_custom_framework(bytes).unwrap();
    state.framework_for(&id, "").unwrap()
}

/// Runs `body` with a reactive owner, as a mounted app would have.
fn with_owner<T>(body: impl FnOnce() -> T) -> T {
    Owner::new().with(body)
}

#[wasm_bindgen_test]
fn storage_is_probed_and_round_trips_text() {
    clear();
    let storage = BrowserStorage::open();
    assert!(storage.is_available());
    storage.write("yardstick.test", "héllo").unwrap();
    assert_eq!(storage.read("yardstick.test").as_deref(), Some("héllo"));
    assert_eq!(
        storage.entries_with_prefix("yardstick."),
        vec![("yardstick.test".to_string(), 10)]
    );
    storage.remove("yardstick.test");
    assert_eq!(storage.read("yardstick.test"), None);
    assert_eq!(
        stored().get_item("yardstick.probe").unwrap(),
        None,
        "the probe cleans up"
    );
}

#[wasm_bindgen_test]
fn unavailable_storage_runs_in_memory_and_says_so() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::unavailable());
        assert!(state
            .notices()
            .get_untracked()
            .contains(&Notice::StorageUnavailable));
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        let attempt = state.store().get_untracked().in_progress[0].clone();
        let item = framework.dimensions[0].items[0].id.clone();
        state.answer(&attempt.id, &item, Some(Answer::Rating { value: 4 }));
        assert_eq!(state.attempt(&attempt.id).unwrap().answers.len(), 1);
        assert_eq!(stored().get_item(STATE_KEY).unwrap(), None);
    });
}

/// The backups in storage, as (key, value), in key order.
fn backups() -> Vec<(String, String)> {
    let storage = local_storage();
    let mut found: Vec<(String, String)> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter_map(|key| {
            let name = name_of(&key).filter(|name| name.starts_with(BACKUP_KEY))?;
            let value = storage.get_item(&key).unwrap().unwrap();
            Some((name, value))
        })
        .collect();
    found.sort();
    found
}

#[wasm_bindgen_test]
fn corrupt_data_is_backed_up_untouched_and_the_app_starts_clean() {
    clear();
    // A backup an earlier build made (its one slot): a new fault must not overwrite it.
    stored().set_item(BACKUP_KEY, "earlier").unwrap();
    stored().set_item(STATE_KEY, "{not json").unwrap();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let found = backups();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], (BACKUP_KEY.to_string(), "earlier".to_string()));
        assert!(
            found[1].0.starts_with(&format!("{BACKUP_KEY}.")),
            "a dated key"
        );
        assert_eq!(found[1].1, "{not json");
        assert_eq!(stored().get_item(STATE_KEY).unwrap(), None);
        let key = found[1].0.clone();
        assert!(state.notices().get_untracked().iter().any(|n| matches!(
            n,
            Notice::CorruptData {
                backup: Some(k),
                ..
            } if *k == key
        )));
        assert!(state.store().get_untracked().in_progress.is_empty());
    });
    // A second fault in a row gets its own key; both earlier copies stay.
    stored().set_item(STATE_KEY, "{still not json").unwrap();
    with_owner(|| {
        let _state = AppState::new(BrowserStorage::open());
        let found = backups();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.iter().any(|(_, v)| v == "{still not json"));
        assert!(found.iter().any(|(_, v)| v == "{not json"));
    });
}

/// Data a newer Yardstick wrote is never moved: it stays under its key, the app writes
/// nothing, and the notice offers a copy.
#[wasm_bindgen_test]
fn newer_data_is_left_where_it_is_and_nothing_is_written() {
    clear();
    let newer = r#"{"schema":99,"future":true}"#;
    stored().set_item(STATE_KEY, newer).unwrap();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        assert_eq!(
            stored().get_item(STATE_KEY).unwrap().as_deref(),
            Some(newer)
        );
        assert!(backups().is_empty());
        assert!(state
            .notices()
            .get_untracked()
            .contains(&Notice::NewerData { schema: 99 }));
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        assert_eq!(
            stored().get_item(INDEX_KEY).unwrap(),
            None,
            "nothing written"
        );
        assert_eq!(
            local_storage().length().unwrap(),
            1,
            "only the newer data is there"
        );
        assert_eq!(
            stored().get_item(STATE_KEY).unwrap().as_deref(),
            Some(newer)
        );
    });
}

#[wasm_bindgen_test]
fn schema_1_is_migrated_and_written_back() {
    clear();
    stored()
        .set_item(STATE_KEY, r#"{"schema":1,"current":{"id":"x","framework_id":"engineering-manager","framework_version":"1.0.0","started_at":1,"updated_at":2,"completed_at":null,"answers":{}},"history":[]}"#)
        .unwrap();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        assert_eq!(state.store().get_untracked().in_progress[0].id, "x");
        assert!(state
            .notices()
            .get_untracked()
            .contains(&Notice::Migrated { from: 1 }));
        // Written out as the layout; the single key it came from is gone.
        assert_eq!(saved_store().in_progress[0].id, "x");
        assert_eq!(stored().get_item(STATE_KEY).unwrap(), None);
        assert_eq!(stored().get_item(BACKUP_KEY).unwrap(), None);
    });
}

#[wasm_bindgen_test]
fn a_write_from_another_tab_is_kept_when_this_tab_answers() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        let attempt_id = state.store().get_untracked().in_progress[0].id.clone();
        let items: Vec<String> = framework.dimensions[0]
            .items
            .iter()
            .map(|i| i.id.clone())
            .collect();

        // "Another tab" answers the first item by writing the attempt's key directly.
        let mut other = state.store().get_untracked();
        other.set_answer(
            &attempt_id,
            &items[0],
            Some(Answer::Rating { value: 5 }),
            1.0,
        );
        stored()
            .set_item(
                &attempt_key(&attempt_id),
                &encode_attempt(other.attempt(&attempt_id).unwrap()),
            )
            .unwrap();

        // This tab answers the second without having seen that change.
        state.answer(&attempt_id, &items[1], Some(Answer::Rating { value: 2 }));
        let store = saved_store();
        let answers = &store.attempt(&attempt_id).unwrap().answers;
        assert_eq!(answers.get(&items[0]), Some(&Answer::Rating { value: 5 }));
        assert_eq!(answers.get(&items[1]), Some(&Answer::Rating { value: 2 }));
    });
}

#[wasm_bindgen_test]
fn deleting_everything_removes_only_yardstick_keys() {
    clear();
    local_storage().set_item("someone-else", "keep me").unwrap();
    stored().set_item(BACKUP_KEY, "old").unwrap();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        assert!(stored().get_item(INDEX_KEY).unwrap().is_some());
        state.delete_everything();
        assert_eq!(stored().get_item(INDEX_KEY).unwrap(), None);
        assert_eq!(stored().get_item(BACKUP_KEY).unwrap(), None);
        assert_eq!(
            local_storage().get_item("someone-else").unwrap().as_deref(),
            Some("keep me")
        );
        assert!(state.store().get_untracked().in_progress.is_empty());
    });
}

fn current_fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn history_length() -> u32 {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap()
}

#[wasm_bindgen_test]
fn opening_a_view_writes_its_address_as_a_new_history_entry() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let before = history_length();
        state.open(View::History);
        assert_eq!(current_fragment(), "#/history");
        state.open(View::Privacy);
        assert_eq!(current_fragment(), "#/data");
        assert_eq!(history_length(), before + 2, "one entry per screen");
        // Opening the screen already showing adds nothing.
        state.open(View::Privacy);
        assert_eq!(history_length(), before + 2);
        assert_eq!(state.view().get_untracked(), View::Privacy);
    });
}

#[wasm_bindgen_test]
fn following_the_address_shows_its_screen_and_unknown_addresses_show_not_found() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let location = web_sys::window().unwrap().location();
        location.set_hash("/embed").unwrap();
        state.follow_address();
        assert_eq!(state.view().get_untracked(), View::Embed);
        location.set_hash("/results/no-such-attempt").unwrap();
        state.follow_address();
        assert_eq!(
            state.view().get_untracked(),
            View::Results {
                attempt_id: "no-such-attempt".into()
            }
        );
        location.set_hash("/nowhere/at/all").unwrap();
        state.follow_address();
        assert_eq!(state.view().get_untracked(), View::NotFound);
        assert_eq!(current_fragment(), "#/nowhere/at/all", "left as typed");
    });
}

#[wasm_bindgen_test]
fn the_address_and_the_saved_area_of_an_attempt_agree() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        assert!(framework.dimensions.len() >= 2, "the fixture has two areas");
        state.start(&framework);
        let attempt_id = state.store().get_untracked().in_progress[0].id.clone();
        assert_eq!(current_fragment(), format!("#/assess/{attempt_id}/1"));

        state.open(View::Assess {
            attempt_id: attempt_id.clone(),
            area: Some(1),
        });
        assert_eq!(current_fragment(), format!("#/assess/{attempt_id}/2"));
        assert_eq!(state.attempt(&attempt_id).unwrap().position, 1, "saved");

        // Opened without an area (Resume): where it was left, in the address too.
        state.open(View::Start);
        state.open(View::Assess {
            attempt_id: attempt_id.clone(),
            area: None,
        });
        assert_eq!(current_fragment(), format!("#/assess/{attempt_id}/2"));

        // An area the framework does not have is shown as such and not saved.
        state.open(View::Assess {
            attempt_id: attempt_id.clone(),
            area: Some(99),
        });
        assert_eq!(state.attempt(&attempt_id).unwrap().position, 1);
    });
}

#[wasm_bindgen_test]
fn the_questions_and_review_of_a_finished_attempt_give_way_to_its_result() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        let attempt_id = state.store().get_untracked().in_progress[0].id.clone();
        state.finish(&attempt_id);
        let result = View::Results {
            attempt_id: attempt_id.clone(),
        };
        assert_eq!(state.view().get_untracked(), result);
        state.open(View::Review {
            attempt_id: attempt_id.clone(),
        });
        assert_eq!(state.view().get_untracked(), result);
        assert_eq!(current_fragment(), format!("#/results/{attempt_id}"));
    });
}

#[wasm_bindgen_test]
#[should_panic(expected = "no AppState in context")]
fn app_state_outside_the_app_is_a_loud_error() {
    with_owner(|| {
        let _ = yardstick::state::use_app_state();
    });
}

/// Fills this origin's storage with other keys until not one more character fits, as
/// another app on the origin or a long history would, and returns the keys written.
fn fill_storage() -> Vec<String> {
    let storage = local_storage();
    let mut keys = Vec::new();
    let mut size = 1 << 20;
    while size >= 1 {
        let key = format!("filler-{}", keys.len());
        if storage.set_item(&key, &"x".repeat(size)).is_ok() {
            keys.push(key);
        } else {
            size /= 4;
        }
    }
    keys
}

/// The fault injected for real: a full origin. Every answer stays in memory (none rolls
/// back an earlier one), the notice counts what is unsaved, and once space frees up the
/// next change saves all of it.
#[wasm_bindgen_test]
fn with_storage_full_no_answer_is_rolled_back_and_freeing_space_saves_them_all() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        let attempt_id = state.store().get_untracked().in_progress[0].id.clone();
        let statements: Vec<String> = framework
            .items()
            .filter(|(_, i)| {
                matches!(
                    i.kind,
                    yardstick::core::framework::ItemKind::Behaviour { .. }
                )
            })
            .map(|(_, i)| i.id.clone())
            .collect();
        let fillers = fill_storage();
        assert!(
            local_storage().set_item("one-more", "x").is_err(),
            "storage is full"
        );

        for (n, item) in statements.iter().enumerate() {
            state.answer(&attempt_id, item, Some(Answer::Rating { value: 4 }));
            let held = state.store().get_untracked();
            let answers = &held.attempt(&attempt_id).unwrap().answers;
            assert_eq!(answers.len(), n + 1, "every answer so far is held");
        }
        let unsaved = u32::try_from(statements.len()).unwrap();
        assert!(
            state
                .notices()
                .get_untracked()
                .contains(&Notice::QuotaExceeded { unsaved }),
            "{:?}",
            state.notices().get_untracked()
        );
        // A storage event from another tab does not wipe what this tab holds.
        state.reload_from_storage();
        assert_eq!(
            state
                .store()
                .get_untracked()
                .attempt(&attempt_id)
                .unwrap()
                .answers
                .len(),
            statements.len()
        );

        for key in fillers {
            local_storage().remove_item(&key).unwrap();
        }
        // Leaving the page saves what was pending, and the notice goes.
        state.save_pending();
        let store = saved_store();
        assert_eq!(
            store.attempt(&attempt_id).unwrap().answers.len(),
            statements.len()
        );
        assert!(!state
            .notices()
            .get_untracked()
            .iter()
            .any(|n| matches!(n, Notice::QuotaExceeded { .. })));
    });
}

/// Full at start-up is not blocked: what was saved loads, and the notice says new
/// answers cannot be saved yet.
#[wasm_bindgen_test]
fn a_full_storage_at_start_up_still_loads_what_was_saved() {
    clear();
    let saved_id = with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        state.store().get_untracked().in_progress[0].id.clone()
    });
    let fillers = fill_storage();
    let storage = BrowserStorage::open();
    assert!(storage.is_available(), "readable, so available");
    with_owner(|| {
        let state = AppState::new(storage);
        assert!(state.store().get_untracked().attempt(&saved_id).is_some());
        assert!(state
            .notices()
            .get_untracked()
            .contains(&Notice::QuotaExceeded { unsaved: 0 }));
        assert!(!state
            .notices()
            .get_untracked()
            .contains(&Notice::StorageUnavailable));
    });
    for key in fillers {
        local_storage().remove_item(&key).unwrap();
    }
}

/// Data that turns unreadable mid-session is copied aside before this tab writes over
/// it: an attempt's key and the index each end up in a dated backup, and the answers
/// this tab holds are kept.
#[wasm_bindgen_test]
fn corrupt_data_appearing_mid_session_is_set_aside_not_overwritten() {
    clear();
    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        let attempt_id = state.store().get_untracked().in_progress[0].id.clone();
        state.answer(&attempt_id, "plan-risks", Some(Answer::Rating { value: 4 }));

        stored()
            .set_item(&attempt_key(&attempt_id), "{garbage")
            .unwrap();
        state.answer(
            &attempt_id,
            "plan-surprise",
            Some(Answer::Rating { value: 2 }),
        );
        assert!(backups().iter().any(|(_, v)| v == "{garbage"));
        let answers = saved_store().attempt(&attempt_id).unwrap().answers.clone();
        assert_eq!(answers.len(), 2, "both answers kept: {answers:?}");

        stored().set_item(INDEX_KEY, "{broken index").unwrap();
        state.finish(&attempt_id);
        assert!(backups().iter().any(|(_, v)| v == "{broken index"));
        assert_eq!(saved_store().history.len(), 1);
        assert!(state.notices().get_untracked().iter().any(|n| matches!(
            n,
            Notice::CorruptData {
                backup: Some(_),
                ..
            }
        )));
    });
}

/// Two copies of the app on one origin keep apart: this copy's keys sit under the
/// scope of its path, and another copy's keys are neither read nor listed.
#[wasm_bindgen_test]
fn keys_are_stored_under_the_scope_of_the_apps_path() {
    clear();
    local_storage()
        .set_item("/another-copy/yardstick.test", "theirs")
        .unwrap();
    let storage = BrowserStorage::open();
    storage.write("yardstick.test", "ours").unwrap();
    let key = stored_key("yardstick.test");
    assert!(
        key.starts_with('/') && key.ends_with("/yardstick.test"),
        "{key}"
    );
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some("ours")
    );
    assert_eq!(local_storage().get_item("yardstick.test").unwrap(), None);
    assert_eq!(
        storage.entries_with_prefix("yardstick."),
        vec![("yardstick.test".to_string(), 8)]
    );
    storage.remove("yardstick.test");
    assert_eq!(
        local_storage()
            .get_item("/another-copy/yardstick.test")
            .unwrap()
            .as_deref(),
        Some("theirs"),
        "another copy's key is not ours to remove"
    );
    assert_eq!(name_of("/another-copy/yardstick.test"), None);
}

/// What a build from before scoping stored is moved under this copy's scope on
/// opening, byte for byte, and the app loads it; a key this copy already holds is not
/// overwritten, and keys of other apps are left alone.
#[wasm_bindgen_test]
fn unscoped_keys_of_earlier_builds_move_under_the_scope_and_load() {
    clear();
    let earlier = with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let framework = add_fixture_framework(&state);
        state.start(&framework);
        let id = state.store().get_untracked().in_progress[0].id.clone();
        state.answer(&id, "plan-risks", Some(Answer::Rating { value: 4 }));
        id
    });
    // Make it look as an earlier build left it: every key without a scope.
    let storage = local_storage();
    let ours: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| name_of(key).is_some())
        .collect();
    assert!(ours.len() >= 3, "index, attempt and framework: {ours:?}");
    let mut values = Vec::new();
    for key in &ours {
        let name = name_of(key).unwrap();
        let value = storage.get_item(key).unwrap().unwrap();
        storage.remove_item(key).unwrap();
        storage.set_item(&name, &value).unwrap();
        values.push((name, value));
    }
    storage.set_item("yardstick.backup.5", "unscoped").unwrap();
    stored()
        .set_item("yardstick.backup.5", "this copy's")
        .unwrap();
    storage.set_item("someone-else", "keep me").unwrap();

    with_owner(|| {
        let state = AppState::new(BrowserStorage::open());
        let store = state.store().get_untracked();
        let attempt = store.attempt(&earlier).expect("the earlier attempt loads");
        assert_eq!(attempt.answers.len(), 1);
    });
    for (name, value) in values {
        assert_eq!(storage.get_item(&name).unwrap(), None, "{name} moved");
        assert_eq!(
            stored().get_item(&name).unwrap(),
            Some(value),
            "{name} kept"
        );
    }
    assert_eq!(
        stored().get_item("yardstick.backup.5").unwrap().as_deref(),
        Some("this copy's")
    );
    assert_eq!(
        storage.get_item("yardstick.backup.5").unwrap().as_deref(),
        Some("unscoped"),
        "not moved over this copy's own key"
    );
    assert_eq!(
        storage.get_item("someone-else").unwrap().as_deref(),
        Some("keep me")
    );
}

/// The fault injected for real: storage too full to copy an unscoped key. The key
/// stays where it is, is still read and listed, and moves at a later opening once
/// there is room.
#[wasm_bindgen_test]
fn a_move_that_a_full_storage_refuses_loses_nothing() {
    clear();
    let storage = local_storage();
    let big = "b".repeat(200_000);
    storage.set_item("yardstick.backup.7", &big).unwrap();
    let fillers = fill_storage();
    let opened = BrowserStorage::open();
    assert_eq!(
        stored().get_item("yardstick.backup.7").unwrap(),
        None,
        "no room to copy"
    );
    assert_eq!(
        opened.read("yardstick.backup.7").as_deref(),
        Some(big.as_str())
    );
    assert_eq!(
        opened.entries_with_prefix("yardstick.backup"),
        vec![("yardstick.backup.7".to_string(), big.len() * 2)]
    );
    for key in fillers {
        storage.remove_item(&key).unwrap();
    }
    BrowserStorage::open();
    assert_eq!(storage.get_item("yardstick.backup.7").unwrap(), None);
    assert_eq!(
        stored().get_item("yardstick.backup.7").unwrap().as_deref(),
        Some(big.as_str())
    );
}
