//! The end-to-end journey in the engines Playwright cannot drive with Debian's
//! packages: Firefox ESR (through geckodriver) and WebKitGTK, the engine behind Safari
//! (through WebKitWebDriver), over W3C WebDriver with fantoccini. `scripts/engines.sh`
//! serves the release build, starts each driver and runs this once per engine:
//!
//! ```text
//! engine-journey --engine firefox --driver http://127.0.0.1:4444 --app http://127.0.0.1:4180/yardstick/ \
//!     [--firefox /usr/bin/firefox-esr]
//! ```
//!
//! It prints each step and a `test result:` line in cargo's form, which the README's
//! test command counts, and exits non-zero when a step fails.

mod journey;
mod page;
mod pattern;

use std::process::ExitCode;
use std::time::Instant;

use fantoccini::ClientBuilder;
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};

/// What each engine is started with: headless Firefox ESR, kept off the network it
/// does not have; WebKitGTK's MiniBrowser, which WebKitWebDriver finds itself and
/// which runs on the display `xvfb-run` gives the driver.
fn capabilities(engine: &str, firefox: &str) -> Option<Map<String, Value>> {
    let value = match engine {
        "firefox" => json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "binary": firefox,
                "args": ["-headless"],
                "prefs": {
                    "app.update.auto": false,
                    "browser.safebrowsing.malware.enabled": false,
                    "browser.safebrowsing.phishing.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                    "toolkit.telemetry.enabled": false
                }
            }
        }),
        "webkit" => json!({
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": { "args": ["--automation"] }
        }),
        _ => return None,
    };
    value.as_object().cloned()
}

/// What the page shows and threw when a step failed, and a screenshot beside the
/// test logs, so a failure in CI can be read afterwards.
async fn report_failure(client: &fantoccini::Client, engine: &str) {
    let state = client
        .execute(
            "return { url: location.href, errors: window.__errors || null, text: document.body ? document.body.innerText.slice(0, 600) : null };",
            Vec::new(),
        )
        .await;
    println!("{engine}: the page when it failed: {state:?}");
    if let Ok(png) = client.screenshot().await {
        let path = format!("target/test-logs/engine-{engine}.png");
        if std::fs::write(&path, png).is_ok() {
            println!("{engine}: screenshot in {path}");
        }
    }
}

fn argument(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|at| args.get(at + 1).cloned())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(engine), Some(driver), Some(app)) = (
        argument(&args, "--engine"),
        argument(&args, "--driver"),
        argument(&args, "--app"),
    ) else {
        eprintln!(
            "usage: engine-journey --engine firefox|webkit --driver URL --app URL [--firefox PATH]"
        );
        return ExitCode::from(2);
    };
    let firefox = argument(&args, "--firefox").unwrap_or_else(|| "/usr/bin/firefox-esr".into());
    let Some(capabilities) = capabilities(&engine, &firefox) else {
        eprintln!("engine-journey: unknown engine {engine:?} (firefox or webkit)");
        return ExitCode::from(2);
    };
    let started = Instant::now();
    let client = match ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver)
        .await
    {
        Ok(client) => client,
        Err(e) => {
            println!("{engine}: could not start a session at {driver}: {e}");
            println!("test result: FAILED. 0 passed; 1 failed; 0 ignored");
            return ExitCode::FAILURE;
        }
    };
    if let Some(caps) = client.capabilities() {
        let field = |key: &str| {
            caps.get(key)
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string()
        };
        println!(
            "{engine}: {} {}",
            field("browserName"),
            field("browserVersion")
        );
    }
    let outcomes = journey::run(&client, &app).await;
    if outcomes.iter().any(|o| o.result.is_err()) {
        report_failure(&client, &engine).await;
    }
    let _ = client.close().await;
    let mut failed = outcomes.len() < journey::STEP_COUNT;
    for outcome in &outcomes {
        match &outcome.result {
            Ok(()) => println!("{engine}: ok    {}", outcome.step),
            Err(why) => {
                failed = true;
                println!("{engine}: FAIL  {}: {why}", outcome.step);
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    if failed {
        println!("{engine}: the journey failed after {seconds:.1}s");
        println!("test result: FAILED. 0 passed; 1 failed; 0 ignored");
        ExitCode::FAILURE
    } else {
        println!("{engine}: the whole journey passed in {seconds:.1}s");
        println!("test result: ok. 1 passed; 0 failed; 0 ignored");
        ExitCode::SUCCESS
    }
}
