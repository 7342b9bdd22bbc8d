//! What udata's DCAT export (`udata/core/dataset/rdf.py`, `dataset_to_rdf`) would emit for a
//! dataset: the facts data.europa.eu's assessment reads, each `Some(true)` when the feed
//! carries the property, `Some(false)` when it does not, `None` when the source cannot say.
//!
//! How udata writes them, and how dglint reads the dataset for each:
//! - keywords: one `dcat:keyword` per tag; temporal: `dct:temporal` when a temporal coverage
//!   object is set (udata tests the object, not its dates); access rights: the EU access-right
//!   concept of `access_type` (open when absent or null, udata's default);
//! - publisher: the owner or the organisation, and contact points of role `publisher`; contact
//!   point: contact points of any role udata does not map elsewhere (`contact` and unknown ones);
//! - dates: a dataset or resource that is not harvested gets `dct:issued`/`dct:modified` from
//!   the dates the portal sets itself; a harvested one (a `harvest` object) only from
//!   `harvest.issued_at`/`harvest.modified_at`;
//! - per resource: `dcat:downloadURL` (its `url`; a manifest's `path` becomes an uploaded file's
//!   URL), the format and `mime` as written (the portal sets `mime` and `filesize` for an uploaded
//!   file), `dct:license` when the licence has a page on the portal's list, else its title as
//!   `dct:rights`;
//! - never: `dct:spatial`, `dcat:theme`.
//!
//! A field the source does not carry is unknown only where the source leaves it out (the
//! catalogue export has no contact points or `harvest.issued_at`); elsewhere absent is absent.

use serde_json::Value;

use super::vocab::MqaVocabulary;
use crate::document::Limits;
use crate::model::{DatasetView, Origin, ResourceView, Vocabularies};
use crate::rules::Rule;

/// The rules that report a `path` resource whose file is missing, a link that does not answer,
/// and a link whose state the check could not tell.
use crate::rules::codes::{LINK_UNAVAILABLE, LINK_UNKNOWN, RESOURCE_FILE_MISSING as FILE_MISSING};

/// udata's access types and the EU access-right concept it writes for each.
const ACCESS_TYPES: [(&str, &str); 3] = [
    ("open", "PUBLIC"),
    ("open_with_account", "PUBLIC"),
    ("restricted", "NON_PUBLIC"),
];

/// Contact roles udata writes with another property than `dcat:contactPoint`
/// (`AGENT_ROLE_TO_RDF_PREDICATE`).
const OTHER_ROLES: [&str; 10] = [
    "creator",
    "publisher",
    "rightsHolder",
    "custodian",
    "distributor",
    "originator",
    "principalInvestigator",
    "processor",
    "resourceProvider",
    "user",
];

/// What the feed says of a value written in a distribution: absent, present with the value
/// the feed carries, present with a value the portal will set (an uploaded file's media
/// type), or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written<'a> {
    /// Not in the feed.
    Absent,
    /// In the feed, with this value.
    Value(&'a str),
    /// The source cannot say.
    Unknown,
}

impl Written<'_> {
    /// Whether the feed carries it.
    pub fn present(self) -> Option<bool> {
        match self {
            Written::Absent => Some(false),
            Written::Value(_) => Some(true),
            Written::Unknown => None,
        }
    }
}

/// The feed's view of one distribution.
#[derive(Debug, Clone)]
pub struct Distribution<'a> {
    /// The resource's position in `resources`, `None` for a catalogue record's summary.
    pub index: Option<usize>,
    /// `dcat:downloadURL`.
    pub download_url: Option<bool>,
    /// Whether its URL answers (a link check, or the file of a `path`).
    pub reachable: Option<bool>,
    /// `dct:format`.
    pub format: Written<'a>,
    /// `dcat:mediaType`.
    pub media_type: Written<'a>,
    /// `dcat:byteSize`.
    pub byte_size: Option<bool>,
    /// `dct:issued`.
    pub issued: Option<bool>,
    /// `dct:modified`.
    pub modified: Option<bool>,
}

/// The feed's view of the dataset's licence, written on every distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Licensing {
    /// `dct:license`.
    pub licence: bool,
    /// A licence data.europa.eu knows.
    pub known: bool,
    /// `dct:rights`.
    pub rights: bool,
}

