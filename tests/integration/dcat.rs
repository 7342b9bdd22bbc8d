//! `dglint check --input dcat`: DCAT catalogues read as data.gouv.fr's DCAT harvester maps
//! them, in every RDF syntax, with what udata skips counted and broken or hostile files
//! reported without harm. udata's own code is the reference in tests/parity/harvest_parity.py;
//! these tests drive the binary on small catalogues written here.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{assert_criteria, check_source, dglint, help_of};

const TURTLE: &str = r#"@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://data.example.fr/dataset/parkings> a dcat:Dataset ;
  dct:identifier "parkings" ;
  dct:title "Parkings de la ville"@fr, "City car parks"@en ;
  dct:description "Courte."@fr ;
  dcat:keyword "Mobilité", "parkings" ;
  dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/MONTHLY> ;
  dct:temporal "2020" ;
  dct:spatial "1.5,43.1,2.5,44.2" ;
  dct:modified "2025-12-01T10:00:00Z"^^xsd:dateTime ;
  dcat:landingPage <https://data.example.fr/explore/parkings> ;
  dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <https://data.example.fr/parkings.csv> ; dct:format "CSV" ] .

<https://data.example.fr/dataset/sans-titre> a dcat:Dataset ;
  dct:identifier "sans-titre" ;
  dct:description "Pas de titre : le moissonneur l'ignore." .

<https://data.example.fr/dataset/sans-identifiant> a dcat:Dataset ;
  dct:title "Sans identifiant" .
"#;

/// The same first record in N-Triples and RDF/XML.
const NTRIPLES: &str = r#"<https://data.example.fr/dataset/parkings> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/identifier> "parkings" .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/title> "Parkings de la ville"@fr .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/description> "Courte."@fr .
<https://data.example.fr/dataset/parkings> <http://www.w3.org/ns/dcat#keyword> "Mobilité" .
<https://data.example.fr/dataset/parkings> <http://www.w3.org/ns/dcat#keyword> "parkings" .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/accrualPeriodicity> <http://publications.europa.eu/resource/authority/frequency/MONTHLY> .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/temporal> "2020" .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/spatial> "1.5,43.1,2.5,44.2" .
<https://data.example.fr/dataset/parkings> <http://purl.org/dc/terms/modified> "2025-12-01T10:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
<https://data.example.fr/dataset/parkings> <http://www.w3.org/ns/dcat#landingPage> <https://data.example.fr/explore/parkings> .
<https://data.example.fr/dataset/parkings> <http://www.w3.org/ns/dcat#distribution> _:d .
_:d <http://www.w3.org/ns/dcat#downloadURL> <https://data.example.fr/parkings.csv> .
_:d <http://purl.org/dc/terms/format> "CSV" .
"#;

const RDF_XML: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dct="http://purl.org/dc/terms/">
  <dcat:Dataset rdf:about="https://data.example.fr/dataset/parkings">
    <dct:identifier>parkings</dct:identifier>
    <dct:title xml:lang="fr">Parkings de la ville</dct:title>
    <dct:description xml:lang="fr">Courte.</dct:description>
    <dcat:keyword>Mobilité</dcat:keyword>
    <dcat:keyword>parkings</dcat:keyword>
    <dct:accrualPeriodicity rdf:resource="http://publications.europa.eu/resource/authority/frequency/MONTHLY"/>
    <dct:temporal>2020</dct:temporal>
    <dct:spatial>1.5,43.1,2.5,44.2</dct:spatial>
    <dct:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">2025-12-01T10:00:00Z</dct:modified>
    <dcat:landingPage rdf:resource="https://data.example.fr/explore/parkings"/>
    <dcat:distribution>
      <dcat:Distribution>
        <dcat:downloadURL rdf:resource="https://data.example.fr/parkings.csv"/>
        <dct:format>CSV</dct:format>
      </dcat:Distribution>
    </dcat:distribution>
  </dcat:Dataset>
</rdf:RDF>
"#;

