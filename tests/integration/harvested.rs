//! Harvested datasets in audits: a finding on a dataset harvested from a source catalogue names
//! the property to change there, and the audit groups harvested datasets by source. Checked on
//! the real export chunk of `tests/data/` (457 of its 609 records are harvested: DCAT, CKAN,
//! CSW-DCAT) against what its `harvest.*` columns say.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::common::{corpus, dglint, export_records};

const EXPORT: &str = "export-dataset-20260116-chunk83.csv";

/// The source property each backend's table gives for a field (rules/vocabularies/harvest.toml,
/// read by the test itself).
fn table() -> HashMap<String, BTreeMap<String, String>> {
    let text =
        std::fs::read_to_string(crate::common::repo().join("rules/vocabularies/harvest.toml"))
            .unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap();
    let mut by_backend = HashMap::new();
    for backend in value["backend"].as_array().unwrap() {
        let properties: BTreeMap<String, String> = backend["properties"]
            .as_table()
            .unwrap()
            .iter()
            .map(|(field, property)| (field.clone(), property.as_str().unwrap().to_owned()))
            .collect();
        for name in backend["names"].as_array().unwrap() {
            by_backend.insert(name.as_str().unwrap().to_owned(), properties.clone());
        }
    }
    by_backend
}

fn audit(args: &[&str]) -> std::process::Output {
    dglint()
        .args([
            "audit",
            "--isolated",
            "--include-archived",
            "--as-of",
            "2026-01-16T05:52:49Z",
            "--catalog",
        ])
        .arg(corpus(EXPORT))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn findings_on_harvested_datasets_name_the_source_property() {
    let records: HashMap<String, BTreeMap<String, String>> = export_records(&corpus(EXPORT))
        .into_iter()
        .map(|record| (record["id"].clone(), record))
        .collect();
    let table = table();
    let output = audit(&["--output-format", "json"]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let (mut noted, mut harvested_findings, mut plain_findings) = (0, 0, 0);
    for finding in report["findings"].as_array().unwrap() {
        let Some(id) = finding["dataset"].as_str() else {
            continue;
        };
        let record = &records[id];
        let help = finding["help"].as_str().unwrap();
        let backend = record
            .get("harvest.backend")
            .filter(|backend| !backend.is_empty());
        match backend {
            None => {
                plain_findings += 1;
                assert!(!help.contains("harvested from"), "{finding:#}");
            }
            Some(backend) => {
                harvested_findings += 1;
                if let Some(at) = help.find("change `") {
                    let property = &help[at + 8..help[at + 8..].find('`').unwrap() + at + 8];
                    assert!(
                        table[backend].values().any(|known| known == property),
                        "{property} is not a property of {backend}: {help}"
                    );
                    assert!(help.contains(&format!("({backend})")), "{help}");
                    noted += 1;
                }
            }
        }
    }
    assert!(
        plain_findings > 100 && harvested_findings > 500,
        "{plain_findings} {harvested_findings}"
    );
    // Most findings on harvested datasets are about a field the source fills.
    assert!(
        noted * 2 > harvested_findings,
        "{noted} of {harvested_findings}"
    );
}

#[test]
fn the_audit_groups_harvested_datasets_by_source() {
    let records = export_records(&corpus(EXPORT));
    let harvested = records
        .iter()
        .filter(|record| {
            record
                .get("harvest.backend")
                .is_some_and(|backend| !backend.is_empty())
        })
        .count();
    let mut by_domain: HashMap<String, usize> = HashMap::new();
    for record in &records {
        if record
            .get("harvest.backend")
            .is_some_and(|backend| !backend.is_empty())
        {
            *by_domain
                .entry(record["harvest.domain"].clone())
                .or_default() += 1;
        }
    }
    let (largest, count) = by_domain.iter().max_by_key(|(_, count)| **count).unwrap();
    let output = audit(&["-o", "/dev/null"]);
    let summary = String::from_utf8(output.stdout).unwrap();
    let heading = format!(
        "Harvested: {harvested} of {} datasets come from {} source catalogues",
        records.len(),
        by_domain.len()
    );
    assert!(summary.contains(&heading), "{heading}\n{summary}");
    let line = summary
        .lines()
        .find(|line| line.contains(largest.as_str()))
        .unwrap_or_else(|| panic!("{largest} not in\n{summary}"));
    assert!(
        line.split_whitespace()
            .any(|word| word == count.to_string()),
        "{line}"
    );

    let markdown = audit(&["--output-format", "markdown"]);
    let text = String::from_utf8(markdown.stdout).unwrap();
    assert!(text.contains(&format!("## {heading}")), "{text}");
    // Markdown escapes the dots of the host.
    let row = format!("| {} | {count} |", largest.replace('.', "\\."));
    assert!(text.contains(&row), "{row}\n{text}");
}
