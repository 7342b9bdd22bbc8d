//! The concise report: one line per finding (`file:line:col: severity CODE name: message`),
//! then the summary; the default when the output is not a terminal.

use std::io::Write;

use super::Report;
use super::human::summary;

/// Writes one line per finding, then the summary.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    for file in &report.files {
        for located in &file.findings {
            writeln!(
                out,
                "{}:{}:{}: {} {} {}: {}",
                file.file_of(located),
                located.start.line,
                located.start.column,
                located.finding.severity,
                located.rule.def.code,
                located.rule.def.name,
                located.finding.message
            )?;
        }
    }
    out.write_all(summary(report).as_bytes())
}
