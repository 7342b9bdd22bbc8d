//! `dglint check --input ckan`: CKAN packages read as data.gouv.fr's CKAN harvester maps them,
//! from saved answers and from a site read page after page, with the packages udata refuses or
//! skips named. udata's own code is the reference in tests/parity/ckan_parity.py; these tests
//! drive the binary on packages written here.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{assert_criteria, assert_warned, check_source, dglint, help_of};

/// A package as CKAN 2.10's `package_show` returns it.
fn package(name: &str, notes: &str, extras: Value, resources: Value) -> Value {
    json!({
        "id": format!("id-{name}"),
        "name": name,
        "title": format!("Jeu {name}"),
        "notes": notes,
        "license_id": "odc-odbl",
        "license_title": "Open Data Commons Open Database License (ODbL)",
        "tags": [{"id": "t1", "name": "Mobilité", "display_name": "Mobilité", "state": "active"},
                 {"id": "t2", "name": "ab"}],
        "metadata_created": "2024-01-10T08:00:00.000000",
        "metadata_modified": "2025-06-01T08:00:00.000000",
        "organization": {"id": "o1", "name": "ville", "title": "Ville", "type": "organization",
                         "description": "", "image_url": "", "created": "2020-01-01T00:00:00",
                         "is_organization": true, "approval_status": "approved",
                         "state": "active"},
        "resources": resources,
        "extras": extras,
        "private": false,
        "type": "dataset",
        "author": null,
        "author_email": null,
        "maintainer": null,
        "maintainer_email": "data@ville.example.org",
        "state": "active",
        "url": "https://data.ville.example.org/jeux/parkings"
    })
}

fn csv(last_modified: &str) -> Value {
    json!([{
        "id": "r1", "position": 0, "name": "Parkings", "description": null, "format": "CSV",
        "mimetype": "text/csv", "size": 1200, "hash": "", "created": "2024-01-10T08:00:00",
        "last_modified": last_modified, "url": "https://data.ville.example.org/parkings.csv",
        "resource_type": null
    }])
}

