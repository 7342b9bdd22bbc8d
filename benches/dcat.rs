//! Benchmark of `dglint check --input dcat`: a DCAT catalogue of 10 000 datasets in Turtle
//! (each with a description, keywords, a frequency, a temporal and a spatial coverage and two
//! distributions), mapped as udata's harvester maps it, linted and scored (target: under 3 s,
//! median of 5 runs after a warm-up).
//!
//! Run with `cargo bench --bench dcat`.

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

fn main() {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("catalog.ttl"), catalogue()).expect("written");
    let args = [
        "check",
        "--isolated",
        "--input",
        "dcat",
        "--as-of",
        "2026-11-22",
        "--output-format",
        "concise",
        "catalog.ttl",
    ];
    let (median, peak_kib) = common::measure(RUNS, &args, dir.path());
    report(
        "check --input dcat of a 10 000-dataset Turtle catalogue",
        median,
        Duration::from_secs(3),
    );
    common::report_memory("check --input dcat, 10 000 datasets", peak_kib, 1024);
}
