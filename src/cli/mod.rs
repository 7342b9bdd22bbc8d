//! The command line: `dglint check`, `score`, `audit`, `pull`, `diff`, `init`, `rules`,
//! `rule`.

mod audit;
mod check;
mod criteria;
mod diff;
mod explain;
mod fixing;
mod gate;
mod init;
mod pull;
pub mod rule_pages;
mod score;

use crate::source::harvest::Backend;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::{CliFixable, CliSelection, ConfigError, FailOn};
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::model::Origin;
use crate::model::dates::parse_instant;
use crate::run::{ConfigSource, FixMode, Inputs, LinkOptions, RunOptions};
use crate::source::api::{ApiClient, ClientSettings, Listing, block_on, list_organization};
use crate::source::catalog::{Catalog, CatalogFilter, Skipped};
use crate::untrusted::terminal::visible;

/// Metadata quality linter for data.gouv.fr (udata) dataset manifests.
#[derive(Debug, Parser)]
#[command(name = "dglint", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages, summaries and documentation (codes, rule names and machine
    /// formats do not change) [default: French when `LANG` is, else English].
    #[arg(long, value_enum, global = true)]
    lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint dataset manifests or saved API data (the current directory by default).
    Check(CheckArgs),
    /// Score datasets: data.gouv.fr's score and dglint's, one row per dataset.
    Score(ScoreArgs),
    /// Lint and score published datasets (an organisation's, the catalogue export), or a
    /// source catalogue before data.gouv.fr harvests it.
    Audit(AuditArgs),
    /// Write one manifest per published dataset (an organisation's, or those named), from the
    /// udata API or the catalogue export.
    Pull(pull::PullArgs),
    /// Compare manifests with the datasets the portal publishes: each field that differs, each
    /// dataset deleted or unknown, each dataset of the organisation without a manifest.
    Diff(diff::DiffArgs),
    /// Write a commented `dglint.toml` and a manifest template (never over a file).
    Init {
        /// Where to write them.
        #[arg(default_value = ".")]
        directory: PathBuf,
    },
    /// List every rule.
    Rules(RulesArgs),
    /// List the criteria of dglint's score: points, evidence, the rules that cost them.
    Criteria(RulesArgs),
    /// Print the documentation of one rule.
    Rule {
        /// A rule code (`DG201`) or name (`description-too-short`).
        #[arg(required_unless_present = "test")]
        rule: Option<String>,
        /// Run the examples of the rule files in this directory (your `rule-dirs`).
        #[arg(long, value_name = "DIR", conflicts_with = "rule")]
        test: Option<PathBuf>,
    },
}

/// The files `dglint check` and `dglint score` read.
#[derive(Debug, clap::Args)]
pub struct FileArgs {
    /// Manifests, saved API responses, or directories to lint (the current directory when
    /// nothing is named). Directories are walked respecting `.gitignore`; files named here
    /// are linted whatever their name. An `http(s)://` dataset page or API URL is fetched
    /// from the API, as with `--dataset`.
    paths: Vec<String>,
    /// A live dataset to fetch from the API and lint: its id, slug or page URL (repeatable).
    #[arg(long, value_name = "ID|SLUG|URL")]
    dataset: Vec<String>,
    #[command(flatten)]
    api: ApiArgs,
    /// What the files hold: `manifest`, `api` (dataset objects saved from the udata API v1:
    /// one object, an array, a page `{"data": [...]}` or JSON Lines), or `auto`: API data
    /// when an object (or an item of an array or page) carries `uri`, `page`, `quality` or a
    /// resource `filetype`.
    #[arg(long, value_enum, default_value_t = InputChoice::Auto)]
    input: InputChoice,
}

