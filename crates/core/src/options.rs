//! URL options: how a host page or a link configures Yardstick. Parsing is strict and
//! forgiving at once: anything unknown or malformed is ignored with a warning, never an
//! error, so a typo in an embed snippet cannot break the widget.
//!
//! ```
//! use yardstick_core::options::{parse_options, Theme};
//! let (options, warnings) = parse_options("?role=engineering-manager&theme=dark&bogus=1", "https://example.org");
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

/// Parses a query string (with or without the leading `?`). `page_origin` is the app's
/// own origin, e.g. `https://example.org`, used to accept absolute same-origin URLs.
pub fn parse_options(query: &str, page_origin: &str) -> (UrlOptions, Vec<String>) {
    let mut options = UrlOptions::default();
    let mut warnings = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            warnings.push(format!(
                "Ignored \"{pair}\": it is not correctly URL-encoded."
            ));
            continue;
        };
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
            "framework" => match same_origin_reference(&value, page_origin) {
                Ok(url) => options.framework_url = Some(url),
                Err(why) => ignore(why),
            },
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

/// Accepts a relative reference or an absolute URL on `page_origin`; refuses other
/// origins and schemes such as `javascript:` or `data:`.
fn same_origin_reference(value: &str, page_origin: &str) -> Result<String, &'static str> {
    if value.is_empty() {
        return Err("the framework URL is empty.");
    }
    if value.chars().any(|c| c.is_control() || c == '\\') {
        return Err("the framework URL contains characters a URL cannot have.");
    }
    if value.starts_with("//") {
        return Err("a framework must come from this site, not another origin.");
    }
    let has_scheme = value.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && !scheme.contains('/')
    });
    if has_scheme {
        let on_this_origin = value
            .strip_prefix(page_origin)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        if !on_this_origin {
            return Err("a framework must come from this site, not another origin.");
        }
    }
    Ok(value.to_string())
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

/// Decodes `%XX` escapes and `+` as a space; `None` when the result is not UTF-8 or an
/// escape is broken.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}
