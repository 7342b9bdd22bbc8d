//! Runs a rule's documented examples: each failing one must raise the rule, no passing one
//! may, and none may be an invalid manifest (unless the rule is about validity). So a rule's
//! documentation cannot lie; `dglint rule --test DIR` runs this on user rules.

use std::path::Path;

use super::Linted;
use super::definition::PublishedExample;
use super::engine::{Engine, FileSettings, PARSE_ERROR};
use super::registry::{Registry, Rule};
use crate::document::paths::PathNames;
use crate::document::{Document, Syntax, parse_text};
use crate::model::dates::parse_instant;
use crate::model::local_files::LocalFiles;
use crate::model::published::{Portal, Published, StateName};
use crate::model::{Instance, Origin};

/// The file name an example is read as.
pub const EXAMPLE_PATH: &str = "example.dataset.yaml";

/// How an example's files are named: as if it sat at the root of a project, so that its
/// messages read the same wherever the examples run.
pub fn example_names() -> PathNames {
    PathNames::new(Path::new("/project"), Path::new("/project"))
}

/// Lints `yaml` with every rule of `registry`, as `rule`'s examples say to run (their date,
/// their kind of data, their link verdicts).
pub fn lint_example(registry: &'static Registry, rule: &Rule, yaml: &str) -> (Document, Linted) {
    let engine = example_engine(registry, rule);
    let path = Path::new(EXAMPLE_PATH);
    let document = parse_text(path, Syntax::Yaml, yaml.to_owned());
    let files = LocalFiles::beside(path, &example_names());
    let linted = engine.lint(&document, &files);
    (document, linted)
}

/// The engine `rule`'s examples run with: every rule of `registry`, the examples' date, kind
/// of data and link verdicts.
pub fn example_engine(registry: &'static Registry, rule: &Rule) -> Engine {
    let examples = &rule.def.examples;
    let as_of = examples
        .as_of
        .as_deref()
        .and_then(parse_instant)
        .unwrap_or_else(|| parse_instant("2026-01-01").unwrap_or_default());
    let settings = FileSettings::every_rule(registry, Instance::default());
    let origin = rule.def.only.unwrap_or(Origin::Manifest);
    let mut engine = Engine::new(registry, settings, as_of, Some(origin));
    if rule.def.links {
        engine.set_links(examples.links.clone().into_iter().collect());
    }
    if rule.def.portal {
        engine.set_portal(example_portal(&examples.portal));
    }
    engine
}

/// What the portal publishes for a rule's examples: each live dataset read from its YAML.
fn example_portal(published: &std::collections::BTreeMap<String, PublishedExample>) -> Portal {
    let mut portal = Portal::default();
    for (key, example) in published {
        let state = match example.state {
            StateName::Live => {
                let yaml = example.dataset.clone().unwrap_or_default();
                let document = parse_text(Path::new("portal.yaml"), Syntax::Yaml, yaml);
                Published::Live(document.value.unwrap_or_default())
            }
            StateName::Deleted => Published::Deleted,
            StateName::Unknown => Published::Unknown,
            StateName::WithoutManifest => Published::WithoutManifest,
        };
        portal.insert([key.as_str()], state);
    }
    portal
}

/// The codes the rules of `registry` raise on `yaml`, run as `rule`'s examples say.
fn codes_raised(registry: &'static Registry, rule: &Rule, yaml: &str) -> Vec<&'static str> {
    lint_example(registry, rule, yaml)
        .1
        .findings
        .into_iter()
        .map(|finding| finding.code)
        .collect()
}

/// What is wrong with a rule's examples; empty when they tell the truth.
pub fn check_examples(registry: &'static Registry, rule: &Rule) -> Vec<String> {
    let mut problems = Vec::new();
    let code = rule.code();
    let about_validity = rule.def.category.as_str() == "schema" || code == PARSE_ERROR;
    let invalid = |codes: &[&str]| {
        codes
            .iter()
            .any(|code| code.starts_with("DG1") || *code == PARSE_ERROR)
    };
    let examples = &rule.def.examples;
    if examples.fail.is_empty() || examples.pass.is_empty() {
        problems.push(format!("{code}: it needs a failing and a passing example"));
    }
    let mut fix_offered = false;
    for (number, example) in examples.fail.iter().enumerate() {
        let findings = lint_example(registry, rule, example).1.findings;
        fix_offered |= findings
            .iter()
            .any(|finding| finding.code == code && finding.fix.is_some());
        let raised: Vec<&str> = findings.iter().map(|finding| finding.code).collect();
        if !raised.contains(&code) {
            problems.push(format!(
                "{code}: its failing example {} raised {raised:?}",
                number + 1
            ));
        }
        if !about_validity && invalid(&raised) {
            problems.push(format!(
                "{code}: its failing example {} is not a valid manifest",
                number + 1
            ));
        }
    }
    if rule.def.autofix.is_some() && !fix_offered {
        problems.push(format!(
            "{code}: it declares a fix ([autofix]) that none of its failing examples offers"
        ));
    }
    for (number, example) in examples.pass.iter().enumerate() {
        let raised = codes_raised(registry, rule, example);
        if raised.contains(&code) {
            problems.push(format!(
                "{code}: its passing example {} raised it",
                number + 1
            ));
        }
        if !about_validity && invalid(&raised) {
            problems.push(format!(
                "{code}: its passing example {} is not a valid manifest",
                number + 1
            ));
        }
    }
    problems
}