/// How to reach a udata API.
#[derive(Debug, clap::Args)]
pub struct ApiArgs {
    /// The API root of the udata instance.
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://www.data.gouv.fr/api/1/"
    )]
    api_base: String,
    /// API requests in flight at most.
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    concurrency: u16,
    /// Seconds allowed for each API request (connecting: at most 10).
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    timeout: u64,
    /// Retries of an API request after a connection error, a timeout, a 5xx or a 429
    /// (exponential back-off from 0.5 s with jitter; `Retry-After` is honoured up to 60 s).
    #[arg(long, value_name = "N", default_value_t = 3)]
    retries: usize,
}

/// Every dataset of `organizations` as the API lists them, one listing; an organisation that
/// cannot be listed at all stops the command.
pub fn list_organizations(
    client: &ApiClient,
    organizations: &[String],
    include_archived: bool,
) -> Result<Listing, Error> {
    let mut all = Listing::default();
    for organization in organizations {
        let listing = block_on(list_organization(client, organization, include_archived))?
            .map_err(|source| Error::Listing {
                organization: organization.clone(),
                source,
            })?;
        all.absorb(listing);
    }
    Ok(all)
}

/// The catalogue export at `path` (with its resource export, if given), and which of its
/// records `filter` keeps and leaves out.
pub fn select_catalog(
    path: &std::path::Path,
    resources: Option<&std::path::Path>,
    filter: &CatalogFilter,
) -> Result<(Catalog, Vec<usize>, Skipped), Error> {
    let catalog = Catalog::read(path, resources).map_err(|error| Error::Input {
        path: path.display().to_string(),
        message: error.to_string(),
    })?;
    let (selected, skipped) = catalog.select(filter);
    Ok((catalog, selected, skipped))
}

impl ApiArgs {
    /// The client settings these options give (the API key comes from the environment).
    pub fn client_settings(&self) -> ClientSettings {
        let timeout = std::time::Duration::from_secs(self.timeout.max(1));
        ClientSettings {
            base: self.api_base.clone(),
            concurrency: usize::from(self.concurrency),
            connect_timeout: timeout.min(std::time::Duration::from_secs(10)),
            timeout,
            retries: self.retries,
            ..ClientSettings::default()
        }
    }
}

/// Options shared by every linting command: which rules, when, gates.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Rules to run, replacing the configured selection: codes, prefixes (`DG2`), names,
    /// categories or `ALL`.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Option<Vec<String>>,
    /// Rules to run in addition to the selection.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    extend_select: Vec<String>,
    /// Rules not to run.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// Use this config file instead of the nearest `dglint.toml`.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Ignore every config file.
    #[arg(long)]
    isolated: bool,
    /// Fail (exit 1) when a dataset's dglint score is below this (0–100).
    #[arg(long, value_name = "SCORE", value_parser = parse_score_floor)]
    fail_under: Option<f64>,
    /// Fail (exit 1) when a dataset's data.gouv.fr score is below K points out of 9.
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u8).range(0..=9))]
    fail_under_udata: Option<u8>,
    /// Scores to compute besides data.gouv.fr's and dglint's: `mqa` (data.europa.eu's
    /// Metadata Quality Assessment). Adds to `[score] profiles`.
    #[arg(long = "profile", value_delimiter = ',', value_name = "PROFILE")]
    profiles: Vec<String>,
    /// The date (or date-time) that "now" stands for in time-dependent rules, e.g. 2026-01-31.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Worker threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
}

/// A command-line value clap cannot take; clap prints it after the argument's name.
#[derive(Debug, thiserror::Error)]
enum ArgumentError {
    /// `--fail-under` out of 0..=100, or not a number.
    #[error("`{0}` is not a score from 0 to 100")]
    Score(String),
    /// `--report` without `=`.
    #[error("`{0}` is not FORMAT=PATH")]
    NotFormatAndPath(String),
    /// `--report` of an unknown format.
    #[error("unknown format `{format}`: {known}")]
    UnknownFormat {
        /// The format given.
        format: String,
        /// The formats that exist, comma-separated.
        known: String,
    },
    /// `--report FORMAT=` with no path.
    #[error("`{0}` has no path")]
    NoPath(String),
}

