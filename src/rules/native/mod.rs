//! Native checks: rules a schema cannot express (the clock, the file system, vocabularies,
//! cross-field logic). Each is a function registered under its rule's code in [`CHECKS`].

mod coverage;
mod debris;
mod description;
mod formats;
mod freshness;
mod license;
mod links;
mod live;
mod naming;
mod placeholder;
mod portal;
mod resources;
mod tags;
mod title;

use chrono::{DateTime, Utc};

use super::params::Params;
use crate::document::Limits;
use crate::finding::Hit;
use crate::links::Verdicts;
use crate::model::local_files::LocalFiles;
use crate::model::udata::UdataQuality;
use crate::model::{DatasetView, Instance, Origin, Vocabularies};

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
    /// The rule's parameters.
    pub params: &'a Params,
    /// Frequencies, licences, formats.
    pub vocab: &'static Vocabularies,
    /// "Now" for time-dependent rules (`--as-of`).
    pub as_of: DateTime<Utc>,
    /// The files `path` resources point to.
    pub files: &'a LocalFiles,
    /// What the servers answered for the resources' URLs, with `--check-links`.
    pub links: Option<&'a Verdicts>,
    /// udata's quality of the dataset (pointers relative to it).
    pub udata: &'a UdataQuality,
}

/// A native check: reads the context, pushes what it finds.
pub type NativeCheck = fn(&CheckContext<'_>, &mut Vec<Hit>);

/// Every native check, by rule code.
pub const CHECKS: &[(&str, NativeCheck)] = &[
    ("DG201", description::too_short),
    ("DG202", description::missing),
    ("DG203", description::repeats_title),
    ("DG204", description::short_missing),
    ("DG208", placeholder::placeholder_left),
    ("DG209", debris::serialisation_debris),
    ("DG210", title::missing),
    ("DG211", title::all_capitals),
    ("DG212", title::looks_like_file_name),
    ("DG213", title::too_short),
    ("DG214", title::too_long),
    ("DG220", tags::missing),
    ("DG221", tags::too_few),
    ("DG222", tags::not_normalised),
    ("DG223", tags::duplicate),
    ("DG230", license::missing),
    ("DG231", license::unknown),
    ("DG232", license::not_open),
    ("DG233", license::superseded),
    ("DG240", coverage::frequency_missing),
    ("DG241", coverage::frequency_legacy),
    ("DG242", coverage::frequency_invalid),
    ("DG250", coverage::temporal_missing),
    ("DG251", coverage::temporal_inverted),
    ("DG252", coverage::spatial_missing),
    ("DG253", coverage::granularity_missing),
    ("DG254", coverage::zone_invalid),
    ("DG255", coverage::granularity_invalid),
    ("DG301", formats::no_resources),
    ("DG303", formats::closed_format),
    ("DG304", formats::no_open_format),
    ("DG305", formats::format_mismatch),
    ("DG003", portal::score_differs),
    ("DG401", freshness::out_of_date),
    ("DG402", freshness::update_in_future),
    ("DG403", live::metadata_only_freshness),
    ("DG404", live::discussion_unanswered),
    ("DG501", resources::file_missing),
    ("DG503", resources::no_documentation),
    ("DG505", live::resource_unavailable),
    ("DG506", links::unavailable),
    ("DG507", links::unknown),
    ("DG508", links::serves_html),
    ("DG509", links::type_mismatch),
    ("DG510", links::empty_file),
    ("DG511", links::moved),
    ("DG512", links::insecure),
    ("DG601", naming::not_normalised),
    ("DG602", naming::inconsistent_separators),
    ("DG603", naming::duplicate),
];

/// The native check of a rule code.
pub fn lookup(code: &str) -> Option<NativeCheck> {
    CHECKS
        .iter()
        .find(|(registered, _)| *registered == code)
        .map(|(_, check)| *check)
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

/// Lowercase letters and digits only, words separated by one space: for comparing texts.
fn normalise_words(text: &str) -> String {
    slug::slugify(text).replace('-', " ")
}
