//! `dglint pull`: one manifest per published dataset, from the udata API or the catalogue
//! export, written into a directory; with `--update`, the manifests already there brought to
//! the portal in place.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::Value;

use super::{ApiArgs, error_line, list_organizations, select_catalog};
use crate::document::{Document, Syntax, load_file};
use crate::error::{Error, ExitStatus};
use crate::fix::replace_if_unchanged;
use crate::fix::update::update;
use crate::model::Vocabularies;
use crate::model::dates::parse_instant;
use crate::model::pulled::{manifest_of, manifest_text};
use crate::progress::{self, Unit};
use crate::source::api::{ApiClient, block_on, fetch_objects};
use crate::source::catalog::CatalogFilter;
use crate::source::discover::discover;

/// Options of `dglint pull`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("source").required(true).multiple(true).args(["datasets", "organization"])))]
pub struct PullArgs {
    /// Datasets to pull: their ids, slugs, or page or API URLs.
    datasets: Vec<String>,
    /// Pull every dataset of this organisation (its slug or id; with `--catalog`, its id or
    /// name in the export); repeatable. Private datasets come with an API key allowed to see
    /// them (`DGLINT_API_KEY`).
    #[arg(long, value_name = "ORG")]
    organization: Vec<String>,
    /// Pull archived datasets too.
    #[arg(long)]
    include_archived: bool,
    /// Read the datasets from the catalogue export (`export-dataset-*.csv`) instead of the API.
    #[arg(
        long,
        value_name = "FILE",
        requires = "organization",
        conflicts_with = "datasets"
    )]
    catalog: Option<PathBuf>,
    /// The matching resource export (`export-resource-*.csv`): without it, the manifests list
    /// no resources.
    #[arg(long, value_name = "FILE", requires = "catalog")]
    resources: Option<PathBuf>,
    /// The directory to write the manifests in (created if needed); the manifests already in
    /// it are matched to their datasets by `id` or `slug`.
    #[arg(long, value_name = "DIR", default_value = ".")]
    output: PathBuf,
    /// The syntax of the manifests written.
    #[arg(long, value_enum, default_value_t = ManifestFormat::Yaml)]
    format: ManifestFormat,
    /// Write the API object whole, with the portal's own fields (metrics, quality, harvest
    /// data): `dglint check` then reads the file as API data.
    #[arg(long)]
    all_fields: bool,
    /// Rewrite the manifests that exist.
    #[arg(long, conflicts_with = "update")]
    force: bool,
    /// Bring the manifests that exist to the portal: only the fields that differ change;
    /// comments, order and layout stay.
    #[arg(long)]
    update: bool,
    /// The date (or date-time) that "now" stands for [default: now].
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    #[command(flatten)]
    api: ApiArgs,
}

/// The syntax of the manifests `dglint pull` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ManifestFormat {
    /// `<slug>.dataset.yaml`.
    Yaml,
    /// `<slug>.dataset.json`.
    Json,
}

/// The datasets read from the source, and what could not be.
#[derive(Default)]
struct Pulled {
    datasets: Vec<Value>,
    unread: Vec<String>,
    deleted: usize,
    archived: usize,
}

/// What happened to one dataset's manifest.
enum Outcome {
    Written,
    Updated { path: PathBuf, fields: usize },
    UpToDate,
    Skipped(PathBuf),
    Failed(String),
}

