//! The journey every engine must get through, as a candidate takes it: open the start
//! page, start the Engineering Manager assessment, answer an area and go Next, answer
//! half of the next and reload (the answers are still there and the assessment resumes
//! on that area), answer the rest, finish, read the results (the scores the core
//! computes for the pattern, `tests/e2e/expected-scores.json`), export the result as
//! JSON, and find it in History.

use fantoccini::Client;
use serde_json::Value;

use crate::page::{
    check, click_button, expect_checked, text_of, wait_for_app, wait_for_heading, wait_until, Step,
};
use crate::pattern::{areas, inputs_for};

const FRAMEWORK: &str = include_str!("../../../frameworks/engineering-manager.json");
const EXPECTED: &str = include_str!("../../../tests/e2e/expected-scores.json");

/// Records errors the page throws from here on (a panic in the app is one), and what
/// the app offers as a download: the file's text instead of a save dialog, which a
/// driven browser has no one to answer.
const WATCH_PAGE: &str = r#"
    window.__errors = [];
    addEventListener('error', e => window.__errors.push(String(e.message)));
    addEventListener('unhandledrejection', e => window.__errors.push(String(e.reason)));
    window.__downloads = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
        const entry = { text: null };
        window.__downloads.push(entry);
        blob.text().then(t => { entry.text = t; });
        return make.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function () {
        const entry = window.__downloads[window.__downloads.length - 1];
        if (entry) entry.name = this.download;
    };
    return true;
"#;

/// One named part of the journey and what it checks.
pub struct Outcome {
    pub step: &'static str,
    pub result: Step,
}

/// The parts of the journey, in order.
#[derive(Clone, Copy)]
enum Part {
    Open,
    FirstArea,
    ReloadAndResume,
    Finish,
    Scores,
    Export,
    History,
}

const PARTS: [Part; 7] = [
    Part::Open,
    Part::FirstArea,
    Part::ReloadAndResume,
    Part::Finish,
    Part::Scores,
    Part::Export,
    Part::History,
];

/// How many steps a whole journey has.
pub const STEP_COUNT: usize = PARTS.len();

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Open => "opens the start page",
            Part::FirstArea => {
                "starts the Engineering Manager assessment and answers the first area"
            }
            Part::ReloadAndResume => {
                "reloads half-way through an area and resumes with every answer kept"
            }
            Part::Finish => "answers the rest and finishes",
            Part::Scores => "shows the scores the core computes",
            Part::Export => "exports the result as JSON",
            Part::History => "lists the result in History",
        }
    }
}

/// Runs the journey against the app at `app`, stopping at the first step that fails.
pub async fn run(client: &Client, app: &str) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    let mut journey = Journey::new(client, app);
    for part in PARTS {
        let result = journey.step(part).await;
        let failed = result.is_err();
        outcomes.push(Outcome {
            step: part.name(),
            result,
        });
        if failed {
            break;
        }
    }
    outcomes
}

struct Journey<'a> {
    client: &'a Client,
    app: &'a str,
    framework: Value,
    expected: Value,
    /// The scored questions answered so far, counted as the pattern counts them.
    answered: usize,
}

impl<'a> Journey<'a> {
    fn new(client: &'a Client, app: &'a str) -> Self {
        let framework = serde_json::from_str(FRAMEWORK).unwrap_or(Value::Null);
        let expected = serde_json::from_str::<Value>(EXPECTED)
            .map(|all| all["engineering-manager"].clone())
            .unwrap_or(Value::Null);
        Journey {
            client,
            app,
            framework,
            expected,
            answered: 0,
        }
    }

