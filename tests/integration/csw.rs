//! `dglint check --input csw`: a CSW server's `GetRecords` answers read as data.gouv.fr's
//! CSW-DCAT harvester reads them, saved or asked page after page. udata's own code is the
//! reference in tests/parity/harvest_parity.py (its CSW answer); these tests drive the binary.

use std::time::{Duration, Instant};

use crate::common::{assert_criteria, assert_warned, check_source, help_of};

/// An answer holding `records`, announcing `next` as the next record.
fn answer(records: &[String], matched: usize, next: usize) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#"
    xmlns:dct="http://purl.org/dc/terms/">
  <csw:SearchStatus timestamp="2026-01-10T12:00:00"/>
  <csw:SearchResults numberOfRecordsMatched="{matched}" numberOfRecordsReturned="{}" nextRecord="{next}">
{}
  </csw:SearchResults>
</csw:GetRecordsResponse>
"#,
        records.len(),
        records.join("\n")
    )
}

/// A DCAT record of one dataset, as a CSW server writes it.
fn record(number: usize, extra: &str) -> String {
    format!(
        r#"    <rdf:RDF>
      <dcat:Dataset rdf:about="https://geo.example.fr/dataset/{number}">
        <dct:identifier>jeu-{number}</dct:identifier>
        <dct:title>Jeu géographique {number}</dct:title>
        <dct:description>Court.</dct:description>{extra}
        <dcat:distribution>
          <dcat:Distribution>
            <dcat:downloadURL rdf:resource="https://geo.example.fr/files/{number}.geojson"/>
            <dct:format>GeoJSON</dct:format>
          </dcat:Distribution>
        </dcat:distribution>
      </dcat:Dataset>
    </rdf:RDF>"#
    )
}

#[test]
fn a_saved_answer_is_read_record_by_record_and_the_rest_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let frequency = "\n        <dct:accrualPeriodicity rdf:resource=\"http://publications.europa.eu/resource/authority/frequency/ANNUAL\"/>\n        <dct:modified>2025-06-01</dct:modified>";
    let records = [
        record(1, frequency),
        "    <gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\"/>".to_owned(),
        "    <rdf:RDF><dcat:Dataset rdf:about=\"https://geo.example.fr/x\" rdf:nodeID=\"x\"/></rdf:RDF>".to_owned(),
    ];
    std::fs::write(dir.path().join("answer.xml"), answer(&records, 3, 0)).unwrap();
    std::fs::write(
        dir.path().join("exception.xml"),
        r#"<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1"><ows:Exception exceptionCode="NoApplicableCode"><ows:ExceptionText>Index unavailable</ows:ExceptionText></ows:Exception></ows:ExceptionReport>"#,
    )
    .unwrap();
    let (code, report, stderr) = check_source(dir.path(), "csw", &["answer.xml", "exception.xml"]);
    assert_eq!(code, 1, "{stderr}");
    assert_warned(
        &stderr,
        &[
            "answer.xml: 1 record is in ISO 19139, which dglint does not read yet",
            "answer.xml: record 3 is not RDF/XML",
        ],
    );
    let datasets = report["datasets"].as_array().unwrap();
    assert_eq!(datasets.len(), 1, "{report:#}");
    assert_eq!(datasets[0]["title"], "Jeu géographique 1");
    assert_criteria(
        &datasets[0]["udata"]["quality"],
        &[
            ("update_frequency", true),
            ("update_fulfilled_in_time", true),
            ("dataset_description_quality", false),
            ("has_open_format", true),
        ],
    );
    let help = help_of(&report, "DG201", "answer.xml");
    assert!(
        help.contains("harvested from geo.example.fr (CSW-DCAT): change `dct:description` there"),
        "{help}"
    );
    let exception = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["file"] == "exception.xml")
        .unwrap();
    assert_eq!(exception["code"], "DG001");
    assert!(
        exception["message"]
            .as_str()
            .unwrap()
            .contains("the CSW server answered with an exception: Index unavailable"),
        "{exception:#}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_is_asked_page_after_page_as_udata_asks_it() {
    use wiremock::matchers::{body_string_contains, method};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    // 28 records matched: 25 on the first page (here 2, a server may return fewer), then
    // the rest from 26; the second page answers 500 once.
    let first = answer(&[record(1, ""), record(2, "")], 28, 26);
    let second = answer(&[record(26, "")], 28, 0);
    Mock::given(method("POST"))
        .and(body_string_contains("startPosition=\"26\""))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    for (start, body) in [("1", first), ("26", second)] {
        Mock::given(method("POST"))
            .and(body_string_contains(format!("startPosition=\"{start}\"")))
            .and(body_string_contains(
                "outputSchema=\"http://www.w3.org/ns/dcat#\"",
            ))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .mount(&server)
            .await;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("{}/csw", server.uri());
    let started = Instant::now();
    let (code, report, stderr) = check_source(dir.path(), "csw", &[&url]);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(code, 1, "{stderr}");
    let titles: Vec<&str> = report["datasets"]
        .as_array()
        .unwrap_or_else(|| panic!("{stderr}"))
        .iter()
        .map(|dataset| dataset["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Jeu géographique 1",
            "Jeu géographique 2",
            "Jeu géographique 26"
        ],
        "{stderr}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}
