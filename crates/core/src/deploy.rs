//! What the deployer allows when the app is embedded, and what the person is told.
//!
//! Whoever writes an iframe picks its `parent-origin`, so on its own that option lets any
//! page that frames the widget name itself as the receiver of results. The deployer
//! closes that at deploy time with a small file published beside the app,
//! [`DEPLOY_CONFIG_FILE`]:
//!
//! ```json
//! { "allowed_parent_origins": ["https://intranet.example.com"] }
//! ```
//!
//! - `null` or absent: no list. A named `parent-origin` receives results once the
//!   widget has checked that its real parent is that origin.
//! - a list: only those origins may embed the widget at all. Framed by any other page
//!   (or by one whose origin it cannot tell), the widget does not run embedded and
//!   offers to open in its own tab: the defence against framing that a meta CSP cannot
//!   give. A `parent-origin` not on the list is refused with a console warning.
//!
//! ```
//! use yardstick_core::deploy::{decide, parse_deploy_config, Embedding};
//! let (config, _) = parse_deploy_config(r#"{"allowed_parent_origins": ["https://intranet.example.com"]}"#);
//! let (embedding, _) = decide(&config, true, Some("https://intranet.example.com"), Some("https://intranet.example.com"), None);
//! assert_eq!(embedding, Embedding::Embedded { receiver: Some("https://intranet.example.com".into()) });
//! let (embedding, _) = decide(&config, true, None, Some("https://elsewhere.example"), None);
//! assert_eq!(embedding, Embedding::Refused { parent: Some("https://elsewhere.example".into()) });
//! ```

use serde_json::Value;

use crate::attempt::Attempt;
use crate::framework::{Framework, ItemKind};
use crate::options::normalise_origin;

/// The deploy configuration's file name, beside `index.html`.
pub const DEPLOY_CONFIG_FILE: &str = "yardstick.config.json";
/// Largest configuration read; a list of origins is a few hundred bytes.
pub const MAX_DEPLOY_CONFIG_BYTES: usize = 16 * 1024;

/// What the deployer fixed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeployConfig {
    /// The origins that may embed the widget and receive results; `None` when the
    /// deployer set no list.
    pub allowed_parent_origins: Option<Vec<String>>,
}

/// Reads the configuration. What cannot be read is ignored with a warning, except a
/// list that cannot be read at all: that is taken as an empty list, so a broken file
/// fails closed (nobody may embed) rather than open.
pub fn parse_deploy_config(text: &str) -> (DeployConfig, Vec<String>) {
    let mut warnings = Vec::new();
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        warnings.push(format!(
            "{DEPLOY_CONFIG_FILE} is not JSON, so no page may embed this copy until it is fixed."
        ));
        return (
            DeployConfig {
                allowed_parent_origins: Some(Vec::new()),
            },
            warnings,
        );
    };
    let list = match value.get("allowed_parent_origins") {
        None | Some(Value::Null) => None,
        Some(Value::Array(entries)) => {
            let mut origins = Vec::new();
            for entry in entries {
                match entry.as_str().map(normalise_origin) {
                    Some(Ok(origin)) => origins.push(origin),
                    // Named by its text only: printing any JSON value would bring in
                    // serde_json's writer, kilobytes of WebAssembly for a warning.
                    Some(Err(why)) => warnings.push(format!(
                        "{DEPLOY_CONFIG_FILE}: ignored \"{}\": {why}",
                        entry.as_str().unwrap_or_default()
                    )),
                    None => warnings.push(format!(
                        "{DEPLOY_CONFIG_FILE}: ignored an entry that is not text: an origin is a string such as \"https://intranet.example.com\"."
                    )),
                }
            }
            Some(origins)
        }
        Some(_) => {
            warnings.push(format!(
                "{DEPLOY_CONFIG_FILE}: allowed_parent_origins must be a list of origins or null; no page may embed this copy until it is fixed."
            ));
            Some(Vec::new())
        }
    };
    (
        DeployConfig {
            allowed_parent_origins: list,
        },
        warnings,
    )
}

/// How the widget runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Embedding {
    /// In a tab of its own.
    NotEmbedded,
    /// In a frame it may run in; `receiver` is the origin that gets progress and
    /// results, when there is one.
    Embedded { receiver: Option<String> },
    /// Framed by a page the deployer did not allow (`parent`: its origin, when known).
    Refused { parent: Option<String> },
}

