//! The team page as one view-model: the heatmap (people against capability areas), each
//! area's team mean, range and spread with a sentence about it, and the strongest and
//! weakest areas. The page only lays it out.
//!
//! Every statistic is computed from the whole-number scores the heatmap shows, so the
//! page, the CSV and a spreadsheet reading the CSV agree to the decimal (rounding moves
//! a score by at most half a point, far less than a score's own likely range).
//! docs/team-view.md gives the reasons for each rule.

use crate::compare::NOT_SCORED_CELL;
use crate::display::{fixed, round_to, NO_VALUE};

use super::import::{capitalised, join_words, people};
use super::names::initials;
use super::{Band, Column, Team};

/// A standard deviation (in points, as shown to one decimal) below this is
/// [`Spread::Close`]: no more than measuring one person several times could give, since
/// a built-in area's score carries a standard error of about 7 points.
pub const CLOSE_BELOW: f64 = 8.0;
/// A standard deviation from this up is [`Spread::Wide`]: as wide as a level band (the
/// built-ins' middle bands are 15 to 20 points), so the team's people sit in different
/// levels and the mean hides real differences.
pub const WIDE_FROM: f64 = 15.0;

/// How far apart the team's scores in one area are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spread {
    /// No one has a score in the area.
    NoScores,
    /// One person has: nothing to compare.
    OnePerson,
    /// Standard deviation below [`CLOSE_BELOW`].
    Close,
    /// Between the two thresholds.
    Moderate,
    /// Standard deviation of [`WIDE_FROM`] or more.
    Wide,
}

impl Spread {
    /// The spread of `scored` people whose standard deviation, as shown, is `sd`.
    pub fn of(scored: usize, sd: Option<f64>) -> Spread {
        match (scored, sd) {
            (0, _) => Spread::NoScores,
            (1, _) | (_, None) => Spread::OnePerson,
            (_, Some(sd)) if sd < CLOSE_BELOW => Spread::Close,
            (_, Some(sd)) if sd < WIDE_FROM => Spread::Moderate,
            _ => Spread::Wide,
        }
    }
}

/// One heatmap cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The whole-number score, as the results page shows it; `None` when not scored.
    pub score: Option<i64>,
    /// The score's level band (0 is the lowest, see [`TeamSummary::levels`]): the colour.
    pub band: Option<usize>,
    pub level_id: Option<String>,
    /// What the cell shows: `"72"`, or `"–"` when not scored.
    pub text: String,
    /// What a screen reader says: `"Ada Byrne, Delivery: 72, Exceeds the bar"`.
    pub label: String,
}

/// One person's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub member_id: u32,
    pub name: String,
    pub initials: String,
    /// One per column.
    pub cells: Vec<Cell>,
}

/// The team's statistics in one area.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaStats {
    pub dimension_id: String,
    pub name: String,
    /// People with a score here.
    pub scored: usize,
    /// People with too few answers here.
    pub not_scored: usize,
    /// Mean of the shown scores; `None` when no one is scored.
    pub mean: Option<f64>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// Population standard deviation of the shown scores (the team is the whole group
    /// described, not a sample of one); `None` below two scored people.
    pub standard_deviation: Option<f64>,
    pub spread: Spread,
    /// The band the mean falls in, for colouring the average row.
    pub mean_band: Option<usize>,
    /// `"63.5"`, or `"–"`.
    pub mean_text: String,
    /// `"35–90"`, `"72"` for one person, or `"–"`.
    pub range_text: String,
    /// `"12.4"`, or `"–"` below two people.
    pub sd_text: String,
    /// A plain sentence about the spread, e.g. `"Delivery: wide spread (scores 30–92,
    /// standard deviation 18.1). People here are at different levels, so the team mean
    /// hides real differences."`
    pub sentence: String,
}

/// The strongest or weakest area(s) by team mean.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// Every area at that mean (as shown, to one decimal), in the framework's order:
    /// a tie names them all rather than picking one at random.
    pub dimension_ids: Vec<String>,
    pub names: Vec<String>,
    pub mean: f64,
    pub mean_text: String,
}

/// The team page.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamSummary {
    /// `None` while the team is empty.
    pub framework_id: Option<String>,
    /// The role's title, or `""`.
    pub title: String,
    pub people: usize,
    /// What the page shows, or how to start when the team is empty.
    pub lead: String,
    /// Said when the results use more than one version of the questions.
    pub versions_note: Option<String>,
    pub columns: Vec<Column>,
    /// The colour scale, lowest band first.
    pub levels: Vec<Band>,
    /// In the order people were imported.
    pub rows: Vec<Row>,
    /// One per column.
    pub areas: Vec<AreaStats>,
    pub strongest: Option<Highlight>,
    pub weakest: Option<Highlight>,
    /// The strongest and weakest areas in a sentence, or why there are none.
    pub highlights: String,
}

