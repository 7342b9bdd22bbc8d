//! Scores through the binary: `dglint score`, the scores in `dglint check`, API input, gates,
//! and the `[score]` config.

use crate::common::{corpus, dglint, repo, run_json, schema_errors};
use serde_json::Value;
use std::collections::BTreeSet;

fn dataset<'a>(report: &'a Value, label_end: &str) -> &'a Value {
    report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|dataset| dataset["label"].as_str().unwrap().ends_with(label_end))
        .unwrap_or_else(|| panic!("no dataset {label_end} in {report:#}"))
}

#[test]
fn score_table_csv_and_json_of_the_examples() {
    let table = dglint()
        .current_dir(repo())
        .args(["score", "--as-of", "2026-11-22", "examples"])
        .output()
        .unwrap();
    assert_eq!(table.status.code(), Some(0), "no gate: exit 0");
    let table = String::from_utf8(table.stdout).unwrap();
    let good = table
        .lines()
        .find(|line| line.starts_with("examples/musees-de-france.dataset.yaml"))
        .unwrap();
    assert!(
        good.contains("9/9 (100 %, Bon)") && good.contains("100.0 (A)"),
        "{good}"
    );
    let imperfect = table
        .lines()
        .find(|line| line.starts_with("examples/equipements-sportifs"))
        .unwrap();
    assert!(imperfect.contains("5/9 (56 %, À améliorer)"), "{imperfect}");
    // Its description is the criterion worth most that it misses.
    assert!(
        imperfect.contains("DG201 description-too-short (+"),
        "{imperfect}"
    );
    assert!(table.ends_with("Scored 3 datasets\n"), "{table}");
    assert!(table.starts_with("DATASET "), "{table}");
    let french = dglint()
        .current_dir(repo())
        .args(["score", "--lang", "fr", "--as-of", "2026-11-22", "examples"])
        .output()
        .unwrap();
    let french = String::from_utf8(french.stdout).unwrap();
    let header = french.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("JEU DE DONNÉES ") && header.ends_with("À CORRIGER D'ABORD"),
        "{french}"
    );

    let csv = dglint()
        .current_dir(repo())
        .args(["score", "--as-of", "2026-11-22", "--output-format", "csv"])
        .arg("examples")
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    assert_eq!(header[..3], ["dataset", "file", "pointer"]);
    assert!(header.contains(&"update_fulfilled_in_time"));
    assert_eq!(rows.count(), 3);

    let (code, report) = run_json("score", &["examples"], &repo());
    assert_eq!(code, 0);
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    let sports = dataset(&report, "equipements-sportifs.dataset.yaml");
    assert_eq!(sports["udata"]["points"], 5);
    assert_eq!(sports["udata"]["quality"]["license"], false);
    assert_eq!(sports["udata"]["quality"]["has_resources"], true);
    let fulfilled = sports["udata"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|criterion| criterion["key"] == "update_fulfilled_in_time")
        .unwrap();
    assert_eq!(fulfilled["passed"], false);
    assert_eq!(fulfilled["predicted"], true);
    assert_eq!(fulfilled["explanation"]["rule"], "DG401");
    assert_eq!(fulfilled["explanation"]["pointer"], "/last_update");
    assert_eq!(fulfilled["explanation"]["start"]["line"], 7);
}

#[test]
fn the_human_report_explains_each_missing_point() {
    let output = dglint()
        .current_dir(repo())
        .args([
            "check",
            "--as-of",
            "2026-11-22",
            "--output-format",
            "full",
            "--color",
            "never",
        ])
        .arg("examples/equipements-sportifs.dataset.yaml")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains(
        "examples/equipements-sportifs.dataset.yaml: data.gouv.fr score 5/9 (56 %, À améliorer)"
    ));
    let description = text
        .lines()
        .find(|line| line.contains("✗ dataset_description_quality"))
        .unwrap();
    assert!(
        description.contains("equipements-sportifs.dataset.yaml:3:14, DG201"),
        "{description}"
    );
    assert!(text.contains("✓ temporal_coverage"));
    assert!(text.contains("fix these first: DG201 description-too-short"));
}

