//! One CSV row per finding, for spreadsheets; the last columns name the finding's dataset
//! (its id, else its slug) when it is in one, and whether `--fix` can repair it (`safe`, or
//! `unsafe`: only with `--unsafe-fixes`; empty when it has no fix).

use std::io::Write;

use super::Report;

/// Writes the CSV report, with a header row.
pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), csv::Error> {
    let mut writer = crate::untrusted::csv::Writer::new(out);
    writer.write_record([
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "name",
        "category",
        "severity",
        "message",
        "pointer",
        "fingerprint",
        "dataset",
        "fixable",
    ])?;
    for file in &report.files {
        for located in &file.findings {
            writer.write_record([
                file.file_of(located),
                &located.start.line.to_string(),
                &located.start.column.to_string(),
                &located.end.line.to_string(),
                &located.end.column.to_string(),
                &located.rule.def.code,
                &located.rule.def.name,
                located.rule.def.category.as_str(),
                located.finding.severity.as_str(),
                &located.finding.message,
                &located.finding.pointer,
                &format!("{:016x}", located.fingerprint),
                file.dataset_of(located).unwrap_or_default(),
                located.fix.as_ref().map_or("", |fix| fix.safety.as_str()),
            ])?;
        }
    }
    writer.flush()?;
    Ok(())
}
