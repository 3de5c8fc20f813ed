//! The controls of the two feedback pages as markup: on a result's feedback page,
//! making the invitation, the link to send, adding responses and starting again; on
//! the observer's page, the response code to send back. Written as strings (see
//! [`crate::html`]) so the pages cost little WebAssembly; the pages handle every button
//! with one delegated listener that reads [`ACTION_ATTRIBUTE`].
//!
//! ```
//! use yardstick_core::feedback::page_markup::{link_step_markup, ACTION_ATTRIBUTE, COPY_LINK};
//! let html = link_step_markup("https://x.example/#/invite/oQ");
//! assert!(html.contains(&format!("{ACTION_ATTRIBUTE}=\"{COPY_LINK}\"")));
//! assert!(html.contains("value=\"https://x.example/#/invite/oQ\""));
//! ```

use super::invitation::SUBJECT_NAME_MAX_CHARS;
use crate::html::Html;

/// The `data-` attribute naming what a button does.
pub const ACTION_ATTRIBUTE: &str = "data-action";
pub const MAKE_INVITATION: &str = "make-invitation";
pub const COPY_LINK: &str = "copy-link";
pub const SHARE_LINK: &str = "share-link";
pub const ADD_PASTED: &str = "add-pasted";
pub const REMOVE_ASK: &str = "remove-ask";
pub const REMOVE_CONFIRM: &str = "remove-confirm";
pub const REMOVE_CANCEL: &str = "remove-cancel";
pub const BACK_TO_RESULT: &str = "back-to-result";
pub const COPY_CODE: &str = "copy-code";
pub const DOWNLOAD_CODE: &str = "download-code";

/// Ids of the fields the page reads.
pub const NAME_FIELD_ID: &str = "invite-name";
pub const LINK_FIELD_ID: &str = "invite-link";
pub const PASTE_FIELD_ID: &str = "response-paste";
pub const FILES_FIELD_ID: &str = "response-files";
pub const CODE_FIELD_ID: &str = "response-code";

fn button(html: &mut Html, action: &str, primary: bool, label: &str) {
    let class = if primary {
        "button button-primary"
    } else {
        "button"
    };
    html.element(
        "button",
        &[
            ("type", "button"),
            ("class", class),
            (ACTION_ATTRIBUTE, action),
        ],
        label,
    );
}

/// Before there is an invitation: how feedback works and the button that makes the
/// link. `not_ready` is why this role cannot be used for invitations, shown instead.
pub fn invite_step_markup(not_ready: Option<&str>) -> String {
    let mut html = Html::new();
    if let Some(why) = not_ready {
        html.element("p", &[("class", "callout"), ("role", "alert")], why);
        return html.finish();
    }
    html.open(
        "section",
        &[
            ("class", "feedback-step"),
            ("aria-labelledby", "invite-heading"),
        ],
    )
    .element("h2", &[("id", "invite-heading")], "Ask for feedback")
    .open("ol", &[("class", "feedback-how-list")]);
    for step in [
        "Make one link and send it to everyone you ask: at least three people, ideally five or more, such as peers, people who report to you and your manager.",
        "Each of them answers the same questions about you and gets a short response code, which they send back to you.",
        "You paste the codes here. Once three responses are in, you see their view beside yours.",
    ] {
        html.element("li", &[], step);
    }
    html.close("ol").element(
        "p",
        &[("class", "hint")],
        "Nothing is sent by Yardstick: the link and the codes travel however you and your colleagues choose, and the responses are kept with this result in this browser.",
    );
    let max = SUBJECT_NAME_MAX_CHARS.to_string();
    html.open("div", &[("class", "field")])
        .element(
            "label",
            &[("for", NAME_FIELD_ID)],
            "Your name, as colleagues will see it (optional)",
        )
        .empty(
            "input",
            &[
                ("id", NAME_FIELD_ID),
                ("type", "text"),
                ("maxlength", &max),
                ("autocomplete", "name"),
            ],
        )
        .close("div");
    button(&mut html, MAKE_INVITATION, true, "Make the invitation link");
    html.close("section");
    html.finish()
}

/// Step 1: the link to send, with Copy and Share.
pub fn link_step_markup(link: &str) -> String {
    let mut html = Html::new();
    html.open(
        "section",
        &[("class", "feedback-step"), ("aria-labelledby", "link-heading")],
    )
    .element("h2", &[("id", "link-heading")], "1. Send the link")
    .element(
        "p",
        &[],
        "Send the same link to everyone you ask. Each person answers in their own browser and gets a response code to send back to you.",
    )
    .element("label", &[("for", LINK_FIELD_ID)], "Invitation link")
    .empty(
        "input",
        &[
            ("id", LINK_FIELD_ID),
            ("type", "text"),
            ("readonly", ""),
            ("class", "share-link"),
            ("value", link),
        ],
    )
    .open("div", &[("class", "results-actions-group")]);
    button(&mut html, COPY_LINK, true, "Copy link");
    button(&mut html, SHARE_LINK, false, "Share…");
    html.close("div").close("section");
    html.finish()
}

