//! data.gouv.fr as it really runs, on the real 2026-01-16 catalogue export (`tests/data/`):
//! the production description threshold, everything a record says of its resources, served
//! scores that contradict the metadata, and findings that name their dataset.
//!
//! The portal's own `quality_score` column is the reference: for every record, dglint's known
//! points must not exceed it and its known + unknown points must reach it.

use crate::common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::common::{corpus, dglint, export_records};
use serde_json::Value;

const CHUNK: &str = "export-dataset-20260116-chunk83.csv";
const EVIDENCE: &str = "export-dataset-20260116-description-evidence.csv";
/// When the export was made: the portal's scores were served at this time.
const EXPORTED_AT: &str = "2026-01-16T05:52:49Z";

/// The export's records by id.
fn records(path: &Path) -> HashMap<String, BTreeMap<String, String>> {
    export_records(path)
        .into_iter()
        .map(|row| (row["id"].clone(), row))
        .collect()
}

/// `dglint audit --catalog FILE --include-archived` at the export's date, with a config when
/// given (else none): the exit code, the JSON report and stderr.
fn audit(file: &str, config: Option<&str>, extra: &[&str]) -> (i32, Value, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut command = dglint();
    command.current_dir(dir.path()).args([
        "audit",
        "--output-format",
        "json",
        "--include-archived",
        "--as-of",
        EXPORTED_AT,
        "--catalog",
        corpus(file).to_str().unwrap(),
    ]);
    match config {
        Some(text) => {
            std::fs::write(dir.path().join("dglint.toml"), text).unwrap();
        }
        None => {
            command.arg("--isolated");
        }
    }
    let output = command.args(extra).output().unwrap();
    let report = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("{error}: {}", String::from_utf8_lossy(&output.stderr)));
    (
        output.status.code().unwrap(),
        report,
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `dglint audit --isolated --include-archived` of the export at `path` (any string the
/// command line takes), at the export's date, in `format`, with `extra` arguments.
fn run_audit(path: &str, format: &str, extra: &[&str]) -> std::process::Output {
    dglint()
        .args([
            "audit",
            "--isolated",
            "--include-archived",
            "--output-format",
            format,
            "--as-of",
            EXPORTED_AT,
            "--catalog",
            path,
        ])
        .args(extra)
        .output()
        .unwrap()
}

/// The points data.gouv.fr served for a record.
fn served(row: &BTreeMap<String, String>) -> u64 {
    (row["quality_score"].parse::<f64>().unwrap() * 9.0).round() as u64
}

/// (known points, points the unknown criteria may add) of a dataset of the report.
fn bounds(dataset: &Value) -> (u64, u64) {
    let known = dataset["udata"]["points"].as_u64().unwrap();
    let unknown = dataset["udata"]["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|key| *key != "has_resources")
        .count() as u64;
    (known, known + unknown)
}

fn findings_of<'r>(report: &'r Value, code: &str) -> Vec<&'r Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"] == code)
        .collect()
}

fn criterion<'r>(dataset: &'r Value, key: &str) -> &'r Value {
    &dataset["udata"]["quality"][key]
}

