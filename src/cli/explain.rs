//! `dglint rules` and `dglint rule`: the rules' documentation, from their files.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::json;

use std::path::Path;

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, ListFormat, print_error};
use crate::config::{Config, ConfigError, read_rule_dir};
use crate::model::Origin;
use crate::rules::examples::check_examples;
use crate::rules::{Category, Registry, Rule};
use crate::score::dglint::{self, ScoreSettings};
use crate::score::udata::RULE_CRITERIA;

/// The rules of the nearest config: the embedded ones and its `rule-dirs`.
fn registry() -> Result<&'static Registry, u8> {
    Config::discover(&std::env::current_dir().unwrap_or_default())
        .and_then(|config| config.registry())
        .map_err(|error| {
            print_error(&error);
            EXIT_ERROR
        })
}

/// Lists every rule.
pub fn list(format: ListFormat) -> u8 {
    let registry = match registry() {
        Ok(registry) => registry,
        Err(code) => return code,
    };
    let out = match format {
        ListFormat::Text => {
            let mut out = format!(
                "{:<6} {:<36} {:<13} {:<8} {}\n",
                "CODE", "NAME", "CATEGORY", "SEVERITY", "WEIGHT"
            );
            for rule in registry.rules() {
                let def = &rule.def;
                let _ = writeln!(
                    out,
                    "{:<6} {:<36} {:<13} {:<8} {}",
                    def.code,
                    def.name,
                    def.category.as_str(),
                    def.severity.as_str(),
                    def.weight
                );
            }
            out
        }
        ListFormat::Json => {
            let rules: Vec<_> = registry
                .rules()
                .iter()
                .map(|rule| {
                    json!({
                        "code": rule.def.code,
                        "name": rule.def.name,
                        "category": rule.def.category.as_str(),
                        "severity": rule.def.severity.as_str(),
                        "weight": rule.def.weight,
                        "summary": rule.def.summary,
                        "check": rule.def.check.kind(),
                    })
                })
                .collect();
            format!(
                "{}\n",
                serde_json::to_string_pretty(&rules).unwrap_or_default()
            )
        }
    };
    print!("{out}");
    EXIT_OK
}

/// Runs the examples of the rule files in `directory`; prints what each rule's examples do.
pub fn test_examples(directory: &Path) -> u8 {
    let files = match read_rule_dir(directory) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: cannot read {}: {error}", directory.display());
            return EXIT_ERROR;
        }
    };
    let paths: Vec<String> = files.iter().map(|file| file.path.clone()).collect();
    let registry = match Registry::with_user_rules(files) {
        Ok(registry) => registry,
        Err(error) => {
            print_error(&ConfigError::rule_file(error));
            return EXIT_ERROR;
        }
    };
    let mut failed = false;
    for rule in registry
        .rules()
        .iter()
        .filter(|rule| paths.iter().any(|path| path == rule.file))
    {
        let problems = check_examples(registry, rule);
        if problems.is_empty() {
            println!("{} {}: examples ok", rule.code(), rule.name());
        } else {
            failed = true;
            for problem in problems {
                println!("{problem}");
            }
        }
    }
    if failed { EXIT_FINDINGS } else { EXIT_OK }
}

/// Prints one rule's documentation.
pub fn show(code_or_name: &str) -> u8 {
    let registry = match registry() {
        Ok(registry) => registry,
        Err(code) => return code,
    };
    match registry.find(code_or_name) {
        Some(rule) => {
            print!("{}", document(rule));
            EXIT_OK
        }
        None => {
            let hint = registry
                .suggest(code_or_name)
                .map(|suggestion| format!(" (did you mean `{suggestion}`?)"))
                .unwrap_or_default();
            eprintln!("error: no rule is named `{code_or_name}`{hint}; `dglint rules` lists them");
            EXIT_ERROR
        }
    }
}

