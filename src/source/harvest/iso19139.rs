//! ISO 19139 records (`gmd:MD_Metadata`) as udata's CSW-ISO-19139 backend reads them: udata
//! turns each record into DCAT with SEMIC's GeoDCAT-AP stylesheet (`iso-19139-to-dcat-ap.xsl`,
//! run with the parameters udata passes: `include-deprecated=yes`, `locale-preferred-lang=fre`,
//! the extended profile), then maps the result as DCAT. This module writes, natively, the
//! triples of that stylesheet's output that udata's DCAT mapping reads — the record's types,
//! its dataset IRI, `dct:identifier`, `dct:title`, `dct:description`, `dct:accrualPeriodicity`,
//! `dcat:keyword` and `dcat:theme`, `dct:spatial` (bounding boxes and geographic identifiers),
//! `dct:temporal`, `dct:issued`/`dct:modified`, the distributions (title, description, access
//! URL, access service and its protocol, format or media type, licences and rights) and the
//! landing pages — so that [`super::dcat::records`] reads them as udata reads the stylesheet's
//! RDF/XML. What the stylesheet writes and udata does not read (contacts, conformity, quality,
//! reference systems, the catalogue record) is left out.
//!
//! The stylesheet's own logic is kept, quirks included: only online resources whose function
//! is `download`, `offlineAccess` or `order`, or whose URL asks for `GetCapabilities`, become
//! distributions (the others are landing pages or pages); a keyword from a thesaurus becomes a
//! theme (a tag) only as text, not as an anchor; a format is a file type or a media type from
//! its table (`rules/vocabularies/iso19139-formats.tsv`), else its name.

use std::collections::HashMap;
use std::sync::LazyLock;

use roxmltree::Node;
use serde_json::{Value, json};

use super::Skip;
use super::graph::{Graph, Object, RDF_TYPE};

const GMD: &str = "http://www.isotc211.org/2005/gmd";
const GCO: &str = "http://www.isotc211.org/2005/gco";
const GMX: &str = "http://www.isotc211.org/2005/gmx";
const SRV: &str = "http://www.isotc211.org/2005/srv";
const XLINK: &str = "http://www.w3.org/1999/xlink";

const DCT: &str = "http://purl.org/dc/terms/";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
const GSP: &str = "http://www.opengis.net/ont/geosparql#";
const SCHEMA: &str = "http://schema.org/";
const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const FOAF: &str = "http://xmlns.com/foaf/0.1/";
const LOCN_GEOMETRY: &str = "http://www.w3.org/ns/locn#geometry";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const GEOJSON_MEDIA_TYPE: &str =
    "https://www.iana.org/assignments/media-types/application/vnd.geo+json";
const IANA_MEDIA_TYPES: &str = "https://www.iana.org/assignments/media-types/";
const FILE_TYPES: &str = "http://publications.europa.eu/resource/authority/file-type/";
const FREQUENCIES: &str = "http://publications.europa.eu/resource/authority/frequency/";
const HVD_LEGISLATION: &str = "http://data.europa.eu/eli/reg_impl/2023/138/oj";
const HVD_CATEGORIES: &str = "http://data.europa.eu/bna/asd487ae75";
const SERVICE_CATEGORIES: &str =
    "http://inspire.ec.europa.eu/metadata-codelist/SpatialDataServiceCategory";

/// `MD_MaintenanceFrequencyCode` values and the EU frequency each becomes.
const FREQUENCY_CODES: [(&str, &str); 15] = [
    ("continual", "CONT"),
    ("daily", "DAILY"),
    ("weekly", "WEEKLY"),
    ("fortnightly", "BIWEEKLY"),
    ("semimonthly", "MONTHLY_2"),
    ("monthly", "MONTHLY"),
    ("quarterly", "QUARTERLY"),
    ("biannually", "ANNUAL_2"),
    ("annually", "ANNUAL"),
    ("biennially", "BIENNIAL"),
    ("periodic", "OTHER"),
    ("asNeeded", "AS_NEEDED"),
    ("irregular", "IRREG"),
    ("notPlanned", "NOT_PLANNED"),
    ("unknown", "UNKNOWN"),
];

