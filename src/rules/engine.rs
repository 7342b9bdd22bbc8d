//! Runs the enabled rules on a document and returns its findings.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use globset::GlobMatcher;
use rayon::prelude::*;
use serde_json::Value;

use super::definition::Category;
use super::linted::{Linted, RuleList};
use super::manifest_schema;
use super::native::{CheckContext, PreparedCheck};
use super::params;
use super::registry::{Check, Registry, Rule};
use super::suppression::{self, Suppression};
use crate::document::{Document, Limits, Syntax};
use crate::finding::{Anchor, Finding, Fix, Hit, Severity};
use crate::links::Verdicts;
use crate::model::harvest::HarvestSource;
use crate::model::local_files::LocalFiles;
use crate::model::origin::dataset_pointers;
use crate::model::published::Portal;
use crate::model::udata::{self, UdataInput, UdataQuality};
use crate::model::{DatasetView, Instance, Origin, Vocabularies};
use crate::untrusted::terminal::visible_owned;

/// DG001, the rule of what cannot be read.
pub use super::codes::PARSE_ERROR;
use super::codes::UNUSED_SUPPRESSION;

/// Categories whose rules read the resources (the last update comes from them too): they do
/// not run when the source does not list them, except the rules declared `record_summary = true`,
/// which also judge what a catalogue record says of its resources.
const NEED_RESOURCES: [Category; 4] = [
    Category::Openness,
    Category::Freshness,
    Category::Resources,
    Category::Naming,
];

/// A rule enabled for the run, with its effective severity and parameters.
pub struct ActiveRule {
    /// The rule.
    pub rule: &'static Rule,
    /// Its severity for this run.
    pub severity: Severity,
    /// Its native check, bound to its parameters for this run (`None` for other rules).
    pub native: Option<PreparedCheck>,
}

/// Rules disabled for files matching a glob (`per-file-ignores`).
pub struct PerFileIgnore {
    /// The glob, matched against paths relative to `base`.
    pub glob: GlobMatcher,
    /// The directory the glob is relative to (the config file's).
    pub base: PathBuf,
    /// The codes it disables.
    pub codes: BTreeSet<String>,
}

/// Which rules run, how, and where not.
pub struct FileSettings {
    /// The enabled rules, in code order.
    pub rules: Vec<ActiveRule>,
    /// Per-file exceptions.
    pub per_file_ignores: Vec<PerFileIgnore>,
    /// The udata instance whose rules apply (DG003, defaults that follow it).
    pub instance: Instance,
}

impl FileSettings {
    /// Every rule of `registry` at its default severity and parameters on `instance`,
    /// nowhere ignored.
    pub fn every_rule(registry: &'static Registry, instance: Instance) -> FileSettings {
        let rules = registry
            .rules()
            .iter()
            .filter_map(|rule| {
                Some(ActiveRule {
                    rule,
                    severity: rule.def.severity,
                    native: params::prepare(rule, &BTreeMap::new(), &instance).ok()?,
                })
            })
            .collect();
        FileSettings {
            rules,
            per_file_ignores: Vec::new(),
            instance,
        }
    }
    fn disabled_for(&self, path: &Path) -> BTreeSet<&str> {
        if self.per_file_ignores.is_empty() {
            return BTreeSet::new();
        }
        let absolute = std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf());
        self.per_file_ignores
            .iter()
            .filter(|ignore| {
                let relative = absolute.strip_prefix(&ignore.base).unwrap_or(path);
                ignore.glob.is_match(relative) || ignore.glob.is_match(path)
            })
            .flat_map(|ignore| ignore.codes.iter().map(String::as_str))
            .collect()
    }
}

/// Lints documents with fixed settings and a fixed "now".
pub struct Engine {
    registry: &'static Registry,
    settings: FileSettings,
    as_of: DateTime<Utc>,
    input: Option<Origin>,
    links: Option<Verdicts>,
    portal: Option<Portal>,
    /// The rules that ran on the last document.
    last_selection: Mutex<Option<Arc<Selection>>>,
}

impl Engine {
    /// An engine running `settings` with `as_of` as the current time, reading every
    /// document as `input` says, or detecting what it holds when `input` is `None`. Its
    /// messages are in the language of the thread that calls [`Engine::lint`] and of the
    /// threads that check its datasets in parallel: a run's threads all speak its language.
    pub fn new(
        registry: &'static Registry,
        settings: FileSettings,
        as_of: DateTime<Utc>,
        input: Option<Origin>,
    ) -> Engine {
        Engine {
            registry,
            settings,
            as_of,
            input,
            links: None,
            portal: None,
            last_selection: Mutex::new(None),
        }
    }

