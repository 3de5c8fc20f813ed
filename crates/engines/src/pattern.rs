//! The answer pattern every end-to-end test gives a built-in framework, as
//! `tests/e2e/pattern.ts` writes it, so the scores to expect are the ones
//! `tests/e2e/expected-scores.json` pins.

use serde_json::Value;

/// One question of a framework, in presentation order.
pub struct Question {
    pub id: String,
    pub kind: String,
}

/// One area (dimension) and its questions.
pub struct Area {
    pub name: String,
    pub questions: Vec<Question>,
}

/// The areas of a framework file (`frameworks/<id>.json`).
pub fn areas(framework: &Value) -> Vec<Area> {
    let list = |v: &Value, key: &str| v[key].as_array().cloned().unwrap_or_default();
    list(framework, "dimensions")
        .iter()
        .map(|d| Area {
            name: d["name"].as_str().unwrap_or_default().to_string(),
            questions: list(d, "items")
                .iter()
                .map(|i| Question {
                    id: i["id"].as_str().unwrap_or_default().to_string(),
                    kind: i["type"].as_str().unwrap_or_default().to_string(),
                })
                .collect(),
        })
        .collect()
}

/// The input ids to check for `question`, the `k`-th scored question: a rating, "hasn't
/// come up" or "prefer not to answer" for a statement; an anchor; most and least likely
/// for a scenario; none for a written example.
pub fn inputs_for(question: &Question, k: usize) -> Vec<String> {
    let id = &question.id;
    match question.kind.as_str() {
        "behaviour" if k % 7 == 6 => vec![format!("{id}-6")],
        "behaviour" if k % 11 == 10 => vec![format!("{id}-5")],
        "behaviour" => vec![format!("{id}-{}", (k * 3) % 5)],
        "anchored" => vec![format!("{id}-{}", k % 4)],
        "scenario" => vec![
            format!("{id}-most-{}", k % 4),
            format!("{id}-least-{}", (k + 1) % 4),
        ],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pattern_matches_the_playwright_one() {
        let q = |kind: &str| Question {
            id: "q".into(),
            kind: kind.into(),
        };
        assert_eq!(inputs_for(&q("behaviour"), 0), ["q-0"]);
        assert_eq!(inputs_for(&q("behaviour"), 2), ["q-1"]);
        assert_eq!(inputs_for(&q("behaviour"), 6), ["q-6"]);
        assert_eq!(inputs_for(&q("behaviour"), 10), ["q-5"]);
        assert_eq!(inputs_for(&q("anchored"), 5), ["q-1"]);
        assert_eq!(inputs_for(&q("scenario"), 3), ["q-most-3", "q-least-0"]);
        assert!(inputs_for(&q("evidence"), 4).is_empty());
    }
}
