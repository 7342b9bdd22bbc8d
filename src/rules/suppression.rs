//! Suppression comments in YAML manifests.
//!
//! - `# dglint: ignore[DG201, tags-missing] reason` on its own line suppresses those rules for
//!   the node that starts on the next line that is not blank or a comment (the key, and
//!   everything below it; for a `- ` list item, the whole item).
//! - `# dglint: ignore-file[DG6] reason` anywhere suppresses them for the whole file.
//!
//! Codes, names, prefixes and categories are accepted, as on the command line. A suppression
//! that suppresses nothing is reported (DG002), so stale ones do not pile up.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

use super::registry::Registry;
use super::selection;
use crate::document::{ByteSpan, Document, pointer};

/// What a suppression covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole file.
    File,
    /// The node at this pointer and everything below it.
    Node(String),
    /// Nothing: no key follows the comment.
    Nowhere,
}

/// One suppression comment.
#[derive(Debug, Clone)]
pub struct Suppression {
    /// The comment's text span.
    pub span: ByteSpan,
    /// What it covers.
    pub scope: Scope,
    /// The selectors as written, each with the codes it names (`None` when unknown).
    pub selectors: Vec<(String, Option<BTreeSet<String>>)>,
}

fn comment_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"^#\s*dglint:\s*(ignore|ignore-file)\[([^\]]*)\]").expect("a valid regex")
    })
}

/// Finds the suppression comments of a document (YAML only: JSON has no comments).
pub fn parse(document: &Document, registry: &Registry) -> Vec<Suppression> {
    if !document.text.contains("dglint:") {
        return Vec::new();
    }
    let lines: Vec<(usize, &str)> = document
        .text
        .split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line.trim_end_matches(['\n', '\r'])))
        })
        .collect();
    let mut found = Vec::new();
    for (index, (start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let comment_start = start + (line.len() - trimmed.len());
        let Some(captures) = comment_pattern().captures(trimmed) else {
            continue;
        };
        if document.spans.inside_scalar(comment_start) {
            continue;
        }
        let scope = if &captures[1] == "ignore-file" {
            Scope::File
        } else {
            target_of(document, &lines[index + 1..])
        };
        let selectors = captures[2]
            .split(',')
            .map(str::trim)
            .filter(|selector| !selector.is_empty())
            .map(|selector| {
                let codes = selection::codes_matching(registry, &[selector.to_owned()]).ok();
                (selector.to_owned(), codes)
            })
            .collect();
        found.push(Suppression {
            span: ByteSpan::new(comment_start, start + line.len()),
            scope,
            selectors,
        });
    }
    found
}

/// The shallowest node starting on the first line after the comment that holds content.
fn target_of(document: &Document, following: &[(usize, &str)]) -> Scope {
    let Some((start, line)) = following.iter().find(|(_, line)| {
        let trimmed = line.trim_start();
        !trimmed.is_empty() && !trimmed.starts_with('#')
    }) else {
        return Scope::Nowhere;
    };
    document
        .spans
        .starting_in(ByteSpan::new(*start, start + line.len()))
        .min_by_key(|candidate| (candidate.matches('/').count(), candidate.len()))
        .map_or(Scope::Nowhere, |target| Scope::Node(target.to_owned()))
}

impl Suppression {
    /// Whether this suppression covers a finding of `code` at `at`.
    pub fn covers(&self, code: &str, at: &str) -> Option<usize> {
        let in_scope = match &self.scope {
            Scope::File => true,
            Scope::Node(target) => pointer::is_within(at, target),
            Scope::Nowhere => false,
        };
        if !in_scope {
            return None;
        }
        self.selectors
            .iter()
            .position(|(_, codes)| codes.as_ref().is_some_and(|codes| codes.contains(code)))
    }
}
