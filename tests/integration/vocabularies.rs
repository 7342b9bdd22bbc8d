//! The vocabularies under `rules/vocabularies/` checked against udata's own, kept in
//! `tests/data/udata-vocabularies.json` (udata's frequencies, legacy ids and closed formats as
//! the udata package defines them, which `.ci/run` checks against the installed package with
//! `tests/parity/udata_vocabularies.py`; data.gouv.fr's licences).

use std::collections::BTreeMap;

use dglint::model::Vocabularies;
use serde::Deserialize;

#[derive(Deserialize)]
struct UdataVocabularies {
    frequencies: Vec<FrequencyFact>,
    legacy_frequencies: BTreeMap<String, String>,
    closed_formats: Vec<String>,
    licenses: Vec<LicenseFact>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct FrequencyFact {
    id: String,
    label_en: String,
    label_fr: String,
    delta: Option<String>,
}

#[derive(Deserialize)]
struct LicenseFact {
    id: String,
    open: bool,
}

fn udata() -> UdataVocabularies {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/udata-vocabularies.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn frequencies_match_udata() {
    let udata = udata();
    assert_eq!(udata.frequencies.len(), 40, "udata lists 40 frequencies");
    let ours: Vec<FrequencyFact> = Vocabularies::embedded()
        .frequencies
        .iter()
        .map(|f| FrequencyFact {
            id: f.id.clone(),
            label_en: f.label_en.clone(),
            label_fr: f.label_fr.clone(),
            delta: f.delta.clone(),
        })
        .collect();
    assert_eq!(ours, udata.frequencies);

    let ours: BTreeMap<String, String> = Vocabularies::embedded()
        .legacy_frequencies
        .iter()
        .map(|l| (l.id.clone(), l.current.clone()))
        .collect();
    assert_eq!(ours, udata.legacy_frequencies);
}

#[test]
fn licences_match_data_gouv_fr() {
    let expected: BTreeMap<String, bool> = udata()
        .licenses
        .into_iter()
        .map(|license| (license.id, license.open))
        .collect();
    assert_eq!(expected.len(), 12);
    let ours: BTreeMap<String, bool> = Vocabularies::embedded()
        .licenses
        .iter()
        .map(|l| (l.id.clone(), l.open))
        .collect();
    assert_eq!(ours, expected);
}

#[test]
fn closed_formats_match_udata() {
    assert_eq!(
        Vocabularies::embedded().closed_formats,
        udata().closed_formats
    );
}

/// Every property of a schema object (recursively) has a title or a description.
fn undocumented(schema: &serde_json::Value, at: &str, missing: &mut Vec<String>) {
    let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    for (name, property) in properties {
        let here = format!("{at}/{name}");
        if property.get("title").is_none() || property.get("description").is_none() {
            missing.push(here.clone());
        }
        undocumented(property, &here, missing);
    }
}

#[test]
fn the_manifest_schema_documents_every_field_and_offers_the_vocabularies() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schemas/dataset.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut missing = Vec::new();
    undocumented(&schema, "", &mut missing);
    undocumented(&schema["$defs"]["resource"], "/resources/*", &mut missing);
    assert!(
        missing.is_empty(),
        "without title or description: {missing:?}"
    );
    let vocab = dglint::model::Vocabularies::embedded();
    let offered = |field: &str| -> Vec<String> {
        schema["properties"][field]["anyOf"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|choice| Some(choice.get("const")?.as_str()?.to_owned()))
            .collect()
    };
    let frequencies: Vec<String> = vocab.frequencies.iter().map(|f| f.id.clone()).collect();
    assert_eq!(offered("frequency"), frequencies);
    let licences: Vec<String> = vocab.licenses.iter().map(|l| l.id.clone()).collect();
    assert_eq!(offered("license"), licences);
}
