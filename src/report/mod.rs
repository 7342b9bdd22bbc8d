//! The report of a run, and its renderers (pure functions of the report).

pub mod baseline;
pub mod concise;
pub mod docs_url;
pub mod findings_csv;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
mod location;
pub mod mqa;
pub mod sarif;
pub mod scores;

use rayon::prelude::*;

use crate::document::paths::PathNames;
use crate::document::{ByteSpan, Document, Place, Position, Syntax, pointer};
use crate::finding::{Finding, Severity};
use crate::model::Origin;
use crate::rules::Linted;
use crate::rules::Rule;
use crate::rules::registry::Registry;
use crate::score::DatasetScores;

pub use location::fingerprint;

/// A finding placed in its file.
pub struct LocatedFinding {
    /// The finding.
    pub finding: Finding,
    /// Its rule.
    pub rule: &'static Rule,
    /// Where it is drawn, in bytes of the document's text.
    pub span: ByteSpan,
    /// The file it is in, when the document was assembled from excerpts of other files.
    pub file: Option<String>,
    /// Line and column of the span's start.
    pub start: Position,
    /// Line and column of the span's end.
    pub end: Position,
    /// Stable hash of code, file and pointer.
    pub fingerprint: u64,
    /// The position in its file's `datasets` of the dataset it is in, when it is in one.
    pub dataset: Option<usize>,
    /// Its fix as edits of the file, when it has one that can be written there.
    pub fix: Option<LocatedFix>,
}

/// A finding's fix as edits of its file.
#[derive(Debug, Clone)]
pub struct LocatedFix {
    /// Whether `--fix` applies it alone.
    pub safety: crate::finding::Safety,
    /// The edits, in text order, none overlapping.
    pub edits: Vec<LocatedEdit>,
}

/// One edit of a fix: the bytes it replaces, where they are, and what they become.
#[derive(Debug, Clone)]
pub struct LocatedEdit {
    /// The bytes replaced, in the document's text (without a byte order mark).
    pub span: ByteSpan,
    /// Line and column of the first byte replaced.
    pub start: Position,
    /// Line and column just past the last.
    pub end: Position,
    /// The new text.
    pub content: String,
}

/// The fix of `finding` as edits of `document`, when it has one and the file is a manifest
/// dglint may rewrite.
fn locate_fix(document: &Document, origin: Origin, finding: &Finding) -> Option<LocatedFix> {
    let fix = finding.fix.as_ref()?;
    if !crate::fix::is_rewritable(document, origin) {
        return None;
    }
    let edits = crate::document::edit::edits(document, &fix.changes).ok()?;
    Some(LocatedFix {
        safety: fix.safety,
        edits: edits
            .into_iter()
            .map(|edit| LocatedEdit {
                start: document.lines.position(&document.text, edit.span.start),
                end: document.lines.position(&document.text, edit.span.end),
                span: edit.span,
                content: edit.content,
            })
            .collect(),
    })
}

/// One linted file.
pub struct FileReport {
    /// Its path as displayed (`/` separators).
    pub path: String,
    /// The parsed document (its text is needed to draw excerpts).
    pub document: Document,
    /// Whether it holds a manifest or API data.
    pub origin: Origin,
    /// Its findings, in source order.
    pub findings: Vec<LocatedFinding>,
    /// The scores of each of its datasets, in file order.
    pub datasets: Vec<DatasetScores>,
    /// The rules that ran on it, in code order.
    pub rules: crate::rules::RuleList,
    /// What fixing it did, when the run fixes (`--fix`, `--diff`).
    pub fixes: Option<FileFixes>,
}

/// What `--fix` or `--diff` did to one file.
#[derive(Debug, Clone, Default)]
pub struct FileFixes {
    /// Findings fixed (or, with `--diff`, that would be).
    pub applied: usize,
    /// Fixes not applied, each said in a line that names its place and why.
    pub refused: Vec<String>,
    /// The unified diff of the fixes, with `--diff`.
    pub diff: Option<String>,
    /// Why the fixed text was not written, when it was not (the file is as it was).
    pub unwritten: Option<String>,
}

