//! data.gouv.fr's quality score, reproduced from udata's `Dataset.compute_quality()` and
//! `Dataset.quality` (udata's `udata/core/dataset/models.py`; docs/scores.md).
//!
//! Nine criteria give one point each, `score = k / 9`, and the portal shows "Bon" from
//! k = 6. `has_resources` gives no point; the three resource criteria are only present when
//! there is a resource, `update_fulfilled_in_time` only when a frequency is set.
//!
//! The quirks kept on purpose: any licence id counts (even `notspecified`); any
//! `temporal_coverage` or `spatial` object counts, even empty; the description counts
//! characters of the raw text and needs strictly more than the instance's
//! `QUALITY_DESCRIPTION_LENGTH` (200 on data.gouv.fr, 100 in udata's defaults); formats are compared
//! lowercased but not trimmed against the closed-format blocklist; only remote resources count
//! for availability, and a missing `check:available` counts as available; a frequency without
//! a delta is always fulfilled; the deadline has a day of grace.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::document::{Limits, Place, pointer};
use crate::finding::Hit;
use crate::model::last_update::last_update;
use crate::model::local_files::LocalFiles;
use crate::model::{DatasetView, Instance, Origin, ResourceView, Vocabularies};

/// udata's `QUALITY_MAX_SCORE`: the denominator of the score, whatever keys are present.
pub const MAX_POINTS: u8 = 9;

/// A key of udata's `quality` object (written as the key in rule files: `udata = { criterion =
/// "license" }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// A licence is set.
    License,
    /// A temporal coverage is set.
    TemporalCoverage,
    /// A spatial coverage is set.
    Spatial,
    /// An update frequency other than `unknown` is set.
    UpdateFrequency,
    /// The data was updated as often as the frequency says.
    UpdateFulfilledInTime,
    /// The description is long enough.
    DatasetDescriptionQuality,
    /// There is at least one resource (no point).
    HasResources,
    /// At least one resource has an open format.
    HasOpenFormat,
    /// No remote resource was found unavailable by the portal's crawler.
    AllResourcesAvailable,
    /// A resource documents the data.
    ResourcesDocumentation,
}

impl Criterion {
    /// Every criterion, in the order data.gouv.fr shows them.
    pub const ALL: [Criterion; 10] = [
        Criterion::License,
        Criterion::TemporalCoverage,
        Criterion::Spatial,
        Criterion::UpdateFrequency,
        Criterion::UpdateFulfilledInTime,
        Criterion::DatasetDescriptionQuality,
        Criterion::HasResources,
        Criterion::HasOpenFormat,
        Criterion::AllResourcesAvailable,
        Criterion::ResourcesDocumentation,
    ];

    /// The key in udata's `quality` object.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::License => "license",
            Criterion::TemporalCoverage => "temporal_coverage",
            Criterion::Spatial => "spatial",
            Criterion::UpdateFrequency => "update_frequency",
            Criterion::UpdateFulfilledInTime => "update_fulfilled_in_time",
            Criterion::DatasetDescriptionQuality => "dataset_description_quality",
            Criterion::HasResources => "has_resources",
            Criterion::HasOpenFormat => "has_open_format",
            Criterion::AllResourcesAvailable => "all_resources_available",
            Criterion::ResourcesDocumentation => "resources_documentation",
        }
    }

    /// What the criterion asks, in a few words, in the run's language.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::lang())
    }

    /// What the criterion asks, in a few words, in `lang` (the portal's own wording).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            Criterion::License => crate::msg_in!(lang, "criterion-license"),
            Criterion::TemporalCoverage => crate::msg_in!(lang, "criterion-temporal-coverage"),
            Criterion::Spatial => crate::msg_in!(lang, "criterion-spatial"),
            Criterion::UpdateFrequency => crate::msg_in!(lang, "criterion-update-frequency"),
            Criterion::UpdateFulfilledInTime => {
                crate::msg_in!(lang, "criterion-update-fulfilled-in-time")
            }
            Criterion::DatasetDescriptionQuality => {
                crate::msg_in!(lang, "criterion-description-quality")
            }
            Criterion::HasResources => crate::msg_in!(lang, "criterion-has-resources"),
            Criterion::HasOpenFormat => crate::msg_in!(lang, "criterion-has-open-format"),
            Criterion::AllResourcesAvailable => {
                crate::msg_in!(lang, "criterion-all-resources-available")
            }
            Criterion::ResourcesDocumentation => {
                crate::msg_in!(lang, "criterion-resources-documentation")
            }
        }
    }

    /// Whether the criterion gives a point (all but `has_resources`).
    pub fn scores(self) -> bool {
        self != Criterion::HasResources
    }
}

