//! Entry point of the first-load build: mounts the app. Everything else lives in the
//! library so tests can reach it.

fn main() {
    yardstick::start();
}
