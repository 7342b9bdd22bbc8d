//! The criteria of dglint's score, as data (`rules/criteria/dglint.toml`): each is worth
//! points, is met only on evidence the dataset shows, and names the rules whose findings cost
//! it.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::model::data_file::DataFileError;
use crate::rules::Category;

/// The criteria file, as written.
pub const SOURCE: &str = include_str!("../../rules/criteria/dglint.toml");

/// How a criterion's evidence is read (see the criteria file's header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// Every field is filled.
    Filled,
    /// A resource (or a listed format) is in a format udata counts open.
    OpenFormat,
    /// A resource documents the data.
    Documentation,
    /// A frequency is declared and the data says when it was last updated.
    Dated,
    /// The fields were read from the portal (empty counts).
    Fetched,
}

impl EvidenceKind {
    /// The name in the criteria file (`open-format`).
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Filled => "filled",
            EvidenceKind::OpenFormat => "open-format",
            EvidenceKind::Documentation => "documentation",
            EvidenceKind::Dated => "dated",
            EvidenceKind::Fetched => "fetched",
        }
    }
}

/// A criterion's texts in French.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionFr {
    /// What the criterion asks, in a few words.
    pub label: String,
}

/// A criterion's examples, run by the test suite.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionExamples {
    /// A manifest (YAML) that meets it.
    pub meets: String,
    /// A manifest that misses it.
    pub misses: String,
    /// The date "now" stands for.
    #[serde(default)]
    pub as_of: Option<String>,
    /// Whether the examples are read as API data.
    #[serde(default)]
    pub api: bool,
    /// What the servers answered for the examples' URLs (the examples then check links).
    #[serde(default)]
    pub links: BTreeMap<String, crate::links::Verdict>,
}

/// One criterion of dglint's score.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionDef {
    /// Stable id (`description`).
    pub id: String,
    /// Points on 100.
    pub points: f64,
    /// The category whose weight scales its points.
    pub category: Category,
    /// How its evidence is read.
    pub evidence: EvidenceKind,
    /// The fields it is about: where its evidence is read (`filled`), and where its rules'
    /// findings cost it.
    pub fields: Vec<String>,
    /// The rules whose findings cost it, most telling first.
    pub rules: Vec<String>,
    /// The publishing guide or udata criterion it comes from.
    pub source: String,
    /// What it asks, in a few words.
    pub label: String,
    /// French texts.
    pub fr: CriterionFr,
    /// Examples.
    pub examples: CriterionExamples,
}

impl CriterionDef {
    /// What it asks, in `lang`.
    pub fn label_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.label,
            Lang::Fr => &self.fr.label,
        }
    }

    /// Whether a finding at `pointer` (relative to the dataset) is within the criterion's
    /// fields, or on the dataset as a whole (where an absent field is reported).
    pub fn covers(&self, pointer: &str) -> bool {
        pointer.is_empty()
            || self.fields.iter().any(|field| {
                let at = pointer.strip_prefix('/').unwrap_or(pointer);
                at == field
                    || at
                        .strip_prefix(field.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CriteriaFile {
    criterion: Vec<CriterionDef>,
}

/// Parses a criteria file.
pub fn parse(source: &str) -> Result<Vec<CriterionDef>, DataFileError> {
    Ok(toml::from_str::<CriteriaFile>(source)?.criterion)
}

static EMBEDDED: LazyLock<Vec<CriterionDef>> =
    LazyLock::new(|| parse(SOURCE).unwrap_or_else(|error| panic!("{error}")));

/// The criteria of dglint's score, in the order of their file (a test checks the file).
pub fn embedded() -> &'static [CriterionDef] {
    &EMBEDDED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_parses_and_its_points_make_100() {
        let criteria = parse(SOURCE).unwrap();
        let total: f64 = criteria.iter().map(|criterion| criterion.points).sum();
        assert_eq!(total, 100.0);
        let mut ids: Vec<&str> = criteria
            .iter()
            .map(|criterion| criterion.id.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), criteria.len(), "ids are unique");
        // A dataset's result keeps the rules that cost a criterion as 32 bits.
        assert!(criteria.iter().all(|criterion| criterion.rules.len() <= 32));
    }

    #[test]
    fn a_criterion_covers_its_fields_and_the_dataset() {
        let criteria = parse(SOURCE).unwrap();
        let description = criteria.iter().find(|c| c.id == "description").unwrap();
        assert!(description.covers("/description"));
        assert!(description.covers(""));
        assert!(!description.covers("/description_short"));
        assert!(!description.covers("/title"));
        let resources = criteria.iter().find(|c| c.id == "resources").unwrap();
        assert!(resources.covers("/resources/2/url"));
        assert!(!resources.covers("/resources_formats"));
    }
}
