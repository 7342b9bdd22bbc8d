//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per
//! finding, shown on the pull request's diff.

use std::io::Write;

use super::Report;
use crate::finding::Severity;

/// Escapes a message (data) of a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one annotation per finding.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    for file in &report.files {
        for located in &file.findings {
            let command = match located.finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let rule = &located.rule.def;
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(file.file_of(located)),
                located.start.line,
                located.start.column,
                located.end.line,
                located.end.column,
                property(&format!("{} {}", rule.code, rule.name)),
                data(&located.finding.message),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_asks() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