#[test]
fn data_gouv_fr_counts_a_description_above_200_characters() {
    let rows = records(&corpus(EVIDENCE));
    let (_, report, _) = audit(EVIDENCE, None, &[]);
    let datasets = report["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), rows.len());
    let (mut exact, mut between) = (0, 0);
    for dataset in datasets {
        let id = dataset["id"].as_str().unwrap();
        let row = &rows[id];
        let (low, high) = bounds(dataset);
        let portal = served(row);
        assert!(
            low <= portal && portal <= high,
            "{id}: dglint {low}..={high}, portal {portal}"
        );
        exact += usize::from(low == high && low == portal);
        let length = row["description"].chars().count();
        if (101..=200).contains(&length) && !row["description"].contains('\n') {
            between += 1;
            assert_eq!(
                criterion(dataset, "dataset_description_quality"),
                false,
                "{id}: {length} characters"
            );
        }
    }
    // Every record of the evidence is decided but for descriptions whose line breaks may
    // each have lost a carriage return right at the threshold.
    assert!(exact >= 55, "{exact} of {} exactly", datasets.len());
    assert!(between >= 12, "{between} records of 101–200 characters");
    assert!(findings_of(&report, "DG003").is_empty());

    // The explanation names the real threshold.
    let explained = datasets
        .iter()
        .flat_map(|dataset| dataset["udata"]["criteria"].as_array().unwrap())
        .filter(|result| result["key"] == "dataset_description_quality")
        .filter_map(|result| result["explanation"]["message"].as_str())
        .find(|message| message.contains("characters;"))
        .expect("a short description explained");
    assert!(
        explained.contains("data.gouv.fr counts it from more than 200"),
        "{explained}"
    );
}

#[test]
fn udata_defaults_and_other_instances_are_a_setting() {
    // With udata's default threshold, the records of 101–200 characters get one point more
    // than the portal serves: the served score contradicts the metadata (DG003), as it would
    // on an instance that runs udata's defaults.
    let rows = records(&corpus(EVIDENCE));
    let (_, report, _) = audit(EVIDENCE, Some("[udata]\ninstance = \"udata\"\n"), &[]);
    let outside: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|dataset| {
            let (low, high) = bounds(dataset);
            let portal = served(&rows[dataset["id"].as_str().unwrap()]);
            portal < low || portal > high
        })
        .map(|dataset| dataset["id"].as_str().unwrap())
        .collect();
    assert!(outside.len() >= 20, "{} outside", outside.len());
    let differs = findings_of(&report, "DG003");
    assert_eq!(differs.len(), outside.len());
    for finding in differs {
        let message = finding["message"].as_str().unwrap();
        assert!(message.contains("but its own rules give"), "{message}");
        assert!(outside.contains(&finding["dataset"].as_str().unwrap()));
    }

    // Another instance by name and threshold: DG201 and the criterion follow it.
    let (_, report, _) = audit(
        EVIDENCE,
        Some("[udata]\ninstance = \"data.example.org\"\ndescription-length = 150\n"),
        &["--select", "DG201"],
    );
    let short: Vec<&str> = findings_of(&report, "DG201")
        .iter()
        .map(|finding| finding["message"].as_str().unwrap())
        .collect();
    assert!(!short.is_empty());
    assert!(
        short
            .iter()
            .all(|message| message.ends_with("at least 151 are expected"))
    );
    let explained = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|dataset| dataset["udata"]["criteria"].as_array().unwrap())
        .filter_map(|result| result["explanation"]["message"].as_str())
        .find(|message| message.contains("counts it from"))
        .unwrap();
    assert!(explained.contains("data.example.org counts it from more than 150"));

    // An instance dglint does not know needs its threshold: a located config error.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dglint.toml"),
        "[udata]\ninstance = \"data.example.org\"\n",
    )
    .unwrap();
    let output = dglint()
        .current_dir(dir.path())
        .args(["check", "."])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("does not know the settings of the udata instance")
            && !stderr.contains("dglint::config"),
        "{stderr}"
    );
    assert!(stderr.contains("description-length"), "{stderr}");
}

#[test]
fn a_record_without_resources_has_none() {
    // Every evidence record has `resources_count` 0: no resource criterion is unknown, udata
    // leaves them out (its score can reach 5/9 at most), DG301 fires, and the update
    // criterion is decided from the dataset's own dates.
    let (_, report, _) = audit(EVIDENCE, None, &[]);
    let datasets = report["datasets"].as_array().unwrap();
    let no_resources = findings_of(&report, "DG301");
    assert_eq!(no_resources.len(), datasets.len());
    for dataset in datasets {
        let quality = &dataset["udata"]["quality"];
        for key in [
            "has_resources",
            "has_open_format",
            "all_resources_available",
        ] {
            assert!(quality.get(key).is_none(), "{}: {key}", dataset["id"]);
        }
        let unknown = dataset["udata"]["unknown"].as_array().unwrap();
        assert!(
            unknown
                .iter()
                .all(|key| key == "dataset_description_quality"),
            "{}: {unknown:?}",
            dataset["id"]
        );
    }
    // DG301 is drawn at the record's `resources_count` cell: `0` or `"0"`.
    for finding in no_resources {
        assert_eq!(finding["pointer"], "/resources");
        let length = finding["location"]["byte_length"].as_u64().unwrap();
        assert!(matches!(length, 1 | 3), "{finding:#}");
    }
}