impl RunArgs {
    /// The run these options ask for; `input` says what every file holds, or `None` to
    /// detect it per file.
    pub fn options(
        &self,
        input: Option<Origin>,
        lang: Option<Lang>,
    ) -> Result<RunOptions, ConfigError> {
        let config = if self.isolated {
            ConfigSource::Isolated
        } else if let Some(path) = &self.config {
            ConfigSource::File(path.clone())
        } else {
            ConfigSource::Discover(std::env::current_dir().unwrap_or_default())
        };
        let as_of = match &self.as_of {
            Some(text) => parse_instant(text)
                .ok_or_else(|| ConfigError::usage(crate::msg!("as-of-invalid", text = text)))?,
            None => chrono::Utc::now(),
        };
        Ok(RunOptions {
            config,
            selection: CliSelection {
                select: self.select.clone(),
                extend_select: self.extend_select.clone(),
                ignore: self.ignore.clone(),
            },
            profiles: self.profiles.clone(),
            as_of,
            threads: self.threads,
            input,
            lang: lang.unwrap_or_else(Lang::from_environment),
            html_lang: lang.unwrap_or(Lang::Fr),
            fixes: CliFixable::default(),
        })
    }
}

impl FileArgs {
    /// What these options name to read.
    pub fn inputs(&self) -> Inputs {
        Inputs {
            paths: self.paths.clone(),
            datasets: self.dataset.clone(),
            api: self.api.client_settings(),
        }
    }
}

fn parse_score_floor(text: &str) -> Result<f64, ArgumentError> {
    text.parse::<f64>()
        .ok()
        .filter(|score| (0.0..=100.0).contains(score))
        .ok_or_else(|| ArgumentError::Score(text.to_owned()))
}

/// What input files hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputChoice {
    /// Decide per file from its content.
    Auto,
    /// Dataset manifests.
    Manifest,
    /// Dataset objects saved from the udata API v1.
    Api,
    /// DCAT catalogues (Turtle, RDF/XML, N-Triples, JSON-LD): each `dcat:Dataset` read as
    /// data.gouv.fr's DCAT harvester would make it a dataset.
    Dcat,
    /// CKAN packages (a site's URL, read through `package_search`, or saved `package_show`
    /// and `package_search` answers): each read as data.gouv.fr's CKAN harvester would make
    /// it a dataset.
    Ckan,
    /// A CSW server (its URL, asked for DCAT with `GetRecords`, page after page) or saved
    /// `GetRecords` answers: each record read as data.gouv.fr's CSW-DCAT harvester (DCAT
    /// records) or CSW-ISO-19139 harvester (ISO 19139 records) would make it a dataset.
    Csw,
    /// A CSW server asked for ISO 19139 (as data.gouv.fr's CSW-ISO-19139 harvester asks), or
    /// saved `GetRecords` answers, read as `csw` reads them.
    CswIso,
}

impl InputChoice {
    /// The origin every file is read as, or `None` to detect it per file.
    pub fn origin(self) -> Option<Origin> {
        match self {
            InputChoice::Auto => None,
            InputChoice::Manifest => Some(Origin::Manifest),
            InputChoice::Api
            | InputChoice::Dcat
            | InputChoice::Ckan
            | InputChoice::Csw
            | InputChoice::CswIso => Some(Origin::Api),
        }
    }

    /// The kind of source catalogue the inputs are, when they are one.
    pub fn backend(self) -> Option<Backend> {
        match self {
            InputChoice::Dcat => Some(Backend::Dcat),
            InputChoice::Ckan => Some(Backend::Ckan),
            InputChoice::Csw => Some(Backend::CswDcat),
            InputChoice::CswIso => Some(Backend::CswIso),
            InputChoice::Auto | InputChoice::Manifest | InputChoice::Api => None,
        }
    }
}

