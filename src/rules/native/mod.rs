//! Native checks: rules a schema cannot express (the clock, the file system, vocabularies,
//! cross-field logic).
//!
//! Each native rule is one file, `src/rules/native/<category>/<name>.rs` beside its rule file
//! `rules/<category>/<code>-<name>.toml` (`-` in the name becomes `_`). The file holds the
//! check (`pub fn check(ctx, params, hits)`), its typed parameters (`Params`, deserialised
//! from `[params]` with the user's overrides; [`NoParams`] when it takes none) and its unit
//! tests. `build.rs` generates the table from code to check from the rule files, so a rule
//! file that says `check = { kind = "native" }` without its Rust file, or a Rust file no rule
//! file names, does not build.

pub mod completeness;
pub mod document;
pub mod freshness;
pub mod harvest;
pub mod naming;
pub mod openness;
pub mod portal;
pub mod resources;

use chrono::{DateTime, Utc};

use std::sync::Arc;

use crate::document::Limits;
use crate::finding::Hit;
use crate::links::Verdicts;
use crate::model::local_files::LocalFiles;
use crate::model::published::Portal;
use crate::model::udata::{Criterion, Explanation, Failure, UdataQuality};
use crate::model::{DatasetView, Instance, Origin, Vocabularies};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// What a native check sees.
pub struct CheckContext<'a> {
    /// The dataset.
    pub dataset: DatasetView<'a>,
    /// Whether it is a manifest or API data.
    pub origin: Origin,
    /// What the source could not say.
    pub limits: Limits,
    /// The udata instance whose rules apply.
    pub instance: &'a Instance,
    /// Frequencies, licences, formats.
    pub vocab: &'static Vocabularies,
    /// "Now" for time-dependent rules (`--as-of`).
    pub as_of: DateTime<Utc>,
    /// The files `path` resources point to.
    pub files: &'a LocalFiles,
    /// What the servers answered for the resources' URLs, with `--check-links`.
    pub links: Option<&'a Verdicts>,
    /// What the portal publishes, in `dglint diff`.
    pub portal: Option<&'a Portal>,
    /// udata's quality of the dataset (pointers relative to it).
    pub udata: &'a UdataQuality,
}

/// The parameters of a rule that takes none (`[params]` absent from its rule file).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// A native check with its parameters for the run, ready to call on each dataset.
pub type PreparedCheck = Arc<dyn Fn(&CheckContext<'_>, &mut Vec<Hit>) + Send + Sync>;

/// Reads a rule's parameter values (the rule file's defaults with the user's overrides, by
/// name) into the check's typed parameters; a name it does not take or a value of another
/// type is an error.
pub type Prepare = fn(toml::Table) -> Result<PreparedCheck, toml::de::Error>;

/// Deserialises `values` into the parameters `P` of `check` and binds them to it.
pub fn prepare<P>(
    values: toml::Table,
    check: fn(&CheckContext<'_>, &P, &mut Vec<Hit>),
) -> Result<PreparedCheck, toml::de::Error>
where
    P: DeserializeOwned + Send + Sync + 'static,
{
    let params: P = toml::Value::Table(values).try_into()?;
    Ok(Arc::new(
        move |ctx: &CheckContext<'_>, hits: &mut Vec<Hit>| check(ctx, &params, hits),
    ))
}

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/native_checks.rs"));
}

/// How to prepare the native check of a rule code (`check = { kind = "native" }`).
pub fn lookup(code: &str) -> Option<Prepare> {
    generated::NATIVE_CHECKS
        .iter()
        .find(|(registered, _)| *registered == code)
        .map(|(_, prepare)| *prepare)
}

/// Reports a top-level field that is absent, null or blank. A field of another type is left
/// to the schema rules. Drawn under the field's key when it is written, else the first line.
fn report_missing(ctx: &CheckContext<'_>, field: &str, message: &str, hits: &mut Vec<Hit>) {
    let pointer = format!("/{field}");
    match ctx.dataset.field(field) {
        None => hits.push(Hit::key("", message)),
        Some(serde_json::Value::Null) => hits.push(Hit::key(pointer, message)),
        Some(serde_json::Value::String(text)) if text.trim().is_empty() => {
            hits.push(Hit::key(pointer, message))
        }
        Some(serde_json::Value::Array(items)) if items.is_empty() => {
            hits.push(Hit::key(pointer, message))
        }
        Some(_) => {}
    }
}

/// How udata's `criterion` fails on the dataset, when it fails the way `when` says (`None`:
/// any way): what a rule mirroring the criterion decides by.
fn udata_failure<'a>(
    ctx: &CheckContext<'a>,
    criterion: Criterion,
    when: Option<Failure>,
) -> Option<&'a Explanation> {
    ctx.udata
        .get(criterion)
        .filter(|result| !result.passed)
        .and_then(|result| result.explanation.as_deref())
        .filter(|explanation| when.is_none_or(|failure| explanation.failure == failure))
}

