//! Advice for framework authors: patterns that make a valid framework measure less well.
//! They are warnings, not errors: the framework loads and works, but an item written
//! this way is easier to see through or harder to answer honestly.
//!
//! The rules come from item-writing practice for situational judgement tests and
//! self-report scales: a scenario key must not be findable without reading the
//! situation (the longest or most qualified option), a reverse-keyed statement should
//! describe a behaviour rather than negate one, mirrored statements should ask about the
//! same period, and a statement should ask one thing in few words.
//!
//! ```
//! use yardstick_core::validate::{lints, load_framework};
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! for lint in lints(&framework) {
//!     println!("{}: {}", lint.path, lint.message);
//! }
//! ```

use crate::framework::{Framework, Item, ItemKind, Keying};

/// Words over which a statement gets hard to hold in mind while rating it.
pub const MAX_STATEMENT_WORDS: usize = 25;
/// Longest option over shortest, in characters, above which the options look unequal.
pub const MAX_OPTION_LENGTH_RATIO: f64 = 2.0;

/// What a [`Lint`] is about, so callers and tests can tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LintKind {
    KeyIsLongest,
    KeyIsMostQualified,
    UnequalOptions,
    NegatedReverseStatement,
    MirroredWindowsDiffer,
    AbsoluteFrequencyWord,
    NoScenario,
    LongStatement,
}

/// One piece of advice about a framework, at a JSON path of its file.
#[derive(Clone, Debug, PartialEq)]
pub struct Lint {
    pub kind: LintKind,
    pub path: String,
    pub message: String,
}

/// Every lint for `framework`, in file order.
pub fn lints(framework: &Framework) -> Vec<Lint> {
    let mut found = Vec::new();
    for (d, dimension) in framework.dimensions.iter().enumerate() {
        let base = format!("$.dimensions[{d}]");
        if !dimension
            .items
            .iter()
            .any(|i| matches!(i.kind, ItemKind::Scenario { .. }))
        {
            found.push(Lint {
                kind: LintKind::NoScenario,
                path: format!("{base}.items"),
                message: format!(
                    "\u{201c}{}\u{201d} has no scenario, so its score rests on self-ratings alone; a scenario adds judgement that is harder to inflate.",
                    dimension.name
                ),
            });
        }
        for (i, item) in dimension.items.iter().enumerate() {
            let path = format!("{base}.items[{i}]");
            match &item.kind {
                ItemKind::Behaviour {
                    text,
                    keyed,
                    scale,
                    reverse_of,
                } => {
                    statement_lints(&mut found, &path, text, *keyed, scale);
                    if let Some(mirrored) = reverse_of
                        .as_deref()
                        .and_then(|id| dimension.items.iter().find(|other| other.id == id))
                    {
                        mirrored_window_lint(&mut found, &path, text, mirrored);
                    }
                }
                ItemKind::Scenario { responses, .. } => {
                    let texts: Vec<&str> = responses.iter().map(|r| r.text.as_str()).collect();
                    let grades: Vec<u8> = responses.iter().map(|r| r.effectiveness).collect();
                    scenario_lints(&mut found, &path, &texts, &grades);
                }
                ItemKind::Anchored { .. } | ItemKind::Evidence { .. } => {}
            }
        }
    }
    found
}

fn statement_lints(found: &mut Vec<Lint>, path: &str, text: &str, keyed: Keying, scale: &str) {
    let text_path = format!("{path}.text");
    let words = words(text);
    if keyed == Keying::Negative {
        if let Some(negation) = words.iter().find(|w| is_negation(w)) {
            found.push(Lint {
                kind: LintKind::NegatedReverseStatement,
                path: text_path.clone(),
                message: format!(
                    "This reverse-keyed statement contains \u{201c}{negation}\u{201d}. Disagreeing with a negation is a double negative that people misread; describe the habit to avoid as something done."
                ),
            });
        }
    }
    if scale == "frequency" {
        if let Some(absolute) = words
            .iter()
            .find(|w| matches!(w.as_str(), "every" | "always"))
        {
            found.push(Lint {
                kind: LintKind::AbsoluteFrequencyWord,
                path: text_path.clone(),
                message: format!(
                    "\u{201c}{absolute}\u{201d} in a statement rated on how often makes every answer but the top one mean \u{201c}not every time\u{201d}; drop it and let the scale say how often."
                ),
            });
        }
    }
    if words.len() > MAX_STATEMENT_WORDS {
        found.push(Lint {
            kind: LintKind::LongStatement,
            path: text_path,
            message: format!(
                "This statement has {} words; over {MAX_STATEMENT_WORDS}, people tend to rate part of it. Keep one behaviour in one short sentence.",
                words.len()
            ),
        });
    }
}