/// The value of one criterion for a dataset.
#[derive(Debug, Clone)]
pub struct CriterionResult {
    /// Which criterion.
    pub criterion: Criterion,
    /// Its value in udata's `quality` object.
    pub passed: bool,
    /// Whether the value is a prediction: it depends on what only the portal will know
    /// (the crawler's verdict on links, the dates the portal records at publication).
    pub predicted: bool,
    /// Why it failed, located in the dataset (pointer relative to the dataset), with the
    /// dglint rule that reports the same problem. Boxed: an audit holds a score per dataset,
    /// and most criteria pass.
    pub explanation: Option<Box<Explanation>>,
}

/// How a criterion failed: the rule files name the dglint rule that reports each
/// (`udata = { criterion = "update_frequency", when = "missing" }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Failure {
    /// What the criterion asks for is absent.
    Missing,
    /// It is there, but not enough (too short, invalid, late, closed, unavailable).
    Insufficient,
}

/// Why a criterion failed.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// Where, and what.
    pub hit: Hit,
    /// How it failed.
    pub failure: Failure,
    /// The dglint rule that reports it, when there is one: named by the rules layer, from the
    /// rule files' `udata` keys.
    pub rule: Option<&'static str>,
    /// Where `hit` is in the file, once the report has located it.
    pub place: Option<Place>,
}

/// udata's `quality` object for one dataset.
#[derive(Debug, Clone)]
pub struct UdataQuality {
    /// The criteria present in the object, in display order.
    pub criteria: Vec<CriterionResult>,
    /// Criteria the source cannot decide (the resources of a catalogue dataset read without
    /// the resource export): the score counts the others, so it is a lower bound.
    pub unknown: Vec<Criterion>,
}

impl UdataQuality {
    /// The points earned (k of k/9).
    pub fn points(&self) -> u8 {
        let earned = self
            .criteria
            .iter()
            .filter(|result| result.passed && result.criterion.scores())
            .count();
        u8::try_from(earned).unwrap_or(u8::MAX)
    }

    /// The points the unknown criteria may add: the score lies from [`UdataQuality::points`]
    /// to that plus these.
    pub fn unknown_points(&self) -> u8 {
        let open = self
            .unknown
            .iter()
            .filter(|criterion| criterion.scores())
            .count();
        u8::try_from(open).unwrap_or(u8::MAX)
    }

    /// The score as udata computes it: `k / 9`.
    pub fn score(&self) -> f64 {
        f64::from(self.points()) / f64::from(MAX_POINTS)
    }

    /// The score as a whole percentage, rounded as the portal shows it (7/9 is 78 %).
    pub fn percent(&self) -> u32 {
        (u32::from(self.points()) * 200 + u32::from(MAX_POINTS)) / (2 * u32::from(MAX_POINTS))
    }

    /// Whether the portal shows "Bon" (k/9 ≥ 2/3, compared in integers).
    pub fn is_good(&self) -> bool {
        3 * u32::from(self.points()) >= 2 * u32::from(MAX_POINTS)
    }

    /// The portal's label: "Bon" or "À améliorer".
    pub fn label(&self) -> &'static str {
        if self.is_good() {
            "Bon"
        } else {
            "À améliorer"
        }
    }

    /// udata's own `quality` object: each key present, then `score`.
    pub fn to_object(&self) -> Map<String, Value> {
        let mut object: Map<String, Value> = self
            .criteria
            .iter()
            .map(|result| {
                (
                    result.criterion.key().to_owned(),
                    Value::Bool(result.passed),
                )
            })
            .collect();
        object.insert("score".into(), Value::from(self.score()));
        object
    }

    /// The result of one criterion, when its key is present.
    pub fn get(&self, criterion: Criterion) -> Option<&CriterionResult> {
        self.criteria
            .iter()
            .find(|result| result.criterion == criterion)
    }
}

/// What the udata score of a dataset is computed from.
pub struct UdataInput<'a> {
    /// The dataset.
    pub dataset: DatasetView<'a>,
    /// A manifest or API data.
    pub origin: Origin,
    /// "Now".
    pub as_of: DateTime<Utc>,
    /// The files its `path` resources point to.
    pub files: &'a LocalFiles,
    /// Frequencies and closed formats.
    pub vocab: &'static Vocabularies,
    /// The instance whose settings apply.
    pub instance: &'a Instance,
    /// What the source could not say.
    pub limits: Limits,
}

