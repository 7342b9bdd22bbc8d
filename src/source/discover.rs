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
#[error("{path}: {message}")]
pub struct DiscoveryError {
    /// The path concerned.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// The manifests under `inputs`, sorted and without duplicates, and the errors met.
pub fn discover(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<DiscoveryError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.is_file() {
            files.push(clean(input));
        } else if input.is_dir() {
            walk(input, &mut files, &mut errors);
        } else {
            errors.push(DiscoveryError {
                path: input.display().to_string(),
                message: "no such file or directory".into(),
            });
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn walk(directory: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<DiscoveryError>) {
    let walker = ignore::WalkBuilder::new(directory)
        .require_git(false)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                let named = entry.file_name().to_str().is_some_and(is_manifest_name);
                if is_file && named {
                    files.push(clean(entry.path()));
                }
            }
            Err(error) => errors.push(DiscoveryError {
                path: directory.display().to_string(),
                message: error.to_string(),
            }),
        }
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
