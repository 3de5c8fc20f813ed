//! Reading results into a team: files (one result, a whole history, or a backup of
//! saved data, as [`crate::transfer::read_import`] reads them), share links and codes
//! ([`crate::share_code::open`]), and the text of an export pasted into the page.
//!
//! Every input gets one [`InputReport`] with a plain message. An input that cannot be
//! read at all is [`Refusal`]; a readable one may still have results left out, each with
//! a [`LeftOutReason`], while the others are imported. Nothing already in the team is
//! changed by either.
//!
//! Scores are never taken from a file: each result's answers are scored again with
//! [`crate::scoring::score`] against the framework the caller supplies.
//!
//! # Duplicates
//!
//! Two copies of one result have the same scored answers, so the key is the result's
//! answers written as a share code ([`crate::share_code::encode`]): framework id,
//! version and every scored answer, with evidence text (which a share code never
//! carries) left out. A result from a file also has the attempt's id and completion time,
//! so two file results are the same only when those match too: two people who happened
//! to answer every question alike both come in from their files. A share code carries
//! nothing but answers, so a code with the same answers as someone already in the team
//! is taken to be that person again.

use crate::answers::Answers;
use crate::display::whole_score;
use crate::export::{ImportError, MAX_IMPORT_BYTES};
use crate::framework::Framework;
use crate::route::SHARE_PREFIX;
use crate::scoring::score;
use crate::share_code::{self, ShareCodeError};
use crate::transfer::{read_import, ImportProblem, MAX_IMPORT_FILE_BYTES};

use super::names::name_from_file_name;
use super::{AreaScore, Member, Role, Team, MAX_PASTED_BYTES, MEMBERS};

/// One thing given to the team view to import.
#[derive(Clone, Debug, PartialEq)]
pub enum TeamInput {
    /// A file the manager picked or dropped: its name and its text. The text may be an
    /// export of one result, a whole-history export, a backup of saved data, or share
    /// links (one or more, anywhere in the text).
    File { name: String, text: String },
    /// Text pasted into the page: share links or codes separated by white space (words
    /// around links are ignored), or the text of an export file.
    Pasted(String),
}

/// Why an input could not be read at all; nothing in it was imported.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    Empty,
    TooLarge {
        bytes: usize,
        max_bytes: usize,
    },
    /// Not JSON, or JSON that is not a Yardstick export.
    NotYardstick,
    /// A Yardstick file that cannot be read: newer, damaged, unfinished (says why).
    Unreadable(ImportProblem),
    /// More share links than a team can hold.
    TooManyCodes {
        count: usize,
    },
}

/// Why one result of a readable input was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum LeftOutReason {
    /// For another role than the team's (`role` and `team_role` are titles).
    OtherRole { role: String, team_role: String },
    /// For a role the caller supplied no framework of.
    UnknownRole { role: String },
    /// Made with a version of the role's questions whose capability areas differ from
    /// those of the version the team's columns come from.
    DifferentAreas {
        version: String,
        team_version: String,
    },
    /// The same result as someone already in the team (see the module notes).
    Duplicate { of: String },
    /// The team already holds [`MEMBERS`]`.max` people.
    TeamFull,
    /// A share link or code that could not be opened: damaged, newer, or for a
    /// framework (or version) this site does not have.
    Code(ShareCodeError),
}

/// One result left out of an input.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    /// Its place in the input, counting from 0.
    pub position: usize,
    pub reason: LeftOutReason,
}

/// How an input went, for the message's style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputStatus {
    Imported,
    PartlyImported,
    NotImported,
}

/// What importing one input did.
#[derive(Clone, Debug, PartialEq)]
pub struct InputReport {
    /// The file's name, or what was pasted (`"the pasted link"`, `"the pasted text"`).
    pub source: String,
    /// Results found in it (0 when refused).
    pub results: usize,
    /// Ids of the members it added, in order.
    pub added: Vec<u32>,
    pub left_out: Vec<LeftOut>,
    pub refused: Option<Refusal>,
    /// What happened, in plain words, e.g. `"Imported 3 results from “team.json”."`
    pub message: String,
}

