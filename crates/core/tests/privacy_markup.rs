//! The "Your data" page's texts and table as markup: where the data is kept, a row per
//! kind of data with counts in singular and plural, the backup and other rows only when
//! there are any, the total only with storage, and the question before deleting.

mod markup;

use markup::{assert_unique_ids, parse, Element};
use yardstick_core::privacy_markup::{
    count_text, delete_everything_intro, delete_everything_question, privacy_intro, usage_table,
};
use yardstick_core::usage::{StorageUsage, Usage};

fn read(markup: &str) -> Element {
    let root = parse(markup);
    assert_unique_ids(&root);
    root
}

fn usage(backup: Option<usize>, other: usize) -> StorageUsage {
    StorageUsage {
        in_progress: Usage {
            count: 1,
            bytes: 2_000,
        },
        completed: Usage {
            count: 3,
            bytes: 12_595,
        },
        backups: backup
            .map(|bytes| {
                vec![yardstick_core::usage::Backup {
                    key: "yardstick.backup.1".into(),
                    bytes,
                    made_at: Some(1.0),
                }]
            })
            .unwrap_or_default(),
        invitations: 0,
        responses: 0,
        other: Usage {
            count: other,
            bytes: 10,
        },
        total_bytes: 20_000,
    }
}

fn row_heads(root: &Element) -> Vec<String> {
    root.all("tbody")[0]
        .all("th")
        .iter()
        .map(|th| th.text())
        .collect()
}

#[test]
fn the_table_has_a_row_per_kind_and_the_total_with_storage() {
    let root = read(&usage_table(&usage(None, 0), true));
    assert_eq!(
        root.by_id("usage-caption").unwrap().text(),
        "What Yardstick keeps in this browser's storage"
    );
    assert_eq!(
        row_heads(&root),
        ["Assessments in progress", "Finished results"]
    );
    let cells: Vec<String> = root.all("tbody")[0]
        .all("td")
        .iter()
        .map(|td| td.text())
        .collect();
    assert_eq!(cells[0], "1 attempt");
    assert_eq!(cells[2], "3 results");
    assert_eq!(cells[3], "12.3 KB");
    assert_eq!(root.all("tfoot").len(), 1);
    assert_eq!(root.all_with_class("p", "privacy-note").len(), 1);

    let with_more = read(&usage_table(&usage(Some(5), 1), true));
    assert_eq!(
        row_heads(&with_more),
        [
            "Assessments in progress",
            "Finished results",
            "Backups of saved data that could not be read",
            "Other Yardstick data"
        ]
    );
    assert!(with_more.text().contains("1 entry"));

    let mut with_feedback = usage(None, 0);
    with_feedback.invitations = 1;
    with_feedback.responses = 3;
    let with_feedback = read(&usage_table(&with_feedback, true));
    assert_eq!(
        row_heads(&with_feedback).last().map(String::as_str),
        Some("Feedback from others, kept inside the finished results")
    );
    assert!(with_feedback.text().contains("1 invitation, 3 responses"));

    let memory = read(&usage_table(&usage(None, 0), false));
    assert!(memory.text().contains("this page's memory"));
    assert!(
        memory.all("tfoot").is_empty() && memory.all_with_class("p", "privacy-note").is_empty()
    );
}

#[test]
fn the_texts_follow_whether_storage_is_available() {
    let stored = read(&privacy_intro(true));
    let headings: Vec<String> = stored.all("h2").iter().map(|h| h.text()).collect();
    assert_eq!(
        headings,
        ["Where it is kept", "Feedback from others", "What is kept"]
    );
    assert!(stored
        .text()
        .contains("When you answer someone else's invitation, nothing is kept"));
    assert!(stored.all_with_class("p", "callout").is_empty());
    let memory = read(&privacy_intro(false));
    assert!(memory
        .only("p", "callout")
        .text()
        .contains("this page's memory only"));

    assert!(read(&delete_everything_intro(true))
        .text()
        .contains("any backup"));
    assert!(!read(&delete_everything_intro(false))
        .text()
        .contains("any backup"));
}

#[test]
fn counts_and_the_question_before_deleting() {
    assert_eq!(
        count_text(Usage { count: 1, bytes: 0 }, "entry", "entries"),
        "1 entry"
    );
    assert_eq!(
        count_text(Usage { count: 0, bytes: 0 }, "entry", "entries"),
        "0 entries"
    );
    assert_eq!(
        delete_everything_question(&usage(Some(3), 0)),
        "Delete everything? That removes 1 assessment in progress, 3 finished results, the backup and anything else Yardstick keeps here. It cannot be undone."
    );
    assert!(!delete_everything_question(&usage(None, 0)).contains("backup"));
    let mut two = usage(Some(3), 0);
    two.backups.push(two.backups[0].clone());
    assert!(delete_everything_question(&two).contains(", the 2 backups and"));
}
