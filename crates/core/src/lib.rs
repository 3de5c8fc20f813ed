//! The pure core: plain Rust with no leptos, web-sys or gloo, tested natively.
//! Components and app state depend on it; it depends on nothing of theirs.

pub mod answers;
pub mod attempt;
pub mod builtin;
pub mod calibration;
pub mod compare;
pub mod display;
pub mod embed;
pub mod evidence;
pub mod explain;
pub mod export;
pub mod file_names;
pub mod framework;
pub mod history;
pub mod html;
pub mod limits;
pub mod narrative;
pub mod options;
pub mod order;
pub mod progress;
pub mod quality;
pub mod radar;
pub mod recommend;
pub mod report;
pub mod results_markup;
pub mod results_page;
pub mod route;
pub mod scoring;
pub mod share_code;
pub mod start_page;
pub mod store;
pub mod transfer;
pub mod usage;
pub mod validate;
