//! A run, as a library: settings from the config and the caller's options, then reading the
//! inputs, checking their links, linting and scoring them in parallel. `dglint check`,
//! `score` and `audit` drive it from their command lines; tests and a language server can
//! drive it from code ([`RunOptions`], [`Inputs`], [`LinkOptions`]).

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use std::path::PathBuf;
use std::time::Duration;

use crate::config::{CliFixable, CliSelection, Config, ConfigError, FailOn};
use crate::document::paths::PathNames;
use crate::document::{Document, LoadError, Syntax, load_file, parse_text};
use crate::fix::{FixSettings, Pass, WriteJob, Writer, fix_document, is_rewritable};
use crate::i18n::{Lang, in_lang};
use crate::links::{Cache, Checker, LinkSettings, Verdicts, resource_urls};
use crate::model::Origin;
use crate::model::local_files::{CommitDates, LocalFiles};
use crate::report::docs_url::DocsUrl;
use crate::report::{FileFixes, FileReport, InputProblem, Report};
use crate::rules::{Engine, Linted};
use crate::score::dglint::RanRulesCache;
use crate::score::{ScoreSettings, score_document};
use crate::source::api::{ApiClient, ClientSettings, block_on, fetch_datasets};
use crate::source::discover::discover;
use crate::source::harvest::{Backend, Skip};

/// Largest manifest read by default (5 MiB); `max-file-size` in the config changes it.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 5 * 1024 * 1024;

/// Where link verdicts are remembered by default.
pub const DEFAULT_CACHE_DIR: &str = ".dglint_cache";

/// How long a remembered link verdict is trusted by default (a day).
pub const DEFAULT_CACHE_TTL: u64 = 24 * 60 * 60;

/// Largest file of API data read by default (256 MiB): `--input api`, `.jsonl`, `.ndjson`.
pub const DEFAULT_MAX_API_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// Where a run's configuration comes from.
#[derive(Debug, Clone)]
pub enum ConfigSource {
    /// No config file: every default.
    Isolated,
    /// This file.
    File(PathBuf),
    /// The nearest `dglint.toml` (or `pyproject.toml`'s `[tool.dglint]`) from this directory.
    Discover(PathBuf),
}

/// What the caller asks of a run, besides its config file.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Where the config comes from.
    pub config: ConfigSource,
    /// The rules selected on top of the config's.
    pub selection: CliSelection,
    /// Score profiles to turn on besides the config's (`mqa`).
    pub profiles: Vec<String>,
    /// What "now" is for time-dependent rules.
    pub as_of: DateTime<Utc>,
    /// Worker threads of the process (0: one per core); the first run of a process sets it.
    pub threads: usize,
    /// What every file holds, or `None` to detect it per file.
    pub input: Option<Origin>,
    /// The language of messages and summaries.
    pub lang: Lang,
    /// The language of the HTML report (French unless the user chose one: data.gouv.fr's
    /// producers read it).
    pub html_lang: Lang,
    /// Which rules may fix, and whether unsafe fixes apply, on top of the config's.
    pub fixes: CliFixable,
}

/// Whether a run repairs the manifests it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    /// Apply the fixes and write the files (`--fix`, `--fix-only`).
    Write,
    /// Work the fixes out and keep each file's diff; write nothing (`--diff`).
    Diff,
}

/// What a run reads.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Files and directories (the current directory when there is nothing to read), and
    /// `http(s)://` URLs of datasets.
    pub paths: Vec<String>,
    /// Live datasets: id, slug or URL.
    pub datasets: Vec<String>,
    /// How to reach the udata API for them.
    pub api: ClientSettings,
}

/// How links are checked, beyond the config's `[links]`.
#[derive(Debug, Clone, Default)]
pub struct LinkOptions {
    /// Check internal addresses too.
    pub allow_private: bool,
    /// Where verdicts are remembered ([`DEFAULT_CACHE_DIR`] when `None`).
    pub cache_dir: Option<PathBuf>,
    /// Neither read nor write the cache.
    pub no_cache: bool,
    /// Checks in flight at most.
    pub concurrency: Option<usize>,
    /// Checks in flight at most per host.
    pub per_host: Option<usize>,
    /// Checks started per second at most per host (0: no limit).
    pub rate: Option<f64>,
}

