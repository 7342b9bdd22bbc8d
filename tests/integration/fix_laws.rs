//! The laws of `--fix`, over generated manifests (YAML block and flow lists, plain, single- and
//! double-quoted and folded block scalars, comments, LF or CRLF, with or without a final newline, and JSON):
//! for any manifest that parses, the fixed text parses; a second pass changes nothing; the
//! edits each pass reports, applied in turn to the original, give the fixed text and never
//! overlap; every comment and every line ending stays; and no fix is refused for making the
//! manifest invalid (its quoting is right: a tag `TRUE` becomes `"true"`, not the boolean).

use std::path::Path;

use dglint::document::edit::TextEdit;
use dglint::document::{Syntax, parse_text};
use dglint::fix::{FixSettings, Rejection, fix_document};
use dglint::model::local_files::LocalFiles;
use dglint::rules::Registry;
use dglint::rules::examples::{example_engine, example_names};
use proptest::prelude::*;

const TITLES: &[&str] = &[
    "Liste des musées",
    "LISTE DES MUSÉES DE FRANCE",
    "Données 2024 : musées",
    "yes",
    "L'inventaire « complet »",
];
const ACRONYMS: &[&str] = &["S.N.C.F.", "M. D. F. Réseau", "SNCF", "a.b"];
const LICENSES: &[&str] = &[
    "fr-lo",
    "lov2",
    "Licence Ouverte",
    "odc-odbl",
    "cc-by",
    "fr-lo'",
];
const FREQUENCIES: &[&str] = &[
    "biannual",
    "mensuel",
    "monthly",
    "realtime",
    "fourTimesAWeek",
];
const TAGS: &[&str] = &[
    "musees",
    "Musées",
    "culture",
    "Spectacle Vivant",
    "MUSEES",
    "a,b",
    "true",
    "spectacle-vivant",
    "TRUE",
    "Null",
    "2024 ",
    "N° 12",
    "True!",
    "12 %",
];
const DATES: &[&str] = &["2020-01-01", "2020-12-31", "2019-06-15T00:00:00Z"];
const KEYS: &[&str] = &["license", "licence", "frequence", "titre"];

/// How a scalar is written.
#[derive(Debug, Clone, Copy)]
pub enum Quote {
    Plain,
    Single,
    Double,
}

fn quoted(text: &str, quote: Quote) -> String {
    match quote {
        Quote::Plain => text.to_owned(),
        Quote::Single => format!("'{}'", text.replace('\'', "''")),
        Quote::Double => serde_json::to_string(text).unwrap(),
    }
}

/// One generated manifest: its fields, and how it is written.
#[derive(Debug, Clone)]
pub struct Manifest {
    title: (usize, Quote),
    /// The title written as a folded block scalar (`>-`), without a comment.
    title_block: bool,
    acronym: Option<(usize, Quote)>,
    license: Option<(usize, usize, Quote)>,
    frequency: Option<(usize, Quote)>,
    tags: Vec<(usize, Quote)>,
    flow_tags: bool,
    coverage: Option<(usize, usize)>,
    comments: Vec<bool>,
    pub crlf: bool,
    final_newline: bool,
}

fn quote() -> impl Strategy<Value = Quote> {
    prop_oneof![Just(Quote::Plain), Just(Quote::Single), Just(Quote::Double)]
}

pub fn manifest() -> impl Strategy<Value = Manifest> {
    (
        ((0..TITLES.len(), quote()), any::<bool>()),
        proptest::option::of((0..ACRONYMS.len(), quote())),
        proptest::option::of((0..KEYS.len(), 0..LICENSES.len(), quote())),
        proptest::option::of((0..FREQUENCIES.len(), quote())),
        proptest::collection::vec((0..TAGS.len(), quote()), 0..6),
        any::<bool>(),
        proptest::option::of((0..DATES.len(), 0..DATES.len())),
        proptest::collection::vec(any::<bool>(), 6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                (title, title_block),
                acronym,
                license,
                frequency,
                tags,
                flow_tags,
                coverage,
                comments,
                crlf,
                final_newline,
            )| {
                Manifest {
                    title,
                    title_block,
                    acronym,
                    license,
                    frequency,
                    tags,
                    flow_tags,
                    coverage,
                    comments,
                    crlf,
                    final_newline,
                }
            },
        )
}