impl Embedding {
    pub fn receiver(&self) -> Option<&str> {
        match self {
            Embedding::Embedded { receiver } => receiver.as_deref(),
            _ => None,
        }
    }
}

/// Decides how the widget runs: whether it is in a frame, the `parent-origin` option,
/// and the origin of the page that really frames it (`location.ancestorOrigins`, or the
/// referrer; `None` when neither tells). A page of the widget's own origin may always
/// frame it (it can read the same storage anyway), given as `own_origin`. Returns
/// warnings for the console.
pub fn decide(
    config: &DeployConfig,
    embedded: bool,
    parent_origin: Option<&str>,
    real_parent: Option<&str>,
    own_origin: Option<&str>,
) -> (Embedding, Vec<String>) {
    let mut warnings = Vec::new();
    if !embedded {
        return (Embedding::NotEmbedded, warnings);
    }
    let real_parent = real_parent.and_then(|p| normalise_origin(p).ok());
    if let Some(allowed) = &config.allowed_parent_origins {
        let parent_allowed = real_parent
            .as_ref()
            .is_some_and(|parent| allowed.contains(parent) || Some(parent.as_str()) == own_origin);
        if !parent_allowed {
            warnings.push(format!(
                "Yardstick: this copy may be embedded only by {}; {} is not one of them, so it will not run here.",
                if allowed.is_empty() { "no page".to_string() } else { allowed.join(", ") },
                real_parent.as_deref().unwrap_or("a page whose origin cannot be told")
            ));
            return (
                Embedding::Refused {
                    parent: real_parent,
                },
                warnings,
            );
        }
        if let Some(named) = parent_origin {
            if !allowed.iter().any(|a| a == named) && Some(named) != own_origin {
                warnings.push(format!(
                    "Yardstick: ignored parent-origin={named}: it is not in {DEPLOY_CONFIG_FILE}, so nothing is sent to it."
                ));
                return (Embedding::Embedded { receiver: None }, warnings);
            }
        }
    }
    let receiver = match (parent_origin, real_parent.as_deref()) {
        (None, _) => None,
        (Some(named), Some(parent)) if named == parent => Some(named.to_string()),
        (Some(named), parent) => {
            warnings.push(format!(
                "Yardstick: ignored parent-origin={named}: the page embedding this one is {}, so nothing is sent.",
                parent.unwrap_or("of an origin that cannot be told")
            ));
            None
        }
    };
    (Embedding::Embedded { receiver }, warnings)
}

/// What a page the deployer did not allow sees instead of the app (`parent`: its
/// origin, when the browser tells).
pub fn refusal_message(parent: Option<&str>) -> String {
    match parent {
        Some(origin) => format!("The page at {origin} is not one this copy of Yardstick may be part of, so it does not run here: your answers could be read by that page."),
        None => "This copy of Yardstick may be part of certain pages only, and this page's address cannot be checked, so it does not run here.".to_string(),
    }
}

/// The footer's sentence: where the person's answers go.
pub fn footer_text(receiver: Option<&str>) -> String {
    match receiver {
        None => crate::start_page::FOOTER.to_string(),
        Some(origin) => format!(
            "Your answers are saved in this browser. When you finish, your result is sent to {origin}, the page this assessment is part of."
        ),
    }
}

/// What is sent to the receiving page, for the review before Finish and the privacy
/// page. With scores hidden the person is told the host still gets them.
pub fn disclosure(origin: &str, hide_scores: bool) -> String {
    let scores = if hide_scores {
        "your answers and your result, including the scores and levels this page does not show you"
    } else {
        "your answers and your result (scores and levels)"
    };
    format!(
        "This assessment is part of a page at {origin}. When you finish, {scores} are sent to that page, and while you answer it is told how many questions you have answered. Your written examples are sent only if you choose to include them."
    )
}

/// The attempt without the person's written examples (evidence answers), as sent to a
/// receiving page unless the person chose to include them.
pub fn without_examples(framework: &Framework, attempt: &Attempt) -> Attempt {
    let mut kept = attempt.clone();
    for item in framework.dimensions.iter().flat_map(|d| d.items.iter()) {
        if matches!(item.kind, ItemKind::Evidence { .. }) {
            kept.answers.remove(&item.id);
        }
    }
    kept
}

/// Whether `framework` asks for written examples at all (the review offers the choice
/// only then).
pub fn has_examples(framework: &Framework) -> bool {
    framework
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter())
        .any(|i| matches!(i.kind, ItemKind::Evidence { .. }))
}
