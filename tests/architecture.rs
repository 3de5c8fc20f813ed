//! The dependency rule from docs/ARCHITECTURE.md: the core is plain Rust. If a core file
//! reaches for the browser or the UI framework, this fails.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 6] = [
    "leptos",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "crate::state",
];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_core_imports_nothing_from_the_browser_or_the_ui() {
    let mut files = Vec::new();
    rust_files(Path::new("src/core"), &mut files);
    assert!(
        files.len() >= 8,
        "expected the core modules, found {files:?}"
    );
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                assert!(
                    !code.contains(name) && !code.contains("crate::components"),
                    "{}:{}: the core must not use {name}: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}
