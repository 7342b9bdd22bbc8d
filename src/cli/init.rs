//! `dglint init`: a commented `dglint.toml` and a manifest template, never over a file.

use std::path::Path;

use crate::error::{Error, ExitStatus};

/// The configuration written, every key explained in English and French.
const CONFIG: &str = include_str!("templates/dglint.toml");

/// The manifest template written, every field explained in English and French.
const MANIFEST: &str = include_str!("templates/dataset.yaml");

/// The files `dglint init` writes, by name.
pub const FILES: [(&str, &str); 2] = [
    ("dglint.toml", CONFIG),
    ("nouveau-jeu.dataset.yaml", MANIFEST),
];

/// Writes the files into `directory`; refuses (exit 2) when one exists, writing none.
pub fn run(directory: &Path) -> Result<ExitStatus, Error> {
    let existing: Vec<String> = FILES
        .iter()
        .map(|(name, _)| directory.join(name))
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(Error::WouldOverwrite { existing });
    }
    for (name, text) in FILES {
        let path = directory.join(name);
        std::fs::write(&path, text).map_err(|source| Error::Write {
            path: path.display().to_string(),
            source,
        })?;
        println!("wrote {}", path.display());
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_template_names_the_schema_as_pulled_manifests_do() {
        let first_line = super::MANIFEST.lines().next().unwrap_or_default();
        assert_eq!(first_line, crate::model::pulled::schema_comment());
    }
}
