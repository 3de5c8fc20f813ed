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

use crate::framework::{Dimension, DimensionKind, Framework, Item, ItemKind, Keying};
use crate::timing::estimated_minutes;
use crate::word_chars::is_word_char;

/// Words over which a statement gets hard to hold in mind while rating it.
pub const MAX_STATEMENT_WORDS: usize = 25;
/// Longest option over shortest, in characters, above which the options look unequal.
pub const MAX_OPTION_LENGTH_RATIO: f64 = 1.5;
/// The share of reverse-keyed statements a framework should stay within: enough to catch
/// agreeing with everything, not so many that the scale reads as a trap.
pub const REVERSE_SHARE: (f64, f64) = (0.3, 0.5);
/// Minutes a typed `estimated_minutes` may differ from the computed one.
pub const MINUTES_TOLERANCE: u32 = 2;

/// What a [`Lint`] is about, so callers and tests can tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LintKind {
    KeyIsLongest,
    KeyIsMostQualified,
    KeyNeverShortest,
    KeyPositionRepeated,
    UnequalOptions,
    NegatedReverseStatement,
    ReverseWithoutPair,
    ReverseShare,
    MirroredWindowsDiffer,
    AbsoluteFrequencyWord,
    MotiveClause,
    NotFirstPerson,
    LongStatement,
    ReputationAnchor,
    NoScenario,
    OneScenarioInHeaviest,
    NoEvidence,
    EvidenceWithoutMeasure,
    AdviceWithoutAddresses,
    QuestionWithoutNotes,
    GeneralQuestion,
    TypedMinutesDiffer,
}

/// One piece of advice about a framework, at a JSON path of its file.
#[derive(Clone, Debug, PartialEq)]
pub struct Lint {
    pub kind: LintKind,
    pub path: String,
    pub message: String,
}

/// A scenario's key, as the framework-wide key lints see it.
struct Key {
    path: String,
    position: usize,
    longest: bool,
    shortest: bool,
    most_qualified: bool,
}

/// Every lint for `framework`: per item in file order, then the framework-wide ones.
pub fn lints(framework: &Framework) -> Vec<Lint> {
    let mut found = Vec::new();
    let mut keys = Vec::new();
    let heaviest = heaviest_weight(framework);
    for (d, dimension) in framework.dimensions.iter().enumerate() {
        let base = format!("$.dimensions[{d}]");
        dimension_lints(&mut found, &base, dimension, heaviest);
        advice_lints(&mut found, &base, dimension);
        for (i, item) in dimension.items.iter().enumerate() {
            let path = format!("{base}.items[{i}]");
            match &item.kind {
                ItemKind::Behaviour {
                    text,
                    keyed,
                    scale,
                    reverse_of,
                    ..
                } => {
                    statement_lints(&mut found, &path, text, *keyed, scale);
                    match reverse_of
                        .as_deref()
                        .and_then(|id| dimension.items.iter().find(|other| other.id == id))
                    {
                        Some(mirrored) => mirrored_window_lint(&mut found, &path, text, mirrored),
                        None if *keyed == Keying::Negative => found.push(Lint {
                            kind: LintKind::ReverseWithoutPair,
                            path: format!("{path}.keyed"),
                            message: "This reverse-keyed statement mirrors no positive one (reverse_of), so the consistency check cannot use it; name the statement it is the opposite of.".to_string(),
                        }),
                        None => {}
                    }
                }
                ItemKind::Scenario { responses, .. } => {
                    let texts: Vec<&str> = responses.iter().map(|r| r.text.as_str()).collect();
                    let grades: Vec<u8> = responses.iter().map(|r| r.effectiveness).collect();
                    if let Some(key) = scenario_lints(&mut found, &path, &texts, &grades) {
                        keys.push(key);
                    }
                }
                ItemKind::Anchored { anchors, .. } => {
                    anchored_lints(&mut found, &path, anchors);
                }
                ItemKind::Evidence { prompt, .. } => evidence_lints(&mut found, &path, prompt),
            }
        }
    }
    key_lints(&mut found, &keys);
    reverse_share_lint(&mut found, framework);
    minutes_lint(&mut found, framework);
    found
}

