//! The indicators of the MQA profile, as data (`rules/criteria/mqa.toml`).

use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::model::data_file::DataFileError;

/// The indicators file, as written.
pub const SOURCE: &str = include_str!("../../../rules/criteria/mqa.toml");

/// The points of the whole assessment.
pub const MAX_POINTS: u32 = 405;

/// The five dimensions of the methodology, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Can the dataset be found (keywords, themes, coverage)?
    Findability,
    /// Can its data be reached?
    Accessibility,
    /// Is it in formats others can use?
    Interoperability,
    /// May it be reused, and who answers for it?
    Reusability,
    /// Does it say when and how big?
    Contextuality,
}

impl Dimension {
    /// Every dimension, in the methodology's order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Findability,
        Dimension::Accessibility,
        Dimension::Interoperability,
        Dimension::Reusability,
        Dimension::Contextuality,
    ];

    /// Its name (`findability`).
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Findability => "findability",
            Dimension::Accessibility => "accessibility",
            Dimension::Interoperability => "interoperability",
            Dimension::Reusability => "reusability",
            Dimension::Contextuality => "contextuality",
        }
    }
}

/// The DQV metrics of the methodology (piveau's names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Metric {
    /// `keywordAvailability`.
    KeywordAvailability,
    /// `categoryAvailability`.
    CategoryAvailability,
    /// `spatialAvailability`.
    SpatialAvailability,
    /// `temporalAvailability`.
    TemporalAvailability,
    /// `accessUrlStatusCode`.
    AccessUrlStatusCode,
    /// `downloadUrlAvailability`.
    DownloadUrlAvailability,
    /// `downloadUrlStatusCode`.
    DownloadUrlStatusCode,
    /// `formatAvailability`.
    FormatAvailability,
    /// `mediaTypeAvailability`.
    MediaTypeAvailability,
    /// `formatMediaTypeVocabularyAlignment`.
    FormatMediaTypeVocabularyAlignment,
    /// `formatMediaTypeNonProprietary`.
    FormatMediaTypeNonProprietary,
    /// `formatMediaTypeMachineInterpretable`.
    FormatMediaTypeMachineInterpretable,
    /// `dcatApCompliance`.
    DcatApCompliance,
    /// `licenceAvailability`.
    LicenceAvailability,
    /// `knownLicence`.
    KnownLicence,
    /// `accessRightsAvailability`.
    AccessRightsAvailability,
    /// `accessRightsVocabularyAlignment`.
    AccessRightsVocabularyAlignment,
    /// `contactPointAvailability`.
    ContactPointAvailability,
    /// `publisherAvailability`.
    PublisherAvailability,
    /// `rightsAvailability`.
    RightsAvailability,
    /// `byteSizeAvailability`.
    ByteSizeAvailability,
    /// `dateIssuedAvailability`.
    DateIssuedAvailability,
    /// `dateModifiedAvailability`.
    DateModifiedAvailability,
}

impl Metric {
    /// The metric's name (`keywordAvailability`).
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::KeywordAvailability => "keywordAvailability",
            Metric::CategoryAvailability => "categoryAvailability",
            Metric::SpatialAvailability => "spatialAvailability",
            Metric::TemporalAvailability => "temporalAvailability",
            Metric::AccessUrlStatusCode => "accessUrlStatusCode",
            Metric::DownloadUrlAvailability => "downloadUrlAvailability",
            Metric::DownloadUrlStatusCode => "downloadUrlStatusCode",
            Metric::FormatAvailability => "formatAvailability",
            Metric::MediaTypeAvailability => "mediaTypeAvailability",
            Metric::FormatMediaTypeVocabularyAlignment => "formatMediaTypeVocabularyAlignment",
            Metric::FormatMediaTypeNonProprietary => "formatMediaTypeNonProprietary",
            Metric::FormatMediaTypeMachineInterpretable => "formatMediaTypeMachineInterpretable",
            Metric::DcatApCompliance => "dcatApCompliance",
            Metric::LicenceAvailability => "licenceAvailability",
            Metric::KnownLicence => "knownLicence",
            Metric::AccessRightsAvailability => "accessRightsAvailability",
            Metric::AccessRightsVocabularyAlignment => "accessRightsVocabularyAlignment",
            Metric::ContactPointAvailability => "contactPointAvailability",
            Metric::PublisherAvailability => "publisherAvailability",
            Metric::RightsAvailability => "rightsAvailability",
            Metric::ByteSizeAvailability => "byteSizeAvailability",
            Metric::DateIssuedAvailability => "dateIssuedAvailability",
            Metric::DateModifiedAvailability => "dateModifiedAvailability",
        }
    }
}

