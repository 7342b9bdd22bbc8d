//! Files a manifest references by `path`: whether they exist and when they last changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use chrono::{DateTime, Utc};

use crate::model::dates::parse_instant;

/// Resolves `path` resources against the manifest's directory.
#[derive(Debug)]
pub struct LocalFiles {
    base: PathBuf,
    /// Dates already asked of git, by relative path (several rules and the scores ask).
    dates: Mutex<HashMap<String, Option<DateTime<Utc>>>>,
}

impl LocalFiles {
    /// Files relative to the directory of `manifest`.
    pub fn beside(manifest: &Path) -> LocalFiles {
        let base = manifest
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        LocalFiles {
            base,
            dates: Mutex::default(),
        }
    }

    /// The path of a resource file on disk.
    pub fn resolve(&self, relative: &str) -> PathBuf {
        self.base.join(relative)
    }

    /// Whether the resource file exists.
    pub fn exists(&self, relative: &str) -> bool {
        self.resolve(relative).is_file()
    }

    /// The dates known so far (a panic elsewhere cannot leave them unusable).
    fn dates(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<DateTime<Utc>>>> {
        self.dates
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// When the file last changed: the date of its last commit when git knows it, else its
    /// modification time.
    pub fn last_modified(&self, relative: &str) -> Option<DateTime<Utc>> {
        let known = self.dates().get(relative).copied();
        if let Some(known) = known {
            return known;
        }
        let path = self.resolve(relative);
        let date = last_commit_date(&self.base, &path).or_else(|| {
            let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
            Some(DateTime::<Utc>::from(modified))
        });
        self.dates().insert(relative.to_owned(), date);
        date
    }
}

fn last_commit_date(directory: &Path, file: &Path) -> Option<DateTime<Utc>> {
    let file = file.canonicalize().ok()?;
    let output = Command::new("git")
        .arg("-C")
        .arg(directory)
        .args(["log", "-1", "--format=%cI", "--"])
        .arg(file)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    parse_instant(String::from_utf8_lossy(&output.stdout).trim())
}