impl InputReport {
    pub fn status(&self) -> InputStatus {
        match (self.added.len(), self.left_out.len()) {
            (0, _) => InputStatus::NotImported,
            (_, 0) => InputStatus::Imported,
            _ => InputStatus::PartlyImported,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Empty => f.write_str("It is empty."),
            Refusal::TooLarge { bytes, max_bytes } => write!(
                f,
                "It is {} KiB; the largest the team view reads is {} KiB.",
                bytes.div_ceil(1024),
                max_bytes / 1024
            ),
            Refusal::NotYardstick => f.write_str(
                "It is not a Yardstick file. The team view reads results and whole histories exported from Yardstick, and share links.",
            ),
            Refusal::Unreadable(problem) => write!(f, "{problem}"),
            Refusal::TooManyCodes { count } => write!(
                f,
                "It holds {count} share links; a team holds at most {} people.",
                MEMBERS.max
            ),
        }
    }
}

impl std::fmt::Display for LeftOutReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeftOutReason::OtherRole { role, team_role } => write!(
                f,
                "It is a result for {role}, and this team is {team_role}: a team holds one role."
            ),
            LeftOutReason::UnknownRole { role } => {
                write!(f, "It is a result for {role}, a role this site does not have.")
            }
            LeftOutReason::DifferentAreas {
                version,
                team_version,
            } => write!(
                f,
                "It was made with version {version} of the questions, whose areas differ from those of version {team_version}, which this team's results use."
            ),
            LeftOutReason::Duplicate { of } => write!(f, "It is already in the team, as {of}."),
            LeftOutReason::TeamFull => write!(
                f,
                "The team already holds {} people, the most it can.",
                MEMBERS.max
            ),
            LeftOutReason::Code(error) => write!(f, "{error}"),
        }
    }
}

/// One result read from an input, before it is checked against the team.
struct Candidate {
    framework_id: String,
    framework_version: String,
    answers: Answers,
    attempt_id: Option<String>,
    completed_at: Option<f64>,
    /// The role's title as the file names it.
    role_title: Option<String>,
}

/// What one place in an input held.
enum Found {
    Result(Candidate),
    BadCode(ShareCodeError),
}

/// An input read: what its results are called in messages, and the results.
struct Read {
    noun: Noun,
    found: Vec<Found>,
}

/// What the results of an input are called in its message.
#[derive(Clone, Copy)]
enum Noun {
    Result,
    Link,
    Code,
}

impl Noun {
    fn word(self, n: usize) -> &'static str {
        match (self, n) {
            (Noun::Result, 1) => "result",
            (Noun::Result, _) => "results",
            (Noun::Link, 1) => "link",
            (Noun::Link, _) => "links",
            (Noun::Code, 1) => "code",
            (Noun::Code, _) => "codes",
        }
    }
}

impl Team {
    /// Imports `inputs` in order, scoring each result against the matching framework in
    /// `frameworks` (the frameworks this site has loaded: a result's own version, else
    /// the team's version, else any version of its role; share codes need their own
    /// version). Returns one report per input, in order. A bad input changes nothing.
    pub fn import(&mut self, inputs: &[TeamInput], frameworks: &[&Framework]) -> Vec<InputReport> {
        inputs
            .iter()
            .map(|input| self.import_input(input, frameworks))
            .collect()
    }