/// Link checking options.
#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    /// Check every resource URL (off by default: `dglint check` stays offline).
    #[arg(long)]
    check_links: bool,
    /// Check links to internal addresses too (loopback, private, link-local, unique-local),
    /// which are refused by default: a manifest is untrusted input.
    #[arg(long)]
    allow_private: bool,
    /// Where link verdicts are remembered between runs [default: .dglint_cache].
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<PathBuf>,
    /// Neither read nor write the link cache.
    #[arg(long)]
    no_cache: bool,
    /// Link checks in flight at most [default: 64, or `[links] concurrency`].
    #[arg(long, value_name = "N")]
    links_concurrency: Option<usize>,
    /// Link checks in flight at most per host [default: 2, or `[links] per-host`].
    #[arg(long, value_name = "N")]
    per_host: Option<usize>,
    /// Link checks started per second at most per host, 0 for no limit [default: 2, or
    /// `[links] rate`].
    #[arg(long, value_name = "PER_SECOND")]
    rate: Option<f64>,
}

impl LinkArgs {
    /// How links are checked, when they are (`--check-links`).
    pub fn options(&self) -> Option<LinkOptions> {
        self.check_links.then(|| LinkOptions {
            allow_private: self.allow_private,
            cache_dir: self.cache_dir.clone(),
            no_cache: self.no_cache,
            concurrency: self.links_concurrency,
            per_host: self.per_host,
            rate: self.rate,
        })
    }
}

/// Options of `dglint check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    files: FileArgs,
    #[command(flatten)]
    links: LinkArgs,
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    fix: FixArgs,
    #[command(flatten)]
    output: FindingsOutput,
}

/// How `dglint check` repairs what it finds.
#[derive(Debug, clap::Args)]
pub struct FixArgs {
    /// Apply the safe fixes to the manifests, then report what remains.
    #[arg(long)]
    fix: bool,
    /// Apply the unsafe fixes too (with `--fix`, `--fix-only` or `--diff`).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print a unified diff of what `--fix` would change, and write nothing (exit 1 when
    /// something would change).
    #[arg(long, conflicts_with = "fix_only")]
    diff: bool,
    /// Apply the fixes and report nothing else (exit 0 unless a file cannot be written).
    #[arg(long)]
    fix_only: bool,
    /// Rules whose fixes may be applied (replaces `fixable` in the config; default `ALL`).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    fixable: Option<Vec<String>>,
    /// Rules whose fixes are never applied (adds to `unfixable` in the config).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    unfixable: Vec<String>,
}

impl FixArgs {
    /// The fix options as the run takes them.
    pub fn cli(&self) -> CliFixable {
        CliFixable {
            fixable: self.fixable.clone(),
            unfixable: self.unfixable.clone(),
            unsafe_fixes: self.unsafe_fixes,
        }
    }

    /// Whether and how the run fixes.
    pub fn mode(&self) -> Option<FixMode> {
        if self.diff {
            Some(FixMode::Diff)
        } else if self.fix || self.fix_only {
            Some(FixMode::Write)
        } else {
            None
        }
    }
}

/// How the commands that print findings print them, and when they fail.
#[derive(Debug, clap::Args)]
pub struct FindingsOutput {
    /// How to print findings [default: full on a terminal, concise otherwise; with
    /// `GITHUB_ACTIONS=true`, GitHub annotations are printed too].
    #[arg(long, value_enum)]
    output_format: Option<OutputFormat>,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write a report of another format to a file, in the same run (repeatable):
    /// `--report sarif=dglint.sarif --report junit=junit.xml`.
    #[arg(long, value_name = "FORMAT=PATH", value_parser = parse_report)]
    report: Vec<(OutputFormat, PathBuf)>,
    /// Report only the findings this baseline does not hold (see `--write-baseline`).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record every current finding in this baseline file, and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// With `--baseline`, remove from it the entries that match no finding any more.
    #[arg(long, requires = "baseline")]
    prune_baseline: bool,
    /// The lowest severity that makes the run fail (exit 1) [default: error].
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Exit 0 whatever the findings (same as `--fail-on never`); score gates still apply.
    #[arg(long, conflicts_with = "fail_on")]
    exit_zero: bool,
    /// When to colour the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// Options of `dglint score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    files: FileArgs,
    #[command(flatten)]
    run: RunArgs,
    /// How to print the scores.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    output_format: ScoreFormat,
}

