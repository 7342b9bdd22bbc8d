//! `dglint score`: one row per dataset with both scores.

use super::error_line;
use std::io::{BufWriter, Write};

use super::run::Run;
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, ScoreArgs, ScoreFormat, gate, print_error};
use crate::report::{json, scores};

/// Runs `dglint score`; returns the exit code: 1 only when a score gate fails.
pub fn run(args: &ScoreArgs) -> u8 {
    let mut run = match Run::prepare(&args.run, args.files.input.origin()) {
        Ok(run) => run,
        Err(error) => {
            print_error(&error);
            return EXIT_ERROR;
        }
    };
    run.keep_text = false;
    let report = run.collect(&args.files, None);
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let written = match args.output_format {
        ScoreFormat::Table => stdout
            .write_all(scores::table(&report).as_bytes())
            .map_err(|error| error.to_string()),
        ScoreFormat::Csv => scores::csv(&report, &mut stdout).map_err(|error| error.to_string()),
        ScoreFormat::Json => json::write(&report, &run.as_of().to_rfc3339(), None, &mut stdout)
            .map_err(|error| error.to_string()),
    }
    .and_then(|()| stdout.flush().map_err(|error| error.to_string()));
    if let Err(message) = &written {
        error_line(message);
    }
    for message in &report.unreadable {
        error_line(message);
    }
    if written.is_err() || !report.unreadable.is_empty() {
        return EXIT_ERROR;
    }
    if gate::report_failures(&report, &args.run) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
