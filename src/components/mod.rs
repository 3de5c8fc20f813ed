//! Leptos components: they read app state and call its methods, nothing more.

pub mod assessment;
pub mod compare;
pub mod confirm;
pub mod custom_framework;
pub mod embed;
pub mod feedback;
pub mod focus;
pub mod history;
pub mod items;
pub mod link;
pub mod notices;
pub mod pending;
pub mod privacy;
pub mod results;
pub mod review;
pub mod shared;
pub mod shell;
pub mod start;
pub mod team;
