//! The start page's words, and its markup for a first visit rendered ahead of time.
//!
//! The build writes [`prerendered_page`] into `index.html` (`src/bin/prerender.rs`, run
//! by the post-build hook), so a visitor reads the role list before the WebAssembly has
//! arrived; the app replaces it on mount with the same words in the same boxes. Both read
//! the texts below, and an end-to-end test compares the two pages, so they cannot drift.
//!
//! ```
//! use yardstick_core::builtin::BUILT_IN;
//! use yardstick_core::start_page::{prerendered_page, role_meta};
//!
//! let html = prerendered_page(&BUILT_IN);
//! assert!(html.contains(&role_meta(BUILT_IN[0].questions, BUILT_IN[0].areas, BUILT_IN[0].minutes)));
//! ```

use crate::builtin::BuiltIn;
use crate::html::Html;
use crate::route::View;

pub const BRAND: &str = "Yardstick";
pub const SKIP_LINK: &str = "Skip to content";
pub const START_HEADING: &str = "Leadership self-assessment";
pub const START_INTRO: &str = "Pick a role to see how your habits, choices and examples compare with what that role expects. Each takes about a quarter of an hour (its card says how long), you can stop and come back at any time, and your answers stay in this browser.";
pub const ROLES_HEADING: &str = "Choose a role";
/// The main navigation's entries, in order; the app's shell shows the same.
pub const NAV: [(&str, View); 5] = [
    ("Roles", View::Start),
    ("History", View::History),
    ("Team", View::Team),
    ("Your data", View::Privacy),
    ("Embed", View::Embed),
];
pub const FOOTER: &str = "Your answers stay in this browser. Nothing is sent anywhere.";

/// The line under a role's summary: its size and how long it takes.
pub fn role_meta(questions: usize, areas: usize, minutes: u64) -> String {
    let questions = match questions {
        1 => "1 question".to_string(),
        n => format!("{n} questions"),
    };
    let areas = match areas {
        1 => "1 area".to_string(),
        n => format!("{n} areas"),
    };
    let minutes = match minutes {
        1 => "about 1 minute".to_string(),
        n => format!("about {n} minutes"),
    };
    format!("{questions} in {areas} \u{b7} {minutes}")
}

/// The label of a role card's start button.
pub fn start_label(title: &str) -> String {
    format!("Start {title}")
}

/// The label of a role card's button that makes an invitation before answering.
pub const ASK_OTHERS_LABEL: &str = "Ask others for feedback";

/// The label of an in-progress banner's button to the invitation it holds.
///
/// ```
/// use yardstick_core::start_page::feedback_label;
/// assert_eq!(feedback_label(1), "Feedback from others (1 response)");
/// assert_eq!(feedback_label(0), "Feedback from others (0 responses)");
/// ```
pub fn feedback_label(responses: usize) -> String {
    match responses {
        1 => "Feedback from others (1 response)".to_string(),
        n => format!("Feedback from others ({n} responses)"),
    }
}

/// The whole page frame of a first visit (header, start page with one card per role,
/// footer), as the app renders it for someone with nothing stored. The root carries
/// `id="prerendered"` so the app can find and replace it on mount.
pub fn prerendered_page(roles: &[BuiltIn]) -> String {
    let mut html = Html::new();
    html.open("div", &[("class", "app"), ("id", "prerendered")])
        .element("a", &[("class", "skip-link"), ("href", "#main")], SKIP_LINK)
        .open("header", &[("class", "site-header")])
        .element("p", &[("class", "brand")], BRAND)
        .open("nav", &[("aria-label", "Main")])
        .open("ul", &[("class", "nav-list")]);
    // Real links: one followed before the app has mounted is picked up from the address.
    for (n, (label, view)) in NAV.iter().enumerate() {
        let href = view.address();
        let mut link = vec![("href", href.as_str()), ("class", "nav-link")];
        if n == 0 {
            link.push(("aria-current", "page"));
        }
        html.open("li", &[]).element("a", &link, label).close("li");
    }
    html.close("ul")
        .close("nav")
        .close("header")
        .empty(
            "div",
            &[
                ("class", "notices"),
                ("role", "region"),
                ("aria-label", "Notices"),
            ],
        )
        .open(
            "main",
            &[("id", "main"), ("class", "site-main"), ("tabindex", "-1")],
        )
        .open(
            "section",
            &[("class", "start"), ("aria-labelledby", "start-heading")],
        )
        .element("h1", &[("id", "start-heading")], START_HEADING)
        .element("p", &[("class", "lead")], START_INTRO)
        .element("h2", &[("class", "section-heading")], ROLES_HEADING)
        .open("ul", &[("class", "role-grid")]);
    for role in roles {
        let heading_id = format!("role-{}", role.id);
        html.open("li", &[("class", "role-card")])
            .open("article", &[("aria-labelledby", &heading_id)])
            .element("h3", &[("id", &heading_id)], role.title)
            .element("p", &[], role.summary)
            .element(
                "p",
                &[("class", "role-meta")],
                &role_meta(role.questions, role.areas, role.minutes),
            )
            .open("div", &[("class", "role-actions")])
            .element(
                "button",
                &[("type", "button"), ("class", "button button-primary")],
                &start_label(role.title),
            )
            // Built-ins all have observer wording, so each card offers invitations.
            .element(
                "button",
                &[("type", "button"), ("class", "button button-quiet")],
                ASK_OTHERS_LABEL,
            )
            .close("div")
            .close("article")
            .close("li");
    }
    html.close("ul")
        .close("section")
        .close("main")
        .open("footer", &[("class", "site-footer")])
        .element("p", &[], FOOTER)
        .close("footer")
        .close("div");
    html.finish()
}
