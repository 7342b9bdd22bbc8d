//! Replacing a manifest with its fixed text: atomically, with its permissions, and only if
//! nobody changed it since it was read.

use std::io::Write;
use std::path::Path;

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
    let metadata = std::fs::metadata(path).map_err(io)?;
    if metadata.permissions().readonly() {
        return Err(WriteError::ReadOnly { path: name });
    }
    let now = std::fs::read(path).map_err(io)?;
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
    std::fs::set_permissions(temporary.path(), metadata.permissions()).map_err(io)?;
    temporary
        .persist(path)
        .map(drop)
        .map_err(|error| io(error.error))
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