/// The largest weight, when weights differ; with equal weights no dimension is heaviest.
fn heaviest_weight(framework: &Framework) -> Option<f64> {
    let weights: Vec<f64> = framework
        .capability_dimensions()
        .map(|d| d.weight)
        .collect();
    let max = weights.iter().copied().fold(f64::MIN, f64::max);
    let min = weights.iter().copied().fold(f64::MAX, f64::min);
    (weights.len() > 1 && max > min).then_some(max)
}

fn dimension_lints(
    found: &mut Vec<Lint>,
    base: &str,
    dimension: &Dimension,
    heaviest: Option<f64>,
) {
    if dimension.kind == DimensionKind::Preparation {
        return; // a checklist of preparation: no scenario or example to ask for
    }
    let scenarios = dimension
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Scenario { .. }))
        .count();
    if scenarios == 0 {
        found.push(Lint {
            kind: LintKind::NoScenario,
            path: format!("{base}.items"),
            message: format!(
                "\u{201c}{}\u{201d} has no scenario, so its score rests on self-ratings alone; a scenario adds judgement that is harder to inflate.",
                dimension.name
            ),
        });
    } else if scenarios == 1 && heaviest == Some(dimension.weight) {
        found.push(Lint {
            kind: LintKind::OneScenarioInHeaviest,
            path: format!("{base}.items"),
            message: format!(
                "\u{201c}{}\u{201d} weighs most in the result but has one scenario; a second one keeps a single judgement from carrying the area.",
                dimension.name
            ),
        });
    }
    if !dimension
        .items
        .iter()
        .any(|i| matches!(i.kind, ItemKind::Evidence { .. }))
    {
        found.push(Lint {
            kind: LintKind::NoEvidence,
            path: format!("{base}.items"),
            message: format!(
                "\u{201c}{}\u{201d} has no evidence prompt; an example with a measured result is what an interviewer will ask for.",
                dimension.name
            ),
        });
    }
}

fn advice_lints(found: &mut Vec<Lint>, base: &str, dimension: &Dimension) {
    for (i, action) in dimension.development_actions.iter().enumerate() {
        if action.addresses.is_empty() {
            found.push(Lint {
                kind: LintKind::AdviceWithoutAddresses,
                path: format!("{base}.development_actions[{i}]"),
                message: "This action names no item it works on (addresses), so it cannot be ranked by the person's answers.".to_string(),
            });
        }
    }
    for (i, question) in dimension.practice_questions.iter().enumerate() {
        let path = format!("{base}.practice_questions[{i}]");
        if question.addresses.is_empty() {
            found.push(Lint {
                kind: LintKind::AdviceWithoutAddresses,
                path: path.clone(),
                message: "This practice question names no item it works on (addresses), so it cannot be ranked by the person's answers.".to_string(),
            });
        }
        if question.strong_answer.is_none()
            || question.pitfall.is_none()
            || question.follow_up.is_none()
        {
            found.push(Lint {
                kind: LintKind::QuestionWithoutNotes,
                path: path.clone(),
                message: "Give this practice question a strong_answer, a pitfall and a follow_up, so the person knows what to prepare.".to_string(),
            });
        }
        let lower = question.text.to_ascii_lowercase();
        if GENERAL_OPENINGS.iter().any(|o| lower.starts_with(o)) {
            found.push(Lint {
                kind: LintKind::GeneralQuestion,
                path: format!("{path}.text"),
                message: "This question invites a general philosophy; ask for an experience instead (\u{201c}Tell me about a time ...\u{201d}), which is what a strong answer is judged on.".to_string(),
            });
        }
    }
}

/// Openings that ask how someone works in general rather than what they did.
const GENERAL_OPENINGS: [&str; 7] = [
    "how do you",
    "how would you",
    "what is your approach",
    "what's your approach",
    "describe your approach",
    "what is your philosophy",
    "how should",
];

/// Words in a top anchor that describe standing rather than behaviour.
const REPUTATION_WORDS: [&str; 10] = [
    "known",
    "reputation",
    "recognised",
    "recognized",
    "sought",
    "reuse",
    "copy",
    "go-to",
    "widely",
    "admired",
];

