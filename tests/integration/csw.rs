//! `dglint check --input csw`: a CSW server's `GetRecords` answers read as data.gouv.fr's
//! CSW-DCAT and CSW-ISO-19139 harvesters read them, saved or asked page after page. udata's
//! own code is the reference in tests/parity/harvest_parity.py (its CSW answer) and
//! tests/parity/iso_parity.py (ISO 19139 records); these tests drive the binary.

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
            "answer.xml: 1 ISO 19139 record is neither a dataset nor a series (`gmd:hierarchyLevel`: -)",
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

/// An ISO 19139 record in French: `scope` (`gmd:hierarchyLevel`), `bbox` inside
/// `gmd:EX_GeographicBoundingBox`, `online` inside `gmd:MD_DigitalTransferOptions`.
fn iso_record(number: usize, scope: &str, bbox: &str, online: &str) -> String {
    format!(
        r#"    <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco"
        xmlns:gmx="http://www.isotc211.org/2005/gmx" xmlns:xlink="http://www.w3.org/1999/xlink"
        xmlns:gml="http://www.opengis.net/gml/3.2">
      <gmd:fileIdentifier><gco:CharacterString>fiche-{number}</gco:CharacterString></gmd:fileIdentifier>
      <gmd:language><gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" codeListValue="fre"/></gmd:language>
      <gmd:hierarchyLevel><gmd:MD_ScopeCode codeList="./resources/codeList.xml#MD_ScopeCode" codeListValue="{scope}"/></gmd:hierarchyLevel>
      <gmd:identificationInfo>
        <gmd:MD_DataIdentification>
          <gmd:citation><gmd:CI_Citation>
            <gmd:title><gco:CharacterString>Plan local d'urbanisme {number}</gco:CharacterString></gmd:title>
            <gmd:date><gmd:CI_Date>
              <gmd:date><gco:Date>2025-09-01</gco:Date></gmd:date>
              <gmd:dateType><gmd:CI_DateTypeCode codeList="./resources/codeList.xml#CI_DateTypeCode" codeListValue="revision"/></gmd:dateType>
            </gmd:CI_Date></gmd:date>
            <gmd:identifier><gmd:MD_Identifier><gmd:code><gco:CharacterString>https://geo.example.fr/plu/{number}</gco:CharacterString></gmd:code></gmd:MD_Identifier></gmd:identifier>
          </gmd:CI_Citation></gmd:citation>
          <gmd:abstract><gco:CharacterString>Zonage du PLU.</gco:CharacterString></gmd:abstract>
          <gmd:resourceMaintenance><gmd:MD_MaintenanceInformation><gmd:maintenanceAndUpdateFrequency>
            <gmd:MD_MaintenanceFrequencyCode codeList="./resources/codeList.xml#MD_MaintenanceFrequencyCode" codeListValue="annually"/>
          </gmd:maintenanceAndUpdateFrequency></gmd:MD_MaintenanceInformation></gmd:resourceMaintenance>
          <gmd:descriptiveKeywords><gmd:MD_Keywords>
            <gmd:keyword><gco:CharacterString>Urbanisme</gco:CharacterString></gmd:keyword>
          </gmd:MD_Keywords></gmd:descriptiveKeywords>
          <gmd:resourceConstraints><gmd:MD_LegalConstraints>
            <gmd:useConstraints><gmd:MD_RestrictionCode codeList="./resources/codeList.xml#MD_RestrictionCode" codeListValue="otherRestrictions"/></gmd:useConstraints>
            <gmd:otherConstraints><gmx:Anchor xlink:href="https://www.etalab.gouv.fr/licence-ouverte-open-licence">Licence Ouverte</gmx:Anchor></gmd:otherConstraints>
          </gmd:MD_LegalConstraints></gmd:resourceConstraints>
          <gmd:extent><gmd:EX_Extent>
            <gmd:geographicElement><gmd:EX_GeographicBoundingBox>{bbox}</gmd:EX_GeographicBoundingBox></gmd:geographicElement>
            <gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>
              <gml:TimePeriod gml:id="t"><gml:beginPosition>2020-01-01</gml:beginPosition><gml:endPosition>2025-12-31</gml:endPosition></gml:TimePeriod>
            </gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>
          </gmd:EX_Extent></gmd:extent>
        </gmd:MD_DataIdentification>
      </gmd:identificationInfo>
      <gmd:distributionInfo><gmd:MD_Distribution>
        <gmd:distributionFormat><gmd:MD_Format><gmd:name><gco:CharacterString>ESRI Shapefile</gco:CharacterString></gmd:name></gmd:MD_Format></gmd:distributionFormat>
        <gmd:transferOptions><gmd:MD_DigitalTransferOptions>{online}</gmd:MD_DigitalTransferOptions></gmd:transferOptions>
      </gmd:MD_Distribution></gmd:distributionInfo>
    </gmd:MD_Metadata>"#
    )
}

