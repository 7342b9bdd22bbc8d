//! JUnit XML, for CI test reports: one test suite per dataset, one test case per rule that
//! ran on it, failed with its findings when the rule reported something.

use std::borrow::Cow;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::Report;

/// `text` without the control characters XML 1.0 cannot hold (all but tab and line breaks),
/// each replaced by a space; quick-xml escapes the rest.
fn xml_text(text: &str) -> Cow<'_, str> {
    let forbidden = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if text.contains(forbidden) {
        Cow::Owned(text.replace(forbidden, " "))
    } else {
        Cow::Borrowed(text)
    }
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
    let mut xml = Writer::new_with_indent(&mut *out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let suites = BytesStart::new("testsuites").with_attributes([
        ("name", "dglint"),
        ("tests", &tests.to_string()),
        ("failures", &failures.to_string()),
    ]);
    xml.write_event(Event::Start(suites))?;
    for file in &report.files {
        let name = file.name();
        let name = xml_text(&name);
        let failed = file
            .rules
            .iter()
            .filter(|rule| {
                file.findings
                    .iter()
                    .any(|located| located.rule.def.code == rule.def.code)
            })
            .count();
        let suite = BytesStart::new("testsuite").with_attributes([
            ("name", &*name),
            ("tests", &file.rules.len().to_string()),
            ("failures", &failed.to_string()),
        ]);
        xml.write_event(Event::Start(suite))?;
        for rule in file.rules.iter() {
            let def = &rule.def;
            let case_name = format!("{} {}", def.code, def.name);
            let case = BytesStart::new("testcase")
                .with_attributes([("classname", &*name), ("name", case_name.as_str())]);
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
            let Some(first) = findings.first() else {
                xml.write_event(Event::Empty(case))?;
                continue;
            };
            xml.write_event(Event::Start(case))?;
            let severity = def.severity.to_string();
            let failure = BytesStart::new("failure")
                .with_attributes([("type", severity.as_str()), ("message", &xml_text(first))]);
            xml.write_event(Event::Start(failure))?;
            xml.write_event(Event::Text(BytesText::new(&xml_text(&findings.join("\n")))))?;
            xml.write_event(Event::End(BytesEnd::new("failure")))?;
            xml.write_event(Event::End(BytesEnd::new("testcase")))?;
        }
        xml.write_event(Event::End(BytesEnd::new("testsuite")))?;
    }
    xml.write_event(Event::End(BytesEnd::new("testsuites")))?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_spaces_and_the_rest_is_kept() {
        assert_eq!(xml_text("a\u{1}b\u{7f}c"), "a b c");
        assert_eq!(xml_text("tab\tline\nreturn\r"), "tab\tline\nreturn\r");
        assert!(
            matches!(xml_text("<&>\"'"), Cow::Borrowed(_)),
            "quick-xml escapes these"
        );
    }
}