/// The feed's view of a dataset.
#[derive(Debug, Clone)]
pub struct Feed<'a> {
    /// `dcat:keyword`.
    pub keyword: bool,
    /// `dct:temporal`.
    pub temporal: bool,
    /// `dct:accessRights`, and whether it is an EU access-right concept.
    pub access_rights: Option<bool>,
    /// Whether the access right is from the EU vocabulary.
    pub access_rights_aligned: bool,
    /// `dcat:contactPoint`.
    pub contact_point: Option<bool>,
    /// `dct:publisher`.
    pub publisher: bool,
    /// `dct:issued` on the dataset.
    pub issued: Option<bool>,
    /// `dct:modified` on the dataset.
    pub modified: Option<bool>,
    /// A title and a description (DCAT-AP's mandatory dataset properties).
    pub mandatory: bool,
    /// The licence, as written on each distribution.
    pub licensing: Licensing,
    /// The distributions.
    pub distributions: Vec<Distribution<'a>>,
    /// Whether the dataset declares a spatial coverage (which the feed drops).
    pub has_spatial: bool,
}

/// What the feed is built from.
pub struct Source<'a, 'f> {
    /// The dataset.
    pub dataset: DatasetView<'a>,
    /// A manifest or API data.
    pub origin: Origin,
    /// What the source could not say.
    pub limits: Limits,
    /// The rules that ran on its file.
    pub ran: &'f [&'static Rule],
    /// Its findings, as (rule code, pointer relative to the dataset).
    pub findings: &'f [(&'f str, &'f str)],
}

