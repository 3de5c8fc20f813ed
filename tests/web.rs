//! Browser tests: run in headless Chromium with
//! `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh does it).
//! Natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A new, empty element attached to the document body, to mount a view into.
fn fresh_container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    container
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn app_shell_renders_heading_and_privacy_footer() {
    // The runner's own page may carry a fragment; the role list is at an empty one.
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let container = fresh_container();
    let _mounted = leptos::mount::mount_to(container.clone(), yardstick::App);

    assert_eq!(text_of(&container, "h1"), "Leadership self-assessment");
    assert_eq!(text_of(&container, ".brand"), "Yardstick");
    assert!(
        text_of(&container, "footer").contains("Your answers stay in this browser"),
        "footer: {}",
        text_of(&container, "footer")
    );
}