impl LinkOptions {
    /// The settings of the config file, changed by these options.
    pub fn apply(&self, settings: &mut LinkSettings) {
        settings.allow_private |= self.allow_private;
        if let Some(concurrency) = self.concurrency {
            settings.concurrency = concurrency.max(1);
        }
        if let Some(per_host) = self.per_host {
            settings.per_host = per_host.max(1);
        }
        if let Some(rate) = self.rate {
            settings.rate = rate.max(0.0);
        }
    }
}

/// Everything a run needs, settled before any input is read.
pub struct Run {
    /// The linter.
    pub engine: Engine,
    /// How dglint's score is weighted and graded.
    pub scoring: ScoreSettings,
    /// `fail-on` from the config file.
    pub config_fail_on: Option<FailOn>,
    /// `max-file-size` from the config file.
    config_max_file_size: Option<u64>,
    /// What every file holds, when the command line says.
    input: Option<Origin>,
    /// Whether reports keep their text, to draw excerpts (the full output does).
    pub keep_text: bool,
    /// How links are checked (`[links]`).
    link_settings: LinkSettings,
    /// How long a cached link verdict is trusted.
    cache_ttl: Duration,
    /// The language of messages and summaries: the run's work is done in it.
    pub lang: Lang,
    /// The language of the HTML report.
    pub html_lang: Lang,
    /// How reports name files (relative to the project's root).
    pub names: PathNames,
    /// The criteria's view of the rules that ran, shared by the files that run the same.
    ran_rules: RanRulesCache,
    /// Which fixes apply (also to say how many findings `--fix` would fix).
    pub fix_settings: FixSettings,
    /// Whether the run repairs the manifests it reads; `None` by default.
    pub fixing: Option<FixMode>,
    /// The threads that replace fixed files, while the run goes on (`--fix`).
    writer: Option<Writer>,
    /// Where the rule pages are published (`docs-url`), for the findings' links.
    pub docs_url: Option<DocsUrl>,
    /// The kind of source catalogue the inputs are, each record read as udata's harvester
    /// maps it (`--input dcat`, `--input ckan`); `None` for datasets.
    pub harvest: Option<Backend>,
    /// The last commits of the files manifests name, read once per repository.
    commits: Arc<CommitDates>,
}

/// Warns of the records of a source page or file that udata's harvester skips, counted by
/// reason, and of each it refuses, with its problems.
fn warn_skipped(name: &str, skipped: &[(String, Skip)], report: &mut Report) {
    let count = |reason: Skip| skipped.iter().filter(|(_, why)| *why == reason).count();
    let (untitled, unidentified) = (count(Skip::NoTitle), count(Skip::NoIdentifier));
    let without_resources = count(Skip::NoResource);
    if unidentified > 0 {
        let message = crate::msg!("dcat-no-identifier", path = name, count = unidentified);
        report.warnings.push(InputProblem::of(name, message));
    }
    if untitled > 0 {
        let message = crate::msg!("dcat-skipped", path = name, count = untitled);
        report.warnings.push(InputProblem::of(name, message));
    }
    if without_resources > 0 {
        let message = crate::msg!("ckan-no-resource", path = name, count = without_resources);
        report.warnings.push(InputProblem::of(name, message));
    }
    let mut levels: Vec<&str> = Vec::new();
    for (_, why) in skipped {
        if let Skip::NotDataset(level) = why {
            levels.push(if level.is_empty() { "-" } else { level });
        }
    }
    if !levels.is_empty() {
        let count = levels.len();
        levels.sort_unstable();
        levels.dedup();
        let levels = levels.join(", ");
        let message = crate::msg!(
            "csw-iso-not-dataset",
            path = name,
            count = count,
            levels = levels
        );
        report.warnings.push(InputProblem::of(name, message));
    }
    for (record, why) in skipped {
        let record = record.as_str();
        let message = match why {
            Skip::Unreadable(error) => crate::msg!(
                "csw-record-unreadable",
                path = name,
                record = record,
                message = error.as_str()
            ),
            Skip::Untransformable(error) => crate::msg!(
                "csw-iso-fails",
                path = name,
                record = record,
                message = error.as_str()
            ),
            _ => continue,
        };
        report.warnings.push(InputProblem::of(name, message));
    }
    for (package, why) in skipped {
        if let Skip::Refused(problems) = why {
            let reasons: Vec<String> = problems.iter().map(ToString::to_string).collect();
            let message = crate::msg!(
                "ckan-refused",
                path = name,
                package = package.as_str(),
                reasons = reasons.join("; ")
            );
            report.warnings.push(InputProblem::of(name, message));
        }
    }
}