fn mirrored_window_lint(found: &mut Vec<Lint>, path: &str, text: &str, mirrored: &Item) {
    let ItemKind::Behaviour {
        text: mirrored_text,
        ..
    } = &mirrored.kind
    else {
        return;
    };
    if let (Some(own), Some(theirs)) = (time_window(text), time_window(mirrored_text)) {
        if own.days != theirs.days {
            found.push(Lint {
                kind: LintKind::MirroredWindowsDiffer,
                path: format!("{path}.text"),
                message: format!(
                    "This statement covers {} but mirrors \u{201c}{}\u{201d}, which covers {}; a mirrored pair should cover the same period, or the consistency index compares different things.",
                    own.span, mirrored.id, theirs.span
                ),
            });
        }
    }
}

fn scenario_lints(found: &mut Vec<Lint>, path: &str, texts: &[&str], grades: &[u8]) {
    let Some(best) = grades.iter().copied().max() else {
        return;
    };
    let keyed: Vec<usize> = (0..grades.len()).filter(|&k| grades[k] == best).collect();
    let [key] = keyed[..] else {
        return; // a tie at the top: no single key to give away
    };
    let lengths: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
    let clauses: Vec<usize> = texts.iter().map(|t| clause_marks(t)).collect();
    let strictly_most = |values: &[usize]| {
        values
            .iter()
            .enumerate()
            .all(|(k, v)| k == key || *v < values[key])
    };
    let responses = format!("{path}.responses");
    if strictly_most(&lengths) {
        found.push(Lint {
            kind: LintKind::KeyIsLongest,
            path: format!("{responses}[{key}].text"),
            message: "The most effective response is also the longest, so it can be picked without reading the situation; make another option as long, or this one shorter.".to_string(),
        });
    }
    if clauses[key] > 0 && strictly_most(&clauses) {
        found.push(Lint {
            kind: LintKind::KeyIsMostQualified,
            path: format!("{responses}[{key}].text"),
            message: "The most effective response has the most clauses (commas and \u{201c}and\u{201d}s), a known giveaway; qualify the other options as carefully.".to_string(),
        });
    }
    let (shortest, longest) = (
        lengths.iter().copied().min().unwrap_or(0),
        lengths.iter().copied().max().unwrap_or(0),
    );
    if shortest > 0 && longest as f64 > MAX_OPTION_LENGTH_RATIO * shortest as f64 {
        found.push(Lint {
            kind: LintKind::UnequalOptions,
            path: responses,
            message: format!(
                "The responses run from {shortest} to {longest} characters; options of very unequal length draw attention to the odd one out. Aim for similar lengths."
            ),
        });
    }
}

/// Lower-case words, punctuation trimmed; "didn't" stays one word. ASCII case folding
/// is enough for the English words the lints look for, and keeps Unicode's case tables
/// out of the app.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not" | "never" | "only" | "without" | "no" | "nobody" | "nothing"
    ) || word.ends_with("n't")
        || word.ends_with("n\u{2019}t")
}

/// Commas, semicolons and the word "and": how qualified an option is.
fn clause_marks(text: &str) -> usize {
    let punctuation = text.chars().filter(|c| matches!(c, ',' | ';')).count();
    punctuation + words(text).iter().filter(|w| *w == "and").count()
}

struct Window {
    /// How the message names the period: "six months".
    span: &'static str,
    days: u32,
}

/// The period a statement asks about, from the phrases the built-ins and the format
/// guide use ("In the last six months", "Over the past year"), if it names one.
fn time_window(text: &str) -> Option<Window> {
    const WINDOWS: [(&str, &str, u32); 12] = [
        ("two weeks", "two weeks", 14),
        ("fortnight", "two weeks", 14),
        ("last month", "one month", 30),
        ("past month", "one month", 30),
        ("three months", "three months", 91),
        ("quarter", "three months", 91),
        ("six months", "six months", 182),
        ("half year", "six months", 182),
        ("last year", "one year", 365),
        ("past year", "one year", 365),
        ("twelve months", "one year", 365),
        ("12 months", "one year", 365),
    ];
    // The period comes first ("In the last six months I ... within two weeks"): take
    // the phrase that appears earliest.
    let lower = text.to_ascii_lowercase();
    WINDOWS
        .iter()
        .filter_map(|&(phrase, span, days)| Some((lower.find(phrase)?, Window { span, days })))
        .min_by_key(|(at, _)| *at)
        .map(|(_, window)| window)
}
