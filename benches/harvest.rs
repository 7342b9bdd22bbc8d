//! Benchmark of source catalogues read as udata's harvesters map them, linted and scored:
//! `dglint check --input dcat` on a DCAT catalogue of 10 000 datasets in Turtle, and
//! `dglint check --input ckan` on a `package_search` answer of 10 000 CKAN packages (each
//! with a description, keywords, a frequency, a temporal and a spatial coverage and two
//! distributions or resources). Target: under 3 s each, median of 5 runs after a warm-up.
//!
//! Run with `cargo bench --bench harvest`.

mod common;

use std::fmt::Write as _;
use std::time::Duration;

use common::report;

const DATASETS: usize = 10_000;
const RUNS: usize = 5;

fn catalogue() -> String {
    let mut text = String::from(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n\
         @prefix locn: <http://www.w3.org/ns/locn#> .\n@prefix gsp: <http://www.opengis.net/ont/geosparql#> .\n\
         @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n",
    );
    for number in 0..DATASETS {
        let _ = write!(
            text,
            "<https://data.example.fr/dataset/{number}> a dcat:Dataset ;\n\
             \x20 dct:identifier \"jeu-{number}\" ;\n\
             \x20 dct:title \"Jeu de données numéro {number} de la collectivité\"@fr ;\n\
             \x20 dct:description \"Les données du jeu {number}, mises à jour par le service compétent, avec leur documentation et la liste des champs. Une ligne par objet, avec son identifiant, sa commune et sa date de mise à jour.\"@fr ;\n\
             \x20 dcat:keyword \"mobilité\", \"stationnement\", \"lot-{}\" ;\n\
             \x20 dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/MONTHLY> ;\n\
             \x20 dct:temporal \"2020-01-01/2025-12-31\" ;\n\
             \x20 dct:spatial [ locn:geometry \"POLYGON((1.5 43.1, 2.5 43.1, 2.5 44.2, 1.5 44.2, 1.5 43.1))\"^^gsp:wktLiteral ] ;\n\
             \x20 dct:license <https://www.etalab.gouv.fr/licence-ouverte-open-licence> ;\n\
             \x20 dct:modified \"2026-10-01T08:00:00Z\"^^xsd:dateTime ;\n\
             \x20 dcat:distribution [ a dcat:Distribution ; dct:title \"Données (CSV)\" ; dcat:downloadURL <https://data.example.fr/files/{number}.csv> ; dct:format \"CSV\" ],\n\
             \x20   [ a dcat:Distribution ; dct:title \"Documentation\" ; dcat:accessURL <https://data.example.fr/docs/{number}> ; dct:format \"HTML\" ] .\n\n",
            number % 10
        );
    }
    text
}

/// A `package_search` answer of as many CKAN packages, as CKAN 2.10 writes them.
fn packages() -> String {
    let results: Vec<serde_json::Value> = (0..DATASETS)
        .map(|number| {
            let resource = |position: usize, name: &str, format: &str, url: String| {
                serde_json::json!({
                    "id": format!("r{number}-{position}"), "position": position, "name": name,
                    "description": null, "format": format, "mimetype": null, "size": null,
                    "hash": "", "created": "2024-01-10T08:00:00.000000",
                    "last_modified": "2026-10-01T08:00:00.000000", "url": url,
                    "resource_type": null
                })
            };
            serde_json::json!({
                "id": format!("id-{number}"), "name": format!("jeu-{number}"),
                "title": format!("Jeu de données numéro {number} de la collectivité"),
                "notes": format!("Les données du jeu {number}, mises à jour par le service compétent, avec leur documentation et la liste des champs. Une ligne par objet, avec son identifiant, sa commune et sa date de mise à jour."),
                "license_id": "fr-lo", "license_title": "Licence Ouverte",
                "tags": [{"id": "t1", "name": "mobilité"}, {"id": "t2", "name": "stationnement"},
                         {"id": "t3", "name": format!("lot-{}", number % 10)}],
                "metadata_created": "2024-01-10T08:00:00.000000",
                "metadata_modified": "2026-10-01T08:00:00.000000",
                "organization": null, "private": false, "type": "dataset", "state": "active",
                "author": null, "author_email": null, "maintainer": null,
                "maintainer_email": null,
                "extras": [
                    {"key": "frequency", "value": "http://publications.europa.eu/resource/authority/frequency/MONTHLY"},
                    {"key": "temporal_start", "value": "2020-01-01"},
                    {"key": "temporal_end", "value": "2025-12-31"},
                    {"key": "spatial", "value": "{\"type\": \"Polygon\", \"coordinates\": [[[1.5, 43.1], [2.5, 43.1], [2.5, 44.2], [1.5, 44.2], [1.5, 43.1]]]}"}
                ],
                "resources": [
                    resource(0, "Données (CSV)", "CSV", format!("https://data.example.fr/files/{number}.csv")),
                    resource(1, "Documentation", "HTML", format!("https://data.example.fr/docs/{number}")),
                ]
            })
        })
        .collect();
    serde_json::json!({"success": true, "result": {"count": DATASETS, "results": results}})
        .to_string()
}

fn main() {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("catalog.ttl"), catalogue()).expect("written");
    std::fs::write(dir.path().join("packages.json"), packages()).expect("written");
    for (input, file, what) in [
        ("dcat", "catalog.ttl", "a 10 000-dataset Turtle catalogue"),
        (
            "ckan",
            "packages.json",
            "a 10 000-package CKAN search answer",
        ),
    ] {
        let args = [
            "check",
            "--isolated",
            "--input",
            input,
            "--as-of",
            "2026-11-22",
            "--output-format",
            "concise",
            file,
        ];
        let (median, peak_kib) = common::measure(RUNS, &args, dir.path());
        report(
            &format!("check --input {input} of {what}"),
            median,
            Duration::from_secs(3),
        );
        common::report_memory(
            &format!("check --input {input}, 10 000 datasets"),
            peak_kib,
            1024,
        );
    }
}
