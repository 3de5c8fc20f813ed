//! Waiting for the page and acting on it over WebDriver, with messages that say what
//! was awaited when it did not happen.

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::Value;

/// How long any one thing may take to appear.
const PATIENCE: Duration = Duration::from_secs(30);

pub type Step = Result<(), String>;

/// Runs `script` (a function body returning a value) in the page until it returns
/// `true`.
pub async fn wait_until(client: &Client, script: &str, what: &str) -> Step {
    let start = Instant::now();
    loop {
        let value = client.execute(script, Vec::new()).await;
        if matches!(value, Ok(Value::Bool(true))) {
            return Ok(());
        }
        if start.elapsed() > PATIENCE {
            return Err(format!(
                "waited {}s for {what} ({value:?})",
                PATIENCE.as_secs()
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits for the app to have replaced the start page written at build time.
pub async fn wait_for_app(client: &Client) -> Step {
    let mounted = wait_until(
        client,
        "return !document.getElementById('prerendered') && !!document.querySelector('body > .app');",
        "the app to mount",
    )
    .await;
    if let Err(why) = mounted {
        let page = client
            .execute(
                "return location.href + ' ' + document.documentElement.className + ' ' + document.body.innerHTML.slice(0, 400);",
                Vec::new(),
            )
            .await
            .unwrap_or_default();
        return Err(format!("{why}; the page: {page}"));
    }
    Ok(())
}

/// Waits for a heading of `level` whose text contains `text` (a heading may carry more,
/// such as "Area 1 of 6" before an area's name).
pub async fn wait_for_heading(client: &Client, level: u8, text: &str) -> Step {
    let script = format!(
        "const want = {}; return [...document.querySelectorAll('h{level}')].some(h => h.textContent.includes(want));",
        Value::from(text),
    );
    let found = wait_until(client, &script, &format!("the heading \"{text}\"")).await;
    if found.is_ok() {
        return settle(client).await;
    }
    if let Err(why) = found {
        // Say what is there instead: most failures are a different screen.
        let shown = client
            .execute(
                &format!("return [...document.querySelectorAll('h{level}')].map(h => h.textContent.trim());"),
                Vec::new(),
            )
            .await
            .unwrap_or_default();
        return Err(format!("{why}; the page's h{level} headings: {shown}"));
    }
    Ok(())
}

/// Waits two animation frames and a little more: a new screen moves focus to its
/// heading, and scrolls to it, from an animation frame after it appears. A click whose
/// point was computed before that scroll lands on whatever has moved under it (seen
/// in WebKitGTK).
pub async fn settle(client: &Client) -> Step {
    client
        .execute_async(
            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 50)));",
            Vec::new(),
        )
        .await
        .map(|_| ())
        .map_err(|e| format!("waiting for the page to settle: {e}"))
}

/// Clicks the button whose text is `text` (the first, when several).
pub async fn click_button(client: &Client, text: &str) -> Step {
    let xpath = format!("//button[normalize-space()={}]", xpath_literal(text));
    let button = client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::XPath(&xpath))
        .await
        .map_err(|e| format!("no button \"{text}\": {e}"))?;
    button
        .click()
        .await
        .map_err(|e| format!("clicking \"{text}\": {e}"))
}

/// Checks the input whose id is `id`, as a person would: by clicking it.
pub async fn check(client: &Client, id: &str) -> Step {
    let input = client
        .find(Locator::Id(id))
        .await
        .map_err(|e| format!("no input #{id}: {e}"))?;
    input
        .click()
        .await
        .map_err(|e| format!("clicking #{id}: {e}"))?;
    expect_checked(client, id).await
}

/// Fails unless the input whose id is `id` is checked.
pub async fn expect_checked(client: &Client, id: &str) -> Step {
    let input = client
        .find(Locator::Id(id))
        .await
        .map_err(|e| format!("no input #{id}: {e}"))?;
    match input.is_selected().await {
        Ok(true) => Ok(()),
        Ok(false) => Err(format!("#{id} is not checked")),
        Err(e) => Err(format!("reading #{id}: {e}")),
    }
}

/// The text of the element `css` selects.
pub async fn text_of(client: &Client, css: &str) -> Result<String, String> {
    let element = client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("no element {css}: {e}"))?;
    element
        .text()
        .await
        .map(|t| t.trim().to_string())
        .map_err(|e| format!("reading {css}: {e}"))
}

/// `text` as an XPath string literal (XPath 1.0 has no escapes).
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

#[cfg(test)]
mod tests {
    use super::xpath_literal;

    #[test]
    fn xpath_literals_quote_what_they_must() {
        assert_eq!(xpath_literal("Next"), "'Next'");
        assert_eq!(xpath_literal("Can't say"), "\"Can't say\"");
        assert_eq!(
            xpath_literal("it's \"so\""),
            "concat('it', \"'\", 's \"so\"')"
        );
    }
}
