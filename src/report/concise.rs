//! The concise report: one line per finding (`file:line:col: severity CODE name: message`,
//! with `[*]` before the name when `--fix` repairs it), then the summary; the default when the
//! output is not a terminal.

use std::fmt::Write as _;
use std::io::Write;

use rayon::prelude::*;

use super::human::summary;
use super::{FileReport, Report};
use crate::untrusted::terminal::visible_owned;

/// Writes one line per finding, then the summary. The lines of a few thousand files at a time
/// are formatted in parallel, then written in order.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    const FILES_AT_ONCE: usize = 4096;
    for files in report.files.chunks(FILES_AT_ONCE) {
        let texts: Vec<String> = files.par_iter().map(lines).collect();
        for text in texts {
            out.write_all(text.as_bytes())?;
        }
    }
    out.write_all(summary(report).as_bytes())
}

/// `[*] ` before the rule's name when `--fix` alone repairs the finding (a safe fix).
fn fix_mark(located: &super::LocatedFinding) -> &'static str {
    match &located.fix {
        Some(fix) if fix.safety == crate::finding::Safety::Safe => "[*] ",
        _ => "",
    }
}

/// The lines of one file's findings.
fn lines(file: &FileReport) -> String {
    let mut text = String::new();
    for located in &file.findings {
        // Writing to a String cannot fail.
        let _ = writeln!(
            text,
            "{}:{}:{}: {} {} {}{}: {}",
            file.file_of(located),
            located.start.line,
            located.start.column,
            located.finding.severity,
            located.rule.def.code,
            fix_mark(located),
            located.rule.def.name,
            located.finding.message
        );
    }
    // The line is dglint's but for the file's name and the message's quotes: nothing in it
    // may drive a terminal.
    visible_owned(text)
}