impl Manifest {
    /// The YAML text, each top-level line with its comment `# cN` when asked.
    pub fn yaml(&self) -> String {
        let mut lines = if self.title_block {
            vec![
                String::from("title: >-"),
                format!("  {}", TITLES[self.title.0]),
            ]
        } else {
            vec![format!(
                "title: {}",
                quoted(TITLES[self.title.0], self.title.1)
            )]
        };
        if let Some((index, quote)) = self.acronym {
            lines.push(format!("acronym: {}", quoted(ACRONYMS[index], quote)));
        }
        if let Some((key, index, quote)) = self.license {
            lines.push(format!("{}: {}", KEYS[key], quoted(LICENSES[index], quote)));
        }
        if let Some((index, quote)) = self.frequency {
            lines.push(format!("frequency: {}", quoted(FREQUENCIES[index], quote)));
        }
        let mut block_items = Vec::new();
        if !self.tags.is_empty() {
            let items: Vec<String> = self
                .tags
                .iter()
                .map(|(index, quote)| quoted(TAGS[*index], *quote))
                .collect();
            if self.flow_tags {
                lines.push(format!("tags: [{}]", items.join(", ")));
            } else {
                lines.push(String::from("tags:"));
                block_items = items.iter().map(|item| format!("  - {item}")).collect();
            }
        }
        let mut text_lines = Vec::new();
        for (number, line) in lines.into_iter().enumerate() {
            let comment = self.comments.get(number).copied().unwrap_or(false)
                && !(number < 2 && self.title_block);
            text_lines.push(if comment {
                format!("{line} # c{number}")
            } else {
                line
            });
        }
        text_lines.extend(block_items);
        if let Some((start, end)) = self.coverage {
            text_lines.push(format!(
                "temporal_coverage: {{start: {}, end: {}}} # coverage",
                DATES[start], DATES[end]
            ));
        }
        let newline = if self.crlf { "\r\n" } else { "\n" };
        let mut text = text_lines.join(newline);
        if self.final_newline {
            text.push_str(newline);
        }
        text
    }
}

/// Fixes `text` with every fix, unsafe ones included: what it did, and the fixed text.
fn fix(text: &str, syntax: Syntax) -> (dglint::fix::Fixed, String) {
    let registry = Registry::embedded().unwrap();
    let rule = registry.find("DG222").unwrap();
    let engine = example_engine(registry, rule);
    let path = Path::new("m.dataset.yaml");
    let document = parse_text(path, syntax, text.to_owned());
    let files = LocalFiles::beside(path, &example_names());
    let settings = FixSettings {
        unsafe_fixes: true,
        fixable: registry
            .rules()
            .iter()
            .map(|rule| rule.code().to_owned())
            .collect(),
    };
    let (fixed, pass) = fix_document(&engine, document, &files, &settings);
    (fixed, pass.document.text)
}

/// The text with `edits` made, spliced here independently of the crate's own splicing.
fn splice(text: &str, edits: &[TextEdit]) -> String {
    let mut out = text.to_owned();
    for edit in edits.iter().rev() {
        out.replace_range(edit.span.start..edit.span.end, &edit.content);
    }
    out
}

fn check_laws(text: &str, syntax: Syntax) -> Result<(), TestCaseError> {
    let document = parse_text(Path::new("m"), syntax, text.to_owned());
    prop_assume!(document.value.is_some() && document.problems.is_empty());
    let (fixed, fixed_text) = fix(text, syntax);
    let reparsed = parse_text(Path::new("m"), syntax, fixed_text.clone());
    prop_assert!(
        reparsed.value.is_some() && reparsed.problems.is_empty(),
        "the fixed text does not parse: {:?}\n{}",
        reparsed.problems,
        fixed_text
    );
    for refusal in &fixed.refused {
        let invalid = matches!(refusal.reason, Rejection::WouldNotParse)
            || matches!(refusal.reason, Rejection::WouldRaise(code) if code.starts_with("DG1") || code == "DG001");
        prop_assert!(
            !invalid,
            "a fix would have made the manifest invalid: {:?}",
            refusal
        );
    }
    let (_, again) = fix(&fixed_text, syntax);
    prop_assert_eq!(&again, &fixed_text, "a second pass changed something");
    let mut replayed = text.to_owned();
    for edits in &fixed.passes {
        for pair in edits.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start, "overlapping edits");
        }
        replayed = splice(&replayed, edits);
    }
    prop_assert_eq!(
        &replayed,
        &fixed_text,
        "the reported edits do not give the fixed text"
    );
    for comment in text
        .split(['\r', '\n'])
        .filter_map(|line| line.split_once(" # "))
    {
        prop_assert!(
            fixed_text.contains(comment.1),
            "lost the comment {}",
            comment.1
        );
    }
    if text.contains("\r\n") {
        prop_assert!(
            !fixed_text.replace("\r\n", "").contains('\n'),
            "a bare line feed"
        );
    }
    prop_assert_eq!(
        text.ends_with('\n'),
        fixed_text.ends_with('\n'),
        "the final newline changed"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn yaml_manifests_obey_the_laws_of_fix(manifest in manifest()) {
        check_laws(&manifest.yaml(), Syntax::Yaml)?;
    }

    #[test]
    fn json_manifests_obey_the_laws_of_fix(manifest in manifest(), pretty in any::<bool>()) {
        let yaml = manifest.yaml();
        let document = parse_text(Path::new("m"), Syntax::Yaml, yaml);
        prop_assume!(document.value.is_some() && document.problems.is_empty());
        let value = document.value.unwrap();
        let json = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let json = if manifest.crlf { json.replace('\n', "\r\n") } else { json };
        check_laws(&json, Syntax::Json)?;
    }
}
