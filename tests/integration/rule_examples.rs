//! Every rule's documented examples are run: each failing one must raise the rule, no passing
//! one may. So a rule's documentation cannot lie. What each failing example shows the user
//! (the concise lines of the rule's findings, in English and in French) is a snapshot beside
//! the rule file: `rules/<category>/snapshots/<rule file>.snap`.

use crate::common;

use std::path::Path;

use dglint::document::{Syntax, parse_text};
use dglint::fix::{FixSettings, fix_document};
use dglint::i18n::{Lang, in_lang};
use dglint::model::local_files::LocalFiles;
use dglint::report::{FileReport, Report, concise};
use dglint::rules::definition::CheckDef;
use dglint::rules::examples::{check_examples, example_engine, example_names, lint_example};
use dglint::rules::{Registry, Rule};
use serde_json::Value;

#[test]
fn failing_examples_raise_their_rule_and_passing_ones_do_not() {
    let registry = Registry::embedded().expect("embedded rules load");
    assert!(registry.rules().len() >= 40);
    let problems: Vec<String> = registry
        .rules()
        .iter()
        .flat_map(|rule| check_examples(registry, rule))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The concise lines of `rule`'s findings on `example`, in `lang`.
fn concise_lines(registry: &'static Registry, rule: &Rule, example: &str, lang: Lang) -> String {
    in_lang(lang, || {
        let (document, linted) = lint_example(registry, rule, example);
        let names = example_names();
        let file = FileReport::new(document, linted, Vec::new(), registry, &names, false);
        let report = Report {
            files: vec![file],
            ..Report::default()
        };
        let mut out = Vec::new();
        concise::write(&report, &mut out).expect("writing to memory");
        let code = format!(" {} ", rule.code());
        String::from_utf8(out)
            .expect("UTF-8 output")
            .lines()
            .filter(|line| line.contains(&code))
            .map(|line| format!("{}: {line}\n", format!("{lang:?}").to_lowercase()))
            .collect()
    })
}

/// Each failing example of `rule`, then the concise lines of the rule's findings on it in
/// English and in French.
fn failing_examples_output(registry: &'static Registry, rule: &Rule) -> String {
    let mut text = String::new();
    for (number, example) in rule.def.examples.fail.iter().enumerate() {
        let english = concise_lines(registry, rule, example, Lang::En);
        let french = concise_lines(registry, rule, example, Lang::Fr);
        assert!(
            !english.is_empty() && !french.is_empty(),
            "{}: its failing example {} shows no finding of it",
            rule.code(),
            number + 1
        );
        text.push_str(&format!(
            "# failing example {}\n{}\n{english}{french}",
            number + 1,
            example.trim_end()
        ));
        if rule.def.autofix.is_some() {
            let fixed = fix_with_rule(registry, rule, example, Syntax::Yaml);
            text.push_str(&format!(
                "fixed (`--fix --unsafe-fixes`):\n{}\n",
                fixed.trim_end()
            ));
        }
        text.push('\n');
    }
    text
}

#[test]
fn the_failing_examples_show_what_their_snapshots_say_in_english_and_french() {
    let registry = Registry::embedded().expect("embedded rules load");
    let root = common::repo();
    for rule in registry.rules() {
        let output = failing_examples_output(registry, rule);
        let rule_file = root.join(rule.file);
        let folder = rule_file
            .parent()
            .expect("rules/<category>")
            .join("snapshots");
        let name = rule_file
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(folder);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(&rule_file);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!(name, output));
    }
}

/// (That every native rule has its check and every check its rule file, `build.rs` checks
/// when it generates the dispatch table: either missing stops the build.)
#[test]
fn every_rule_file_is_named_by_its_code_in_its_category_folder() {
    let registry = Registry::embedded().expect("embedded rules load");
    for rule in registry.rules() {
        assert!(
            rule.file.contains(rule.code()),
            "{} is declared in {}",
            rule.code(),
            rule.file
        );
        assert!(
            rule.file.contains(rule.def.category.as_str()),
            "{} is in its category's folder",
            rule.code()
        );
    }
}

#[test]
fn every_rule_is_documented_in_english_and_french() {
    let registry = Registry::embedded().expect("embedded rules load");
    for rule in registry.rules() {
        let english = rule.def.texts(Lang::En);
        let french = rule
            .def
            .fr
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no French documentation", rule.code()));
        for (what, en, fr) in [
            ("summary", english.summary, &french.summary),
            ("rationale", english.rationale, &french.rationale),
            ("fix", english.fix, &french.fix),
        ] {
            assert!(
                !en.trim().is_empty() && !fr.trim().is_empty(),
                "{} {what}",
                rule.code()
            );
            assert_ne!(
                en.trim(),
                fr.trim(),
                "{} {what} is not translated",
                rule.code()
            );
        }
        assert_eq!(
            rule.def.notes.is_some(),
            french.notes.is_some(),
            "{} has notes in one language only",
            rule.code()
        );
        let declares_message = matches!(rule.def.check, CheckDef::Schema { .. });
        assert_eq!(
            declares_message,
            french.message.is_some(),
            "{}: a French message goes with a declarative check, and only there",
            rule.code()
        );
        let english_params: Vec<&String> = rule.def.params.keys().collect();
        let french_params: Vec<&String> = french.params.keys().collect();
        assert_eq!(english_params, french_params, "{} parameters", rule.code());
    }
}

