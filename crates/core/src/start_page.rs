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
use crate::html::escape;
use crate::route::View;

pub const BRAND: &str = "Yardstick";
pub const SKIP_LINK: &str = "Skip to content";
pub const START_HEADING: &str = "Leadership self-assessment";
pub const START_INTRO: &str = "Pick a role to see how your habits, choices and examples compare with what that role expects. It takes 10 to 15 minutes, you can stop and come back at any time, and your answers stay in this browser.";
pub const ROLES_HEADING: &str = "Choose a role";
/// The main navigation's entries, in order; the app's shell shows the same.
pub const NAV: [(&str, View); 4] = [
    ("Roles", View::Start),
    ("History", View::History),
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

/// The whole page frame of a first visit (header, start page with one card per role,
/// footer), as the app renders it for someone with nothing stored. The root carries
/// `id="prerendered"` so the app can find and replace it on mount.
pub fn prerendered_page(roles: &[BuiltIn]) -> String {
    let mut html = String::new();
    html.push_str("<div class=\"app\" id=\"prerendered\">");
    html.push_str(&format!(
        "<a class=\"skip-link\" href=\"#main\">{}</a>",
        escape(SKIP_LINK)
    ));
    html.push_str(&format!(
        "<header class=\"site-header\"><p class=\"brand\">{}</p><nav aria-label=\"Main\"><ul class=\"nav-list\">",
        escape(BRAND)
    ));
    // Real links: one followed before the app has mounted is picked up from the address.
    for (n, (label, view)) in NAV.iter().enumerate() {
        let current = if n == 0 { " aria-current=\"page\"" } else { "" };
        html.push_str(&format!(
            "<li><a href=\"{}\" class=\"nav-link\"{current}>{}</a></li>",
            escape(&view.address()),
            escape(label)
        ));
    }
    html.push_str("</ul></nav></header>");
    html.push_str("<div class=\"notices\" role=\"region\" aria-label=\"Notices\"></div>");
    html.push_str("<main id=\"main\" class=\"site-main\" tabindex=\"-1\">");
    html.push_str(&format!(
        "<section class=\"start\" aria-labelledby=\"start-heading\"><h1 id=\"start-heading\">{}</h1><p class=\"lead\">{}</p>",
        escape(START_HEADING),
        escape(START_INTRO)
    ));
    html.push_str(&format!(
        "<h2 class=\"section-heading\">{}</h2><ul class=\"role-grid\">",
        escape(ROLES_HEADING)
    ));
    for role in roles {
        let heading_id = format!("role-{}", escape(role.id));
        html.push_str(&format!(
            "<li class=\"role-card\"><article aria-labelledby=\"{heading_id}\"><h3 id=\"{heading_id}\">{}</h3><p>{}</p><p class=\"role-meta\">{}</p><div class=\"role-actions\"><button type=\"button\" class=\"button button-primary\">{}</button></div></article></li>",
            escape(role.title),
            escape(role.summary),
            escape(&role_meta(role.questions, role.areas, role.minutes)),
            escape(&start_label(role.title)),
        ));
    }
    html.push_str("</ul></section></main>");
    html.push_str(&format!(
        "<footer class=\"site-footer\"><p>{}</p></footer></div>",
        escape(FOOTER)
    ));
    html
}