/// ISO 639-2/B codes of the EU's languages and the two-letter tags the stylesheet writes
/// (its own table, `rum` included as it has it).
const LANGUAGES: [(&str, &str); 24] = [
    ("bul", "bg"),
    ("cze", "cs"),
    ("dan", "da"),
    ("ger", "de"),
    ("gre", "el"),
    ("eng", "en"),
    ("spa", "es"),
    ("est", "et"),
    ("fin", "fi"),
    ("fre", "fr"),
    ("gle", "ga"),
    ("hrv", "hr"),
    ("ita", "it"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("hun", "hu"),
    ("mlt", "mt"),
    ("dut", "nl"),
    ("pol", "pl"),
    ("por", "pt"),
    ("rum", "ru"),
    ("slo", "sk"),
    ("slv", "sl"),
    ("swe", "sv"),
];

/// The OGC service protocols the stylesheet recognises, in its order, and their standards.
const PROTOCOLS: [(&str, &str); 8] = [
    ("csw", "cat"),
    ("sos", "sos"),
    ("sps", "sps"),
    ("wcs", "wcs"),
    ("wfs", "wfs"),
    ("wms", "wms"),
    ("wmts", "wmts"),
    ("wps", "wps"),
];

/// The stylesheet's format table: a normalised format name and its IRI.
static FORMATS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut table = HashMap::new();
    for line in include_str!("../../../rules/vocabularies/iso19139-formats.tsv").lines() {
        if let Some((name, iri)) = line.split_once('\t')
            && !line.starts_with('#')
        {
            table.entry(name).or_insert(iri);
        }
    }
    table
});

/// Whether `record` is an ISO 19139 record.
pub fn is_record(record: &Node<'_, '_>) -> bool {
    record.tag_name().namespace() == Some(GMD) && record.tag_name().name() == "MD_Metadata"
}

/// The record's name: its `gmd:fileIdentifier`, or nothing.
pub fn name(record: Node<'_, '_>) -> String {
    first(record, &[gmd("fileIdentifier")])
        .map(|identifier| normalize(&string_value(identifier)))
        .unwrap_or_default()
}

/// What the stylesheet makes of a record.
#[derive(Debug)]
pub struct Mapped {
    /// The triples udata's DCAT mapping reads.
    pub graph: Graph,
    /// The online resources that do not become distributions, as `harvest.unread` items
    /// (field `online_resources`).
    pub dropped: Vec<Value>,
}

/// The graph the stylesheet makes of `record` (see the module's documentation); a record
/// that is not a dataset or a series (udata makes no dataset of it), or that the stylesheet
/// fails on (udata fails it), is skipped.
pub fn graph(record: Node<'_, '_>) -> Result<Mapped, Skip> {
    let mut writer = Writer {
        graph: Graph::default(),
        blanks: 0,
        language: language_tag(&metadata_language(record)),
        record,
        dropped: Vec::new(),
    };
    writer.record()?;
    Ok(Mapped {
        graph: writer.graph,
        dropped: writer.dropped,
    })
}

/// Writes the triples of one record.
struct Writer<'a, 'input> {
    graph: Graph,
    blanks: usize,
    /// The metadata language's tag (`fr`), or nothing.
    language: String,
    record: Node<'a, 'input>,
    dropped: Vec<Value>,
}

impl<'a, 'input> Writer<'a, 'input> {
    fn blank(&mut self) -> String {
        self.blanks += 1;
        format!("_:iso{}", self.blanks)
    }

    fn add(&mut self, subject: &str, predicate: &str, object: Object) {
        self.graph
            .insert(subject.to_owned(), predicate.to_owned(), object);
    }

    fn add_iri(&mut self, subject: &str, predicate: &str, iri: &str) {
        self.add(subject, predicate, Object::Iri(iri.to_owned()));
    }

    /// A literal in the metadata language, and the translations `element` carries.
    fn add_text(&mut self, subject: &str, predicate: &str, value: String, element: Node<'_, '_>) {
        let language = self.language.clone();
        self.add(subject, predicate, literal(value, &language));
        for (value, language) in translations(element) {
            self.add(subject, predicate, literal(value, &language));
        }
    }