impl Team {
    /// The page's view-model. Cheap enough to rebuild on every change: linear in people
    /// times areas.
    pub fn summary(&self) -> TeamSummary {
        let Some(role) = self.role() else {
            return TeamSummary {
                framework_id: None,
                title: String::new(),
                people: 0,
                lead: "No one is in the team yet. Import results (exported files or share links) to see them side by side. Nothing is stored: the team lasts while this page is open.".to_string(),
                versions_note: None,
                columns: Vec::new(),
                levels: Vec::new(),
                rows: Vec::new(),
                areas: Vec::new(),
                strongest: None,
                weakest: None,
                highlights: String::new(),
            };
        };
        let level_name = |band: Option<usize>| {
            band.and_then(|b| role.levels.get(b))
                .map(|l| l.name.as_str())
        };
        let rows: Vec<Row> = self
            .members()
            .iter()
            .map(|member| Row {
                member_id: member.id,
                name: member.name.clone(),
                initials: initials(&member.name),
                cells: role
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, column)| {
                        let area = member.areas.get(i).and_then(Option::as_ref);
                        let label = match area {
                            Some(a) => match level_name(a.band) {
                                Some(level) => {
                                    format!(
                                        "{}, {}: {}, {level}",
                                        member.name, column.name, a.whole
                                    )
                                }
                                None => format!("{}, {}: {}", member.name, column.name, a.whole),
                            },
                            None => format!("{}, {}: {NOT_SCORED_CELL}", member.name, column.name),
                        };
                        Cell {
                            score: area.map(|a| a.whole),
                            band: area.and_then(|a| a.band),
                            level_id: area.and_then(|a| a.level_id.clone()),
                            text: area.map_or(NO_VALUE.to_string(), |a| a.whole.to_string()),
                            label,
                        }
                    })
                    .collect(),
            })
            .collect();
        let areas: Vec<AreaStats> = role
            .columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let scores: Vec<i64> = self
                    .members()
                    .iter()
                    .filter_map(|m| m.areas.get(i).and_then(Option::as_ref))
                    .map(|a| a.whole)
                    .collect();
                let stats = area_stats(column, &scores, self.len() - scores.len());
                AreaStats {
                    mean_band: stats.mean.and_then(|m| role.band_of(m)),
                    ..stats
                }
            })
            .collect();
        let strongest = highlight(&areas, true);
        let weakest = highlight(&areas, false);
        let highlights = highlights_sentence(&areas, strongest.as_ref(), weakest.as_ref());
        TeamSummary {
            framework_id: Some(role.framework_id.clone()),
            title: role.title.clone(),
            people: self.len(),
            lead: format!(
                "{}, {}. Each score is out of 100, worked out again here from that person's answers; the colour is the level it falls in.",
                capitalised(&people(self.len())),
                role.title
            ),
            versions_note: versions_note(self, &role.title),
            columns: role.columns.clone(),
            levels: role.levels.clone(),
            rows,
            areas,
            strongest,
            weakest,
            highlights,
        }
    }
}

/// Mean, range and spread of one area's shown scores (`mean_band` left for the caller).
pub fn area_stats(column: &Column, scores: &[i64], not_scored: usize) -> AreaStats {
    let n = scores.len();
    let mean = (n > 0).then(|| scores.iter().sum::<i64>() as f64 / n as f64);
    let sd = match (mean, n) {
        (Some(mean), 2..) => Some(
            (scores
                .iter()
                .map(|&s| (s as f64 - mean).powi(2))
                .sum::<f64>()
                / n as f64)
                .sqrt(),
        ),
        _ => None,
    };
    let min = scores.iter().copied().min();
    let max = scores.iter().copied().max();
    // Judged on the one-decimal value the page shows, so "8.0" is never called close.
    let spread = Spread::of(n, sd.map(|sd| round_to(sd, 1)));
    let one_decimal = |v: Option<f64>| v.map_or(NO_VALUE.to_string(), |v| fixed(v, 1));
    let range_text = match (min, max) {
        (Some(low), Some(high)) if low == high => low.to_string(),
        (Some(low), Some(high)) => format!("{low}\u{2013}{high}"),
        _ => NO_VALUE.to_string(),
    };
    let sd_text = one_decimal(sd);
    let name = &column.name;
    let mut sentence = match spread {
        Spread::NoScores => format!("{name}: no one has a score here (too few answers)."),
        Spread::OnePerson => format!(
            "{name}: only one person has a score here ({range_text}), so there is no spread to describe."
        ),
        Spread::Close => format!(
            "{name}: close together (scores {range_text}, standard deviation {sd_text}). The differences are within what the questions can tell apart."
        ),
        Spread::Moderate => format!(
            "{name}: some spread (scores {range_text}, standard deviation {sd_text})."
        ),
        Spread::Wide => format!(
            "{name}: wide spread (scores {range_text}, standard deviation {sd_text}). People here are at different levels, so the team mean hides real differences."
        ),
    };
    if not_scored > 0 && n > 0 {
        let who = if not_scored == 1 {
            "1 person has".to_string()
        } else {
            format!("{not_scored} people have")
        };
        sentence.push_str(&format!(" {who} too few answers here to score."));
    }
    AreaStats {
        dimension_id: column.dimension_id.clone(),
        name: name.clone(),
        scored: n,
        not_scored,
        mean,
        min,
        max,
        standard_deviation: sd,
        spread,
        mean_band: None,
        mean_text: one_decimal(mean),
        range_text,
        sd_text,
        sentence,
    }
}

