//! The machine formats, handed to the programs that consume them, and one name per file in
//! every format.
//!
//! SARIF goes through Microsoft's validator, `sarif-multitool validate` (npm
//! `@microsoft/sarif-multitool`, the reference behind GitHub code scanning's ingestion), with
//! its SARIF rules and GitHub's (`--rule-kind "Sarif;Gh"`): no error and no warning, for a
//! check of relative and absolute paths, a catalogue audit and datasets read from the API.
//! `.ci/run` installs the validator and sets `DGLINT_SARIF_MULTITOOL` to its binary (with
//! `DGLINT_CONSUMER_TESTS=required`, which turns a missing validator into a failure; without
//! it, these tests say they were skipped).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{corpus, dglint, repo};

/// The validator, when it is installed.
fn sarif_multitool() -> Option<PathBuf> {
    if let Some(tool) = std::env::var_os("DGLINT_SARIF_MULTITOOL") {
        return Some(PathBuf::from(tool));
    }
    assert!(
        std::env::var("DGLINT_CONSUMER_TESTS").as_deref() != Ok("required"),
        "sarif-multitool is required (DGLINT_CONSUMER_TESTS=required) but \
         DGLINT_SARIF_MULTITOOL is not set"
    );
    eprintln!("skipped: set DGLINT_SARIF_MULTITOOL to sarif-multitool (.ci/run installs it)");
    None
}

/// What the validator finds wrong with the SARIF `log`: each error and warning it reports.
fn validation_problems(tool: &Path, log: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("dglint.sarif");
    std::fs::write(&input, log).unwrap();
    let output = dir.path().join("validation.sarif");
    let run = Command::new(tool)
        .args([
            "validate",
            "--rule-kind",
            "Sarif;Gh",
            "--log",
            "ForceOverwrite",
        ])
        .arg("--output")
        .arg(&output)
        .arg(&input)
        .output()
        .expect("sarif-multitool runs");
    let validation: Value = serde_json::from_slice(&std::fs::read(&output).unwrap_or_else(|_| {
        panic!(
            "sarif-multitool wrote no output: {}",
            String::from_utf8_lossy(&run.stdout)
        )
    }))
    .expect("the validator writes SARIF");
    let results = validation["runs"][0]["results"].as_array().cloned();
    let logged: Value = serde_json::from_str(log).unwrap();
    let without_information_uri = logged["runs"][0]["tool"]["driver"]["informationUri"].is_null();
    let problems: Vec<String> = results
        .unwrap_or_default()
        .iter()
        .filter(|result| {
            let level = result["level"].as_str().unwrap_or("warning");
            level == "error" || level == "warning"
        })
        // Without `docs-url` dglint has no page to name as the tool's, and says so: the one
        // warning it leaves is the validator's request for one (SARIF2005).
        .filter(|result| !(result["ruleId"] == "SARIF2005" && without_information_uri))
        .map(|result| {
            format!(
                "{} {}: {}",
                result["level"].as_str().unwrap_or("warning"),
                result["ruleId"].as_str().unwrap_or_default(),
                result["message"]["text"]
                    .as_str()
                    .or(result["message"]["id"].as_str())
                    .unwrap_or_default()
            )
        })
        .collect();
    problems
}

