//! How every report names a file: relative to the project's root for the files under it,
//! absolute for the others, with `/` between the parts, whatever form the path was given in
//! (`.`, `examples/`, `./examples/a.yaml`, `/home/me/repo/examples/a.yaml` all name
//! `examples/a.yaml`). The root is the Git work tree the working directory is in, else the
//! working directory: GitLab wants paths relative to the repository, SARIF relative to a
//! declared `%SRCROOT%`, and the human formats follow them so that one finding reads the
//! same everywhere. A dataset named by URL keeps its URL.

use std::path::{Component, Path, PathBuf};

/// The root file names are relative to, and the directory relative paths start from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathNames {
    /// Absolute, without `.` or `..`.
    root: PathBuf,
    /// Absolute: where relative paths start.
    working_directory: PathBuf,
}

impl PathNames {
    /// Names relative to `root`, relative paths starting from `working_directory` (both made
    /// absolute and normalised).
    pub fn new(root: &Path, working_directory: &Path) -> PathNames {
        let working_directory = normalise(&absolute(Path::new("/"), working_directory));
        PathNames {
            root: normalise(&absolute(&working_directory, root)),
            working_directory,
        }
    }

    /// Names relative to the Git work tree the process's working directory is in, else to
    /// the working directory.
    pub fn of_working_directory() -> PathNames {
        let working_directory = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let root = git_work_tree(&working_directory).unwrap_or(&working_directory);
        PathNames::new(root, &working_directory)
    }

    /// The root (absolute).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The name of `path` in reports.
    pub fn name(&self, path: &Path) -> String {
        let text = path.to_string_lossy();
        if text.contains("://") {
            return text.into_owned();
        }
        let full = normalise(&absolute(&self.working_directory, path));
        match full.strip_prefix(&self.root) {
            Ok(relative) if !relative.as_os_str().is_empty() => slashes(relative),
            _ => slashes(&full),
        }
    }
}

/// The closest directory from `directory` up that holds `.git` (a folder, or a file in a
/// linked work tree).
fn git_work_tree(directory: &Path) -> Option<&Path> {
    directory
        .ancestors()
        .find(|candidate| candidate.join(".git").exists())
}

fn absolute(base: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

/// `path` without `.` parts, each `..` taking away the part before (as written: links are
/// not followed).
fn normalise(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

fn slashes(path: &Path) -> String {
    let text = path.display().to_string();
    if std::path::MAIN_SEPARATOR == '/' {
        text
    } else {
        text.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_path_under_the_root_has_one_name() {
        let names = PathNames::new(Path::new("/repo"), Path::new("/repo"));
        for given in [
            "examples/a.yaml",
            "./examples/a.yaml",
            "examples/../examples/./a.yaml",
            "/repo/examples/a.yaml",
            "/repo/./examples/a.yaml",
        ] {
            assert_eq!(names.name(Path::new(given)), "examples/a.yaml", "{given}");
        }
        let below = PathNames::new(Path::new("/repo"), Path::new("/repo/examples"));
        assert_eq!(below.name(Path::new("a.yaml")), "examples/a.yaml");
        assert_eq!(below.name(Path::new("../dglint.toml")), "dglint.toml");
    }

    #[test]
    fn a_path_outside_the_root_is_absolute_and_a_url_stays_as_given() {
        let names = PathNames::new(Path::new("/repo"), Path::new("/repo"));
        assert_eq!(names.name(Path::new("../other/a.yaml")), "/other/a.yaml");
        assert_eq!(names.name(Path::new("/tmp/a.yaml")), "/tmp/a.yaml");
        assert_eq!(
            names.name(Path::new("/repository/a.yaml")),
            "/repository/a.yaml"
        );
        assert_eq!(names.name(Path::new("/repo")), "/repo");
        let url = "https://www.data.gouv.fr/api/1/datasets/abc/";
        assert_eq!(names.name(Path::new(url)), url);
    }

    #[test]
    fn the_root_is_the_closest_folder_up_that_holds_git() {
        let project = tempfile::tempdir().unwrap();
        let inner = project.path().join("a/b");
        std::fs::create_dir_all(&inner).unwrap();
        let outside =
            |root: Option<&Path>| root.is_none_or(|root| !root.starts_with(project.path()));
        assert!(outside(git_work_tree(&inner)));
        std::fs::create_dir(project.path().join(".git")).unwrap();
        assert_eq!(git_work_tree(&inner), Some(project.path()));
        std::fs::create_dir(project.path().join("a/.git")).unwrap();
        assert_eq!(
            git_work_tree(&inner),
            Some(project.path().join("a").as_path())
        );
    }
}