/// The area(s) with the highest (`strongest`) or lowest team mean, compared as shown (to
/// one decimal). `None` when fewer than two areas have a mean, or all means are equal:
/// then no area stands out.
pub fn highlight(areas: &[AreaStats], strongest: bool) -> Option<Highlight> {
    let shown: Vec<(&AreaStats, f64)> = areas
        .iter()
        .filter_map(|a| a.mean.map(|m| (a, round_to(m, 1))))
        .collect();
    let means = || shown.iter().map(|(_, m)| *m);
    let high = means().fold(f64::NEG_INFINITY, f64::max);
    let low = means().fold(f64::INFINITY, f64::min);
    if shown.len() < 2 || high == low {
        return None;
    }
    let target = if strongest { high } else { low };
    let at: Vec<&AreaStats> = shown
        .iter()
        .filter(|(_, m)| *m == target)
        .map(|(a, _)| *a)
        .collect();
    Some(Highlight {
        dimension_ids: at.iter().map(|a| a.dimension_id.clone()).collect(),
        names: at.iter().map(|a| a.name.clone()).collect(),
        mean: target,
        mean_text: fixed(target, 1),
    })
}

/// `"Strongest area: Delivery (team mean 74.2). Weakest area: Coaching (team mean
/// 51.0)."`, or why no area stands out.
fn highlights_sentence(
    areas: &[AreaStats],
    strongest: Option<&Highlight>,
    weakest: Option<&Highlight>,
) -> String {
    let with_mean: Vec<&AreaStats> = areas.iter().filter(|a| a.mean.is_some()).collect();
    match (strongest, weakest) {
        (Some(top), Some(bottom)) => {
            let part = |label: &str, h: &Highlight| {
                if h.names.len() == 1 {
                    format!(
                        "{label} area: {} (team mean {}).",
                        join_words(&h.names),
                        h.mean_text
                    )
                } else {
                    format!(
                        "{label} areas: {} (each a team mean of {}).",
                        join_words(&h.names),
                        h.mean_text
                    )
                }
            };
            format!("{} {}", part("Strongest", top), part("Weakest", bottom))
        }
        _ => match with_mean.as_slice() {
            [] => "No area has a score yet, so there is no strongest or weakest.".to_string(),
            [only] => format!(
                "Only {} has scores, so there is no strongest or weakest area yet.",
                only.name
            ),
            [first, ..] => format!(
                "Every area has the same team mean ({}), so none stands out.",
                first.mean_text
            ),
        },
    }
}

/// Said when members' results use different versions of the questions, or were scored
/// against another version than their own.
fn versions_note(team: &Team, title: &str) -> Option<String> {
    let mut versions: Vec<String> = Vec::new();
    for member in team.members() {
        if !versions.contains(&member.scored_with) {
            versions.push(member.scored_with.clone());
        }
    }
    let mut notes: Vec<String> = Vec::new();
    if versions.len() > 1 {
        notes.push(format!(
            "These results use versions {} of the {title} questions, which ask about the same areas; each is scored against its own version.",
            join_words(&versions)
        ));
    }
    let mut stand_ins: Vec<String> = Vec::new();
    let mut moved = 0;
    for member in team
        .members()
        .iter()
        .filter(|m| m.framework_version != m.scored_with)
    {
        moved += 1;
        if !stand_ins.contains(&member.framework_version) {
            stand_ins.push(member.framework_version.clone());
        }
    }
    if moved > 0 {
        let results = if moved == 1 {
            "1 result was".to_string()
        } else {
            format!("{moved} results were")
        };
        let versions = if stand_ins.len() == 1 {
            "a version"
        } else {
            "versions"
        };
        let they = if moved == 1 { "it is" } else { "they are" };
        notes.push(format!(
            "{results} made with {versions} of the questions this site does not have ({}); {they} scored against the version it has, question by question.",
            join_words(&stand_ins)
        ));
    }
    (!notes.is_empty()).then(|| notes.join(" "))
}