    fn record(&mut self) -> Result<(), Skip> {
        let record = self.record;
        let scopes = all(record, &[gmd("hierarchyLevel"), gmd("MD_ScopeCode")]);
        if scopes.len() > 1 {
            return Err(Skip::Untransformable(crate::msg!("iso-several-levels")));
        }
        let scope = scopes
            .first()
            .and_then(|code| code.attribute("codeListValue"))
            .map(normalize)
            .unwrap_or_default();
        let kind = match scope.as_str() {
            "dataset" | "nonGeographicDataset" => "dataset",
            other => other,
        };
        let node = resource_uri(record).unwrap_or_else(|| self.blank());
        match kind {
            "dataset" => self.add_iri(&node, RDF_TYPE, &format!("{DCAT}Dataset")),
            "series" => {
                self.add_iri(&node, RDF_TYPE, &format!("{DCAT}Dataset"));
                self.add_iri(&node, RDF_TYPE, &format!("{DCAT}DatasetSeries"));
            }
            _ => return Err(Skip::NotDataset(scope)),
        }
        let identification = first(record, &[gmd("identificationInfo"), ANY]);
        for title in identification
            .iter()
            .flat_map(|info| all(*info, &[gmd("citation"), ANY, gmd("title")]))
        {
            let value = normalize(&child_text(title, GCO, "CharacterString"));
            self.add_text(&node, &format!("{DCT}title"), value, title);
        }
        for abstract_ in identification
            .iter()
            .flat_map(|info| all(*info, &[gmd("abstract")]))
        {
            let value = child_text(abstract_, GCO, "CharacterString");
            self.add_text(&node, &format!("{DCT}description"), value, abstract_);
        }
        let every_identification = all(record, &[gmd("identificationInfo"), ANY]);
        for code in every_identification.iter().flat_map(|info| {
            all(
                *info,
                &[
                    gmd("resourceMaintenance"),
                    gmd("MD_MaintenanceInformation"),
                    gmd("maintenanceAndUpdateFrequency"),
                    gmd("MD_MaintenanceFrequencyCode"),
                ],
            )
        }) {
            let value = code.attribute("codeListValue").unwrap_or_default();
            if let Some((_, frequency)) = FREQUENCY_CODES.iter().find(|(code, _)| *code == value) {
                let iri = format!("{FREQUENCIES}{frequency}");
                self.add_iri(&node, &format!("{DCT}accrualPeriodicity"), &iri);
            }
        }
        for keywords in every_identification
            .iter()
            .flat_map(|info| all(*info, &[gmd("descriptiveKeywords"), gmd("MD_Keywords")]))
        {
            self.keywords(&node, keywords);
        }
        for identifier in every_identification
            .iter()
            .flat_map(|info| all(*info, &[gmd("citation"), ANY, gmd("identifier"), ANY]))
        {
            let value = identifier_of(identifier);
            let datatype = if ["http://", "https://", "urn:"]
                .iter()
                .any(|scheme| value.starts_with(scheme))
            {
                "anyURI"
            } else {
                "string"
            };
            let object = typed(value, datatype);
            self.add(&node, &format!("{DCT}identifier"), object);
        }
        if let Some(info) = identification {
            for element in info
                .children()
                .filter(|child| is(child, GMD, "extent") || is(child, SRV, "extent"))
            {
                for geographic in all(element, &[ANY, gmd("geographicElement")]) {
                    self.geographic(&node, geographic)?;
                }
            }
        }
        for extent in every_identification.iter().flat_map(|info| {
            all(
                *info,
                &[
                    gmd("extent"),
                    gmd("EX_Extent"),
                    gmd("temporalElement"),
                    gmd("EX_TemporalExtent"),
                ],
            )
        }) {
            self.temporal(&node, extent);
        }
        for date in every_identification.iter().flat_map(|info| {
            all(
                *info,
                &[
                    gmd("citation"),
                    gmd("CI_Citation"),
                    gmd("date"),
                    gmd("CI_Date"),
                ],
            )
        }) {
            if let Some((predicate, object)) = citation_date(date) {
                self.add(&node, &format!("{DCT}{predicate}"), object);
            }
        }
        for distribution in all(record, &[gmd("distributionInfo"), gmd("MD_Distribution")]) {
            self.distributions(&node, distribution);
        }
        Ok(())
    }

    /// `Keyword`: free keywords become `dcat:keyword`; a thesaurus's keywords become themes,
    /// labelled when they are text, named by their anchor's IRI otherwise.
    fn keywords(&mut self, node: &str, keywords: Node<'_, '_>) {
        let thesaurus = first(keywords, &[gmd("thesaurusName"), gmd("CI_Citation")]);
        let vocabulary_named = thesaurus.is_some_and(|citation| {
            citation.children().any(|title| {
                is(&title, GMD, "title")
                    && (!normalize(&first_text_of(
                        title,
                        &[(GCO, "CharacterString"), (GMX, "Anchor")],
                    ))
                    .is_empty()
                        || !translations(title).is_empty())
            }) || all(citation, &[gmd("date"), gmd("CI_Date")])
                .into_iter()
                .any(|date| citation_date(date).is_some())
        });
        let thesaurus_iri = thesaurus
            .and_then(|citation| first(citation, &[gmd("title"), gmx("Anchor")]))
            .and_then(|anchor| anchor.attribute((XLINK, "href")))
            .map(normalize)
            .unwrap_or_default();
        for keyword in keywords
            .children()
            .filter(|child| is(child, GMD, "keyword"))
        {
            let text = normalize(&child_text(keyword, GCO, "CharacterString"));
            let anchor = keyword.children().find(|child| is(child, GMX, "Anchor"));
            let href = anchor
                .and_then(|anchor| anchor.attribute((XLINK, "href")))
                .unwrap_or_default();
            if text.is_empty() && normalize(href).is_empty() {
                continue;
            }
            let label = normalize(&first_text_of(
                keyword,
                &[(GCO, "CharacterString"), (GMX, "Anchor")],
            ));
            let http_anchor = href.starts_with("http://") || href.starts_with("https://");
            if !vocabulary_named && !http_anchor {
                self.add_text(node, &format!("{DCAT}keyword"), label, keyword);
            } else if has_child(keyword, GCO, "CharacterString") {
                let theme = self.blank();
                self.add(node, &format!("{DCAT}theme"), Object::Blank(theme.clone()));
                self.add_iri(&theme, RDF_TYPE, &format!("{SKOS}Concept"));
                self.add_text(&theme, &format!("{SKOS}prefLabel"), text, keyword);
            } else if !href.is_empty() {
                if href == HVD_LEGISLATION {
                    self.add_iri(
                        node,
                        "http://data.europa.eu/r5r/applicableLegislation",
                        href,
                    );
                } else if thesaurus_iri == HVD_CATEGORIES {
                    self.add_iri(node, "http://data.europa.eu/r5r/hvdCategory", href);
                } else if !href.starts_with(SERVICE_CATEGORIES) {
                    self.add_iri(node, &format!("{DCAT}theme"), href);
                }
            }
        }
    }

