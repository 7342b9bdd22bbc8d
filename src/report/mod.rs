//! The report of a run, and its renderers (pure functions of the report).

pub mod concise;
pub mod human;
pub mod json;
mod location;

use crate::document::{ByteSpan, Document, Position};
use crate::finding::{Finding, Severity};
use crate::rules::Rule;
use crate::rules::registry::Registry;

pub use location::fingerprint;

/// A finding placed in its file.
pub struct LocatedFinding {
    /// The finding.
    pub finding: Finding,
    /// Its rule.
    pub rule: &'static Rule,
    /// Where it is drawn, in bytes.
    pub span: ByteSpan,
    /// Line and column of the span's start.
    pub start: Position,
    /// Line and column of the span's end.
    pub end: Position,
    /// Stable hash of code, file and pointer.
    pub fingerprint: String,
}

/// One linted file.
pub struct FileReport {
    /// Its path as displayed (`/` separators).
    pub path: String,
    /// The parsed document (its text is needed to draw excerpts).
    pub document: Document,
    /// Its findings, in source order.
    pub findings: Vec<LocatedFinding>,
}

impl FileReport {
    /// Locates `findings` in `document` and orders them by position.
    pub fn new(
        document: Document,
        findings: Vec<Finding>,
        registry: &'static Registry,
    ) -> FileReport {
        let path = display_path(&document.path);
        let mut located: Vec<LocatedFinding> = findings
            .into_iter()
            .filter_map(|finding| {
                let rule = registry.by_code(finding.code)?;
                let span = location::span_of(&document, &finding);
                Some(LocatedFinding {
                    start: document.lines.position(&document.text, span.start),
                    end: document.lines.position(&document.text, span.end),
                    fingerprint: fingerprint(&document, &path, &finding, span),
                    finding,
                    rule,
                    span,
                })
            })
            .collect();
        located.sort_by(|a, b| {
            (a.span.start, a.finding.code, &a.finding.message).cmp(&(
                b.span.start,
                b.finding.code,
                &b.finding.message,
            ))
        });
        FileReport {
            path,
            document,
            findings: located,
        }
    }

    /// Number of findings of each severity.
    pub fn counts(&self) -> Counts {
        Counts::of(self.findings.iter().map(|located| located.finding.severity))
    }
}

/// Findings counted by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Counts {
    /// Counts severities.
    pub fn of(severities: impl Iterator<Item = Severity>) -> Counts {
        let mut counts = Counts::default();
        for severity in severities {
            match severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
        }
        counts
    }

    /// Adds another count.
    pub fn add(&mut self, other: Counts) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    /// All findings.
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }

    /// `2 errors, 1 warning, 0 infos`.
    pub fn describe(&self) -> String {
        let plural = |count: usize, word: &str| {
            format!("{count} {word}{}", if count == 1 { "" } else { "s" })
        };
        format!(
            "{}, {}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.infos, "info")
        )
    }
}

/// The result of a run.
pub struct Report {
    /// Linted files, in path order.
    pub files: Vec<FileReport>,
    /// Inputs that could not be read (I/O errors), as messages.
    pub unreadable: Vec<String>,
}

impl Report {
    /// Findings of all files counted by severity.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for file in &self.files {
            counts.add(file.counts());
        }
        counts
    }
}

fn display_path(path: &std::path::Path) -> String {
    let text = path.display().to_string();
    if std::path::MAIN_SEPARATOR == '/' {
        text
    } else {
        text.replace(std::path::MAIN_SEPARATOR, "/")
    }
}
