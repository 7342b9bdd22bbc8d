//! `--fix` on any manifest that parses: the fixed text parses, a second pass changes nothing,
//! and the edits each pass reports, applied in turn, give the fixed text. The first byte says
//! the syntax (even: YAML, odd: JSON); the rest is the text.
#![no_main]

// The fix target uses the engine of the pipeline, not its run.
#[allow(dead_code)]
mod pipeline;

use std::path::Path;

use dglint::document::{Syntax, edit, parse_text};
use dglint::fix::{FixSettings, fix_document};
use dglint::model::Origin;
use libfuzzer_sys::fuzz_target;

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
    let registry = pipeline::registry();
    let (engine, _, files) = pipeline::engine(Some(Origin::Manifest));
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
