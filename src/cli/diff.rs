//! `dglint diff`: the manifests against the datasets the portal publishes. Each manifest that
//! names its dataset (`id`, else `slug`) is compared with it field by field (DG701); one whose
//! dataset is deleted or unknown is a finding of its own (DG702); with `--organization`, each
//! dataset of the organisation that no manifest names is one too (DG703). The findings are
//! reported like `dglint check`'s, in every format, and fail the run (exit 1); the scores of
//! the datasets are not (`dglint check` gives them).

use std::collections::HashSet;

use serde_json::Value;

use super::check::print_findings;
use super::{ApiArgs, FindingsOutput, RunArgs, list_organizations};
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::model::published::{Portal, Published, dataset_keys};
use crate::report::{InputProblem, SkipReason};
use crate::rules::codes::PARSE_ERROR;
use crate::run::{Inputs, Run};
use crate::source::api::{ApiClient, FetchError, block_on, document, fetch_objects};

/// Options of `dglint diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// Manifests or directories to compare (the current directory when nothing is named).
    paths: Vec<String>,
    /// Also list this organisation's datasets (slug or id; repeatable): each one that no
    /// manifest names is reported (DG703).
    #[arg(long, value_name = "ORG")]
    organization: Vec<String>,
    /// With `--organization`, count archived datasets too.
    #[arg(long)]
    include_archived: bool,
    #[command(flatten)]
    api: ApiArgs,
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    output: FindingsOutput,
}

/// Runs `dglint diff`: the portal rules (and DG001, so that a manifest that cannot be read is
/// said) unless `--select` names others.
pub fn run(args: &DiffArgs, lang: Option<Lang>) -> Result<ExitStatus, Error> {
    let mut options = args.run.options(None, lang)?;
    if options.selection.select.is_none() {
        options.selection.select = Some(vec!["portal".into(), PARSE_ERROR.into()]);
    }
    let mut run = Run::prepare(&options)?;
    run.keep_text = args.output.needs_text();
    let inputs = Inputs {
        paths: args.paths.clone(),
        datasets: Vec::new(),
        api: args.api.client_settings(),
    };
    let (mut documents, mut report) = run.read(&inputs);
    let client = ApiClient::new(args.api.client_settings())?;
    let mut portal = Portal::default();

    let listing = list_organizations(&client, &args.organization, args.include_archived)?;
    report
        .unreadable
        .extend(listing.failures.iter().map(InputProblem::from));
    let listed = listing.datasets;
    for (_, dataset) in &listed {
        portal.insert(dataset_keys(dataset), Published::Live(dataset.clone()));
    }

    // The datasets the manifests name that the listings did not give, each fetched once.
    let manifests: Vec<&Value> = documents
        .iter()
        .filter_map(|document| document.value.as_ref())
        .collect();
    let unnamed = manifests
        .iter()
        .filter(|manifest| dataset_keys(manifest).is_empty())
        .count();
    if unnamed > 0 {
        report.warnings.push(InputProblem::of_run(crate::msg!(
            "diff-unnamed",
            count = unnamed
        )));
    }
    let mut asked = HashSet::new();
    let mut wanted: Vec<String> = Vec::new();
    for manifest in &manifests {
        if let Some(key) = dataset_keys(manifest).first()
            && !portal.knows(key)
            && asked.insert(*key)
        {
            wanted.push((*key).to_owned());
        }
    }
    for answer in block_on(fetch_objects(&client, &wanted))? {
        let state = match answer.object {
            Ok(dataset) if dataset.get("deleted").is_some_and(|at| !at.is_null()) => {
                Published::Deleted
            }
            Ok(dataset) => Published::Live(dataset),
            Err(FetchError::Gone { .. }) => Published::Deleted,
            Err(FetchError::NotFound { .. }) => Published::Unknown,
            Err(error) => {
                report.unreadable.push(InputProblem::from(&error));
                continue;
            }
        };
        portal.insert([answer.reference.as_str()], state);
    }

    // The organisation's datasets that no manifest names.
    let named: HashSet<&str> = manifests
        .iter()
        .flat_map(|manifest| dataset_keys(manifest))
        .collect();
    let mut unmanaged = Vec::new();
    for (url, dataset) in &listed {
        let keys = dataset_keys(dataset);
        if !keys.iter().any(|key| named.contains(key)) {
            portal.insert(keys, Published::WithoutManifest);
            unmanaged.push(document(url, dataset));
        }
    }
    documents.extend(unmanaged);
    run.engine.set_portal(portal);
    run.finish(documents, &mut report, None);
    // A comparison reports what differs: the scores of the manifests are `check`'s to give.
    for file in &mut report.files {
        file.datasets.clear();
    }
    if !args.organization.is_empty() {
        report.skipped = vec![
            (SkipReason::Deleted, listing.deleted),
            (SkipReason::Archived, listing.archived),
            (SkipReason::Unreadable, listing.unread),
        ];
    }
    print_findings(&run, report, &args.run, &args.output, None)
}
