//! `dglint score`: one row per dataset with both scores.

use std::io::Write;

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
    let rendered = match args.output_format {
        ScoreFormat::Table => Ok(scores::table(&report)),
        ScoreFormat::Csv => scores::csv(&report).map_err(|error| error.to_string()),
        ScoreFormat::Json => Ok(json::render(&report, &run.as_of().to_rfc3339())),
    };
    let written = rendered.and_then(|text| {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|error| error.to_string())
    });
    if let Err(message) = &written {
        eprintln!("error: {message}");
    }
    for message in &report.unreadable {
        eprintln!("error: {message}");
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
