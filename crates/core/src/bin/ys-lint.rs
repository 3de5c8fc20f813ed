//! Checks framework files the way the app loads them, for authors: every problem (the
//! file would be refused) and every lint (advice), then the computed length and the
//! counts the content rules are about.
//!
//! `cargo run -q -p yardstick-core --bin ys-lint -- my-framework.json [more.json ...]`
//!
//! Exits 1 if any file has a problem or a lint, 2 if a file cannot be read.

use std::process::ExitCode;

use yardstick_core::framework::{DimensionKind, Framework, ItemKind, Keying};
use yardstick_core::timing::{estimated_minutes, estimated_seconds};
use yardstick_core::validate::{lints, load_framework};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: ys-lint FRAMEWORK.json [...]");
        return ExitCode::from(2);
    }
    let mut clean = true;
    for path in &paths {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                return ExitCode::from(2);
            }
        };
        println!("== {path}");
        match load_framework(&bytes) {
            Err(problems) => {
                clean = false;
                for p in &problems {
                    println!("problem {}: {}", p.path, p.message);
                }
                println!(
                    "{} problems (lints are checked once the file is valid)",
                    problems.len()
                );
            }
            Ok(framework) => {
                let found = lints(&framework);
                for l in &found {
                    println!("lint {:?} {}: {}", l.kind, l.path, l.message);
                }
                clean &= found.is_empty();
                println!("0 problems, {} lints", found.len());
                print_counts(&framework);
            }
        }
    }
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn print_counts(framework: &Framework) {
    let (mut statements, mut reverse, mut scenarios, mut evidence, mut anchored) = (0, 0, 0, 0, 0);
    let (mut key_longest, mut key_shortest, mut positions) = (0, 0, [0usize; 4]);
    for dimension in &framework.dimensions {
        for item in &dimension.items {
            match &item.kind {
                ItemKind::Behaviour { keyed, .. } => {
                    if dimension.kind == DimensionKind::Capability {
                        statements += 1;
                        reverse += usize::from(*keyed == Keying::Negative);
                    }
                }
                ItemKind::Anchored { .. } => anchored += 1,
                ItemKind::Evidence { .. } => evidence += 1,
                ItemKind::Scenario { responses, .. } => {
                    scenarios += 1;
                    let lengths: Vec<usize> =
                        responses.iter().map(|r| r.text.chars().count()).collect();
                    if let Some(key) = responses.iter().position(|r| r.effectiveness == 4) {
                        key_longest += usize::from(lengths.iter().all(|l| *l <= lengths[key]));
                        key_shortest += usize::from(lengths.iter().all(|l| *l >= lengths[key]));
                        positions[key] += 1;
                    }
                }
            }
        }
    }
    let preparation: usize = framework
        .dimensions
        .iter()
        .filter(|d| d.kind == DimensionKind::Preparation)
        .map(|d| d.items.len())
        .sum();
    println!(
        "capability statements {statements}, reverse-keyed {reverse} ({}%), anchored {anchored}, scenarios {scenarios}, evidence prompts {evidence}, preparation items {preparation}",
        (reverse * 100).checked_div(statements).unwrap_or(0)
    );
    println!(
        "key is the longest option in {key_longest} of {scenarios}, the shortest in {key_shortest}; key positions 1-4: {positions:?}"
    );
    let seconds = estimated_seconds(framework);
    println!(
        "estimated {} minutes ({seconds} s)",
        estimated_minutes(framework)
    );
}