    fn import_input(&mut self, input: &TeamInput, frameworks: &[&Framework]) -> InputReport {
        let had_people = !self.is_empty();
        let (source, phrase, file_name, read) = match input {
            TeamInput::File { name, text } => {
                let source = if name.trim().is_empty() {
                    "unnamed file".to_string()
                } else {
                    name.clone()
                };
                let phrase = format!("\u{201c}{source}\u{201d}");
                (
                    source,
                    phrase,
                    Some(name.as_str()),
                    read_file(text, frameworks),
                )
            }
            TeamInput::Pasted(text) => {
                let (label, read) = read_pasted(text, frameworks);
                (label.to_string(), label.to_string(), None, read)
            }
        };
        let read = match read {
            Ok(read) => read,
            Err(refusal) => {
                let message = format!(
                    "{} was not imported. {refusal}{}",
                    capitalised(&phrase),
                    unchanged(had_people)
                );
                return InputReport {
                    source,
                    results: 0,
                    added: Vec::new(),
                    left_out: Vec::new(),
                    refused: Some(refusal),
                    message,
                };
            }
        };
        let results = read.found.len();
        let mut added = Vec::new();
        let mut left_out = Vec::new();
        for (position, found) in read.found.into_iter().enumerate() {
            let placed = match found {
                Found::BadCode(error) => Err(LeftOutReason::Code(error)),
                Found::Result(candidate) => {
                    // Several results in one file share its name: "Ada", "Ada (2)". A
                    // file of share links names no one: its links may be anyone's.
                    let name = file_name
                        .filter(|_| matches!(read.noun, Noun::Result))
                        .and_then(|f| name_from_file_name(f, &candidate.framework_id))
                        .map(|name| match added.len() {
                            0 => name,
                            n => format!("{name} ({})", n + 1),
                        });
                    self.place(candidate, name, &source, frameworks)
                }
            };
            match placed {
                Ok(id) => added.push(id),
                Err(reason) => left_out.push(LeftOut { position, reason }),
            }
        }
        let added_names: Vec<String> = added
            .iter()
            .filter_map(|id| self.member(*id).map(|m| m.name.clone()))
            .collect();
        let message = report_message(&phrase, read.noun, results, &added_names, &left_out)
            + if added.is_empty() {
                unchanged(had_people)
            } else {
                ""
            };
        InputReport {
            source,
            results,
            added,
            left_out,
            refused: None,
            message,
        }
    }

    /// Adds one result, or says why not.
    fn place(
        &mut self,
        candidate: Candidate,
        name: Option<String>,
        source: &str,
        frameworks: &[&Framework],
    ) -> Result<u32, LeftOutReason> {
        if self.members.len() >= MEMBERS.max {
            return Err(LeftOutReason::TeamFull);
        }
        if let Some(role) = &self.role {
            if candidate.framework_id != role.framework_id {
                return Err(LeftOutReason::OtherRole {
                    role: role_name(&candidate, frameworks),
                    team_role: role.title.clone(),
                });
            }
        }
        let team_version = self.role.as_ref().map(|r| r.framework_version.as_str());
        let framework = framework_for(&candidate, team_version, frameworks).ok_or_else(|| {
            LeftOutReason::UnknownRole {
                role: role_name(&candidate, frameworks),
            }
        })?;
        if let Some(role) = &self.role {
            if framework.version != role.framework_version && !same_areas(role, framework) {
                return Err(LeftOutReason::DifferentAreas {
                    version: framework.version.clone(),
                    team_version: role.framework_version.clone(),
                });
            }
        }
        let answers_key = share_code::encode(framework, &candidate.answers);
        if let Some(existing) = self.members.iter().find(|m| {
            m.answers_key == answers_key
                && match (&m.attempt_id, &candidate.attempt_id) {
                    (Some(ours), Some(theirs)) => {
                        ours == theirs && m.completed_at == candidate.completed_at
                    }
                    _ => true,
                }
        }) {
            return Err(LeftOutReason::Duplicate {
                of: existing.name.clone(),
            });
        }
        let role = self.role.get_or_insert_with(|| Role::of(framework));
        let areas = score_areas(role, framework, &candidate.answers);
        let id = self.take_id();
        let imported_name = name.unwrap_or_else(|| format!("Person {id}"));
        self.members.push(Member {
            id,
            name: imported_name.clone(),
            imported_name,
            source: source.to_string(),
            framework_id: candidate.framework_id,
            framework_version: candidate.framework_version,
            scored_with: framework.version.clone(),
            completed_at: candidate.completed_at,
            areas,
            answers_key,
            attempt_id: candidate.attempt_id,
        });
        Ok(id)
    }
}

/// A file's results: share links when the text is not JSON and holds one, otherwise
/// whatever [`read_import`] reads.
fn read_file(text: &str, frameworks: &[&Framework]) -> Result<Read, Refusal> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(Refusal::Empty);
    }
    if !trimmed.starts_with(['{', '[']) && trimmed.contains(SHARE_PREFIX) {
        return read_codes(trimmed, frameworks);
    }
    read_json(text)
}