    /// Gives the verdicts of a link check: the rules about links then run.
    pub fn set_links(&mut self, verdicts: Verdicts) {
        self.links = Some(verdicts);
        self.last_selection = Mutex::new(None);
    }

    /// Gives what the portal publishes for the run's datasets: the rules about the portal
    /// then run.
    pub fn set_portal(&mut self, portal: Portal) {
        self.portal = Some(portal);
        self.last_selection = Mutex::new(None);
    }

    /// The current time of the run.
    pub fn as_of(&self) -> DateTime<Utc> {
        self.as_of
    }

    /// The registry the engine's rules come from.
    pub fn registry(&self) -> &'static Registry {
        self.registry
    }

    /// The rules that run on a document with `disabled` rules, of `origin`, whose resources
    /// are listed or not: the enabled ones, less per-file ignores, the manifest schema rules
    /// on API data, the rules only for another origin, the rules about links without a link
    /// check, the rules about the portal without what it publishes, and the rules about
    /// resources when the source does not list them. Worked out
    /// once while the documents are alike (every record of a catalogue is).
    fn selection(
        &self,
        disabled: &BTreeSet<&str>,
        origin: Origin,
        resources_unlisted: bool,
    ) -> Arc<Selection> {
        let mut last = self
            .last_selection
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(selection) = last.as_ref()
            && selection.origin == origin
            && selection.resources_unlisted == resources_unlisted
            && selection
                .disabled
                .iter()
                .map(String::as_str)
                .eq(disabled.iter().copied())
        {
            return Arc::clone(selection);
        }
        let runs = |active: &ActiveRule| {
            let code = active.rule.def.code.as_str();
            let schema_on_api =
                origin != Origin::Manifest && manifest_schema::CODES.contains(&code);
            let needs_resources = resources_unlisted
                && NEED_RESOURCES.contains(&active.rule.def.category)
                && !active.rule.def.record_summary;
            let other_origin = active.rule.def.only.is_some_and(|only| only != origin);
            let links_unchecked = active.rule.def.links && self.links.is_none();
            let portal_unread = active.rule.def.portal && self.portal.is_none();
            !disabled.contains(code)
                && !schema_on_api
                && !needs_resources
                && !other_origin
                && !links_unchecked
                && !portal_unread
        };
        let active: Vec<usize> = (0..self.settings.rules.len())
            .filter(|&index| runs(&self.settings.rules[index]))
            .collect();
        let selection = Arc::new(Selection {
            disabled: disabled.iter().map(|code| (*code).to_owned()).collect(),
            origin,
            resources_unlisted,
            rules: active
                .iter()
                .map(|&index| self.settings.rules[index].rule)
                .collect(),
            active,
        });
        *last = Some(Arc::clone(&selection));
        selection
    }

    /// Lints every dataset of `document`; `files` are the files beside it.
    pub fn lint(&self, document: &Document, files: &LocalFiles) -> Linted {
        let disabled = self.settings.disabled_for(&document.path);
        let origin = match (self.input, &document.value) {
            (Some(origin), _) => origin,
            (None, Some(value)) => Origin::detect(value),
            (None, None) => Origin::Manifest,
        };
        let selection = self.selection(&disabled, origin, document.limits.resources_unlisted);
        let rules = Arc::clone(&selection.rules);
        let active = |code: &str| {
            self.settings
                .rules
                .iter()
                .find(|active| active.rule.def.code == code)
                .filter(|active| !disabled.contains(active.rule.def.code.as_str()))
        };
        let mut findings = Vec::new();
        let mut push = |active: &ActiveRule, hit: Hit| findings.push(finding(active, hit));

        if let Some(parse_rule) = active(PARSE_ERROR) {
            for problem in &document.problems {
                push(
                    parse_rule,
                    Hit {
                        pointer: String::new(),
                        anchor: Anchor::Span(problem.span),
                        message: problem.message.clone(),
                        help: None,
                        changes: Vec::new(),
                    },
                );
            }
        }
        let datasets = match &document.value {
            Some(value) => dataset_pointers(value, origin),
            None => Vec::new(),
        };
        let mut qualities = Vec::with_capacity(datasets.len());
        if let Some(value) = &document.value {
            if origin == Origin::Manifest {
                self.check_manifest_schema(value, &active, &mut push);
            }
            // The datasets of a file (JSON Lines, an array, a page) are checked in parallel.
            let per_dataset: Vec<(Vec<Finding>, Option<UdataQuality>)> = datasets
                .par_iter()
                .map(|root: &String| {
                    let mut found = Vec::new();
                    let mut quality = None;
                    match value.pointer(root) {
                        Some(dataset) if dataset.is_object() => {
                            let mut rooted = |active: &ActiveRule, mut hit: Hit| {
                                hit.pointer.insert_str(0, root);
                                found.push(finding(active, hit));
                            };
                            let checked = Checked {
                                dataset,
                                origin,
                                limits: document.limits,
                                files,
                            };
                            quality =
                                Some(self.run_checks(&checked, &selection.active, &mut rooted));
                        }
                        _ if origin == Origin::Api => {
                            if let Some(rule) = active(manifest_schema::WRONG_TYPE) {
                                let message = crate::msg!("api-dataset-not-object");
                                found.push(finding(rule, Hit::value(root.as_str(), message)));
                            }
                        }
                        _ => {}
                    }
                    (found, quality)
                })
                .collect();
            for (found, quality) in per_dataset {
                findings.extend(found);
                qualities.push(quality);
            }
        }
        if document.syntax == Syntax::Yaml {
            let suppressions = suppression::parse(document, self.registry);
            if !suppressions.is_empty() {
                let unused = apply_suppressions(&suppressions, &mut findings, &|code| {
                    active(code).is_some()
                });
                if let Some(rule) = active(UNUSED_SUPPRESSION) {
                    findings.extend(unused.into_iter().map(|hit| finding(rule, hit)));
                }
            }
        }
        Linted {
            origin,
            datasets,
            udata: qualities,
            findings,
            rules,
        }
    }

    fn check_manifest_schema<'s>(
        &'s self,
        value: &Value,
        active: &impl Fn(&str) -> Option<&'s ActiveRule>,
        push: &mut impl FnMut(&ActiveRule, Hit),
    ) {
        if !manifest_schema::CODES
            .iter()
            .any(|code| active(code).is_some())
        {
            return;
        }
        match manifest_schema::check(value) {
            Ok(hits) => {
                for (code, hit) in hits {
                    if let Some(rule) = active(code) {
                        push(rule, hit);
                    }
                }
            }
            Err(internal) => {
                if let Some(parse_rule) = active(PARSE_ERROR) {
                    push(
                        parse_rule,
                        Hit::key("", format!("internal error: {internal}")),
                    );
                }
            }
        }
    }

    /// Runs the rules at positions `active` of the settings on one dataset; returns its
    /// udata quality, computed once for DG003 and the scores.
    fn run_checks(
        &self,
        checked: &Checked<'_>,
        active: &[usize],
        push: &mut impl FnMut(&ActiveRule, Hit),
    ) -> UdataQuality {
        let vocab = Vocabularies::embedded();
        let dataset = DatasetView::new(checked.dataset);
        let mut quality = udata::evaluate(&UdataInput {
            dataset,
            origin: checked.origin,
            as_of: self.as_of,
            files: checked.files,
            vocab,
            instance: &self.settings.instance,
            limits: checked.limits,
        });
        for result in &mut quality.criteria {
            if let Some(explanation) = result.explanation.as_mut() {
                explanation.rule = self
                    .registry
                    .udata_rule(result.criterion, explanation.failure);
            }
        }
        let mut hits = Vec::new();
        let harvest = match checked.origin {
            Origin::Api => HarvestSource::of(&dataset),
            Origin::Manifest => None,
        };
        for active in active.iter().map(|&index| &self.settings.rules[index]) {
            match (&active.native, &active.rule.check) {
                (Some(check), _) => {
                    let ctx = CheckContext {
                        dataset,
                        origin: checked.origin,
                        limits: checked.limits,
                        instance: &self.settings.instance,
                        vocab,
                        as_of: self.as_of,
                        files: checked.files,
                        links: self.links.as_ref(),
                        portal: self.portal.as_ref(),
                        udata: &quality,
                    };
                    check(&ctx, &mut hits);
                }
                (None, Check::Declarative(check)) => check.run(checked.dataset, &mut hits),
                (None, _) => {}
            }
            for hit in hits.drain(..) {
                match &harvest {
                    Some(source) => push(active, at_the_source(hit, active.rule, source)),
                    None => push(active, hit),
                }
            }
        }
        quality
    }
}

