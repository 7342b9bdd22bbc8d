//! Live datasets: the binary against a udata-like server bound to 127.0.0.1 in the test,
//! serving the real API response of `tests/data/` and pages made from it, with the
//! hostile answers a real network gives (429 with Retry-After, 500 then success, a slow page,
//! 404, 410, a malformed body).

use std::time::{Duration, Instant};

use crate::common::portal::{REAL_ID, real_dataset};
use crate::common::{dglint, schema_errors};
use serde_json::{Value, json};
use wiremock::matchers::{header, header_regex, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The real dataset under another id, with a few fields changed.
fn variant(id: &str, changes: &Value) -> Value {
    let mut dataset = real_dataset();
    dataset["id"] = json!(id);
    dataset["slug"] = json!(format!("dataset-{id}"));
    for (key, value) in changes.as_object().unwrap() {
        dataset[key] = value.clone();
    }
    dataset
}

async fn mount_json(server: &MockServer, at: &str, body: &Value) {
    Mock::given(method("GET"))
        .and(path(at))
        .and(header_regex("user-agent", "^dglint/"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

/// Runs the binary against the server; returns exit code, stdout, stderr, elapsed time.
fn run(server: &MockServer, args: &[&str]) -> (i32, String, String, Duration) {
    let base = format!("{}/api/1/", server.uri());
    let started = Instant::now();
    let output = dglint()
        .args(args)
        .args(["--api-base", &base, "--retries", "2"])
        .env("DGLINT_API_KEY", "s3cret-key")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        started.elapsed(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn one_dataset_by_id_slug_or_url() {
    let server = MockServer::start().await;
    let dataset = real_dataset();
    mount_json(&server, &format!("/api/1/datasets/{REAL_ID}/"), &dataset).await;
    mount_json(&server, "/api/1/datasets/catalogue-des-donnees/", &dataset).await;

    let (code, stdout, stderr, _) = run(
        &server,
        &[
            "check",
            "--dataset",
            REAL_ID,
            "https://www.data.gouv.fr/fr/datasets/catalogue-des-donnees/",
            "--output-format",
            "json",
            "--as-of",
            "2025-04-10",
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    let base = format!("{}/api/1/", server.uri());
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            format!("{base}datasets/{REAL_ID}/"),
            format!("{base}datasets/catalogue-des-donnees/")
        ]
    );
    assert_eq!(report["files"][0]["origin"], "api");
    // Findings point into the API's JSON, pretty-printed: DG003 at the `quality` key.
    let pretty = serde_json::to_string_pretty(&dataset).unwrap();
    let differs = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["code"] == "DG003")
        .expect("the portal's cached score is stale (6/9 where its rules give 7/9)");
    let line = differs["location"]["start"]["line"].as_u64().unwrap() as usize;
    assert!(
        pretty
            .lines()
            .nth(line - 1)
            .unwrap()
            .trim_start()
            .starts_with("\"quality\""),
        "{differs:#}"
    );
    assert_eq!(report["datasets"][0]["udata"]["points"], 7);
    assert!(!stdout.contains("s3cret-key") && !stderr.contains("s3cret-key"));
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_deleted_and_malformed_datasets_have_their_messages() {
    let server = MockServer::start().await;
    for (at, status, body) in [
        (
            "/api/1/datasets/missing/",
            404,
            "{\"message\": \"Not found\"}",
        ),
        (
            "/api/1/datasets/removed/",
            410,
            "{\"message\": \"Dataset has been deleted\"}",
        ),
        ("/api/1/datasets/broken/", 200, "{\"id\": \"broken\", "),
    ] {
        Mock::given(method("GET"))
            .and(path(at))
            .respond_with(ResponseTemplate::new(status).set_body_string(body))
            .mount(&server)
            .await;
    }
    let (code, _, stderr, _) = run(
        &server,
        &[
            "check",
            "--dataset",
            "missing",
            "--dataset",
            "removed",
            "--dataset",
            "broken",
        ],
    );
    assert_eq!(
        code, 2,
        "named datasets that cannot be read are input errors"
    );
    assert!(
        stderr.contains("datasets/missing/: not found (404)"),
        "{stderr}"
    );
    assert!(stderr.contains("datasets/removed/: gone (410): the dataset has been deleted"));
    assert!(stderr.contains("datasets/broken/: the answer is not valid JSON"));
}

#[tokio::test(flavor = "multi_thread")]
async fn transient_failures_are_retried_and_retry_after_is_honoured() {
    let server = MockServer::start().await;
    let dataset = variant("flaky", &json!({}));
    for (at, first) in [
        ("/api/1/datasets/flaky/", ResponseTemplate::new(500)),
        (
            "/api/1/datasets/limited/",
            ResponseTemplate::new(429).insert_header("Retry-After", "2"),
        ),
    ] {
        Mock::given(method("GET"))
            .and(path(at))
            .respond_with(first)
            .up_to_n_times(1)
            .with_priority(1)
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(at))
            .respond_with(ResponseTemplate::new(200).set_body_json(&dataset))
            .with_priority(2)
            .expect(1)
            .mount(&server)
            .await;
    }
    let (code, stdout, stderr, elapsed) = run(
        &server,
        &[
            "score",
            "--dataset",
            "flaky",
            "--dataset",
            "limited",
            "--output-format",
            "csv",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout.lines().count(),
        3,
        "a header and both datasets: {stdout}"
    );
    assert!(
        elapsed >= Duration::from_secs(2),
        "Retry-After: 2 was waited: {elapsed:?}"
    );
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_organisation_is_audited_over_all_its_pages() {
    let server = MockServer::start().await;
    // Five datasets over three pages of two: one deleted, one archived, one with an open
    // discussion left unanswered since 2024.
    let datasets = [
        variant("d1", &json!({})),
        variant("d2", &json!({"deleted": "2025-01-01T00:00:00+00:00"})),
        variant("d3", &json!({"archived": "2025-02-01T00:00:00+00:00"})),
        variant("d4", &json!({"metrics": {"discussions_open": 1}})),
        variant(
            "d5",
            &json!({"resources": [], "last_modified": "2025-04-01T00:00:00+00:00"}),
        ),
    ];
    let base = format!("{}/api/1/", server.uri());
    for (page, items) in datasets.chunks(2).enumerate() {
        let page = page + 1;
        let next = (page < 3).then(|| {
            format!(
                "{base}organizations/culture/datasets/?page={}&page_size=2",
                page + 1
            )
        });
        let body = json!({"data": items, "page": page, "page_size": 2, "total": 5,
                          "next_page": next, "previous_page": null});
        let mut answer = ResponseTemplate::new(200).set_body_json(&body);
        if page == 2 {
            answer = answer.set_delay(Duration::from_millis(800));
        }
        Mock::given(method("GET"))
            .and(path("/api/1/organizations/culture/datasets/"))
            .and(query_param("page", page.to_string()))
            .and(header("x-api-key", "s3cret-key"))
            .respond_with(answer)
            .mount(&server)
            .await;
    }
    let discussions = json!({"data": [{
        "id": "x1", "title": "Lien mort", "closed": null,
        "created": "2024-03-01T10:00:00+00:00",
        "discussion": [{"content": "Le fichier 2023 renvoie une 404.",
                        "posted_on": "2024-03-01T10:00:00+00:00"}]
    }], "total": 1});
    Mock::given(method("GET"))
        .and(path("/api/1/discussions/"))
        .and(query_param("for", "d4"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&discussions))
        .mount(&server)
        .await;

    let (code, stdout, stderr, _) = run(
        &server,
        &[
            "audit",
            "--organization",
            "culture",
            "--output-format",
            "json",
            "--as-of",
            "2025-04-10",
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(schema_errors(&report), Vec::<String>::new());
    let ids: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["d1", "d4", "d5"],
        "deleted and archived are left out, in API order"
    );
    let codes_of = |id: &str| -> Vec<String> {
        let file = format!("{base}datasets/{id}/");
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|finding| finding["file"] == file.as_str())
            .map(|finding| finding["code"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        codes_of("d4").contains(&"DG404".to_owned()),
        "{:?}",
        codes_of("d4")
    );
    assert!(
        codes_of("d5").contains(&"DG403".to_owned()),
        "{:?}",
        codes_of("d5")
    );
    // Only the dataset with an open discussion had its discussions asked for.
    let asked: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|request| request.url.path() == "/api/1/discussions/")
        .map(|request| request.url.query().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(asked, ["for=d4&page_size=100"]);

    let concise = run(
        &server,
        &[
            "audit",
            "--organization",
            "culture",
            "--output-format",
            "concise",
        ],
    );
    assert!(
        concise.1.contains("Skipped 1 dataset (deleted)"),
        "{}",
        concise.1
    );
    assert!(concise.1.contains("Skipped 1 dataset (archived)"));
    let archived = run(
        &server,
        &[
            "audit",
            "--organization",
            "culture",
            "--include-archived",
            "--output-format",
            "json",
        ],
    );
    let report: Value = serde_json::from_str(&archived.1).unwrap();
    assert_eq!(report["summary"]["datasets"], 4);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unusable_api_exits_2_and_a_lost_page_is_listed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/1/organizations/down/datasets/"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let (code, _, stderr, _) = run(&server, &["audit", "--organization", "down"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot list the datasets of `down`"),
        "{stderr}"
    );
    assert!(stderr.contains("answered 503"), "{stderr}");

    // The first page reads, the second is malformed: the audit goes on and lists it.
    let first = json!({"data": [variant("p1", &json!({}))], "page": 1, "page_size": 1,
                       "total": 2, "next_page": null});
    Mock::given(method("GET"))
        .and(path("/api/1/organizations/half/datasets/"))
        .and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&first))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/1/organizations/half/datasets/"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>oops</html>"))
        .mount(&server)
        .await;
    let (code, stdout, stderr, _) = run(
        &server,
        &[
            "audit",
            "--organization",
            "half",
            "--output-format",
            "concise",
            "--exit-zero",
        ],
    );
    assert_eq!(
        code, 1,
        "an audit that could not read everything fails: {stderr}"
    );
    assert!(stdout.contains("Checked 1 dataset"), "{stdout}");
    assert!(
        stderr.contains("not audited:") && stderr.contains("page=2"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_total_the_next_page_links_are_followed() {
    let server = MockServer::start().await;
    let base = format!("{}/api/1/", server.uri());
    let second = format!("{base}organizations/chain/datasets/?page=2&page_size=1&cursor=x");
    let pages = [
        (
            "1",
            json!({"data": [variant("c1", &json!({}))], "next_page": second}),
        ),
        (
            "2",
            json!({"data": [variant("c2", &json!({}))], "next_page": null}),
        ),
    ];
    for (page, body) in pages {
        Mock::given(method("GET"))
            .and(path("/api/1/organizations/chain/datasets/"))
            .and(query_param("page", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(&body))
            .mount(&server)
            .await;
    }
    let (_, stdout, stderr, _) = run(
        &server,
        &[
            "audit",
            "--organization",
            "chain",
            "--output-format",
            "json",
        ],
    );
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stderr}"));
    assert_eq!(report["summary"]["datasets"], 2);
}