/// Pasted text: an export's JSON, or share links and codes. Also returns what the
/// message calls it.
fn read_pasted(text: &str, frameworks: &[&Framework]) -> (&'static str, Result<Read, Refusal>) {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return ("the pasted text", Err(Refusal::Empty));
    }
    if trimmed.starts_with(['{', '[']) {
        return ("the pasted text", read_json(trimmed));
    }
    let links = trimmed
        .split_whitespace()
        .filter(|w| w.contains(SHARE_PREFIX))
        .count();
    let one_word = trimmed.split_whitespace().nth(1).is_none();
    let label = match links {
        0 if one_word => "the pasted code",
        1 => "the pasted link",
        _ => "the pasted text",
    };
    (label, read_codes(trimmed, frameworks))
}

/// Share links (every word holding `share=`) or, when there is none, codes (every word).
fn read_codes(text: &str, frameworks: &[&Framework]) -> Result<Read, Refusal> {
    if text.len() > MAX_PASTED_BYTES {
        return Err(Refusal::TooLarge {
            bytes: text.len(),
            max_bytes: MAX_PASTED_BYTES,
        });
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let links: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.contains(SHARE_PREFIX))
        .collect();
    let (noun, pieces) = if links.is_empty() {
        (Noun::Code, words)
    } else {
        (Noun::Link, links)
    };
    if pieces.len() > MEMBERS.max {
        return Err(Refusal::TooManyCodes {
            count: pieces.len(),
        });
    }
    let found = pieces
        .into_iter()
        .map(
            |piece| match share_code::open(code_in(piece), frameworks.iter().copied()) {
                Ok((framework, answers)) => Found::Result(Candidate {
                    framework_id: framework.id.clone(),
                    framework_version: framework.version.clone(),
                    answers,
                    attempt_id: None,
                    completed_at: None,
                    role_title: Some(framework.title.clone()),
                }),
                Err(error) => Found::BadCode(error),
            },
        )
        .collect();
    Ok(Read { noun, found })
}

/// The code in a link (the base64url run after `share=`), or the word itself.
fn code_in(word: &str) -> &str {
    match word.find(SHARE_PREFIX) {
        Some(at) => {
            let rest = &word[at + SHARE_PREFIX.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        }
        None => word.trim_matches(['<', '>', '"', '\'']),
    }
}

/// An export file's results, through the same reader as the history page's import. All
/// roles are let through here, so a whole-history file gives up its results for this
/// team's role and has the others left out one by one, not refused as a whole.
fn read_json(text: &str) -> Result<Read, Refusal> {
    let imported = read_import(text, |_| true).map_err(|problem| match problem {
        ImportProblem::TooLarge { bytes } => Refusal::TooLarge {
            bytes,
            max_bytes: MAX_IMPORT_FILE_BYTES,
        },
        ImportProblem::Single(ImportError::TooLarge { bytes }) => Refusal::TooLarge {
            bytes,
            max_bytes: MAX_IMPORT_BYTES,
        },
        ImportProblem::Single(ImportError::NotJson | ImportError::NotAnExport)
        | ImportProblem::InList {
            index: 0,
            error: ImportError::NotAnExport,
            ..
        } => Refusal::NotYardstick,
        other => Refusal::Unreadable(other),
    })?;
    let found = imported
        .into_iter()
        .map(|item| {
            Found::Result(Candidate {
                framework_id: item.attempt.framework_id,
                framework_version: item.attempt.framework_version,
                answers: item.attempt.answers,
                attempt_id: Some(item.attempt.id),
                completed_at: item.attempt.completed_at,
                role_title: item.role_title,
            })
        })
        .collect();
    Ok(Read {
        noun: Noun::Result,
        found,
    })
}

/// The framework to score a result against: its own version; else the team's version
/// of the role; else any version of it (answers are keyed by question id, so they carry
/// over, as the history page scores a result whose version is not published).
fn framework_for<'a>(
    candidate: &Candidate,
    team_version: Option<&str>,
    frameworks: &[&'a Framework],
) -> Option<&'a Framework> {
    let of_role = || {
        frameworks
            .iter()
            .copied()
            .filter(|f| f.id == candidate.framework_id)
    };
    of_role()
        .find(|f| f.version == candidate.framework_version)
        .or_else(|| of_role().find(|f| Some(f.version.as_str()) == team_version))
        .or_else(|| of_role().next())
}