impl FileReport {
    /// Locates the findings of `linted` and the scores' explanations in `document`, orders
    /// the findings by position, then drops what only locating needed (see
    /// [`Document::compact`]; the text too unless `keep_text`, for excerpts). Files are
    /// named as `names` says.
    pub fn new(
        mut document: Document,
        linted: Linted,
        mut datasets: Vec<DatasetScores>,
        registry: &'static Registry,
        names: &PathNames,
        keep_text: bool,
    ) -> FileReport {
        let path = names.name(&document.path);
        document
            .provenance
            .rename_files(|file| names.name(std::path::Path::new(file)));
        // The records of a catalogue export share its path: their id tells them apart.
        let identity = match (document.syntax, datasets.first()) {
            (Syntax::Csv, Some(DatasetScores { id: Some(id), .. })) => format!("{path}#{id}"),
            _ => path.clone(),
        };
        let mut located: Vec<LocatedFinding> = linted
            .findings
            .into_par_iter()
            .filter_map(|finding| {
                let rule = registry.by_code(finding.code)?;
                let span = location::span_of(&document, &finding);
                let (file, start) = document.place(span.start);
                Some(LocatedFinding {
                    fix: locate_fix(&document, linted.origin, &finding),
                    file: other_file(file, &path),
                    start,
                    end: document.place(span.end).1,
                    fingerprint: fingerprint(&document, &identity, &finding, span),
                    dataset: None,
                    finding,
                    rule,
                    span,
                })
            })
            .collect();
        let roots = pointer::Roots::new(datasets.iter().map(|dataset| dataset.pointer.as_str()));
        for finding in &mut located {
            finding.dataset = roots.owner(&finding.finding.pointer);
        }
        located.sort_by(|a, b| {
            (a.span.start, a.finding.code, &a.finding.message).cmp(&(
                b.span.start,
                b.finding.code,
                &b.finding.message,
            ))
        });
        for explanation in datasets.iter_mut().flat_map(|dataset| {
            dataset
                .udata
                .criteria
                .iter_mut()
                .filter_map(|result| result.explanation.as_mut())
        }) {
            let span =
                location::locate(&document, &explanation.hit.pointer, explanation.hit.anchor);
            let (file, start) = document.place(span.start);
            explanation.place = Some(Place {
                file: other_file(file, &path),
                start,
            });
        }
        document.compact(keep_text);
        FileReport {
            path,
            document,
            origin: linted.origin,
            findings: located,
            datasets,
            rules: linted.rules,
            fixes: None,
        }
    }

    /// How the report is named in summaries: a catalogue record by its dataset, a file (or a
    /// fetched dataset) by its path (or URL).
    pub fn name(&self) -> String {
        match self.datasets.first() {
            Some(dataset) if self.document.syntax == Syntax::Csv => self.dataset_label(dataset),
            _ => self.path.clone(),
        }
    }

    /// The id (else slug) of the dataset a finding is in, when it is in one that has either.
    pub fn dataset_of(&self, located: &LocatedFinding) -> Option<&str> {
        self.datasets.get(located.dataset?)?.id.as_deref()
    }

    /// The file a finding is in (its excerpt's file, else this report's).
    pub fn file_of<'a>(&'a self, located: &'a LocatedFinding) -> &'a str {
        located.file.as_deref().unwrap_or(&self.path)
    }

    /// How a dataset of this file is named in tables: a manifest by its path; API data by
    /// its id (or slug), else by its place in the file.
    pub fn dataset_label(&self, dataset: &DatasetScores) -> String {
        match (&dataset.id, self.origin) {
            (Some(id), Origin::Api) => id.clone(),
            _ if dataset.pointer.is_empty() => self.path.clone(),
            _ => format!("{}#{}", self.path, dataset.pointer),
        }
    }

    /// The findings within each of its datasets (in `datasets` order).
    pub fn findings_by_dataset(&self) -> Vec<Vec<&LocatedFinding>> {
        let roots =
            pointer::Roots::new(self.datasets.iter().map(|dataset| dataset.pointer.as_str()));
        roots.group(
            self.findings
                .iter()
                .map(|located| (located.finding.pointer.as_str(), located)),
        )
    }

    /// Number of findings of each severity within each of its datasets (in `datasets` order).
    pub fn dataset_counts(&self) -> Vec<Counts> {
        self.findings_by_dataset()
            .into_iter()
            .map(|findings| Counts::of(findings.iter().map(|located| located.finding.severity)))
            .collect()
    }

    /// Number of findings of each severity.
    pub fn counts(&self) -> Counts {
        Counts::of(self.findings.iter().map(|located| located.finding.severity))
    }
}