#[test]
fn gates_fail_below_their_floor_and_name_the_datasets() {
    let run = |args: &[&str]| {
        let output = dglint()
            .current_dir(repo())
            .args(["score", "--as-of", "2026-11-22"])
            .args(args)
            .args([
                "examples/musees-de-france.dataset.yaml",
                "examples/equipements-sportifs.dataset.yaml",
            ])
            .output()
            .unwrap();
        (
            output.status.code().unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let (code, stderr) = run(&["--fail-under-udata", "6"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("1 dataset is below the score gate"),
        "{stderr}"
    );
    assert!(stderr.contains(
        "examples/equipements-sportifs.dataset.yaml: data.gouv.fr score 5/9 is below \
         --fail-under-udata 6"
    ));
    assert!(!stderr.contains("musees"));
    assert_eq!(run(&["--fail-under-udata", "5"]).0, 0);
    let (code, stderr) = run(&["--fail-under", "99.5"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("dglint score"), "{stderr}");
    assert_eq!(run(&["--fail-under", "0"]).0, 0);
    assert_eq!(
        run(&["--fail-under", "101"]).0,
        2,
        "out of range is a usage error"
    );
    assert_eq!(run(&["--fail-under-udata", "10"]).0, 2);

    // `check` keeps its finding-based exit code, and the gate adds to it.
    let clean = dglint()
        .current_dir(repo())
        .args(["check", "--as-of", "2026-11-22", "--fail-under", "100"])
        .arg("examples/musees-de-france.dataset.yaml")
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0));
    let gated = dglint()
        .current_dir(repo())
        .args(["check", "--as-of", "2026-11-22", "--exit-zero"])
        .args([
            "--fail-under",
            "90",
            "examples/equipements-sportifs.dataset.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(
        gated.status.code(),
        Some(1),
        "--exit-zero does not lift a gate"
    );
}

#[test]
fn a_saved_api_response_is_scored_like_the_portal() {
    // The real API response of data.gouv.fr's catalogue dataset, and its `quality` object.
    let path = corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json");
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let output = dglint()
        .args(["score", "--output-format", "json", "--as-of", "2025-04-10"])
        .arg(&path)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        report["files"][0]["origin"], "api",
        "detected by its API-only fields"
    );
    let scored = &report["datasets"][0];
    assert_eq!(scored["label"], "5d13a8b6634f41070a43dff3");
    let ours = scored["udata"]["quality"].as_object().unwrap();
    let portal = saved["quality"].as_object().unwrap();
    for (key, value) in portal {
        match key.as_str() {
            // The portal's cached object is stale: one of its resources is of type
            // `documentation`, which udata's code counts (the parity tool and the unit tests
            // pin that rule), so the live recomputation gives 7/9 where the cache says 6/9.
            "resources_documentation" => assert_eq!(ours[key], true),
            "score" => assert_eq!(ours[key].as_f64().unwrap(), 7.0 / 9.0),
            _ => assert_eq!(&ours[key], value, "{key}"),
        }
    }
    assert_eq!(ours.len(), portal.len(), "the same keys are present");
}

#[test]
fn api_arrays_pages_and_json_lines_point_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let record = |id: &str, license: &str| {
        format!(
            "{{\"id\": \"{id}\", \"uri\": \"https://x.fr/api/1/datasets/{id}/\", \
             \"license\": \"{license}\", \"frequency\": \"unknown\", \"resources\": []}}"
        )
    };
    let lines = format!("{}\n{}\n", record("a", "lov2"), record("b", ""));
    std::fs::write(dir.path().join("saved.jsonl"), &lines).unwrap();
    std::fs::write(
        dir.path().join("page.json"),
        format!(
            "{{\"data\": [\n{},\n{}\n], \"page\": 1, \"next_page\": null}}",
            record("c", "lov2"),
            record("d", "lov2")
        ),
    )
    .unwrap();
    std::fs::write(dir.path().join("lines-in.json"), &lines).unwrap();
    let (_, report) = run_json(
        "check",
        &[
            "--select",
            "DG230,DG240",
            "saved.jsonl",
            "page.json",
            "lines-in.json",
        ],
        dir.path(),
    );
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    let labels: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["a", "b", "c", "d", "a", "b"]);
    let findings = report["findings"].as_array().unwrap();
    let missing_licence: Vec<(&str, &str, u64)> = findings
        .iter()
        .filter(|finding| finding["code"] == "DG230")
        .map(|finding| {
            (
                finding["file"].as_str().unwrap(),
                finding["pointer"].as_str().unwrap(),
                finding["location"]["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        missing_licence,
        [
            ("lines-in.json", "/1/license", 2),
            ("saved.jsonl", "/1/license", 2)
        ]
    );
    let unknown_frequency = findings
        .iter()
        .filter(|finding| finding["code"] == "DG240" && finding["file"] == "page.json")
        .map(|finding| finding["location"]["start"]["line"].as_u64().unwrap())
        .collect::<Vec<_>>();
    assert_eq!(unknown_frequency, [2, 3]);
    // A dataset in a collection fails only the rules that fired inside it.
    let b = dataset(&report, "b");
    assert_eq!(b["udata"]["quality"]["license"], false);
    assert_eq!(
        b["dglint"]["categories"][0]["failed"],
        serde_json::json!(["DG230", "DG240"])
    );
    assert_eq!(
        dataset(&report, "c")["dglint"]["categories"][0]["failed"],
        serde_json::json!(["DG240"])
    );
}

#[test]
fn input_kind_can_be_forced() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plain.json"),
        "[{\"title\": \"a\", \"license\": \"lov2\"}, {\"title\": \"b\"}]",
    )
    .unwrap();
    let (_, auto) = run_json("score", &["plain.json"], dir.path());
    assert_eq!(auto["files"][0]["origin"], "manifest", "no API-only field");
    let (_, api) = run_json("score", &["--input", "api", "plain.json"], dir.path());
    assert_eq!(api["files"][0]["origin"], "api");
    assert_eq!(api["summary"]["datasets"], 2);
    assert_eq!(api["datasets"][0]["udata"]["quality"]["license"], true);
    assert_eq!(api["datasets"][1]["udata"]["quality"]["license"], false);
}

#[test]
fn score_weights_and_grades_come_from_the_config() {
    let dir = tempfile::tempdir().unwrap();
    // Complete but for freshness (late) and naming (a file name in capitals).
    let manifest = std::fs::read_to_string(repo().join("examples/musees-de-france.dataset.yaml"))
        .unwrap()
        .replace("frequency: annual", "frequency: monthly")
        .replace("liste_musees_2026.csv", "LISTE MUSEES.csv");
    std::fs::write(dir.path().join("a.dataset.yaml"), manifest).unwrap();
    let score_of = |dir: &std::path::Path| {
        let (_, report) = run_json("score", &["a.dataset.yaml"], dir);
        (
            report["datasets"][0]["dglint"]["score"].as_f64().unwrap(),
            report["datasets"][0]["dglint"]["grade"]
                .as_str()
                .unwrap()
                .to_owned(),
        )
    };
    let (default_score, _) = score_of(dir.path());
    std::fs::write(
        dir.path().join("dglint.toml"),
        "[score]\ncategories = { naming = 0, freshness = 0, resources = 0, schema = 0 }\n\
         grades = { A = 50, B = 40, C = 30, D = 20 }\n",
    )
    .unwrap();
    let (weighted, grade) = score_of(dir.path());
    assert!(weighted > default_score, "{weighted} vs {default_score}");
    assert_eq!(grade, "A");

    std::fs::write(
        dir.path().join("dglint.toml"),
        "[score]\ncategories = { style = 2 }\n",
    )
    .unwrap();
    let output = dglint()
        .current_dir(dir.path())
        .args(["score", "a.dataset.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("unknown category `style`"), "{stderr}");
    assert!(stderr.contains("dglint.toml:2:"), "located: {stderr}");
}

#[test]
fn a_file_without_a_dataset_fails_any_gate() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.dataset.yaml"), "title: [unclosed\n").unwrap();
    let run = |args: &[&str]| {
        dglint()
            .current_dir(dir.path())
            .args(["score", "--isolated"])
            .args(args)
            .arg("broken.dataset.yaml")
            .output()
            .unwrap()
    };
    let ungated = run(&[]);
    assert_eq!(ungated.status.code(), Some(0));
    let table = String::from_utf8(ungated.stdout).unwrap();
    assert!(table.contains("broken.dataset.yaml: not scored"), "{table}");
    let gated = run(&["--fail-under", "0"]);
    assert_eq!(gated.status.code(), Some(1));
    assert!(
        String::from_utf8(gated.stderr)
            .unwrap()
            .contains("not scored")
    );
}

/// `path` files are dated by their last commit, read with one `git log` for the whole run
/// however many manifests and files there are (a `git` on the `PATH` counts its calls).
#[cfg(unix)]
#[test]
fn path_files_are_dated_by_their_last_commit_with_one_git_call_per_run() {
    let dir = tempfile::tempdir().unwrap();
    let repo_dir = dir.path().join("repo");
    std::fs::create_dir(&repo_dir).unwrap();
    let git = |args: &[&str], date: &str| {
        let status = std::process::Command::new("git")
            .current_dir(&repo_dir)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_AUTHOR_DATE", date)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"], "2024-01-01T00:00:00Z");
    for name in ["old.csv", "new.csv", "other.csv"] {
        std::fs::write(repo_dir.join(name), "a;b\n1;2\n").unwrap();
    }
    git(&["add", "."], "2024-01-01T00:00:00Z");
    git(&["commit", "-qm", "first"], "2024-01-01T00:00:00Z");
    std::fs::write(repo_dir.join("new.csv"), "a;b\n1;3\n").unwrap();
    git(&["commit", "-qam", "second"], "2026-10-01T00:00:00Z");
    let manifest = |resource: &str| {
        format!(
            "title: Liste des musées\nfrequency: annual\nresources:\n  - {{title: Liste, path: {resource}, format: csv}}\n"
        )
    };
    std::fs::write(repo_dir.join("old.dataset.yaml"), manifest("old.csv")).unwrap();
    std::fs::write(repo_dir.join("new.dataset.yaml"), manifest("new.csv")).unwrap();
    std::fs::write(repo_dir.join("other.dataset.yaml"), manifest("other.csv")).unwrap();
    // A git that writes down each call before running the real one.
    let calls = dir.path().join("calls");
    let real_git = String::from_utf8(
        std::process::Command::new("sh")
            .args(["-c", "command -v git"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let path = crate::common::path_with_git(
        dir.path(),
        &format!(
            "#!/bin/sh\necho \"$*\" >> '{}'\nexec '{}' \"$@\"\n",
            calls.display(),
            real_git.trim()
        ),
    );
    let output = dglint()
        .current_dir(&repo_dir)
        .env("PATH", path)
        .args([
            "check",
            "--isolated",
            "--as-of",
            "2026-11-22",
            "--select",
            "DG401",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    // Committed in 2024 with a yearly frequency: late; committed in October 2026: on time.
    assert!(
        stdout.contains("old.dataset.yaml") && stdout.contains("DG401"),
        "{stdout}"
    );
    assert!(stdout.contains("other.dataset.yaml"), "{stdout}");
    assert!(!stdout.contains("new.dataset.yaml"), "{stdout}");
    let calls = std::fs::read_to_string(&calls).unwrap();
    assert_eq!(
        calls.lines().filter(|call| call.contains("log")).count(),
        1,
        "{calls}"
    );
}

/// For each dataset of a JSON report, where a rule that mirrors one of udata's criteria
/// (`udata = { criterion = … }` in its rule file, named by the criterion's explanation) and
/// the criterion disagree: the criterion fails and its rule did not fire, or the rule fired
/// and no failing criterion names it.
fn mirror_disagreements(report: &Value, mirrors: &BTreeSet<String>) -> Vec<String> {
    let mut disagreements = Vec::new();
    for (index, dataset) in report["datasets"].as_array().unwrap().iter().enumerate() {
        let named: BTreeSet<&str> = dataset["udata"]["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|criterion| criterion["passed"] == false)
            .filter_map(|criterion| criterion["explanation"]["rule"].as_str())
            .collect();
        let label = dataset["label"].as_str().unwrap_or_default();
        let fired: BTreeSet<&str> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|finding| {
                finding["file"] == dataset["file"]
                    && (finding["dataset"].is_null() || finding["dataset"] == dataset["id"])
            })
            .filter_map(|finding| finding["code"].as_str())
            .filter(|code| mirrors.contains(*code))
            .collect();
        if named != fired {
            disagreements.push(format!(
                "dataset {index} ({label}): failing criteria name {named:?}, fired {fired:?}"
            ));
        }
    }
    disagreements
}

/// A rule that mirrors one of udata's criteria and the score it explains never disagree: on
/// the real catalogue (its records with the resource export) and on manifests holding each
/// field in every form (absent, null, empty, blank, a text, an object, a list, a number).
#[test]
fn a_mirror_rule_fires_exactly_when_its_criterion_fails() {
    let (_, report) = run_json(
        "audit",
        &[
            "--isolated",
            "--catalog",
            corpus("export-dataset-20260116-chunk83.csv")
                .to_str()
                .unwrap(),
            "--resources",
            corpus("export-resource-sample-2026.csv").to_str().unwrap(),
        ],
        &repo(),
    );
    let mirrors: BTreeSet<String> = dglint::rules::Registry::embedded()
        .unwrap()
        .rules()
        .iter()
        .filter(|rule| rule.def.udata.is_some())
        .map(|rule| rule.code().to_owned())
        // udata writes `has_resources` only when there are resources: it never fails, and
        // DG301 (no resources) is what its absence means.
        .filter(|code| code != "DG301")
        .collect();
    assert!(mirrors.len() >= 11, "{mirrors:?}");
    assert!(report["datasets"].as_array().unwrap().len() > 400);
    assert_eq!(
        mirror_disagreements(&report, &mirrors),
        Vec::<String>::new()
    );

    let forms = [
        "", "null", "\"\"", "\"  \"", "\"x\"", "{}", "{a: 1}", "[]", "5",
    ];
    let resource_forms = [
        "",
        "resources: []",
        "resources: [{title: a, url: https://example.org/a.csv, format: csv}]",
        "resources: [{title: a, url: https://example.org/a.pdf, format: pdf}]",
        "resources: [{title: a, url: https://example.org/a, format: 5, description: 0}]",
        "resources: [{title: a, url: https://example.org/a, format: \" PDF\", description: \" \"}]",
        "resources: [{title: a, url: https://example.org/a, type: documentation}]",
        "resources: [{title: a, url: https://example.org/a, format: null, description: x}]",
    ];
    let long = "Une description assez longue. ".repeat(8);
    let descriptions = [
        String::new(),
        "description: \"\"\n".into(),
        "description: \"   \"\n".into(),
        "description: Court.\n".into(),
        "description: 7\n".into(),
        format!("description: {long}\n"),
    ];
    let frequencies = [
        "",
        "frequency: \"\"\n",
        "frequency: unknown\n",
        "frequency: annual\n",
        "frequency: annuel\n",
        "frequency: biannual\n",
        "frequency: 5\n",
        "frequency: punctual\n",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut written = 0;
    for (index, form) in forms.iter().enumerate() {
        for (other, resources) in resource_forms.iter().enumerate() {
            let field = |name: &str, offset: usize| {
                let form = forms[(index + offset) % forms.len()];
                if form.is_empty() {
                    String::new()
                } else {
                    format!("{name}: {form}\n")
                }
            };
            let text = format!(
                "title: Jeu {index} {other}\nlast_update: {}\n{}{}{}{}{}{resources}\n",
                ["2026-11-01", "2020-01-01", "2026-11-21T23:00:00Z"][other % 3],
                descriptions[(index + other) % descriptions.len()],
                frequencies[(index * 3 + other) % frequencies.len()],
                if form.is_empty() {
                    String::new()
                } else {
                    format!("license: {form}\n")
                },
                field("temporal_coverage", other),
                field("spatial", other + 3),
            );
            std::fs::write(
                dir.path().join(format!("m{index}-{other}.dataset.yaml")),
                text,
            )
            .unwrap();
            written += 1;
        }
    }
    let (_, report) = run_json("check", &["--isolated", "."], dir.path());
    assert_eq!(report["datasets"].as_array().unwrap().len(), written);
    assert_eq!(
        mirror_disagreements(&report, &mirrors),
        Vec::<String>::new()
    );

    // API data: the crawler's verdicts in every form Python tells true or false.
    let verdicts = ["false", "null", "0", "\"\"", "true", "\"yes\""];
    let datasets: Vec<String> = verdicts
        .iter()
        .enumerate()
        .map(|(index, verdict)| {
            format!(
                "{{\"id\": \"d{index}\", \"uri\": \"https://www.data.gouv.fr/api/1/datasets/d{index}/\", \
                 \"title\": \"Jeu {index}\", \"frequency\": \"annual\", \
                 \"last_update\": \"2020-01-01T00:00:00+00:00\", \"resources\": [{{\"title\": \"a\", \
                 \"filetype\": \"remote\", \"format\": \"csv\", \"url\": \"https://example.org/a.csv\", \
                 \"extras\": {{\"check:available\": {verdict}}}}}]}}"
            )
        })
        .collect();
    std::fs::write(
        dir.path().join("api.json"),
        format!("[{}]", datasets.join(",")),
    )
    .unwrap();
    let (_, report) = run_json(
        "check",
        &["--isolated", "--input", "api", "api.json"],
        dir.path(),
    );
    assert_eq!(report["datasets"].as_array().unwrap().len(), verdicts.len());
    let fired = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"] == "DG505")
        .count();
    assert_eq!(
        fired, 4,
        "false, null, 0 and an empty text count unavailable"
    );
    assert_eq!(
        mirror_disagreements(&report, &mirrors),
        Vec::<String>::new()
    );
}
