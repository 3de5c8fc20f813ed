//! Storage keys scoped by the app's path, and the move of unscoped keys.

use yardstick_core::key_scope::{legacy_moves, scope_of_path, scoped, unscoped, Move};

#[test]
fn the_scope_is_the_directory_the_app_is_served_from() {
    assert_eq!(scope_of_path("/"), "/");
    assert_eq!(scope_of_path("/index.html"), "/");
    assert_eq!(scope_of_path("/yardstick/"), "/yardstick/");
    assert_eq!(scope_of_path("/yardstick/index.html"), "/yardstick/");
    assert_eq!(scope_of_path("/a/b/c/"), "/a/b/c/");
    assert_eq!(scope_of_path(""), "/");
    assert_eq!(scope_of_path("odd"), "/");
}

#[test]
fn a_key_belongs_to_exactly_one_scope() {
    let root = scoped("/", "yardstick.index");
    let project = scoped("/yardstick/", "yardstick.index");
    let nested = scoped("/yardstick/copy/", "yardstick.index");
    assert_eq!(unscoped("/", &root), Some("yardstick.index"));
    assert_eq!(
        unscoped("/", &project),
        None,
        "a project site is not the root's"
    );
    assert_eq!(unscoped("/yardstick/", &project), Some("yardstick.index"));
    assert_eq!(unscoped("/yardstick/", &nested), None);
    assert_eq!(
        unscoped("/yardstick/copy/", &nested),
        Some("yardstick.index")
    );
    assert_eq!(unscoped("/yardstick/", "/yardstick/other-app.key"), None);
    assert_eq!(
        unscoped("/", "yardstick.index"),
        None,
        "unscoped is not scoped"
    );
}

#[test]
fn unscoped_keys_move_attempts_first_and_the_index_last_without_overwriting() {
    let keys: Vec<String> = [
        "yardstick.index",
        "yardstick.state",
        "yardstick.backup.1",
        "yardstick.attempt.a",
        "yardstick.framework.x@1",
        "yardstick.attempt.b",
        "/app/yardstick.backup.1",
        "/other/yardstick.index",
        "someone-else",
    ]
    .map(String::from)
    .to_vec();
    let moves = legacy_moves("/app/", &keys);
    let step = |name: &str| Move {
        from: name.to_string(),
        to: format!("/app/{name}"),
    };
    assert_eq!(
        moves,
        vec![
            step("yardstick.attempt.a"),
            step("yardstick.attempt.b"),
            step("yardstick.framework.x@1"),
            step("yardstick.state"),
            step("yardstick.index"),
        ],
        "the backup this copy already holds under its scope stays unmoved"
    );
    let moved: Vec<String> = moves.iter().map(|m| m.to.clone()).collect();
    assert!(
        legacy_moves("/app/", &moved).is_empty(),
        "nothing left to move"
    );
}