/// Options of `dglint audit`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("source").required(true).multiple(true).args(["catalog", "organization", "harvest"])))]
pub struct AuditArgs {
    /// The dataset catalogue export of data.gouv.fr (`export-dataset-*.csv`, `;`-separated).
    #[arg(long, value_name = "FILE")]
    catalog: Option<PathBuf>,
    /// The matching resource export (`export-resource-*.csv`): without it, only what each
    /// record says of its resources is known (their number and formats), the rules about the
    /// resources themselves do not run, and udata's availability and documentation criteria
    /// are unknown.
    #[arg(long, value_name = "FILE", requires = "catalog")]
    resources: Option<PathBuf>,
    /// The organisation whose datasets to audit: its slug or id on the API, or, with
    /// `--catalog`, its id or name in the export (repeatable with `--catalog`).
    #[arg(long, value_name = "ORG")]
    organization: Vec<String>,
    /// A source catalogue to audit before data.gouv.fr harvests it: a DCAT catalogue or a
    /// CKAN site (its URL, or a saved file), every record read as `--backend` says udata's
    /// harvester reads it.
    #[arg(
        long,
        value_name = "URL",
        requires = "backend",
        conflicts_with_all = ["catalog", "organization"]
    )]
    harvest: Option<String>,
    /// How udata harvests the `--harvest` source.
    #[arg(long, value_enum, requires = "harvest")]
    backend: Option<BackendChoice>,
    #[command(flatten)]
    api: ApiArgs,
    #[command(flatten)]
    links: LinkArgs,
    /// Audit archived datasets too.
    #[arg(long)]
    include_archived: bool,
    /// A previous audit's JSON report: every summary and report adds the trends (datasets
    /// that improved or regressed, new and fixed findings, each criterion's change).
    #[arg(long, value_name = "FILE")]
    compare: Option<PathBuf>,

    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    output: FindingsOutput,
}

/// The harvest backends `dglint audit --harvest` reads a source as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendChoice {
    /// A DCAT catalogue (Turtle, RDF/XML, N-Triples, JSON-LD), paged as udata's DCAT backend
    /// pages it.
    Dcat,
    /// A CKAN site, read through `package_search`, as udata's CKAN backend maps it.
    Ckan,
    /// A CSW server asked for DCAT, as udata's CSW-DCAT backend reads it.
    CswDcat,
    /// A CSW server asked for ISO 19139, as udata's CSW-ISO-19139 backend reads it (SEMIC's
    /// stylesheet, then DCAT).
    CswIso,
}

impl From<BackendChoice> for Backend {
    fn from(choice: BackendChoice) -> Backend {
        match choice {
            BackendChoice::Dcat => Backend::Dcat,
            BackendChoice::Ckan => Backend::Ckan,
            BackendChoice::CswDcat => Backend::CswDcat,
            BackendChoice::CswIso => Backend::CswIso,
        }
    }
}

/// Output formats of `dglint score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// One row per dataset: udata k/9, dglint score and grade, the fix to make first.
    Table,
    /// One row per dataset with every udata criterion as a column.
    Csv,
    /// The JSON report (`schemas/report.schema.json`), scores and findings.
    Json,
}

/// Options of `dglint rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Print a table or JSON.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    output_format: ListFormat,
}

