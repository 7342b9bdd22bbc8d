//! `dglint audit`'s summary and reports (CSV, Markdown, HTML, `--compare`) over the real
//! catalogue export chunk (`tests/data/`).

use crate::common;

use std::collections::HashMap;
use std::path::Path;

use crate::common::{corpus, dglint};
use serde_json::Value;

const CHUNK: &str = "export-dataset-20260116-chunk83.csv";
const RESOURCES: &str = "export-resource-sample-2026.csv";
const AS_OF: &str = "2026-01-16T05:52:49";

/// Runs an audit of the chunk with `args`; returns stdout and stderr.
fn audit(as_of: &str, args: &[&str]) -> (String, String) {
    let output = dglint()
        .args(["audit", "--catalog"])
        .arg(corpus(CHUNK))
        .arg("--resources")
        .arg(corpus(RESOURCES))
        .args(["--as-of", as_of])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.code().unwrap() <= 1, "{output:?}");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn path_arg(format: &str, path: &Path) -> String {
    format!("{format}={}", path.display())
}

fn read_csv(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    common::csv_records(path, b',')
}

/// The export's usage columns by dataset id, read independently of dglint.
fn export_usage() -> HashMap<String, [f64; 4]> {
    common::export_records(&corpus(CHUNK))
        .into_iter()
        .map(|row| {
            let number = |name: &str| row[name].parse::<f64>().unwrap_or(0.0);
            let usage = [
                number("metric.views"),
                number("metric.resources_downloads"),
                number("metric.reuses"),
                number("metric.followers"),
            ];
            (row["id"].clone(), usage)
        })
        .collect()
}

#[test]
fn summary_csv_markdown_and_html_over_the_real_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let (csv_path, markdown_path, html_path, json_path) = (
        dir.path().join("audit.csv"),
        dir.path().join("audit.md"),
        dir.path().join("audit.html"),
        dir.path().join("audit.json"),
    );
    let (stdout, _) = audit(
        AS_OF,
        &[
            "--output-format",
            "concise",
            "--lang",
            "en",
            "--report",
            &path_arg("csv", &csv_path),
            "--report",
            &path_arg("markdown", &markdown_path),
            "--report",
            &path_arg("html", &html_path),
            "--report",
            &path_arg("json", &json_path),
        ],
    );
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    let datasets = report["datasets"].as_array().unwrap();
    let total = datasets.len();
    assert!(total > 400, "{total}");

    // The terminal summary ends the output.
    let summary = &stdout[stdout.find("Audit of ").expect("a summary")..];
    assert!(
        summary.starts_with(&format!("Audit of {total} datasets\n")),
        "{summary}"
    );
    assert!(
        summary.contains("Skipped 186 datasets (archived)"),
        "{summary}"
    );
    let histogram: usize = summary
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let (points, rest) = line.split_once("/9 ")?;
            points.parse::<u8>().ok()?;
            rest.split_whitespace().next()?.parse::<usize>().ok()
        })
        .sum();
    assert_eq!(histogram, total, "the udata histogram counts every dataset");
    let fix_first = summary.split("Fix first").nth(1).expect("a fix-first list");
    assert_eq!(
        fix_first
            .lines()
            .filter(
                |line| line.trim_start().starts_with(|c: char| c.is_ascii_digit())
                    && line.contains(". ")
            )
            .count(),
        10
    );

    // The CSV: one row per dataset, scores as in the JSON report, fix-first order, and the
    // priority recomputed from the export's own metric columns.
    let rows = read_csv(&csv_path);
    assert_eq!(rows.len(), total);
    let by_id: HashMap<&str, &Value> = datasets
        .iter()
        .map(|dataset| (dataset["id"].as_str().unwrap(), dataset))
        .collect();
    let usage = export_usage();
    let mut last_priority = f64::INFINITY;
    for row in &rows {
        let dataset = by_id[row["id"].as_str()];
        assert_eq!(row["udata_points"], dataset["udata"]["points"].to_string());
        assert_eq!(
            row["dglint_grade"],
            dataset["dglint"]["grade"].as_str().unwrap()
        );
        let dglint: f64 = row["dglint_score"].parse().unwrap();
        assert!((dglint - dataset["dglint"]["score"].as_f64().unwrap()).abs() < 0.051);
        let [views, downloads, reuses, followers] = usage[&row["id"]];
        let weight = 1.0 + (1.0 + views + downloads + 100.0 * reuses + 10.0 * followers).log10();
        let expected = (100.0 - dataset["dglint"]["score"].as_f64().unwrap()) * weight;
        let priority: f64 = row["priority"].parse().unwrap();
        assert!(
            (priority - expected).abs() < 0.06,
            "{} {priority} {expected}",
            row["id"]
        );
        assert!(priority <= last_priority + 1e-9, "fix-first order");
        last_priority = priority;
        assert_eq!(row["views"], format!("{views}"));
    }
    insta::assert_snapshot!("audit_csv", std::fs::read_to_string(&csv_path).unwrap());
    insta::assert_snapshot!(
        "audit_markdown",
        std::fs::read_to_string(&markdown_path).unwrap()
    );

    // The HTML: self-contained, English as asked, every dataset in its data.
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for external in ["<script src", "<link", "<img", "@import", "url(", "<iframe"] {
        assert!(
            !html.contains(external),
            "the page must not load `{external}`"
        );
    }
    for heading in ["Key figures", "Where the catalogue stands", "Datasets"] {
        assert!(html.contains(heading), "{heading}");
    }
    let data_start = html.find("id=\"audit-data\">").unwrap() + "id=\"audit-data\">".len();
    let data_end = data_start + html[data_start..].find("</script>").unwrap();
    let data: Value = serde_json::from_str(&html[data_start..data_end]).unwrap();
    assert_eq!(data["rows"].as_array().unwrap().len(), total);
    assert_eq!(html.matches("<svg role=\"img\"").count(), 5, "five charts");
    assert_eq!(
        html.matches("<desc id=").count(),
        5,
        "each with a text alternative"
    );
}

