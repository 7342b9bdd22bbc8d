//! GitLab code quality report: a JSON array of issues (`description`, `check_name`,
//! `fingerprint`, `severity`, `location.path`, `location.lines.begin`), shown in merge
//! requests.

use std::io::Write;

use serde::Serialize;

use super::Report;
use crate::finding::Severity;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

/// Writes the code quality report.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let issues: Vec<Issue<'_>> = report
        .files
        .iter()
        .flat_map(|file| {
            file.findings.iter().map(move |located| Issue {
                description: format!(
                    "{} {}: {}",
                    located.rule.def.code, located.rule.def.name, located.finding.message
                ),
                check_name: &located.rule.def.code,
                fingerprint: format!("{:016x}", located.fingerprint),
                severity: match located.finding.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                    Severity::Info => "info",
                },
                location: Location {
                    path: file.file_of(located),
                    lines: Lines {
                        begin: located.start.line,
                        end: located.end.line,
                    },
                },
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    out.write_all(b"\n")
}
