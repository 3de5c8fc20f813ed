//! The pure core: plain Rust, no leptos, web-sys or gloo. Tested natively.

pub mod framework;