/// Output formats of `dglint check` and `dglint audit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Each finding drawn under its source line, with help (miette), then the scores.
    Full,
    /// One line per finding: `path:line:col: severity CODE name: message`.
    Concise,
    /// The JSON report (`schemas/report.schema.json`).
    Json,
    /// One JSON object per finding and line.
    JsonLines,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions annotations (`::error file=...`).
    Github,
    /// GitLab code quality report.
    Gitlab,
    /// JUnit XML: a test suite per dataset, a test case per rule.
    Junit,
    /// One CSV row per finding (`dglint audit`: one row per dataset, with its scores).
    Csv,
    /// The audit's summary and fix-first list in Markdown, for an issue or a PR comment.
    Markdown,
    /// A self-contained HTML report: figures, charts, the datasets' table and details.
    Html,
}

fn parse_report(text: &str) -> Result<(OutputFormat, PathBuf), ArgumentError> {
    let (format, path) = text
        .split_once('=')
        .ok_or_else(|| ArgumentError::NotFormatAndPath(text.to_owned()))?;
    let format = OutputFormat::from_str(format, true).map_err(|_| {
        let known: Vec<String> = OutputFormat::value_variants()
            .iter()
            .filter_map(|variant| Some(variant.to_possible_value()?.get_name().to_owned()))
            .collect();
        ArgumentError::UnknownFormat {
            format: format.to_owned(),
            known: known.join(", "),
        }
    })?;
    if path.is_empty() {
        return Err(ArgumentError::NoPath(text.to_owned()));
    }
    Ok((format, PathBuf::from(path)))
}

/// Output formats of `dglint rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table.
    Text,
    /// JSON.
    Json,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Runs the command line; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_else(Lang::from_environment);
    crate::i18n::in_lang(lang, || run_command(cli.command, cli.lang))
}

/// Runs a command in the language of the work at hand; `chosen` is the one `--lang` gave.
fn run_command(command: Command, chosen: Option<Lang>) -> ExitCode {
    let lang = crate::i18n::lang();
    let result = match command {
        Command::Check(args) => check::run(&args, chosen),
        Command::Score(args) => score::run(&args, chosen),
        Command::Audit(args) => audit::run(&args, chosen),
        Command::Pull(args) => pull::run(&args),
        Command::Diff(args) => diff::run(&args, chosen),
        Command::Init { directory } => init::run(&directory),
        Command::Rules(args) => explain::list(args.output_format, lang),
        Command::Criteria(args) => Ok(criteria::list(args.output_format, lang)),
        Command::Rule { rule, test } => match (rule, test) {
            (_, Some(directory)) => explain::test_examples(&directory),
            (Some(rule), None) => explain::show(&rule, lang),
            // clap requires one of them.
            (None, None) => Ok(ExitStatus::Error),
        },
    };
    match result {
        Ok(status) => status.into(),
        Err(error) => {
            report_error(&error);
            ExitStatus::Error.into()
        }
    }
}

/// Prints why a command stopped: a configuration error as a located diagnostic, any other
/// as `error: message`.
fn report_error(error: &Error) {
    match error {
        Error::Config(config) => print_error(config),
        other => error_line(other),
    }
}

/// Prints `error: message` on stderr, the label in the run's language.
fn error_line(message: impl std::fmt::Display) {
    labelled_line(&crate::msg!("label-error"), message);
}

/// Prints `warning: message` on stderr, the label in the run's language.
fn warning_line(message: impl std::fmt::Display) {
    labelled_line(&crate::msg!("label-warning"), message);
}

/// Prints `label: message` on stderr. Messages quote paths, URLs and what servers answered:
/// nothing in them may drive the terminal.
fn labelled_line(label: &str, message: impl std::fmt::Display) {
    let line = crate::msg!("labelled", label = label, text = message);
    eprintln!("{}", visible(&line));
}

fn print_error(diagnostic: &dyn miette::Diagnostic) {
    let mut out = String::new();
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_links(false);
    if handler.render_report(&mut out, diagnostic).is_err() {
        out = diagnostic.to_string();
    }
    // Drawn without colours: a control character in it comes from the file it quotes.
    eprint!("{}", visible(&out));
}
