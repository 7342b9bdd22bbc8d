//! Runs a rule's documented examples: the failing one must raise the rule, the passing one
//! must not, and neither may be an invalid manifest (unless the rule is about validity). So
//! a rule's documentation cannot lie; `dglint rule --test DIR` runs this on user rules.

use std::path::Path;

use super::engine::{Engine, FileSettings, PARSE_ERROR};
use super::registry::{Registry, Rule};
use crate::document::Syntax;
use crate::document::parse_text;
use crate::model::dates::parse_instant;
use crate::model::local_files::LocalFiles;
use crate::model::{Instance, Origin};

/// The codes the rules of `registry` raise on `yaml`, run as the rule's examples say
/// (their date, their kind of data, their link verdicts).
fn codes_raised(registry: &'static Registry, rule: &Rule, yaml: &str) -> Vec<&'static str> {
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
    let path = Path::new("example.dataset.yaml");
    let document = parse_text(path, Syntax::Yaml, yaml.to_owned());
    let files = LocalFiles::beside(path);
    engine
        .lint(&document, &files)
        .findings
        .into_iter()
        .map(|finding| finding.code)
        .collect()
}

/// What is wrong with a rule's examples; empty when they tell the truth.
pub fn check_examples(registry: &'static Registry, rule: &Rule) -> Vec<String> {
    let mut problems = Vec::new();
    let code = rule.code();
    let failing = codes_raised(registry, rule, &rule.def.examples.fail);
    if !failing.contains(&code) {
        problems.push(format!("{code}: its failing example raised {failing:?}"));
    }
    let passing = codes_raised(registry, rule, &rule.def.examples.pass);
    if passing.contains(&code) {
        problems.push(format!("{code}: its passing example raised it"));
    }
    let invalid = |codes: &[&str]| {
        codes
            .iter()
            .any(|code| code.starts_with("DG1") || *code == PARSE_ERROR)
    };
    let about_validity = rule.def.category.as_str() == "schema" || code == PARSE_ERROR;
    if !about_validity && (invalid(&failing) || invalid(&passing)) {
        problems.push(format!("{code}: an example is not a valid manifest"));
    }
    problems
}
