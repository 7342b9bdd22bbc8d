//! Files a manifest references by `path`: whether they exist and when they last changed.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

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
    /// The last commits of the files, shared by the run.
    commits: Arc<CommitDates>,
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
            commits: Arc::default(),
        }
    }

    /// The same files, dated by the run's shared reading of the repositories' histories.
    pub fn dated_by(self, commits: &Arc<CommitDates>) -> LocalFiles {
        LocalFiles {
            commits: Arc::clone(commits),
            ..self
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
        let date = self.commits.of(&path).or_else(|| {
            let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
            Some(DateTime::<Utc>::from(modified))
        });
        self.dates().insert(relative.to_owned(), date);
        date
    }
}

/// How long git may take to date the files of a repository before modification times are
/// used instead (a repository on a slow disk, a hung credential helper or a lock held
/// elsewhere must not hold the run).
const GIT_WAIT: Duration = Duration::from_secs(10);

/// Most paths given to one `git log` (its command line stays far below the system's limit).
const PATHS_PER_CALL: usize = 2_000;

/// The dates of the files' last commits. A run names up front the files its manifests name
/// ([`CommitDates::expect`]); the first date asked is read for all of them at once, with one
/// `git log` per repository that stops as soon as every file has its date; when no date is
/// asked (the manifests declare their last update), git is never run.
#[derive(Debug, Default)]
pub struct CommitDates {
    /// The date of each file read so far, by its canonical path (`None`: git could not tell,
    /// and its modification time stands in).
    known: Mutex<HashMap<PathBuf, Option<DateTime<Utc>>>>,
    /// The files expected to be asked about, not read yet.
    expected: Mutex<Vec<PathBuf>>,
    /// Held while git is read, so that questions asked together wait for one reading.
    reading: Mutex<()>,
}

