//! Verdicts remembered between runs (`.dglint_cache/links.json`), so that a second run in
//! pre-commit or CI does not ask the servers again for URLs checked recently.
//!
//! Only verdicts that say something about the link (available, unavailable) are kept. The
//! file is written to a temporary file then renamed, so a crash never leaves half a file; a
//! file that cannot be read is ignored with a warning.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::verdict::{State, Verdict};

/// The cache file's name in the cache directory.
pub const FILE_NAME: &str = "links.json";

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    entries: HashMap<String, Entry>,
}

#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    /// When the link was checked, in seconds since 1970.
    checked_at: u64,
    verdict: Verdict,
}

/// Why the cache cannot be written.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("cannot-write", path = path, reason = crate::i18n::io_reason(source)))]
pub struct CacheError {
    /// The file or folder.
    pub path: String,
    /// Why.
    pub source: std::io::Error,
}

/// The verdicts of earlier runs.
pub struct Cache {
    path: PathBuf,
    ttl: Duration,
    now: u64,
    entries: HashMap<String, Entry>,
}

fn seconds_since_epoch(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |duration| duration.as_secs())
}

impl Cache {
    /// Opens the cache in `directory` (not created until saved); returns it and a warning
    /// when an existing file could not be read.
    pub fn open(directory: &Path, ttl: Duration) -> (Cache, Option<String>) {
        let path = directory.join(FILE_NAME);
        let mut warning = None;
        // Only a regular file is read: a FIFO or a device in its place would block the run.
        let regular = std::fs::metadata(&path).is_ok_and(|meta| meta.is_file());
        let text = if regular {
            std::fs::read_to_string(&path)
        } else {
            Err(std::io::Error::from(std::io::ErrorKind::NotFound))
        };
        let entries = match text {
            Ok(text) => match serde_json::from_str::<CacheFile>(&text) {
                Ok(file) if file.version == VERSION => file.entries,
                Ok(_) => HashMap::new(),
                Err(error) => {
                    warning = Some(crate::msg!(
                        "link-cache-unreadable",
                        path = path.display(),
                        detail = error
                    ));
                    HashMap::new()
                }
            },
            Err(_) => HashMap::new(),
        };
        let cache = Cache {
            path,
            ttl,
            now: seconds_since_epoch(SystemTime::now()),
            entries,
        };
        (cache, warning)
    }

    /// A verdict checked less than the TTL ago.
    pub fn get(&self, url: &str) -> Option<&Verdict> {
        let entry = self.entries.get(url)?;
        (self.now.saturating_sub(entry.checked_at) < self.ttl.as_secs()).then_some(&entry.verdict)
    }

    /// Remembers a verdict, unless it says nothing of the link (unknown).
    pub fn store(&mut self, url: &str, verdict: &Verdict) {
        if verdict.state == State::Unknown {
            return;
        }
        self.entries.insert(
            url.to_owned(),
            Entry {
                checked_at: self.now,
                verdict: verdict.clone(),
            },
        );
    }

    /// Writes the cache (its fresh entries), atomically.
    pub fn save(&self) -> Result<(), CacheError> {
        let fresh: HashMap<String, Entry> = self
            .entries
            .iter()
            .filter(|(_, entry)| self.now.saturating_sub(entry.checked_at) < self.ttl.as_secs())
            .map(|(url, entry)| (url.clone(), entry.clone()))
            .collect();
        let write = |path: &Path| {
            let path = path.display().to_string();
            move |source| CacheError { path, source }
        };
        let text = serde_json::to_string(&CacheFile {
            version: VERSION,
            entries: fresh,
        })
        .map_err(std::io::Error::from)
        .map_err(write(&self.path))?;
        let directory = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(directory).map_err(write(directory))?;
        let temporary = self
            .path
            .with_extension(format!("json.{}.tmp", std::process::id()));
        std::fs::write(&temporary, text)
            .and_then(|()| std::fs::rename(&temporary, &self.path))
            .map_err(write(&self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_survive_a_run_and_a_corrupt_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let (mut cache, warning) = Cache::open(dir.path(), Duration::from_secs(3600));
        assert!(warning.is_none());
        cache.store(
            "https://a.fr/x.csv",
            &Verdict::new(State::Available, "HTTP 200"),
        );
        cache.store(
            "https://a.fr/y.csv",
            &Verdict::new(State::Unknown, "timed out twice"),
        );
        cache.save().unwrap();
        let (reopened, _) = Cache::open(dir.path(), Duration::from_secs(3600));
        assert_eq!(
            reopened.get("https://a.fr/x.csv").unwrap().reason,
            "HTTP 200"
        );
        assert!(
            reopened.get("https://a.fr/y.csv").is_none(),
            "unknown is not kept"
        );
        let (expired, _) = Cache::open(dir.path(), Duration::ZERO);
        assert!(expired.get("https://a.fr/x.csv").is_none());

        std::fs::write(dir.path().join(FILE_NAME), "{\"version\": 1, \"entr").unwrap();
        let (broken, warning) = Cache::open(dir.path(), Duration::from_secs(3600));
        assert!(warning.unwrap().contains("cannot be read"));
        assert!(broken.get("https://a.fr/x.csv").is_none());
    }
}