fn anchored_lints(found: &mut Vec<Lint>, path: &str, anchors: &[String]) {
    let Some(top) = anchors.last() else { return };
    if let Some(word) = words(top)
        .iter()
        .find(|w| REPUTATION_WORDS.iter().any(|r| w.starts_with(r)))
    {
        found.push(Lint {
            kind: LintKind::ReputationAnchor,
            path: format!("{path}.anchors[{}]", anchors.len() - 1),
            message: format!(
                "The top anchor says \u{201c}{word}\u{201d}: it describes reputation, which the person cannot observe in themselves; describe what they do at that level."
            ),
        });
    }
}

/// Words that show a prompt asks for a measured result.
const MEASURE_WORDS: [&str; 7] = [
    "measur", "number", "metric", "how much", "how many", "by how", "result",
];

fn evidence_lints(found: &mut Vec<Lint>, path: &str, prompt: &str) {
    let lower = prompt.to_ascii_lowercase();
    if !MEASURE_WORDS.iter().any(|w| lower.contains(w)) {
        found.push(Lint {
            kind: LintKind::EvidenceWithoutMeasure,
            path: format!("{path}.prompt"),
            message: "This prompt does not ask for a result; ask what changed and by how much, so the example carries evidence.".to_string(),
        });
    }
}

fn key_lints(found: &mut Vec<Lint>, keys: &[Key]) {
    let n = keys.len();
    // Over a third: with four options a key is the longest a quarter of the time by chance.
    let too_often = |count: usize| count * 3 > n;
    if too_often(keys.iter().filter(|k| k.longest).count()) {
        for key in keys.iter().filter(|k| k.longest) {
            found.push(Lint {
                kind: LintKind::KeyIsLongest,
                path: key.path.clone(),
                message: "The most effective response is the longest here, as in over a third of this framework's scenarios, so the key can be picked without reading the situation; make another option as long, or this one shorter.".to_string(),
            });
        }
    }
    if too_often(keys.iter().filter(|k| k.most_qualified).count()) {
        for key in keys.iter().filter(|k| k.most_qualified) {
            found.push(Lint {
                kind: LintKind::KeyIsMostQualified,
                path: key.path.clone(),
                message: "The most effective response has the most clauses (commas and \u{201c}and\u{201d}s) here, as in over a third of this framework's scenarios, a known giveaway; qualify the other options as carefully.".to_string(),
            });
        }
    }
    if n >= 4 && !keys.iter().any(|k| k.shortest) {
        found.push(Lint {
            kind: LintKind::KeyNeverShortest,
            path: "$.dimensions".to_string(),
            message: format!(
                "In none of the {n} scenarios is the most effective response the shortest, so \u{201c}never the shortest\u{201d} gives keys away; shorten one key."
            ),
        });
    }
    let mut per_position = [0usize; 4];
    for key in keys {
        if let Some(count) = per_position.get_mut(key.position) {
            *count += 1;
        }
    }
    let crowded = per_position.iter().position(|&c| c * 2 > n && n >= 2);
    let unused = (n >= 4)
        .then(|| per_position.iter().position(|&c| c == 0))
        .flatten();
    if let Some(position) = crowded {
        found.push(Lint {
            kind: LintKind::KeyPositionRepeated,
            path: "$.dimensions".to_string(),
            message: format!(
                "The most effective response is option {} in {} of {n} scenarios; vary where the key stands.",
                position + 1,
                per_position[position]
            ),
        });
    } else if let Some(position) = unused {
        found.push(Lint {
            kind: LintKind::KeyPositionRepeated,
            path: "$.dimensions".to_string(),
            message: format!(
                "No scenario has its most effective response as option {}; vary where the key stands.",
                position + 1
            ),
        });
    }
}

fn reverse_share_lint(found: &mut Vec<Lint>, framework: &Framework) {
    let keyings: Vec<Keying> = framework
        .capability_dimensions()
        .flat_map(|d| d.items.iter())
        .filter_map(|i| match &i.kind {
            ItemKind::Behaviour { keyed, .. } => Some(*keyed),
            _ => None,
        })
        .collect();
    if keyings.len() < 6 {
        return;
    }
    let negative = keyings.iter().filter(|k| **k == Keying::Negative).count();
    let share = negative as f64 / keyings.len() as f64;
    let (low, high) = REVERSE_SHARE;
    if share < low || share > high {
        found.push(Lint {
            kind: LintKind::ReverseShare,
            path: "$.dimensions".to_string(),
            message: format!(
                "{negative} of {} statements are reverse-keyed; between {} and {} in ten catches agreeing with everything without making the scale read as a trap.",
                keyings.len(),
                (low * 10.0) as u32,
                (high * 10.0) as u32
            ),
        });
    }
}

