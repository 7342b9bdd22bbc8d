//! Files a manifest references by `path`: whether they exist and when they last changed.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::document::paths::PathNames;
use crate::model::dates::parse_instant;

/// Resolves `path` resources against the manifest's directory.
#[derive(Debug)]
pub struct LocalFiles {
    base: PathBuf,
    /// How messages name the files (as reports name the manifest).
    names: PathNames,
    /// Dates already asked of git, by relative path (several rules and the scores ask).
    dates: Mutex<HashMap<String, Option<DateTime<Utc>>>>,
}

impl LocalFiles {
    /// Files relative to the directory of `manifest`, named in messages by `names`.
    pub fn beside(manifest: &Path, names: &PathNames) -> LocalFiles {
        let base = manifest
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        LocalFiles {
            base,
            names: names.clone(),
            dates: Mutex::default(),
        }
    }

    /// The path of a resource file on disk.
    pub fn resolve(&self, relative: &str) -> PathBuf {
        self.base.join(relative)
    }

    /// The name of a resource file in messages: the name reports give it, whatever form the
    /// manifest's path was given in.
    pub fn name(&self, relative: &str) -> String {
        self.names.name(&self.resolve(relative))
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

/// How long git may take to date a file before its modification time is used instead.
const GIT_WAIT: Duration = Duration::from_secs(3);

/// The date of the file's last commit, asked of git: never prompting, taking no lock, and
/// given up after [`GIT_WAIT`] (a repository on a slow disk, a hung credential helper or a
/// lock held elsewhere must not hold the run).
fn last_commit_date(directory: &Path, file: &Path) -> Option<DateTime<Utc>> {
    let file = file.canonicalize().ok()?;
    let mut child = Command::new("git")
        .arg("-C")
        .arg(directory)
        .args(["log", "-1", "--format=%cI", "--"])
        .arg(file)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = Instant::now() + GIT_WAIT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    };
    if !status.success() {
        return None;
    }
    // One date: far less than a pipe holds, so git never waited on us to read it.
    let mut text = String::new();
    child.stdout.take()?.read_to_string(&mut text).ok()?;
    parse_instant(text.trim())
}
