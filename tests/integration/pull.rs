//! `dglint pull`: manifests written from a udata-like portal on 127.0.0.1 (see
//! `common::portal`), checked, pulled again, updated, and read back as the portal reads them.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};
use wiremock::MockServer;

use crate::common::portal::{
    organization_datasets, real_dataset, run_against, serve_datasets, serve_listing, variant,
};
use crate::common::{corpus, dglint};

const AS_OF: &str = "2025-04-10";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts that `output` says each of `parts`.
fn says(output: &str, parts: &[&str]) {
    for part in parts {
        assert!(output.contains(part), "{part:?} not in:\n{output}");
    }
}

/// The files of `dir`, by name, with their content.
fn files(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// udata's criteria of each dataset a check reports, by dataset id, availability left out
/// (a manifest cannot know it without `--check-links`).
fn criteria_by_id(report: &Value) -> BTreeMap<String, Value> {
    report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| {
            let mut quality = dataset["udata"]["quality"].clone();
            let fields = quality.as_object_mut().unwrap();
            fields.remove("all_resources_available");
            fields.remove("score");
            (dataset["id"].as_str().unwrap().to_owned(), quality)
        })
        .collect()
}

fn check_json(dir: &Path, args: &[&str]) -> Value {
    let output = dglint()
        .current_dir(dir)
        .args([
            "check",
            "--isolated",
            "--output-format",
            "json",
            "--as-of",
            AS_OF,
        ])
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap_or_else(|_| panic!("{}", text(&output.stderr)))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_organisation_is_pulled_over_its_pages_and_reads_back_as_the_portal_reads_it() {
    let server = MockServer::start().await;
    let datasets = organization_datasets();
    serve_listing(&server, "dinum", &datasets, 2).await;
    let dir = tempfile::tempdir().unwrap();
    let pull = [
        "pull",
        "--organization",
        "dinum",
        "--output",
        "manifests",
        "--as-of",
        AS_OF,
    ];
    let output = run_against(&server, dir.path(), &pull);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("5 manifests written in manifests, 0 updated, 0 up to date, 0 skipped; left out: 1 deleted, 1 archived"),
        "{stdout}"
    );
    let manifests = dir.path().join("manifests");
    let pulled = files(&manifests);
    let names: Vec<&str> = pulled.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "catalogue-des-donnees-de-data-gouv-fr.dataset.yaml",
            "etcevil.dataset.yaml",
            "moissonne.dataset.yaml",
            "prive.dataset.yaml",
            "transports-en-commun.dataset.yaml",
        ]
    );
    for (name, content) in &pulled {
        assert!(
            content.starts_with("# yaml-language-server: $schema="),
            "{name}"
        );
        assert!(
            !content.contains("metrics") && !content.contains("quality"),
            "{name}"
        );
    }
    let real = &pulled["catalogue-des-donnees-de-data-gouv-fr.dataset.yaml"];
    assert!(
        real.contains("\ndescription: |-\n  La plateforme data.gouv.fr"),
        "{real}"
    );
    assert!(real.contains("\norganization: "), "{real}");
    assert!(pulled["moissonne.dataset.yaml"].contains("last_update: 2025-03-01T00:00:00Z\n"));
    assert!(!pulled["moissonne.dataset.yaml"].contains("license:"));

    // Valid manifests: no schema finding, no syntax error.
    let report = check_json(&manifests, &["."]);
    let invalid: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| {
            let code = finding["code"].as_str().unwrap();
            code.starts_with("DG1") || code == "DG001"
        })
        .collect();
    assert!(invalid.is_empty(), "{invalid:#?}");

    // The round trip: each manifest has the criteria of its live dataset.
    let listed: Vec<&Value> = datasets
        .iter()
        .filter(|dataset| dataset["deleted"].is_null() && dataset["archived"].is_null())
        .collect();
    std::fs::write(
        dir.path().join("live.json"),
        serde_json::to_string(&listed).unwrap(),
    )
    .unwrap();
    let live = check_json(dir.path(), &["--input", "api", "live.json"]);
    let from_manifests = criteria_by_id(&report);
    let from_portal = criteria_by_id(&live);
    assert_eq!(from_manifests.len(), 5);
    assert_eq!(from_manifests, from_portal);

    // A second pull with --force writes the same bytes.
    let again = run_against(&server, dir.path(), &[&pull[..], &["--force"]].concat());
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert_eq!(files(&manifests), pulled);
}

