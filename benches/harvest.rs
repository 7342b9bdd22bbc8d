//! Benchmark of source catalogues read as udata's harvesters map them, linted and scored:
//! `dglint check --input dcat` on a DCAT catalogue of 10 000 datasets in Turtle, and
//! `dglint check --input ckan` on a `package_search` answer of 10 000 CKAN packages, and
//! `dglint check --input csw` on a CSW answer of 10 000 ISO 19139 records (each with a
//! description, keywords, a frequency, a temporal and a spatial coverage and two
//! distributions, resources or online resources). Target: under 3 s each, median of 5 runs
//! after a warm-up.
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

/// A CSW `GetRecords` answer of as many ISO 19139 records, as GeoNetwork writes them.
fn iso_records() -> String {
    let mut text = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <csw:GetRecordsResponse xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" \
         xmlns:gmd=\"http://www.isotc211.org/2005/gmd\" xmlns:gco=\"http://www.isotc211.org/2005/gco\" \
         xmlns:gml=\"http://www.opengis.net/gml/3.2\">\n",
    );
    let _ = writeln!(
        text,
        "<csw:SearchResults numberOfRecordsMatched=\"{DATASETS}\" numberOfRecordsReturned=\"{DATASETS}\" nextRecord=\"0\">"
    );
    let code = |list: &str, value: &str| {
        format!(
            "<gmd:{list} codeList=\"http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#{list}\" codeListValue=\"{value}\">{value}</gmd:{list}>"
        )
    };
    for number in 0..DATASETS {
        let online = |url: String, name: &str, function: &str| {
            format!(
                "<gmd:onLine><gmd:CI_OnlineResource><gmd:linkage><gmd:URL>{url}</gmd:URL></gmd:linkage>\
                 <gmd:name><gco:CharacterString>{name}</gco:CharacterString></gmd:name>\
                 <gmd:function>{}</gmd:function></gmd:CI_OnlineResource></gmd:onLine>",
                code("CI_OnLineFunctionCode", function)
            )
        };
        let _ = writeln!(
            text,
            "<gmd:MD_Metadata><gmd:fileIdentifier><gco:CharacterString>fiche-{number}</gco:CharacterString></gmd:fileIdentifier>\
             <gmd:language>{}</gmd:language><gmd:hierarchyLevel>{}</gmd:hierarchyLevel>\
             <gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>\
             <gmd:title><gco:CharacterString>Jeu de données numéro {number} de la collectivité</gco:CharacterString></gmd:title>\
             <gmd:date><gmd:CI_Date><gmd:date><gco:Date>2026-10-01</gco:Date></gmd:date><gmd:dateType>{}</gmd:dateType></gmd:CI_Date></gmd:date>\
             <gmd:identifier><gmd:MD_Identifier><gmd:code><gco:CharacterString>https://data.example.fr/dataset/{number}</gco:CharacterString></gmd:code></gmd:MD_Identifier></gmd:identifier>\
             </gmd:CI_Citation></gmd:citation>\
             <gmd:abstract><gco:CharacterString>Les données du jeu {number}, mises à jour par le service compétent, avec leur documentation et la liste des champs. Une ligne par objet, avec son identifiant, sa commune et sa date de mise à jour.</gco:CharacterString></gmd:abstract>\
             <gmd:resourceMaintenance><gmd:MD_MaintenanceInformation><gmd:maintenanceAndUpdateFrequency>{}</gmd:maintenanceAndUpdateFrequency></gmd:MD_MaintenanceInformation></gmd:resourceMaintenance>\
             <gmd:descriptiveKeywords><gmd:MD_Keywords><gmd:keyword><gco:CharacterString>mobilité</gco:CharacterString></gmd:keyword>\
             <gmd:keyword><gco:CharacterString>stationnement</gco:CharacterString></gmd:keyword><gmd:keyword><gco:CharacterString>lot-{}</gco:CharacterString></gmd:keyword></gmd:MD_Keywords></gmd:descriptiveKeywords>\
             <gmd:resourceConstraints><gmd:MD_LegalConstraints><gmd:useConstraints>{}</gmd:useConstraints>\
             <gmd:otherConstraints><gco:CharacterString>Licence Ouverte / Open Licence version 2.0</gco:CharacterString></gmd:otherConstraints></gmd:MD_LegalConstraints></gmd:resourceConstraints>\
             <gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>\
             <gmd:westBoundLongitude><gco:Decimal>1.5</gco:Decimal></gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>2.5</gco:Decimal></gmd:eastBoundLongitude>\
             <gmd:southBoundLatitude><gco:Decimal>43.1</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude><gco:Decimal>44.2</gco:Decimal></gmd:northBoundLatitude>\
             </gmd:EX_GeographicBoundingBox></gmd:geographicElement><gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent>\
             <gml:TimePeriod gml:id=\"t{number}\"><gml:beginPosition>2020-01-01</gml:beginPosition><gml:endPosition>2025-12-31</gml:endPosition></gml:TimePeriod>\
             </gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement></gmd:EX_Extent></gmd:extent>\
             </gmd:MD_DataIdentification></gmd:identificationInfo>\
             <gmd:distributionInfo><gmd:MD_Distribution><gmd:distributionFormat><gmd:MD_Format><gmd:name><gco:CharacterString>CSV</gco:CharacterString></gmd:name></gmd:MD_Format></gmd:distributionFormat>\
             <gmd:transferOptions><gmd:MD_DigitalTransferOptions>{}{}</gmd:MD_DigitalTransferOptions></gmd:transferOptions></gmd:MD_Distribution></gmd:distributionInfo>\
             </gmd:MD_Metadata>",
            code("LanguageCode", "fre"),
            code("MD_ScopeCode", "dataset"),
            code("CI_DateTypeCode", "revision"),
            code("MD_MaintenanceFrequencyCode", "monthly"),
            number % 10,
            code("MD_RestrictionCode", "otherRestrictions"),
            online(
                format!("https://data.example.fr/files/{number}.csv"),
                "Données (CSV)",
                "download"
            ),
            online(
                format!("https://data.example.fr/docs/{number}"),
                "Documentation",
                "information"
            ),
        );
    }
    text.push_str("</csw:SearchResults></csw:GetRecordsResponse>\n");
    text
}

