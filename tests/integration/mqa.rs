//! The `mqa` profile: each indicator's examples, reachability from a link check, what the
//! profile adds to the reports, and the real catalogue chunk assessed from its export.

use crate::common;

use std::path::Path;

use crate::common::{corpus, dglint, run_json, schema_errors};
use chrono::{DateTime, Utc};
use dglint::links::Verdicts;
use dglint::model::Origin;
use dglint::model::dates::parse_instant;
use dglint::score::dglint::Outcome;
use dglint::score::mqa::indicators;
use dglint::score::{MqaScore, ScoreSettings};
use serde_json::{Value, json};

fn now() -> DateTime<Utc> {
    parse_instant("2026-11-22").unwrap()
}

/// Lints a YAML manifest in memory, as `dglint check --profile mqa` does, and returns its MQA.
fn assess(yaml: &str, links: Option<Verdicts>) -> MqaScore {
    let settings = ScoreSettings {
        mqa: true,
        ..ScoreSettings::default()
    };
    common::score_yaml(yaml, now(), Origin::Manifest, links, &settings)
        .mqa
        .expect("the profile is on")
}

fn outcome(score: &MqaScore, id: &str) -> Outcome {
    score
        .indicators()
        .find(|result| result.indicator.id.as_str() == id)
        .map(|result| result.outcome)
        .unwrap()
}

#[test]
fn every_indicator_is_met_by_its_example_and_missed_by_the_other() {
    let mut checked = 0;
    for indicator in indicators::embedded() {
        let Some(examples) = &indicator.examples else {
            continue;
        };
        let id = indicator.id.as_str();
        let met = assess(&examples.meets, None);
        assert_eq!(outcome(&met, id), Outcome::Met, "{id}: {}", examples.meets);
        let missed = assess(&examples.misses, None);
        assert_eq!(
            outcome(&missed, id),
            Outcome::Missed,
            "{id}: {}",
            examples.misses
        );
        checked += 1;
    }
    assert_eq!(checked, 19, "every indicator the producer can meet offline");
}

#[test]
fn reachability_counts_only_with_a_link_check() {
    let yaml = "title: Musées\nresources:\n  - {title: Liste, url: 'https://example.org/ok.csv', format: csv}\n  - {title: Vieux, url: 'https://example.org/gone.csv', format: csv}\n";
    let unchecked = assess(yaml, None);
    assert_eq!(outcome(&unchecked, "accessUrlStatusCode"), Outcome::Unknown);
    assert_eq!(unchecked.unknown_points, 80);
    let verdicts = |ok: &str, gone: &str| -> Verdicts {
        serde_json::from_value(json!({
            "https://example.org/ok.csv": {"state": ok, "reason": "HTTP", "status": 200},
            "https://example.org/gone.csv": {"state": gone, "reason": "HTTP", "status": 404},
        }))
        .unwrap()
    };
    let checked = assess(yaml, Some(verdicts("available", "unavailable")));
    assert_eq!(outcome(&checked, "accessUrlStatusCode"), Outcome::Met);
    assert_eq!(outcome(&checked, "downloadUrlStatusCode"), Outcome::Met);
    assert_eq!(checked.unknown_points, 0);
    // The answering distribution counts, not the one listed first.
    assert_eq!(checked.distribution, Some(0));
    let broken = assess(yaml, Some(verdicts("unavailable", "unavailable")));
    assert_eq!(outcome(&broken, "downloadUrlStatusCode"), Outcome::Missed);
    assert_eq!(broken.points + 80, checked.points);
}

#[test]
fn the_profile_adds_the_mqa_to_every_report_and_the_schema_describes_it() {
    let examples = common::repo().join("examples");
    let (_, report) = run_json(
        "score",
        &["--profile", "mqa", examples.to_str().unwrap()],
        Path::new("."),
    );
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    let datasets = report["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), 3);
    for dataset in datasets {
        let mqa = &dataset["mqa"];
        let points = mqa["points"].as_u64().unwrap();
        let dimensions: u64 = [
            "findability",
            "accessibility",
            "interoperability",
            "reusability",
            "contextuality",
        ]
        .iter()
        .map(|name| mqa["dimensions"][name]["points"].as_u64().unwrap())
        .sum();
        assert_eq!(points, dimensions, "{}", dataset["label"]);
        assert_eq!(mqa["indicators"].as_array().unwrap().len(), 23);
        assert_eq!(mqa["lost_to_feed"], 50);
        // Fields of the wrong type (qualite-air) still get all three scores.
        assert!(dataset["udata"]["points"].is_u64() && dataset["dglint"]["score"].is_f64());
    }
    let (_, without) = run_json("score", &[examples.to_str().unwrap()], Path::new("."));
    assert!(
        without["datasets"][0].get("mqa").is_none(),
        "off unless asked"
    );
    let table = dglint()
        .args(["score", "--isolated", "--profile", "mqa"])
        .arg(&examples)
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.lines().next().unwrap().contains("MQA"), "{table}");
    assert!(
        table.contains("350/405 (good)"),
        "the complete example: {table}"
    );
}

#[test]
fn an_unknown_profile_is_refused_where_it_is_written() {
    let output = dglint()
        .args(["score", "--isolated", "--profile", "europe", "examples"])
        .current_dir(common::repo())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("udata, dglint, mqa"), "{stderr}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dglint.toml"),
        "[score]\nprofiles = [\"mqa\", \"eu\"]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.dataset.yaml"), "title: Musées\n").unwrap();
    let output = dglint()
        .args(["score", "a.dataset.yaml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown score profile `eu`") && stderr.contains("dglint.toml:2"),
        "{stderr}"
    );
}

#[test]
fn the_real_chunk_is_assessed_from_its_export() {
    let path = corpus("export-dataset-20260116-chunk83.csv");
    let dir = tempfile::tempdir().unwrap();
    let csv_report = dir.path().join("audit.csv");
    let output = dglint()
        .args([
            "audit",
            "--isolated",
            "--include-archived",
            "--profile",
            "mqa",
            "--output-format",
            "json",
            "--as-of",
            "2026-01-16T05:52:49Z",
            "--catalog",
            path.to_str().unwrap(),
        ])
        .arg("--report")
        .arg(format!("csv={}", csv_report.display()))
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let datasets = report["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), 609);
    let mut ratings = std::collections::BTreeMap::new();
    for dataset in datasets {
        let mqa = &dataset["mqa"];
        *ratings.entry(mqa["rating"].as_str().unwrap()).or_insert(0) += 1;
        // Without the resource export: reachability, media types and sizes are unknown, and
        // so are contact points (the export has no column for them).
        let unknown: Vec<&str> = mqa["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|indicator| indicator["unknown"] == true)
            .map(|indicator| indicator["id"].as_str().unwrap())
            .collect();
        assert!(unknown.contains(&"contactPointAvailability"), "{unknown:?}");
        assert!(mqa["points"].as_u64().unwrap() <= 350);
    }
    println!("MQA ratings of the chunk, from its export: {ratings:?}");
    assert!(ratings.len() >= 2, "{ratings:?}");
    // The audit's CSV carries the same ratings.
    let rows = common::csv_records(&csv_report, b',');
    assert_eq!(rows.len(), 609);
    let mut from_csv = std::collections::BTreeMap::new();
    for row in &rows {
        *from_csv.entry(row["mqa_rating"].clone()).or_insert(0) += 1;
    }
    let from_json: std::collections::BTreeMap<String, i32> = ratings
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    assert_eq!(from_csv, from_json);
}