/// `text` (of `syntax`) fixed by `rule`'s fixes alone, unsafe ones included, as its examples run.
fn fix_with_rule(registry: &'static Registry, rule: &Rule, text: &str, syntax: Syntax) -> String {
    let engine = example_engine(registry, rule);
    let path = Path::new(match syntax {
        Syntax::Json => "example.dataset.json",
        _ => "example.dataset.yaml",
    });
    let document = parse_text(path, syntax, text.to_owned());
    let files = LocalFiles::beside(path, &example_names());
    let settings = FixSettings {
        unsafe_fixes: true,
        fixable: [rule.code().to_owned()].into(),
    };
    fix_document(&engine, document, &files, &settings)
        .1
        .document
        .text
}

/// The codes raised on `text` of `syntax`, as `rule`'s examples run.
fn codes_on(
    registry: &'static Registry,
    rule: &Rule,
    text: &str,
    syntax: Syntax,
) -> Vec<&'static str> {
    let engine = example_engine(registry, rule);
    let path = Path::new("example.dataset.json");
    let document = parse_text(path, syntax, text.to_owned());
    assert!(
        document.value.is_some() && document.problems.is_empty(),
        "{text}"
    );
    let files = LocalFiles::beside(path, &example_names());
    engine
        .lint(&document, &files)
        .findings
        .iter()
        .map(|finding| finding.code)
        .collect()
}

/// A block YAML text of `value`, each string in the quoting `quote` gives it.
fn block_yaml(value: &Value, indent: usize, quote: &dyn Fn(&str) -> String, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(fields) => {
            for (key, child) in fields {
                match child {
                    Value::Object(inner) if !inner.is_empty() => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        block_yaml(child, indent + 2, quote, out);
                    }
                    Value::Array(items) if !items.is_empty() => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        block_yaml(child, indent, quote, out);
                    }
                    _ => out.push_str(&format!("{pad}{key}: {}\n", scalar(child, quote))),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Object(_) => {
                        let mut inner = String::new();
                        block_yaml(item, indent + 2, quote, &mut inner);
                        out.push_str(&format!("{pad}- {}", &inner[indent + 2..]));
                    }
                    _ => out.push_str(&format!("{pad}- {}\n", scalar(item, quote))),
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", scalar(other, quote))),
    }
}

fn scalar(value: &Value, quote: &dyn Fn(&str) -> String) -> String {
    match value {
        Value::String(text) => quote(text),
        other => other.to_string(),
    }
}

/// Every failing example of a rule with a fix, written in block YAML with single quotes, in
/// flow YAML, and in JSON (LF and CRLF): the fix repairs it (the rule is no longer raised and
/// the text still parses), and fixing again changes nothing.
#[test]
fn every_fix_repairs_its_rule_examples_in_every_syntax() {
    let registry = Registry::embedded().expect("embedded rules load");
    let mut fixed_some = 0;
    for rule in registry
        .rules()
        .iter()
        .filter(|rule| rule.def.autofix.is_some())
    {
        for example in &rule.def.examples.fail {
            let (_, linted) = lint_example(registry, rule, example);
            let has_fix = linted
                .findings
                .iter()
                .any(|finding| finding.code == rule.code() && finding.fix.is_some());
            if !has_fix {
                continue;
            }
            let value = parse_text(Path::new("x.yaml"), Syntax::Yaml, example.clone())
                .value
                .expect("an example parses");
            let json = serde_json::to_string_pretty(&value).unwrap();
            let mut single = String::new();
            block_yaml(
                &value,
                0,
                &|text| format!("'{}'", text.replace('\'', "''")),
                &mut single,
            );
            let variants = [
                (example.clone(), Syntax::Yaml),
                (single, Syntax::Yaml),
                (json.clone(), Syntax::Yaml),
                (json.clone(), Syntax::Json),
                (json.replace('\n', "\r\n"), Syntax::Json),
            ];
            for (text, syntax) in variants {
                let fixed = fix_with_rule(registry, rule, &text, syntax);
                assert_ne!(fixed, text, "{}: nothing fixed in\n{text}", rule.code());
                let codes = codes_on(registry, rule, &fixed, syntax);
                assert!(
                    !codes.contains(&rule.code()),
                    "{}: still raised after its fix:\n{fixed}",
                    rule.code()
                );
                assert_eq!(
                    fix_with_rule(registry, rule, &fixed, syntax),
                    fixed,
                    "{}: a second fix changed something",
                    rule.code()
                );
                if text.contains("\r\n") {
                    assert!(!fixed.replace("\r\n", "").contains('\n'), "{fixed:?}");
                }
                fixed_some += 1;
            }
        }
    }
    assert!(fixed_some >= 40, "{fixed_some} fixed examples");
}