/// Runs `dglint pull`; exit 2 when a dataset or a page could not be read or a file could not
/// be written (everything else is written all the same).
pub fn run(args: &PullArgs) -> Result<ExitStatus, Error> {
    let as_of = match &args.as_of {
        Some(text) => parse_instant(text).ok_or_else(|| {
            crate::config::ConfigError::usage(crate::msg!("as-of-invalid", text = text))
        })?,
        None => chrono::Utc::now(),
    };
    let pulled = match &args.catalog {
        Some(catalog) => from_catalog(args, catalog)?,
        None => from_api(args)?,
    };
    std::fs::create_dir_all(&args.output).map_err(|source| Error::Write {
        path: args.output.display().to_string(),
        source,
    })?;
    let existing = Existing::scan(&args.output);
    let syntax = match args.format {
        ManifestFormat::Yaml => Syntax::Yaml,
        ManifestFormat::Json => Syntax::Json,
    };
    let targets = targets(&pulled.datasets, &existing, &args.output, args.format);
    let progress = progress::bar(pulled.datasets.len() as u64, Unit::Datasets);
    let outcomes: Vec<Outcome> = pulled
        .datasets
        .par_iter()
        .zip(&targets)
        .map(|(dataset, target)| {
            let text = if args.all_fields {
                manifest_text(dataset, syntax, false)
            } else {
                manifest_text(&manifest_of(dataset, as_of), syntax, true)
            };
            let outcome = if let Some(document) = existing.document(target) {
                if args.update {
                    update_one(document, dataset, as_of)
                } else if args.force {
                    overwrite(target, &document.text, &text)
                } else {
                    Outcome::Skipped(target.clone())
                }
            } else {
                write_new(target, &text, args.force)
            };
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();
    Ok(print(&pulled, &outcomes, &args.output))
}

fn from_api(args: &PullArgs) -> Result<Pulled, Error> {
    let client = ApiClient::new(args.api.client_settings())?;
    let mut pulled = Pulled::default();
    let listing = list_organizations(&client, &args.organization, args.include_archived)?;
    pulled
        .datasets
        .extend(listing.datasets.into_iter().map(|(_, dataset)| dataset));
    pulled
        .unread
        .extend(listing.failures.iter().map(ToString::to_string));
    if listing.unread > 0 {
        pulled
            .unread
            .push(crate::msg!("pull-unread-datasets", count = listing.unread));
    }
    pulled.deleted = listing.deleted;
    pulled.archived = listing.archived;
    if !args.datasets.is_empty() {
        for answer in block_on(fetch_objects(&client, &args.datasets))? {
            match answer.object {
                Ok(dataset) => pulled.datasets.push(dataset),
                Err(error) => pulled.unread.push(error.to_string()),
            }
        }
    }
    Ok(pulled)
}

fn from_catalog(args: &PullArgs, path: &Path) -> Result<Pulled, Error> {
    let filter = CatalogFilter {
        organizations: args.organization.clone(),
        include_archived: args.include_archived,
    };
    let (catalog, selected, skipped) = select_catalog(path, args.resources.as_deref(), &filter)?;
    let vocab = Vocabularies::embedded();
    let mut pulled = Pulled {
        datasets: selected
            .par_iter()
            .filter_map(|&index| catalog.document(index, vocab).value)
            .collect(),
        archived: skipped.archived,
        ..Pulled::default()
    };
    for &index in &skipped.broken {
        let record = catalog.broken_record(index);
        pulled.unread.extend(
            record
                .problems
                .iter()
                .map(|problem| problem.message.clone()),
        );
    }
    Ok(pulled)
}

/// The manifests already in the output directory, by the `id` and `slug` they hold and by
/// path.
struct Existing {
    by_key: HashMap<String, PathBuf>,
    documents: HashMap<PathBuf, Document>,
}

impl Existing {
    fn scan(directory: &Path) -> Existing {
        let files = discover(&[directory.to_path_buf()]).files;
        let documents: Vec<Document> = files
            .par_iter()
            .filter_map(|path| load_file(path, crate::run::DEFAULT_MAX_FILE_SIZE).ok())
            .collect();
        let mut by_key = HashMap::new();
        for document in &documents {
            for key in keys(document.value.as_ref()) {
                by_key.entry(key).or_insert_with(|| tidy(&document.path));
            }
        }
        Existing {
            by_key,
            documents: documents
                .into_iter()
                .map(|document| (tidy(&document.path), document))
                .collect(),
        }
    }

    /// The manifest of the dataset with one of `keys`, if one is there.
    fn find(&self, keys: &[String]) -> Option<&PathBuf> {
        keys.iter().find_map(|key| self.by_key.get(key))
    }

    /// The manifest at `path`, read, if there is one.
    fn document(&self, path: &Path) -> Option<&Document> {
        self.documents.get(path)
    }
}

/// The `id` and `slug` a dataset or a manifest holds.
fn keys(value: Option<&Value>) -> Vec<String> {
    ["id", "slug"]
        .iter()
        .filter_map(|field| value?.get(*field)?.as_str())
        .filter(|key| !key.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Where each dataset's manifest goes: the manifest that already holds its id or slug, else
/// `<slug>.dataset.<ext>` in `directory` (its id when the slug makes no file name, with the
/// id added when two datasets would share a name).
fn targets(
    datasets: &[Value],
    existing: &Existing,
    directory: &Path,
    format: ManifestFormat,
) -> Vec<PathBuf> {
    let extension = match format {
        ManifestFormat::Yaml => "yaml",
        ManifestFormat::Json => "json",
    };
    let mut taken = BTreeSet::new();
    datasets
        .iter()
        .map(|dataset| {
            let keys = keys(Some(dataset));
            if let Some(path) = existing.find(&keys) {
                return path.clone();
            }
            let field = |name: &str| dataset.get(name).and_then(Value::as_str).map(file_stem);
            let id = field("id").filter(|stem| !stem.is_empty());
            let stem = field("slug")
                .filter(|stem| !stem.is_empty())
                .or_else(|| id.clone())
                .unwrap_or_else(|| "dataset".into());
            let mut path = tidy(&directory.join(format!("{stem}.dataset.{extension}")));
            if !taken.insert(path.clone()) {
                let suffix = id.unwrap_or_else(|| taken.len().to_string());
                path = tidy(&directory.join(format!("{stem}-{suffix}.dataset.{extension}")));
                taken.insert(path.clone());
            }
            path
        })
        .collect()
}

/// A path without a leading `./`, as discovery names files.
fn tidy(path: &Path) -> PathBuf {
    path.strip_prefix(".").unwrap_or(path).to_path_buf()
}

/// A slug made safe as a file name: letters, digits, `-`, `_` and `.`, not starting with a
/// dot (a slug comes from the portal: it must not name a path elsewhere).
fn file_stem(slug: &str) -> String {
    let kept: String = slug
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(120)
        .collect();
    kept.trim_start_matches(['.', '-']).to_owned()
}

fn write_new(path: &Path, text: &str, force: bool) -> Outcome {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let written = options
        .open(path)
        .and_then(|mut file| file.write_all(text.as_bytes()));
    match written {
        Ok(()) => Outcome::Written,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            Outcome::Skipped(path.to_path_buf())
        }
        Err(source) => Outcome::Failed(
            Error::Write {
                path: path.display().to_string(),
                source,
            }
            .to_string(),
        ),
    }
}

fn overwrite(path: &Path, original: &str, text: &str) -> Outcome {
    if original == text {
        return Outcome::UpToDate;
    }
    match replace_if_unchanged(path, original, text) {
        Ok(()) => Outcome::Written,
        Err(error) => Outcome::Failed(error.to_string()),
    }
}

fn update_one(
    document: &Document,
    dataset: &Value,
    as_of: chrono::DateTime<chrono::Utc>,
) -> Outcome {
    let path = document.path.clone();
    match update(document, dataset, as_of) {
        Ok(updated) if updated.fields == 0 => Outcome::UpToDate,
        Ok(updated) => match replace_if_unchanged(&path, &document.text, &updated.text) {
            Ok(()) => Outcome::Updated {
                path,
                fields: updated.fields,
            },
            Err(error) => Outcome::Failed(error.to_string()),
        },
        Err(error) => Outcome::Failed(crate::msg!(
            "pull-not-updated",
            path = path.display(),
            reason = error
        )),
    }
}

/// Prints what was done; the exit status.
fn print(pulled: &Pulled, outcomes: &[Outcome], directory: &Path) -> ExitStatus {
    let mut failed = !pulled.unread.is_empty();
    for problem in &pulled.unread {
        error_line(problem);
    }
    let (mut written, mut updated, mut up_to_date, mut skipped) = (0, 0, 0, 0);
    for outcome in outcomes {
        match outcome {
            Outcome::Written => written += 1,
            Outcome::UpToDate => up_to_date += 1,
            Outcome::Updated { path, fields } => {
                updated += 1;
                println!(
                    "{}",
                    crate::msg!("pull-updated", path = path.display(), count = fields)
                );
            }
            Outcome::Skipped(path) => {
                skipped += 1;
                println!("{}", crate::msg!("pull-skipped", path = path.display()));
            }
            Outcome::Failed(message) => {
                failed = true;
                error_line(message);
            }
        }
    }
    println!(
        "{}",
        crate::msg!(
            "pull-summary",
            written = written,
            directory = directory.display(),
            updated = updated,
            up_to_date = up_to_date,
            skipped = skipped,
            deleted = pulled.deleted,
            archived = pulled.archived
        )
    );
    if failed {
        ExitStatus::Error
    } else {
        ExitStatus::Success
    }
}
