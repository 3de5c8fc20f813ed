//! Entry point: mounts the app. Everything else lives in the library so tests can reach it.

fn main() {
    leptos::mount::mount_to_body(yardstick::App);
}