/// The rules that run on documents of one kind ([`Engine::selection`]).
struct Selection {
    /// The rules the per-file ignores disable.
    disabled: Vec<String>,
    /// The documents' origin.
    origin: Origin,
    /// Whether their resources are not listed.
    resources_unlisted: bool,
    /// The rules that run, in code order.
    rules: RuleList,
    /// Their positions among the settings' rules.
    active: Vec<usize>,
}

/// One dataset of a document, as its checks see it.
struct Checked<'a> {
    dataset: &'a Value,
    origin: Origin,
    limits: Limits,
    files: &'a LocalFiles,
}

/// A finding on a harvested dataset says where to fix it: the property of the source
/// catalogue that fills the field, since the portal's copy is overwritten at every harvest.
/// Findings on what the source does not fill (the portal's own fields) keep their help.
fn at_the_source(mut hit: Hit, rule: &Rule, source: &HarvestSource<'_>) -> Hit {
    let criterion = rule.def.udata.map(|link| link.criterion);
    let Some(property) = source.property(&hit.pointer, criterion) else {
        return hit;
    };
    let fix = hit
        .help
        .take()
        .unwrap_or_else(|| rule.def.texts(crate::i18n::lang()).fix.trim().to_owned());
    let origin = source
        .domain
        .or(source.remote_url)
        .unwrap_or(source.backend);
    let note = crate::msg!(
        "harvested-fix",
        source = origin,
        backend = source.backend,
        property = property
    );
    hit.help = Some(format!("{fix} {note}"));
    hit
}

