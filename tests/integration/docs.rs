//! The manual (`docs/`), the README and the engineers' pages: the generated rule pages are
//! current, every relative link and anchor resolves, and every ```` ```console ```` block's
//! commands print what the block shows. `DGLINT_UPDATE_DOCS=1` rewrites the generated pages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use dglint::cli::rule_pages;
use dglint::rules::Registry;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::common::{markdown_pages, repo};

const SUMMARY_START: &str = "<!-- rule pages: generated";
const SUMMARY_END: &str = "<!-- end of the rule pages -->";

fn updating() -> bool {
    std::env::var_os("DGLINT_UPDATE_DOCS").is_some()
}

/// Compares `path` with `expected`, or writes it when updating; says whether it was current.
fn current(path: &Path, expected: &str) -> bool {
    let actual = std::fs::read_to_string(path).ok();
    if actual.as_deref() == Some(expected) {
        return true;
    }
    if updating() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return true;
    }
    false
}

#[test]
fn the_rule_pages_are_generated_from_the_rule_files() {
    let registry = Registry::embedded().unwrap();
    let docs = repo().join("docs");
    let mut stale = Vec::new();
    let pages = rule_pages::pages(registry);
    for (relative, text) in &pages {
        if !current(&docs.join(relative), text) {
            stale.push(relative.clone());
        }
    }
    let summary_path = docs.join("SUMMARY.md");
    let summary = std::fs::read_to_string(&summary_path).unwrap();
    let start = summary
        .find(SUMMARY_START)
        .expect("the start marker in SUMMARY.md");
    let start = start + summary[start..].find('\n').unwrap() + 1;
    let end = summary
        .find(SUMMARY_END)
        .expect("the end marker in SUMMARY.md");
    let rewritten = format!(
        "{}{}{}",
        &summary[..start],
        rule_pages::summary(registry),
        &summary[end..]
    );
    if !current(&summary_path, &rewritten) {
        stale.push("SUMMARY.md".into());
    }
    // No page of a rule that is gone.
    let generated: BTreeSet<&str> = pages.iter().map(|(path, _)| path.as_str()).collect();
    for lang in [dglint::i18n::Lang::En, dglint::i18n::Lang::Fr] {
        for entry in
            std::fs::read_dir(docs.join(dglint::report::docs_url::rule_folder(lang))).unwrap()
        {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let relative = format!("{}/{name}", dglint::report::docs_url::rule_folder(lang));
            if !generated.contains(relative.as_str()) {
                stale.push(format!("{relative} (no such rule)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "out of date (`DGLINT_UPDATE_DOCS=1 cargo test --test integration docs::` rewrites \
         them): {stale:?}"
    );
    assert_eq!(generated.len(), 2 * registry.rules().len() + 2);
}

#[test]
fn dglint_rule_prints_the_rule_page() {
    let page = std::fs::read_to_string(repo().join("docs/fr/rules/DG201.md")).unwrap();
    let output = crate::common::dglint()
        .current_dir(repo())
        .args(["rule", "DG201", "--lang", "fr"])
        .output()
        .unwrap();
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(page.starts_with(&printed), "{printed}");
    assert!(printed.contains("## Le faire taire") && printed.contains("min_chars"));
}

/// GitHub's anchor of a heading: small letters, spaces as hyphens, no punctuation but `-`
/// and `_` (mdBook makes the same of the headings this repository writes).
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The links of a Markdown text and the anchors of its headings.
fn links_and_anchors(text: &str) -> (Vec<String>, BTreeSet<String>) {
    let mut links = Vec::new();
    let mut anchors = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                links.push(dest_url.to_string());
            }
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(piece) | Event::Code(piece) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&piece);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let base = anchor(&heading.take().unwrap_or_default());
                let count = seen.entry(base.clone()).or_default();
                anchors.insert(if *count == 0 {
                    base
                } else {
                    format!("{base}-{count}")
                });
                *count += 1;
            }
            _ => {}
        }
    }
    (links, anchors)
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    let pages = markdown_pages();
    assert!(pages.len() > 2 * 60, "{} pages", pages.len());
    let anchors: BTreeMap<PathBuf, BTreeSet<String>> = pages
        .iter()
        .map(|(path, text)| (repo().join(path), links_and_anchors(text).1))
        .collect();
    let mut broken = Vec::new();
    let mut checked = 0;
    for (path, text) in &pages {
        let here = repo().join(path);
        for link in links_and_anchors(text).0 {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                here.clone()
            } else {
                here.parent().unwrap().join(file)
            };
            let target = target.canonicalize().unwrap_or(target);
            checked += 1;
            if !target.exists() {
                broken.push(format!("{path}: {link} (no such file)"));
            } else if !fragment.is_empty()
                && !anchors
                    .get(&target)
                    .is_some_and(|anchors| anchors.contains(fragment))
            {
                broken.push(format!("{path}: {link} (no such heading)"));
            }
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
    assert!(checked > 200, "{checked} links");
}

