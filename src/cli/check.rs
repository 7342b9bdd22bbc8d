//! `dglint check`: findings, then both scores of every dataset; and the printing of findings
//! in every format, shared with `dglint audit`.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};

use super::{
    CheckArgs, ColorChoice, FindingsOutput, OutputFormat, RunArgs, error_line, fixing, gate,
    warning_line,
};
use crate::audit::{Audit, Previous, html};
use crate::config::FailOn;
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::report::baseline::Baseline;
use crate::report::human::HumanOptions;
use crate::report::{Report, concise, findings_csv, github, gitlab, human, json, junit, sarif};
use crate::run::Run;

/// Runs `dglint check`; returns the exit code.
/// `lang` is the language `--lang` chose, if any.
pub fn run(args: &CheckArgs, lang: Option<Lang>) -> Result<ExitStatus, Error> {
    let mut options = args.run.options(args.files.input.origin(), lang)?;
    options.fixes = args.fix.cli();
    let mut run = Run::prepare(&options)?;
    run.harvest = args.files.input.backend();
    run.fixing = args.fix.mode();
    run.keep_text = args.output.needs_text();
    run.scoring.profile = args.output.needs_digest();
    let report = run.collect(&args.files.inputs(), args.links.options().as_ref());
    let tally = fixing::Tally::of(&run, &report);
    if args.fix.diff {
        return Ok(fixing::print_diffs(&report, &tally));
    }
    if args.fix.fix_only {
        return Ok(fixing::print_summary_only(&report, &tally));
    }
    let status = print_findings(&run, report, &args.run, &args.output, None)?;
    tally.print(args.fix.mode().is_some(), args.output.format());
    Ok(status)
}

impl FindingsOutput {
    /// The format of the main report: as asked, else full on a terminal and concise
    /// otherwise.
    pub fn format(&self) -> OutputFormat {
        self.output_format.unwrap_or_else(|| {
            if self.output.is_none() && std::io::stdout().is_terminal() {
                OutputFormat::Full
            } else {
                OutputFormat::Concise
            }
        })
    }

    /// Whether an audit's digest is asked for: the HTML and Markdown reports.
    pub fn needs_digest(&self) -> bool {
        std::iter::once(self.format())
            .chain(self.report.iter().map(|(format, _)| *format))
            .any(|format| matches!(format, OutputFormat::Html | OutputFormat::Markdown))
    }

    /// Whether a report drawn from excerpts (full) is asked for.
    pub fn needs_text(&self) -> bool {
        self.format() == OutputFormat::Full
            || self
                .report
                .iter()
                .any(|(format, _)| *format == OutputFormat::Full)
    }
}

/// Prints a report's findings (and scores) as `output` says, writes the extra reports, the
/// audit's summary when auditing, then the run's errors, warnings and failed gates. Returns
/// the exit status: an error when an input could not be read (or a report not written), a
/// failure when a finding reaches the failing level, a dataset is below a score gate, or an
/// audit could not read everything.
pub fn print_findings(
    run: &Run,
    mut owned: Report,
    run_args: &RunArgs,
    output: &FindingsOutput,
    audit: Option<&AuditOutput>,
) -> Result<ExitStatus, Error> {
    if let Some(path) = &output.write_baseline {
        return write_baseline(&owned, path);
    }
    if let Some(path) = &output.baseline {
        apply_baseline(&mut owned, path, output.prune_baseline)?;
    }
    let report = &owned;
    let gate_failures = gate::failures(report, run_args);
    let mut status = exit_status(run, report, output, !gate_failures.is_empty());
    // The audit's digest, made once: for `dglint audit`, and for the HTML and Markdown
    // reports of `dglint check`.
    let digest = (audit.is_some() || output.needs_digest())
        .then(|| Audit::of(report, audit.and_then(|audit| audit.previous.as_ref())));
    let writing = Writing {
        run,
        report,
        status,
        output,
        digest: digest.as_ref(),
        auditing: audit.is_some(),
    };
    let written = writing.all_reports();
    if let Some(digest) = digest.as_ref().filter(|_| audit.is_some()) {
        print_audit_summary(digest, output);
    }
    for message in written.into_iter().filter_map(Result::err) {
        error_line(message);
        status = ExitStatus::Error;
    }
    print_problems(report);
    gate::print(&gate_failures);
    // The process ends next: the system takes the report back at once, where freeing a
    // catalogue's datasets one allocation at a time takes a tenth of a second.
    std::mem::forget(owned);
    Ok(status)
}