/// The artifact URI of each result of a SARIF log, with its base.
fn artifacts(log: &Value) -> Vec<(String, Option<String>)> {
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            let location = &result["locations"][0]["physicalLocation"]["artifactLocation"];
            (
                location["uri"].as_str().unwrap().to_owned(),
                location["uriBaseId"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// A project of its own (a folder with `.git`, so its root is known wherever the tests run)
/// holding the bundled examples under `examples/`.
fn new_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    copy_folder(&repo().join("examples"), &dir.path().join("examples"));
    dir
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// What `dglint check` prints in `directory` with `args`, "now" being 2026-01-31.
fn output(directory: &Path, args: &[&str]) -> String {
    check_at(directory, "2026-01-31", args)
}

/// What `dglint check` prints in `directory` with `args` as of `as_of` (it finds something).
fn check_at(directory: &Path, as_of: &str, args: &[&str]) -> String {
    let run = dglint()
        .current_dir(directory)
        .args(["check", "--isolated", "--as-of", as_of])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).unwrap()
}

/// The report in `format` of an audit of the real catalogue chunk, copied into `project` as
/// `export.csv` and given by its absolute path.
fn audit_export(project: &Path, format: &str) -> String {
    let export = project.join("export.csv");
    if !export.exists() {
        std::fs::copy(corpus("export-dataset-20260116-chunk83.csv"), &export).unwrap();
    }
    let run = dglint()
        .current_dir(project)
        .args(["audit", "--isolated", "--as-of", "2026-01-16", "--catalog"])
        .arg(&export)
        .args(["--output-format", format])
        .output()
        .unwrap();
    assert!(run.status.code().is_some_and(|code| code <= 1));
    String::from_utf8(run.stdout).unwrap()
}

#[test]
fn sarif_of_relative_and_absolute_paths_is_relative_to_the_source_root() {
    let project = new_project();
    let root = project.path();
    let absolute = root.join("examples").display().to_string();
    let logs = [
        output(root, &["examples", "--output-format", "sarif"]),
        output(root, &["./examples/", "--output-format", "sarif"]),
        output(root, &[&absolute, "--output-format", "sarif"]),
        output(&root.join("examples"), &[".", "--output-format", "sarif"]),
    ];
    for log in &logs {
        let parsed: Value = serde_json::from_str(log).unwrap();
        let declared = &parsed["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"];
        let root_uri = url::Url::from_directory_path(root.canonicalize().unwrap()).unwrap();
        assert_eq!(declared.as_str(), Some(root_uri.as_str()));
        let artifacts = artifacts(&parsed);
        assert!(artifacts.len() > 10);
        for (uri, base) in artifacts {
            assert!(uri.starts_with("examples/"), "{uri}");
            assert_eq!(base.as_deref(), Some("%SRCROOT%"));
        }
    }
    // The same files, the same fingerprints, whatever form the path took.
    let named = |log: &str| {
        let parsed: Value = serde_json::from_str(log).unwrap();
        let fingerprints: Vec<Value> = parsed["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|result| result["partialFingerprints"].clone())
            .collect();
        (artifacts(&parsed), fingerprints)
    };
    for log in &logs[1..] {
        assert_eq!(named(log), named(&logs[0]));
    }
    // The examples have findings `--fix` repairs: the validator sees their `fixes` too.
    let parsed: Value = serde_json::from_str(&logs[2]).unwrap();
    let fixes = parsed["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|result| result["fixes"][0]["artifactChanges"][0]["replacements"].is_array())
        .count();
    assert!(fixes >= 3, "{fixes} results with fixes");
    if let Some(tool) = sarif_multitool() {
        assert_eq!(validation_problems(&tool, &logs[2]), Vec::<String>::new());
    }
}

#[test]
fn a_file_outside_the_source_root_is_an_absolute_file_uri() {
    let project = new_project();
    let elsewhere = new_project();
    let outside = elsewhere.path().join("examples/qualite-air.dataset.json");
    let log = output(
        project.path(),
        &[outside.to_str().unwrap(), "--output-format", "sarif"],
    );
    let parsed: Value = serde_json::from_str(&log).unwrap();
    for (uri, base) in artifacts(&parsed) {
        assert!(uri.starts_with("file:///"), "{uri}");
        assert!(uri.ends_with("/examples/qualite-air.dataset.json"), "{uri}");
        assert_eq!(base, None);
    }
    if let Some(tool) = sarif_multitool() {
        assert_eq!(validation_problems(&tool, &log), Vec::<String>::new());
    }
}

#[test]
fn sarif_of_a_catalogue_audit_given_an_absolute_path_passes_the_validator() {
    let project = new_project();
    let log = audit_export(project.path(), "sarif");
    let parsed: Value = serde_json::from_str(&log).unwrap();
    let artifacts = artifacts(&parsed);
    assert!(artifacts.len() > 500, "{}", artifacts.len());
    assert!(
        artifacts
            .iter()
            .all(|(uri, base)| uri == "export.csv" && base.as_deref() == Some("%SRCROOT%"))
    );
    if let Some(tool) = sarif_multitool() {
        assert_eq!(validation_problems(&tool, &log), Vec::<String>::new());
    }
    // The excerpts of the full output name the export the same way.
    let full = audit_export(project.path(), "full");
    assert_eq!(files_named("full", &full), ["export.csv".to_owned()].into());
}

#[tokio::test(flavor = "multi_thread")]
async fn sarif_of_datasets_read_from_the_api_names_them_by_url() {
    let server = MockServer::start().await;
    let text =
        std::fs::read_to_string(corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json")).unwrap();
    let dataset: Value = serde_json::from_str(&text).unwrap();
    Mock::given(method("GET"))
        .and(path("/api/1/datasets/5d13a8b6634f41070a43dff3/"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&dataset))
        .mount(&server)
        .await;
    let base = format!("{}/api/1/", server.uri());
    let project = new_project();
    let log = check_at(
        project.path(),
        "2025-04-10",
        &[
            "--dataset",
            "5d13a8b6634f41070a43dff3",
            "--api-base",
            &base,
            "--output-format",
            "sarif",
        ],
    );
    let parsed: Value = serde_json::from_str(&log).unwrap();
    for (uri, base_id) in artifacts(&parsed) {
        assert!(uri.starts_with(&base), "{uri}");
        assert_eq!(base_id, None);
    }
    if let Some(tool) = sarif_multitool() {
        assert_eq!(validation_problems(&tool, &log), Vec::<String>::new());
    }
}

/// The files a report in `format` names, each once.
fn files_named(format: &str, text: &str) -> std::collections::BTreeSet<String> {
    // What follows `marker` on each line that has it, up to `end`.
    let after = |marker: &str, end: char| -> Vec<String> {
        text.lines()
            .filter_map(|line| line.split_once(marker))
            .filter_map(|(_, rest)| rest.split(end).next())
            .map(str::to_owned)
            .collect()
    };
    // What a JSON report holds at `field` of each item of `list`.
    let each = |list: &dyn Fn(&Value) -> &Value, field: &dyn Fn(&Value) -> &Value| {
        let report: Value = serde_json::from_str(text).unwrap();
        list(&report)
            .as_array()
            .unwrap()
            .iter()
            .map(|item| field(item).as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let names: Vec<String> = match format {
        // `NAME:LINE:COLUMN: …` (the summary's lines have no numbers there).
        "concise" => text
            .lines()
            .filter_map(|line| {
                let mut parts = line.splitn(4, ':');
                let name = parts.next()?;
                let numbers = parts.take(2).filter(|part| part.parse::<u32>().is_ok());
                (numbers.count() == 2).then(|| name.to_owned())
            })
            .collect(),
        "full" => after("╭─[", ':'),
        "json" => each(&|report| &report["findings"], &|finding| &finding["file"]),
        "sarif" => {
            let log: Value = serde_json::from_str(text).unwrap();
            artifacts(&log).into_iter().map(|(uri, _)| uri).collect()
        }
        "github" => after("file=", ','),
        "gitlab" => each(&|report| report, &|issue| &issue["location"]["path"]),
        "junit" => after("<testsuite name=\"", '"'),
        "csv" => after("", ',').into_iter().skip(1).collect(),
        other => panic!("no reader for {other}"),
    };
    names.into_iter().collect()
}

#[test]
fn every_format_names_a_file_the_same_way_whatever_form_its_path_took() {
    let project = new_project();
    let root = project.path();
    let absolute = root.join("examples").display().to_string();
    let forms: [(&Path, &str); 4] = [
        (root, "examples"),
        (root, "./examples/"),
        (root, &absolute),
        (&root.join("examples"), "."),
    ];
    let examples = [
        "examples/equipements-sportifs.dataset.yaml",
        "examples/musees-de-france.dataset.yaml",
        "examples/qualite-air.dataset.json",
    ];
    for format in [
        "full", "concise", "json", "sarif", "github", "gitlab", "junit", "csv",
    ] {
        let named: Vec<_> = forms
            .iter()
            .map(|(directory, given)| {
                files_named(
                    format,
                    &output(directory, &[given, "--output-format", format]),
                )
            })
            .collect();
        assert!(named[0].len() >= 2, "{format}: {:?}", named[0]);
        for name in &named[0] {
            assert!(examples.contains(&name.as_str()), "{format} names `{name}`");
        }
        for (names, (_, given)) in named.iter().zip(forms) {
            assert_eq!(names, &named[0], "{format} of `{given}`");
        }
    }
}

#[test]
fn a_message_names_a_missing_file_as_reports_name_files() {
    let project = new_project();
    let root = project.path();
    std::fs::write(
        root.join("examples/lost.dataset.yaml"),
        "title: Perdu\nresources:\n  - title: Absent\n    format: csv\n    path: data/absent.csv\n",
    )
    .unwrap();
    let absolute = root.join("examples").display().to_string();
    let forms: [(&Path, &str); 3] = [
        (root, "examples"),
        (root, &absolute),
        (&root.join("examples"), "."),
    ];
    let concise: Vec<String> = forms
        .iter()
        .map(|(directory, given)| {
            output(
                directory,
                &[given, "--output-format", "concise", "--select", "DG501"],
            )
        })
        .collect();
    assert!(
        concise[0].contains("(looked for examples/data/absent.csv)"),
        "{}",
        concise[0]
    );
    for (text, (_, given)) in concise.iter().zip(forms) {
        assert_eq!(text, &concise[0], "`{given}`");
    }
}

#[test]
fn gitlab_issues_have_the_fields_and_types_gitlab_documents() {
    let project = new_project();
    let absolute = project.path().join("examples").display().to_string();
    let text = output(project.path(), &[&absolute, "--output-format", "gitlab"]);
    let issues: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(issues.len() > 10);
    let mut fingerprints = std::collections::BTreeSet::new();
    for issue in &issues {
        assert!(
            issue["description"]
                .as_str()
                .is_some_and(|text| !text.is_empty())
        );
        assert!(
            issue["check_name"]
                .as_str()
                .is_some_and(|name| name.starts_with("DG"))
        );
        let fingerprint = issue["fingerprint"].as_str().unwrap();
        assert!(
            fingerprints.insert(fingerprint.to_owned()),
            "{fingerprint} twice"
        );
        let severity = issue["severity"].as_str().unwrap();
        assert!(["info", "minor", "major", "critical", "blocker"].contains(&severity));
        let path = issue["location"]["path"].as_str().unwrap();
        assert!(
            path.starts_with("examples/"),
            "relative to the repository: {path}"
        );
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }
}

/// What `xmllint` says of `xml` against the shipped JUnit schema; `None` when it is valid.
fn junit_schema_errors(xml: &str) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("junit.xml");
    std::fs::write(&report, xml).unwrap();
    let run = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(repo().join("schemas/junit.xsd"))
        .arg(&report)
        .output()
        .expect("xmllint runs");
    (!run.status.success()).then(|| String::from_utf8_lossy(&run.stderr).into_owned())
}

fn xmllint_installed() -> bool {
    let found = Command::new("xmllint").arg("--version").output().is_ok();
    assert!(
        found || std::env::var("DGLINT_CONSUMER_TESTS").as_deref() != Ok("required"),
        "xmllint is required (DGLINT_CONSUMER_TESTS=required): Debian's libxml2-utils"
    );
    if !found {
        eprintln!("skipped: xmllint is not installed (Debian's libxml2-utils)");
    }
    found
}

#[test]
fn junit_reports_pass_the_junit_schema() {
    if !xmllint_installed() {
        return;
    }
    let project = new_project();
    let absolute = project.path().join("examples").display().to_string();
    let check = output(project.path(), &[&absolute, "--output-format", "junit"]);
    assert_eq!(junit_schema_errors(&check), None);
    assert!(check.contains("<failure type=\"error\" message=\"examples/"));

    let audit = audit_export(project.path(), "junit");
    assert!(audit.matches("<testsuite ").count() > 400);
    assert_eq!(junit_schema_errors(&audit), None);

    // The schema bites: a suite without its name is refused.
    let nameless = check.replacen("<testsuite name=", "<testsuite label=", 1);
    let refused = junit_schema_errors(&nameless).expect("a suite needs a name");
    assert!(refused.contains("'name' is required"), "{refused}");
}

/// With `docs-url`, every rule names its page and the tool its manual: the validator has
/// nothing at all to say (no warning is left aside).
#[test]
fn sarif_with_a_published_manual_passes_the_validator_without_a_warning() {
    let project = new_project();
    std::fs::write(
        project.path().join("dglint.toml"),
        "docs-url = \"https://intranet.example.org/dglint/\"\n",
    )
    .unwrap();
    let run = dglint()
        .current_dir(project.path())
        .args(["check", "--as-of", "2026-01-31", "examples"])
        .args(["--output-format", "sarif"])
        .output()
        .unwrap();
    let log = String::from_utf8(run.stdout).unwrap();
    let parsed: Value = serde_json::from_str(&log).unwrap();
    let driver = &parsed["runs"][0]["tool"]["driver"];
    assert_eq!(
        driver["informationUri"],
        "https://intranet.example.org/dglint/"
    );
    assert_eq!(
        driver["rules"][0]["helpUri"],
        "https://intranet.example.org/dglint/rules/DG001.html"
    );
    if let Some(tool) = sarif_multitool() {
        assert_eq!(validation_problems(&tool, &log), Vec::<String>::new());
    }
}
