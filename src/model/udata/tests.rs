//! udata's quirks, each pinned by a case and the answer of udata's own code
//! (`tests/parity/udata_oracle.py --as-of 2026-11-22T12:00:00Z`, udata's default settings),
//! written next to it.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use super::{UdataInput, UdataQuality, evaluate};
use crate::document::Limits;
use crate::model::dates::parse_instant;
use crate::model::local_files::LocalFiles;
use crate::model::{DatasetView, Instance, Origin, Vocabularies};

fn as_of() -> DateTime<Utc> {
    parse_instant("2026-11-22T12:00:00Z").unwrap()
}

fn evaluate_as(origin: Origin, dataset: &Value) -> UdataQuality {
    let files = LocalFiles::beside(
        std::path::Path::new("."),
        &crate::document::paths::PathNames::of_working_directory(),
    );
    evaluate(&UdataInput {
        dataset: DatasetView::new(dataset),
        origin,
        as_of: as_of(),
        files: &files,
        vocab: Vocabularies::embedded(),
        instance: &Instance::udata_defaults(),
        limits: Limits::default(),
    })
}

/// dglint's quality object for API data, shaped as udata's.
fn quality(dataset: &Value) -> Map<String, Value> {
    evaluate_as(Origin::Api, dataset).to_object()
}

