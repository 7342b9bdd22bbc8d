//! A udata-like portal bound to 127.0.0.1 (wiremock), serving datasets made from the real API
//! response of `tests/data/`: an organisation's listing over pages, each dataset by id and by
//! slug, deleted ones as 410, and the hiccups of a real network on the way.

use std::path::Path;
use std::process::Output;

use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{corpus, dglint};

/// The id of the real dataset kept in `tests/data/`.
pub const REAL_ID: &str = "5d13a8b6634f41070a43dff3";

/// The API key the tests send, and that the portal asks for.
pub const API_KEY: &str = "s3cret-key";

/// The real API response of data.gouv.fr's catalogue dataset.
pub fn real_dataset() -> Value {
    let text =
        std::fs::read_to_string(corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The real dataset under another id and slug (24 hexadecimal characters from `number`),
/// with `changes` made to its fields.
pub fn variant(number: usize, slug: &str, changes: &Value) -> Value {
    let mut dataset = real_dataset();
    dataset["id"] = json!(format!("{number:024x}"));
    dataset["slug"] = json!(slug);
    for (key, value) in changes.as_object().unwrap() {
        dataset[key] = value.clone();
    }
    dataset
}

/// The datasets of the organisation `dinum` the tests pull: the real one and variants of it
/// (another title, tags, frequency and text with `\r\n`; harvested; private; archived;
/// deleted; a slug that is not a file name).
pub fn organization_datasets() -> Vec<Value> {
    vec![
        real_dataset(),
        variant(
            1,
            "transports-en-commun",
            &json!({
                "title": "Transports en commun", "tags": ["transport", "mobilite", "bus"],
                "frequency": "monthly", "acronym": "TC",
                "description": "Les lignes de bus.\r\nUne ligne par arrêt, avec ses horaires et son accessibilité, mise à jour chaque mois à partir des données des exploitants du réseau.",
                "temporal_coverage": {"start": "2020-01-01", "end": "2025-12-31"},
                "spatial": {"zones": ["fr:commune:75056"], "granularity": "poi", "geom": null},
            }),
        ),
        variant(
            2,
            "moissonne",
            &json!({"harvest": {"modified_at": "2025-03-01T00:00:00+00:00", "backend": "DCAT"},
                    "frequency": "annual", "license": "notspecified",
                    "quality": {"license": false}}),
        ),
        variant(3, "prive", &json!({"private": true, "title": "Jeu privé"})),
        variant(
            4,
            "archive",
            &json!({"archived": "2024-01-01T00:00:00+00:00"}),
        ),
        variant(
            5,
            "supprime",
            &json!({"deleted": "2024-06-01T00:00:00+00:00"}),
        ),
        variant(6, "../../etc/evil", &json!({"title": "Slug hostile"})),
    ]
}

/// Serves `datasets` as the organisation `org`'s listing, `page_size` per page; the second
/// page answers 429 (`Retry-After: 0`) once and the third 500 once before they are served.
/// Every listing request must carry the API key.
pub async fn serve_listing(server: &MockServer, org: &str, datasets: &[Value], page_size: usize) {
    let at = format!("/api/1/organizations/{org}/datasets/");
    let pages: Vec<&[Value]> = datasets.chunks(page_size.max(1)).collect();
    for (index, items) in pages.iter().enumerate() {
        let number = index + 1;
        let body = json!({
            "data": items, "page": number, "page_size": page_size, "total": datasets.len(),
            "next_page": (number < pages.len()).then(|| format!("{}{at}?page={}", server.uri(), number + 1)),
        });
        let hiccup = match number {
            2 => Some(ResponseTemplate::new(429).insert_header("Retry-After", "0")),
            3 => Some(ResponseTemplate::new(500)),
            _ => None,
        };
        if let Some(hiccup) = hiccup {
            Mock::given(method("GET"))
                .and(path(at.as_str()))
                .and(query_param("page", number.to_string()))
                .respond_with(hiccup)
                .up_to_n_times(1)
                .with_priority(1)
                .mount(server)
                .await;
        }
        Mock::given(method("GET"))
            .and(path(at.as_str()))
            .and(query_param("page", number.to_string()))
            .and(header("x-api-key", API_KEY))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(server)
            .await;
    }
}

/// Serves each dataset by id and by slug; a deleted one answers 410.
pub async fn serve_datasets(server: &MockServer, datasets: &[Value]) {
    for dataset in datasets {
        let deleted = dataset.get("deleted").is_some_and(|value| !value.is_null());
        for key in ["id", "slug"] {
            let key = dataset[key].as_str().unwrap();
            let response = if deleted {
                ResponseTemplate::new(410)
            } else {
                ResponseTemplate::new(200).set_body_json(dataset)
            };
            Mock::given(method("GET"))
                .and(path(format!("/api/1/datasets/{key}/")))
                .respond_with(response)
                .mount(server)
                .await;
        }
    }
}

/// Runs the binary in `dir` against the portal (API key set, two retries).
pub fn run_against(server: &MockServer, dir: &Path, args: &[&str]) -> Output {
    let base = format!("{}/api/1/", server.uri());
    dglint()
        .current_dir(dir)
        .args(args)
        .args(["--api-base", &base, "--retries", "2"])
        .env("DGLINT_API_KEY", API_KEY)
        .output()
        .unwrap()
}