#[test]
fn each_record_is_the_dataset_udata_would_harvest_in_every_syntax() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("catalog.ttl"), TURTLE).unwrap();
    std::fs::write(dir.path().join("catalog.nt"), NTRIPLES).unwrap();
    std::fs::write(dir.path().join("catalog.rdf"), RDF_XML).unwrap();
    let (code, report, stderr) = check_source(
        dir.path(),
        "dcat",
        &["catalog.ttl", "catalog.nt", "catalog.rdf"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("catalog.ttl: 1 record has no `dct:title`: udata's harvester skips it"),
        "{stderr}"
    );
    let datasets = report["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), 3, "{report:#}");
    let quality = &datasets[0]["udata"]["quality"];
    for dataset in datasets {
        assert_eq!(&dataset["udata"]["quality"], quality);
        assert_eq!(dataset["title"], "Parkings de la ville");
    }
    // Frequency, temporal (a year), spatial (a bounding box), a CSV: met; the description is
    // short; the harvest date a month and a week before, with a monthly frequency: late.
    let expected = [
        ("license", true),
        ("temporal_coverage", true),
        ("spatial", true),
        ("update_frequency", true),
        ("update_fulfilled_in_time", false),
        ("dataset_description_quality", false),
        ("has_resources", true),
        ("has_open_format", true),
    ];
    assert_criteria(quality, &expected);
    // A finding names the DCAT property to change in the source catalogue.
    let help = help_of(&report, "DG201", "catalog.ttl");
    assert!(
        help.contains("harvested from data.example.fr (DCAT): change `dct:description` there"),
        "{help}"
    );
}

#[test]
fn broken_and_hostile_files_are_findings_and_the_others_are_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.ttl"), TURTLE).unwrap();
    std::fs::write(dir.path().join("broken.ttl"), "<https://e.org/d> a <http://www.w3.org/ns/dcat#Dataset> ;\n  <http://purl.org/dc/terms/title> \"open\n").unwrap();
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n <!ENTITY a \"aaaaaaaaaa\">\n");
    for level in 1..10 {
        let previous = if level == 1 {
            "a".to_owned()
        } else {
            format!("a{}", level - 1)
        };
        bomb.push_str(&format!(
            " <!ENTITY a{level} \"{}\">\n",
            format!("&{previous};").repeat(10)
        ));
    }
    bomb.push_str("]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dcat=\"http://www.w3.org/ns/dcat#\" xmlns:dct=\"http://purl.org/dc/terms/\">\n<dcat:Dataset rdf:about=\"https://e.org/d\"><dct:title>&a9;</dct:title></dcat:Dataset>\n</rdf:RDF>\n");
    std::fs::write(dir.path().join("bomb.rdf"), bomb).unwrap();
    let started = Instant::now();
    let (code, report, stderr) =
        check_source(dir.path(), "dcat", &["good.ttl", "broken.ttl", "bomb.rdf"]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(code, 1, "{stderr}");
    let parse_errors: Vec<(String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|finding| finding["code"] == "DG001")
        .map(|finding| {
            (
                finding["file"].as_str().unwrap().to_owned(),
                finding["location"]["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        parse_errors,
        [("bomb.rdf".to_owned(), 3), ("broken.ttl".to_owned(), 2)]
    );
    assert_eq!(
        report["datasets"].as_array().unwrap().len(),
        1,
        "{report:#}"
    );
}

#[test]
fn what_the_harvester_cannot_read_is_a_finding_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let turtle = r#"@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
<https://data.example.fr/dataset/arrets> a dcat:Dataset ;
  dct:identifier "arrets" ;
  dct:title "Arrêts de bus" ;
  dct:accrualPeriodicity "hebdomadaire" ;
  dct:temporal "2020-05-01" ;
  dct:spatial <http://sws.geonames.org/3017382/> ;
  dct:license "Licence maison de la ville" ;
  dcat:distribution [ a dcat:Distribution ; dct:title "Fichier des arrêts" ] .
"#;
    std::fs::write(dir.path().join("catalog.ttl"), turtle).unwrap();
    let (_, report, stderr) = check_source(dir.path(), "dcat", &["catalog.ttl"]);
    let findings: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("{stderr}"))
        .iter()
        .filter(|finding| finding["category"] == "harvest")
        .map(|finding| {
            (
                finding["code"].as_str().unwrap().to_owned(),
                finding["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut findings = findings;
    findings.sort();
    let codes: Vec<&str> = findings.iter().map(|(code, _)| code.as_str()).collect();
    assert_eq!(
        codes,
        ["DG801", "DG802", "DG803", "DG804", "DG805"],
        "{findings:#?}"
    );
    assert!(
        findings[0]
            .1
            .contains("`dct:accrualPeriodicity` (`hebdomadaire`)"),
        "{findings:#?}"
    );
    assert!(
        findings[2].1.contains("http://sws.geonames.org/3017382/"),
        "{findings:#?}"
    );
    assert!(
        findings[3].1.contains("`Licence maison de la ville`"),
        "{findings:#?}"
    );
    assert!(
        findings[4].1.contains("`Fichier des arrêts`"),
        "{findings:#?}"
    );
}

/// A page of a catalogue served at `/catalog/{number}.ttl`: `count` records numbered from
/// `first`, and a Hydra view naming `next` when given.
fn page(base: &str, first: usize, count: usize, next: Option<usize>) -> String {
    let mut text = String::from(
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n@prefix hydra: <http://www.w3.org/ns/hydra/core#> .\n",
    );
    for number in first..first + count {
        text.push_str(&format!(
            "<{base}/dataset/{number}> a dcat:Dataset ; dct:identifier \"d{number}\" ; dct:title \"Jeu numéro {number}\" .\n"
        ));
    }
    if let Some(next) = next {
        text.push_str(&format!(
            "<{base}/catalog/view> a hydra:PartialCollectionView ; hydra:next <{base}/catalog/{next}.ttl> .\n"
        ));
    }
    text
}

#[tokio::test(flavor = "multi_thread")]
async fn a_paged_catalogue_is_followed_once_through_its_pages() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    let base = server.uri();
    // Three pages; the third points back to the first; the second answers 500 once.
    for (number, next) in [(1, 2), (2, 3), (3, 1)] {
        let body = page(&base, number * 10, 3, Some(next));
        if number == 2 {
            Mock::given(method("GET"))
                .and(path("/catalog/2.ttl"))
                .respond_with(ResponseTemplate::new(500))
                .up_to_n_times(1)
                .with_priority(1)
                .mount(&server)
                .await;
        }
        Mock::given(method("GET"))
            .and(path(format!("/catalog/{number}.ttl")))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .mount(&server)
            .await;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("{base}/catalog/1.ttl");
    let started = Instant::now();
    let output = dglint()
        .current_dir(dir.path())
        .args([
            "check",
            "--isolated",
            "--input",
            "dcat",
            "--output-format",
            "json",
            "--retries",
            "2",
            &url,
        ])
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(20));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|_| panic!("{stderr}"));
    let titles: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 9, "{titles:?}\n{stderr}");
    assert!(
        stderr.contains(&format!("the catalogue's paging leads back to {url}")),
        "{stderr}"
    );
}
