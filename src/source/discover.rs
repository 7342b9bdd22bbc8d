//! Finding manifests: files named on the command line, and manifests under directories.
//!
//! Directories are walked with the `ignore` crate, so `.gitignore`, `.ignore` and hidden files
//! are respected as git would. Under a directory, a manifest is a file named
//! `*.dataset.{yaml,yml,json}` or `dataset.{yaml,yml,json}`; a file named on the command
//! line is always linted, whatever its name.

use std::path::{Path, PathBuf};

/// Whether a file name is a manifest's.
pub fn is_manifest_name(name: &str) -> bool {
    let lowered = name.to_ascii_lowercase();
    ["yaml", "yml", "json"].iter().any(|extension| {
        lowered == format!("dataset.{extension}")
            || lowered.ends_with(&format!(".dataset.{extension}"))
    })
}

/// An input that could not be walked (a missing path, an unreadable directory).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("about", subject = path, problem = message))]
pub struct DiscoveryError {
    /// The path concerned.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// What the inputs held.
#[derive(Debug, Default)]
pub struct Discovered {
    /// The manifests, sorted and without duplicates.
    pub files: Vec<PathBuf>,
    /// The inputs that could not be walked.
    pub errors: Vec<DiscoveryError>,
    /// The directories given that hold no manifest.
    pub empty: Vec<PathBuf>,
}

/// The manifests under `inputs`, the errors met, and the directories that held none.
pub fn discover(inputs: &[PathBuf]) -> Discovered {
    let mut found = Discovered::default();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let before = found.files.len();
                walk(input, &mut found.files, &mut found.errors);
                if found.files.len() == before {
                    found.empty.push(input.clone());
                }
            }
            Ok(meta) if meta.is_file() => found.files.push(clean(input)),
            Ok(meta) => found.errors.push(not_regular(input, &meta)),
            Err(error) => found.errors.push(unreachable_path(input, &error)),
        }
    }
    found.files.sort();
    found.files.dedup();
    found
}

fn walk(directory: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<DiscoveryError>) {
    let walker = ignore::WalkBuilder::new(directory)
        .require_git(false)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let named = entry.file_name().to_str().is_some_and(is_manifest_name);
                let Some(kind) = entry.file_type().filter(|_| named) else {
                    continue;
                };
                if kind.is_file() {
                    files.push(clean(entry.path()));
                } else if !kind.is_dir() {
                    // A link, a FIFO, a socket or a device named like a manifest: a link to a
                    // file is read; anything else is said, never read (a FIFO would block).
                    match std::fs::metadata(entry.path()) {
                        Ok(meta) if meta.is_file() => files.push(clean(entry.path())),
                        Ok(meta) if meta.is_dir() => {}
                        Ok(meta) => errors.push(not_regular(entry.path(), &meta)),
                        Err(error) => errors.push(unreachable_path(entry.path(), &error)),
                    }
                }
            }
            Err(error) => errors.push(DiscoveryError {
                path: directory.display().to_string(),
                message: error.to_string(),
            }),
        }
    }
}

/// A path that is neither a file nor a directory: what it is.
fn not_regular(path: &Path, meta: &std::fs::Metadata) -> DiscoveryError {
    #[cfg(unix)]
    let kind = {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            "fifo"
        } else if kind.is_socket() {
            "socket"
        } else if kind.is_block_device() || kind.is_char_device() {
            "device"
        } else {
            "other"
        }
    };
    #[cfg(not(unix))]
    let kind = {
        let _ = meta;
        "other"
    };
    DiscoveryError {
        path: clean(path).display().to_string(),
        message: crate::msg!("not-regular-file", kind = kind),
    }
}

/// A path that cannot be reached: missing, a dangling link, a link loop (the system says
/// "too many levels of symbolic links"), no permission.
fn unreachable_path(path: &Path, error: &std::io::Error) -> DiscoveryError {
    let message = match error.kind() {
        std::io::ErrorKind::NotFound if path.symlink_metadata().is_ok() => {
            crate::msg!("dangling-link")
        }
        _ => crate::i18n::io_reason(error),
    };
    DiscoveryError {
        path: clean(path).display().to_string(),
        message,
    }
}

/// Drops a leading `./` so paths print as users expect.
fn clean(path: &Path) -> PathBuf {
    path.strip_prefix(".")
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_names() {
        for name in [
            "musees.dataset.yaml",
            "dataset.yml",
            "a.b.dataset.json",
            "Musees.Dataset.YAML",
        ] {
            assert!(is_manifest_name(name), "{name}");
        }
        for name in [
            "dataset.toml",
            "mydataset.yaml",
            "musees.yaml",
            "dataset.yaml.bak",
        ] {
            assert!(!is_manifest_name(name), "{name}");
        }
    }
}