/// (case, udata's answer).
const CASES: &[(&str, &str)] = &[
    (
        r#"{"id": "license-notspecified-counts", "license": "notspecified"}"#,
        r#"{"dataset_description_quality": false, "license": true, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "license-empty-string-does-not", "license": ""}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "license-null-does-not", "license": null}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "empty-temporal-and-spatial-count", "temporal_coverage": {}, "spatial": {}}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.2222222222222222, "spatial": true, "temporal_coverage": true, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "null-temporal-and-spatial-do-not", "temporal_coverage": null, "spatial": null}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "description-100-ascii", "description": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "description-101-ascii", "description": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#,
        r#"{"dataset_description_quality": true, "license": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "description-101-accented", "description": "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"}"#,
        r#"{"dataset_description_quality": true, "license": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "description-100-accented-is-200-bytes", "description": "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "description-101-spaces-not-stripped", "description": "                                                                                                     "}"#,
        r#"{"dataset_description_quality": true, "license": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "frequency-unknown-no-fulfilled-key", "frequency": "unknown"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "frequency-null-no-fulfilled-key", "frequency": null}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "frequency-irregular-always-fulfilled", "frequency": "irregular", "last_modified": "2001-01-01T00:00:00Z"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": true}"#,
    ),
    (
        r#"{"id": "legacy-fourTimesAWeek-is-other", "frequency": "fourTimesAWeek", "last_modified": "2001-01-01T00:00:00Z"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": true}"#,
    ),
    (
        r#"{"id": "legacy-fortnighly-is-biweekly-late", "frequency": "fortnighly", "last_modified": "2026-11-07T10:59:00Z"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": false}"#,
    ),
    (
        r#"{"id": "daily-25h-ago-passes", "frequency": "daily", "last_modified": "2026-11-21T11:00:00Z"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": true}"#,
    ),
    (
        r#"{"id": "daily-49h-ago-fails", "frequency": "daily", "last_modified": "2026-11-20T11:00:00Z"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": false}"#,
    ),
    (
        r#"{"id": "daily-exactly-48h-passes", "frequency": "daily", "last_modified": "2026-11-20T12:00:00Z"}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": true}"#,
    ),
    (
        r#"{"id": "harvest-date-in-future-wins", "frequency": "daily", "harvest": {"modified_at": "2027-01-01T00:00:00Z"}, "resources": [{"last_modified": "2020-01-01T00:00:00Z", "format": "csv"}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": true, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.4444444444444444, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": true}"#,
    ),
    (
        r#"{"id": "resource-harvest-now-is-skipped", "frequency": "daily", "resources": [{"last_modified": "2020-01-01T00:00:00Z", "harvest": {"modified_at": "2026-11-22T12:00:00Z"}}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": false}"#,
    ),
    (
        r#"{"id": "analysis-date-only-for-remote", "frequency": "daily", "resources": [{"filetype": "file", "last_modified": "2020-01-01T00:00:00Z", "extras": {"analysis:last-modified-at": "2026-11-22T00:00:00"}}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": false}"#,
    ),
    (
        r#"{"id": "analysis-date-for-remote", "frequency": "daily", "resources": [{"filetype": "remote", "last_modified": "2020-01-01T00:00:00Z", "extras": {"analysis:last-modified-at": "2026-11-22T00:00:00"}}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.3333333333333333, "spatial": false, "temporal_coverage": false, "update_frequency": true, "update_fulfilled_in_time": true}"#,
    ),
    (
        r#"{"id": "closed-formats-any-case", "resources": [{"format": "PDF"}, {"format": "XLSX"}, {"format": "Word"}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "closed-format-with-space-is-open", "resources": [{"format": " pdf"}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": true, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "no-format-is-not-open", "resources": [{"format": ""}, {"format": null}, {}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "uploaded-unavailable-is-ignored", "resources": [{"filetype": "file", "extras": {"check:available": false}}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "remote-unavailable-fails", "resources": [{"filetype": "remote", "extras": {"check:available": false}}, {"filetype": "remote"}]}"#,
        r#"{"all_resources_available": false, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "missing-filetype-is-remote", "resources": [{"extras": {"check:available": false}}]}"#,
        r#"{"all_resources_available": false, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "documentation-type-or-description", "resources": [{"type": "documentation"}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": true, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "whitespace-description-documents", "resources": [{"description": " "}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": true, "score": 0.2222222222222222, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "empty-description-does-not-document", "resources": [{"description": ""}]}"#,
        r#"{"all_resources_available": true, "dataset_description_quality": false, "has_open_format": false, "has_resources": true, "license": false, "resources_documentation": false, "score": 0.1111111111111111, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
    (
        r#"{"id": "empty-resources-list", "resources": []}"#,
        r#"{"dataset_description_quality": false, "license": false, "score": 0.0, "spatial": false, "temporal_coverage": false, "update_frequency": false}"#,
    ),
];

#[test]
fn every_quirk_matches_udata() {
    let mut differences = Vec::new();
    for (case, answer) in CASES {
        let dataset: Value = serde_json::from_str(case).unwrap();
        let expected: Map<String, Value> = serde_json::from_str(answer).unwrap();
        let actual = quality(&dataset);
        let mut keys: Vec<&String> = expected.keys().chain(actual.keys()).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            let (mine, theirs) = (actual.get(key), expected.get(key));
            let same = match (mine, theirs) {
                (Some(Value::Number(a)), Some(Value::Number(b))) => a.as_f64() == b.as_f64(),
                _ => mine == theirs,
            };
            if !same {
                differences.push(format!(
                    "{}: {key}: dglint {mine:?}, udata {theirs:?}",
                    dataset["id"]
                ));
            }
        }
    }
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn the_api_quality_licence_is_trusted_over_notspecified() {
    // The API writes a null licence as `notspecified`; only `quality.license` tells.
    let dataset = json!({"license": "notspecified", "quality": {"license": false}});
    assert_eq!(quality(&dataset)["license"], json!(false));
}

#[test]
fn display_follows_the_portal() {
    let points = |dataset: Value| {
        let result = evaluate_as(Origin::Api, &dataset);
        (result.points(), result.percent(), result.label())
    };
    // 6 points: licence, coverages, frequency (irregular: fulfilled), description.
    let six = json!({"license": "lov2", "temporal_coverage": {}, "spatial": {},
        "frequency": "irregular", "description": "x".repeat(101)});
    assert_eq!(points(six), (6, 67, "Bon"));
    let five = json!({"license": "lov2", "temporal_coverage": {}, "spatial": {},
        "frequency": "irregular"});
    assert_eq!(points(five), (5, 56, "À améliorer"));
    assert_eq!(points(json!({})), (0, 0, "À améliorer"));
}

#[test]
fn manifest_predictions_are_flagged() {
    let dataset = json!({"frequency": "daily", "resources": [
        {"url": "https://example.org/a.csv", "format": "csv"},
        {"path": "b.csv", "format": "csv"}
    ]});
    let result = evaluate_as(Origin::Manifest, &dataset);
    let predicted: Vec<&str> = result
        .criteria
        .iter()
        .filter(|criterion| criterion.predicted)
        .map(|criterion| criterion.criterion.key())
        .collect();
    assert_eq!(
        predicted,
        ["update_fulfilled_in_time", "all_resources_available"]
    );
}
