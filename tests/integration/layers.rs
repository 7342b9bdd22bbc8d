//! The pipeline flows one way (ARCHITECTURE.md, "Layers"): a module of `src/` names only modules of its
//! own layer or of the layers before it, and the files of one folder do not import each other
//! in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules of the crate, in layers: each may use the layers before it.
const LAYERS: &[&str] = &[
    "untrusted",
    "i18n",
    "progress",
    "document",
    "finding",
    "model",
    "source",
    "links",
    "rules",
    "fix",
    "score",
    "report",
    "audit",
    "config",
    "run",
    "error",
    "cli",
];

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}

/// The names that follow `prefix` in `text` (`crate::` → `model`, `rules`, …).
fn names_after<'t>(text: &'t str, prefix: &str) -> Vec<&'t str> {
    text.match_indices(prefix)
        .filter(|(at, _)| {
            // `$crate::` in macros names the crate root too; a longer path (`a::crate::`)
            // does not exist in Rust.
            !text[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .map(|(at, _)| {
            let rest = &text[at + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

/// The file's top-level module: `src/rules/engine.rs` → `rules`, `src/config.rs` → `config`.
fn top_module(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("under src");
    let first = relative.components().next().expect("a component");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_owned()
}

#[test]
fn no_module_imports_a_later_stage_of_the_pipeline() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rank = |module: &str| LAYERS.iter().position(|layer| *layer == module);
    let mut checked = 0;
    let mut upward = Vec::new();
    for file in sources(&src) {
        let module = top_module(&src, &file);
        let Some(own) = rank(&module) else {
            // lib.rs and main.rs sit above every layer.
            assert!(
                ["lib", "main"].contains(&module.as_str()),
                "{} is in no layer: add `{module}` to LAYERS and to ARCHITECTURE.md",
                file.display()
            );
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("readable source");
        // A module's unit tests may drive the whole pipeline to make their input.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for name in names_after(code, "crate::") {
            if let Some(used) = rank(name)
                && used > own
            {
                upward.push(format!(
                    "{} ({module}) uses crate::{name}",
                    file.strip_prefix(&src).unwrap().display()
                ));
            }
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} files read");
    assert!(
        upward.is_empty(),
        "imports that run back up the pipeline:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_files_of_a_folder_do_not_import_each_other_in_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut by_folder: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for file in sources(&src) {
        let folder = file.parent().expect("a folder").to_path_buf();
        by_folder.entry(folder).or_default().push(file);
    }
    let mut circles = Vec::new();
    for files in by_folder.values() {
        let stems: BTreeSet<String> = files
            .iter()
            .map(|file| file.file_stem().unwrap().to_string_lossy().into_owned())
            .filter(|stem| stem != "mod")
            .collect();
        // Which sibling each file names with `super::sibling`.
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in files {
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(file).expect("readable source");
            let top_level: String = text
                .lines()
                .filter(|line| !line.starts_with(' '))
                .collect::<Vec<_>>()
                .join("\n");
            let named = names_after(&top_level, "super::")
                .into_iter()
                .chain(braced_names(&top_level))
                .filter(|name| stems.contains(*name) && **name != stem)
                .map(str::to_owned)
                .collect::<Vec<_>>();
            edges.entry(stem).or_default().extend(named);
        }
        for (from, targets) in &edges {
            for to in targets {
                if edges.get(to).is_some_and(|back| back.contains(from)) && from < to {
                    circles.push(format!(
                        "{}: {from} ↔ {to}",
                        files[0].parent().unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(circles.is_empty(), "circles:\n{}", circles.join("\n"));
}

/// The names inside `use super::{a, b::c}` groups.
fn braced_names(text: &str) -> Vec<&str> {
    text.match_indices("super::{")
        .flat_map(|(at, prefix)| {
            let rest = &text[at + prefix.len()..];
            let end = rest.find('}').unwrap_or(rest.len());
            rest[..end]
                .split(',')
                .map(|item| item.trim().split("::").next().unwrap_or("").trim())
        })
        .collect()
}

/// The rule codes written as string literals in `text`, outside its tests and comments.
fn code_literals(text: &str) -> BTreeSet<&str> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| {
            line.match_indices("\"DG")
                .filter(|(start, _)| line.get(start + 6..start + 7) == Some("\""))
                .filter_map(|(start, _)| line.get(start + 1..start + 6))
        })
        .filter(|candidate| candidate[2..].bytes().all(|b| b.is_ascii_digit()))
        .collect()
}

#[test]
fn code_names_rules_through_their_generated_constants() {
    assert_eq!(
        code_literals("let x = \"DG001\";\n    // \"DG002\"\n/// \"DG003\"\n"),
        BTreeSet::from(["DG001"]),
        "the scan finds codes"
    );
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut written: Vec<String> = Vec::new();
    for file in sources(&src) {
        if file.file_name().is_some_and(|name| name == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a readable source");
        for code in code_literals(&text) {
            let relative = file.strip_prefix(&src).unwrap_or(&file).display();
            written.push(format!("{relative}: {code}"));
        }
    }
    assert!(
        written.is_empty(),
        "a rule's code belongs in its rule file; code names it through `rules::codes`, which \
         build.rs generates: {written:?}"
    );
}

#[test]
fn no_function_fails_with_a_bare_string() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let stringly: Vec<String> = sources(&src)
        .into_iter()
        .filter(|file| {
            let text = std::fs::read_to_string(file).expect("a readable source");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            code.lines().any(|line| {
                line.contains("Result<") && (line.contains(", String>") || line.contains(", &str>"))
            })
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        stringly.is_empty(),
        "errors are typed (src/error.rs and each module's error enum): {stringly:?}"
    );
}

#[test]
fn scores_reports_and_audits_read_what_linting_found_not_the_engine() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut read = 0;
    let engine_users: Vec<String> = ["score", "report", "audit"]
        .iter()
        .flat_map(|module| sources(&src.join(module)))
        .filter(|file| {
            read += 1;
            let text = std::fs::read_to_string(file).expect("a readable source");
            text.contains("rules::engine") || text.contains("engine::{")
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(read > 20, "only {read} files read");
    assert!(
        engine_users.is_empty(),
        "they take `rules::Linted` (plain data), not the engine: {engine_users:?}"
    );
}