/// Step 2's controls: paste codes or pick files.
pub fn add_step_markup() -> String {
    let mut html = Html::new();
    html.open(
        "section",
        &[
            ("class", "feedback-step"),
            ("aria-labelledby", "add-heading"),
        ],
    )
    .element("h2", &[("id", "add-heading")], "2. Add the responses")
    .open("div", &[("class", "field")])
    .element(
        "label",
        &[("for", PASTE_FIELD_ID)],
        "Paste response codes (one or more)",
    )
    .empty("textarea", &[("id", PASTE_FIELD_ID), ("rows", "3")]);
    button(&mut html, ADD_PASTED, false, "Add pasted codes");
    html.close("div")
        .open("div", &[("class", "field")])
        .element(
            "label",
            &[("for", FILES_FIELD_ID)],
            "Or choose response files (.json)",
        )
        .empty(
            "input",
            &[
                ("id", FILES_FIELD_ID),
                ("type", "file"),
                ("multiple", ""),
                ("accept", ".json,application/json"),
            ],
        )
        .close("div")
        .close("section");
    html.finish()
}

/// What the last addition found, one line per code or file; `""` for none.
pub fn details_markup(details: &[String]) -> String {
    if details.is_empty() {
        return String::new();
    }
    let mut html = Html::new();
    html.open(
        "ul",
        &[
            ("class", "team-details"),
            ("aria-label", "What the last addition found"),
        ],
    );
    for line in details {
        html.element("li", &[], line);
    }
    html.close("ul");
    html.finish()
}

/// "Start again", with its confirmation step while `confirming`, and the way back to
/// the result.
pub fn remove_step_markup(confirming: bool) -> String {
    let mut html = Html::new();
    html.open(
        "section",
        &[("class", "feedback-step"), ("aria-labelledby", "remove-heading")],
    )
    .element("h2", &[("id", "remove-heading")], "Start again")
    .element(
        "p",
        &[("class", "hint")],
        "Removes this invitation and every response added to it from this browser. Codes people send for the old link can no longer be added.",
    );
    if confirming {
        html.open(
            "div",
            &[
                ("class", "confirm"),
                ("role", "group"),
                ("aria-label", "Confirm removing the feedback"),
            ],
        )
        .element(
            "p",
            &[],
            "Remove the invitation and all responses for this result?",
        );
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button button-danger"),
                (ACTION_ATTRIBUTE, REMOVE_CONFIRM),
                ("id", "remove-confirm"),
            ],
            "Yes, remove them",
        );
        button(&mut html, REMOVE_CANCEL, false, "Keep them");
        html.close("div");
    } else {
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                (ACTION_ATTRIBUTE, REMOVE_ASK),
                ("id", "remove-ask"),
            ],
            "Remove the invitation and responses",
        );
    }
    html.close("section");
    html.finish()
}

/// The observer's response: the code to send, Copy and Download, and what to do next.
pub fn response_markup(code: &str, who: &str) -> String {
    let mut html = Html::new();
    html.open(
        "section",
        &[
            ("class", "feedback-step observer-response"),
            ("aria-labelledby", "response-heading"),
        ],
    )
    .element(
        "h2",
        &[("id", "response-heading"), ("tabindex", "-1")],
        "Your response code",
    )
    .element(
        "p",
        &[],
        &format!("Send it to {who} by chat, email or any way you like; they paste it into their feedback page. If you change an answer above, make the code again: the new code replaces this one."),
    )
    .element("label", &[("for", CODE_FIELD_ID)], "Response code")
    .element(
        "textarea",
        &[
            ("id", CODE_FIELD_ID),
            ("class", "share-link"),
            ("readonly", ""),
            ("rows", "3"),
            ("data-testid", "response-code"),
        ],
        code,
    )
    .open("div", &[("class", "results-actions-group")]);
    button(&mut html, COPY_CODE, true, "Copy code");
    button(&mut html, DOWNLOAD_CODE, false, "Download as a file");
    html.close("div")
        .element(
            "p",
            &[("class", "hint")],
            "Nothing was stored in this browser. Once you have sent the code, you can close this page.",
        )
        .close("section");
    html.finish()
}
