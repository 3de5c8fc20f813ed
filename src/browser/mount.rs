//! Mounting the app on the page, and taking it down again when the build with every
//! view takes over (see `state::handover`).
//!
//! ```ignore
//! mount_app(App);   // at start-up
//! unmount_app();    // removes the app's DOM and disposes its reactive state
//! ```

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;

thread_local! {
    /// The mounted app; dropping it unmounts the app and runs its cleanups.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

/// Mounts `app` at the end of `<body>` and keeps it until [`unmount_app`].
pub fn mount_app<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
    N::State: 'static,
{
    let Some(body) = document().body() else {
        web_sys::console::error_1(&"Yardstick: the page has no <body> to mount on.".into());
        return;
    };
    let handle = leptos::mount::mount_to(body, app);
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(Box::new(handle)));
}

/// Removes the mounted app from the page and disposes its state.
pub fn unmount_app() {
    // Taken out first: cleanups must not run while the cell is borrowed.
    let handle = MOUNTED.with(|mounted| mounted.borrow_mut().take());
    drop(handle);
}
