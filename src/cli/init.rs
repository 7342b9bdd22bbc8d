//! `dglint init`: a commented `dglint.toml` and a manifest template, never over a file.

use super::error_line;
use std::path::Path;

use super::{EXIT_ERROR, EXIT_OK};

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
pub fn run(directory: &Path) -> u8 {
    let existing: Vec<String> = FILES
        .iter()
        .map(|(name, _)| directory.join(name))
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if !existing.is_empty() {
        error_line(format!(
            "{} already exist{}; dglint init overwrites nothing",
            existing.join(", "),
            if existing.len() == 1 { "s" } else { "" }
        ));
        return EXIT_ERROR;
    }
    for (name, text) in FILES {
        let path = directory.join(name);
        if let Err(error) = std::fs::write(&path, text) {
            error_line(format!("cannot write {}: {error}", path.display()));
            return EXIT_ERROR;
        }
        println!("wrote {}", path.display());
    }
    EXIT_OK
}
