//! `dglint check`: findings, then both scores of every dataset.

use std::io::{IsTerminal, Write};

use super::run::Run;
use super::{
    CheckArgs, ColorChoice, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, OutputFormat, gate, print_error,
};
use crate::config::FailOn;
use crate::report::human::HumanOptions;
use crate::report::{concise, human, json};

/// Runs `dglint check`; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    let run = match Run::prepare(&args.run) {
        Ok(run) => run,
        Err(error) => {
            print_error(&error);
            return EXIT_ERROR;
        }
    };
    let fail_on = if args.exit_zero {
        FailOn::Never
    } else {
        args.fail_on.or(run.config_fail_on).unwrap_or(FailOn::Error)
    };
    let report = run.collect(&args.run);
    let rendered = match args.output_format {
        OutputFormat::Full => human::render(&report, human_options(args.color)),
        OutputFormat::Concise => concise::render(&report),
        OutputFormat::Json => json::render(&report, &run.as_of().to_rfc3339()),
    };
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(rendered.as_bytes())
        .and_then(|()| stdout.flush());
    for message in &report.unreadable {
        eprintln!("error: {message}");
    }
    if written.is_err() || !report.unreadable.is_empty() {
        return EXIT_ERROR;
    }
    let failed = report
        .files
        .iter()
        .flat_map(|file| &file.findings)
        .any(|located| fail_on.fails(located.finding.severity));
    let gated = gate::report_failures(&report, &args.run);
    if failed || gated {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

fn human_options(choice: ColorChoice) -> HumanOptions {
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.parse().ok())
        .unwrap_or(100);
    HumanOptions { color, width }
}