/// `--write-baseline`: records the findings of `report` at `path` instead of printing them.
fn write_baseline(report: &Report, path: &std::path::Path) -> Result<ExitStatus, Error> {
    let baseline = Baseline::of(report);
    baseline.save(path)?;
    eprintln!(
        "{}",
        crate::msg!(
            "baseline-written",
            count = baseline.findings.len(),
            path = path.display()
        )
    );
    Ok(if report.unreadable.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Error
    })
}

/// The audit's summary: after the findings on standard output when they leave it free (the
/// human formats, or a report written to a file), else on standard error.
fn print_audit_summary(digest: &Audit<'_>, output: &FindingsOutput) {
    let summary = crate::audit::summary::render(digest);
    let stdout_is_free = output.output.is_some()
        || matches!(output.format(), OutputFormat::Full | OutputFormat::Concise);
    if stdout_is_free {
        print!("\n{summary}");
    } else {
        eprint!("{summary}");
    }
}

/// The inputs the run could read only in part, could not read, or could not audit.
fn print_problems(report: &Report) {
    for message in &report.warnings {
        warning_line(message);
    }
    for message in &report.unreadable {
        error_line(message);
    }
    for message in &report.unfetched {
        error_line(crate::msg!("not-audited", message = message));
    }
}

/// Drops the findings the baseline at `path` holds; says which of its entries no finding
/// matches any more, or, with `prune`, rewrites it without them.
fn apply_baseline(report: &mut Report, path: &std::path::Path, prune: bool) -> Result<(), Error> {
    let baseline = Baseline::load(path)?;
    let stale = baseline.apply(report);
    if prune && !stale.is_empty() {
        baseline.pruned(&stale).save(path)?;
        eprintln!(
            "info: {}",
            crate::msg!(
                "baseline-pruned",
                count = stale.len(),
                path = path.display()
            )
        );
    } else {
        for entry in &stale {
            let place = if entry.pointer.is_empty() {
                entry.file.clone()
            } else {
                format!("{} {}", entry.file, entry.pointer)
            };
            // The baseline's entries are read from a file: shown, never obeyed.
            let line = crate::msg!("baseline-stale", code = entry.code, place = place);
            eprintln!("info: {}", crate::untrusted::terminal::visible(&line));
        }
    }
    Ok(())
}

/// The exit status the findings give: an error when an input could not be read, a failure
/// when a finding reaches the failing level (`--fail-on`, else the configuration's, else
/// errors), a dataset could not be audited, or a score gate fails.
fn exit_status(
    run: &Run,
    report: &Report,
    output: &FindingsOutput,
    gate_fails: bool,
) -> ExitStatus {
    let fail_on = if output.exit_zero {
        FailOn::Never
    } else {
        output
            .fail_on
            .or(run.config_fail_on)
            .unwrap_or(FailOn::Error)
    };
    let failed = !report.unfetched.is_empty()
        || report
            .files
            .iter()
            .flat_map(|file| &file.findings)
            .any(|located| fail_on.fails(located.finding.severity));
    if !report.unreadable.is_empty() {
        ExitStatus::Error
    } else if failed || gate_fails {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    }
}