impl CommitDates {
    /// The date of `file`'s last commit, when it is in a git repository that knows it.
    pub fn of(&self, file: &Path) -> Option<DateTime<Utc>> {
        let file = file.canonicalize().ok()?;
        if let Some(known) = self.known().get(&file) {
            return *known;
        }
        let _reading = self
            .reading
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !self.known().contains_key(&file) {
            let mut files = std::mem::take(
                &mut *self
                    .expected
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner),
            );
            files.push(file.clone());
            self.read(&files);
        }
        self.known().get(&file).copied().flatten()
    }

    /// Names the files whose dates may be asked: the first question reads them all.
    pub fn expect(&self, files: Vec<PathBuf>) {
        self.expected
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(files);
    }

    /// Dates `files` with one `git log` per repository they are in (per [`PATHS_PER_CALL`]
    /// files).
    fn read(&self, files: &[PathBuf]) {
        let mut by_repository: HashMap<PathBuf, Vec<PathBuf>> = HashMap::new();
        for file in files {
            let Ok(file) = file.canonicalize() else {
                continue;
            };
            if self.known().contains_key(&file) {
                continue;
            }
            match work_tree(&file) {
                Some(root) => by_repository.entry(root).or_default().push(file),
                None => {
                    self.known().insert(file, None);
                }
            }
        }
        for (root, files) in by_repository {
            for chunk in files.chunks(PATHS_PER_CALL) {
                // Each file is under its work tree: `work_tree` found it among its ancestors.
                let relative: Vec<&Path> = chunk
                    .iter()
                    .map(|file| file.strip_prefix(&root).unwrap_or(file))
                    .collect();
                let dates = last_commits(&root, &relative).unwrap_or_default();
                let mut known = self.known();
                for (file, relative) in chunk.iter().zip(relative) {
                    known.insert(file.clone(), dates.get(relative).copied());
                }
            }
        }
    }

    /// The dates known so far (a panic elsewhere cannot leave them unusable).
    fn known(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Option<DateTime<Utc>>>> {
        self.known
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The work tree `file` is in: the nearest directory above it holding `.git`.
fn work_tree(file: &Path) -> Option<PathBuf> {
    file.ancestors()
        .skip(1)
        .find(|directory| directory.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The date of the last commit of each of `files` (relative to the work tree `root`): one
/// `git log` limited to them, never prompting and taking no lock, read on a thread of its own
/// that stops it once every file has its date; given up after [`GIT_WAIT`].
fn last_commits(root: &Path, files: &[&Path]) -> Option<HashMap<PathBuf, DateTime<Utc>>> {
    let mut child = Command::new("git")
        .arg("--literal-pathspecs")
        .arg("-C")
        .arg(root)
        .args(["log", "--format=format:%x01%cI", "--name-only", "-z", "--"])
        .args(files)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let stdout = child.stdout.take()?;
    let wanted = files.len();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut history = History::default();
        let mut reader = std::io::BufReader::new(stdout);
        let mut token = Vec::new();
        while history.dates.len() < wanted {
            token.clear();
            match reader.read_until(0, &mut token) {
                Ok(0) | Err(_) => break,
                Ok(_) => history.read(token.strip_suffix(&[0]).unwrap_or(&token)),
            }
        }
        let _ = sender.send(history.dates);
    });
    let dates = receiver.recv_timeout(GIT_WAIT).ok();
    // Done (or given up): git has nothing more to say that is needed.
    let _ = child.kill();
    let _ = child.wait();
    dates
}

/// What `git log --format=format:%x01%cI --name-only -z` said so far: each commit is `\x01`,
/// its date, a line break, then its files each ended by NUL; the first date seen for a file
/// is its last commit's.
#[derive(Default)]
struct History {
    /// The date of the commit being read.
    current: Option<DateTime<Utc>>,
    /// Each file's date.
    dates: HashMap<PathBuf, DateTime<Utc>>,
}

impl History {
    /// Reads one NUL-separated piece of the log.
    fn read(&mut self, token: &[u8]) {
        let name = match token.strip_prefix(b"\x01") {
            Some(commit) => {
                let (stamp, first) = match commit.iter().position(|byte| *byte == b'\n') {
                    Some(end) => (&commit[..end], &commit[end + 1..]),
                    None => (commit, &b""[..]),
                };
                self.current = std::str::from_utf8(stamp).ok().and_then(parse_instant);
                first
            }
            None => token,
        };
        if let (Some(date), Ok(name)) = (self.current, std::str::from_utf8(name))
            && !name.is_empty()
        {
            self.dates.entry(PathBuf::from(name)).or_insert(date);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_date_of_a_file_in_the_log_is_its_last_commit() {
        let log =
            b"\x012026-12-02T13:19:52Z\nbuild.rs\0src/a.rs\0\0\x012026-11-30T10:00:00+01:00\n\
                    src/a.rs\0docs/\xc3\xa9t\xc3\xa9.md\0\0\x012026-11-01T00:00:00Z";
        let mut history = History::default();
        for token in log.split(|byte| *byte == 0) {
            history.read(token);
        }
        let history = history.dates;
        let date = |name: &str| history.get(Path::new(name)).map(DateTime::to_rfc3339);
        assert_eq!(
            date("build.rs").as_deref(),
            Some("2026-12-02T13:19:52+00:00")
        );
        assert_eq!(
            date("src/a.rs").as_deref(),
            Some("2026-12-02T13:19:52+00:00")
        );
        assert_eq!(
            date("docs/été.md").as_deref(),
            Some("2026-11-30T09:00:00+00:00")
        );
        assert_eq!(history.len(), 3);
    }

    #[test]
    fn a_file_of_this_repository_is_dated_by_its_last_commit() {
        let commits = CommitDates::default();
        let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        commits.expect(vec![readme.clone(), PathBuf::from("/nonexistent/a.csv")]);
        // A checkout without its history (an archive) has no dates to give.
        if work_tree(&readme.canonicalize().unwrap()).is_some() {
            let date = commits.of(&readme);
            assert!(
                date.is_some_and(|date| date.timestamp() > 1_700_000_000),
                "{date:?}"
            );
        }
        assert_eq!(commits.of(Path::new("/nonexistent/file.csv")), None);
    }
}