#[test]
fn resources_formats_decide_the_open_format() {
    let rows = records(&corpus(CHUNK));
    let (_, report, _) = audit(CHUNK, None, &[]);
    let vocabulary_closed = ["pdf", "doc", "word", "xls", "excel", "xlsx", "docx"];
    let mut only_closed = 0;
    for dataset in report["datasets"].as_array().unwrap() {
        let id = dataset["id"].as_str().unwrap();
        let row = &rows[id];
        if row["resources_count"] == "0" {
            continue;
        }
        let formats: Vec<String> = row["resources_formats"]
            .split(',')
            .filter(|format| !format.is_empty())
            .map(str::to_lowercase)
            .collect();
        let open = formats
            .iter()
            .any(|format| !vocabulary_closed.contains(&format.as_str()));
        assert_eq!(
            criterion(dataset, "has_open_format"),
            open,
            "{id}: {formats:?}"
        );
        assert_eq!(criterion(dataset, "has_resources"), true, "{id}");
        if !open {
            only_closed += 1;
            let no_open = findings_of(&report, "DG304");
            let finding = no_open
                .iter()
                .find(|finding| finding["dataset"] == id)
                .unwrap_or_else(|| panic!("{id} lists only closed formats {formats:?}"));
            assert_eq!(finding["pointer"], "/resources_formats");
        }
    }
    assert!(
        only_closed >= 10,
        "{only_closed} records list only closed formats"
    );
    // DG303 names each closed format a record lists, at its place in the list.
    let closed = findings_of(&report, "DG303");
    let expected: usize = rows
        .values()
        .map(|row| {
            row["resources_formats"]
                .split(',')
                .filter(|format| vocabulary_closed.contains(&format.to_lowercase().as_str()))
                .count()
        })
        .sum();
    assert_eq!(closed.len(), expected);
    assert!(closed.iter().all(|finding| {
        finding["pointer"]
            .as_str()
            .unwrap()
            .starts_with("/resources_formats/")
    }));
}

#[test]
fn late_data_is_reported_with_its_days() {
    // Harvested records are dated by their harvest date even when their resources are not
    // listed: udata's criterion, DG401 and the days late agree.
    let (_, report, _) = audit(CHUNK, None, &[]);
    let late_ids: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|dataset| criterion(dataset, "update_fulfilled_in_time") == false)
        .map(|dataset| dataset["id"].as_str().unwrap())
        .collect();
    assert!(late_ids.len() >= 20, "{} late", late_ids.len());
    let out_of_date = findings_of(&report, "DG401");
    let mut flagged: Vec<&str> = out_of_date
        .iter()
        .map(|finding| finding["dataset"].as_str().unwrap())
        .collect();
    flagged.sort_unstable();
    let mut expected = late_ids.clone();
    expected.sort_unstable();
    assert_eq!(flagged, expected);
    for finding in &out_of_date {
        let message = finding["message"].as_str().unwrap();
        assert!(message.starts_with("the data is "), "{message}");
        assert!(message.contains(" days late"), "{message}");
    }

    // The audit's CSV report carries the days late of each of them.
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("audit.csv");
    let status = run_audit(
        corpus(CHUNK).to_str().unwrap(),
        "concise",
        &["--report", &format!("csv={}", csv_path.display())],
    );
    assert_eq!(status.status.code(), Some(1));
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|cell| cell == name).unwrap();
    let (id, days) = (column("id"), column("days_late"));
    let late_in_csv: Vec<String> = reader
        .records()
        .map(Result::unwrap)
        .filter(|record| record[days].parse::<i64>().is_ok_and(|days| days > 0))
        .map(|record| record[id].to_owned())
        .collect();
    assert_eq!(late_in_csv.len(), late_ids.len());
}

