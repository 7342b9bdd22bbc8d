//! `dglint.toml`: discovery, parsing, and turning it (with the command line) into settings.
//!
//! The nearest `dglint.toml` (or `.dglint.toml`) from the working directory upwards is used;
//! `--config FILE` names one; `--isolated` uses none. Command-line `--select` replaces the
//! file's `select`; `--extend-select` and `--ignore` add to the file's.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use globset::Glob;
use miette::{Diagnostic, LabeledSpan, NamedSource, SourceSpan};
use serde::Deserialize;
use toml::Spanned;

use std::time::Duration;

use crate::finding::Severity;
use crate::fix::FixSettings;
use crate::links::LinkSettings;
use crate::model::Instance;
use crate::report::docs_url::DocsUrl;
use crate::rules::Category;
use crate::rules::engine::{ActiveRule, FileSettings, PerFileIgnore};
use crate::rules::native::PreparedCheck;
use crate::rules::params;
use crate::rules::registry::{Registry, RuleFileError, UserRuleFile};
use crate::rules::selection;
use crate::score::ScoreSettings;
use crate::score::dglint::GRADES;

/// File names searched for, in order of preference within a directory.
pub const CONFIG_NAMES: [&str; 2] = [".dglint.toml", "dglint.toml"];

/// The severity at which a run fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Fail on errors (default).
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail because of findings.
    Never,
}

impl FailOn {
    /// Whether a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// The contents of a config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Rules to run (replaces the default `ALL`).
    pub select: Option<Vec<Spanned<String>>>,
    /// Rules to add to the selection.
    #[serde(default)]
    pub extend_select: Vec<Spanned<String>>,
    /// Rules not to run.
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    /// Rules whose fixes `--fix` may apply (default `ALL`).
    pub fixable: Option<Vec<Spanned<String>>>,
    /// Rules whose fixes `--fix` never applies.
    #[serde(default)]
    pub unfixable: Vec<Spanned<String>>,
    /// The severity at which the run fails.
    pub fail_on: Option<FailOn>,
    /// Largest manifest read, in bytes (default 5 MiB).
    pub max_file_size: Option<u64>,
    /// Glob (relative to the config file) → rules not run on matching files.
    #[serde(default)]
    pub per_file_ignores: BTreeMap<String, Vec<Spanned<String>>>,
    /// Rule code or name → `severity` and parameters.
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    /// How dglint's score is weighted and graded.
    #[serde(default)]
    pub score: ScoreTable,
    /// How links are checked (`--check-links`).
    #[serde(default)]
    pub links: LinksTable,
    /// The udata instance whose score is reproduced.
    #[serde(default)]
    pub udata: UdataTable,
    /// Directories (relative to the config file) of the organisation's own rule files.
    #[serde(default)]
    pub rule_dirs: Vec<Spanned<String>>,
    /// `docs-url`: where the organisation publishes dglint's manual.
    pub docs_url: Option<Spanned<String>>,
}

/// The `[links]` table; each key overrides a default of [`LinkSettings`].
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LinksTable {
    /// Requests in flight at most (default 64).
    pub concurrency: Option<usize>,
    /// Requests in flight at most per host (default 2).
    pub per_host: Option<usize>,
    /// Requests started per second at most per host (default 2; 0: no limit).
    pub rate: Option<f64>,
    /// Seconds allowed to connect (default 5).
    pub connect_timeout: Option<u64>,
    /// Seconds allowed per request (default 15).
    pub timeout: Option<u64>,
    /// Longest `Retry-After` waited, in seconds (default 30).
    pub max_retry_after: Option<u64>,
    /// URL fragments not to check, added to the defaults.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Check internal addresses too (default false).
    pub allow_private: Option<bool>,
    /// Hosts (`name` or `name:port`) checked even when internal.
    #[serde(default)]
    pub allow_hosts: Vec<String>,
    /// Seconds a cached verdict stays valid (default 86400, a day).
    pub cache_ttl: Option<u64>,
}

/// The `[udata]` table: the instance whose score the `udata` profile reproduces.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct UdataTable {
    /// `data.gouv.fr` (the default), `udata` (udata's default settings), or the name of
    /// another instance, whose settings follow.
    pub instance: Option<Spanned<String>>,
    /// The instance's `QUALITY_DESCRIPTION_LENGTH` (a description counts above it).
    pub description_length: Option<Spanned<i64>>,
}