    /// `GeographicExtent`: geographic identifiers, then the bounding box.
    fn geographic(&mut self, node: &str, element: Node<'_, '_>) -> Result<(), Skip> {
        for identifier in all(
            element,
            &[
                gmd("EX_GeographicDescription"),
                gmd("geographicIdentifier"),
                ANY,
            ],
        ) {
            let code = first(identifier, &[gmd("code")]);
            let value = code
                .map(|code| {
                    if has_child(code, GCO, "CharacterString") {
                        child_text(code, GCO, "CharacterString")
                    } else {
                        code.children()
                            .find(|child| is(child, GMX, "Anchor"))
                            .and_then(|anchor| anchor.attribute((XLINK, "href")))
                            .unwrap_or_default()
                            .to_owned()
                    }
                })
                .unwrap_or_default();
            if value.starts_with("http://") || value.starts_with("https://") {
                self.add_iri(node, &format!("{DCT}spatial"), &value);
            } else if !value.is_empty() {
                let place = self.blank();
                self.add(node, &format!("{DCT}spatial"), Object::Blank(place.clone()));
                self.add_iri(&place, RDF_TYPE, &format!("{DCT}Location"));
                if value.starts_with("urn:") {
                    self.add(&place, &format!("{DCT}identifier"), typed(value, "anyURI"));
                } else {
                    let language = self.language.clone();
                    self.add(
                        &place,
                        &format!("{SKOS}prefLabel"),
                        literal(value, &language),
                    );
                }
            }
        }
        for bbox in element
            .children()
            .filter(|child| is(child, GMD, "EX_GeographicBoundingBox"))
        {
            // The stylesheet's number function takes one string: a bound left out fails it.
            let bound = |name: &'static str| -> Result<String, Skip> {
                let decimal =
                    first(bbox, &[gmd(name), (Some(GCO), "Decimal")]).ok_or_else(|| {
                        Skip::Untransformable(crate::msg!("iso-bound-missing", bound = name))
                    })?;
                Ok(normalize_number(&string_value(decimal)))
            };
            let (north, east, south, west) = (
                bound("northBoundLatitude")?,
                bound("eastBoundLongitude")?,
                bound("southBoundLatitude")?,
                bound("westBoundLongitude")?,
            );
            let wkt = format!(
                "POLYGON(({west} {north},{east} {north},{east} {south},{west} {south},{west} {north}))"
            );
            let geojson = format!(
                "{{\"type\":\"Polygon\",\"coordinates\":[[[{west},{north}],[{east},{north}],[{east},{south}],[{west},{south}],[{west},{north}]]]}}"
            );
            let place = self.blank();
            self.add(node, &format!("{DCT}spatial"), Object::Blank(place.clone()));
            self.add_iri(&place, RDF_TYPE, &format!("{DCT}Location"));
            for predicate in [LOCN_GEOMETRY.to_owned(), format!("{DCAT}bbox")] {
                self.add(
                    &place,
                    &predicate,
                    typed_iri(wkt.clone(), &format!("{GSP}wktLiteral")),
                );
                self.add(
                    &place,
                    &predicate,
                    typed_iri(geojson.clone(), GEOJSON_MEDIA_TYPE),
                );
                self.add(
                    &place,
                    &predicate,
                    typed_iri(geojson.clone(), &format!("{GSP}geoJSONLiteral")),
                );
            }
        }
        Ok(())
    }

    /// `TemporalExtent`: an instant, or a period with both bounds written (either may be
    /// empty).
    fn temporal(&mut self, node: &str, extent: Node<'_, '_>) {
        for time in all(extent, &[gmd("extent")])
            .into_iter()
            .flat_map(|element| element.children().filter(Node::is_element))
            .filter(|time| matches!(time.tag_name().name(), "TimeInstant" | "TimePeriod"))
        {
            let position = |name: &str| {
                time.children()
                    .find(|child| child.is_element() && child.tag_name().name() == name)
            };
            let (start, end) = if time.tag_name().name() == "TimeInstant" {
                let at = position("timePosition")
                    .map(string_value)
                    .map(|text| normalize(&text))
                    .unwrap_or_default();
                (at.clone(), at)
            } else {
                let (Some(begin), Some(end)) = (position("beginPosition"), position("endPosition"))
                else {
                    continue;
                };
                (
                    normalize(&string_value(begin)),
                    normalize(&string_value(end)),
                )
            };
            if start.is_empty() && end.is_empty() {
                continue;
            }
            let period = self.blank();
            self.add(
                node,
                &format!("{DCT}temporal"),
                Object::Blank(period.clone()),
            );
            let (start_type, end_type) = (date_datatype(&start), date_datatype(&end));
            // The stylesheet swaps the two datatypes between its two vocabularies.
            for (namespace, start_datatype, end_datatype) in
                [(SCHEMA, start_type, start_type), (DCAT, end_type, end_type)]
            {
                if !start.is_empty() {
                    self.add(
                        &period,
                        &format!("{namespace}startDate"),
                        typed(start.clone(), start_datatype),
                    );
                }
                if !end.is_empty() {
                    self.add(
                        &period,
                        &format!("{namespace}endDate"),
                        typed(end.clone(), end_datatype),
                    );
                }
            }
        }
    }

    /// The distributions, landing pages and pages of one `gmd:MD_Distribution`.
    fn distributions(&mut self, node: &str, distribution: Node<'_, '_>) {
        let formats: Vec<Format> = all(
            distribution,
            &[
                gmd("distributionFormat"),
                gmd("MD_Format"),
                gmd("name"),
                ANY,
            ],
        )
        .into_iter()
        .map(Format::of)
        .collect();
        let online: Vec<Node<'_, '_>> = distribution
            .descendants()
            .filter(|resource| {
                let Some(online) = resource.parent_element() else {
                    return false;
                };
                let Some(options) = online.parent_element().and_then(|o| o.parent_element()) else {
                    return false;
                };
                resource.is_element()
                    && is(&online, GMD, "onLine")
                    && (is(&options, GMD, "transferOptions")
                        && options.parent_element() == Some(distribution)
                        || is(&options, GMD, "distributorTransferOptions")
                            && options.parent_element().is_some_and(|distributor| {
                                is(&distributor, GMD, "MD_Distributor")
                                    && distributor.parent_element().is_some_and(|d| {
                                        is(&d, GMD, "distributor")
                                            && d.parent_element() == Some(distribution)
                                    })
                            }))
            })
            .collect();
        for resource in online {
            let distributor = resource
                .ancestors()
                .nth(4)
                .filter(|distributor| is(distributor, GMD, "MD_Distributor"));
            let distributor_formats: Vec<Format> = distributor
                .map(|distributor| {
                    all(
                        distributor,
                        &[gmd("distributorFormat"), gmd("MD_Format"), gmd("name"), ANY],
                    )
                    .into_iter()
                    .map(Format::of)
                    .collect()
                })
                .unwrap_or_default();
            // The stylesheet tests its distributor formats' text: only a format known by
            // its name alone (no IRI) has any.
            let encoding = if distributor_formats
                .iter()
                .any(|format| format.iri.is_empty() && !format.label.is_empty())
            {
                &distributor_formats
            } else {
                &formats
            };
            let url = first(resource, &[gmd("linkage"), gmd("URL")])
                .map(string_value)
                .unwrap_or_default();
            let protocol = first(resource, &[gmd("protocol"), ANY])
                .map(string_value)
                .unwrap_or_default();
            let function = first(resource, &[gmd("function"), gmd("CI_OnLineFunctionCode")])
                .and_then(|code| code.attribute("codeListValue"))
                .unwrap_or_default();
            let query = url
                .to_ascii_lowercase()
                .split_once('?')
                .map(|(_, query)| query.to_owned())
                .unwrap_or_default();
            let points_to_service = query.contains("request=getcapabilities");
            if points_to_service || matches!(function, "download" | "offlineAccess" | "order") {
                let item = self.blank();
                self.add(
                    node,
                    &format!("{DCAT}distribution"),
                    Object::Blank(item.clone()),
                );
                self.add_iri(&item, RDF_TYPE, &format!("{DCAT}Distribution"));
                for name in resource.children().filter(|child| is(child, GMD, "name")) {
                    let value = normalize(&child_text(name, GCO, "CharacterString"));
                    self.add_text(&item, &format!("{DCT}title"), value, name);
                }
                for description in resource
                    .children()
                    .filter(|child| is(child, GMD, "description"))
                {
                    let value: Vec<String> = description
                        .children()
                        .filter(Node::is_element)
                        .map(string_value)
                        .collect();
                    self.add_text(
                        &item,
                        &format!("{DCT}description"),
                        value.join(" "),
                        description,
                    );
                }
                if points_to_service {
                    let service = self.blank();
                    self.add(
                        &item,
                        &format!("{DCAT}accessService"),
                        Object::Blank(service.clone()),
                    );
                    self.add_iri(&service, RDF_TYPE, &format!("{DCAT}DataService"));
                    let protocol = protocol.to_ascii_lowercase();
                    if let Some((_, standard)) = PROTOCOLS.iter().find(|(code, _)| {
                        query.contains(&format!("service={code}"))
                            || protocol == format!("ogc:{code}")
                    }) {
                        let iri = format!("http://www.opengeospatial.org/standards/{standard}");
                        self.add_iri(&service, "http://data.europa.eu/930/serviceProtocol", &iri);
                    }
                }
                self.add_iri(&item, &format!("{DCAT}accessURL"), &url);
                self.constraints(&item);
                for format in encoding {
                    self.format(&item, format);
                }
            } else {
                if matches!(function, "information" | "search") {
                    self.add_iri(node, &format!("{FOAF}page"), &url);
                } else if first(resource, &[gmd("linkage"), gmd("URL")]).is_some() {
                    self.add_iri(node, &format!("{DCAT}landingPage"), &url);
                }
                let function = if function.is_empty() { "-" } else { function };
                self.dropped.push(json!({
                    "field": "online_resources",
                    "property": "gmd:function",
                    "value": format!("{} ({function})", url.trim()),
                }));
            }
        }
    }

    /// `Encoding`: a media type when the format's IRI is IANA's, else a format.
    fn format(&mut self, item: &str, format: &Format) {
        let predicate = if format.iri.starts_with(IANA_MEDIA_TYPES) {
            format!("{DCAT}mediaType")
        } else {
            format!("{DCT}format")
        };
        if !format.iri.is_empty() {
            self.add_iri(item, &predicate, &format.iri);
        } else if !format.label.is_empty() {
            let media_type = self.blank();
            self.add(item, &predicate, Object::Blank(media_type.clone()));
            self.add(&media_type, RDFS_LABEL, literal(format.label.clone(), ""));
        } else {
            // An empty `dct:format` element: an empty literal, which udata reads as no format.
            self.add(item, &predicate, literal(String::new(), ""));
        }
    }

    /// `ConstraintsRelatedToAccessAndUse`, as each distribution carries it: use limitations
    /// (a deprecated mapping udata keeps) and other constraints, as rights statements when
    /// they are text, licences or access rights when they are anchors.
    fn constraints(&mut self, item: &str) {
        let record = self.record;
        let Some(info) = first(record, &[gmd("identificationInfo"), ANY]) else {
            return;
        };
        let (license, access_rights) = (format!("{DCT}license"), format!("{DCT}accessRights"));
        for constraint in all(info, &[gmd("resourceConstraints"), ANY]) {
            let has = |name: &str| has_child(constraint, GMD, name);
            let (use_constraints, access_constraints) =
                (has("useConstraints"), has("accessConstraints"));
            let elements = |name: &'static str| all(constraint, &[gmd(name)]);
            for element in elements("useLimitation") {
                self.constraint(item, element, &license);
            }
            for element in elements("otherConstraints") {
                if use_constraints {
                    self.constraint(item, element, &license);
                }
            }
            for element in elements("otherConstraints") {
                if access_constraints {
                    self.constraint(item, element, &access_rights);
                }
            }
        }
    }

    fn constraint(&mut self, item: &str, element: Node<'_, '_>, anchor_predicate: &str) {
        let text = normalize(&child_text(element, GCO, "CharacterString"));
        let restriction = element
            .children()
            .find(|child| is(child, GMD, "MD_RestrictionCode"));
        let statement = if !text.is_empty() {
            Some(text)
        } else if restriction.is_some() {
            let code = element
                .attribute("codeListValue")
                .map(normalize)
                .unwrap_or_default();
            let all_text = normalize(&string_value(element));
            Some(if all_text.is_empty() { code } else { all_text })
        } else {
            None
        };
        if let Some(statement) = statement {
            let rights = self.blank();
            self.add(item, &format!("{DCT}rights"), Object::Blank(rights.clone()));
            self.add_text(&rights, &format!("{DCT}description"), statement, element);
        } else if let Some(href) = element
            .children()
            .find(|child| is(child, GMX, "Anchor"))
            .and_then(|anchor| anchor.attribute((XLINK, "href")))
        {
            self.add_iri(item, anchor_predicate, href);
        }
    }
}

