//! Generated results for benchmarks and end-to-end tests: `n` people's finished
//! attempts at a framework, each as the export file the app itself writes, so importing
//! them exercises the real path. Deterministic (a fixed seed, the same files every run)
//! and free of any random-number crate.
//!
//! ```
//! use yardstick_core::{team::{sample, Team, TeamInput}, validate::load_framework};
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! let files = sample::results(&framework, 3);
//! assert_eq!(files[0].0, "ada-byrne.json");
//! let inputs: Vec<TeamInput> = files
//!     .into_iter()
//!     .map(|(name, text)| TeamInput::File { name, text })
//!     .collect();
//! let mut team = Team::new();
//! team.import(&inputs, &[&framework]);
//! assert_eq!(team.len(), 3);
//! ```

use crate::answers::{Answer, Answers};
use crate::attempt::Attempt;
use crate::export::export_json;
use crate::framework::{Framework, ItemKind, Keying};
use crate::scoring::SCORING_MODEL;

const FIRST_NAMES: [&str; 20] = [
    "ada", "ben", "chen", "dara", "emeka", "farah", "gus", "hana", "ivan", "jo", "kofi", "lena",
    "mateo", "nia", "omar", "priya", "quinn", "rosa", "sven", "tariq",
];
const LAST_NAMES: [&str; 20] = [
    "byrne",
    "okafor",
    "silva",
    "novak",
    "tanaka",
    "haddad",
    "murphy",
    "kowalski",
    "mensah",
    "rossi",
    "lindqvist",
    "patel",
    "garcia",
    "nguyen",
    "schmidt",
    "adeyemi",
    "moreau",
    "kaur",
    "ivanova",
    "walsh",
];

/// 21 November 2026, 00:00 UTC: when the first sample was finished.
const FIRST_COMPLETED: f64 = 1_795_219_200_000.0;

/// `n` people's results at `framework`, as `(file name, export JSON)`: file names such as
/// `ada-byrne.json` (unique for the first 400, then numbered) and results spread over
/// the levels, each person with their own strengths. Each is its own attempt (id and
/// completion time), so none is taken for a duplicate of another.
pub fn results(framework: &Framework, n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|index| {
            let attempt = person(framework, index);
            let json = export_json(framework, &attempt, FIRST_COMPLETED + 3_600_000.0);
            (file_name(index), json)
        })
        .collect()
}

/// `ada-byrne.json`, `ben-byrne.json`, … `tariq-walsh.json`, then `ada-byrne-2.json`.
fn file_name(index: usize) -> String {
    let pairs = FIRST_NAMES.len() * LAST_NAMES.len();
    let first = FIRST_NAMES[index % FIRST_NAMES.len()];
    let last = LAST_NAMES[(index / FIRST_NAMES.len()) % LAST_NAMES.len()];
    match index / pairs {
        0 => format!("{first}-{last}.json"),
        round => format!("{first}-{last}-{}.json", round + 1),
    }
}

/// Person `index`'s finished attempt: an overall tendency, a lean per area, and some
/// noise per answer.
fn person(framework: &Framework, index: usize) -> Attempt {
    let mut random =
        SplitMix64::new(0x5EED_7EA4 ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let started = FIRST_COMPLETED + index as f64 * 60_000.0 - 900_000.0;
    let mut attempt = Attempt::new(framework, format!("sample-{index:04}"), started);
    let tendency = 0.3 + 0.6 * random.unit();
    let mut answers = Answers::new();
    for dimension in &framework.dimensions {
        let lean = (tendency + 0.5 * (random.unit() - 0.5)).clamp(0.05, 0.95);
        for item in &dimension.items {
            let noise = random.unit() - 0.5;
            let answer = match &item.kind {
                ItemKind::Behaviour { keyed, .. } => {
                    if random.unit() < 0.03 {
                        Answer::NotApplicable
                    } else {
                        let agreement = (lean + 0.4 * noise).clamp(0.0, 1.0);
                        let agreement = match keyed {
                            Keying::Positive => agreement,
                            Keying::Negative => 1.0 - agreement,
                        };
                        Answer::Rating {
                            value: 1 + (agreement * 4.0).round() as u8,
                        }
                    }
                }
                ItemKind::Anchored { .. } => Answer::Level {
                    value: ((lean + 0.3 * noise) * 3.0).round().clamp(0.0, 3.0) as u8,
                },
                ItemKind::Scenario { responses, .. } => {
                    let by_grade = |grade: u8| {
                        responses
                            .iter()
                            .position(|r| r.effectiveness == grade)
                            .unwrap_or(0) as u8
                    };
                    let other_than = |taken: u8, pick: u64| {
                        let index = (pick % 3) as u8;
                        index + u8::from(index >= taken)
                    };
                    let most = if random.unit() < lean {
                        by_grade(4)
                    } else {
                        random.below(4) as u8
                    };
                    let worst = by_grade(1);
                    let least = if random.unit() < lean && worst != most {
                        worst
                    } else {
                        other_than(most, random.next())
                    };
                    Answer::Judgement { most, least }
                }
                ItemKind::Evidence { .. } => continue,
            };
            answers.insert(item.id.clone(), answer);
        }
    }
    attempt.answers = answers;
    let completed = FIRST_COMPLETED + index as f64 * 60_000.0;
    attempt.updated_at = completed;
    attempt.completed_at = Some(completed);
    attempt.active_seconds = 600 + random.below(600) as u32;
    attempt.scoring_model = Some(SCORING_MODEL);
    attempt
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a few lines, and good enough to vary test
/// data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0; the tiny modulo bias does not matter here).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}
