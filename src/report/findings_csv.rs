//! One CSV row per finding, for spreadsheets.

use std::io::Write;

use super::Report;

/// Writes the CSV report, with a header row.
pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "file",
        "dataset",
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
    ])?;
    for file in &report.files {
        for located in &file.findings {
            writer.write_record([
                file.file_of(located),
                located.dataset.as_deref().unwrap_or_default(),
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
            ])?;
        }
    }
    writer.flush()?;
    Ok(())
}
