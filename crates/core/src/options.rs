//! URL options: how a host page or a link configures Yardstick. Parsing is strict and
//! forgiving at once: anything unknown or malformed is ignored with a warning, never an
//! error, so a typo in an embed snippet cannot break the widget.
//!
//! ```
//! use yardstick_core::options::{parse_options, Theme};
//! let pairs = [("role", "engineering-manager"), ("theme", "dark"), ("bogus", "1")]
//!     .map(|(k, v)| (k.to_string(), v.to_string()));
//! let (options, warnings) = parse_options(&pairs, |_| true);
//! assert_eq!(options.role.as_deref(), Some("engineering-manager"));
//! assert_eq!(options.theme, Theme::Dark);
//! assert_eq!(warnings.len(), 1);
//! ```

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlOptions {
    /// Framework id to open straight away, skipping the role picker.
    pub role: Option<String>,
    pub theme: Theme,
    /// Compact layout without the outer chrome, for iframes.
    pub embed: bool,
    /// Candidate-safe results: the narrative without numbers or levels.
    pub hide_scores: bool,
    /// A custom framework file: same origin or relative, never another site.
    pub framework_url: Option<String>,
    /// The only origin allowed to receive answers and results by postMessage.
    pub parent_origin: Option<String>,
}

/// Reads the options from the query's key/value pairs, already split and decoded (the
/// browser's `URLSearchParams` does that). `is_same_origin` says whether a framework
/// address resolves to the page's own origin; the browser's URL parser decides, as it
/// is what will fetch it.
pub fn parse_options(
    pairs: &[(String, String)],
    is_same_origin: impl Fn(&str) -> bool,
) -> (UrlOptions, Vec<String>) {
    let mut options = UrlOptions::default();
    let mut warnings = Vec::new();
    for (key, value) in pairs {
        let value = value.clone();
        let mut ignore = |why: &str| warnings.push(format!("Ignored {key}={value}: {why}"));
        match key.as_str() {
            "role" if is_id(&value) => options.role = Some(value),
            "role" => ignore("a role is a framework id of lowercase letters, digits and hyphens."),
            "theme" => match value.as_str() {
                "auto" => options.theme = Theme::Auto,
                "light" => options.theme = Theme::Light,
                "dark" => options.theme = Theme::Dark,
                _ => ignore("use light, dark or auto."),
            },
            "embed" => match value.as_str() {
                "1" | "true" => options.embed = true,
                "0" | "false" => options.embed = false,
                _ => ignore("use embed=1 or embed=0."),
            },
            "scores" => match value.as_str() {
                "hidden" => options.hide_scores = true,
                "shown" => options.hide_scores = false,
                _ => ignore("use scores=hidden or scores=shown."),
            },
            "framework" if value.trim().is_empty() => ignore("the framework URL is empty."),
            "framework" if is_same_origin(&value) => options.framework_url = Some(value),
            "framework" => ignore("a framework must come from this site, not another origin."),
            "parent-origin" => match normalise_origin(&value) {
                Ok(origin) => options.parent_origin = Some(origin),
                Err(why) => ignore(why),
            },
            _ => warnings.push(format!(
                "Ignored unknown option \"{key}\". Known options: role, theme, embed, scores, framework, parent-origin."
            )),
        }
    }
    (options, warnings)
}

fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// An origin is a scheme, host and optional port, nothing more; `*` is refused because
/// results must never go to just anyone.
pub fn normalise_origin(value: &str) -> Result<String, &'static str> {
    if value == "*" {
        return Err("results are never sent to every origin; name the host page's origin.");
    }
    let (scheme, rest) = value
        .split_once("://")
        .ok_or("an origin looks like https://intranet.example.com.")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err("an origin must start with https:// or http://.");
    }
    let host = rest.strip_suffix('/').unwrap_or(rest);
    let valid_host = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    if !valid_host {
        return Err("an origin has no path, query or fragment: just scheme, host and port.");
    }
    Ok(format!("{scheme}://{}", host.to_ascii_lowercase()))
}
