//! Browser tests for the small browser modules, in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test web_browser` (scripts/test.sh runs it).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use yardstick::browser::{clock, host, location, theme};
use yardstick::core::embed::HostMessage;
use yardstick::core::options::Theme;

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
fn the_fragment_is_read_without_its_hash_and_cleared_without_reloading() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("share=abc").unwrap();
    assert_eq!(location::fragment(), "share=abc");
    assert!(location::page_url().starts_with(&location::origin()));
    assert!(!location::page_url().contains('#'));
    location::clear_fragment();
    assert_eq!(location::fragment(), "");
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
}