/// Whether `framework` has the same capability areas (by id) as the team's columns.
fn same_areas(role: &Role, framework: &Framework) -> bool {
    let areas: Vec<&str> = framework
        .capability_dimensions()
        .map(|d| d.id.as_str())
        .collect();
    areas.len() == role.columns.len()
        && role
            .columns
            .iter()
            .all(|c| areas.contains(&c.dimension_id.as_str()))
}

/// A result's role as a message names it: the title this site has for it, else the
/// file's title with the id, else the id.
fn role_name(candidate: &Candidate, frameworks: &[&Framework]) -> String {
    if let Some(framework) = frameworks.iter().find(|f| f.id == candidate.framework_id) {
        return framework.title.clone();
    }
    match &candidate.role_title {
        Some(title) if title.trim() != candidate.framework_id => {
            format!("{} ({})", title.trim(), candidate.framework_id)
        }
        _ => candidate.framework_id.clone(),
    }
}

/// The member's score in each of the team's columns, scored now from `answers`.
fn score_areas(role: &Role, framework: &Framework, answers: &Answers) -> Vec<Option<AreaScore>> {
    let result = score(framework, answers);
    role.columns
        .iter()
        .map(|column| {
            let value = result.dimension(&column.dimension_id)?.score?;
            let level = framework.level_for(value);
            Some(AreaScore {
                score: value,
                whole: whole_score(framework, value),
                level_id: level.map(|l| l.id.clone()),
                band: level
                    .and_then(|l| role.levels.iter().position(|b| b.level_id == l.id))
                    .or_else(|| role.band_of(value)),
            })
        })
        .collect()
}

/// Said after a refusal when the team already had people.
fn unchanged(had_people: bool) -> &'static str {
    if had_people {
        " The team is unchanged."
    } else {
        ""
    }
}

/// The report's message for a readable input.
fn report_message(
    phrase: &str,
    noun: Noun,
    results: usize,
    added_names: &[String],
    left_out: &[LeftOut],
) -> String {
    let added = added_names.len();
    if results == 1 {
        return match (added_names.first(), left_out.first()) {
            (Some(name), _) => format!("Imported {name} from {phrase}."),
            (None, Some(left)) => {
                format!("{} was not imported. {}", capitalised(phrase), left.reason)
            }
            (None, None) => format!("{} was not imported.", capitalised(phrase)),
        };
    }
    let mut message = match added {
        a if a == results => format!("Imported {results} {} from {phrase}.", noun.word(results)),
        0 => format!(
            "None of the {results} {} in {phrase} was imported.",
            noun.word(results)
        ),
        a => format!(
            "Imported {a} of the {results} {} in {phrase}.",
            noun.word(results)
        ),
    };
    for group in reason_groups(left_out) {
        message.push(' ');
        message.push_str(&group_sentence(noun, &group));
    }
    message
}

/// The left-out results grouped by kind of reason, kinds in order of first appearance.
fn reason_groups(left_out: &[LeftOut]) -> Vec<Vec<&LeftOut>> {
    let mut groups: Vec<Vec<&LeftOut>> = Vec::new();
    for left in left_out {
        let kind = std::mem::discriminant(&left.reason);
        match groups.iter_mut().find(|g| {
            g.first()
                .is_some_and(|f| std::mem::discriminant(&f.reason) == kind)
        }) {
            Some(group) => group.push(left),
            None => groups.push(vec![left]),
        }
    }
    groups
}

