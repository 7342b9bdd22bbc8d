//! Licences and frequencies as people write them get a specific suggestion: the current id,
//! whatever the case, accents, spacing, gender or short form.

use crate::common;

use crate::common::run_json;
use serde_json::{Value, json};

/// Checks one API dataset per value of `field` and returns, for each, the help of `code`'s
/// finding on it.
fn helps(field: &str, code: &str, values: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let datasets: Vec<Value> = values
        .iter()
        .enumerate()
        .map(|(index, value)| json!({"id": format!("d{index}"), "title": "Musées", field: value}))
        .collect();
    std::fs::write(
        dir.path().join("datasets.json"),
        serde_json::to_string(&datasets).unwrap(),
    )
    .unwrap();
    let (_, report) = run_json(
        "check",
        &[
            "--isolated",
            "--input",
            "api",
            "--select",
            code,
            "datasets.json",
        ],
        dir.path(),
    );
    let findings = report["findings"].as_array().unwrap();
    (0..values.len())
        .map(|index| {
            let pointer = format!("/{index}/{field}");
            findings
                .iter()
                .find(|finding| finding["pointer"] == pointer.as_str())
                .map_or_else(
                    || "no finding".to_owned(),
                    |finding| finding["help"].as_str().unwrap().to_owned(),
                )
        })
        .collect()
}

#[test]
fn licences_as_people_write_them_suggest_the_current_id() {
    let cases = [
        ("Licence Ouverte", "lov2"),
        ("licence ouverte", "lov2"),
        ("Licence Ouverte 2.0", "lov2"),
        ("Licence Ouverte v2", "lov2"),
        ("Etalab", "lov2"),
        ("Etalab 2.0", "lov2"),
        ("Licence Ouverte v1.0", "lov2"),
        ("ODbL", "odc-odbl"),
        ("ODbL 1.0", "odc-odbl"),
        ("CC BY 4.0", "cc-by"),
        ("CC-BY", "cc-by"),
        ("cc by sa", "cc-by-sa"),
        ("CC0", "cc-zero"),
    ];
    let written: Vec<&str> = cases.iter().map(|(written, _)| *written).collect();
    for ((written, id), help) in cases.iter().zip(helps("license", "DG231", &written)) {
        assert!(
            help.starts_with(&format!("write `{id}`")),
            "{written}: {help}"
        );
    }
}

#[test]
fn french_frequency_words_suggest_their_id() {
    let cases = [
        ("mensuel", "monthly"),
        ("Mensuelle", "monthly"),
        ("tous les mois", "monthly"),
        ("quotidien", "daily"),
        ("Journalière", "daily"),
        ("trimestriel", "quarterly"),
        ("hebdo", "weekly"),
        ("Hebdomadaire", "weekly"),
        ("tous les ans", "annual"),
        ("annuel", "annual"),
        ("semestrielle", "semiannual"),
        ("temps réel", "continuous"),
        ("ponctuel", "punctual"),
        ("Sans régularité", "irregular"),
        ("yearly", "annual"),
    ];
    let written: Vec<&str> = cases.iter().map(|(written, _)| *written).collect();
    for ((written, id), help) in cases.iter().zip(helps("frequency", "DG242", &written)) {
        assert!(help.contains(&format!("`{id}`")), "{written}: {help}");
        assert!(
            !help.contains("such as"),
            "{written}: a specific suggestion, {help}"
        );
    }
}

#[test]
fn words_that_name_nothing_get_the_list() {
    let helps = helps("frequency", "DG242", &["de temps en temps", "à la demande"]);
    for help in helps {
        assert!(help.contains("such as"), "{help}");
    }
}

#[test]
fn spatial_coverage_is_checked_against_udatas_ids() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.dataset.yaml"),
        "title: Musées\nspatial: {zones: [France, \"country:xx\", \"fr:commune:75056\"], granularity: commune}\n",
    )
    .unwrap();
    let (_, report) = run_json("check", &["--isolated", "a.dataset.yaml"], dir.path());
    let found: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"] == "DG254" || finding["code"] == "DG255")
        .map(|finding| {
            let text = |key: &str| finding[key].as_str().unwrap_or_default().to_owned();
            (text("code"), text("pointer"), text("help"))
        })
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].1, "/spatial/zones/0");
    assert!(found[0].2.contains("`country:fr`"), "{found:?}");
    assert_eq!(found[1].1, "/spatial/zones/1");
    assert!(found[1].2.contains("ISO 3166-1"), "{found:?}");
    assert_eq!(
        (found[2].0.as_str(), found[2].1.as_str()),
        ("DG255", "/spatial/granularity")
    );
    assert!(found[2].2.contains("`fr:commune`"), "{found:?}");
}

#[test]
fn the_catalogue_export_writes_zone_names_and_is_not_held_to_ids() {
    let (_, report) = run_json(
        "audit",
        &[
            "--isolated",
            "--include-archived",
            "--catalog",
            common::corpus("export-dataset-20260116-chunk83.csv")
                .to_str()
                .unwrap(),
        ],
        std::path::Path::new("."),
    );
    let zones = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"] == "DG254")
        .count();
    assert_eq!(zones, 0);
}
