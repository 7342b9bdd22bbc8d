//! JUnit XML, for CI test reports: one test suite per dataset, one test case per rule that
//! ran on it, failed with its findings when the rule reported something.

use std::io::Write;

use super::Report;

/// Escapes text for XML content and attributes.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // XML 1.0 has no control characters but tab and line breaks.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Writes the JUnit report.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let failures: usize = report
        .files
        .iter()
        .map(|file| {
            file.rules
                .iter()
                .filter(|rule| {
                    file.findings
                        .iter()
                        .any(|located| located.rule.def.code == rule.def.code)
                })
                .count()
        })
        .sum();
    let tests: usize = report.files.iter().map(|file| file.rules.len()).sum();
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<testsuites name=\"dglint\" tests=\"{tests}\" failures=\"{failures}\">"
    )?;
    for file in &report.files {
        let name = escape(&file.name());
        let failed: Vec<&str> = file
            .rules
            .iter()
            .map(|rule| rule.def.code.as_str())
            .filter(|code| {
                file.findings
                    .iter()
                    .any(|located| located.rule.def.code == *code)
            })
            .collect();
        writeln!(
            out,
            "  <testsuite name=\"{name}\" tests=\"{}\" failures=\"{}\">",
            file.rules.len(),
            failed.len()
        )?;
        for rule in file.rules.iter() {
            let def = &rule.def;
            let case = format!(
                "    <testcase classname=\"{name}\" name=\"{} {}\"",
                def.code, def.name
            );
            let findings: Vec<String> = file
                .findings
                .iter()
                .filter(|located| located.rule.def.code == def.code)
                .map(|located| {
                    format!(
                        "{}:{}:{}: {}",
                        file.file_of(located),
                        located.start.line,
                        located.start.column,
                        located.finding.message
                    )
                })
                .collect();
            if findings.is_empty() {
                writeln!(out, "{case}/>")?;
            } else {
                writeln!(out, "{case}>")?;
                writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    def.severity,
                    escape(&findings[0]),
                    escape(&findings.join("\n"))
                )?;
                writeln!(out, "    </testcase>")?;
            }
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")
}