/// What writing a report needs.
struct Writing<'a> {
    run: &'a Run,
    report: &'a Report,
    status: ExitStatus,
    output: &'a FindingsOutput,
    /// The audit's digest, when a summary or a report needs it.
    digest: Option<&'a Audit<'a>>,
    /// Whether this is `dglint audit` (its CSV has a row per dataset).
    auditing: bool,
}

impl Writing<'_> {
    /// The main report (to its file or standard output, with GitHub's annotations when
    /// running in GitHub Actions without an explicit format), then each `--report`.
    fn all_reports(&self) -> Vec<Result<(), Error>> {
        let main = match &self.output.output {
            Some(path) => self.to_file(self.output.format(), path),
            None => self.to_stdout(),
        };
        std::iter::once(main)
            .chain(
                self.output
                    .report
                    .iter()
                    .map(|(format, path)| self.to_file(*format, path)),
            )
            .collect()
    }

    fn to_stdout(&self) -> Result<(), Error> {
        let mut stdout = BufWriter::new(std::io::stdout().lock());
        let mut written = self.write(self.output.format(), &mut stdout);
        let annotate = self.output.output_format.is_none()
            && std::env::var("GITHUB_ACTIONS").is_ok_and(|value| value == "true");
        if annotate && written.is_ok() {
            written = github::write(self.report, &mut stdout);
        }
        written
            .and_then(|()| stdout.flush())
            .map_err(|source| Error::Write {
                path: "the report".to_owned(),
                source,
            })
    }

    fn to_file(&self, format: OutputFormat, path: &std::path::Path) -> Result<(), Error> {
        let written = File::create(path).and_then(|file| {
            let mut writer = BufWriter::new(file);
            self.write(format, &mut writer)?;
            writer.flush()
        });
        written.map_err(|source| Error::Write {
            path: path.display().to_string(),
            source,
        })
    }

    fn write(&self, format: OutputFormat, out: &mut dyn Write) -> std::io::Result<()> {
        let (run, report) = (self.run, self.report);
        match format {
            OutputFormat::Full => {
                out.write_all(human::render(report, human_options(self.output.color)).as_bytes())
            }
            OutputFormat::Concise => concise::write(report, out),
            OutputFormat::Json => {
                let comparison = self
                    .digest
                    .and_then(|audit| audit.comparison.as_ref())
                    .map(crate::audit::Comparison::to_json);
                json::write(report, &run.as_of().to_rfc3339(), comparison, out)
            }

            OutputFormat::JsonLines => json::write_lines(report, out),
            OutputFormat::Sarif => {
                let root = run.names.root();
                sarif::write(report, run.engine.registry(), self.status.code(), root, out)
            }
            OutputFormat::Github => github::write(report, out),
            OutputFormat::Gitlab => gitlab::write(report, out),
            OutputFormat::Junit => junit::write(report, out),
            OutputFormat::Csv => match self.digest.filter(|_| self.auditing) {
                Some(audit) => crate::audit::csv::write(audit, out),
                None => findings_csv::write(report, out),
            }
            .map_err(std::io::Error::other),
            OutputFormat::Html | OutputFormat::Markdown => {
                let Some(audit) = self.digest else {
                    return Err(std::io::Error::other("the audit digest was not made"));
                };
                if format == OutputFormat::Markdown {
                    return crate::audit::markdown::write(audit, out);
                }
                let context = html::Context {
                    lang: run.html_lang,
                    as_of: &run.as_of().format("%Y-%m-%d").to_string(),
                };
                html::write(audit, &context, out)
            }
        }
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
    // `$COLUMNS` when set (a user's override), else the terminal's width, else 100.
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.parse().ok())
        .or_else(|| {
            terminal_size::terminal_size_of(std::io::stdout())
                .map(|(terminal_size::Width(width), _)| usize::from(width))
        })
        .unwrap_or(100);
    HumanOptions { color, width }
}

/// What `dglint audit` adds to the printing of findings.
pub struct AuditOutput {
    /// The previous audit to compare with (`--compare`).
    pub previous: Option<Previous>,
}