#[test]
fn the_html_report_is_french_unless_told() {
    let dir = tempfile::tempdir().unwrap();
    let html_path = dir.path().join("audit.html");
    let (stdout, _) = audit(
        AS_OF,
        &[
            "--output-format",
            "concise",
            "--report",
            &path_arg("html", &html_path),
        ],
    );
    assert!(
        stdout.contains("Audit of "),
        "the terminal follows LANG (unset: English)"
    );
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("Chiffres clés"));
}

#[test]
fn compare_adds_trends_to_every_report() {
    let dir = tempfile::tempdir().unwrap();
    let previous = dir.path().join("previous.json");
    // The same catalogue seen half a year earlier: time alone makes datasets late.
    audit(
        "2025-07-01T00:00:00",
        &["--output-format", "json", "-o", previous.to_str().unwrap()],
    );
    let previous_report: Value =
        serde_json::from_str(&std::fs::read_to_string(&previous).unwrap()).unwrap();
    let (csv_path, markdown_path, html_path) = (
        dir.path().join("audit.csv"),
        dir.path().join("audit.md"),
        dir.path().join("audit.html"),
    );
    let (stdout, _) = audit(
        AS_OF,
        &[
            "--output-format",
            "concise",
            "--compare",
            previous.to_str().unwrap(),
            "--report",
            &path_arg("csv", &csv_path),
            "--report",
            &path_arg("markdown", &markdown_path),
            "--report",
            &path_arg("html", &html_path),
        ],
    );
    let trends = &stdout[stdout
        .find("Since the audit of 2025-07-01")
        .expect("trends")..];
    let regressed: usize = trends
        .split(" improved, ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|count| count.parse().ok())
        .expect("a regressed count");
    assert!(regressed > 0, "{trends}");
    assert!(trends.contains(" new findings, "), "{trends}");

    let before: HashMap<&str, (u64, f64)> = previous_report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| {
            (
                dataset["id"].as_str().unwrap(),
                (
                    dataset["udata"]["points"].as_u64().unwrap(),
                    dataset["dglint"]["score"].as_f64().unwrap(),
                ),
            )
        })
        .collect();
    let rows = read_csv(&csv_path);
    let mut lower = 0;
    for row in &rows {
        let (points, score) = before[row["id"].as_str()];
        assert_eq!(row["udata_points_before"], points.to_string());
        let written: f64 = row["dglint_score_before"].parse().unwrap();
        assert!((written - score).abs() < 0.051);
        let now: f64 = row["dglint_score"].parse().unwrap();
        if now < written - 0.05 {
            lower += 1;
        }
    }
    assert!(lower > 0);
    let markdown = std::fs::read_to_string(&markdown_path).unwrap();
    assert!(
        markdown.contains("## Since the audit of 2025-07-01"),
        "{markdown}"
    );
    assert!(markdown.contains("### Regressed"));
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.contains("id=\"trends\""));
    let (json_text, _) = audit(
        AS_OF,
        &[
            "--output-format",
            "json",
            "--compare",
            previous.to_str().unwrap(),
        ],
    );
    let json: Value = serde_json::from_str(&json_text).unwrap();
    assert_eq!(common::schema_errors(&json), Vec::<String>::new());
    let comparison = &json["comparison"];
    assert_eq!(
        comparison["previous_as_of"].as_str().unwrap().get(..10),
        Some("2025-07-01")
    );
    assert_eq!(comparison["regressed"].as_array().unwrap().len(), regressed);
    let new_dg401 = comparison["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|trend| trend["code"] == "DG401")
        .map(|trend| trend["new"].as_u64().unwrap());
    assert!(new_dg401 > Some(0), "time made datasets late: {comparison}");

    // Against itself, nothing moves.
    let same = dir.path().join("same.json");
    audit(
        AS_OF,
        &["--output-format", "json", "-o", same.to_str().unwrap()],
    );
    let (stdout, _) = audit(
        AS_OF,
        &[
            "--output-format",
            "concise",
            "--compare",
            same.to_str().unwrap(),
        ],
    );
    assert!(
        stdout.contains("0 datasets improved, 0 regressed; 0 new, 0 gone"),
        "{stdout}"
    );
    assert!(stdout.contains("0 new findings, 0 fixed"));
}

