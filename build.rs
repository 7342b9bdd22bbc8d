//! Embeds every rule definition under `rules/` (except `rules/vocabularies/` and
//! `rules/criteria/`, read on their own) in the binary,
//! so that `cargo install` (and thus pre-commit) ships them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|name| name != "vocabularies" && name != "criteria")
            {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let rules_dir = root.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    collect(&rules_dir, &mut files);
    files.sort();
    let mut code = String::from("/// Every rule file: (path relative to the crate, contents).\n");
    code.push_str("pub static RULE_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file.strip_prefix(&root).expect("under the crate").display();
        writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            relative.to_string(),
            file.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("rule_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
