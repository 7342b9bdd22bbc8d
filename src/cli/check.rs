//! `dglint check`.

use std::io::{IsTerminal, Write};

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use super::{
    CheckArgs, ColorChoice, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, OutputFormat, print_error,
};
use crate::config::{CliSelection, Config, ConfigError, FailOn};
use crate::document::load_file;
use crate::model::dates::parse_instant;
use crate::report::human::HumanOptions;
use crate::report::{FileReport, Report, concise, human, json};
use crate::rules::{Engine, Registry};
use crate::source::discover::discover;

/// Largest manifest read by default (5 MiB); `max-file-size` in the config changes it.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 5 * 1024 * 1024;

/// Runs `dglint check`; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    match prepare(args) {
        Ok((engine, fail_on, as_of, max_file_size)) => {
            lint(args, &engine, fail_on, as_of, max_file_size)
        }
        Err(error) => {
            print_error(&error);
            EXIT_ERROR
        }
    }
}

fn prepare(args: &CheckArgs) -> Result<(Engine, FailOn, DateTime<Utc>, u64), ConfigError> {
    let registry = Registry::embedded()
        .map_err(|error| ConfigError::usage(format!("internal error: {error}")))?;
    let config = if args.isolated {
        Config::default()
    } else if let Some(path) = &args.config {
        Config::load(path)?
    } else {
        Config::discover(&std::env::current_dir().unwrap_or_default())?
    };
    let selection = CliSelection {
        select: args.select.clone(),
        extend_select: args.extend_select.clone(),
        ignore: args.ignore.clone(),
    };
    let settings = config.settings(registry, &selection)?;
    let as_of = match &args.as_of {
        Some(text) => parse_instant(text).ok_or_else(|| {
            ConfigError::usage(format!(
                "--as-of `{text}` is not an ISO 8601 date or date-time"
            ))
        })?,
        None => Utc::now(),
    };
    let fail_on = if args.exit_zero {
        FailOn::Never
    } else {
        args.fail_on
            .or(config.file.fail_on)
            .unwrap_or(FailOn::Error)
    };
    if args.threads > 0 {
        // Fails only when the pool is already built, which a single run never does.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(args.threads)
            .build_global();
    }
    let max_file_size = config.file.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE);
    Ok((
        Engine::new(registry, settings, as_of),
        fail_on,
        as_of,
        max_file_size,
    ))
}

fn lint(
    args: &CheckArgs,
    engine: &Engine,
    fail_on: FailOn,
    as_of: DateTime<Utc>,
    max_file_size: u64,
) -> u8 {
    let (paths, discovery_errors) = discover(&args.paths);
    let results: Vec<Result<FileReport, String>> = paths
        .par_iter()
        .map(|path| {
            let document = load_file(path, max_file_size).map_err(|error| error.to_string())?;
            let findings = engine.lint(&document);
            Ok(FileReport::new(document, findings, engine.registry()))
        })
        .collect();
    let mut report = Report {
        files: Vec::with_capacity(results.len()),
        unreadable: discovery_errors.iter().map(ToString::to_string).collect(),
    };
    for result in results {
        match result {
            Ok(file) => report.files.push(file),
            Err(message) => report.unreadable.push(message),
        }
    }
    let rendered = match args.output_format {
        OutputFormat::Full => human::render(&report, human_options(args.color)),
        OutputFormat::Concise => concise::render(&report),
        OutputFormat::Json => json::render(&report, &as_of.to_rfc3339()),
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
    if failed { EXIT_FINDINGS } else { EXIT_OK }
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