/// The files the `path` resources of `documents` name: dated together, with one `git log` per
/// repository, when the first of them is.
fn named_files(documents: &[Document], names: &PathNames) -> Vec<PathBuf> {
    documents
        .iter()
        .filter_map(|document| {
            let resources = document.value.as_ref()?.pointer("/resources")?.as_array()?;
            let files = LocalFiles::beside(&document.path, names);
            Some(
                resources
                    .iter()
                    .filter_map(|resource| resource.get("path")?.as_str())
                    .map(|path| files.resolve(path))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect()
}

impl Run {
    /// Reads the config and settles the run `options` ask for.
    pub fn prepare(options: &RunOptions) -> Result<Run, ConfigError> {
        let config = match &options.config {
            ConfigSource::Isolated => Config::default(),
            ConfigSource::File(path) => Config::load(path)?,
            ConfigSource::Discover(directory) => Config::discover(directory)?,
        };
        let registry = config.registry()?;
        let settings = config.settings(registry, &options.selection)?;
        let fix_settings = config.fix_settings(registry, &options.fixes)?;
        let docs_url = config.docs_url()?;
        let mut scoring = config.score_settings()?;
        for profile in &options.profiles {
            scoring.turn_on(profile).map_err(|help| {
                ConfigError::usage(crate::msg!(
                    "about",
                    subject = format!("--profile `{profile}`"),
                    problem = help
                ))
            })?;
        }
        // The worker threads speak the run's language from their start: no parallel loop
        // needs to be handed it. The first run of a process builds them (and sizes them with
        // `--threads`); a later run in another language says it to them again (`speaking`).
        let lang = options.lang;
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(options.threads)
            .start_handler(move |_| crate::i18n::speak(lang))
            .build_global();
        let input = options.input;
        Ok(Run {
            engine: Engine::new(registry, settings, options.as_of, input),
            scoring,
            config_fail_on: config.file.fail_on,
            config_max_file_size: config.file.max_file_size,
            input,
            keep_text: true,
            link_settings: config.link_settings(),
            cache_ttl: Duration::from_secs(
                config.file.links.cache_ttl.unwrap_or(DEFAULT_CACHE_TTL),
            ),
            ran_rules: RanRulesCache::default(),
            lang: options.lang,
            html_lang: options.html_lang,
            names: PathNames::of_working_directory(),
            fix_settings,
            fixing: None,
            writer: None,
            docs_url,
            harvest: None,
            commits: Arc::default(),
        })
    }

    /// The run's "now".
    pub fn as_of(&self) -> DateTime<Utc> {
        self.engine.as_of()
    }

    fn max_file_size(&self, path: &Path) -> u64 {
        if let Some(configured) = self.config_max_file_size {
            return configured;
        }
        if self.input == Some(Origin::Api) || Syntax::from_path(path) == Syntax::JsonLines {
            DEFAULT_MAX_API_FILE_SIZE
        } else {
            DEFAULT_MAX_FILE_SIZE
        }
    }

    /// `work` in `lang`, on this thread and on every worker thread (which already speak it unless
    /// a run of the process spoke another).
    fn speaking<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
        rayon::broadcast(|_| crate::i18n::speak(lang));
        in_lang(lang, work)
    }

    /// Lints and scores one document, in the run's language.
    pub fn report(&self, document: Document) -> FileReport {
        in_lang(self.lang, || self.report_here(document))
    }

    fn report_here(&self, document: Document) -> FileReport {
        let files = LocalFiles::beside(&document.path, &self.names).dated_by(&self.commits);
        let (document, mut linted, fixes) = match self.fixing {
            Some(mode) => self.fix(document, &files, mode),
            None => {
                let linted = self.engine.lint(&document, &files);
                (document, linted, None)
            }
        };
        let ran = self.ran_rules.get(&linted.rules);
        let udata = std::mem::take(&mut linted.udata);
        let datasets = score_document(
            &document,
            &linted,
            udata,
            &ran,
            &files,
            &self.scoring,
            self.as_of(),
        );
        let mut report = FileReport::new(
            document,
            linted,
            datasets,
            self.engine.registry(),
            &self.names,
            self.keep_text,
        );
        report.fixes = fixes;
        report
    }

    /// Fixes `document` as the run's settings say: the document to report on (the fixed
    /// text once written, or to be written with `--diff`), linted, and what fixing did.
    fn fix(
        &self,
        document: Document,
        files: &LocalFiles,
        mode: FixMode,
    ) -> (Document, Linted, Option<FileFixes>) {
        let original = document.text.clone();
        let path = self.names.name(&document.path);
        let (fixed, pass) = fix_document(&self.engine, document, files, &self.fix_settings);
        let refused = fixed
            .refused
            .iter()
            .map(|refusal| {
                crate::msg!(
                    "fix-refused",
                    place = format!(
                        "{path}:{}:{}",
                        refusal.position.line, refusal.position.column
                    ),
                    code = refusal.code,
                    reason = refusal.reason
                )
            })
            .collect();
        let mut outcome = FileFixes {
            applied: fixed.count(),
            refused,
            diff: None,
            unwritten: None,
        };
        let Pass { document, linted } = pass;
        if document.text == original {
            outcome.applied = 0;
            return (document, linted, Some(outcome));
        }
        match mode {
            FixMode::Diff => {
                outcome.diff = Some(crate::fix::unified(&path, &original, &document.text));
            }
            FixMode::Write => {
                let job = WriteJob {
                    path: document.path.clone(),
                    original,
                    fixed: document.text.clone(),
                };
                let written = match &self.writer {
                    Some(writer) => writer.submit(job),
                    None => job.write(),
                };
                if let Err((job, error)) = written {
                    outcome.applied = 0;
                    outcome.unwritten = Some(error.to_string());
                    let unchanged = parse_text(&job.path, document.syntax, job.original);
                    let linted = self.engine.lint(&unchanged, files);
                    return (unchanged, linted, Some(outcome));
                }
            }
        }
        (document, linted, Some(outcome))
    }

    /// Lints and scores documents in parallel.
    pub fn report_all(&self, documents: Vec<Document>) -> Vec<FileReport> {
        Self::speaking(self.lang, || {
            documents
                .into_par_iter()
                .map(|document| self.report(document))
                .collect()
        })
    }

    /// Reads, lints and scores every input under `inputs.paths`, and the live datasets named
    /// (`inputs.datasets`, or URLs among the paths); checks their links first when `links`
    /// are given.
    pub fn collect(&mut self, inputs: &Inputs, links: Option<&LinkOptions>) -> Report {
        Self::speaking(self.lang, || self.collect_here(inputs, links))
    }

    fn collect_here(&mut self, inputs: &Inputs, links: Option<&LinkOptions>) -> Report {
        let (documents, mut report) = self.read(inputs);
        self.finish(documents, &mut report, links);
        report
    }

    /// Reads the inputs: the files under `inputs.paths` and the live datasets named (or URLs
    /// among the paths); the report holds what could not be read.
    pub fn read(&self, inputs: &Inputs) -> (Vec<Document>, Report) {
        let (urls, paths): (Vec<&String>, Vec<&String>) = inputs
            .paths
            .iter()
            .partition(|path| path.starts_with("http://") || path.starts_with("https://"));
        let mut references: Vec<String> = inputs.datasets.clone();
        references.extend(urls.into_iter().cloned());
        let mut paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        if paths.is_empty() && references.is_empty() {
            paths.push(PathBuf::from("."));
        }
        let discovered = discover(&paths);
        let mut report = Report {
            unreadable: discovered
                .errors
                .iter()
                .map(|error| InputProblem::of(&error.path, error.to_string()))
                .collect(),
            docs_url: self.docs_url.clone(),
            ..Report::default()
        };
        // A directory without manifests is a mistyped path more often than not: an error when
        // nothing else was found (the run exits 2), a warning otherwise.
        let nothing_else = discovered.files.is_empty() && references.is_empty();
        for directory in &discovered.empty {
            let message = InputProblem::of(
                directory.display().to_string(),
                crate::msg!("no-manifest-here", path = directory.display()),
            );
            if nothing_else {
                report.unreadable.push(message);
            } else {
                report.warnings.push(message);
            }
        }
        let paths = discovered.files;
        let mut documents = Vec::with_capacity(paths.len());
        if let Some(backend) = self.harvest {
            self.read_sources(backend, &paths, &mut documents, &mut report);
        } else {
            let loaded: Vec<Result<Document, LoadError>> = paths
                .par_iter()
                .map(|path: &PathBuf| load_file(path, self.max_file_size(path)))
                .collect();
            for result in loaded {
                match result {
                    Ok(document) => documents.push(document),
                    Err(error) => report
                        .unreadable
                        .push(InputProblem::of(&error.path, error.to_string())),
                }
            }
        }
        if let Some(backend) = self.harvest.filter(|_| !references.is_empty()) {
            self.fetch_sources(
                backend,
                &references,
                &inputs.api,
                &mut documents,
                &mut report,
            );
        } else if !references.is_empty() {
            let fetched = ApiClient::new(inputs.api.clone())
                .and_then(|client| block_on(fetch_datasets(&client, &references)));
            match fetched {
                Ok(fetched) => {
                    let (failures, partial) = InputProblem::of_fetch(&fetched);
                    documents.extend(fetched.documents);
                    report.unreadable.extend(failures);
                    report.warnings.extend(partial);
                }
                Err(error) => report
                    .unreadable
                    .push(InputProblem::of_run(error.to_string())),
            }
        }
        (documents, report)
    }

    /// Reads each of `paths` as a `backend` source: a document per record udata would
    /// harvest; the records it skips or refuses are named in warnings.
    fn read_sources(
        &self,
        backend: Backend,
        paths: &[PathBuf],
        documents: &mut Vec<Document>,
        report: &mut Report,
    ) {
        for path in paths {
            let text = match crate::document::read_text(path, self.max_file_size(path)) {
                Ok(Ok(text)) => text,
                Ok(Err(unreadable)) => {
                    documents.push(unreadable);
                    continue;
                }
                Err(error) => {
                    report
                        .unreadable
                        .push(InputProblem::of(&error.path, error.to_string()));
                    continue;
                }
            };
            let file = crate::source::harvest::read(backend, path, &text, self.as_of());
            let name = self.names.name(path);
            documents.extend(file.documents);
            warn_skipped(&name, &file.skipped, report);
        }
    }

    /// Reads each `backend` catalogue at `urls`, page after page (see
    /// [`crate::source::harvest::fetch`]), without the udata API key: a page that cannot be
    /// read is an error of the run, a paging loop a warning; the pages read before are kept.
    fn fetch_sources(
        &self,
        backend: Backend,
        urls: &[String],
        api: &ClientSettings,
        documents: &mut Vec<Document>,
        report: &mut Report,
    ) {
        // The API key is data.gouv.fr's: a source catalogue is another site, never sent it.
        let settings = ClientSettings {
            api_key: None,
            ..api.clone()
        };
        let client = match ApiClient::new(settings) {
            Ok(client) => client,
            Err(error) => {
                report
                    .unreadable
                    .push(InputProblem::of_run(error.to_string()));
                return;
            }
        };
        for url in urls {
            let fetched = match block_on(crate::source::harvest::fetch(
                backend,
                &client,
                url,
                self.as_of(),
            )) {
                Ok(fetched) => fetched,
                Err(error) => {
                    report
                        .unreadable
                        .push(InputProblem::of_run(error.to_string()));
                    continue;
                }
            };
            for (page, file) in fetched.pages {
                documents.extend(file.documents);
                warn_skipped(&page, &file.skipped, report);
            }
            report
                .unreadable
                .extend(fetched.failures.iter().map(InputProblem::from));
            if let Some(page) = fetched.looped_at {
                report.warnings.push(InputProblem::of(
                    page.clone(),
                    crate::msg!("dcat-paging-loop", page = page),
                ));
            }
        }
    }

    /// Checks the links of `documents` (with `links`), fixes them when the run fixes, lints
    /// and scores them into `report`, in the run's language.
    pub fn finish(
        &mut self,
        documents: Vec<Document>,
        report: &mut Report,
        links: Option<&LinkOptions>,
    ) {
        Self::speaking(self.lang, || self.finish_here(documents, report, links));
    }

    fn finish_here(
        &mut self,
        documents: Vec<Document>,
        report: &mut Report,
        links: Option<&LinkOptions>,
    ) {
        if self.fixing.is_some() {
            self.refuse_to_rewrite(&documents, report);
        }
        if let Some(links) = links {
            let warnings = self.check_links(&documents, links);
            report.warnings.extend(warnings);
        }
        if self.fixing == Some(FixMode::Write) {
            self.writer = Some(Writer::start(2));
        }
        self.commits.expect(named_files(&documents, &self.names));
        report.files = self.report_all(documents);
        self.report_unwritten(report);
        for file in &report.files {
            if let Some(message) = file
                .fixes
                .as_ref()
                .and_then(|fixes| fixes.unwritten.as_ref())
            {
                report
                    .unreadable
                    .push(InputProblem::of(&file.path, message));
            }
        }
    }

    /// Waits for the fixed files to be written; the report of each that was not (it changed on
    /// disk, it is read-only) is made again of what the file still holds, and says why.
    fn report_unwritten(&mut self, report: &mut Report) {
        let Some(writer) = self.writer.take() else {
            return;
        };
        let fixing = self.fixing.take();
        for (job, error) in writer.finish() {
            let Some(file) = report
                .files
                .iter_mut()
                .find(|file| file.document.path == job.path)
            else {
                continue;
            };
            let syntax = file.document.syntax;
            let mut unfixed = self.report(parse_text(&job.path, syntax, job.original));
            unfixed.fixes = Some(FileFixes {
                unwritten: Some(error.to_string()),
                ..FileFixes::default()
            });
            *file = unfixed;
        }
        self.fixing = fixing;
    }

    /// Stops the run from fixing anything when one of `documents` is not a manifest dglint
    /// may rewrite (API data, JSON Lines, a fetched dataset): each is an error of the run.
    fn refuse_to_rewrite(&mut self, documents: &[Document], report: &mut Report) {
        let mut refused = false;
        for document in documents {
            let origin = match (self.input, &document.value) {
                (Some(origin), _) => origin,
                (None, Some(value)) => Origin::detect(value),
                (None, None) => Origin::Manifest,
            };
            if !is_rewritable(document, origin) {
                let path = self.names.name(&document.path);
                report.unreadable.push(InputProblem::of(
                    &path,
                    crate::msg!("fix-not-rewritable", path = path),
                ));
                refused = true;
            }
        }
        if refused {
            self.fixing = None;
        }
    }

    /// Checks the links of the resources of `documents` (each URL once; recent verdicts
    /// come from the cache) and gives the verdicts to the engine; returns warnings.
    pub fn check_links(&mut self, documents: &[Document], args: &LinkOptions) -> Vec<InputProblem> {
        let urls: Vec<String> = documents
            .iter()
            .filter_map(|document| {
                let value = document.value.as_ref()?;
                let origin = self.input.unwrap_or_else(|| Origin::detect(value));
                Some(resource_urls(value, origin))
            })
            .flatten()
            .collect();
        let mut settings = self.link_settings.clone();
        args.apply(&mut settings);
        let mut warnings = Vec::new();
        let mut cache = (!args.no_cache).then(|| {
            let directory = args
                .cache_dir
                .clone()
                .unwrap_or_else(|| PathBuf::from(DEFAULT_CACHE_DIR));
            let (cache, warning) = Cache::open(&directory, self.cache_ttl);
            warnings.extend(warning.map(InputProblem::of_run));
            cache
        });
        let mut verdicts = Verdicts::new();
        let mut to_check = Vec::new();
        for url in urls {
            match cache.as_ref().and_then(|cache| cache.get(&url)) {
                Some(verdict) => {
                    verdicts.insert(url, verdict.clone());
                }
                None => to_check.push(url),
            }
        }
        let checked =
            Checker::new(settings).and_then(|checker| block_on(checker.check_all(to_check)));
        match checked {
            Ok(checked) => {
                if let Some(cache) = &mut cache {
                    for (url, verdict) in &checked {
                        cache.store(url, verdict);
                    }
                    if let Err(message) = cache.save() {
                        warnings.push(InputProblem::of_run(crate::msg!(
                            "link-cache-not-saved",
                            reason = message
                        )));
                    }
                }
                verdicts.extend(checked);
            }
            Err(message) => warnings.push(InputProblem::of_run(crate::msg!(
                "links-not-checked",
                reason = message
            ))),
        }
        self.engine.set_links(verdicts);
        warnings
    }
}
