//! The "Your data" page's static parts as markup: where the data is kept, the table of
//! what is kept and how much, and what deleting everything removes. The privacy view
//! inserts each in one step (the table again whenever storage changes); its buttons,
//! the confirm step and the messages stay interactive views.

use crate::html::Html;
use crate::usage::{format_bytes, StorageUsage, Usage};

/// `"1 attempt"`, `"3 attempts"`.
pub fn count_text(usage: Usage, one: &str, many: &str) -> String {
    if usage.count == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", usage.count)
    }
}

/// The question the "Delete everything" button asks first.
pub fn delete_everything_question(usage: &StorageUsage) -> String {
    let backup = match usage.backups.len() {
        0 => String::new(),
        1 => ", the backup".to_string(),
        n => format!(", the {n} backups"),
    };
    format!(
        "Delete everything? That removes {}, {}{backup} and anything else Yardstick keeps here. It cannot be undone.",
        count_text(usage.in_progress, "assessment in progress", "assessments in progress"),
        count_text(usage.completed, "finished result", "finished results"),
    )
}

/// The lead and "Where it is kept"; `available` says whether the browser lets
/// Yardstick save anything.
pub fn privacy_intro(available: bool) -> String {
    let mut html = Html::new();
    html.element(
        "p",
        &[("class", "lead")],
        "Yardstick runs entirely in your browser. Your answers and results are never sent anywhere: there is no server, no account and no tracking.",
    )
    .element("h2", &[("class", "section-heading")], "Where it is kept");
    if available {
        html.element(
            "p",
            &[],
            "Yardstick saves your answers and results in this browser's local storage, under this site's address and filed under the folder this copy is served from, so another copy of Yardstick on the same site keeps its own. Other sites cannot read them, but other pages served from the same address can (on a shared host such as GitHub Pages, every project of the same owner shares one), and another browser or device will not see them. They stay until you delete them here or clear this site's data in your browser's settings.",
        );
    } else {
        html.element(
            "p",
            &[("class", "callout")],
            "This browser is not letting Yardstick save anything (private browsing or an embedded frame can do that), so everything is kept in this page's memory only and is gone when you reload or close the page. Nothing has been written to this browser's storage.",
        );
    }
    html.element("h2", &[("class", "section-heading")], "Feedback from others")
        .element(
            "p",
            &[],
            "When you ask colleagues for feedback on a result, its invitation and each response code you add are kept with that result, in the same place, and go with it when you download it. A response code carries one colleague's answers; Yardstick shows them only as averages of three or more people, except your manager's, which is shown on its own.",
        )
        .element(
            "p",
            &[],
            "When you answer someone else's invitation, nothing is kept: your answers stay in the page until you make your response code, and leave this browser only if you send the code yourself.",
        );
    html.element("h2", &[("class", "section-heading")], "What is kept");
    html.finish()
}

/// The table of what is kept, with the note on sizes when storage is available.
pub fn usage_table(usage: &StorageUsage, available: bool) -> String {
    let place = if available {
        "this browser's storage"
    } else {
        "this page's memory"
    };
    let mut html = Html::new();
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("role", "region"),
            ("aria-labelledby", "usage-caption"),
            ("tabindex", "0"),
        ],
    )
    .open("table", &[("class", "usage-table")])
    .element(
        "caption",
        &[("id", "usage-caption")],
        &format!("What Yardstick keeps in {place}"),
    )
    .open("thead", &[])
    .open("tr", &[]);
    for heading in ["What", "How many", "Size"] {
        html.element("th", &[("scope", "col")], heading);
    }
    html.close("tr").close("thead").open("tbody", &[]);
    let mut row = |what: &str, count: &str, bytes: usize| {
        html.open("tr", &[])
            .element("th", &[("scope", "row")], what)
            .element("td", &[], count)
            .element("td", &[], &format_bytes(bytes))
            .close("tr");
    };
    row(
        "Assessments in progress",
        &count_text(usage.in_progress, "attempt", "attempts"),
        usage.in_progress.bytes,
    );
    row(
        "Finished results",
        &count_text(usage.completed, "result", "results"),
        usage.completed.bytes,
    );
    if !usage.backups.is_empty() {
        let count = Usage {
            count: usage.backups.len(),
            bytes: usage.backups.iter().map(|b| b.bytes).sum(),
        };
        row(
            "Backups of saved data that could not be read",
            &count_text(count, "backup", "backups"),
            count.bytes,
        );
    }
    if usage.other.count > 0 {
        row(
            "Other Yardstick data",
            &count_text(usage.other, "entry", "entries"),
            usage.other.bytes,
        );
    }
    if usage.invitations > 0 {
        let invitations = if usage.invitations == 1 {
            "1 invitation".to_string()
        } else {
            format!("{} invitations", usage.invitations)
        };
        let responses = if usage.responses == 1 {
            "1 response".to_string()
        } else {
            format!("{} responses", usage.responses)
        };
        html.open("tr", &[])
            .element(
                "th",
                &[("scope", "row")],
                "Feedback from others, kept inside the finished results",
            )
            .element("td", &[], &format!("{invitations}, {responses}"))
            .element("td", &[], "Included above")
            .close("tr");
    }
    html.close("tbody");
    if available {
        html.open("tfoot", &[])
            .open("tr", &[])
            .element(
                "th",
                &[("scope", "row"), ("colspan", "2")],
                "Total in this browser's storage",
            )
            .element("td", &[], &format_bytes(usage.total_bytes))
            .close("tr")
            .close("tfoot");
    }
    html.close("table").close("div");
    if available {
        html.element(
            "p",
            &[("class", "privacy-note")],
            "Sizes of attempts are measured on their saved text; the total also includes a little bookkeeping.",
        );
    }
    html.finish()
}

/// "Delete everything" and what it removes.
pub fn delete_everything_intro(available: bool) -> String {
    let mut html = Html::new();
    html.element("h2", &[("class", "section-heading")], "Delete everything")
        .element(
            "p",
            &[],
            if available {
                "This removes every assessment in progress, every finished result and any backup from this browser's storage. It cannot be undone."
            } else {
                "This removes every assessment in progress and every finished result from this page's memory. It cannot be undone."
            },
        );
    html.finish()
}
