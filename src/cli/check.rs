//! `dglint check`: findings, then both scores of every dataset.

use std::io::{BufWriter, IsTerminal, Write};

use super::run::Run;
use super::{
    CheckArgs, ColorChoice, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FindingsOutput, OutputFormat,
    RunArgs, gate, print_error,
};
use crate::config::FailOn;
use crate::report::human::HumanOptions;
use crate::report::{Report, concise, human, json};

/// Runs `dglint check`; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    match Run::prepare(&args.run, args.files.input.origin()) {
        Ok(mut run) => {
            run.keep_text = args.output.output_format == OutputFormat::Full;
            let report = run.collect(&args.files, Some(&args.links));
            print_findings(&run, &report, &args.run, &args.output)
        }
        Err(error) => {
            print_error(&error);
            EXIT_ERROR
        }
    }
}

/// Prints a report's findings (and scores) as `output` says; returns the exit code: 2 when
/// an input could not be read, 1 when a finding reaches the failing level or a dataset is
/// below a score gate.
pub fn print_findings(
    run: &Run,
    report: &Report,
    run_args: &RunArgs,
    output: &FindingsOutput,
) -> u8 {
    let fail_on = if output.exit_zero {
        FailOn::Never
    } else {
        output
            .fail_on
            .or(run.config_fail_on)
            .unwrap_or(FailOn::Error)
    };
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let written = match output.output_format {
        OutputFormat::Full => {
            stdout.write_all(human::render(report, human_options(output.color)).as_bytes())
        }
        OutputFormat::Concise => concise::write(report, &mut stdout),
        OutputFormat::Json => json::write(report, &run.as_of().to_rfc3339(), &mut stdout),
    }
    .and_then(|()| stdout.flush());
    for message in &report.warnings {
        eprintln!("warning: {message}");
    }
    for message in &report.unreadable {
        eprintln!("error: {message}");
    }
    for message in &report.unfetched {
        eprintln!("error: not audited: {message}");
    }
    if written.is_err() || !report.unreadable.is_empty() {
        return EXIT_ERROR;
    }
    let failed = !report.unfetched.is_empty()
        || report
            .files
            .iter()
            .flat_map(|file| &file.findings)
            .any(|located| fail_on.fails(located.finding.severity));
    let gated = gate::report_failures(report, run_args);
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