#[test]
fn a_served_score_the_metadata_contradicts_is_said() {
    // A real record whose served score is changed to 9/9: its metadata fail criteria the
    // portal would have to count, and DG003 names them.
    let source = std::fs::read_to_string(corpus(CHUNK)).unwrap();
    let mut lines = source.split("\r\n");
    let header = lines.next().unwrap();
    let record = lines
        .find(|line| line.starts_with("\"66d25da66c064cce49709389\""))
        .expect("the record");
    let quality_score = header
        .split(';')
        .position(|name| name == "\"quality_score\"")
        .unwrap();
    let cells: Vec<&str> = record.split(';').collect();
    assert_eq!(
        cells.len(),
        header.split(';').count(),
        "no `;` inside this record's cells"
    );
    let mut changed: Vec<String> = cells.iter().map(|cell| (*cell).to_owned()).collect();
    changed[quality_score] = "\"1.00\"".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.csv");
    std::fs::write(&path, format!("{header}\r\n{}\r\n", changed.join(";"))).unwrap();

    let output = run_audit(path.to_str().unwrap(), "json", &[]);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let differs = findings_of(&report, "DG003");
    assert_eq!(differs.len(), 1, "{:#}", report["findings"]);
    let message = differs[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("the portal shows 9/9, outside what its own rules give"),
        "{message}"
    );
    assert!(
        message.contains("it must count criteria the data fails now: "),
        "{message}"
    );
    assert!(message.contains("`temporal_coverage`"), "{message}");
    assert_eq!(differs[0]["pointer"], "/quality/score");
    // The served score as it is, within the bounds: nothing to say.
    let (_, report, _) = audit(CHUNK, None, &[]);
    assert!(findings_of(&report, "DG003").is_empty());
}

#[test]
fn every_finding_of_an_audit_names_its_dataset() {
    let (_, report, _) = audit(CHUNK, None, &[]);
    let ids: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["id"].as_str().unwrap())
        .collect();
    for finding in report["findings"].as_array().unwrap() {
        let dataset = finding["dataset"].as_str().expect("a dataset id");
        assert!(ids.contains(&dataset));
    }
    let run = |format: &str| {
        let output = run_audit(corpus(EVIDENCE).to_str().unwrap(), format, &[]);
        String::from_utf8(output.stdout).unwrap()
    };
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    assert!(results.iter().all(|result| {
        result["properties"]["dataset"]
            .as_str()
            .is_some_and(|id| id.len() == 24)
    }));
    // The findings CSV of `dglint check` on API data: a column with the dataset.
    let output = dglint()
        .args([
            "check",
            "--isolated",
            "--input",
            "api",
            "--output-format",
            "csv",
            "--as-of",
            EXPORTED_AT,
            corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json")
                .to_str()
                .unwrap(),
        ])
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|name| name == "dataset").unwrap();
    assert_eq!(column, header.len() - 2, "before `fixable`, the last");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|row| &row[column] == "5d13a8b6634f41070a43dff3")
    );
}

