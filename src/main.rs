//! Entry point of the app: mounts it. Everything else lives in the
//! library so tests can reach it.

fn main() {
    yardstick::start();
}
