//! `dglint audit`: lint and score published datasets, here from data.gouv.fr's catalogue
//! export.

use rayon::prelude::*;

use super::check::print_findings;
use super::run::Run;
use super::{AuditArgs, EXIT_ERROR, OutputFormat, print_error};
use crate::model::{Origin, Vocabularies};
use crate::report::Report;
use crate::source::catalog::{Catalog, CatalogFilter};

/// Runs `dglint audit`; returns the exit code.
pub fn run(args: &AuditArgs) -> u8 {
    let mut run = match Run::prepare(&args.run, Some(Origin::Api)) {
        Ok(run) => run,
        Err(error) => {
            print_error(&error);
            return EXIT_ERROR;
        }
    };
    run.keep_text = args.output.output_format == OutputFormat::Full;
    let catalog = match Catalog::read(&args.catalog, args.resources.as_deref()) {
        Ok(catalog) => catalog,
        Err(error) => {
            eprintln!("error: {error}");
            return EXIT_ERROR;
        }
    };
    let filter = CatalogFilter {
        organizations: args.organization.clone(),
        include_archived: args.include_archived,
    };
    let (selected, skipped) = catalog.select(&filter);
    let vocab = Vocabularies::embedded();
    let files = selected
        .par_iter()
        .map(|&index| run.report(catalog.document(index, vocab)))
        .collect();
    let report = Report {
        files,
        unreadable: Vec::new(),
        skipped: vec![
            ("archived", skipped.archived),
            ("other organization", skipped.other_organization),
        ],
    };
    if !catalog.has_resources() {
        eprintln!(
            "note: without --resources, the rules about resources do not run and the udata \
             criteria about resources are unknown"
        );
    }
    print_findings(&run, &report, &args.run, &args.output)
}