fn main() {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("catalog.ttl"), catalogue()).expect("written");
    std::fs::write(dir.path().join("packages.json"), packages()).expect("written");
    std::fs::write(dir.path().join("answer.xml"), iso_records()).expect("written");
    for (input, file, what) in [
        ("dcat", "catalog.ttl", "a 10 000-dataset Turtle catalogue"),
        (
            "ckan",
            "packages.json",
            "a 10 000-package CKAN search answer",
        ),
        (
            "csw",
            "answer.xml",
            "a CSW answer of 10 000 ISO 19139 records",
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
        let size = std::fs::metadata(dir.path().join(file)).map_or(0, |meta| meta.len());
        println!("{what}: {:.1} MB", size as f64 / 1e6);
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
        // What was measured: every record read as a dataset. Checked after the timed runs,
        // the report written to a file and only its head read, so that this process stays
        // small (children forked from it would count its memory in their peak).
        let mut json_args = args.to_vec();
        json_args[7] = "json";
        let report_path = dir.path().join("report.json");
        let report_file = std::fs::File::create(&report_path).expect("created");
        std::process::Command::new(env!("CARGO_BIN_EXE_dglint"))
            .current_dir(dir.path())
            .args(&json_args)
            .stdout(report_file)
            .status()
            .expect("dglint runs");
        let mut head = String::new();
        std::io::Read::read_to_string(
            &mut std::io::Read::take(std::fs::File::open(&report_path).expect("a report"), 2000),
            &mut head,
        )
        .expect("the report's head is text");
        assert!(
            head.contains(&format!("\"datasets\": {DATASETS},")),
            "{what}: not every record was read:\n{head}"
        );
    }
}
