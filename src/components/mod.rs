//! Leptos components: they read app state and call its methods, nothing more.

pub mod assessment;
#[cfg(feature = "all-views")]
pub mod compare;
pub mod confirm;
pub mod custom_framework;
#[cfg(feature = "all-views")]
pub mod embed;
pub mod focus;
#[cfg(not(feature = "all-views"))]
pub mod handover;
#[cfg(feature = "all-views")]
pub mod history;
pub mod items;
pub mod notices;
pub mod pending;
#[cfg(feature = "all-views")]
pub mod privacy;
#[cfg(feature = "all-views")]
pub mod radar_chart;
#[cfg(feature = "all-views")]
pub mod results;
pub mod review;
#[cfg(feature = "all-views")]
pub mod shared;
pub mod shell;
pub mod start;