/// Computes udata's `quality` object.
pub fn evaluate(input: &UdataInput<'_>) -> UdataQuality {
    let dataset = &input.dataset;
    let mut criteria = vec![
        license(dataset),
        present(dataset, Criterion::TemporalCoverage, "temporal_coverage"),
    ];
    let mut unknown = Vec::new();
    let spatial = present(dataset, Criterion::Spatial, "spatial");
    if spatial.passed || !input.limits.spatial_unresolved {
        criteria.push(spatial);
    } else {
        unknown.push(Criterion::Spatial);
    }
    let frequency = frequency(dataset, input.vocab);
    let has_frequency = frequency.passed;
    criteria.push(frequency);
    if has_frequency {
        match fulfilled_in_time(input) {
            Some(fulfilled) => criteria.push(fulfilled),
            None => unknown.push(Criterion::UpdateFulfilledInTime),
        }
    }
    match description(dataset, input) {
        Some(described) => criteria.push(described),
        None => unknown.push(Criterion::DatasetDescriptionQuality),
    }
    if input.limits.resources_listed() {
        if let Some(resources) = dataset.resources_if_any() {
            criteria.push(result(Criterion::HasResources, true, None));
            criteria.push(open_format(&resources, input.vocab));
            criteria.push(available(&resources, input.origin));
            criteria.push(documented(&resources));
        }
    } else {
        summarised_resources(dataset, input.vocab, &mut criteria, &mut unknown);
    }
    criteria.shrink_to_fit();
    UdataQuality { criteria, unknown }
}

/// The resource criteria of a catalogue record whose resources are not listed, from what it
/// says of them: `resources_count` (more than 0, or the record would list none) decides
/// `has_resources`, `resources_formats` `has_open_format` ([`summarised_open_format`]).
/// Availability and documentation stay unknown.
fn summarised_resources(
    dataset: &DatasetView<'_>,
    vocab: &Vocabularies,
    criteria: &mut Vec<CriterionResult>,
    unknown: &mut Vec<Criterion>,
) {
    if dataset.field("resources_count").is_none() {
        unknown.extend([
            Criterion::HasResources,
            Criterion::HasOpenFormat,
            Criterion::AllResourcesAvailable,
            Criterion::ResourcesDocumentation,
        ]);
        return;
    }
    criteria.push(result(Criterion::HasResources, true, None));
    match summarised_open_format(dataset, vocab) {
        Some(true) => criteria.push(result(Criterion::HasOpenFormat, true, None)),
        Some(false) => {
            let formats = summary_formats(dataset).unwrap_or_default();
            let hit = Hit::key("/resources_formats", no_open_format_message(&formats));
            criteria.push(result(
                Criterion::HasOpenFormat,
                false,
                explain(hit, Failure::Insufficient),
            ));
        }
        None => unknown.push(Criterion::HasOpenFormat),
    }
    unknown.extend([
        Criterion::AllResourcesAvailable,
        Criterion::ResourcesDocumentation,
    ]);
}

fn result(
    criterion: Criterion,
    passed: bool,
    explanation: Option<Box<Explanation>>,
) -> CriterionResult {
    CriterionResult {
        criterion,
        passed,
        predicted: false,
        explanation: if passed { None } else { explanation },
    }
}

fn explain(hit: Hit, failure: Failure) -> Option<Box<Explanation>> {
    Some(Box::new(Explanation {
        hit,
        failure,
        rule: None,
        place: None,
    }))
}

/// Where to draw a problem with a top-level field: its key when it is written, else the
/// dataset itself.
fn field_hit(dataset: &DatasetView<'_>, field: &str, message: String) -> Hit {
    if dataset.has(field) {
        Hit::key(format!("/{field}"), message)
    } else {
        Hit::key("", message)
    }
}

/// Python's truthiness of a JSON value, as udata tests the values it reads.
pub fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(flag) => *flag,
        Value::Number(number) => number.as_f64().is_some_and(|number| number != 0.0),
        Value::String(text) => !text.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(fields) => !fields.is_empty(),
    }
}

fn license(dataset: &DatasetView<'_>) -> CriterionResult {
    // The API writes a missing licence as `notspecified`; its own `quality.license` is the
    // only way to tell the two apart, so it is trusted when present.
    let from_quality = dataset
        .nested("quality", "license")
        .and_then(Value::as_bool);
    let set = dataset.field("license").is_some_and(truthy);
    let passed = from_quality.unwrap_or(set);
    if passed {
        return result(Criterion::License, true, None);
    }
    let message = if set {
        crate::msg!("udata-license-portal")
    } else {
        crate::msg!("udata-license-missing")
    };
    result(
        Criterion::License,
        passed,
        explain(field_hit(dataset, "license", message), Failure::Missing),
    )
}

