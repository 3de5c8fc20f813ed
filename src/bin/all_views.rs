//! Entry point of the build with every view. The page does not load it at start-up: the
//! first-load build loads it when a view only this build has is opened, and calls
//! `mount_handed_over` with its state (see `state::handover`).

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Takes over the page from the first-load build, from the state it handed over.
#[wasm_bindgen]
pub fn mount_handed_over(handover: String) {
    yardstick::start_handed_over(&handover);
}