/// Findings counted by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
        let errors = crate::msg!("count-errors", count = self.errors);
        let warnings = crate::msg!("count-warnings", count = self.warnings);
        let infos = crate::msg!("count-infos", count = self.infos);
        format!("{errors}, {warnings}, {infos}")
    }
}

/// Why an audit left datasets out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// Archived on the portal (kept with `--include-archived`).
    Archived,
    /// Deleted on the portal.
    Deleted,
    /// Published by another organisation than the one audited.
    OtherOrganization,
    /// Listed by the portal on a page that could not be read (the run fails).
    Unreadable,
    /// A record of a catalogue export that is not whole (reported as DG001).
    BrokenRecord,
}

impl SkipReason {
    /// The key in machine formats (`archived`, `deleted`, `other organization`).
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Archived => "archived",
            SkipReason::Deleted => "deleted",
            SkipReason::OtherOrganization => "other organization",
            SkipReason::Unreadable => "unreadable",
            SkipReason::BrokenRecord => "broken record",
        }
    }

    /// The reason in the run's language.
    pub fn label(self) -> String {
        match self {
            SkipReason::Archived => crate::msg!("skip-archived"),
            SkipReason::Deleted => crate::msg!("skip-deleted"),
            SkipReason::OtherOrganization => crate::msg!("skip-other-organization"),
            SkipReason::Unreadable => crate::msg!("skip-unreadable"),
            SkipReason::BrokenRecord => crate::msg!("skip-broken-record"),
        }
    }
}

/// An input dglint could not read, or read only in part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    /// The input: a path, or the URL of a dataset; `None` when the problem is the whole
    /// run's (a link check that could not start).
    pub input: Option<String>,
    /// What went wrong, in the run's language, as printed (it names the input).
    pub message: String,
}

impl InputProblem {
    /// A problem with `input`.
    pub fn of(input: impl Into<String>, message: impl Into<String>) -> InputProblem {
        InputProblem {
            input: Some(input.into()),
            message: message.into(),
        }
    }

    /// A problem of the whole run.
    pub fn of_run(message: impl Into<String>) -> InputProblem {
        InputProblem {
            input: None,
            message: message.into(),
        }
    }
}

impl From<&crate::source::api::FetchError> for InputProblem {
    fn from(error: &crate::source::api::FetchError) -> Self {
        InputProblem {
            input: Some(error.url().to_owned()),
            message: error.to_string(),
        }
    }
}

impl InputProblem {
    /// What a fetch could not read (`failures`), and what it read only in part.
    pub fn of_fetch(
        fetched: &crate::source::api::Fetched,
    ) -> (Vec<InputProblem>, Vec<InputProblem>) {
        let failures = fetched.failures.iter().map(InputProblem::from).collect();
        let partial = fetched
            .discussion_failures
            .iter()
            .map(|error| InputProblem {
                input: Some(error.url().to_owned()),
                message: crate::msg!("discussions-not-read", reason = error),
            })
            .collect();
        (failures, partial)
    }
}

impl std::fmt::Display for InputProblem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message)
    }
}

/// The result of a run.

#[derive(Default)]
pub struct Report {
    /// Linted files (and fetched datasets), in path order.
    pub files: Vec<FileReport>,
    /// Inputs named that could not be read (I/O errors, datasets the API did not give): the
    /// run exits with 2.
    pub unreadable: Vec<InputProblem>,
    /// Datasets of an audit that could not be read: listed, and the run fails (exit 1), but
    /// the audit goes on.
    pub unfetched: Vec<InputProblem>,
    /// Inputs read only in part, and what the run could not do for all of them.
    pub warnings: Vec<InputProblem>,
    /// Datasets left out on purpose, counted by reason (`archived`).
    pub skipped: Vec<(SkipReason, usize)>,
    /// Where the rule pages are published (`docs-url`): findings link to them.
    pub docs_url: Option<docs_url::DocsUrl>,
}

impl Report {
    /// Whether the report counts datasets (catalogue records and datasets fetched from the
    /// API) rather than files.
    pub fn counts_datasets(&self) -> bool {
        !self.files.is_empty()
            && self
                .files
                .iter()
                .all(|file| file.document.syntax == Syntax::Csv || file.path.contains("://"))
    }

    /// Findings of all files counted by severity.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for file in &self.files {
            counts.add(file.counts());
        }
        counts
    }
}

/// The file of an excerpt, when it is not the report's own.
fn other_file(file: Option<&str>, own: &str) -> Option<String> {
    file.filter(|file| *file != own).map(str::to_owned)
}