fn present(dataset: &DatasetView<'_>, criterion: Criterion, field: &str) -> CriterionResult {
    let passed = dataset.field(field).is_some_and(Value::is_object);
    if passed {
        return result(criterion, true, None);
    }
    let message = crate::msg!("udata-object-missing", field = field);
    result(
        criterion,
        passed,
        explain(field_hit(dataset, field, message), Failure::Missing),
    )
}

fn frequency(dataset: &DatasetView<'_>, vocab: &Vocabularies) -> CriterionResult {
    let declared = dataset.field("frequency").filter(|value| truthy(value));
    let (passed, explanation) = match declared.map(|value| value.as_str()) {
        None => (
            false,
            explain(
                field_hit(dataset, "frequency", crate::msg!("udata-frequency-missing")),
                Failure::Missing,
            ),
        ),
        Some(Some("unknown")) => (
            false,
            explain(
                Hit::value("/frequency", crate::msg!("frequency-unknown")),
                Failure::Missing,
            ),
        ),
        Some(Some(id)) if vocab.resolve_frequency(id).is_some() => (true, None),
        Some(_) => (
            false,
            explain(
                Hit::value("/frequency", crate::msg!("udata-frequency-invalid")),
                Failure::Insufficient,
            ),
        ),
    };
    result(Criterion::UpdateFrequency, passed, explanation)
}

/// `None` when it cannot be decided: the last update would come from resources the source
/// does not know.
fn fulfilled_in_time(input: &UdataInput<'_>) -> Option<CriterionResult> {
    let id = input.dataset.frequency().unwrap_or_default();
    let delta = input
        .vocab
        .resolve_frequency(id)
        .and_then(|frequency| frequency.delta());
    let mut fulfilled = result(Criterion::UpdateFulfilledInTime, true, None);
    let Some(delta) = delta else {
        // No delta (punctual, irregular, continuous, ...): always fulfilled.
        return Some(fulfilled);
    };
    let update = last_update(
        &input.dataset,
        input.origin,
        input.files,
        input.as_of,
        input.limits.resources_listed(),
    )?;
    fulfilled.predicted = input.origin == Origin::Manifest;
    if !update.is_overdue(delta, input.as_of) {
        return Some(fulfilled);
    }
    let message = crate::msg!(
        "udata-late",
        updated = update.at.format("%Y-%m-%d %H:%M"),
        source = update.source,
        frequency = id,
        due = update.due(delta).format("%Y-%m-%d %H:%M"),
        grace = (update.due(delta) + chrono::TimeDelta::days(1)).format("%Y-%m-%d %H:%M"),
    );
    let hit = Hit::value(update.pointer.unwrap_or_default(), message);
    Some(CriterionResult {
        passed: false,
        explanation: explain(hit, Failure::Insufficient),
        ..fulfilled
    })
}

/// `None` when it cannot be decided: the source may have dropped characters (carriage
/// returns) that would carry the description over the threshold.
/// How many characters dglint's HTML conversion of a harvested description may differ from
/// udata's (at least; a quarter of the text for a longer one).
const HTML_MARGIN: usize = 30;

fn description(dataset: &DatasetView<'_>, input: &UdataInput<'_>) -> Option<CriterionResult> {
    let threshold = input.instance.description_length;
    let length = dataset.description().map_or(0, |text| text.chars().count());
    // A description dglint converted from HTML is known within a margin: udata's own
    // conversion (html2text) may land on either side of the threshold within it.
    let margin = if input.limits.description_from_html {
        HTML_MARGIN.max(length / 4)
    } else {
        0
    };
    if length > threshold + margin {
        return Some(result(Criterion::DatasetDescriptionQuality, true, None));
    }
    let lost = dataset
        .description()
        .map_or(0, |text| input.limits.lost_characters(text));
    if length + lost + margin > threshold {
        return None;
    }
    // A blank description says nothing: missing, as DG202 reports it; a written one too short.
    let written = dataset
        .description()
        .is_some_and(|text| !text.trim().is_empty());
    let (hit, failure) = if written {
        let message = crate::msg!(
            "udata-description-short",
            length = length,
            minimum = threshold,
            instance = input.instance.name.as_str()
        );
        (Hit::value("/description", message), Failure::Insufficient)
    } else {
        let message = crate::msg!("udata-description-missing");
        (field_hit(dataset, "description", message), Failure::Missing)
    };
    Some(result(
        Criterion::DatasetDescriptionQuality,
        false,
        explain(hit, failure),
    ))
}