/// One sentence about a group of results left out for the same kind of reason:
/// `"Results 2 and 5 are already in the team (as Ada Byrne and Ben Okafor)."`
fn group_sentence(noun: Noun, group: &[&LeftOut]) -> String {
    let n = group.len();
    let subject = if n <= 5 {
        let places: Vec<String> = group.iter().map(|l| (l.position + 1).to_string()).collect();
        capitalised(&format!("{} {}", noun.word(n), join_words(&places)))
    } else {
        format!("{n} {}", noun.word(n))
    };
    let (is, was) = if n == 1 {
        ("is", "was")
    } else {
        ("are", "were")
    };
    let distinct = |pick: &dyn Fn(&LeftOutReason) -> Option<String>| {
        let mut out: Vec<String> = Vec::new();
        for value in group.iter().filter_map(|l| pick(&l.reason)) {
            if !out.contains(&value) {
                out.push(value);
            }
        }
        out
    };
    let Some(first) = group.first().map(|l| &l.reason) else {
        return String::new();
    };
    match first {
        LeftOutReason::OtherRole { team_role, .. } => {
            let roles = distinct(&|r| match r {
                LeftOutReason::OtherRole { role, .. } => Some(role.clone()),
                _ => None,
            });
            format!(
                "{subject} {is} for {}, and this team is {team_role}: a team holds one role.",
                join_words(&roles)
            )
        }
        LeftOutReason::UnknownRole { .. } => {
            let roles = distinct(&|r| match r {
                LeftOutReason::UnknownRole { role } => Some(role.clone()),
                _ => None,
            });
            let which = if roles.len() == 1 {
                "a role this site does not have"
            } else {
                "roles this site does not have"
            };
            format!("{subject} {is} for {}, {which}.", join_words(&roles))
        }
        LeftOutReason::DifferentAreas { team_version, .. } => {
            let versions = distinct(&|r| match r {
                LeftOutReason::DifferentAreas { version, .. } => Some(version.clone()),
                _ => None,
            });
            let word = if versions.len() == 1 {
                "version"
            } else {
                "versions"
            };
            format!(
                "{subject} {was} made with {word} {} of the questions, whose areas differ from those of version {team_version}, which this team's results use.",
                join_words(&versions)
            )
        }
        LeftOutReason::Duplicate { .. } => {
            let names = distinct(&|r| match r {
                LeftOutReason::Duplicate { of } => Some(of.clone()),
                _ => None,
            });
            let shown: Vec<String> = names.iter().take(5).cloned().collect();
            let more = match names.len().saturating_sub(shown.len()) {
                0 => String::new(),
                k => format!(" and {k} more"),
            };
            format!(
                "{subject} {is} already in the team (as {}{more}).",
                join_words(&shown)
            )
        }
        LeftOutReason::TeamFull => format!(
            "{subject} {was} left out: the team already holds {} people, the most it can.",
            MEMBERS.max
        ),
        LeftOutReason::Code(_) => {
            // Each distinct problem once: fifty copies of "damaged" say no more than one.
            let problems = distinct(&|r| match r {
                LeftOutReason::Code(error) => Some(error.to_string()),
                _ => None,
            });
            format!("{subject} could not be read. {}", problems.join(" "))
        }
    }
}

/// `"a"`, `"a and b"`, `"a, b and c"`.
pub(crate) fn join_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `text` with its first letter upper-cased (ASCII): `"the pasted link"` → `"The …"`.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// One line for all the inputs of an import, for a live region: `"Imported 12 people.
/// 2 of the 14 files and pastes were not imported. The team has 12 people."`
pub fn import_summary(reports: &[InputReport], team_size: usize) -> String {
    let added: usize = reports.iter().map(|r| r.added.len()).sum();
    let not_imported = reports
        .iter()
        .filter(|r| r.status() == InputStatus::NotImported)
        .count();
    let partly = reports
        .iter()
        .filter(|r| r.status() == InputStatus::PartlyImported)
        .count();
    let mut out = match added {
        0 => "No one was imported.".to_string(),
        n => format!("Imported {}.", people(n)),
    };
    let inputs = reports.len();
    if not_imported > 0 && inputs > 1 {
        let verb = if not_imported == 1 { "was" } else { "were" };
        out.push_str(&format!(
            " {not_imported} of the {inputs} files and pastes {verb} not imported."
        ));
    }
    match partly {
        0 => {}
        1 => out.push_str(" 1 was imported only in part; its note says why."),
        n => out.push_str(&format!(
            " {n} were imported only in part; their notes say why."
        )),
    }
    out.push_str(&format!(" The team has {}.", people(team_size)));
    out
}

/// `"1 person"`, `"12 people"`.
pub(crate) fn people(n: usize) -> String {
    if n == 1 {
        "1 person".to_string()
    } else {
        format!("{n} people")
    }
}
