//! Files a manifest references by `path`: whether they exist and when they last changed.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
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

/// How long git may take to read a repository's history before modification times are used
/// instead (a repository on a slow disk, a hung credential helper or a lock held elsewhere must
/// not hold the run).
const GIT_WAIT: Duration = Duration::from_secs(10);

/// The dates of the files' last commits, read with one `git log` per repository and run: a run
/// shares one between all its manifests, which may name the same files and many of them.
#[derive(Debug, Default)]
pub struct CommitDates {
    /// Each repository's history, by its work tree, read on first use (`None`: git could not
    /// tell, and modification times stand in).
    repositories: Mutex<HashMap<PathBuf, Arc<OnceLock<Option<History>>>>>,
}

/// The date of the last commit of each file of a repository, by path relative to its work tree.
type History = HashMap<PathBuf, DateTime<Utc>>;

impl CommitDates {
    /// The date of `file`'s last commit, when it is in a git repository that knows it.
    pub fn of(&self, file: &Path) -> Option<DateTime<Utc>> {
        let file = file.canonicalize().ok()?;
        let root = work_tree(&file)?;
        let cell = {
            let mut repositories = self
                .repositories
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            Arc::clone(repositories.entry(root.clone()).or_default())
        };
        let history = cell.get_or_init(|| read_history(&root));
        history
            .as_ref()?
            .get(file.strip_prefix(&root).ok()?)
            .copied()
    }
}

/// The work tree `file` is in: the nearest directory above it holding `.git`.
fn work_tree(file: &Path) -> Option<PathBuf> {
    file.ancestors()
        .skip(1)
        .find(|directory| directory.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The history of the repository at `root`, newest first, as the date of each file's last
/// commit: `git log` never prompting and taking no lock, its output read on a thread of its
/// own, given up after [`GIT_WAIT`].
fn read_history(root: &Path) -> Option<History> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "--format=format:%x01%cI", "--name-only", "-z"])
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdout = child.stdout.take()?;
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let read = stdout.read_to_end(&mut bytes).map(|_| bytes);
        let _ = sender.send(read);
    });
    let Ok(Ok(bytes)) = receiver.recv_timeout(GIT_WAIT) else {
        let _ = child.kill();
        let _ = child.wait();
        return None;
    };
    child.wait().ok()?.success().then(|| parse_history(&bytes))
}

/// Reads `git log --format=format:%x01%cI --name-only -z`: each commit is `\x01`, its date, a
/// line break, then its files each ended by NUL; the first date seen for a file is its last.
fn parse_history(bytes: &[u8]) -> History {
    let mut history = History::new();
    let mut date = None;
    for token in bytes.split(|byte| *byte == 0) {
        let name = match token.strip_prefix(b"\x01") {
            Some(commit) => {
                let (stamp, first) = match commit.iter().position(|byte| *byte == b'\n') {
                    Some(end) => (&commit[..end], &commit[end + 1..]),
                    None => (commit, &b""[..]),
                };
                date = std::str::from_utf8(stamp).ok().and_then(parse_instant);
                first
            }
            None => token,
        };
        if let (Some(date), Ok(name)) = (date, std::str::from_utf8(name))
            && !name.is_empty()
        {
            history.entry(PathBuf::from(name)).or_insert(date);
        }
    }
    history
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_date_of_a_file_in_the_log_is_its_last_commit() {
        let log =
            b"\x012026-12-02T13:19:52Z\nbuild.rs\0src/a.rs\0\0\x012026-11-30T10:00:00+01:00\n\
                    src/a.rs\0docs/\xc3\xa9t\xc3\xa9.md\0\0\x012026-11-01T00:00:00Z";
        let history = parse_history(log);
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