fn summary_formats<'a>(dataset: &DatasetView<'a>) -> Option<Vec<&'a str>> {
    let formats = dataset.field("resources_formats")?.as_array()?;
    Some(formats.iter().filter_map(Value::as_str).collect())
}

/// `has_open_format` of a catalogue record whose resources are not listed, from its
/// `resources_formats` (the set of its resources' non-empty formats, joined by commas):
/// decided unless the formats are not given, or every piece is closed and there are more
/// pieces than resources (a format holding a comma was cut, and whole it may be open).
pub fn summarised_open_format(dataset: &DatasetView<'_>, vocab: &Vocabularies) -> Option<bool> {
    let count = dataset.field("resources_count")?.as_u64()?;
    let formats = summary_formats(dataset)?;
    if formats.iter().any(|format| !vocab.is_closed_format(format)) {
        return Some(true);
    }
    (formats.len() as u64 <= count).then_some(false)
}

fn open_format(resources: &[ResourceView<'_>], vocab: &Vocabularies) -> CriterionResult {
    let formats: Vec<&Value> = resources
        .iter()
        .filter_map(|resource| resource.field("format"))
        .collect();
    let passed = formats.iter().any(|format| match format {
        Value::String(format) => !format.is_empty() && !vocab.is_closed_format(format),
        other => truthy(other),
    });
    if passed {
        return result(Criterion::HasOpenFormat, true, None);
    }
    let declared: Vec<&str> = formats
        .iter()
        .filter_map(|format| format.as_str())
        .collect();
    result(
        Criterion::HasOpenFormat,
        passed,
        explain(
            Hit::key("/resources", no_open_format_message(&declared)),
            Failure::Insufficient,
        ),
    )
}

/// Why `has_open_format` fails, naming the non-empty formats declared.
fn no_open_format_message(formats: &[&str]) -> String {
    let declared: Vec<String> = formats
        .iter()
        .filter(|format| !format.is_empty())
        .map(|format| format!("`{format}`"))
        .collect();
    if declared.is_empty() {
        crate::msg!("udata-no-format")
    } else {
        crate::msg!("udata-no-open-format", declared = declared.join(", "))
    }
}

/// Whether udata counts `resource` unavailable in `all_resources_available`: a remote resource
/// whose crawler verdict `check:available` is there and not true in Python's eyes (`false`,
/// but also `null`, `0` or an empty text).
pub fn counted_unavailable(resource: &ResourceView<'_>, origin: Origin) -> bool {
    resource.is_remote(origin)
        && resource
            .nested("extras", "check:available")
            .is_some_and(|value| !truthy(value))
}

fn available(resources: &[ResourceView<'_>], origin: Origin) -> CriterionResult {
    let remote: Vec<&ResourceView<'_>> = resources
        .iter()
        .filter(|resource| resource.is_remote(origin))
        .collect();
    let unavailable = remote
        .iter()
        .find(|resource| counted_unavailable(resource, origin));
    let mut available = match unavailable {
        None => result(Criterion::AllResourcesAvailable, true, None),
        Some(resource) => {
            let message = crate::msg!(
                "udata-resource-unavailable",
                number = resource.index + 1,
                value = resource
                    .nested("extras", "check:available")
                    .map_or_else(String::new, ToString::to_string),
            );
            let pointer = pointer::child(&resource.field_pointer("extras"), "check:available");
            result(
                Criterion::AllResourcesAvailable,
                false,
                explain(Hit::value(pointer, message), Failure::Insufficient),
            )
        }
    };
    // A manifest's links have not been crawled yet: counted available until they are.
    available.predicted = origin == Origin::Manifest && !remote.is_empty();
    available
}

fn documented(resources: &[ResourceView<'_>]) -> CriterionResult {
    let passed = resources.iter().any(|resource| {
        resource.text("type") == Some("documentation")
            || resource.field("description").is_some_and(truthy)
    });
    if passed {
        return result(Criterion::ResourcesDocumentation, true, None);
    }
    result(
        Criterion::ResourcesDocumentation,
        passed,
        explain(
            Hit::key("/resources", crate::msg!("udata-no-documentation")),
            Failure::Missing,
        ),
    )
}

#[cfg(test)]
mod tests;