/// Reports `message` where udata's `criterion` fails on the dataset, when it fails the way
/// `when` says (the rule file's `when`; `None`: any way). A rule that mirrors a criterion
/// (`udata = { criterion = … }` in its rule file) decides by the criterion's own result, which
/// the score reads too: the rule fires exactly when the score loses the point, at the place
/// its explanation shows.
fn report_udata_failure(
    ctx: &CheckContext<'_>,
    criterion: Criterion,
    when: Option<Failure>,
    message: String,
    hits: &mut Vec<Hit>,
) {
    if let Some(explanation) = udata_failure(ctx, criterion, when) {
        hits.push(Hit {
            message,
            help: None,
            changes: Vec::new(),
            ..explanation.hit.clone()
        });
    }
}

/// Lowercase letters and digits only, words separated by one space: for comparing texts.
fn normalise_words(text: &str) -> String {
    slug::slugify(text).replace('-', " ")
}

/// Deserialises a regular expression parameter
/// (`#[serde(deserialize_with = "crate::rules::native::deserialize_regex")]`).
pub fn deserialize_regex<'de, D>(deserializer: D) -> Result<regex::Regex, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let text = String::deserialize(deserializer)?;
    regex::Regex::new(&text).map_err(serde::de::Error::custom)
}

/// Runs one native check on a manifest, for the unit tests beside each check.
#[cfg(test)]
pub(crate) mod testing {
    use std::path::Path;

    use super::*;
    use crate::document::{Syntax, parse_text};
    use crate::model::dates::parse_instant;
    use crate::model::udata::{UdataInput, evaluate};

    /// The messages `check` with `params` gives on the manifest `yaml` (now is 2026-01-01),
    /// each with its pointer.
    pub fn run<P>(
        check: fn(&CheckContext<'_>, &P, &mut Vec<Hit>),
        params: &P,
        yaml: &str,
    ) -> Vec<(String, String)> {
        let path = Path::new("unit.dataset.yaml");
        let document = parse_text(path, Syntax::Yaml, yaml.to_owned());
        let value = document.value.as_ref().expect("a manifest that parses");
        let dataset = DatasetView::new(value);
        let files = LocalFiles::beside(path, &crate::rules::examples::example_names());
        let instance = Instance::default();
        let vocab = Vocabularies::embedded();
        let as_of = parse_instant("2026-01-01").expect("a date");
        let udata = evaluate(&UdataInput {
            dataset,
            origin: Origin::Manifest,
            as_of,
            files: &files,
            vocab,
            instance: &instance,
            limits: document.limits,
        });
        let ctx = CheckContext {
            dataset,
            origin: Origin::Manifest,
            limits: document.limits,
            instance: &instance,
            vocab,
            as_of,
            files: &files,
            links: None,
            portal: None,
            udata: &udata,
        };
        let mut hits = Vec::new();
        check(&ctx, params, &mut hits);
        hits.into_iter()
            .map(|hit| (hit.pointer, hit.message))
            .collect()
    }
}