/// A format named in the record: its text and the IRI the stylesheet gives it.
struct Format {
    label: String,
    iri: String,
}

impl Format {
    fn of(name: Node<'_, '_>) -> Format {
        let label = normalize(&string_value(name));
        let iri = match name
            .attribute((XLINK, "href"))
            .filter(|href| !href.is_empty())
        {
            Some(href) => href.to_owned(),
            None => {
                let key = label
                    .strip_prefix(FILE_TYPES)
                    .unwrap_or(&label)
                    .to_ascii_lowercase();
                FORMATS
                    .get(key.as_str())
                    .map(|iri| (*iri).to_owned())
                    .unwrap_or_default()
            }
        };
        Format { label, iri }
    }
}

/// A step of a path: an element's namespace and name, or any element.
type Step = (Option<&'static str>, &'static str);

/// Any element (`*`).
const ANY: Step = (None, "*");

fn gmd(name: &'static str) -> Step {
    (Some(GMD), name)
}

fn gmx(name: &'static str) -> Step {
    (Some(GMX), name)
}

fn is(node: &Node<'_, '_>, namespace: &str, name: &str) -> bool {
    node.is_element()
        && node.tag_name().namespace() == Some(namespace)
        && node.tag_name().name() == name
}

fn matches_step(node: &Node<'_, '_>, step: &Step) -> bool {
    match step {
        (None, _) => node.is_element(),
        (Some(namespace), name) => is(node, namespace, name),
    }
}

