//! The score gates: `--fail-under` (dglint score) and `--fail-under-udata` (data.gouv.fr's).

use super::RunArgs;
use super::error_line;
use crate::model::udata::MAX_POINTS;
use crate::report::Report;

/// One line per dataset below a gate (and per file that could not be scored while a gate is
/// set: it cannot be shown to pass). Empty when every dataset passes.
pub fn failures(report: &Report, args: &RunArgs) -> Vec<String> {
    if args.fail_under.is_none() && args.fail_under_udata.is_none() {
        return Vec::new();
    }
    let mut failures = Vec::new();
    for file in &report.files {
        if file.datasets.is_empty() {
            failures.push(crate::msg!(
                "about",
                subject = file.path,
                problem = crate::msg!("not-scored")
            ));
        }
        for dataset in &file.datasets {
            let mut reasons = Vec::new();
            if let Some(floor) = args
                .fail_under
                .filter(|floor| dataset.dglint.score < *floor)
            {
                reasons.push(crate::msg!(
                    "gate-dglint",
                    score = crate::i18n::number(dataset.dglint.score, 1),
                    floor = floor
                ));
            }
            if let Some(floor) = args
                .fail_under_udata
                .filter(|floor| dataset.udata.points() < *floor)
            {
                reasons.push(crate::msg!(
                    "gate-udata",
                    points = dataset.udata.points(),
                    max = MAX_POINTS,
                    floor = floor
                ));
            }
            if !reasons.is_empty() {
                failures.push(crate::msg!(
                    "about",
                    subject = file.dataset_label(dataset),
                    problem = reasons.join(&crate::msg!("details-separator"))
                ));
            }
        }
    }
    failures
}

/// Prints the gate failures on stderr; returns whether there were any.
pub fn report_failures(report: &Report, args: &RunArgs) -> bool {
    let failures = failures(report, args);
    print(&failures);
    !failures.is_empty()
}

/// Prints gate failures on stderr (nothing when there are none).
pub fn print(failures: &[String]) {
    if failures.is_empty() {
        return;
    }
    let headline = crate::msg!("gate-failures", count = failures.len());
    error_line(headline);

    for failure in failures {
        eprintln!("  {}", crate::untrusted::terminal::one_line(failure));
    }
}