#[test]
fn records_cut_at_the_ends_of_a_piece_are_not_datasets() {
    // Exports cut into pieces have broken records at both ends: the head of a record at the
    // end of one piece, its tail at the start of the next.
    let source = std::fs::read_to_string(corpus(CHUNK)).unwrap();
    let lines: Vec<&str> = source.split("\r\n").collect();
    let (header, first, whole, last) = (lines[0], lines[1], lines[2], lines[3]);
    let tail = &first[first.len() / 2..];
    let head = &last[..last.len() / 2];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("piece.csv");
    std::fs::write(
        &path,
        format!("{header}\r\n{tail}\r\n{whole}\r\n{head}\r\n"),
    )
    .unwrap();
    let output = run_audit(path.to_str().unwrap(), "json", &[]);
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["summary"]["datasets"], 1);
    assert_eq!(report["summary"]["skipped"]["broken record"], 2);
    let broken: Vec<u64> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["dataset"].is_null())
        .map(|finding| {
            assert_eq!(finding["code"], "DG001");
            finding["location"]["start"]["line"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(broken, [2, 4]);
    // The summary counts datasets, and the broken records apart.
    let output = run_audit(path.to_str().unwrap(), "concise", &[]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Audit of 1 dataset\n"), "{stdout}");
    assert!(
        stdout.contains("records that are not whole, each reported as DG001"),
        "{stdout}"
    );
}

#[test]
fn serialisation_debris_is_named_with_its_field() {
    // Descriptions of the chunk carry `&amp;` for `&` in their links (a broken link on the
    // portal).
    let rows = records(&corpus(CHUNK));
    let (_, report, _) = audit(CHUNK, None, &["--select", "DG209"]);
    let debris = findings_of(&report, "DG209");
    let expected = rows
        .values()
        .filter(|row| row["description"].contains("&amp;"))
        .count();
    assert!(expected >= 10);
    let in_descriptions: Vec<&&Value> = debris
        .iter()
        .filter(|finding| finding["pointer"] == "/description")
        .collect();
    assert_eq!(in_descriptions.len(), expected);
    for finding in in_descriptions {
        assert_eq!(
            finding["message"],
            "`description` holds escaped HTML entities (`&amp;`) instead of the characters"
        );
    }
}

#[test]
fn headline_figures_are_bounds_beside_the_served_ones() {
    let rows = records(&corpus(CHUNK));
    let (_, report, _) = audit(CHUNK, None, &[]);
    let datasets = report["datasets"].as_array().unwrap();
    let count = datasets.len() as f64;
    let (mut low, mut high, mut portal) = (0.0, 0.0, 0.0);
    for dataset in datasets {
        let (known, most) = bounds(dataset);
        low += known as f64;
        high += most as f64;
        portal += served(&rows[dataset["id"].as_str().unwrap()]) as f64;
    }
    let expected = format!(
        "data.gouv.fr score, mean {:.1} to {:.1}/9; the portal serves {:.1}/9:",
        low / count,
        high / count,
        portal / count
    );
    let output = run_audit(corpus(CHUNK).to_str().unwrap(), "concise", &[]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains(&expected), "{expected}\n{stdout}");
    assert!(low < portal && portal < high);
}

#[test]
fn files_that_are_not_the_export_they_are_given_as_are_refused() {
    let refused = |args: &[&str]| {
        let output = dglint()
            .args(["audit", "--isolated", "--output-format", "concise"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "nothing audited: {args:?}");
        String::from_utf8(output.stderr).unwrap()
    };
    let resources = corpus("export-resource-sample-2026.csv");
    let chunk = corpus(CHUNK);
    let manifest = common::repo().join("examples/musees-de-france.dataset.yaml");
    let stderr = refused(&["--catalog", resources.to_str().unwrap()]);
    assert!(
        stderr.contains("is not a dataset catalogue export"),
        "{stderr}"
    );
    assert!(stderr.contains("give it with --resources"), "{stderr}");
    let stderr = refused(&["--catalog", manifest.to_str().unwrap()]);
    assert!(
        stderr.contains("its first line is `# yaml-language-server"),
        "{stderr}"
    );
    let stderr = refused(&[
        "--catalog",
        chunk.to_str().unwrap(),
        "--resources",
        corpus(EVIDENCE).to_str().unwrap(),
    ]);
    assert!(
        stderr.contains("is not a resource catalogue export"),
        "{stderr}"
    );
    assert!(stderr.contains("give it with --catalog"), "{stderr}");

    // A resource export of other datasets (a sample of another day) is said, with counts.
    let output = run_audit(
        chunk.to_str().unwrap(),
        "concise",
        &["--resources", resources.to_str().unwrap()],
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("lists the resources of 0 of the 605 datasets that have some"),
        "{stderr}"
    );
}
