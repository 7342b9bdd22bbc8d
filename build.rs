//! Generates, from the rule files under `rules/` (every folder but `rules/vocabularies/` and
//! `rules/criteria/`, read on their own):
//! - `rule_files.rs`: every rule file embedded in the binary, so that `cargo install` (and
//!   thus pre-commit) ships them;
//! - `native_checks.rs`: the table from the code of each native rule to its check, the
//!   function `check` of `src/rules/native/<category>/<name>.rs` (the rule's name with `_`
//!   for `-`); a native rule without its file, or a file without its rule, stops the build;
//! - `messages-en.ftl`, `messages-fr.ftl`: the message catalogues in Fluent, `src/i18n/*.ftl`
//!   with the `[messages]` and `[fr.messages]` of every rule file (a syntax error or an id
//!   defined twice stops the build);
//! - `message_variables.rs`: each catalogue's message ids and the variables each uses, which
//!   `msg!` checks its arguments against when the crate compiles;
//! - `rule_codes.rs`: a constant per rule, named after the rule (`PARSE_ERROR` for DG001
//!   `parse-error`), which the code names rules by: renumbering a rule file changes the value,
//!   renaming or removing one stops the build where the code used it.
//!
//! It also checks that every rule code the criteria files (`rules/criteria/*.toml`) name is the
//! code of a rule file.

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

/// A rule file, read.
struct RuleFile {
    path: PathBuf,
    relative: String,
    category: String,
    table: toml::Table,
}

impl RuleFile {
    fn string(&self, key: &str) -> &str {
        self.table
            .get(key)
            .and_then(toml::Value::as_str)
            .unwrap_or_else(|| panic!("{}: `{key}` must be a string", self.relative))
    }

    fn is_native(&self) -> bool {
        self.table
            .get("check")
            .and_then(|check| check.get("kind"))
            .and_then(toml::Value::as_str)
            == Some("native")
    }

    /// The module of its native check, under `src/rules/native/`.
    fn module(&self) -> String {
        format!(
            "{}::{}",
            self.category,
            self.string("name").replace('-', "_")
        )
    }

    fn messages<'a>(&'a self, lang: &str) -> Option<&'a toml::Table> {
        let section = match lang {
            "en" => Some(&self.table),
            _ => self.table.get(lang).and_then(toml::Value::as_table),
        }?;
        section.get("messages").and_then(toml::Value::as_table)
    }
}

fn read_rule_files(root: &Path) -> Vec<RuleFile> {
    let mut paths = Vec::new();
    collect(&root.join("rules"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(root)
                .expect("under the crate")
                .display()
                .to_string();
            let text = std::fs::read_to_string(&path).expect("a readable rule file");
            let table: toml::Table = toml::from_str(&text)
                .unwrap_or_else(|error| panic!("{relative} is not valid TOML: {error}"));
            let category = path
                .parent()
                .and_then(Path::file_name)
                .map(|name| name.to_string_lossy().into_owned())
                .expect("rules/<category>/<file>");
            RuleFile {
                path,
                relative,
                category,
                table,
            }
        })
        .collect()
}

fn rule_files_table(rules: &[RuleFile]) -> String {
    let mut code = String::from("/// Every rule file: (path relative to the crate, contents).\n");
    code.push_str("pub static RULE_FILES: &[(&str, &str)] = &[\n");
    for rule in rules {
        println!("cargo:rerun-if-changed={}", rule.path.display());
        writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            rule.relative,
            rule.path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    code
}

fn rule_codes_table(rules: &[RuleFile]) -> String {
    let mut code = String::new();
    for rule in rules {
        let (id, name) = (rule.string("code"), rule.string("name"));
        writeln!(
            code,
            "/// {id} `{name}`.\npub const {}: &str = {id:?};",
            name.replace('-', "_").to_uppercase()
        )
        .expect("writing to a String");
    }
    code
}

/// Stops the build when a criteria file names a rule code no rule file has.
fn check_criteria_codes(root: &Path, rules: &[RuleFile]) {
    fn named_codes<'a>(value: &'a toml::Value, key: Option<&str>, out: &mut Vec<&'a str>) {
        match value {
            toml::Value::Table(table) => {
                for (key, value) in table {
                    named_codes(value, Some(key), out);
                }
            }
            toml::Value::Array(items) => {
                for item in items {
                    match item.as_str() {
                        Some(code) if key == Some("rules") => out.push(code),
                        _ => named_codes(item, key, out),
                    }
                }
            }
            _ => {}
        }
    }
    let known: Vec<&str> = rules.iter().map(|rule| rule.string("code")).collect();
    let folder = root.join("rules/criteria");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("rules/criteria/ exists")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a readable criteria file");
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let mut named = Vec::new();
        named_codes(&value, None, &mut named);
        for code in named {
            assert!(
                known.contains(&code),
                "{}: `{code}` is the code of no rule file",
                path.display()
            );
        }
    }
}