/// The elements at `path` below `node`, in document order.
fn all<'a, 'input>(node: Node<'a, 'input>, path: &[Step]) -> Vec<Node<'a, 'input>> {
    let mut nodes = vec![node];
    for step in path {
        nodes = nodes
            .into_iter()
            .flat_map(|node| node.children().filter(|child| matches_step(child, step)))
            .collect();
    }
    nodes
}

fn first<'a, 'input>(node: Node<'a, 'input>, path: &[Step]) -> Option<Node<'a, 'input>> {
    all(node, path).into_iter().next()
}

fn has_child(node: Node<'_, '_>, namespace: &str, name: &str) -> bool {
    node.children().any(|child| is(&child, namespace, name))
}

/// The string value of `node`'s first child named so, or nothing.
fn child_text(node: Node<'_, '_>, namespace: &str, name: &str) -> String {
    node.children()
        .find(|child| is(child, namespace, name))
        .map(string_value)
        .unwrap_or_default()
}

/// The string value of the first child of `node` with one of `names`.
fn first_text_of(node: Node<'_, '_>, names: &[(&str, &str)]) -> String {
    node.children()
        .find(|child| {
            names
                .iter()
                .any(|(namespace, name)| is(child, namespace, name))
        })
        .map(string_value)
        .unwrap_or_default()
}

