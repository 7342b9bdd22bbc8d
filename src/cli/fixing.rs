//! What `dglint check --fix`, `--diff` and `--fix-only` print besides the findings.

use std::io::Write;

use super::{OutputFormat, error_line, warning_line};
use crate::error::ExitStatus;
use crate::report::Report;
use crate::run::Run;

/// What a run fixed, and what it could fix.
pub struct Tally {
    /// Findings fixed (or, with `--diff`, that would be).
    fixed: usize,
    /// Files changed (or that would be).
    files: usize,
    /// Findings left with a fix the run's settings apply (reported without `--fix`).
    fixable: usize,
    /// Findings left with a fix that only `--unsafe-fixes` would apply.
    unsafe_only: usize,
    /// Fixes not applied, one line each.
    refused: Vec<String>,
}

impl Tally {
    /// Counts what the files of `report` say.
    pub fn of(run: &Run, report: &Report) -> Tally {
        let mut tally = Tally {
            fixed: 0,
            files: 0,
            fixable: 0,
            unsafe_only: 0,
            refused: Vec::new(),
        };
        for file in &report.files {
            if let Some(fixes) = &file.fixes {
                tally.fixed += fixes.applied;
                tally.files += usize::from(fixes.applied > 0);
                tally.refused.extend(fixes.refused.iter().cloned());
            }
            for located in &file.findings {
                if located.fix.is_none() {
                    continue;
                }
                let finding = &located.finding;
                tally.fixable += usize::from(run.fix_settings.applies(finding));
                tally.unsafe_only += usize::from(run.fix_settings.needs_unsafe(finding));
            }
        }
        tally
    }

    /// Prints, on standard error, what was fixed and what more could be (after the
    /// findings of `--fix`), or how many findings `--fix` would fix (human formats only).
    pub fn print(&self, fixed: bool, format: OutputFormat) {
        for line in &self.refused {
            warning_line(line);
        }
        if fixed {
            eprintln!(
                "{}",
                crate::msg!("fix-summary", count = self.fixed, files = self.files)
            );
            if self.unsafe_only > 0 {
                eprintln!(
                    "{}",
                    crate::msg!("fix-unsafe-hint", count = self.unsafe_only)
                );
            }
        } else if self.fixable > 0 && matches!(format, OutputFormat::Full | OutputFormat::Concise) {
            eprintln!(
                "{}",
                crate::msg!(
                    "fix-available-hint",
                    count = self.fixable,
                    unsafe = self.unsafe_only
                )
            );
        }
    }
}

/// `--diff`: each file's diff on standard output, the count on standard error; exit 1 when a
/// file would change, 2 when an input could not be read.
pub fn print_diffs(report: &Report, tally: &Tally) -> ExitStatus {
    let mut stdout = std::io::stdout().lock();
    for diff in report
        .files
        .iter()
        .filter_map(|file| file.fixes.as_ref()?.diff.as_ref())
    {
        // A closed pipe (`| head`) ends the output, not the run.
        if stdout.write_all(diff.as_bytes()).is_err() {
            break;
        }
    }
    let _ = stdout.flush();
    for line in &tally.refused {
        warning_line(line);
    }
    eprintln!(
        "{}",
        crate::msg!("fix-would-change", count = tally.fixed, files = tally.files)
    );
    finish(report, tally.files > 0)
}

/// `--fix-only`: the count on standard error; exit 0, or 2 when an input could not be read or
/// a file written.
pub fn print_summary_only(report: &Report, tally: &Tally) -> ExitStatus {
    tally.print(true, OutputFormat::Concise);
    finish(report, false)
}

fn finish(report: &Report, failed: bool) -> ExitStatus {
    for problem in &report.unreadable {
        error_line(problem);
    }
    if !report.unreadable.is_empty() {
        ExitStatus::Error
    } else if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    }
}