/// The ```` ```console ```` blocks of a Markdown text: each command (after `$ `) with the
/// lines it must print.
fn console_blocks(text: &str) -> Vec<(String, Vec<String>)> {
    let mut commands = Vec::new();
    let mut inside = false;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                inside = &*info == "console";
            }
            Event::End(TagEnd::CodeBlock) => inside = false,
            Event::Text(block) if inside => {
                for line in block.lines() {
                    if let Some(command) = line.strip_prefix("$ ") {
                        commands.push((command.to_owned(), Vec::new()));
                    } else if let Some((_, expected)) = commands.last_mut() {
                        expected.push(line.trim_end().to_owned());
                    }
                }
            }
            _ => {}
        }
    }
    commands
}

/// Whether `actual` is `expected`, where a line `...` stands for any lines.
fn matches(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual.first() == Some(first) && matches(rest, &actual[1..]),
    }
}

/// Lines of `text`, their trailing spaces and the blank lines at both ends left out.
fn lines(text: &str) -> Vec<String> {
    let lines: Vec<String> = text
        .lines()
        .map(|line| line.trim_end().to_owned())
        .collect();
    let start = lines
        .iter()
        .position(|line| !line.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|line| !line.is_empty())
        .map_or(start, |end| end + 1);
    lines[start..end].to_vec()
}

#[test]
fn every_console_block_prints_what_it_shows() {
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_dglint"));
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = 0;
    let mut wrong = Vec::new();
    for (page, text) in markdown_pages() {
        for (command, expected) in console_blocks(&text) {
            assert!(command.starts_with("dglint "), "{page}: {command}");
            let output = Command::new("sh")
                .arg("-c")
                .arg(&command)
                .current_dir(repo())
                .env("PATH", &path)
                .env("COLUMNS", "100")
                .env("NO_COLOR", "1")
                .env_remove("LANG")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env_remove("GITHUB_ACTIONS")
                .output()
                .unwrap();
            let actual = lines(&String::from_utf8_lossy(&output.stdout));
            if !matches(&lines(&expected.join("\n")), &actual) {
                wrong.push(format!("{page}: $ {command}\n{}", actual.join("\n")));
            }
            ran += 1;
        }
    }
    assert!(
        wrong.is_empty(),
        "these blocks show another output:\n{}",
        wrong.join("\n\n")
    );
    assert!(ran >= 5, "{ran} console blocks");
}

#[test]
fn the_ellipsis_stands_for_any_lines_and_nothing_else() {
    let text = |lines: &[&str]| {
        lines
            .iter()
            .map(|line| (*line).to_owned())
            .collect::<Vec<_>>()
    };
    assert!(matches(
        &text(&["a", "...", "d"]),
        &text(&["a", "b", "c", "d"])
    ));
    assert!(matches(&text(&["a", "...", "b"]), &text(&["a", "b"])));
    assert!(!matches(&text(&["a", "...", "d"]), &text(&["a", "b", "c"])));
    assert!(!matches(&text(&["a", "b"]), &text(&["a", "b", "c"])));
    assert!(matches(&text(&["..."]), &text(&["x"])));
}
