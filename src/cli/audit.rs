//! `dglint audit`: lint and score published datasets: every dataset of an organisation from
//! the udata API, or data.gouv.fr's catalogue export; or a source catalogue before
//! data.gouv.fr harvests it.

use std::path::Path;

use rayon::prelude::*;

use super::check::{AuditOutput, print_findings};
use super::{AuditArgs, list_organizations, select_catalog};
use crate::audit::Previous;
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::model::{Origin, Vocabularies};
use crate::progress::{self, Unit};
use crate::report::{InputProblem, Report, SkipReason};
use crate::run::{Inputs, Run};
use crate::source::api::{ApiClient, block_on, fetch_listed};
use crate::source::catalog::CatalogFilter;
use crate::source::harvest::Backend;

/// Runs `dglint audit`; returns the exit code: 2 when the source cannot be read at all (a
/// missing export, an API that does not answer), else as `dglint check`.
/// `lang` is the language `--lang` chose, if any.
pub fn run(args: &AuditArgs, lang: Option<Lang>) -> Result<ExitStatus, Error> {
    let mut run = Run::prepare(&args.run.options(Some(Origin::Api), lang)?)?;
    run.scoring.profile = true;
    run.keep_text = args.output.needs_text();
    let previous = args.compare.as_deref().map(Previous::load).transpose()?;
    let report = match (&args.catalog, &args.harvest) {
        (Some(catalog), _) => audit_catalog(&mut run, args, catalog)?,
        (None, Some(source)) => audit_source(&mut run, args, source),
        (None, None) => audit_organizations(&mut run, args)?,
    };
    let audit = AuditOutput { previous };
    print_findings(&run, report, &args.run, &args.output, Some(&audit))
}

fn audit_catalog(run: &mut Run, args: &AuditArgs, path: &Path) -> Result<Report, Error> {
    let filter = CatalogFilter {
        organizations: args.organization.clone(),
        include_archived: args.include_archived,
    };
    let (catalog, selected, skipped) = select_catalog(path, args.resources.as_deref(), &filter)?;
    let vocab = Vocabularies::embedded();
    let mut warnings = Vec::new();
    let broken: Vec<_> = skipped
        .broken
        .iter()
        .map(|&index| run.report(catalog.broken_record(index)))
        .collect();
    let files = if let Some(links) = args.links.options() {
        // The documents are all needed twice: for their URLs, then to lint them.
        let documents: Vec<_> = selected
            .par_iter()
            .map(|&index| catalog.document(index, vocab))
            .collect();
        warnings.extend(run.check_links(&documents, &links));
        run.report_all(documents)
    } else {
        let progress = progress::bar(selected.len() as u64, Unit::Datasets);
        let files = selected
            .par_iter()
            .map(|&index| {
                let file = run.report(catalog.document(index, vocab));
                progress.inc(1);
                file
            })
            .collect();
        progress.finish_and_clear();
        files
    };
    if let Some((covered, with_resources)) = catalog.resource_coverage(&selected)
        && covered * 2 < with_resources
    {
        warnings.push(InputProblem::of_run(crate::msg!(
            "resource-export-partial",
            covered = covered,
            total = with_resources
        )));
    }
    if !catalog.has_resources() {
        warnings.push(InputProblem::of_run(crate::msg!("resource-export-absent")));
    }
    let mut files: Vec<_> = files;
    files.extend(broken);
    Ok(Report {
        files,
        warnings,
        skipped: vec![
            (SkipReason::Archived, skipped.archived),
            (SkipReason::OtherOrganization, skipped.other_organization),
            (SkipReason::BrokenRecord, skipped.broken.len()),
        ],
        docs_url: run.docs_url.clone(),
        ..Report::default()
    })
}

/// Every record of the source catalogue at `source` (a URL or a file), as udata's harvester
/// would make it a dataset.
fn audit_source(run: &mut Run, args: &AuditArgs, source: &str) -> Report {
    run.harvest = args.backend.map(Backend::from);
    let inputs = Inputs {
        paths: vec![source.to_owned()],
        datasets: Vec::new(),
        api: args.api.client_settings(),
    };
    run.collect(&inputs, args.links.options().as_ref())
}

fn audit_organizations(run: &mut Run, args: &AuditArgs) -> Result<Report, Error> {
    let client = ApiClient::new(args.api.client_settings())?;
    let mut report = Report {
        docs_url: run.docs_url.clone(),
        ..Report::default()
    };
    let listing = list_organizations(&client, &args.organization, args.include_archived)?;
    let fetched = block_on(fetch_listed(&client, listing))?;
    let (failures, partial) = InputProblem::of_fetch(&fetched);
    let documents = fetched.documents;
    report.unfetched.extend(failures);
    report.warnings.extend(partial);
    if let Some(links) = args.links.options() {
        let warnings = run.check_links(&documents, &links);
        report.warnings.extend(warnings);
    }
    report.files = run.report_all(documents);
    report.skipped = vec![
        (SkipReason::Deleted, fetched.deleted),
        (SkipReason::Archived, fetched.archived),
        (SkipReason::Unreadable, fetched.unread),
    ];
    Ok(report)
}
