//! URL options and the host-page message format and snippet.

use proptest::prelude::*;
use yardstick_core::embed::{
    embed_url, iframe_snippet, Audience, EmbedChoices, HostMessage, SANDBOX,
};
use yardstick_core::options::{normalise_origin, parse_options, percent_decode, Theme};

const ORIGIN: &str = "https://apps.example.org";

#[test]
fn every_documented_option_is_read() {
    let (o, warnings) = parse_options(
        "?role=technical-program-manager&theme=light&embed=1&scores=hidden&framework=frameworks%2Fmine.json&parent-origin=https%3A%2F%2FIntranet.Example.com",
        ORIGIN,
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
    let (o, warnings) = parse_options("", ORIGIN);
    assert_eq!(o, Default::default());
    assert!(warnings.is_empty());
    assert_eq!(o.theme, Theme::Auto);
}

#[test]
fn unknown_and_malformed_options_are_ignored_with_a_warning_each() {
    let (o, warnings) = parse_options(
        "role=Bad%20Role&theme=purple&embed=yes&scores=maybe&colour=red&x=%ZZ",
        ORIGIN,
    );
    assert_eq!(o, Default::default());
    assert_eq!(warnings.len(), 6, "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("colour")));
}

#[test]
fn a_framework_from_another_origin_or_scheme_is_refused() {
    for bad in [
        "https://evil.example.com/f.json",
        "//evil.example.com/f.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "https://apps.example.org.evil.com/f.json",
    ] {
        let (o, warnings) = parse_options(
            &format!("framework={}", yardstick_core::embed::percent_encode(bad)),
            ORIGIN,
        );
        assert_eq!(o.framework_url, None, "{bad}");
        assert_eq!(warnings.len(), 1, "{bad}");
    }
    let (o, _) = parse_options(
        "framework=https%3A%2F%2Fapps.example.org%2Fteam%2Ff.json",
        ORIGIN,
    );
    assert_eq!(
        o.framework_url.as_deref(),
        Some("https://apps.example.org/team/f.json")
    );
    let (o, _) = parse_options("framework=..%2Fshared%2Ff.json", ORIGIN);
    assert_eq!(o.framework_url.as_deref(), Some("../shared/f.json"));
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
    let (options, warnings) = parse_options(&query, "https://example.github.io");
    assert!(warnings.is_empty());
    assert_eq!(options.role, choices.role);
    assert_eq!(options.theme, Theme::Dark);
    assert!(options.embed && options.hide_scores);
    assert_eq!(options.parent_origin, choices.parent_origin);
}

proptest! {
    #[test]
    fn parsing_never_panics(query in ".*") {
        let _ = parse_options(&query, ORIGIN);
        let _ = percent_decode(&query);
    }

    #[test]
    fn percent_encoding_round_trips(text in ".*") {
        prop_assert_eq!(percent_decode(&yardstick_core::embed::percent_encode(&text)), Some(text));
    }
}
