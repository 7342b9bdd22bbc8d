//! Harvested datasets: which source catalogue a dataset comes from (`harvest` in the API,
//! `harvest.*` in the catalogue export), and which property of that source fills each of its
//! fields (`rules/vocabularies/harvest.toml`). A finding on a harvested dataset is fixed in
//! the source: the portal's copy is overwritten at every harvest.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

use super::DatasetView;
use crate::model::udata::Criterion;

const HARVEST: &str = include_str!("../../rules/vocabularies/harvest.toml");

/// The source catalogue a dataset is harvested from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HarvestSource<'a> {
    /// udata's backend (`DCAT`, `CSW-ISO-19139`, `CKAN`...).
    pub backend: &'a str,
    /// The dataset's page or record in the source, when known.
    pub remote_url: Option<&'a str>,
    /// The source's host, when known.
    pub domain: Option<&'a str>,
}

impl<'a> HarvestSource<'a> {
    /// The source of `dataset`, when it is harvested (its `harvest` names a backend).
    pub fn of(dataset: &DatasetView<'a>) -> Option<HarvestSource<'a>> {
        let text = |name: &str| {
            dataset
                .nested("harvest", name)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|text| !text.is_empty())
        };
        Some(HarvestSource {
            backend: text("backend")?,
            remote_url: text("remote_url"),
            domain: text("domain").or_else(|| {
                let url = text("remote_url")?;
                let rest = url.split_once("://")?.1;
                rest.split(['/', '?', '#'])
                    .next()
                    .filter(|host| !host.is_empty())
            }),
        })
    }

    /// The property of the source that fills the field at `pointer` (a resource's field as
    /// `resources.<field>`), or, for a pointer at the dataset itself, the field `criterion`
    /// judges; `None` when the backend does not fill it.
    pub fn property(&self, pointer: &str, criterion: Option<Criterion>) -> Option<&'static str> {
        let table = Backends::get().of(self.backend)?;
        let mut tokens = pointer.split('/').skip(1);
        let field = match tokens.next() {
            Some(field) => field.to_owned(),
            None => criterion_field(criterion?)?.to_owned(),
        };
        if field == "resources"
            && let Some(inner) = tokens.nth(1)
            && let Some(property) = table.get(&format!("resources.{inner}"))
        {
            return Some(property);
        }
        table.get(&field).map(String::as_str)
    }
}

/// The property of the `backend` source that fills `field` (`frequency`, `resources.url`),
/// when the table names one.
pub fn source_property(backend: &str, field: &str) -> Option<&'static str> {
    Backends::get().of(backend)?.get(field).map(String::as_str)
}

/// The field a udata criterion judges, for a finding on the dataset as a whole.
fn criterion_field(criterion: Criterion) -> Option<&'static str> {
    Some(match criterion {
        Criterion::License => "license",
        Criterion::TemporalCoverage => "temporal_coverage",
        Criterion::Spatial => "spatial",
        Criterion::UpdateFrequency | Criterion::UpdateFulfilledInTime => "frequency",
        Criterion::DatasetDescriptionQuality => "description",
        Criterion::HasResources
        | Criterion::HasOpenFormat
        | Criterion::AllResourcesAvailable
        | Criterion::ResourcesDocumentation => "resources",
    })
}

/// The table of `rules/vocabularies/harvest.toml`.
#[derive(serde::Deserialize)]
struct Backends {
    backend: Vec<Backend>,
    /// `dct:accrualPeriodicity` URI → udata frequency id, Dublin Core's first.
    frequencies: toml::Table,
}

#[derive(serde::Deserialize)]
struct Backend {
    names: Vec<String>,
    properties: BTreeMap<String, String>,
}

impl Backends {
    fn get() -> &'static Backends {
        static BACKENDS: OnceLock<Backends> = OnceLock::new();
        BACKENDS.get_or_init(|| {
            toml::from_str(HARVEST).expect("the embedded harvest table is valid (tested)")
        })
    }

    /// The properties of the backend called `name` (any case).
    fn of(&self, name: &str) -> Option<&BTreeMap<String, String>> {
        self.backend
            .iter()
            .find(|backend| {
                backend
                    .names
                    .iter()
                    .any(|known| known.eq_ignore_ascii_case(name))
            })
            .map(|backend| &backend.properties)
    }
}

/// The udata frequency udata's DCAT reader gives an `dct:accrualPeriodicity` URI.
pub fn frequency_of_uri(uri: &str) -> Option<&'static str> {
    Backends::get().frequencies.get(uri)?.as_str()
}

/// The udata frequency udata's DCAT reader gives an `dct:accrualPeriodicity` literal: the
/// last segment of a known URI, compared lowercased (Dublin Core's vocabulary first).
pub fn frequency_of_literal(text: &str) -> Option<&'static str> {
    let wanted = text.to_lowercase();
    let table = &Backends::get().frequencies;
    let find = |namespace: &str| {
        table.iter().find_map(|(uri, id)| {
            let local = uri.strip_prefix(namespace)?;
            (local.to_lowercase() == wanted)
                .then(|| id.as_str())
                .flatten()
        })
    };
    find("http://purl.org/cld/freq/")
        .or_else(|| find("http://publications.europa.eu/resource/authority/frequency/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_table_names_a_property_for_each_backend() {
        let dataset = json!({"harvest": {"backend": "DCAT",
            "remote_url": "https://www.datasud.fr/explorer/fr/jeux-de-donnees/x"}});
        let source = HarvestSource::of(&DatasetView::new(&dataset)).unwrap();
        assert_eq!(source.domain, Some("www.datasud.fr"));
        assert_eq!(
            source.property("/description", None),
            Some("dct:description")
        );
        assert_eq!(
            source.property("/resources/2/format", None),
            Some("dct:format (dcat:Distribution)")
        );
        assert_eq!(
            source.property("/resources/2/extras", None),
            Some("dcat:distribution")
        );
        assert_eq!(
            source.property("", Some(Criterion::Spatial)),
            Some("dct:spatial")
        );
        assert_eq!(source.property("/badges", None), None);
        let ckan = json!({"harvest": {"backend": "ckan"}});
        let source = HarvestSource::of(&DatasetView::new(&ckan)).unwrap();
        assert_eq!(source.property("/description", None), Some("notes"));
        let iso = json!({"harvest": {"backend": "CSW-ISO-19139"}});
        let source = HarvestSource::of(&DatasetView::new(&iso)).unwrap();
        assert_eq!(source.property("/description", None), Some("gmd:abstract"));
        assert!(HarvestSource::of(&DatasetView::new(&json!({"harvest": null}))).is_none());
    }

    #[test]
    fn frequencies_read_as_udata_reads_them() {
        let eu = "http://publications.europa.eu/resource/authority/frequency/ANNUAL_2";
        assert_eq!(frequency_of_uri(eu), Some("semiannual"));
        assert_eq!(frequency_of_literal("ANNUAL_2"), Some("semiannual"));
        assert_eq!(frequency_of_literal("Weekly"), Some("weekly"));
        assert_eq!(
            frequency_of_literal("threetimesaweek"),
            Some("threeTimesAWeek")
        );
        assert_eq!(frequency_of_literal("hebdomadaire"), None);
    }
}