/// The `[score]` table.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ScoreTable {
    /// Category → weight in the average (the others keep their default).
    #[serde(default)]
    pub categories: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    /// Grade letter (A–D) → lowest score of that grade.
    #[serde(default)]
    pub grades: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    /// The scores computed: `udata` and `dglint` always, `mqa` when listed.
    #[serde(default)]
    pub profiles: Vec<Spanned<String>>,
}

/// A loaded config file (or none).
#[derive(Debug, Default)]
pub struct Config {
    /// Where it was read from.
    pub path: Option<PathBuf>,
    text: String,
    /// Its contents.
    pub file: ConfigFile,
}

/// The rule selection given on the command line.
#[derive(Debug, Default, Clone)]
pub struct CliSelection {
    /// `--select`.
    pub select: Option<Vec<String>>,
    /// `--extend-select`.
    pub extend_select: Vec<String>,
    /// `--ignore`.
    pub ignore: Vec<String>,
}

/// The fix options of the command line.
#[derive(Debug, Clone, Default)]
pub struct CliFixable {
    /// `--fixable` (replaces the config's `fixable`).
    pub fixable: Option<Vec<String>>,
    /// `--unfixable` (adds to the config's).
    pub unfixable: Vec<String>,
    /// `--unsafe-fixes`.
    pub unsafe_fixes: bool,
}

/// A configuration or usage error, located in the config file when it comes from there.
#[derive(Debug)]
pub struct ConfigError {
    message: String,
    help: Option<String>,
    located: Option<Box<(NamedSource<String>, SourceSpan)>>,
}

impl ConfigError {
    /// An error with no location (a command-line problem).
    pub fn usage(message: impl Into<String>) -> ConfigError {
        ConfigError {
            message: message.into(),
            help: None,
            located: None,
        }
    }

    fn at(
        config: &Config,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> ConfigError {
        let name = config
            .path
            .as_deref()
            .map_or_else(|| "dglint.toml".into(), |path| path.display().to_string());
        ConfigError {
            message: message.into(),
            help: None,
            located: Some(Box::new((
                NamedSource::new(name, config.text.clone()).with_language("toml"),
                SourceSpan::from(span),
            ))),
        }
    }

    /// A rule file that cannot be loaded, shown at its place in that file.
    pub fn rule_file(error: RuleFileError) -> ConfigError {
        ConfigError {
            message: crate::msg!("invalid-rule-file", problem = error.problem),
            help: None,
            located: Some(Box::new((
                NamedSource::new(error.path, error.text).with_language("toml"),
                SourceSpan::from(error.span.unwrap_or(0..0)),
            ))),
        }
    }

    fn with_help(mut self, help: impl Into<String>) -> ConfigError {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Diagnostic for ConfigError {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.located
            .as_deref()
            .map(|(source, _)| source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (_, span) = self.located.as_deref()?;
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            None, *span,
        ))))
    }
}

impl Config {
    /// The nearest config file from `start` upwards, or the defaults when there is none.
    pub fn discover(start: &Path) -> Result<Config, ConfigError> {
        for directory in start.ancestors() {
            for name in CONFIG_NAMES {
                let candidate = directory.join(name);
                if candidate.is_file() {
                    return Config::load(&candidate);
                }
            }
        }
        Ok(Config::default())
    }