/// XPath's string value, whitespace-only text dropped as udata's Saxon strips it.
fn string_value(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|text| text.text())
        .filter(|text| !text.chars().all(is_xml_space))
        .collect()
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// XPath's `normalize-space`.
fn normalize(text: &str) -> String {
    text.split(is_xml_space)
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The translations of `element` (`gmd:PT_FreeText`), each with its language's tag, as the
/// stylesheet's `LocalisedString` reads them.
fn translations(element: Node<'_, '_>) -> Vec<(String, String)> {
    all(
        element,
        &[gmd("PT_FreeText"), ANY, gmd("LocalisedCharacterString")],
    )
    .into_iter()
    .filter_map(|translation| {
        let value = normalize(&string_value(translation));
        if value.is_empty() {
            return None;
        }
        let locale = translation.attribute("locale").unwrap_or_default();
        let id = locale.split_once('#').map(|(_, id)| id).unwrap_or_default();
        Some((value, locale_language(element, id)))
    })
    .collect()
}

/// The language of the locale `id` (`//gmd:PT_Locale[@id = $id]`, searched in the whole
/// answer as the stylesheet searches it), as its alpha-2 table gives it.
fn locale_language(element: Node<'_, '_>, id: &str) -> String {
    let codes: Vec<&str> = element
        .document()
        .descendants()
        .filter(|locale| is(locale, GMD, "PT_Locale") && locale.attribute("id") == Some(id))
        .filter_map(|locale| first(locale, &[gmd("languageCode"), gmd("LanguageCode")]))
        .filter_map(|code| code.attribute("codeListValue"))
        .collect();
    LANGUAGES
        .iter()
        .find(|(alpha3, _)| codes.contains(alpha3))
        .map_or_else(|| codes.join(" "), |(_, alpha2)| (*alpha2).to_owned())
}

/// The record's language code (`gmd:language`), lowercased.
fn metadata_language(record: Node<'_, '_>) -> String {
    let Some(language) = first(record, &[gmd("language")]) else {
        return String::new();
    };
    let code = first(language, &[gmd("LanguageCode")]);
    let from_attribute = code
        .and_then(|code| code.attribute("codeListValue"))
        .unwrap_or_default();
    let value = if !from_attribute.is_empty() {
        from_attribute.to_owned()
    } else if let Some(text) = code.map(string_value).filter(|text| !text.is_empty()) {
        text
    } else {
        child_text(language, GCO, "CharacterString")
    };
    value.to_ascii_lowercase()
}

/// A language code as the stylesheet tags literals with it.
fn language_tag(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(alpha3, _)| *alpha3 == code)
        .map_or_else(|| code.to_owned(), |(_, alpha2)| (*alpha2).to_owned())
}