/// Where an indicator's property is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// On the dataset.
    Dataset,
    /// On each distribution; the best one counts.
    Distribution,
    /// On the dataset or the best distribution.
    Either,
}

/// An indicator's texts in French.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorFr {
    /// What it asks, in a few words.
    pub label: String,
}

/// An indicator's examples, run by the test suite.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorExamples {
    /// A manifest (YAML) that meets it.
    pub meets: String,
    /// A manifest that misses it.
    pub misses: String,
}

/// One indicator (a DQV metric of the methodology).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDef {
    /// The metric.
    pub id: Metric,
    /// Its dimension.
    pub dimension: Dimension,
    /// Its points.
    pub points: u32,
    /// Where it is read.
    pub level: Level,
    /// The DCAT-AP property it reads.
    pub property: String,
    /// The udata field that property comes from.
    pub udata: String,
    /// Why udata's feed never emits it, when it does not.
    #[serde(default)]
    pub feed: Option<String>,
    /// Whether only a link check decides it.
    #[serde(default)]
    pub links: bool,
    /// How dglint approximates it, when it does.
    #[serde(default)]
    pub approximate: Option<String>,
    /// What it asks, in a few words.
    pub label: String,
    /// French texts.
    pub fr: IndicatorFr,
    /// Examples (none for an indicator the feed never emits or a link check decides).
    #[serde(default)]
    pub examples: Option<IndicatorExamples>,
}

impl IndicatorDef {
    /// What it asks, in `lang`.
    pub fn label_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.label,
            Lang::Fr => &self.fr.label,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorFile {
    indicator: Vec<IndicatorDef>,
}

/// Parses an indicators file.
pub fn parse(source: &str) -> Result<Vec<IndicatorDef>, DataFileError> {
    Ok(toml::from_str::<IndicatorFile>(source)?.indicator)
}

static EMBEDDED: LazyLock<Vec<IndicatorDef>> =
    LazyLock::new(|| parse(SOURCE).unwrap_or_else(|error| panic!("{error}")));

/// The indicators, in the file's order (a test checks the file).
pub fn embedded() -> &'static [IndicatorDef] {
    &EMBEDDED
}

/// The points of a dimension in the methodology.
pub fn dimension_max(dimension: Dimension) -> u32 {
    embedded()
        .iter()
        .filter(|indicator| indicator.dimension == dimension)
        .map(|indicator| indicator.points)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_points_are_the_methodologys() {
        let indicators = parse(SOURCE).unwrap();
        let total: u32 = indicators.iter().map(|indicator| indicator.points).sum();
        assert_eq!(total, MAX_POINTS);
        let maxima: Vec<u32> = Dimension::ALL.into_iter().map(dimension_max).collect();
        assert_eq!(maxima, [100, 100, 110, 75, 20]);
        let mut ids: Vec<&str> = indicators.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), 23, "one indicator per metric");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), indicators.len(), "ids are unique");
    }

    #[test]
    fn every_indicator_the_producer_can_meet_offline_has_examples() {
        for indicator in embedded() {
            let decidable = indicator.feed.is_none() && !indicator.links;
            assert_eq!(
                indicator.examples.is_some(),
                decidable,
                "{}: examples exactly when the producer can meet it offline",
                indicator.id.as_str()
            );
        }
    }
}