fn minutes_lint(found: &mut Vec<Lint>, framework: &Framework) {
    let Some(typed) = framework.estimated_minutes else {
        return;
    };
    let computed = estimated_minutes(framework);
    if typed.abs_diff(computed) > MINUTES_TOLERANCE {
        found.push(Lint {
            kind: LintKind::TypedMinutesDiffer,
            path: "$.estimated_minutes".to_string(),
            message: format!(
                "The file says {typed} minutes but its questions take about {computed} to read and answer; the app shows {computed}, so remove estimated_minutes or correct it."
            ),
        });
    }
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
    let lower = text.to_ascii_lowercase();
    if let Some(motive) = MOTIVE_PHRASES.iter().find(|m| contains_phrase(&lower, m)) {
        found.push(Lint {
            kind: LintKind::MotiveClause,
            path: text_path.clone(),
            message: format!(
                "\u{201c}{motive}\u{201d} attaches a reason to the behaviour; people rate the motive, and a discreditable one is never endorsed. Describe the behaviour alone."
            ),
        });
    }
    if !words.iter().any(|w| {
        matches!(
            w.as_str(),
            "i" | "i've" | "i'd" | "i'm" | "i\u{2019}ve" | "i\u{2019}d" | "i\u{2019}m"
        )
    }) {
        found.push(Lint {
            kind: LintKind::NotFirstPerson,
            path: text_path.clone(),
            message: "This statement has no \u{201c}I\u{201d}: rate your own behaviour, not an outcome or what others did.".to_string(),
        });
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

/// Phrases that give a statement a motive.
const MOTIVE_PHRASES: [&str; 6] = [
    "because",
    "so that",
    "in order to",
    "to avoid",
    "for fear",
    "since it",
];

/// Whether `phrase` occurs in `lower` as whole words.
fn contains_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
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

/// Per-scenario lints; returns the scenario's single key, if it has one, for the
/// framework-wide key lints.
fn scenario_lints(found: &mut Vec<Lint>, path: &str, texts: &[&str], grades: &[u8]) -> Option<Key> {
    let responses = format!("{path}.responses");
    let lengths: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
    let (shortest, longest) = (
        lengths.iter().copied().min().unwrap_or(0),
        lengths.iter().copied().max().unwrap_or(0),
    );
    if shortest > 0 && longest as f64 > MAX_OPTION_LENGTH_RATIO * shortest as f64 {
        found.push(Lint {
            kind: LintKind::UnequalOptions,
            path: responses.clone(),
            message: format!(
                "The responses run from {shortest} to {longest} characters; options of unequal length draw attention to the odd one out. Keep the longest within half as long again as the shortest."
            ),
        });
    }
    let best = grades.iter().copied().max()?;
    let keyed: Vec<usize> = (0..grades.len()).filter(|&k| grades[k] == best).collect();
    let [key] = keyed[..] else {
        return None; // a tie at the top: no single key to give away
    };
    let clauses: Vec<usize> = texts.iter().map(|t| clause_marks(t)).collect();
    let strictly_most = |values: &[usize]| {
        values
            .iter()
            .enumerate()
            .all(|(k, v)| k == key || *v < values[key])
    };
    Some(Key {
        path: format!("{responses}[{key}].text"),
        position: key,
        longest: strictly_most(&lengths),
        shortest: lengths.iter().all(|l| *l >= lengths[key]),
        most_qualified: clauses[key] > 0 && strictly_most(&clauses),
    })
}

/// Lower-case words, punctuation trimmed; "didn't" stays one word. ASCII case folding
/// is enough for the English words the lints look for, and keeps Unicode's case tables
/// out of the app.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !is_word_char(c) && c != '\'' && c != '\u{2019}')
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "never"
            | "only"
            | "without"
            | "no"
            | "nobody"
            | "nothing"
            | "none"
            | "nor"
            | "neither"
            | "rarely"
            | "seldom"
            | "hardly"
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
