//! Prints the start page of a first visit as HTML, for the post-build hook to write into
//! the built `index.html` (see `start_page`): the role list shows before the app loads.
//!
//! `cargo run -q -p yardstick-core --bin prerender`

fn main() {
    print!(
        "{}",
        yardstick_core::start_page::prerendered_page(&yardstick_core::builtin::BUILT_IN)
    );
}
