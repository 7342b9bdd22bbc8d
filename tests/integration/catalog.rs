//! `dglint audit --catalog`: data.gouv.fr's real catalogue export (`tests/data/`).

use crate::common;

use std::collections::{BTreeMap, HashMap};

use crate::common::{corpus, dglint, export_records, schema_errors};
use serde_json::Value;

const CHUNK: &str = "export-dataset-20260116-chunk83.csv";
const RESOURCES: &str = "export-resource-sample-2026.csv";

fn audit(args: &[&str]) -> (i32, Value, String) {
    let output = dglint()
        .args([
            "audit",
            "--output-format",
            "json",
            "--as-of",
            "2026-01-16T05:52:49",
        ])
        .args(args)
        .output()
        .unwrap();
    let report = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("{error}: {}", String::from_utf8_lossy(&output.stderr)));
    (
        output.status.code().unwrap(),
        report,
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn every_dataset_of_the_real_chunk_is_read() {
    let path = corpus(CHUNK);
    let rows = export_records(&path);
    assert_eq!(rows.len(), 609);
    let (code, report, stderr) =
        audit(&["--include-archived", "--catalog", path.to_str().unwrap()]);
    assert_eq!(code, 1, "the chunk has errors");
    assert!(stderr.contains("without --resources"), "{stderr}");
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    let ids: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = rows.iter().map(|row| row["id"].as_str()).collect();
    assert_eq!(ids, expected, "all 609, in file order");

    let archived = rows.iter().filter(|row| row["archived"] != "False").count();
    assert_eq!(archived, 186);
    let concise = dglint()
        .args(["audit", "--output-format", "concise", "--catalog"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(concise.stdout).unwrap();
    assert!(
        text.contains("Checked 423 datasets"),
        "{}",
        &text[text.len() - 300..]
    );
    assert!(text.contains("Skipped 186 datasets (archived)"));

    let org = "Ville de Marseille";
    let (_, marseille, _) = audit(&["--organization", org, "--catalog", path.to_str().unwrap()]);
    let expected = rows
        .iter()
        .filter(|row| row["organization"] == org && row["archived"] == "False")
        .count();
    assert!(expected > 0);
    assert_eq!(marseille["summary"]["datasets"], expected);
}

/// The raw text of `text` from a 1-based line and column (in characters) on.
fn at(text: &str, line: u64, column: u64) -> &str {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line as usize - 1)
        .map(str::len)
        .sum();
    let rest = &text[line_start..];
    let offset = rest
        .char_indices()
        .nth(column as usize - 1)
        .map_or(rest.len(), |(offset, _)| offset);
    &rest[offset..]
}

#[test]
fn findings_and_explanations_point_at_the_cells() {
    let path = corpus(CHUNK);
    let text = std::fs::read_to_string(&path).unwrap();
    let rows = export_records(&path);
    let by_id: HashMap<&str, &BTreeMap<String, String>> =
        rows.iter().map(|row| (row["id"].as_str(), row)).collect();
    let (_, report, _) = audit(&["--include-archived", "--catalog", path.to_str().unwrap()]);
    // Pointer → the export column it comes from.
    let columns = [
        ("/license", "license"),
        ("/frequency", "frequency"),
        ("/description", "description"),
        ("/description_short", "description_short"),
        ("/temporal_coverage", "temporal_coverage.start"),
        ("/spatial", "spatial.granularity"),
        ("/tags", "tags"),
        ("/title", "title"),
    ];
    let mut checked = 0;
    for dataset in report["datasets"].as_array().unwrap() {
        let row = by_id[dataset["id"].as_str().unwrap()];
        for criterion in dataset["udata"]["criteria"].as_array().unwrap() {
            let Some(explanation) = criterion["explanation"].as_object() else {
                continue;
            };
            let pointer = explanation["pointer"].as_str().unwrap();
            let Some((_, column)) = columns.iter().find(|(known, _)| *known == pointer) else {
                continue;
            };
            let start = &explanation["start"];
            let cell = at(
                &text,
                start["line"].as_u64().unwrap(),
                start["column"].as_u64().unwrap(),
            );
            let quoted = format!("\"{}", row[*column].replace('"', "\"\""));
            assert!(
                cell.starts_with(&quoted),
                "{pointer} of {}: {:?} is not the `{column}` cell {quoted:?}",
                dataset["id"],
                &cell[..cell.len().min(60)]
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} explanations checked");
    // Findings are in the dataset export, at a cell: right after a separator or a line start.
    for finding in report["findings"].as_array().unwrap() {
        assert!(finding["file"].as_str().unwrap().ends_with(CHUNK));
        let line = finding["location"]["start"]["line"].as_u64().unwrap();
        let column = finding["location"]["start"]["column"].as_u64().unwrap();
        let line_text = text.split('\n').nth(line as usize - 1).unwrap();
        let before: String = line_text.chars().take(column as usize - 1).collect();
        assert!(
            column == 1 || before.ends_with(';'),
            "{finding:#} does not start a cell"
        );
    }
}

#[test]
fn udata_criteria_agree_with_the_export_quality_score() {
    // The dataset export alone lacks resource types, descriptions and availability (and the
    // last update, which comes from the resources unless the dataset is harvested): those
    // criteria are unknown, so dglint's points are a lower bound and the unknown criteria an
    // upper one. Where the dataset has no resource and its update criterion is known, the
    // two must be equal.
    let path = corpus(CHUNK);
    let rows = export_records(&path);
    let by_id: HashMap<&str, &BTreeMap<String, String>> =
        rows.iter().map(|row| (row["id"].as_str(), row)).collect();
    let (_, report, _) = audit(&["--include-archived", "--catalog", path.to_str().unwrap()]);
    let mut exact = 0;
    for dataset in report["datasets"].as_array().unwrap() {
        let row = by_id[dataset["id"].as_str().unwrap()];
        let portal = (row["quality_score"].parse::<f64>().unwrap() * 9.0).round() as u64;
        let known = dataset["udata"]["points"].as_u64().unwrap();
        let unknown = dataset["udata"]["unknown"].as_array().unwrap();
        assert!(
            known <= portal && portal <= known + unknown.len() as u64,
            "{}: dglint {known} (+{} unknown), portal {portal}",
            dataset["id"],
            unknown.len()
        );
        let fulfilled_known = !unknown.iter().any(|key| key == "update_fulfilled_in_time");
        if row["resources_count"] == "0" && fulfilled_known {
            assert_eq!(known, portal, "{}", dataset["id"]);
            exact += 1;
        }
    }
    assert!(exact >= 3, "{exact} datasets compared exactly");
}

#[test]
fn resources_are_joined_from_the_resource_export() {
    // A dataset export built from the real resource sample's `dataset.*` columns.
    let resources = corpus(RESOURCES);
    let resource_rows = export_records(&resources);
    let header: Vec<String> = std::fs::read_to_string(corpus(CHUNK))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .split(';')
        .map(|name| name.trim_matches('"').to_owned())
        .collect();
    let unavailable = "6a8f811b460df984acd656e2";
    let wanted = [unavailable, "6a9223aed37bfc6e3e4a409a"];
    let mut export = header
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(";");
    export.push_str("\r\n");
    for id in wanted {
        let source = resource_rows
            .iter()
            .find(|row| row["dataset.id"] == id)
            .unwrap();
        let cells: Vec<String> = header
            .iter()
            .map(|name| {
                let value = match name.as_str() {
                    "id" => id,
                    "title" => source["dataset.title"].as_str(),
                    "slug" => source["dataset.slug"].as_str(),
                    "license" => source["dataset.license"].as_str(),
                    "frequency" => "daily",
                    "archived" => "False",
                    _ => "",
                };
                format!("\"{value}\"")
            })
            .collect();
        export.push_str(&cells.join(";"));
        export.push_str("\r\n");
    }
    let dir = tempfile::tempdir().unwrap();
    let datasets = dir.path().join("export-dataset.csv");
    std::fs::write(&datasets, export).unwrap();
    let (_, report, stderr) = audit(&[
        "--catalog",
        datasets.to_str().unwrap(),
        "--resources",
        resources.to_str().unwrap(),
    ]);
    assert!(!stderr.contains("without --resources"));
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    for (dataset, id) in report["datasets"].as_array().unwrap().iter().zip(wanted) {
        assert_eq!(dataset["id"], id);
        assert_eq!(dataset["udata"]["unknown"], serde_json::json!([]));
        assert_eq!(dataset["udata"]["quality"]["has_resources"], true);
    }
    let quality = &report["datasets"][0]["udata"];
    assert_eq!(quality["quality"]["all_resources_available"], false);
    let explanation = quality["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|criterion| criterion["key"] == "all_resources_available")
        .unwrap()["explanation"]
        .clone();
    // Named relative to the project's root, although the command line gave it absolute.
    let relative = resources.strip_prefix(common::repo()).unwrap();
    assert_eq!(explanation["file"], relative.to_str().unwrap());
    // The cell is the `extras` of that resource's record in the resource export.
    let text = std::fs::read_to_string(&resources).unwrap();
    let cell = at(
        &text,
        explanation["start"]["line"].as_u64().unwrap(),
        explanation["start"]["column"].as_u64().unwrap(),
    );
    assert!(cell.starts_with("\"{\"\"check:id\"\""), "{}", &cell[..60]);
    assert!(cell.contains("\"\"check:available\"\": false"));
    // The daily frequency is checked against the resources' `modified` dates.
    let fulfilled = &quality["quality"]["update_fulfilled_in_time"];
    assert!(fulfilled.is_boolean());
}

#[test]
fn a_broken_record_is_reported_and_the_others_still_are() {
    let dir = tempfile::tempdir().unwrap();
    let datasets = dir.path().join("export-dataset.csv");
    std::fs::write(
        &datasets,
        "\"id\";\"title\";\"license\";\"archived\"\r\n\
         \"a\";\"Un jeu\";\"License Not Specified\";False\r\n\
         \"b\";\"Deux\"\r\n\
         \"c\";\"Trois\";\"\";False\r\n",
    )
    .unwrap();
    let (code, report, _) = audit(&["--catalog", datasets.to_str().unwrap()]);
    assert_eq!(code, 1);
    // The short record is a problem of the file, not a dataset: nothing but DG001 on its
    // line, no scores, counted apart.
    assert_eq!(report["summary"]["datasets"], 2);
    assert_eq!(report["summary"]["skipped"]["broken record"], 1);
    let on_line_3: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["location"]["start"]["line"] == 3)
        .map(|finding| finding["code"].as_str().unwrap())
        .collect();
    assert_eq!(on_line_3, ["DG001"], "the short record, on its line");
    let ids: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(report["datasets"][0]["udata"]["quality"]["license"], true);
    assert_eq!(report["datasets"][1]["udata"]["quality"]["license"], false);

    let missing = dglint()
        .args(["audit", "--catalog", "no-such-export.csv"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8(missing.stderr)
            .unwrap()
            .contains("cannot read no-such-export.csv")
    );
}
