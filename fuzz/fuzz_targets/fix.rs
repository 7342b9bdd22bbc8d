//! `--fix` on any manifest that parses: the fixed text parses, a second pass changes nothing,
//! and the edits each pass reports, applied in turn, give the fixed text. The first byte says
//! the syntax (even: YAML, odd: JSON); the rest is the text.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use dglint::document::paths::PathNames;
use dglint::document::{Syntax, edit, parse_text};
use dglint::fix::{FixSettings, fix_document};
use dglint::model::local_files::LocalFiles;
use dglint::model::{Instance, Origin};
use dglint::rules::Registry;
use dglint::rules::engine::{Engine, FileSettings};
use libfuzzer_sys::fuzz_target;

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<&'static Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry::embedded().expect("the embedded rules load"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let syntax = if first % 2 == 0 { Syntax::Yaml } else { Syntax::Json };
    let path = Path::new("fuzz.dataset.yaml");
    let document = parse_text(path, syntax, text.to_owned());
    if document.value.is_none() || !document.problems.is_empty() {
        return;
    }
    let registry = registry();
    let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-22T12:00:00Z")
        .expect("a date")
        .to_utc();
    let engine = Engine::new(
        registry,
        FileSettings::every_rule(registry, Instance::default()),
        as_of,
        Some(Origin::Manifest),
    );
    let names = PathNames::new(Path::new("/"), Path::new("/"));
    let files = LocalFiles::beside(Path::new("/nonexistent/fuzz.dataset.yaml"), &names);
    let settings = FixSettings {
        unsafe_fixes: true,
        fixable: registry.rules().iter().map(|rule| rule.code().to_owned()).collect(),
    };
    let original = document.text.clone();
    let (fixed, pass) = fix_document(&engine, document, &files, &settings);
    let text = pass.document.text.clone();
    let reparsed = parse_text(path, syntax, text.clone());
    assert!(
        reparsed.value.is_some() && reparsed.problems.is_empty(),
        "the fixed text does not parse"
    );
    let (_, again) = fix_document(&engine, reparsed, &files, &settings);
    assert_eq!(again.document.text, text, "a second pass changed something");
    let mut replayed = original;
    for edits in &fixed.passes {
        replayed = edit::apply(&replayed, edits);
    }
    assert_eq!(replayed, text, "the reported edits do not give the fixed text");
});