#[tokio::test(flavor = "multi_thread")]
async fn existing_manifests_are_skipped_unless_forced() {
    let server = MockServer::start().await;
    serve_datasets(&server, &[real_dataset()]).await;
    let dir = tempfile::tempdir().unwrap();
    let name = "catalogue-des-donnees-de-data-gouv-fr.dataset.yaml";
    std::fs::write(dir.path().join(name), "title: mine\n").unwrap();
    let output = run_against(
        &server,
        dir.path(),
        &["pull", "catalogue-des-donnees-de-data-gouv-fr"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains(&format!("skipped {name}: it exists")),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(name)).unwrap(),
        "title: mine\n"
    );
    let forced = run_against(
        &server,
        dir.path(),
        &["pull", "catalogue-des-donnees-de-data-gouv-fr", "--force"],
    );
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced.stderr));
    assert!(
        std::fs::read_to_string(dir.path().join(name))
            .unwrap()
            .contains("\nslug: catalogue-des-donnees-de-data-gouv-fr\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn what_cannot_be_read_is_named_and_counted() {
    let server = MockServer::start().await;
    serve_datasets(
        &server,
        &[
            real_dataset(),
            variant(5, "supprime", &json!({"deleted": "2024-06-01"})),
        ],
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let output = run_against(
        &server,
        dir.path(),
        &[
            "pull",
            "catalogue-des-donnees-de-data-gouv-fr",
            "supprime",
            "inconnu",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    says(
        &stderr,
        &[
            "/api/1/datasets/supprime/: gone (410)",
            "/api/1/datasets/inconnu/: not found (404)",
        ],
    );
    let written = files(dir.path());
    let manifest: Value =
        serde_json::from_str(&written["catalogue-des-donnees-de-data-gouv-fr.dataset.json"])
            .unwrap();
    assert!(
        manifest["$schema"]
            .as_str()
            .unwrap()
            .ends_with("dataset.schema.json")
    );
    assert_eq!(manifest["id"], "5d13a8b6634f41070a43dff3");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_after_a_portal_edit_keeps_the_manifests_comments() {
    let server = MockServer::start().await;
    let before = variant(
        7,
        "musees",
        &json!({"title": "Musées de France", "tags": ["musees"]}),
    );
    serve_datasets(&server, &[before]).await;
    let dir = tempfile::tempdir().unwrap();
    let pulled = run_against(&server, dir.path(), &["pull", "musees", "--as-of", AS_OF]);
    assert_eq!(pulled.status.code(), Some(0), "{}", text(&pulled.stderr));
    let path = dir.path().join("musees.dataset.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    let commented = original
        .replacen("\ntitle: ", "\n# Relu par l'équipe le 3 mars.\ntitle: ", 1)
        .replacen("\ntags: [musees]\n", "\ntags: [musees]  # à compléter\n", 1);
    std::fs::write(&path, &commented).unwrap();

    server.reset().await;
    let after = variant(
        7,
        "musees",
        &json!({"title": "Musées de France (2026)", "tags": ["musees", "culture"], "frequency": "annual"}),
    );
    serve_datasets(&server, &[after]).await;
    let output = run_against(
        &server,
        dir.path(),
        &["pull", "musees", "--update", "--as-of", AS_OF],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("updated musees.dataset.yaml: 3 fields"),
        "{}",
        text(&output.stdout)
    );
    let updated = std::fs::read_to_string(&path).unwrap();
    assert!(
        updated.contains("# Relu par l'équipe le 3 mars.\ntitle: Musées de France (2026)\n"),
        "{updated}"
    );
    assert!(
        updated.contains("\ntags: [musees, culture]  # à compléter\n"),
        "{updated}"
    );
    assert!(updated.contains("\nfrequency: annual\n"), "{updated}");
    // Only the three fields changed: every other line is the commented manifest's.
    let unchanged = |line: &&str| {
        !["title:", "tags:", "frequency:"]
            .iter()
            .any(|field| line.starts_with(field))
    };
    let kept: Vec<&str> = commented.lines().filter(unchanged).collect();
    let now: Vec<&str> = updated.lines().filter(unchanged).collect();
    assert_eq!(now, kept);
    // A second update changes nothing.
    let again = run_against(
        &server,
        dir.path(),
        &["pull", "musees", "--update", "--as-of", AS_OF],
    );
    assert!(
        text(&again.stdout).contains("1 up to date"),
        "{}",
        text(&again.stdout)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), updated);
}

#[test]
fn the_catalogue_export_is_a_source_too() {
    let dir = tempfile::tempdir().unwrap();
    let export = corpus("export-dataset-20260116-chunk83.csv");
    let records = crate::common::export_records(&export);
    let organization = records
        .iter()
        .find_map(|record| record.get("organization_id").filter(|id| !id.is_empty()))
        .unwrap()
        .clone();
    let expected = records
        .iter()
        .filter(|record| {
            record["organization_id"] == organization
                && record
                    .get("archived")
                    .is_none_or(|a| a.is_empty() || a == "False")
        })
        .count();
    let output = dglint()
        .current_dir(dir.path())
        .args(["pull", "--catalog"])
        .arg(&export)
        .args(["--organization", &organization, "--output", "out"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let written = files(&dir.path().join("out"));
    assert_eq!(written.len(), expected, "{}", text(&output.stdout));
    let report = check_json(&dir.path().join("out"), &["."]);
    let invalid = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"].as_str().unwrap().starts_with("DG1"))
        .count();
    assert_eq!(invalid, 0, "{report:#}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_that_cannot_be_read_is_named_and_its_datasets_counted() {
    let server = MockServer::start().await;
    let datasets = organization_datasets();
    // Pages of 2: the second page is only ever answered 503.
    serve_listing(&server, "dinum", &datasets, 2).await;
    wiremock::Mock::given(wiremock::matchers::method("GET"))
        .and(wiremock::matchers::query_param("page", "2"))
        .respond_with(wiremock::ResponseTemplate::new(503))
        .with_priority(1)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let output = run_against(&server, dir.path(), &["pull", "--organization", "dinum"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stdout));
    let stderr = text(&output.stderr);
    says(
        &stderr,
        &[
            "page=2: the server answered 503",
            "2 datasets on pages that could not be read",
        ],
    );
    // The other pages are written all the same: 7 datasets, 2 unread, 1 deleted, 1 archived.
    assert_eq!(files(dir.path()).len(), 3, "{}", text(&output.stdout));
}

#[tokio::test(flavor = "multi_thread")]
async fn all_fields_keeps_the_api_object_which_check_reads_as_api_data() {
    let server = MockServer::start().await;
    serve_datasets(&server, &[real_dataset()]).await;
    let dir = tempfile::tempdir().unwrap();
    let output = run_against(
        &server,
        dir.path(),
        &[
            "pull",
            "catalogue-des-donnees-de-data-gouv-fr",
            "--all-fields",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let written = files(dir.path());
    let object: Value =
        serde_json::from_str(&written["catalogue-des-donnees-de-data-gouv-fr.dataset.json"])
            .unwrap();
    assert_eq!(object, real_dataset());
    let report = check_json(dir.path(), &["."]);
    assert_eq!(report["files"][0]["origin"], "api", "{report:#}");
}

#[tokio::test(flavor = "multi_thread")]
async fn archived_datasets_come_with_include_archived() {
    let server = MockServer::start().await;
    serve_listing(&server, "dinum", &organization_datasets(), 3).await;
    let dir = tempfile::tempdir().unwrap();
    let output = run_against(
        &server,
        dir.path(),
        &["pull", "--organization", "dinum", "--include-archived"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let written = files(dir.path());
    assert!(
        written.contains_key("archive.dataset.yaml"),
        "{:?}",
        written.keys()
    );
    assert!(!written.contains_key("supprime.dataset.yaml"));
    assert_eq!(written.len(), 6);
}