#[test]
fn each_package_is_the_dataset_udata_would_harvest_and_the_refused_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let extras = json!([
        {"key": "frequency", "value": "http://purl.org/cld/freq/monthly"},
        {"key": "temporal_start", "value": "2020"},
        {"key": "temporal_end", "value": "2024-06"},
        {"key": "spatial", "value": "{\"type\": \"Polygon\", \"coordinates\": [[[1,43],[2,43],[2,44],[1,43]]]}"}
    ]);
    let parkings = package(
        "parkings",
        "Places libres.\n- par parking",
        extras,
        csv("2025-12-20"),
    );
    let mut refused = package("refuse", "x", json!([]), csv("2025-12-20"));
    refused["resources"][0]["url"] = json!("http://127.0.0.1/x.csv");
    refused.as_object_mut().unwrap().remove("notes");
    let empty = package("vide", "Sans ressource", json!([]), json!([]));
    let show = json!({"help": "", "success": true, "result": parkings});
    let search = json!({"success": true, "result": {"count": 2, "results": [refused, empty]}});
    std::fs::write(dir.path().join("show.json"), show.to_string()).unwrap();
    std::fs::write(dir.path().join("search.json"), search.to_string()).unwrap();
    let (code, report, stderr) = check_source(dir.path(), "ckan", &["show.json", "search.json"]);
    assert_eq!(code, 1, "{stderr}");
    assert_warned(
        &stderr,
        &[
            "search.json: udata's CKAN harvester refuses the package `refuse` and makes no dataset of it: `notes` is missing; `resources.0.url` should be a URL udata accepts",
            "search.json: 1 package has no resource: udata's CKAN harvester skips it",
        ],
    );
    let datasets = report["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), 1, "{report:#}");
    let quality = &datasets[0]["udata"]["quality"];
    // A monthly frequency met (the resource changed three weeks before), a temporal and a
    // spatial coverage, a CSV; a short description.
    let expected = [
        ("license", true),
        ("temporal_coverage", true),
        ("spatial", true),
        ("update_frequency", true),
        ("update_fulfilled_in_time", true),
        ("dataset_description_quality", false),
        ("has_resources", true),
        ("has_open_format", true),
        ("resources_documentation", false),
    ];
    assert_criteria(quality, &expected);
    // A finding names the CKAN field to change in the source.
    let help = help_of(&report, "DG201", "show.json");
    assert!(
        help.contains("harvested from data.ville.example.org (CKAN): change `notes` there"),
        "{help}"
    );
}

#[test]
fn what_the_harvester_cannot_read_is_a_finding_and_an_error_answer_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let extras = json!([
        {"key": "frequency", "value": "Tous les jours"},
        {"key": "temporal_start", "value": "n/a"},
        {"key": "temporal_end", "value": "2020"}
    ]);
    let mut odd = package("arrets", "Arrêts de bus", extras, csv("2025-12-20"));
    odd["license_id"] = json!("licence-maison");
    odd["license_title"] = json!("Licence maison");
    std::fs::write(dir.path().join("odd.json"), json!([odd]).to_string()).unwrap();
    std::fs::write(
        dir.path().join("error.json"),
        r#"{"success": false, "error": {"message": "Not found", "__type": "Not Found Error"}}"#,
    )
    .unwrap();
    let (code, report, stderr) = check_source(dir.path(), "ckan", &["odd.json", "error.json"]);
    assert_eq!(code, 1, "{stderr}");
    let mut findings: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["category"] == "harvest" || finding["code"] == "DG001")
        .map(|finding| {
            (
                finding["code"].as_str().unwrap().to_owned(),
                finding["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    findings.sort();
    let codes: Vec<&str> = findings.iter().map(|(code, _)| code.as_str()).collect();
    assert_eq!(codes, ["DG001", "DG801", "DG802", "DG804"], "{findings:#?}");
    assert!(findings[0].1.contains("Not found"), "{findings:#?}");
    assert!(
        findings[1]
            .1
            .contains("`extras: frequency` (`Tous les jours`)"),
        "{findings:#?}"
    );
    assert!(findings[2].1.contains("`n/a`"), "{findings:#?}");
    assert!(findings[3].1.contains("licence-maison"), "{findings:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_site_is_read_page_after_page_through_package_search() {
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    let page = |names: &[&str]| {
        let results: Vec<Value> = names
            .iter()
            .map(|name| package(name, "Un jeu", json!([]), csv("2025-12-20")))
            .collect();
        json!({"success": true, "result": {"count": 5, "results": results}})
    };
    let search = "/api/3/action/package_search";
    // Five packages in pages of two (a site may cap the rows asked for); the second page
    // answers 500 once, then is read on retry.
    Mock::given(method("GET"))
        .and(path(search))
        .and(query_param("start", "2"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    for (start, names) in [("0", &["a", "b"][..]), ("2", &["c", "d"]), ("4", &["e"])] {
        Mock::given(method("GET"))
            .and(path(search))
            .and(query_param("start", start))
            .and(query_param("rows", "1000"))
            .respond_with(ResponseTemplate::new(200).set_body_json(page(names)))
            .mount(&server)
            .await;
    }
    let dir = tempfile::tempdir().unwrap();
    let site = format!("{}/", server.uri());
    let started = Instant::now();
    let output = dglint()
        .current_dir(dir.path())
        .env("DGLINT_API_KEY", "secret-of-data-gouv-fr")
        .args([
            "check",
            "--isolated",
            "--input",
            "ckan",
            "--output-format",
            "json",
        ])
        .args(["--retries", "2", &site])
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(20));
    let (code, stderr) = (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stderr),
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    assert_eq!(code, 1, "{stderr}");
    let titles: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap_or_else(|| panic!("{stderr}"))
        .iter()
        .map(|dataset| dataset["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Jeu a", "Jeu b", "Jeu c", "Jeu d", "Jeu e"],
        "{stderr}"
    );
    // data.gouv.fr's API key is never sent to a source catalogue.
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 4);
    assert!(
        requests
            .iter()
            .all(|request| !request.headers.contains_key("x-api-key")),
        "{:?}",
        requests[0].headers
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_ckan_site_is_audited_before_the_harvest() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    let mut long = package(
        "complet",
        &"Des données bien décrites. ".repeat(12),
        json!([]),
        csv("2025-12-20"),
    );
    long["extras"] = json!([{"key": "frequency", "value": "monthly"}]);
    let results = [
        package("court", "Court", json!([]), csv("2025-12-20")),
        long,
    ];
    Mock::given(method("GET"))
        .and(path("/api/3/action/package_search"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"success": true, "result": {"count": 2, "results": results}}),
            ),
        )
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let site = server.uri();
    let output = dglint()
        .current_dir(dir.path())
        .args([
            "audit",
            "--isolated",
            "--harvest",
            &site,
            "--backend",
            "ckan",
        ])
        .args(["--as-of", "2026-01-10", "--output-format", "concise"])
        .args([
            "--report",
            "markdown=audit.md",
            "--report",
            "json=audit.json",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stdout.contains("Audit of 2 datasets"), "{stdout}");
    // The summary groups the datasets by the source catalogue where they are fixed.
    assert!(
        stdout.contains("Harvested: 2 of 2 datasets come from 1 source catalogue"),
        "{stdout}"
    );
    assert!(stdout.contains("data.ville.example.org"), "{stdout}");
    let markdown = std::fs::read_to_string(dir.path().join("audit.md")).unwrap();
    assert!(
        markdown.contains("| CKAN | data\\.ville\\.example\\.org | 2 |"),
        "{markdown}"
    );
    // The predicted data.gouv.fr score of each record, before it is harvested.
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("audit.json")).unwrap())
            .unwrap();
    let mut scores: Vec<(String, u64)> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| {
            let quality = dataset["udata"]["quality"].as_object().unwrap();
            let met = quality
                .values()
                .filter(|met| **met == Value::Bool(true))
                .count();
            (dataset["title"].as_str().unwrap().to_owned(), met as u64)
        })
        .collect();
    scores.sort();
    // `complet`: licence, frequency kept up (a resource three weeks old, monthly),
    // description, resources, an open format; `court`: licence, resources, an open format.
    assert_eq!(
        scores,
        [("Jeu complet".to_owned(), 7), ("Jeu court".to_owned(), 4)],
        "{report:#}"
    );
}

#[test]
fn an_unreachable_source_is_an_error_of_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    let output = dglint()
        .current_dir(dir.path())
        .args(["audit", "--isolated", "--harvest", "http://127.0.0.1:9/"])
        .args(["--backend", "dcat", "--retries", "0", "--timeout", "2"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("127.0.0.1:9"), "{stderr}");
}
