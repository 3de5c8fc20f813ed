//! Browser tests for the small browser modules, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_browser` (scripts/test.sh runs it).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use yardstick::browser::location::HistoryEntry;
use yardstick::browser::{clock, host, location, theme};
use yardstick::core::embed::HostMessage;
use yardstick::core::options::{parse_options, Theme};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
}

#[wasm_bindgen_test]
fn a_theme_sets_data_theme_and_auto_removes_it() {
    theme::apply_theme(Theme::Dark);
    assert_eq!(root().get_attribute("data-theme").as_deref(), Some("dark"));
    theme::apply_theme(Theme::Light);
    assert_eq!(root().get_attribute("data-theme").as_deref(), Some("light"));
    theme::apply_theme(Theme::Auto);
    assert_eq!(root().get_attribute("data-theme"), None);
}

#[wasm_bindgen_test]
fn the_fragment_is_read_and_written_without_reloading_or_touching_the_query() {
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    window.location().set_hash("share=abc").unwrap();
    assert_eq!(location::fragment(), "#share=abc");
    assert!(location::page_url().starts_with(&location::origin()));
    assert!(!location::page_url().contains('#'));
    let query = location::query();
    let before = history.length().unwrap();
    location::set_fragment("#/history", HistoryEntry::Push);
    assert_eq!(location::fragment(), "#/history");
    assert_eq!(history.length().unwrap(), before + 1);
    location::set_fragment("#/data", HistoryEntry::Replace);
    assert_eq!(location::fragment(), "#/data");
    assert_eq!(history.length().unwrap(), before + 1, "replaced, not added");
    assert_eq!(location::query(), query);
}

#[wasm_bindgen_test]
fn query_options_are_decoded_by_the_browser() {
    assert_eq!(
        location::query_pairs("?role=engineering-manager&framework=frameworks%2Fmine.json&x=a+b"),
        vec![
            ("role".to_string(), "engineering-manager".to_string()),
            ("framework".to_string(), "frameworks/mine.json".to_string()),
            ("x".to_string(), "a b".to_string()),
        ]
    );
    assert_eq!(location::query_pairs(""), vec![]);
}

/// The framework address the options keep from `query`, as the app reads it.
fn framework_option(query: &str) -> Option<String> {
    let (options, _) = parse_options(&location::query_pairs(query), location::is_same_origin);
    options.framework_url
}

#[wasm_bindgen_test]
fn a_framework_from_another_origin_is_refused_however_it_is_spelled() {
    for refused in [
        "?framework=%20//other.example/x.json",
        "?framework=+//other.example/x.json",
        "?framework=https://other.example/x.json",
        "?framework=//other.example/x.json",
        "?framework=%5C%5Cother.example/x.json",
        "?framework=javascript:alert(1)",
        "?framework=data:application/json,{}",
    ] {
        assert_eq!(framework_option(refused), None, "{refused}");
    }
    assert_eq!(
        framework_option("?framework=frameworks/mine.json").as_deref(),
        Some("frameworks/mine.json")
    );
    let same_origin = format!("{}/frameworks/mine.json", location::origin());
    assert!(location::is_same_origin(&same_origin));
    assert!(location::is_same_origin("../shared/f.json"));
}

#[wasm_bindgen_test]
fn a_top_level_page_is_not_embedded_and_posts_nothing() {
    assert!(!host::is_embedded());
    // Not embedded: must neither throw nor post, whatever the audience.
    host::post_to_host(&HostMessage::Resize { height: 10 }, None);
    host::post_to_host(
        &HostMessage::Progress {
            framework_id: "x".into(),
            answered: 1,
            total: 2,
        },
        Some("https://example.org"),
    );
    assert!(host::content_height() > 0);
}

#[wasm_bindgen_test]
fn dates_format_for_people() {
    let text = clock::format_date(1_763_726_700_000.0); // 21 Nov 2025, 12:05 UTC
    assert!(text.contains("2025"), "{text}");
    assert!(clock::now_ms() > 1_700_000_000_000.0);
    // Time zones are at most 14 hours from UTC.
    assert!(clock::utc_offset_minutes(1_763_726_700_000.0).abs() <= 14 * 60);
}

/// A response whose body is `chunks` pieces of 1,000 bytes (`None`: without end), sent
/// without a declared length; `pulled` counts the pieces the stream handed out.
fn streamed_response(chunks: Option<u32>) -> (web_sys::Response, js_sys::Function) {
    let make = js_sys::Function::new_with_args(
        "limit",
        "let pulled = 0; const stream = new ReadableStream({ pull(c) { \
           if (limit !== null && pulled >= limit) { c.close(); return; } \
           pulled += 1; c.enqueue(new Uint8Array(1000)); } }); \
         return [new Response(stream), () => pulled];",
    );
    let limit = chunks.map_or(wasm_bindgen::JsValue::NULL, |n| n.into());
    let pair: js_sys::Array = make
        .call1(&wasm_bindgen::JsValue::NULL, &limit)
        .unwrap()
        .into();
    (
        wasm_bindgen::JsCast::unchecked_into(pair.get(0)),
        wasm_bindgen::JsCast::unchecked_into(pair.get(1)),
    )
}

/// The size limit holds without a declared length: a body that never ends is read only
/// until it passes the limit, then abandoned; a body within it is read whole.
#[wasm_bindgen_test]
async fn a_body_is_read_as_a_stream_and_abandoned_past_the_limit() {
    use yardstick::browser::fetch::read_limited;
    let (endless, pulled) = streamed_response(None);
    let refused = read_limited(&endless, 10_000).await;
    assert_eq!(
        refused,
        Err("The framework file is larger than the 9 KiB limit.".to_string())
    );
    let pieces = pulled
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(
        pieces <= 12.0,
        "stopped soon after the limit, not at {pieces} pieces"
    );

    let (small, _) = streamed_response(Some(3));
    assert_eq!(
        read_limited(&small, 10_000).await.map(|b| b.len()),
        Ok(3000)
    );
}

/// A response that ended on another site (after a redirect) is not this site.
#[wasm_bindgen_test]
fn another_sites_address_is_not_this_sites() {
    assert!(!location::is_same_origin(
        "https://example.org/framework.json"
    ));
    assert!(location::is_same_origin(
        "./frameworks/engineering-manager.json"
    ));
}
