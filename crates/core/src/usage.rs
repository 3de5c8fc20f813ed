//! What Yardstick keeps in this browser's storage, counted and sized for the "Your data"
//! page.
//!
//! ```
//! use yardstick_core::usage::format_bytes;
//! assert_eq!(format_bytes(12_595), "12.3 KB");
//! ```

use super::attempt::Attempt;
use super::display::fixed;
use super::store::Store;

/// One backup: its key, size and when it was made (`None`: by an earlier build, in the
/// single backup slot it had).
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub key: String,
    pub bytes: usize,
    pub made_at: Option<f64>,
}

/// How many of something and roughly how many bytes they take.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub count: usize,
    pub bytes: usize,
}

/// What Yardstick keeps in this browser.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageUsage {
    /// Attempts in progress; bytes are their share of the saved state.
    pub in_progress: Usage,
    /// Completed attempts; bytes are their share of the saved state.
    pub completed: Usage,
    /// Copies of saved data this build could not read, oldest first.
    pub backups: Vec<Backup>,
    /// Any other entry under Yardstick's prefix (count and bytes).
    pub other: Usage,
    /// Everything under Yardstick's prefix, as storage counts it.
    pub total_bytes: usize,
    /// Finished results with an invitation to give feedback, and the responses added to
    /// them (kept inside those results, so their bytes are in `completed`).
    pub invitations: usize,
    pub responses: usize,
}

/// Summarises storage from the `entries` under Yardstick's prefix (key and bytes, as
/// the browser counts them) and the `store` in use. Attempt sizes are measured on their
/// saved JSON (UTF-16, two bytes a character, as browsers count storage), so they add up
/// to a little less than the total, which also holds the store's own bookkeeping.
pub fn storage_usage(store: &Store, entries: &[(String, usize)], state_key: &str) -> StorageUsage {
    let measure = |attempts: &[Attempt]| Usage {
        count: attempts.len(),
        bytes: attempts
            .iter()
            .map(|a| serde_json::to_string(a).map_or(0, |s| s.encode_utf16().count() * 2))
            .sum(),
    };
    let mut usage = StorageUsage {
        in_progress: measure(&store.in_progress),
        completed: measure(&store.history),
        ..StorageUsage::default()
    };
    for record in store.history.iter().filter_map(|a| a.feedback.as_ref()) {
        usage.invitations += 1;
        usage.responses += record.responses.len();
    }
    for (key, bytes) in entries {
        usage.total_bytes += bytes;
        if crate::layout::is_backup_key(key) {
            usage.backups.push(Backup {
                key: key.clone(),
                bytes: *bytes,
                made_at: crate::layout::backup_made_at(key),
            });
        } else if key != state_key
            && key != crate::layout::INDEX_KEY
            && !key.starts_with(crate::layout::ATTEMPT_PREFIX)
        {
            usage.other.count += 1;
            usage.other.bytes += bytes;
        }
    }
    crate::order::sort_stable_by(&mut usage.backups, |a, b| {
        a.made_at
            .unwrap_or(0.0)
            .total_cmp(&b.made_at.unwrap_or(0.0))
    });
    usage
}

/// A size for people: "0 bytes", "1 byte", "850 bytes", "12.3 KB", "1.5 MB" (1 KB is
/// 1024 bytes).
pub fn format_bytes(bytes: usize) -> String {
    const KB: f64 = 1024.0;
    match bytes {
        1 => "1 byte".to_string(),
        b if b < 1024 => format!("{b} bytes"),
        b if (b as f64) < KB * KB => format!("{} KB", fixed(b as f64 / KB, 1)),
        b => format!("{} MB", fixed(b as f64 / (KB * KB), 1)),
    }
}
