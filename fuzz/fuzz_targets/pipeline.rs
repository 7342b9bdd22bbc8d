//! What the manifest and catalogue targets share: one document through the whole pipeline
//! (lint with every rule, the three scores, locate every finding), as `dglint check --profile
//! mqa` runs it.

use std::path::Path;
use std::sync::OnceLock;

use dglint::document::Document;
use dglint::model::{Instance, Origin};
use dglint::report::FileReport;
use dglint::document::paths::PathNames;
use dglint::rules::Registry;
use dglint::rules::engine::{Engine, FileSettings};
use dglint::score::dglint::RanRules;
use dglint::score::{ScoreSettings, score_document};
use dglint::model::local_files::LocalFiles;

pub fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<&'static Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry::embedded().expect("the embedded rules load"))
}

/// The engine of every rule, "now" being 2026-11-22, reading data as `origin` says (detected
/// when `None`); the names files get; and the files beside the input: none, in a directory
/// that does not exist.
pub fn engine(origin: Option<Origin>) -> (Engine, PathNames, LocalFiles) {
    let registry = registry();
    let as_of = chrono::DateTime::parse_from_rfc3339("2026-11-22T12:00:00Z")
        .expect("a date")
        .to_utc();
    let engine = Engine::new(
        registry,
        FileSettings::every_rule(registry, Instance::default()),
        as_of,
        origin,
    );
    let names = PathNames::new(Path::new("/"), Path::new("/"));
    let files = LocalFiles::beside(Path::new("/nonexistent/fuzz.dataset.yaml"), &names);
    (engine, names, files)
}

/// Lints, scores and locates `document`, as data of `origin` (detected when `None`).
pub fn run(document: Document, origin: Option<Origin>) {
    let registry = registry();
    let (engine, names, files) = engine(origin);
    let as_of = engine.as_of();
    let mut linted = engine.lint(&document, &files);
    let ran = RanRules::new(&linted.rules);
    let settings = ScoreSettings {
        mqa: true,
        ..ScoreSettings::default()
    };
    let udata = std::mem::take(&mut linted.udata);
    let datasets = score_document(&document, &linted, udata, &ran, &files, &settings, as_of);
    let report = FileReport::new(document, linted, datasets, registry, &names, true);
    for located in &report.findings {
        assert!(located.start.line >= 1 && located.start.column >= 1);
        assert!(located.span.start <= located.span.end);
    }
}