impl<'a> Source<'a, '_> {
    /// Builds the feed's view of the dataset.
    pub fn feed(&self, vocab: &MqaVocabulary) -> Feed<'a> {
        let dataset = &self.dataset;
        let (access_rights, access_rights_aligned) = self.access_rights(vocab);
        let harvested = is_object(dataset.field("harvest"));
        Feed {
            keyword: dataset.tags().is_some_and(|tags| !tags.is_empty()),
            temporal: is_object(dataset.field("temporal_coverage")),
            access_rights,
            access_rights_aligned,
            contact_point: self.contact_point(),
            publisher: self.publisher(),
            issued: self.harvested_date(dataset.field("harvest"), harvested, "issued_at"),
            modified: self.harvested_date(dataset.field("harvest"), harvested, "modified_at"),
            mandatory: non_blank(dataset.title()) && non_blank(dataset.description()),
            licensing: self.licensing(vocab),
            distributions: self.distributions(harvested),
            has_spatial: is_object(dataset.field("spatial")),
        }
    }

    /// A field the source may leave out: absent is unknown in the export, missing elsewhere.
    fn absent(&self) -> Option<bool> {
        (!self.limits.is_catalogue_export()).then_some(false)
    }

    fn access_rights(&self, vocab: &MqaVocabulary) -> (Option<bool>, bool) {
        let concept = match self.dataset.field("access_type") {
            // udata's default (a null falls back to it too).
            None | Some(Value::Null) => Some("PUBLIC"),
            Some(Value::String(access_type)) => ACCESS_TYPES
                .iter()
                .find(|(name, _)| name == access_type)
                .map(|(_, concept)| *concept),
            Some(_) => None,
        };
        match concept {
            Some(concept) => (Some(true), vocab.is_access_right(concept)),
            None => (Some(false), false),
        }
    }

    fn contacts(&self) -> Option<impl Iterator<Item = Option<&'a str>>> {
        let contacts = self.dataset.field("contact_points")?.as_array()?;
        Some(
            contacts
                .iter()
                .filter(|contact| contact.is_object())
                .map(|contact| contact.get("role").and_then(Value::as_str)),
        )
    }

    fn contact_point(&self) -> Option<bool> {
        match self.dataset.field("contact_points") {
            None => self.absent(),
            Some(_) => Some(self.contacts().is_some_and(|mut roles| {
                roles.any(|role| role.is_none_or(|role| !OTHER_ROLES.contains(&role)))
            })),
        }
    }

    fn publisher(&self) -> bool {
        let named = |name: &str| match self.dataset.field(name) {
            Some(Value::String(text)) => !text.trim().is_empty(),
            Some(Value::Object(_)) => true,
            _ => false,
        };
        named("organization")
            || named("owner")
            || self
                .contacts()
                .is_some_and(|mut roles| roles.any(|role| role == Some("publisher")))
    }

    /// A date udata writes from the portal's own dates, or from `harvest` when harvested.
    fn harvested_date(&self, harvest: Option<&Value>, harvested: bool, name: &str) -> Option<bool> {
        if !harvested {
            return Some(true);
        }
        match harvest.and_then(|harvest| harvest.get(name)) {
            None => self.absent(),
            Some(Value::String(date)) => Some(!date.trim().is_empty()),
            Some(_) => Some(false),
        }
    }

    fn licensing(&self, vocab: &MqaVocabulary) -> Licensing {
        let reason = matches!(
            self.dataset.field("access_type_reason_category"),
            Some(Value::String(reason)) if !reason.is_empty()
        );
        let license = self
            .dataset
            .license()
            .and_then(|id| Vocabularies::embedded().license(id));
        match license {
            Some(license) => {
                let licence = license.url.is_some();
                Licensing {
                    licence,
                    known: licence && vocab.known_licence(&license.id).is_some(),
                    rights: !licence || reason,
                }
            }
            None => Licensing {
                licence: false,
                known: false,
                rights: reason,
            },
        }
    }

    fn distributions(&self, harvested: bool) -> Vec<Distribution<'a>> {
        if self.limits.resources_listed() || self.dataset.has("resources") {
            return self
                .dataset
                .resources()
                .unwrap_or_default()
                .iter()
                .map(|resource| self.distribution(resource))
                .collect();
        }
        // A catalogue record whose resources are not listed: what its summary says.
        let count = self
            .dataset
            .field("resources_count")
            .and_then(Value::as_u64);
        if count == Some(0) {
            return Vec::new();
        }
        let formats: Option<Vec<&'a str>> = self
            .dataset
            .field("resources_formats")
            .and_then(Value::as_array)
            .map(|formats| formats.iter().filter_map(Value::as_str).collect());
        let format = match formats {
            None => Written::Unknown,
            Some(formats) => best_format(&formats, MqaVocabulary::embedded())
                .map_or(Written::Absent, Written::Value),
        };
        let dated = (!harvested).then_some(true);
        vec![Distribution {
            index: None,
            download_url: Some(true),
            reachable: None,
            format,
            media_type: Written::Unknown,
            byte_size: None,
            issued: dated,
            modified: dated,
        }]
    }

    fn distribution(&self, resource: &ResourceView<'a>) -> Distribution<'a> {
        let uploaded = self.origin == Origin::Manifest && resource.non_blank("path").is_some();
        let url = resource.non_blank("url").is_some() || uploaded;
        let harvest = resource.field("harvest");
        let harvested = is_object(harvest);
        let media_type = if uploaded && resource.field("mime").is_none() {
            Written::Value(uploaded_media_type(resource))
        } else {
            self.written(resource.field("mime"))
        };
        let byte_size = match resource.field("filesize") {
            None if uploaded => Some(true),
            None => self.absent(),
            Some(size) => Some(size.is_number()),
        };
        Distribution {
            index: Some(resource.index),
            download_url: Some(url),
            reachable: self.reachable(resource, uploaded),
            format: self.written(resource.field("format")),
            media_type,
            byte_size,
            issued: self.harvested_date(harvest, harvested, "issued_at"),
            modified: self.harvested_date(harvest, harvested, "modified_at"),
        }
    }

    /// A string udata writes when it is not empty.
    fn written(&self, value: Option<&'a Value>) -> Written<'a> {
        match value {
            None if self.limits.is_catalogue_export() => Written::Unknown,
            Some(Value::String(text)) if !text.is_empty() => Written::Value(text),
            _ => Written::Absent,
        }
    }

    /// Whether the resource's URL answers: a `path` when its file is there, a URL when the
    /// link check found it available; `None` when that check did not run or could not tell.
    fn reachable(&self, resource: &ResourceView<'_>, uploaded: bool) -> Option<bool> {
        let pointer = resource.pointer();
        let found = |code: &str| {
            self.findings
                .iter()
                .any(|(found, at)| *found == code && within(at, &pointer))
        };
        let ran = |code: &str| self.ran.iter().any(|rule| rule.def.code == code);
        if uploaded {
            return ran(FILE_MISSING).then(|| !found(FILE_MISSING));
        }
        if resource.non_blank("url").is_none() {
            return Some(false);
        }
        if !ran(LINK_UNAVAILABLE) || found(LINK_UNKNOWN) {
            return None;
        }
        Some(!found(LINK_UNAVAILABLE))
    }
}

/// The media type the portal gives an uploaded file, from its extension.
fn uploaded_media_type<'a>(resource: &ResourceView<'a>) -> &'static str {
    resource
        .file_name()
        .and_then(|(name, _)| Vocabularies::embedded().format_of_file_name(name))
        .and_then(|format| format.mimes.first())
        .map_or("application/octet-stream", String::as_str)
}

/// Of the formats a record lists, the one that earns the most (one of its resources has it).
fn best_format<'a>(formats: &[&'a str], vocab: &MqaVocabulary) -> Option<&'a str> {
    formats.iter().copied().max_by_key(|format| {
        let code = vocab.code_of_format(format);
        (
            code.is_some_and(|code| vocab.is_non_proprietary(code)),
            code.is_some_and(|code| vocab.is_machine_readable(code)),
            code.is_some(),
        )
    })
}

fn is_object(value: Option<&Value>) -> bool {
    value.is_some_and(Value::is_object)
}

fn non_blank(text: Option<&str>) -> bool {
    text.is_some_and(|text| !text.trim().is_empty())
}

/// Whether `pointer` is `prefix` or inside it.
fn within(pointer: &str, prefix: &str) -> bool {
    pointer
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}
