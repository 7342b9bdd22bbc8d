//! `dglint score`: one row per dataset with both scores.

use std::io::{BufWriter, Write};

use super::{ScoreArgs, ScoreFormat, error_line, gate};
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::report::{json, scores};
use crate::run::Run;

/// Runs `dglint score`; returns the exit code: 1 only when a score gate fails.
/// `lang` is the language `--lang` chose, if any.
pub fn run(args: &ScoreArgs, lang: Option<Lang>) -> Result<ExitStatus, Error> {
    let mut run = Run::prepare(&args.run.options(args.files.input.origin(), lang)?)?;
    run.harvest = args.files.input.backend();
    run.keep_text = false;
    let report = run.collect(&args.files.inputs(), None);
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let written = match args.output_format {
        ScoreFormat::Table => stdout.write_all(scores::table(&report).as_bytes()),
        ScoreFormat::Csv => scores::csv(&report, &mut stdout).map_err(std::io::Error::from),
        ScoreFormat::Json => json::write(&report, &run.as_of().to_rfc3339(), None, &mut stdout),
    }
    .and_then(|()| stdout.flush());
    for message in &report.unreadable {
        error_line(message);
    }
    written.map_err(|source| Error::Write {
        path: "the report".to_owned(),
        source,
    })?;
    Ok(if !report.unreadable.is_empty() {
        ExitStatus::Error
    } else if gate::report_failures(&report, &args.run) {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}
