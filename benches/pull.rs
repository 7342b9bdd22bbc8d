//! Benchmark of `dglint pull`: an organisation of 1 000 datasets (variants of the real API
//! response of `tests/data/`, 10 pages of 100) served by a local server on 127.0.0.1, pulled
//! into a fresh directory each run (target: under 3 s, median of 5 runs after a warm-up).
//!
//! Run with `cargo bench --bench pull`.

mod common;

use std::time::Duration;

use common::report;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const DATASETS: usize = 1_000;
const PAGE_SIZE: usize = 100;
const RUNS: usize = 5;

fn datasets() -> Vec<Value> {
    let real = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/api-v1-dataset-5d13a8b6634f41070a43dff3.json"
    ))
    .expect("the real dataset is in tests/data");
    let real: Value = serde_json::from_str(&real).expect("JSON");
    (0..DATASETS)
        .map(|number| {
            let mut dataset = real.clone();
            dataset["id"] = json!(format!("{number:024x}"));
            dataset["slug"] = json!(format!("jeu-{number:04}"));
            dataset["title"] = json!(format!("Jeu de données {number}"));
            dataset["tags"] = json!(["bench", format!("lot-{}", number % 10)]);
            dataset
        })
        .collect()
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let server = runtime.block_on(async {
        let server = MockServer::start().await;
        let all = datasets();
        let pages = all.chunks(PAGE_SIZE).count();
        for (index, items) in all.chunks(PAGE_SIZE).enumerate() {
            let body = json!({
                "data": items, "page": index + 1, "page_size": PAGE_SIZE,
                "total": DATASETS, "next_page": (index + 1 < pages).then_some("more"),
            });
            Mock::given(method("GET"))
                .and(path("/api/1/organizations/bench/datasets/"))
                .and(query_param("page", (index + 1).to_string()))
                .respond_with(ResponseTemplate::new(200).set_body_json(body))
                .mount(&server)
                .await;
        }
        server
    });
    let base = format!("{}/api/1/", server.uri());
    let mut times = Vec::with_capacity(RUNS + 1);
    for _ in 0..=RUNS {
        let dir = tempfile::tempdir().expect("a temp dir");
        let args = [
            "pull",
            "--organization",
            "bench",
            "--output",
            "out",
            "--api-base",
            &base,
        ];
        times.push(common::run_once(&args, dir.path()).elapsed);
        let written = std::fs::read_dir(dir.path().join("out"))
            .expect("the output directory")
            .count();
        assert_eq!(written, DATASETS, "every dataset is written");
    }
    // The first run warms the caches up; the others are measured.
    times.remove(0);
    times.sort();
    report(
        "pull of 1 000 datasets (10 pages) from a local server",
        times[times.len() / 2],
        Duration::from_secs(3),
    );
}
