//! Thin wrappers over browser APIs, one concern per module. Nothing here knows about
//! frameworks or scores; app state decides what to do with what these return.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod fetch;
pub mod fields;
pub mod file;
pub mod focus;
pub mod host;
pub mod location;
pub mod mount;
pub mod print;
pub mod random;
pub mod storage;
pub mod theme;