#[test]
fn a_bad_previous_report_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let previous = dir.path().join("previous.json");
    std::fs::write(&previous, "{\"not\": \"a report\"}").unwrap();
    let output = dglint()
        .args(["audit", "--catalog"])
        .arg(corpus(CHUNK))
        .arg("--compare")
        .arg(&previous)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a dglint JSON report"));
}

/// On a terminal, the audit shows its progress on stderr (with a rate and the time left);
/// piped, it shows none. `script` (util-linux) gives the run a pseudo-terminal.
#[test]
fn progress_shows_on_a_terminal_only() {
    let binary = assert_cmd::cargo::cargo_bin("dglint");
    let command = format!(
        "'{}' audit --catalog '{}' --output-format json -o /dev/null --lang en",
        binary.display(),
        corpus(CHUNK).display()
    );
    let on_terminal = std::process::Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env_remove("LANG")
        .output()
        .expect("script (util-linux) runs");
    let drawn = String::from_utf8_lossy(&on_terminal.stdout);
    assert!(drawn.contains("/423 datasets ("), "{drawn}");
    assert!(drawn.contains(" left)"), "an estimated time left: {drawn}");

    let (_, piped_stderr) = audit(AS_OF, &["--output-format", "json", "-o", "/dev/null"]);
    assert!(!piped_stderr.contains("datasets ("), "{piped_stderr}");
    assert!(
        !piped_stderr.contains('\u{1b}'),
        "no escape sequences when piped"
    );
}