/// `ResourceUri`: the first identifier that is an HTTP(S) URI (code space and code joined).
fn resource_uri(record: Node<'_, '_>) -> Option<String> {
    all(
        record,
        &[
            gmd("identificationInfo"),
            ANY,
            gmd("citation"),
            ANY,
            gmd("identifier"),
            ANY,
        ],
    )
    .into_iter()
    .map(|identifier| {
        let part = |element: Option<Node<'_, '_>>, text_only: bool| -> String {
            let Some(element) = element else {
                return String::new();
            };
            element
                .children()
                .filter_map(|child| {
                    if is(&child, GCO, "CharacterString") {
                        Some(if text_only {
                            child
                                .children()
                                .filter(Node::is_text)
                                .filter_map(|t| t.text())
                                .collect()
                        } else {
                            string_value(child)
                        })
                    } else if is(&child, GMX, "Anchor") {
                        child.attribute((XLINK, "href")).map(str::to_owned)
                    } else {
                        None
                    }
                })
                .collect()
        };
        let code = first(identifier, &[gmd("code")]);
        match first(identifier, &[gmd("codeSpace")]) {
            Some(space) => format!("{}{}", part(Some(space), false), part(code, false)),
            None => part(code, true),
        }
    })
    .find(|uri| uri.starts_with("http://") || uri.starts_with("https://"))
}

/// `UniqueResourceIdentifier`: an anchor's text, else the code, after its code space.
fn identifier_of(identifier: Node<'_, '_>) -> String {
    let code = first(identifier, &[gmd("code")]);
    let anchor = code
        .map(|code| child_text(code, GMX, "Anchor"))
        .unwrap_or_default();
    if !anchor.is_empty() {
        return anchor;
    }
    let code = code
        .map(|code| child_text(code, GCO, "CharacterString"))
        .unwrap_or_default();
    let space = first(identifier, &[gmd("codeSpace")])
        .map(|space| child_text(space, GCO, "CharacterString"))
        .unwrap_or_default();
    if space.is_empty() {
        code
    } else if space.ends_with('/') {
        format!("{space}{code}")
    } else {
        format!("{space}/{code}")
    }
}

/// `Dates`: a citation's publication, revision or creation date, as `dct:issued`,
/// `dct:modified` or `dct:created`.
fn citation_date(date: Node<'_, '_>) -> Option<(&'static str, Object)> {
    let value = first(date, &[gmd("date"), (Some(GCO), "Date")])
        .or_else(|| first(date, &[gmd("date"), (Some(GCO), "DateTime")]))
        .map(|value| normalize(&string_value(value)))
        .filter(|value| !value.is_empty())?;
    let kind = first(date, &[gmd("dateType"), gmd("CI_DateTypeCode")])
        .and_then(|code| code.attribute("codeListValue"))
        .unwrap_or_default();
    let predicate = match kind {
        "publication" => "issued",
        "revision" => "modified",
        "creation" => "created",
        _ => return None,
    };
    let datatype = date_datatype(&value);
    Some((predicate, typed(value, datatype)))
}

/// `DateDataType`: by the text's length.
fn date_datatype(date: &str) -> &'static str {
    match date.chars().count() {
        4 => "gYear",
        length if length > 10 => "dateTime",
        _ => "date",
    }
}

/// `local:normalize-number`: the integer part as XPath's `number` writes it, the decimals
/// as given.
fn normalize_number(text: &str) -> String {
    match text.split_once('.') {
        Some((integer, decimals)) => format!("{}.{decimals}", xpath_number(integer)),
        None => xpath_number(text),
    }
}

/// `string(number(text))`: a decimal number without exponent as XPath writes it, `NaN` for
/// anything else.
fn xpath_number(text: &str) -> String {
    let text = text.trim_matches(is_xml_space);
    let numeric = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'));
    match text.parse::<f64>() {
        Ok(number) if numeric && number == number.trunc() && number.abs() < 1e6 => {
            format!("{number:.0}")
        }
        Ok(number) if numeric && number.abs() < 1e6 => number.to_string(),
        _ => "NaN".to_owned(),
    }
}

fn literal(value: String, language: &str) -> Object {
    if language.is_empty() {
        typed(value, "string")
    } else {
        Object::Literal {
            value,
            language: Some(language.to_ascii_lowercase()),
            datatype: "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString".to_owned(),
        }
    }
}

fn typed(value: String, datatype: &str) -> Object {
    typed_iri(value, &format!("{XSD}{datatype}"))
}

fn typed_iri(value: String, datatype: &str) -> Object {
    Object::Literal {
        value,
        language: None,
        datatype: datatype.to_owned(),
    }
}
