//! Replacing a manifest with its fixed text: atomically, with its permissions, and only if
//! nobody changed it since it was read.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, mpsc};

/// Why a fixed file was not written (the file is then left as it was).
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// It changed on disk after dglint read it.
    #[error("{}", crate::msg!("fix-file-changed", path = path))]
    Changed {
        /// The file.
        path: String,
    },
    /// It is read-only.
    #[error("{}", crate::msg!("fix-file-read-only", path = path))]
    ReadOnly {
        /// The file.
        path: String,
    },
    /// Reading it again, writing beside it or renaming failed.
    #[error("{}", crate::msg!("fix-not-written", path = path, reason = crate::i18n::io_reason(source)))]
    Io {
        /// The file.
        path: String,
        /// What failed.
        #[source]
        source: std::io::Error,
    },
}

/// Replaces the file at `path`, read as `original` (without its byte order mark), with
/// `fixed`: written to a temporary file beside it, given its permissions, then renamed over
/// it, keeping its byte order mark if it had one. Nothing is written when the file no longer
/// holds `original` or is read-only.
pub fn replace_if_unchanged(path: &Path, original: &str, fixed: &str) -> Result<(), WriteError> {
    let name = path.display().to_string();
    let io = |source| WriteError::Io {
        path: name.clone(),
        source,
    };
    // One open for the permissions and the content, so that both are of the same file.
    let mut current = std::fs::File::open(path).map_err(io)?;
    let permissions = current.metadata().map_err(io)?.permissions();
    if permissions.readonly() {
        return Err(WriteError::ReadOnly { path: name });
    }
    let mut now = Vec::with_capacity(original.len() + 3);
    current.read_to_end(&mut now).map_err(io)?;
    drop(current);
    let (bom, body) = match now.strip_prefix("\u{feff}".as_bytes()) {
        Some(body) => (true, body),
        None => (false, now.as_slice()),
    };
    if body != original.as_bytes() {
        return Err(WriteError::Changed { path: name });
    }
    let directory = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temporary = tempfile::Builder::new()
        .prefix(".dglint-fix")
        .tempfile_in(directory)
        .map_err(io)?;
    if bom {
        temporary.write_all("\u{feff}".as_bytes()).map_err(io)?;
    }
    // No fsync: the rename is atomic for every reader, and flushing each of thousands of
    // files to the disk one by one cost more than all the rest of `--fix` together.
    temporary.write_all(fixed.as_bytes()).map_err(io)?;
    temporary
        .as_file()
        .set_permissions(permissions)
        .map_err(io)?;
    temporary
        .persist(path)
        .map(drop)
        .map_err(|error| io(error.error))
}

/// A file to replace: its path, the text dglint read, and its fixed text.
pub struct WriteJob {
    /// The file.
    pub path: PathBuf,
    /// What dglint read (without a byte order mark).
    pub original: String,
    /// What to write instead.
    pub fixed: String,
}

/// Replaces fixed files on threads of their own while the run lints the next ones: on this
/// kind of disk a replacement waits a fraction of a millisecond on the file system, which the
/// linting threads need not wait for.
pub struct Writer {
    sender: mpsc::Sender<WriteJob>,
    threads: Vec<std::thread::JoinHandle<Vec<(WriteJob, WriteError)>>>,
}

impl Writer {
    /// Starts `threads` writing threads.
    pub fn start(threads: usize) -> Writer {
        let (sender, receiver) = mpsc::channel::<WriteJob>();
        let receiver = Arc::new(Mutex::new(receiver));
        let threads = (0..threads.max(1))
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                std::thread::spawn(move || {
                    let mut failed = Vec::new();
                    loop {
                        let job = {
                            let receiver = receiver.lock().unwrap_or_else(PoisonError::into_inner);
                            receiver.recv()
                        };
                        let Ok(job) = job else {
                            return failed;
                        };
                        if let Err(unwritten) = job.write() {
                            failed.push(unwritten);
                        }
                    }
                })
            })
            .collect();
        Writer { sender, threads }
    }

    /// Queues a file to replace; it is written in the call when the writing threads are gone.
    pub fn submit(&self, job: WriteJob) -> Result<(), (WriteJob, WriteError)> {
        match self.sender.send(job) {
            Ok(()) => Ok(()),
            Err(mpsc::SendError(job)) => job.write(),
        }
    }

    /// Waits for every queued file; returns those that were not written, and why.
    pub fn finish(self) -> Vec<(WriteJob, WriteError)> {
        let Writer { sender, threads } = self;
        drop(sender);
        threads
            .into_iter()
            .flat_map(|thread| thread.join().unwrap_or_default())
            .collect()
    }
}

impl WriteJob {
    /// Replaces the file now ([`replace_if_unchanged`]); gives the job back with the reason
    /// when it was not written.
    pub fn write(self) -> Result<(), (WriteJob, WriteError)> {
        match replace_if_unchanged(&self.path, &self.original, &self.fixed) {
            Ok(()) => Ok(()),
            Err(error) => Err((self, error)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_since_it_was_read_is_left_alone() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("a.dataset.yaml");
        std::fs::write(&path, "license: fr-lo\n").unwrap();
        std::fs::write(&path, "license: fr-lo # edited meanwhile\n").unwrap();
        let error = replace_if_unchanged(&path, "license: fr-lo\n", "license: lov2\n");
        assert!(matches!(error, Err(WriteError::Changed { .. })));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "license: fr-lo # edited meanwhile\n"
        );
    }

    #[test]
    fn the_byte_order_mark_and_permissions_stay() {
        use std::os::unix::fs::PermissionsExt;
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("a.dataset.yaml");
        std::fs::write(&path, "\u{feff}license: fr-lo\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        replace_if_unchanged(&path, "license: fr-lo\n", "license: lov2\n").unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            "\u{feff}license: lov2\n".as_bytes()
        );
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        let leftovers = std::fs::read_dir(directory.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left beside it");
    }

    #[test]
    fn a_read_only_file_is_reported() {
        use std::os::unix::fs::PermissionsExt;
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("a.dataset.yaml");
        std::fs::write(&path, "license: fr-lo\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let error = replace_if_unchanged(&path, "license: fr-lo\n", "license: lov2\n");
        assert!(matches!(error, Err(WriteError::ReadOnly { .. })));
    }
}
