//! The concise report: one line per finding (`file:line:col: severity CODE name: message`),
//! then the summary; the default when the output is not a terminal.

use std::fmt::Write as _;

use super::Report;
use super::human::summary;

/// Renders one line per finding and the summary.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for file in &report.files {
        for located in &file.findings {
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {} {}: {}",
                file.file_of(located),
                located.start.line,
                located.start.column,
                located.finding.severity,
                located.rule.def.code,
                located.rule.def.name,
                located.finding.message
            );
        }
    }
    out.push_str(&summary(report));
    out
}