    async fn step(&mut self, part: Part) -> Step {
        let c = self.client;
        let areas = areas(&self.framework);
        let title = self.framework["title"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        match part {
            Part::Open => {
                c.goto(self.app).await.map_err(|e| format!("goto: {e}"))?;
                self.ready().await?;
                wait_for_heading(c, 2, "Choose a role").await
            }
            Part::FirstArea => {
                click_button(c, &format!("Start {title}")).await?;
                wait_for_heading(c, 2, &areas[0].name).await?;
                self.answer(0, 0, usize::MAX).await?;
                click_button(c, "Next").await?;
                wait_for_heading(c, 2, &areas[1].name).await
            }
            Part::ReloadAndResume => {
                let half = areas[1].questions.len() / 2;
                let before = self.answered;
                self.answer(1, 0, half).await?;
                self.no_errors().await?;
                c.refresh().await.map_err(|e| format!("reload: {e}"))?;
                self.ready().await?;
                wait_for_heading(c, 2, &areas[1].name).await?;
                let mut k = before;
                for question in areas[1].questions.iter().take(half) {
                    if question.kind == "evidence" {
                        continue;
                    }
                    for id in inputs_for(question, k) {
                        expect_checked(c, &id).await?;
                    }
                    k += 1;
                }
                self.answer(1, half, usize::MAX).await
            }
            Part::Finish => {
                for g in 1..areas.len() {
                    if g > 1 {
                        self.answer(g, 0, usize::MAX).await?;
                    }
                    if g + 1 < areas.len() {
                        click_button(c, "Next").await?;
                        wait_for_heading(c, 2, &areas[g + 1].name).await?;
                    }
                }
                click_button(c, "Review and finish").await?;
                wait_for_heading(c, 1, "Review your answers").await?;
                click_button(c, "Finish and see results").await?;
                wait_for_heading(c, 1, "Your results").await
            }
            Part::Scores => {
                let want = |v: &Value| v.as_i64().map(|n| n.to_string()).unwrap_or_default();
                let overall = text_of(c, "[data-testid='overall-score']").await?;
                if overall != want(&self.expected["overall"]) {
                    return Err(format!(
                        "overall {overall}, expected {}",
                        self.expected["overall"]
                    ));
                }
                let dimensions = self.expected["dimensions"]
                    .as_object()
                    .cloned()
                    .unwrap_or_default();
                for (id, score) in dimensions {
                    let shown =
                        text_of(c, &format!("[data-testid='dimension-score-{id}']")).await?;
                    if shown != want(&score) {
                        return Err(format!("{id}: {shown}, expected {score}"));
                    }
                }
                self.no_errors().await
            }
            Part::Export => {
                click_button(c, "Download JSON").await?;
                wait_until(
                    c,
                    "return window.__downloads.length === 1 && window.__downloads[0].text !== null;",
                    "the JSON file",
                )
                .await?;
                let file = c
                    .execute("return window.__downloads[0];", Vec::new())
                    .await
                    .map_err(|e| format!("reading the download: {e}"))?;
                let name = file["name"].as_str().unwrap_or_default();
                if !name.ends_with(".json") {
                    return Err(format!("the file is named {name:?}"));
                }
                let doc: Value = serde_json::from_str(file["text"].as_str().unwrap_or_default())
                    .map_err(|e| format!("the export is not JSON: {e}"))?;
                let answers = doc["attempt"]["answers"].as_object().map_or(0, |a| a.len());
                let overall = doc["result"]["overall"].as_f64();
                if answers != self.answered
                    // The file keeps the unrounded score; the page shows it rounded
                    // by the display rules (docs/scoring.md), within 1 of it.
                    || !overall.zip(self.expected["overall"].as_f64()).is_some_and(|(o, e)| (o - e).abs() <= 1.0)
                    || doc["framework"]["title"] != title.as_str()
                {
                    return Err(format!(
                        "export: {answers} answers (expected {}), overall {overall:?}",
                        self.answered
                    ));
                }
                Ok(())
            }
            Part::History => {
                let xpath = "//nav[@aria-label='Main']//a[normalize-space()='History']";
                c.find(fantoccini::Locator::XPath(xpath))
                    .await
                    .map_err(|e| format!("no History link: {e}"))?
                    .click()
                    .await
                    .map_err(|e| format!("clicking History: {e}"))?;
                wait_for_heading(c, 1, "History").await?;
                let script = format!(
                    "const main = document.querySelector('main'); return !!main && main.textContent.includes({});",
                    Value::from(title.as_str())
                );
                wait_until(c, &script, "the result in History").await?;
                self.no_errors().await
            }
        }
    }

    /// Waits for the app, then starts watching the page.
    async fn ready(&self) -> Step {
        wait_for_app(self.client).await?;
        wait_until(self.client, WATCH_PAGE, "the page watch").await
    }

    /// Fails with the errors the page threw since it was last loaded.
    async fn no_errors(&self) -> Step {
        let errors = self
            .client
            .execute("return window.__errors || [];", Vec::new())
            .await
            .map_err(|e| format!("reading errors: {e}"))?;
        match errors.as_array() {
            Some(list) if list.is_empty() => Ok(()),
            _ => Err(format!("the page threw: {errors}")),
        }
    }

    /// Answers area `g`'s questions from `from` to `to` (by position, written examples
    /// included in the count) with the pattern.
    async fn answer(&mut self, g: usize, from: usize, to: usize) -> Step {
        let areas = areas(&self.framework);
        for question in areas[g]
            .questions
            .iter()
            .skip(from)
            .take(to.saturating_sub(from))
        {
            if question.kind == "evidence" {
                continue;
            }
            for id in inputs_for(question, self.answered) {
                check(self.client, &id).await?;
            }
            self.answered += 1;
        }
        Ok(())
    }
}