fn native_checks_table(root: &Path, rules: &[RuleFile]) -> String {
    let native_dir = root.join("src/rules/native");
    let mut expected = Vec::new();
    let mut code = String::from(
        "/// The native check of each rule code, generated by `build.rs` from the rule files.\n\
         pub static NATIVE_CHECKS: &[(&str, Prepare)] = &[\n",
    );
    for rule in rules.iter().filter(|rule| rule.is_native()) {
        let file = native_dir
            .join(&rule.category)
            .join(format!("{}.rs", rule.string("name").replace('-', "_")));
        if !file.is_file() {
            panic!(
                "{} declares a native check: write it in {}",
                rule.relative,
                file.strip_prefix(root).unwrap_or(&file).display()
            );
        }
        expected.push(file);
        writeln!(
            code,
            "    ({:?}, |values| prepare(values, {}::check)),",
            rule.string("code"),
            rule.module()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    for category in std::fs::read_dir(&native_dir)
        .expect("src/rules/native is readable")
        .flatten()
        .filter(|entry| entry.path().is_dir())
    {
        println!("cargo:rerun-if-changed={}", category.path().display());
        for file in std::fs::read_dir(category.path())
            .expect("readable")
            .flatten()
        {
            let path = file.path();
            let is_rule = path.extension().is_some_and(|ext| ext == "rs")
                && path.file_name().is_some_and(|name| name != "mod.rs");
            if is_rule && !expected.contains(&path) {
                panic!(
                    "{} is the check of no native rule: its rule file must be \
                     rules/{}/DGxxx-<name>.toml with `check = {{ kind = \"native\" }}`",
                    path.strip_prefix(root).unwrap_or(&path).display(),
                    category.file_name().to_string_lossy()
                );
            }
        }
    }
    code
}

/// A message catalogue in Fluent: `src/i18n/<lang>.ftl` followed by the `[messages]` (or
/// `[fr.messages]`) of every rule file, each value written as a Fluent pattern.
fn catalogue(root: &Path, rules: &[RuleFile], lang: &str) -> String {
    let base = root.join(format!("src/i18n/{lang}.ftl"));
    println!("cargo:rerun-if-changed={}", base.display());
    let mut source = std::fs::read_to_string(&base).expect("a readable catalogue");
    for rule in rules {
        for (id, pattern) in rule.messages(lang).into_iter().flatten() {
            let pattern = pattern
                .as_str()
                .unwrap_or_else(|| panic!("{}: the message `{id}` is not text", rule.relative));
            let _ = write!(source, "\n# {}\n{id} =", rule.relative);
            for line in pattern.lines() {
                match line.is_empty() {
                    true => source.push('\n'),
                    false => {
                        let _ = write!(source, "\n    {line}");
                    }
                }
            }
            source.push('\n');
        }
    }
    source
}

/// Every message of a catalogue and the variables it uses, sorted by id; a syntax error or
/// an id defined twice stops the build.
fn message_variables(source: &str, lang: &str) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        let found: Vec<String> = errors
            .iter()
            .map(|error| {
                let line = source[..error.pos.start].lines().count().max(1);
                format!("line {line} of the merged catalogue: {:?}", error.kind)
            })
            .collect();
        panic!(
            "the {lang} catalogue is not valid Fluent:\n{}",
            found.join("\n")
        )
    });
    let mut messages: Vec<(String, Vec<String>)> = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = Vec::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            variables.sort();
            variables.dedup();
            messages.push((message.id.name.to_owned(), variables));
        }
    }
    messages.sort();
    if let Some(pair) = messages.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        panic!("the message `{}` ({lang}) is defined twice", pair[0].0);
    }
    messages
}

fn pattern_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &fluent_syntax::ast::Expression<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &fluent_syntax::ast::InlineExpression<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::InlineExpression;
    match inline {
        InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        _ => {}
    }
}

/// The Rust table of a catalogue's messages and their variables.
fn variables_table(name: &str, messages: &[(String, Vec<String>)]) -> String {
    let mut code = String::from("&[\n");
    for (id, variables) in messages {
        let _ = writeln!(code, "    ({id:?}, &{variables:?}),");
    }
    code.push(']');
    format!(
        "/// The messages of the {name} catalogue and the variables each uses, by id.\npub const {}: &[(&str, &[&str])] = {code};\n",
        name.to_uppercase()
    )
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=rules");
    let rules = read_rule_files(&root);
    let write = |name: &str, text: String| {
        std::fs::write(out.join(name), text).expect("OUT_DIR is writable");
    };
    write("rule_files.rs", rule_files_table(&rules));
    write("native_checks.rs", native_checks_table(&root, &rules));
    write("rule_codes.rs", rule_codes_table(&rules));
    check_criteria_codes(&root, &rules);
    let mut tables = String::new();
    for (lang, name) in [("en", "English"), ("fr", "French")] {
        let source = catalogue(&root, &rules, lang);
        tables.push_str(&variables_table(name, &message_variables(&source, lang)));
        write(&format!("messages-{lang}.ftl"), source);
    }
    write("message_variables.rs", tables);
}