/// How the rule weighs in dglint's score, and which data.gouv.fr criterion it mirrors.
fn score_section(rule: &'static Rule) -> String {
    let settings = ScoreSettings::default();
    let mut text = String::new();
    if rule.def.weight > 0 {
        // The rules that run beside it: those for manifests, or those for API data (which
        // the manifest schema rules are not).
        let origin = rule.def.only.unwrap_or(Origin::Manifest);
        let beside: Vec<&'static Rule> = Registry::embedded()
            .map(|registry| {
                registry
                    .rules()
                    .iter()
                    .filter(|other| other.def.only.is_none_or(|only| only == origin))
                    .filter(|other| {
                        origin == Origin::Manifest || other.def.category != Category::Schema
                    })
                    .collect()
            })
            .unwrap_or_default();
        let failed = BTreeSet::from([rule.def.code.as_str()]);
        let cost = 100.0 - dglint::evaluate(&beside, &failed, &settings).score;
        let _ = write!(
            text,
            "Weight {} in category `{}`. dglint's score (0–100) takes, in each category, the \
             share of its rules' weight that passes on the dataset, then averages the \
             categories with their weights (`[score] categories` in `dglint.toml`; \
             completeness 3, openness, freshness and resources 2, the others 1). With every \
             rule for {} enabled and the default weights, failing this rule alone costs \
             {cost:.1} points.",
            rule.def.weight,
            rule.def.category,
            if origin == Origin::Api {
                "API data"
            } else {
                "manifests"
            }
        );
    } else {
        text.push_str("Weight 0: this rule does not count in dglint's score.");
    }
    for (_, criterion) in RULE_CRITERIA
        .iter()
        .filter(|(code, _)| *code == rule.def.code)
    {
        let _ = write!(
            text,
            " It reports what fails data.gouv.fr's `{}` criterion ({}).",
            criterion.key(),
            criterion.label()
        );
    }
    text
}

/// The Markdown documentation of a rule.
pub fn document(rule: &'static Rule) -> String {
    let def = &rule.def;
    let mut out = format!("# {} {}\n\n{}\n\n", def.code, def.name, def.summary.trim());
    let _ = writeln!(
        out,
        "Category: {} · Default severity: {} · Weight: {} · Check: {}{}\n",
        def.category,
        def.severity,
        def.weight,
        def.check.kind(),
        if def.only.is_some() {
            " · API data only"
        } else {
            ""
        }
    );
    let _ = writeln!(out, "## Why\n\n{}\n", def.rationale.trim());
    let _ = writeln!(out, "## Score\n\n{}\n", score_section(rule));
    let _ = writeln!(out, "## How to fix\n\n{}\n", def.fix.trim());
    if let Some(notes) = &def.notes {
        let _ = writeln!(out, "## Notes\n\n{}\n", notes.trim());
    }
    if !def.params.is_empty() {
        let _ = writeln!(out, "## Parameters\n");
        for (name, param) in &def.params {
            let _ = writeln!(
                out,
                "- `{name}` (default `{}`): {}",
                param.default,
                param.description.trim()
            );
        }
        let _ = writeln!(
            out,
            "\nSet them in `dglint.toml`:\n\n```toml\n[rules.{}]\n{} = {}\n```\n",
            def.code,
            def.params
                .keys()
                .next()
                .map(String::as_str)
                .unwrap_or_default(),
            def.params
                .values()
                .next()
                .map(|param| param.default.to_string())
                .unwrap_or_default()
        );
    }
    let kind = match def.only {
        Some(Origin::Api) => " (API data, written as YAML)",
        _ => "",
    };
    let _ = writeln!(
        out,
        "## Example\n\nReported{kind}:\n\n```yaml\n{}\n```\n",
        def.examples.fail.trim_end()
    );
    let _ = writeln!(
        out,
        "Not reported:\n\n```yaml\n{}\n```",
        def.examples.pass.trim_end()
    );
    out
}
