//! URL options and the host-page message format and snippet.

use proptest::prelude::*;
use yardstick_core::embed::{
    embed_url, iframe_snippet, Audience, EmbedChoices, HostMessage, SANDBOX,
};
use yardstick_core::options::{normalise_origin, parse_options, Theme, UrlOptions};

/// Splits and decodes a query as the browser's `URLSearchParams` does, for these tests.
fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let text = text.replace('+', " ");
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match text.get(i + 1..i + 3).map(|h| u8::from_str_radix(h, 16)) {
            Some(Ok(b)) if bytes[i] == b'%' => {
                out.push(b);
                i += 3;
            }
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Stands in for the browser's check: relative references are on this origin.
fn relative_only(reference: &str) -> bool {
    !reference.contains(':') && !reference.trim_start().starts_with("//")
}

fn parse(query: &str) -> (UrlOptions, Vec<String>) {
    parse_options(&pairs(query), relative_only)
}

#[test]
fn every_documented_option_is_read() {
    let (o, warnings) = parse(
        "?role=technical-program-manager&theme=light&embed=1&scores=hidden&framework=frameworks%2Fmine.json&parent-origin=https%3A%2F%2FIntranet.Example.com",
    );
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(o.role.as_deref(), Some("technical-program-manager"));
    assert_eq!(o.theme, Theme::Light);
    assert!(o.embed);
    assert!(o.hide_scores);
    assert_eq!(o.framework_url.as_deref(), Some("frameworks/mine.json"));
    assert_eq!(
        o.parent_origin.as_deref(),
        Some("https://intranet.example.com")
    );
}

#[test]
fn defaults_apply_without_a_query() {
    let (o, warnings) = parse("");
    assert_eq!(o, Default::default());
    assert!(warnings.is_empty());
    assert_eq!(o.theme, Theme::Auto);
}

#[test]
fn unknown_and_malformed_options_are_ignored_with_a_warning_each() {
    let (o, warnings) =
        parse("role=Bad%20Role&theme=purple&embed=yes&scores=maybe&colour=red&framework=");
    assert_eq!(o, Default::default());
    assert_eq!(warnings.len(), 6, "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("colour")));
    assert!(warnings
        .iter()
        .any(|w| w.contains("framework URL is empty")));
}

#[test]
fn the_framework_address_is_kept_only_when_the_origin_check_accepts_it() {
    let asked = std::cell::RefCell::new(Vec::new());
    let check = |reference: &str| {
        asked.borrow_mut().push(reference.to_string());
        reference == "frameworks/mine.json"
    };
    let (o, warnings) = parse_options(&pairs("framework=frameworks%2Fmine.json"), check);
    assert_eq!(o.framework_url.as_deref(), Some("frameworks/mine.json"));
    assert!(warnings.is_empty());
    let (o, warnings) = parse_options(&pairs("framework=%20%2F%2Fother.example%2Fx.json"), check);
    assert_eq!(o.framework_url, None);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("must come from this site"),
        "{warnings:?}"
    );
    // The check sees the decoded value, exactly as the browser would fetch it.
    assert_eq!(
        asked.borrow().as_slice(),
        ["frameworks/mine.json", " //other.example/x.json"]
    );
}

#[test]
fn a_parent_origin_must_be_a_real_origin_and_never_star() {
    assert!(normalise_origin("*").is_err());
    assert!(normalise_origin("intranet.example.com").is_err());
    assert!(normalise_origin("ftp://example.com").is_err());
    assert!(normalise_origin("https://example.com/path").is_err());
    assert_eq!(
        normalise_origin("https://example.com/").unwrap(),
        "https://example.com"
    );
    assert_eq!(
        normalise_origin("http://127.0.0.1:4174").unwrap(),
        "http://127.0.0.1:4174"
    );
}

#[test]
fn messages_are_typed_versioned_and_only_resize_goes_to_anyone() {
    let progress = HostMessage::Progress {
        framework_id: "engineering-manager".into(),
        answered: 3,
        total: 41,
    };
    let json = progress.to_json();
    assert_eq!(json["type"], "yardstick:progress");
    assert_eq!(json["version"], 1);
    assert_eq!(json["answered"], 3);
    assert_eq!(progress.audience(), Audience::ParentOnly);
    let completed = HostMessage::Completed {
        result: serde_json::json!({"overall": 70}),
    };
    assert_eq!(completed.to_json()["result"]["overall"], 70);
    assert_eq!(completed.audience(), Audience::ParentOnly);
    assert_eq!(
        HostMessage::Ready { framework_id: None }.audience(),
        Audience::ParentOnly
    );
    let resize = HostMessage::Resize { height: 900 }.to_json();
    assert_eq!(
        resize,
        serde_json::json!({"type": "yardstick:resize", "version": 1, "height": 900})
    );
    assert_eq!(
        HostMessage::Resize { height: 1 }.audience(),
        Audience::Anyone
    );
}

#[test]
fn the_snippet_carries_the_choices_and_the_recommended_sandbox() {
    let choices = EmbedChoices {
        app_url: "https://example.github.io/yardstick/?old=1#x".into(),
        role: Some("engineering-manager".into()),
        theme: Theme::Dark,
        hide_scores: true,
        parent_origin: Some("https://intranet.example.com".into()),
        height: 900,
    };
    assert_eq!(
        embed_url(&choices),
        "https://example.github.io/yardstick/?embed=1&role=engineering-manager&theme=dark&scores=hidden&parent-origin=https%3A%2F%2Fintranet.example.com"
    );
    let snippet = iframe_snippet(&choices);
    assert!(
        snippet.starts_with("<iframe src=\"https://example.github.io/yardstick/?embed=1&amp;role=")
    );
    assert!(snippet.contains(&format!("sandbox=\"{SANDBOX}\"")));
    assert!(snippet.contains("title=\"Leadership self-assessment\""));
    assert!(snippet.contains("height=\"900\""));
    assert!(!SANDBOX.contains("allow-top-navigation") && !SANDBOX.contains("allow-popups"));
    // What the snippet asks for is what the widget reads back.
    let query = embed_url(&choices).split_once('?').unwrap().1.to_string();
    let (options, warnings) = parse(&query);
    assert!(warnings.is_empty());
    assert_eq!(options.role, choices.role);
    assert_eq!(options.theme, Theme::Dark);
    assert!(options.embed && options.hide_scores);
    assert_eq!(options.parent_origin, choices.parent_origin);
}

proptest! {
    #[test]
    fn parsing_never_panics(key in ".*", value in ".*") {
        let _ = parse_options(&[(key, value)], relative_only);
    }

    #[test]
    fn percent_encoding_round_trips(text in ".*") {
        prop_assert_eq!(decode(&yardstick_core::embed::percent_encode(&text)), text);
    }
}
