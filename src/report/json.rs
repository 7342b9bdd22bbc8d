//! The JSON report: a documented contract (`schemas/report.schema.json`). Fields are only
//! ever added; a breaking change bumps `schema_version`.

use serde::Serialize;

use super::{Counts, Report};
use crate::document::Position;

/// The version of the JSON report's shape.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    tool: Tool,
    as_of: String,
    summary: Summary,
    files: Vec<FileSummary<'a>>,
    findings: Vec<JsonFinding<'a>>,
    errors: &'a [String],
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    files_with_findings: usize,
    findings: usize,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct FileSummary<'a> {
    path: &'a str,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    name: &'a str,
    category: &'a str,
    severity: &'a str,
    message: &'a str,
    help: &'a str,
    file: &'a str,
    pointer: &'a str,
    location: Location,
    fingerprint: &'a str,
}

#[derive(Serialize)]
struct Location {
    start: Position,
    end: Position,
    byte_offset: usize,
    byte_length: usize,
}

/// Renders the report as pretty-printed JSON; `as_of` is the run's "now" (RFC 3339).
pub fn render(report: &Report, as_of: &str) -> String {
    let counts = report.counts();
    let json = JsonReport {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: "dglint",
            version: env!("CARGO_PKG_VERSION"),
        },
        as_of: as_of.to_owned(),
        summary: Summary {
            files: report.files.len(),
            files_with_findings: report
                .files
                .iter()
                .filter(|file| !file.findings.is_empty())
                .count(),
            findings: counts.total(),
            counts,
        },
        files: report
            .files
            .iter()
            .map(|file| FileSummary {
                path: &file.path,
                counts: file.counts(),
            })
            .collect(),
        findings: report
            .files
            .iter()
            .flat_map(|file| {
                file.findings.iter().map(move |located| JsonFinding {
                    code: &located.rule.def.code,
                    name: &located.rule.def.name,
                    category: located.rule.def.category.as_str(),
                    severity: located.finding.severity.as_str(),
                    message: &located.finding.message,
                    help: &located.finding.help,
                    file: &file.path,
                    pointer: &located.finding.pointer,
                    location: Location {
                        start: located.start,
                        end: located.end,
                        byte_offset: located.span.start,
                        byte_length: located.span.len(),
                    },
                    fingerprint: &located.fingerprint,
                })
            })
            .collect(),
        errors: &report.unreadable,
    };
    let mut text = serde_json::to_string_pretty(&json)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}