    /// Reads and parses one config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| {
            ConfigError::usage(crate::msg!(
                "cannot-read",
                path = path.display(),
                reason = crate::i18n::io_reason(&error)
            ))
        })?;
        Config::parse(path, text)
    }

    /// Parses the text of the config file at `path`.
    pub fn parse(path: &Path, text: String) -> Result<Config, ConfigError> {
        let mut config = Config {
            path: Some(path.to_path_buf()),
            text,
            file: ConfigFile::default(),
        };
        config.file = toml::from_str(&config.text).map_err(|error| {
            let span = error.span().unwrap_or(0..0);
            ConfigError::at(
                &config,
                span,
                crate::msg!("invalid-config", detail = error.message()),
            )
        })?;
        Ok(config)
    }

    /// The directory relative paths in the file are resolved from.
    pub fn base_dir(&self) -> PathBuf {
        let cwd = std::env::current_dir().unwrap_or_default();
        match self.path.as_deref().and_then(Path::parent) {
            Some(parent) => cwd.join(parent),
            None => cwd,
        }
    }

    /// The settings of a run: the file's selection merged with the command line's, severities
    /// and parameters, per-file ignores. Unknown rules, parameters and bad values are errors.
    pub fn settings(
        &self,
        registry: &'static Registry,
        cli: &CliSelection,
    ) -> Result<FileSettings, ConfigError> {
        let spanned_strings = |items: &[Spanned<String>]| self.selectors(registry, items);
        let file_select = self
            .file
            .select
            .as_deref()
            .map(spanned_strings)
            .transpose()?;
        let mut extend_select = spanned_strings(&self.file.extend_select)?;
        let mut ignore = spanned_strings(&self.file.ignore)?;
        extend_select.extend(cli.extend_select.iter().cloned());
        ignore.extend(cli.ignore.iter().cloned());
        let select = cli.select.clone().or(file_select);
        let enabled =
            selection::enabled_codes(registry, select.as_deref(), &extend_select, &ignore)
                .map_err(|error| {
                    ConfigError::usage(crate::msg!("on-command-line", problem = error))
                })?;
        let instance = self.instance()?;
        let overrides = self.rule_overrides(registry, &instance)?;
        let mut rules = Vec::new();
        for rule in registry.rules() {
            if !enabled.contains(&rule.def.code) {
                continue;
            }
            let (severity, native) = match overrides.get(rule.def.code.as_str()) {
                Some(custom) => (custom.severity, custom.native.clone()),
                None => (
                    Some(rule.def.severity),
                    params::prepare(rule, &BTreeMap::new(), &instance).map_err(|error| {
                        ConfigError::usage(crate::msg!(
                            "about",
                            subject = rule.def.code,
                            problem = error
                        ))
                    })?,
                ),
            };
            let Some(severity) = severity else {
                continue;
            };
            rules.push(ActiveRule {
                rule,
                severity,
                native,
            });
        }
        Ok(FileSettings {
            rules,
            per_file_ignores: self.per_file_ignores(registry)?,
            instance,
        })
    }

    /// The selectors `items` of the file, each checked (an unknown one is an error located
    /// in the file).
    fn selectors(
        &self,
        registry: &Registry,
        items: &[Spanned<String>],
    ) -> Result<Vec<String>, ConfigError> {
        for item in items {
            selection::validate(registry, std::slice::from_ref(item.get_ref()))
                .map_err(|error| ConfigError::at(self, item.span(), error.to_string()))?;
        }
        Ok(items.iter().map(|item| item.get_ref().clone()).collect())
    }

    /// Which fixes a run applies: the rules `fixable` selects less those `unfixable` does,
    /// the command line's (`cli`) replacing the file's `fixable` and adding to its
    /// `unfixable`, with the selectors of `select`.
    pub fn fix_settings(
        &self,
        registry: &'static Registry,
        cli: &CliFixable,
    ) -> Result<FixSettings, ConfigError> {
        let spanned_strings = |items: &[Spanned<String>]| self.selectors(registry, items);
        let file_fixable = self
            .file
            .fixable
            .as_deref()
            .map(spanned_strings)
            .transpose()?;
        let mut unfixable = spanned_strings(&self.file.unfixable)?;
        unfixable.extend(cli.unfixable.iter().cloned());
        let fixable = cli.fixable.clone().or(file_fixable);
        let fixable = selection::enabled_codes(registry, fixable.as_deref(), &[], &unfixable)
            .map_err(|error| ConfigError::usage(crate::msg!("on-command-line", problem = error)))?;
        Ok(FixSettings {
            unsafe_fixes: cli.unsafe_fixes,
            fixable,
        })
    }

    /// The rules of the run: the embedded ones and those of `rule-dirs`.
    pub fn registry(&self) -> Result<&'static Registry, ConfigError> {
        if self.file.rule_dirs.is_empty() {
            return Registry::embedded()
                .map_err(|error| ConfigError::usage(format!("internal error: {error}")));
        }
        let base = self.base_dir();
        let mut files = Vec::new();
        for directory in &self.file.rule_dirs {
            let path = base.join(directory.get_ref());
            let read = read_rule_dir(&path).map_err(|error| {
                ConfigError::at(
                    self,
                    directory.span(),
                    crate::msg!(
                        "cannot-read-rule-directory",
                        path = path.display(),
                        reason = crate::i18n::io_reason(&error)
                    ),
                )
            })?;
            files.extend(read);
        }
        Registry::with_user_rules(files).map_err(ConfigError::rule_file)
    }

    /// The link checker's settings: the defaults, changed by `[links]`.
    pub fn link_settings(&self) -> LinkSettings {
        let table = &self.file.links;
        let defaults = LinkSettings::default();
        let seconds =
            |value: Option<u64>, default: Duration| value.map_or(default, Duration::from_secs);
        let mut exclude = defaults.exclude.clone();
        exclude.extend(table.exclude.iter().cloned());
        LinkSettings {
            concurrency: table.concurrency.unwrap_or(defaults.concurrency).max(1),
            per_host: table.per_host.unwrap_or(defaults.per_host).max(1),
            rate: table.rate.unwrap_or(defaults.rate).max(0.0),
            connect_timeout: seconds(table.connect_timeout, defaults.connect_timeout),
            timeout: seconds(table.timeout, defaults.timeout),
            max_retry_after: seconds(table.max_retry_after, defaults.max_retry_after),
            max_redirects: defaults.max_redirects,
            exclude,
            allow_private: table.allow_private.unwrap_or(defaults.allow_private),
            allow_hosts: table.allow_hosts.clone(),
        }
    }

    /// `docs-url`: where the rule pages that findings link to are published; a located error
    /// when it is not a web address.
    pub fn docs_url(&self) -> Result<Option<DocsUrl>, ConfigError> {
        self.file
            .docs_url
            .as_ref()
            .map(|written| {
                DocsUrl::parse(written.get_ref()).ok_or_else(|| {
                    ConfigError::at(self, written.span(), crate::msg!("config-docs-url"))
                })
            })
            .transpose()
    }

    /// The udata instance of `[udata]`: data.gouv.fr unless it names another; an instance
    /// dglint does not know needs its `description-length`.
    pub fn instance(&self) -> Result<Instance, ConfigError> {
        let table = &self.file.udata;
        let named = match &table.instance {
            Some(name) => Instance::named(name.get_ref()).ok_or_else(|| name.get_ref().clone()),
            None => Ok(Instance::default()),
        };
        let length = match &table.description_length {
            Some(length) => Some(usize::try_from(*length.get_ref()).map_err(|_| {
                ConfigError::at(
                    self,
                    length.span(),
                    crate::msg!("config-description-length"),
                )
            })?),
            None => None,
        };
        match (named, length) {
            (Ok(instance), None) => Ok(instance),
            (Ok(instance), Some(length)) => Ok(Instance {
                description_length: length,
                ..instance
            }),
            (Err(name), Some(length)) => Ok(Instance {
                name,
                description_length: length,
            }),
            (Err(name), None) => {
                let span = table.instance.as_ref().map_or(0..0, Spanned::span);
                Err(ConfigError::at(
                    self,
                    span,
                    crate::msg!("config-unknown-instance", name = name),
                )
                .with_help(crate::msg!("config-unknown-instance-help")))
            }
        }
    }

    /// The weights and grade floors of dglint's score: the defaults, changed by `[score]`.
    pub fn score_settings(&self) -> Result<ScoreSettings, ConfigError> {
        let mut settings = ScoreSettings::default();
        for (name, weight) in &self.file.score.categories {
            let Some(category) = Category::ALL
                .into_iter()
                .find(|category| category.as_str() == name.get_ref())
            else {
                let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
                return Err(ConfigError::at(
                    self,
                    name.span(),
                    crate::msg!("config-unknown-category", name = name.get_ref()),
                )
                .with_help(crate::msg!(
                    "config-categories-are",
                    known = known.join(", ")
                )));
            };
            let weight =
                self.number(weight, crate::msg!("config-category-weight"), 0.0..=1000.0)?;
            settings.category_weights.insert(category, weight);
        }
        for (letter, floor) in &self.file.score.grades {
            let Some(index) = GRADES.iter().position(|grade| grade == letter.get_ref()) else {
                return Err(ConfigError::at(
                    self,
                    letter.span(),
                    crate::msg!("config-unknown-grade", grade = letter.get_ref()),
                )
                .with_help(crate::msg!("config-grades-are")));
            };
            settings.grade_floors[index] =
                self.number(floor, crate::msg!("config-grade-floor"), 0.0..=100.0)?;
        }
        for profile in &self.file.score.profiles {
            settings.turn_on(profile.get_ref()).map_err(|help| {
                ConfigError::at(
                    self,
                    profile.span(),
                    crate::msg!("config-unknown-profile", profile = profile.get_ref()),
                )
                .with_help(help.to_string())
            })?;
        }
        if settings
            .grade_floors
            .windows(2)
            .any(|pair| pair[0] < pair[1])
        {
            let span = self
                .file
                .score
                .grades
                .values()
                .next()
                .map_or(0..0, Spanned::span);
            return Err(ConfigError::at(
                self,
                span,
                "grade floors must not increase from A to D",
            ));
        }
        Ok(settings)
    }

    fn number(
        &self,
        value: &Spanned<toml::Value>,
        what: String,
        range: std::ops::RangeInclusive<f64>,
    ) -> Result<f64, ConfigError> {
        let number = match value.get_ref() {
            toml::Value::Integer(integer) => Some(*integer as f64),
            toml::Value::Float(float) => Some(*float),
            _ => None,
        };
        number
            .filter(|number| range.contains(number))
            .ok_or_else(|| {
                ConfigError::at(
                    self,
                    value.span(),
                    crate::msg!(
                        "config-number-range",
                        what = what,
                        low = range.start(),
                        high = range.end()
                    ),
                )
            })
    }

    fn rule_overrides(
        &self,
        registry: &'static Registry,
        instance: &Instance,
    ) -> Result<BTreeMap<&'static str, RuleOverride>, ConfigError> {
        let mut overrides = BTreeMap::new();
        for (selector, table) in &self.file.rules {
            let Some(rule) = registry.find(selector.get_ref()) else {
                let mut error = ConfigError::at(
                    self,
                    selector.span(),
                    crate::msg!("config-unknown-rule", name = selector.get_ref()),
                );
                if let Some(suggestion) = registry.suggest(selector.get_ref()) {
                    error = error.with_help(crate::msg!("did-you-mean-id", id = suggestion));
                }
                return Err(error);
            };
            let mut severity = Some(rule.def.severity);
            let mut params = BTreeMap::new();
            for (key, value) in table {
                if key.get_ref() == "severity" {
                    severity = match value.get_ref().as_str() {
                        Some("error") => Some(Severity::Error),
                        Some("warning") => Some(Severity::Warning),
                        Some("info") => Some(Severity::Info),
                        Some("off") => None,
                        _ => {
                            return Err(ConfigError::at(
                                self,
                                value.span(),
                                "severity must be \"error\", \"warning\", \"info\" or \"off\"",
                            ));
                        }
                    };
                } else {
                    params.insert(key.get_ref().clone(), value.get_ref().clone());
                }
            }
            let native = params::prepare(rule, &params, instance).map_err(|error| {
                let span = table
                    .iter()
                    .find(|(key, _)| Some(key.get_ref().as_str()) == error.name())
                    .map_or(selector.span(), |(key, value)| {
                        key.span().start..value.span().end
                    });
                ConfigError::at(
                    self,
                    span,
                    crate::msg!("about", subject = rule.def.code, problem = error),
                )
            })?;
            overrides.insert(rule.def.code.as_str(), RuleOverride { severity, native });
        }
        Ok(overrides)
    }

    fn per_file_ignores(
        &self,
        registry: &'static Registry,
    ) -> Result<Vec<PerFileIgnore>, ConfigError> {
        let base = self.base_dir();
        let mut ignores = Vec::new();
        for (pattern, selectors) in &self.file.per_file_ignores {
            let glob = Glob::new(pattern)
                .map_err(|error| {
                    ConfigError::usage(format!(
                        "per-file-ignores: invalid glob `{pattern}`: {error}"
                    ))
                })?
                .compile_matcher();
            let mut codes = BTreeSet::new();
            for selector in selectors {
                codes.extend(
                    selection::codes_matching(registry, std::slice::from_ref(selector.get_ref()))
                        .map_err(|error| ConfigError::at(self, selector.span(), error.to_string()))?,
                );
            }
            ignores.push(PerFileIgnore {
                glob,
                base: base.clone(),
                codes,
            });
        }
        Ok(ignores)
    }
}

/// The `*.toml` rule files of a directory, in name order.
pub fn read_rule_dir(path: &Path) -> std::io::Result<Vec<UserRuleFile>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            Ok(UserRuleFile {
                text: std::fs::read_to_string(&path)?,
                path: path.display().to_string(),
            })
        })
        .collect()
}

struct RuleOverride {
    severity: Option<Severity>,
    native: Option<PreparedCheck>,
}
