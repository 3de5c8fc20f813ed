//! Writes generated results for the team view's end-to-end test and benchmark: `n`
//! people's finished attempts at a built-in role, as the export files the app itself
//! writes, plus `expected.json` with each person's whole-number area scores as the core
//! computes them (what the heatmap must show).
//!
//! `cargo run -q -p yardstick-core --bin ys-team-sample -- <role id> <n> <out dir>`

use std::process::ExitCode;

use yardstick_core::team::{sample, Team, TeamInput};
use yardstick_core::validate::load_framework;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [role, n, out] = args.as_slice() else {
        eprintln!("usage: ys-team-sample <role id> <n> <out dir>");
        return ExitCode::from(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("ys-team-sample: <n> must be a whole number, not {n:?}");
        return ExitCode::from(2);
    };
    let path = format!(
        "{}/../../frameworks/{role}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let framework = match std::fs::read(&path).map(|bytes| load_framework(&bytes)) {
        Ok(Ok(framework)) => framework,
        Ok(Err(problems)) => {
            eprintln!(
                "ys-team-sample: {path} is not valid ({} problems)",
                problems.len()
            );
            return ExitCode::FAILURE;
        }
        Err(error) => {
            eprintln!("ys-team-sample: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let files = sample::results(&framework, n);
    if let Err(error) = std::fs::create_dir_all(out) {
        eprintln!("ys-team-sample: cannot create {out}: {error}");
        return ExitCode::FAILURE;
    }
    for (name, text) in &files {
        if let Err(error) = std::fs::write(format!("{out}/{name}"), text) {
            eprintln!("ys-team-sample: cannot write {name}: {error}");
            return ExitCode::FAILURE;
        }
    }
    let inputs: Vec<TeamInput> = files
        .into_iter()
        .map(|(name, text)| TeamInput::File { name, text })
        .collect();
    let mut team = Team::new();
    team.import(&inputs, &[&framework]);
    let summary = team.summary();
    let rows: Vec<serde_json::Value> = summary
        .rows
        .iter()
        .map(|row| {
            serde_json::json!({
                "name": row.name,
                "cells": row.cells.iter().map(|c| c.text.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let expected = serde_json::json!({
        "columns": summary.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
        "rows": rows,
        "means": summary.areas.iter().map(|a| a.mean_text.clone()).collect::<Vec<_>>(),
    });
    if let Err(error) = std::fs::write(format!("{out}/expected.json"), expected.to_string()) {
        eprintln!("ys-team-sample: cannot write expected.json: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