fn finding(active: &ActiveRule, hit: Hit) -> Finding {
    let rule = active.rule;
    // Only the rules whose file declares a fix propose one (the rule tests check that the
    // others never do).
    debug_assert!(
        rule.def.autofix.is_some() || hit.changes.is_empty(),
        "{} proposes a fix its rule file does not declare ([autofix])",
        rule.def.code
    );
    let fix = match (&rule.def.autofix, hit.changes.is_empty()) {
        (Some(autofix), false) => Some(Fix {
            safety: autofix.safety,
            changes: hit.changes,
        }),
        _ => None,
    };
    Finding {
        code: rule.def.code.as_str(),
        severity: active.severity,
        pointer: hit.pointer,
        anchor: hit.anchor,
        // Messages quote what manifests hold: the control characters in them are shown
        // (`\u{1b}`), in every output, so that no finding drives the terminal it is printed on.
        message: visible_owned(hit.message),
        help: hit.help.map_or_else(
            || Cow::Borrowed(rule.def.texts(crate::i18n::lang()).fix.trim()),
            |help| Cow::Owned(visible_owned(help)),
        ),
        fix,
    }
}

/// Removes the findings that suppressions cover; returns the unused suppressions as hits.
fn apply_suppressions(
    suppressions: &[Suppression],
    findings: &mut Vec<Finding>,
    enabled: &dyn Fn(&str) -> bool,
) -> Vec<Hit> {
    let mut used: Vec<Vec<bool>> = suppressions
        .iter()
        .map(|suppression| vec![false; suppression.selectors.len()])
        .collect();
    findings.retain(|finding| {
        let mut keep = true;
        for (index, suppression) in suppressions.iter().enumerate() {
            if let Some(selector) = suppression.covers(finding.code, &finding.pointer) {
                used[index][selector] = true;
                keep = false;
            }
        }
        keep
    });
    let mut unused = Vec::new();
    for (suppression, used) in suppressions.iter().zip(used) {
        for ((written, codes), used) in suppression.selectors.iter().zip(used) {
            if used {
                continue;
            }
            let message = match codes {
                None => crate::msg!("suppression-not-a-rule", written = written),
                Some(codes) if !codes.iter().any(|code| enabled(code)) => continue,
                Some(_) => match &suppression.scope {
                    suppression::Scope::Nowhere => {
                        crate::msg!("suppression-no-key", written = written)
                    }
                    _ => crate::msg!("suppression-unused", written = written),
                },
            };
            unused.push(Hit {
                pointer: String::new(),
                anchor: Anchor::Span(suppression.span),
                message,
                help: Some(crate::msg!("suppression-unused-help")),
                changes: Vec::new(),
            });
        }
    }
    unused
}
