//! Notices about storage and data: what happened, in plain words, and what the person
//! can do about it. Every fault keeps the app working; a notice says what it costs.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// Storage is blocked (private mode, sandboxed iframe): answers live in memory only.
    StorageUnavailable,
    /// The browser's storage for this site is full; `unsaved` changes live in this tab
    /// only (0 at start-up: nothing is lost yet, but nothing new can be saved).
    QuotaExceeded {
        unsaved: u32,
    },
    WriteFailed(String),
    /// Saved data from an older Yardstick was upgraded.
    Migrated {
        from: u64,
    },
    /// Saved data from a newer Yardstick: left where it is, untouched, and this page
    /// does not write.
    NewerData {
        schema: u64,
    },
    /// Saved data could not be read and was copied to the backup under `backup` (its
    /// key), or could not be copied (`None`: then it is left alone and nothing is written).
    CorruptData {
        reason: String,
        backup: Option<String>,
    },
    /// Another tab running a newer Yardstick wrote data this one cannot read.
    NewerVersionElsewhere,
    /// An answer arrived for an attempt another tab already finished or discarded.
    AttemptClosedElsewhere,
    /// A role's questions could not be fetched; says why.
    RoleUnavailable {
        title: String,
        reason: String,
    },
}

/// What a notice lets the person do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// The backup under this key.
    DownloadBackup(String),
    /// Everything Yardstick keeps here, as it is (data a newer version wrote).
    DownloadStoredData,
    /// The attempts in progress as a file, when storage cannot hold them.
    DownloadAnswers,
}

impl Notice {
    pub fn message(&self) -> String {
        match self {
            Notice::StorageUnavailable => "This browser is not letting Yardstick save anything (private browsing or an embedded frame can do that). You can still take the assessment, but your answers will be gone if you reload or close this page.".to_string(),
            Notice::QuotaExceeded { unsaved: 0 } => "This browser's storage for this site is full. Everything saved so far is safe and readable, but new answers cannot be saved until there is space: delete old results in History, or data other pages of this site keep. Yardstick tries again with every answer.".to_string(),
            Notice::QuotaExceeded { unsaved } => {
                let changes = if *unsaved == 1 { "change is".to_string() } else { format!("{unsaved} changes are") };
                format!("This browser's storage for this site is full, so your last {changes} kept in this tab only: everything before is saved, but closing or reloading this tab would lose them. Yardstick tries again with every answer and when you leave the page. Download your answers to keep a copy, or free space by deleting old results in History.")
            }
            Notice::WriteFailed(reason) => format!("Your latest answer could not be saved ({reason}). It is kept while this page stays open."),
            Notice::Migrated { from } => format!("Your saved answers came from an older version of Yardstick (format {from}) and have been brought up to date. Nothing was lost."),
            Notice::NewerData { schema } => format!("Your saved data was written by a newer version of Yardstick (format {schema}), which this page cannot read. It stays where it is, untouched: this page will not change it or save anything. Open the newer version to use it, or download a copy of it."),
            Notice::CorruptData { reason, backup: Some(_) } => format!("Your saved data could not be read ({reason}). It has been kept, untouched, as a backup you can download or import again from History; this page starts fresh."),
            Notice::CorruptData { reason, backup: None } => format!("Your saved data could not be read ({reason}) and could not be backed up, so this page leaves it alone and will not save anything."),
            Notice::NewerVersionElsewhere => "Another tab is running a newer version of Yardstick. To avoid damaging its data, this tab has stopped saving; reload it to continue.".to_string(),
            Notice::AttemptClosedElsewhere => "This attempt was finished or discarded in another tab, so that answer was not saved. Go back to the start page to see where things stand.".to_string(),
            Notice::RoleUnavailable { title, reason } => format!("The questions for {title} could not be loaded. {reason} Check the connection and try again."),
        }
    }

    /// Problems that lose or risk data are announced assertively; the rest politely.
    pub fn is_warning(&self) -> bool {
        !matches!(self, Notice::Migrated { .. })
    }

    pub fn action(&self) -> Option<NoticeAction> {
        match self {
            Notice::CorruptData {
                backup: Some(key), ..
            } => Some(NoticeAction::DownloadBackup(key.clone())),
            Notice::NewerData { .. } => Some(NoticeAction::DownloadStoredData),
            Notice::QuotaExceeded { .. } => Some(NoticeAction::DownloadAnswers),
            _ => None,
        }
    }
}