const BBOX: &str = "<gmd:westBoundLongitude><gco:Decimal>2.2</gco:Decimal></gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>2.5</gco:Decimal></gmd:eastBoundLongitude><gmd:southBoundLatitude><gco:Decimal>48.8</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude><gco:Decimal>48.9</gco:Decimal></gmd:northBoundLatitude>";

/// An online resource with `function` (`gmd:CI_OnLineFunctionCode`), or none.
fn online(url: &str, function: Option<&str>) -> String {
    let function = function.map_or_else(String::new, |code| {
        format!(r#"<gmd:function><gmd:CI_OnLineFunctionCode codeList="./resources/codeList.xml#CI_OnLineFunctionCode" codeListValue="{code}"/></gmd:function>"#)
    });
    format!(
        r#"<gmd:onLine><gmd:CI_OnlineResource><gmd:linkage><gmd:URL>{url}</gmd:URL></gmd:linkage><gmd:name><gco:CharacterString>Zonage</gco:CharacterString></gmd:name>{function}</gmd:CI_OnlineResource></gmd:onLine>"#
    )
}

#[test]
fn iso_19139_records_are_read_as_udata_s_stylesheet_then_its_dcat_mapping_read_them() {
    let dir = tempfile::tempdir().unwrap();
    let download = online("https://geo.example.fr/files/plu.zip", Some("download"));
    let records = [
        iso_record(1, "dataset", BBOX, &download),
        // No function: the stylesheet makes it a landing page, not a distribution.
        iso_record(
            2,
            "series",
            BBOX,
            &online("https://geo.example.fr/files/plu2.zip", None),
        ),
        iso_record(3, "service", BBOX, &download),
        // A bound left out: the stylesheet fails, udata fails the record.
        iso_record(
            4,
            "dataset",
            &BBOX[..BBOX.find("<gmd:northBound").unwrap()],
            &download,
        ),
    ];
    std::fs::write(dir.path().join("answer.xml"), answer(&records, 4, 0)).unwrap();
    let (code, report, stderr) = check_source(dir.path(), "csw", &["answer.xml"]);
    assert_eq!(code, 1, "{stderr}");
    assert_warned(
        &stderr,
        &[
            "answer.xml: 1 ISO 19139 record is neither a dataset nor a series (`gmd:hierarchyLevel`: service)",
            "answer.xml: record fiche-4: udata's ISO 19139 stylesheet fails on it, and the harvester makes no dataset of it: its bounding box has no `gmd:northBoundLatitude/gco:Decimal`",
        ],
    );
    let datasets = report["datasets"].as_array().unwrap();
    let titles: Vec<&str> = datasets
        .iter()
        .map(|d| d["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Plan local d'urbanisme 1", "Plan local d'urbanisme 2"],
        "{report:#}"
    );
    assert_criteria(
        &datasets[0]["udata"]["quality"],
        &[
            ("update_frequency", true),
            ("update_fulfilled_in_time", true),
            ("temporal_coverage", true),
            ("spatial", true),
            ("has_resources", true),
            ("dataset_description_quality", false),
        ],
    );
    // No resource: udata leaves the resource criteria out, and DG806 says why.
    let second = &datasets[1]["udata"]["quality"];
    assert!(second.get("has_resources").is_none(), "{second:#}");
    let dropped = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["code"] == "DG806")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(dropped["file"], "answer.xml#2");
    assert!(
        dropped["message"]
            .as_str()
            .unwrap()
            .starts_with("the online resource `https://geo.example.fr/files/plu2.zip (-)` does not become a resource"),
        "{dropped:#}"
    );
    let help = help_of(&report, "DG201", "answer.xml#1");
    assert!(
        help.contains("harvested from geo.example.fr (CSW-ISO-19139): change `gmd:abstract` there"),
        "{help}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_is_asked_for_iso_19139_with_input_csw_iso() {
    use wiremock::matchers::{body_string_contains, method};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    let download = online("https://geo.example.fr/files/plu.zip", Some("download"));
    let body = answer(&[iso_record(7, "dataset", BBOX, &download)], 1, 0);
    Mock::given(method("POST"))
        .and(body_string_contains(
            "outputSchema=\"http://www.isotc211.org/2005/gmd\"",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_string(body))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("{}/csw", server.uri());
    let (code, report, stderr) = check_source(dir.path(), "csw-iso", &[&url]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        report["datasets"][0]["title"], "Plan local d'urbanisme 7",
        "{stderr}"
    );
}
