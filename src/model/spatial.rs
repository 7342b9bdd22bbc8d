//! udata's spatial vocabulary (`rules/vocabularies/spatial.toml`): the forms of its zone ids,
//! the countries, its granularities, and the names and words producers write instead.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::data_file::DataFileError;
use super::vocab::spelling_key;

const SOURCE: &str = include_str!("../../rules/vocabularies/spatial.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GranularityDef {
    id: String,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZoneKindDef {
    prefix: String,
    pattern: String,
    example: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZoneNameDef {
    names: Vec<String>,
    id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpatialFile {
    countries: Vec<String>,
    granularity: Vec<GranularityDef>,
    zone_kind: Vec<ZoneKindDef>,
    zone_name: Vec<ZoneNameDef>,
}

/// A form of zone id (`fr:commune:<INSEE code>`).
struct ZoneKind {
    prefix: String,
    pattern: Regex,
    example: String,
}

/// What is wrong with a zone id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneProblem {
    /// It has none of udata's forms; the id it likely means, when one is clear.
    Form(Option<String>),
    /// `country:xx` with a code that is no country.
    Country(String),
}

/// udata's spatial vocabulary, indexed.
pub struct SpatialVocabulary {
    countries: Vec<String>,
    granularities: Vec<GranularityDef>,
    kinds: Vec<ZoneKind>,
    names: Vec<ZoneNameDef>,
}

impl SpatialVocabulary {
    /// Parses the vocabulary file; an error names what is wrong.
    pub fn parse(source: &str) -> Result<SpatialVocabulary, DataFileError> {
        let file: SpatialFile = toml::from_str(source)?;
        let kinds = file
            .zone_kind
            .into_iter()
            .map(|kind| {
                let pattern = Regex::new(&format!("^(?:{})$", kind.pattern)).map_err(|error| {
                    DataFileError::Entry {
                        entry: kind.prefix.clone(),
                        message: error.to_string(),
                    }
                })?;
                Ok(ZoneKind {
                    prefix: kind.prefix,
                    pattern,
                    example: kind.example,
                })
            })
            .collect::<Result<Vec<_>, DataFileError>>()?;
        Ok(SpatialVocabulary {
            countries: file.countries,
            granularities: file.granularity,
            kinds,
            names: file.zone_name,
        })
    }

    /// The vocabulary compiled into the binary.
    pub fn embedded() -> &'static SpatialVocabulary {
        static EMBEDDED: LazyLock<SpatialVocabulary> = LazyLock::new(|| {
            SpatialVocabulary::parse(SOURCE).unwrap_or_else(|error| panic!("{error}"))
        });
        &EMBEDDED
    }

    /// udata's granularity ids, in its order.
    pub fn granularity_ids(&self) -> impl Iterator<Item = &str> {
        self.granularities
            .iter()
            .map(|granularity| granularity.id.as_str())
    }

    /// Whether `id` is one of udata's granularities.
    pub fn is_granularity(&self, id: &str) -> bool {
        self.granularity_ids().any(|known| known == id)
    }

    /// The granularity a word stands for (`commune` → `fr:commune`, `Département` →
    /// `fr:departement`).
    pub fn granularity_for(&self, written: &str) -> Option<&str> {
        let key = spelling_key(written);
        if key.is_empty() {
            return None;
        }
        self.granularities
            .iter()
            .find(|granularity| {
                let id = granularity.id.as_str();
                spelling_key(id) == key
                    || spelling_key(id.trim_start_matches("fr:")) == key
                    || granularity
                        .aliases
                        .iter()
                        .any(|alias| spelling_key(alias) == key)
            })
            .map(|granularity| granularity.id.as_str())
    }

    /// Examples of zone ids, for a message.
    pub fn zone_examples(&self) -> Vec<&str> {
        self.kinds
            .iter()
            .map(|kind| kind.example.as_str())
            .collect()
    }

    /// What is wrong with a zone id, if anything.
    pub fn zone_problem(&self, zone: &str) -> Option<ZoneProblem> {
        if let Some(kind) = self.kinds.iter().find(|kind| kind.pattern.is_match(zone)) {
            let country = match kind.prefix.as_str() {
                "country" | "country-subset" => zone.split(':').nth(1),
                _ => None,
            };
            return country
                .filter(|code| !self.countries.iter().any(|known| known == code))
                .map(|code| ZoneProblem::Country(code.to_owned()));
        }
        Some(ZoneProblem::Form(self.zone_meant(zone)))
    }

    /// The zone id a malformed one likely means.
    fn zone_meant(&self, zone: &str) -> Option<String> {
        let trimmed = zone.trim();
        let lowered = trimmed.to_lowercase();
        if lowered != zone && self.zone_problem(&lowered).is_none() {
            return Some(lowered);
        }
        let key = spelling_key(trimmed);
        if let Some(named) = self
            .names
            .iter()
            .find(|name| name.names.iter().any(|known| spelling_key(known) == key))
        {
            return Some(named.id.clone());
        }
        let digits = lowered.chars().all(|c| c.is_ascii_alphanumeric());
        let guess = match lowered.len() {
            2 if self.countries.contains(&lowered) => format!("country:{lowered}"),
            2 | 3 if digits => format!("fr:departement:{lowered}"),
            5 if digits => format!("fr:commune:{lowered}"),
            9 if digits => format!("fr:epci:{lowered}"),
            _ => return None,
        };
        self.zone_problem(&guess).is_none().then_some(guess)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_ids_are_checked_against_udatas_forms() {
        let vocab = SpatialVocabulary::embedded();
        for zone in [
            "country:fr",
            "fr:region:11",
            "fr:departement:2a",
            "fr:commune:75056",
            "fr:epci:200054781",
            "country-group:ue",
            "country-subset:fr:metro",
        ] {
            assert_eq!(vocab.zone_problem(zone), None, "{zone}");
        }
        assert_eq!(
            vocab.zone_problem("country:xx"),
            Some(ZoneProblem::Country("xx".into()))
        );
        let meant = |zone: &str| match vocab.zone_problem(zone) {
            Some(ZoneProblem::Form(meant)) => meant,
            other => panic!("{zone}: {other:?}"),
        };
        assert_eq!(meant("France").as_deref(), Some("country:fr"));
        assert_eq!(meant("country:FR").as_deref(), Some("country:fr"));
        assert_eq!(meant("Île-de-France").as_deref(), Some("fr:region:11"));
        assert_eq!(meant("75056").as_deref(), Some("fr:commune:75056"));
        assert_eq!(meant("2A").as_deref(), Some("fr:departement:2a"));
        assert_eq!(meant("fr:commune:Paris"), None);
    }

    #[test]
    fn granularities_are_found_from_the_words_people_write() {
        let vocab = SpatialVocabulary::embedded();
        assert!(vocab.is_granularity("fr:commune") && !vocab.is_granularity("commune"));
        assert_eq!(vocab.granularity_for("commune"), Some("fr:commune"));
        assert_eq!(vocab.granularity_for("Département"), Some("fr:departement"));
        assert_eq!(vocab.granularity_for("Pays"), Some("country"));
        assert_eq!(vocab.granularity_for("quelque part"), None);
    }

    #[test]
    fn there_are_249_countries() {
        let file: SpatialFile = toml::from_str(SOURCE).unwrap();
        assert_eq!(file.countries.len(), 249);
    }
}
