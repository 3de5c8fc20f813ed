//! Exporting the whole history and reading export files back, all or nothing, and the
//! messages the history page gives about both.

mod common;

use proptest::prelude::*;
use serde_json::{json, Value};
use yardstick_core::export::{export_json, ImportError};
use yardstick_core::transfer::{
    export_all_json, export_message, import_message, import_refused_message, read_import,
    unreadable_file_message, ImportProblem, ImportedResult, MAX_IMPORT_FILE_BYTES,
};

use common::{completed_attempt, fixture, fixture_v2};

#[test]
fn whole_history_export_is_re_importable() {
    let v1 = fixture();
    let v2 = fixture_v2();
    let a = completed_attempt(&v1, "a", 1.0, &[Some(true), Some(false)]);
    let b = completed_attempt(&v2, "b", 2.0, &[Some(false), None]);
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
    let a = completed_attempt(&framework, "a", 1.0, &[Some(true), Some(true)]);
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
fn import_messages_count_what_was_new() {
    let result = |title: &str, new: bool| ImportedResult {
        role_title: title.into(),
        completed: "21 November 2026".into(),
        new,
    };
    assert_eq!(
        import_message(&[result("Engineering Manager", true)]),
        "Imported: Engineering Manager, completed 21 November 2026"
    );
    assert_eq!(
        import_message(&[result("Engineering Manager", false)]),
        "That result is already in your history"
    );
    let two_old = [result("A", false), result("B", false)];
    assert_eq!(
        import_message(&two_old),
        "All 2 results in that file are already in your history"
    );
    assert_eq!(
        import_message(&[result("A", true), result("B", true)]),
        "Imported 2 results"
    );
    assert_eq!(
        import_message(&[result("A", true), result("B", false)]),
        "Imported 1 result; the other one was already in your history"
    );
    assert_eq!(
        import_message(&[
            result("A", true),
            result("B", true),
            result("C", false),
            result("D", false)
        ]),
        "Imported 2 results; the other 2 were already in your history"
    );
}

#[test]
fn refusals_and_exports_are_worded_for_people() {
    assert_eq!(
        import_refused_message("notes.json", &ImportProblem::EmptyList),
        "\u{201c}notes.json\u{201d} was not imported. The file holds an empty list, so there is nothing to import. Nothing in your history was changed."
    );
    assert_eq!(
        unreadable_file_message("The file could not be read."),
        "The file could not be read. Nothing was imported."
    );
    assert_eq!(
        export_message("h.json", 3, 0),
        "Download started: h.json, with 3 results."
    );
    assert_eq!(
        export_message("h.json", 1, 1),
        "Download started: h.json, with 1 result. 1 result for a role this version of Yardstick does not have was left out."
    );
    assert_eq!(
        export_message("h.json", 2, 4),
        "Download started: h.json, with 2 results. 4 results for roles this version of Yardstick does not have were left out."
    );
}

/// A backup downloaded from "Your data" is saved state, not an export: importing it
/// brings back the finished results it holds, and one this build cannot read says why.
#[test]
fn a_backup_of_saved_state_imports_its_finished_results() {
    let framework = common::fixture();
    let done = common::completed_attempt(&framework, "done", 9.0, &[Some(true), Some(true)]);
    let mut store = yardstick_core::store::Store::new();
    store.history.push(done.clone());
    store
        .in_progress
        .push(yardstick_core::attempt::Attempt::new(
            &framework,
            "open".into(),
            1.0,
        ));
    let backup = yardstick_core::store::encode(&store);
    let imported = read_import(&backup, |_| true).unwrap();
    assert_eq!(imported.len(), 1, "finished results only");
    assert_eq!(imported[0].attempt, done);

    let newer = r#"{"schema":99,"history":[]}"#;
    assert_eq!(
        read_import(newer, |_| true).unwrap_err().to_string(),
        "The file is a backup of saved data, but it was written by a newer Yardstick (format 99)."
    );
    let empty = yardstick_core::store::encode(&yardstick_core::store::Store::new());
    assert_eq!(
        read_import(&empty, |_| true).unwrap_err().to_string(),
        "The file is a backup of saved data, but it holds no finished result."
    );
}
