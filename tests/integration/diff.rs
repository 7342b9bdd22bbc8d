//! `dglint diff`: manifests pulled from a udata-like portal on 127.0.0.1 (see
//! `common::portal`), edited on either side, compared again.

use std::path::Path;

use serde_json::{Value, json};
use wiremock::MockServer;

use crate::common::portal::{organization_datasets, run_against, serve_datasets, serve_listing};

const AS_OF: &str = "2025-04-10";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A portal serving the organisation `dinum`, and its manifests pulled into `dir`.
async fn pulled(dir: &Path) -> (MockServer, Vec<Value>) {
    let server = MockServer::start().await;
    let datasets = organization_datasets();
    serve_listing(&server, "dinum", &datasets, 3).await;
    serve_datasets(&server, &datasets).await;
    let output = run_against(
        &server,
        dir,
        &["pull", "--organization", "dinum", "--as-of", AS_OF],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    (server, datasets)
}

/// `dglint diff` in `dir`, concise, with the arguments given.
fn diff(server: &MockServer, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = run_against(
        server,
        dir,
        &[
            &[
                "diff",
                "--isolated",
                "--as-of",
                AS_OF,
                "--output-format",
                "concise",
            ],
            args,
        ]
        .concat(),
    );
    (
        output.status.code().unwrap(),
        text(&output.stdout),
        text(&output.stderr),
    )
}

fn edit(path: &Path, from: &str, to: &str) {
    let content = std::fs::read_to_string(path).unwrap();
    assert!(content.contains(from), "{from} not in {}", path.display());
    std::fs::write(path, content.replacen(from, to, 1)).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn right_after_a_pull_nothing_differs() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = pulled(dir.path()).await;
    // A manifest of a dataset not published yet names none: it is counted, not compared.
    std::fs::write(
        dir.path().join("brouillon.dataset.yaml"),
        "title: Pas encore publié\n",
    )
    .unwrap();
    let (code, stdout, stderr) = diff(&server, dir.path(), &["--organization", "dinum"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(!stdout.contains("DG7"), "{stdout}");
    assert!(
        stderr.contains("1 manifest names no dataset (no `id` or `slug`): not compared"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn each_edit_is_a_finding_on_its_line_with_the_portals_value() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = pulled(dir.path()).await;
    let manifest = dir.path().join("transports-en-commun.dataset.yaml");
    edit(
        &manifest,
        "title: Transports en commun\n",
        "title: Transports en commun à Paris\n",
    );
    edit(
        &manifest,
        "tags: [transport, mobilite, bus]",
        "tags: [bus, mobilite, transport]",
    );
    edit(&manifest, "frequency: monthly\n", "frequency: weekly\n");
    // The portal derives the last update from the resources: not a drift.
    let content = std::fs::read_to_string(&manifest).unwrap();
    let line = content
        .lines()
        .find(|line| line.starts_with("last_update: "))
        .unwrap();
    edit(&manifest, line, "last_update: 2019-01-01");
    let lines: Vec<String> = std::fs::read_to_string(&manifest)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let line_of = |prefix: &str| {
        lines
            .iter()
            .position(|line| line.starts_with(prefix))
            .unwrap()
            + 1
    };
    let (code, stdout, stderr) = diff(&server, dir.path(), &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    let findings: Vec<&str> = stdout
        .lines()
        .filter(|line| line.contains(" DG7"))
        .collect();
    assert_eq!(
        findings,
        [
            format!(
                "transports-en-commun.dataset.yaml:{}:8: error DG701 portal-drift: `title` is \"Transports en commun\" on the portal",
                line_of("title:")
            ),
            format!(
                "transports-en-commun.dataset.yaml:{}:12: error DG701 portal-drift: `frequency` is \"monthly\" on the portal",
                line_of("frequency:")
            ),
        ],
        "{stdout}"
    );

    // The same in the formats a scheduled CI job reads.
    let report_in = |format: &str| {
        let args = [
            "diff",
            "--isolated",
            "--as-of",
            AS_OF,
            "--output-format",
            format,
        ];
        run_against(&server, dir.path(), &args).stdout
    };
    let log: Value = serde_json::from_slice(&report_in("sarif")).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert!(results.iter().all(|result| result["ruleId"] == "DG701"));
    let annotations = text(&report_in("github"));
    let on_manifest = "::error file=transports-en-commun.dataset.yaml";
    assert_eq!(annotations.matches(on_manifest).count(), 2, "{annotations}");
    let issues: Value = serde_json::from_slice(&report_in("gitlab")).unwrap();
    assert_eq!(issues.as_array().unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn deleted_datasets_and_datasets_without_manifest_are_findings() {
    let dir = tempfile::tempdir().unwrap();
    let (server, mut datasets) = pulled(dir.path()).await;
    // On the portal: one dataset deleted, one manifest removed from the repository.
    let moved = datasets
        .iter_mut()
        .find(|dataset| dataset["slug"] == "prive")
        .unwrap();
    moved["deleted"] = json!("2025-04-01T00:00:00+00:00");
    server.reset().await;
    serve_listing(&server, "dinum", &datasets, 3).await;
    serve_datasets(&server, &datasets).await;
    std::fs::remove_file(dir.path().join("moissonne.dataset.yaml")).unwrap();
    // A manifest whose slug is mistyped: the portal knows no such dataset.
    std::fs::write(
        dir.path().join("faute.dataset.yaml"),
        "slug: transports-en-comun\n",
    )
    .unwrap();

    let (code, stdout, stderr) = diff(&server, dir.path(), &["--organization", "dinum"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    let mut findings: Vec<&str> = stdout
        .lines()
        .filter(|line| line.contains(" DG7"))
        .collect();
    assert_eq!(findings.len(), 3, "{stdout}");
    assert_eq!(
        findings.remove(0),
        "faute.dataset.yaml:1:7: error DG702 dataset-not-on-portal: the portal knows no dataset `transports-en-comun` (or it is private: set DGLINT_API_KEY)"
    );
    assert_eq!(
        findings[0],
        "prive.dataset.yaml:2:5: error DG702 dataset-not-on-portal: the dataset `000000000000000000000003` is deleted on the portal"
    );
    assert!(
        findings[1].ends_with("error DG703 dataset-without-manifest: no manifest names this dataset: `dglint pull moissonne` writes one")
            && findings[1].contains("/api/1/datasets/000000000000000000000002/:1:1:"),
        "{stdout}"
    );
}
