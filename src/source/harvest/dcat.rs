//! DCAT records mapped as udata's DCAT harvester maps them (udata 17.18,
//! `udata/core/dataset/rdf.py`: `dataset_from_rdf`, `resource_from_rdf`), into the dataset
//! object the API would then serve, so that every rule and score reads it as published data.
//!
//! Mapped as udata does: the title (`dct:title`; a record without one is skipped), the
//! description (`dct:description`, else `dct:abstract`; trimmed), the acronym
//! (`skos:altLabel`), the tags (`dcat:keyword` and the labels of `dcat:theme`, each as udata
//! normalises a tag), the frequency (`dct:accrualPeriodicity`, through udata's table), the
//! temporal coverage (`dct:temporal`: a literal range, year or month, or a period with start
//! and end dates), the spatial coverage (`dct:spatial`: a bounding box literal, or a geometry
//! in WKT or GeoJSON that is a polygon or a multipolygon), the licence (guessed from
//! `dct:license` and `dct:rights` of the dataset and its distributions, else `notspecified`),
//! the distributions (`dcat:downloadURL` else `dcat:accessURL`; one without is dropped), and
//! `dct:modified` as the harvest date (a future one is refused). Literals in French are
//! preferred, as on data.gouv.fr.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::{Map, Value, json};

use super::ckan::dates::date_of;
use super::graph::{Graph, Object};
use super::text::{html_to_text, is_html, normalised_tags};
use super::{Record, Skip};
use crate::document::Limits;
use crate::model::Vocabularies;
use crate::model::dates::{parse_instant, parse_wall_time};
use crate::model::harvest::{frequency_of_literal, frequency_of_uri, source_property};

const DCT: &str = "http://purl.org/dc/terms/";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const SCHEMA: &str = "http://schema.org/";
const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const EU_FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const IANA: &str = "https://www.iana.org/assignments/media-types/";
const OGC_STANDARDS: &str = "http://www.opengeospatial.org/standards/";
/// The formats of OGC services, whose layers GeoNetwork lists under one URL (udata's
/// `OGC_SERVICE_FORMATS`).
const OGC_SERVICE_FORMATS: [&str; 3] = ["wfs", "wms", "wmts"];

/// The language whose literals are preferred (data.gouv.fr's `DEFAULT_LANGUAGE`).
const LANGUAGE: &str = "fr";

/// Every `dcat:Dataset` and `dcat:DatasetSeries` of `graph`, in the order they appear, mapped
/// as udata's DCAT backend does (`process_one_datasets_page`); `now` refuses future harvest
/// dates as udata does. A node only named by a data service (`dcat:servesDataset`,
/// `dct:hasPart`), without a title, is another catalogue's: left out, as udata does. `backend`
/// is the display name of the backend that read it (`DCAT`, `CSW-DCAT`).
pub fn records(graph: &Graph, backend: &'static str, now: DateTime<Utc>) -> Vec<Record> {
    let (dataset_class, series_class) = (p(DCAT, "Dataset"), p(DCAT, "DatasetSeries"));
    let mut nodes: Vec<&str> = graph.of_type(&dataset_class).collect();
    for node in graph.of_type(&series_class) {
        if !nodes.contains(&node) {
            nodes.push(node);
        }
    }
    let title = p(DCT, "title");
    let (serves, has_part) = (p(DCAT, "servesDataset"), p(DCT, "hasPart"));
    nodes
        .into_iter()
        .filter(|node| {
            let incoming = graph.incoming(node);
            let external = text(graph, node, &title, &[]).is_none()
                && incoming.len() == 1
                && (incoming[0] == serves || incoming[0] == has_part);
            !external
        })
        .map(|node| {
            let (description, from_html) = dataset_description(graph, node).unwrap_or_default();
            let dataset = if text(graph, node, &p(DCT, "identifier"), &[]).is_none() {
                Err(Skip::NoIdentifier)
            } else {
                dataset(graph, node, description, backend, now).ok_or(Skip::NoTitle)
            };
            Record {
                name: node.to_owned(),
                limits: Limits {
                    description_from_html: from_html,
                    ..Limits::default()
                },
                dataset,
            }
        })
        .collect()
}

fn p(namespace: &str, name: &str) -> String {
    format!("{namespace}{name}")
}

/// The object of `predicate` udata reads: a literal in French if any, else the first.
fn preferred<'g>(graph: &'g Graph, node: &str, predicate: &str) -> Option<&'g Object> {
    let mut first = None;
    for object in graph.objects(node, predicate) {
        if let Object::Literal {
            language: Some(language),
            ..
        } = object
            && language == LANGUAGE
        {
            return Some(object);
        }
        first.get_or_insert(object);
    }
    first
}

/// An object as udata serialises it: a literal's text, an IRI, or a node's first `unwrap`
/// property, else its identifier.
fn serialized(graph: &Graph, object: &Object, unwrap: &[&str]) -> String {
    match object {
        Object::Literal { value, .. } => value.clone(),
        Object::Iri(node) | Object::Blank(node) => unwrap
            .iter()
            .find_map(|predicate| {
                let value = preferred(graph, node, predicate)?;
                Some(serialized(graph, value, &[])).filter(|text| !text.is_empty())
            })
            .unwrap_or_else(|| node.trim_start_matches("_:").to_owned()),
    }
}

/// `rdf_value`: the preferred object of `predicate`, serialised; `None` when absent or empty.
fn text(graph: &Graph, node: &str, predicate: &str, unwrap: &[&str]) -> Option<String> {
    let object = preferred(graph, node, predicate)?;
    Some(serialized(graph, object, unwrap)).filter(|text| !text.is_empty())
}

/// `rdf_unique_values`: every object of `predicate`, serialised, without repeats.
fn texts(graph: &Graph, node: &str, predicate: &str, unwrap: &[&str]) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    for object in graph.objects(node, predicate) {
        let value = serialized(graph, object, unwrap);
        if !value.is_empty() && !values.contains(&value) {
            values.push(value);
        }
    }
    values
}

/// The dataset udata makes of the record at `node`, whose description (as udata stores it)
/// is `description`; `None` when it has no title.
fn dataset(
    graph: &Graph,
    node: &str,
    description: String,
    backend: &'static str,
    now: DateTime<Utc>,
) -> Option<Value> {
    let title = text(graph, node, &p(DCT, "title"), &[])?;
    let mut fields = Map::new();
    fields.insert("title".into(), Value::from(title));
    fields.insert("description".into(), Value::from(description));
    if let Some(acronym) = text(graph, node, SKOS_ALT_LABEL, &[]) {
        fields.insert("acronym".into(), Value::from(acronym));
    }
    fields.insert("tags".into(), json!(tags(graph, node)));
    // What the source says that udata cannot read: `harvest.unread`, dglint's own key, which
    // the harvest rules (DG8xx) report.
    let mut unread = Vec::new();
    // The property named is the source's: DCAT's, or the ISO 19139 element the stylesheet
    // reads for the CSW-ISO-19139 backend.
    let property_of = |field: &str, property: &'static str| -> &'static str {
        if backend == "CSW-ISO-19139" {
            source_property(backend, field).unwrap_or(property)
        } else {
            property
        }
    };
    let unread_value = |field: &str, property: &'static str, object: &Object| {
        json!({"field": field, "property": property_of(field, property),
               "value": serialized(graph, object, &[RDFS_LABEL])})
    };
    if let Some(object) = graph.value(node, &p(DCT, "accrualPeriodicity")) {
        match frequency(object) {
            Some(frequency) => {
                fields.insert("frequency".into(), Value::from(frequency));
            }
            None => unread.push(unread_value("frequency", "dct:accrualPeriodicity", object)),
        }
    }
    if let Some(object) = graph.value(node, &p(DCT, "temporal")) {
        match temporal(graph, object) {
            Some(coverage) => {
                fields.insert("temporal_coverage".into(), coverage);
            }
            None => unread.push(unread_value("temporal_coverage", "dct:temporal", object)),
        }
    }
    if spatial(graph, node) {
        fields.insert(
            "spatial".into(),
            json!({"zones": [], "granularity": "other"}),
        );
    } else if let Some(object) = graph.value(node, &p(DCT, "spatial")) {
        unread.push(unread_value("spatial", "dct:spatial", object));
    }
    let (distribution, distributions) = (p(DCAT, "distribution"), p(DCAT, "distributions"));
    let distributions: Vec<&str> = graph
        .objects(node, &distribution)
        .chain(graph.objects(node, &distributions))
        .filter_map(Object::node)
        .collect();
    let mut resources: Vec<Value> = Vec::new();
    // The distributions that became resources, each with its licences and rights.
    let mut harvested = Vec::new();
    let unwrap = [RDFS_LABEL, DCT_DESCRIPTION];
    for distribution in &distributions {
        match resource(graph, distribution, now) {
            Some(resource) => {
                harvested.push(Terms {
                    licences: texts(graph, distribution, &p(DCT, "license"), &unwrap),
                    rights: texts(graph, distribution, &p(DCT, "rights"), &unwrap),
                });
                merge_resource(&mut resources, resource);
            }
            None => {
                let named = text(graph, distribution, &p(DCT, "title"), &[])
                    .unwrap_or_else(|| distribution.trim_start_matches("_:").to_owned());
                let property = property_of("resources.url", "dcat:downloadURL");
                unread.push(json!({"field": "resources", "property": property,
                                   "value": named}));
            }
        }
    }
    // udata guesses from the dataset's licences (else those all its resources share), its
    // rights (else those all its resources share; SEMIC's stylesheet puts them there), then
    // every resource's licences.
    let unanimous = |pick: fn(&Terms) -> &Vec<String>| -> Vec<String> {
        match harvested.split_first() {
            Some((first, rest)) if rest.iter().all(|other| pick(other) == pick(first)) => {
                pick(first).clone()
            }
            _ => Vec::new(),
        }
    };
    let mut licences = texts(graph, node, &p(DCT, "license"), &unwrap);
    if licences.is_empty() {
        licences = unanimous(|terms| &terms.licences);
    }
    let mut rights = texts(graph, node, &p(DCT, "rights"), &unwrap);
    if rights.is_empty() {
        rights = unanimous(|terms| &terms.rights);
    }
    licences.extend(rights);
    for terms in &harvested {
        for licence in &terms.licences {
            if !licences.contains(licence) {
                licences.push(licence.clone());
            }
        }
    }
    let licence = guess_licence(&licences);
    if licence.is_none() && !licences.is_empty() {
        unread.push(
            json!({"field": "license", "property": property_of("license", "dct:license"),
                           "value": licences.join(" | ")}),
        );
    }
    fields.insert(
        "license".into(),
        Value::from(licence.unwrap_or("notspecified")),
    );
    fields.insert("resources".into(), Value::Array(resources));
    let mut harvest = Map::new();
    harvest.insert("backend".into(), Value::from(backend));
    if let Some(identifier) = text(graph, node, &p(DCT, "identifier"), &[]) {
        harvest.insert("dct_identifier".into(), Value::from(identifier));
    }
    if !node.starts_with("_:") {
        harvest.insert("uri".into(), Value::from(node));
    }
    // `remote_url_from_rdf`: the landing page, else the record's IRI, when it is a URL.
    let landing_page = graph
        .value(node, &p(DCAT, "landingPage"))
        .map(|object| serialized(graph, object, &[]));
    if let Some(url) = landing_page
        .into_iter()
        .chain(std::iter::once(node.to_owned()))
        .find(|url| url.starts_with("http://") || url.starts_with("https://"))
    {
        harvest.insert("remote_url".into(), Value::from(url));
    }
    if let Some(modified) = harvest_date(graph, node, now) {
        harvest.insert("modified_at".into(), Value::from(modified));
    }
    if !unread.is_empty() {
        harvest.insert("unread".into(), Value::Array(unread));
    }
    fields.insert("harvest".into(), Value::Object(harvest));
    Some(Value::Object(fields))
}

const DCT_DESCRIPTION: &str = "http://purl.org/dc/terms/description";

/// The dataset's description (`dct:description`, else `dct:abstract`) as udata stores it, and
/// whether it was HTML.
fn dataset_description(graph: &Graph, node: &str) -> Option<(String, bool)> {
    let object = preferred(graph, node, &p(DCT, "description"))
        .or_else(|| preferred(graph, node, &p(DCT, "abstract")))?;
    Some(description_text(Some(object)))
}

/// A description as udata's `sanitize_html` makes it: a literal's text, trimmed, or, when it
/// holds HTML tags, converted to text (see [`html_to_text`]); nothing for a node.
fn description_text(object: Option<&Object>) -> (String, bool) {
    match object {
        Some(Object::Literal { value, .. }) if is_html(value) => (html_to_text(value), true),
        Some(Object::Literal { value, .. }) => (value.trim().to_owned(), false),
        _ => (String::new(), false),
    }
}

/// `themes_from_rdf`: keywords (literals only) and theme labels, as udata stores tags (see
/// [`normalised_tags`]).
fn tags(graph: &Graph, node: &str) -> Vec<String> {
    let mut words: Vec<String> = graph
        .objects(node, &p(DCAT, "keyword"))
        .filter_map(|object| match object {
            Object::Literal { value, .. } => Some(value.clone()),
            _ => None,
        })
        .collect();
    for theme in graph.objects(node, &p(DCAT, "theme")) {
        match theme {
            Object::Literal { value, .. } => words.push(value.clone()),
            Object::Iri(theme) | Object::Blank(theme) => {
                words.extend(text(graph, theme, SKOS_PREF_LABEL, &[]));
            }
        }
    }
    normalised_tags(&words)
}

/// `frequency_from_rdf`.
fn frequency(object: &Object) -> Option<&'static str> {
    match object {
        Object::Literal { value, .. } => frequency_of_literal(value),
        Object::Iri(uri) => frequency_of_uri(uri),
        Object::Blank(_) => None,
    }
}

/// `temporal_from_rdf`: the coverage as `{start, end}` when udata reads one.
fn temporal(graph: &Graph, object: &Object) -> Option<Value> {
    match object {
        Object::Literal { value, .. } => temporal_literal(value),
        // udata fetches a period named by an IRI from the network: read offline, none.
        Object::Iri(_) => None,
        Object::Blank(period) => [
            (SCHEMA, "startDate", "endDate"),
            (DCAT, "startDate", "endDate"),
            ("http://purl.org/NET/scovo#", "min", "max"),
        ]
        .iter()
        .find_map(|(namespace, start, end)| {
            let value = |name: &str| {
                graph
                    .value(period, &p(namespace, name))
                    .map(|object| match object {
                        Object::Literal { value, .. } => value.clone(),
                        Object::Iri(node) | Object::Blank(node) => node.clone(),
                    })
            };
            let (start, end) = (value(start), value(end));
            let some = |text: &Option<String>| text.as_ref().is_some_and(|text| !text.is_empty());
            (some(&start) || some(&end)).then(|| json!({"start": start, "end": end}))
        }),
    }
}

/// `temporal_from_literal`: `start/end`, a year, or a month.
fn temporal_literal(text: &str) -> Option<Value> {
    let day = |text: &str| -> Option<NaiveDate> {
        parse_instant(text.trim()).map(|instant| instant.date_naive())
    };
    if text.matches('/').count() == 1 {
        let (start, end) = text.split_once('/')?;
        return Some(json!({"start": day(start)?.to_string(), "end": day(end)?.to_string()}));
    }
    match text.matches('-').count() {
        0 => {
            let year: i32 = text.trim().parse().ok()?;
            let start = NaiveDate::from_ymd_opt(year, 1, 1)?;
            let end = NaiveDate::from_ymd_opt(year, 12, 31)?;
            Some(json!({"start": start.to_string(), "end": end.to_string()}))
        }
        1 => {
            let start =
                NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d").ok()?;
            let next = start.checked_add_months(chrono::Months::new(1))?;
            let end = next.pred_opt()?;
            Some(json!({"start": start.to_string(), "end": end.to_string()}))
        }
        _ => None,
    }
}

/// `spatial_from_rdf`: whether a polygon or multipolygon is read from `dct:spatial`. udata
/// merges every polygon it reads into one multipolygon and keeps it unless a coordinate is
/// not a finite number (its JSON check); it does not check the shapes (an open ring, a point
/// of three numbers): the spatial coverage counts, and saving the dataset fails later.
fn spatial(graph: &Graph, node: &str) -> bool {
    let polygons: Vec<Polygon> = graph
        .objects(node, &p(DCT, "spatial"))
        .flat_map(|term| match term {
            Object::Literal { value, .. } => bbox(value).unwrap_or_default(),
            Object::Iri(place) | Object::Blank(place) => graph
                .objects_of(place)
                .filter_map(geometry)
                .flatten()
                .collect(),
        })
        .collect();
    !polygons.is_empty()
        && polygons
            .iter()
            .flatten()
            .flatten()
            .flatten()
            .all(|coordinate| coordinate.is_finite())
}

/// A polygon's rings, each a list of points.
type Polygon = Vec<Vec<Vec<f64>>>;

/// `bbox_to_geojson_multipolygon`: `west,south,east,north`.
fn bbox(text: &str) -> Option<Vec<Polygon>> {
    let numbers: Vec<f64> = text
        .trim()
        .split(',')
        .map(|part| part.trim().parse::<f64>().ok())
        .collect::<Option<Vec<f64>>>()?;
    let [west, south, east, north] = numbers[..] else {
        return None;
    };
    let ring = vec![
        vec![west, south],
        vec![east, south],
        vec![east, north],
        vec![west, north],
        vec![west, south],
    ];
    Some(vec![vec![ring]])
}

/// The polygons of a GeoJSON or WKT literal; `None` for another literal or another shape.
fn geometry(object: &Object) -> Option<Vec<Polygon>> {
    let Object::Literal {
        value, datatype, ..
    } = object
    else {
        return None;
    };
    let polygons = match datatype.as_str() {
        "http://www.opengis.net/ont/geosparql#geoJSONLiteral"
        | "https://www.iana.org/assignments/media-types/application/vnd.geo+json" => {
            geojson_polygons(&serde_json::from_str(value).ok()?)?
        }
        "http://www.opengis.net/ont/geosparql#wktLiteral"
        | "http://www.opengis.net/rdf#wktLiteral" => wkt_polygons(&value.trim().to_uppercase())?,
        _ => return None,
    };
    Some(polygons)
}

/// The polygons of a GeoJSON geometry as udata collects them: a `Polygon` is one, whatever
/// its coordinates; a `MultiPolygon` is one per item of its coordinates. udata checks neither
/// (a shape MongoDB refuses fails when the dataset is saved, after the score is computed).
fn geojson_polygons(geojson: &Value) -> Option<Vec<Polygon>> {
    let coordinates = geojson.get("coordinates")?;
    let polygon = |value: &Value| serde_json::from_value(value.clone()).unwrap_or_default();
    match geojson.get("type")?.as_str()? {
        "Polygon" => Some(vec![polygon(coordinates)]),
        "MultiPolygon" => Some(coordinates.as_array()?.iter().map(polygon).collect()),
        _ => None,
    }
}

/// `POLYGON ((x y, ...), ...)` or `MULTIPOLYGON (((x y, ...)), ...)`.
fn wkt_polygons(text: &str) -> Option<Vec<Polygon>> {
    let (kind, rest) = text.split_once('(')?;
    let body = format!("({rest}");
    let nested = parse_wkt_list(&body)?;
    match kind.trim() {
        "POLYGON" => Some(vec![rings(&nested)?]),
        "MULTIPOLYGON" => match nested {
            Wkt::List(polygons) => polygons.iter().map(rings).collect(),
            Wkt::Point(_) => None,
        },
        _ => None,
    }
}

/// A parenthesised WKT list, or a point's coordinates.
enum Wkt {
    List(Vec<Wkt>),
    Point(Vec<f64>),
}

fn parse_wkt_list(text: &str) -> Option<Wkt> {
    fn list(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<Wkt> {
        let mut items = Vec::new();
        let mut point = String::new();
        loop {
            match chars.next()? {
                '(' => items.push(list(chars)?),
                ')' => {
                    if !point.trim().is_empty() {
                        items.push(coordinates(&point)?);
                    }
                    return Some(Wkt::List(items));
                }
                ',' => {
                    if !point.trim().is_empty() {
                        items.push(coordinates(&point)?);
                    }
                    point.clear();
                }
                c => point.push(c),
            }
        }
    }
    fn coordinates(text: &str) -> Option<Wkt> {
        let numbers = text
            .split_whitespace()
            .map(|part| part.parse::<f64>().ok())
            .collect::<Option<Vec<f64>>>()?;
        Some(Wkt::Point(numbers))
    }
    let mut chars = text.trim().chars().peekable();
    if chars.next()? != '(' {
        return None;
    }
    let parsed = list(&mut chars)?;
    chars.all(char::is_whitespace).then_some(parsed)
}

fn rings(polygon: &Wkt) -> Option<Polygon> {
    let Wkt::List(rings) = polygon else {
        return None;
    };
    rings
        .iter()
        .map(|ring| match ring {
            Wkt::List(points) => points
                .iter()
                .map(|point| match point {
                    Wkt::Point(coordinates) => Some(coordinates.clone()),
                    Wkt::List(_) => None,
                })
                .collect(),
            Wkt::Point(_) => None,
        })
        .collect()
}

/// `License.guess`: the first string naming a licence of udata's list by id, URL or title;
/// `None` when none does (udata then writes `notspecified`, data.gouv.fr's default).
fn guess_licence(candidates: &[String]) -> Option<&'static str> {
    let vocab = Vocabularies::embedded();
    candidates
        .iter()
        .find_map(|candidate| vocab.guess_license(candidate))
}

/// `dct:modified` as a harvest date, unless it is in the future.
/// udata's `safe_harvest_datetime`: an ISO 8601 date or date-time at its wall-clock time
/// (an offset dropped), else what dateutil reads of the text (a year, a month, with the rest
/// taken from today).
fn harvest_date(graph: &Graph, node: &str, now: DateTime<Utc>) -> Option<String> {
    let text = text(graph, node, &p(DCT, "modified"), &[])?;
    let at = parse_wall_time(&text)
        .or_else(|| {
            let day = date_of(&text, now.date_naive())?;
            Some(day.and_time(chrono::NaiveTime::MIN).and_utc())
        })
        .filter(|at| *at <= now)?;
    Some(at.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

/// `resource_from_rdf`.
fn resource(graph: &Graph, node: &str, now: DateTime<Utc>) -> Option<Value> {
    let url = graph
        .value(node, &p(DCAT, "downloadURL"))
        .or_else(|| graph.value(node, &p(DCAT, "accessURL")))
        .map(|object| serialized(graph, object, &[]))
        .filter(|url| !url.is_empty())?;
    let format = service_protocol(graph, node).or_else(|| distribution_format(graph, node));
    let title = text(graph, node, &p(DCT, "title"), &[]).unwrap_or_else(|| {
        let last = url.rsplit('/').next().unwrap_or_default();
        if last.contains('.') && !last.contains('?') {
            last.to_owned()
        } else {
            match &format {
                Some(format) => format!("Ressource {format}"),
                None => "Ressource sans nom".to_owned(),
            }
        }
    });
    let mut fields = Map::new();
    fields.insert("title".into(), Value::from(title));
    fields.insert("url".into(), Value::from(url));
    fields.insert("filetype".into(), Value::from("remote"));
    let kind = if graph.value(node, &p(DCAT, "accessService")).is_some() {
        "api"
    } else {
        "main"
    };
    fields.insert("type".into(), Value::from(kind));
    fields.insert("format".into(), format.map_or(Value::Null, Value::from));
    let (description, _) = description_text(preferred(graph, node, DCT_DESCRIPTION));
    if !description.is_empty() {
        fields.insert("description".into(), Value::from(description));
    }
    if let Some(modified) = harvest_date(graph, node, now) {
        fields.insert("harvest".into(), json!({"modified_at": modified}));
    }
    Some(Value::Object(fields))
}

/// The licences and rights of a distribution (`dct:license`, `dct:rights`), as udata stores
/// them in the resource's extras.
struct Terms {
    licences: Vec<String>,
    rights: Vec<String>,
}

/// Adds `resource` as `resource_from_rdf` does: a resource already harvested with the same URL
/// (and, for OGC services, whose layers share a URL, the same title) is replaced by it.
fn merge_resource(resources: &mut Vec<Value>, resource: Value) {
    let service = resource["format"]
        .as_str()
        .is_some_and(|format| OGC_SERVICE_FORMATS.contains(&format));
    let same = |existing: &&mut Value| {
        existing["url"] == resource["url"] && (!service || existing["title"] == resource["title"])
    };
    match resources.iter_mut().find(same) {
        Some(existing) => *existing = resource,
        None => resources.push(resource),
    }
}

/// `format_from_rdf`, for a distribution that points to a data service: the OGC standard its
/// first service follows (`geodcatap:serviceProtocol`, else `dct:conformsTo`), lowercased.
fn service_protocol(graph: &Graph, node: &str) -> Option<String> {
    let service = graph.value(node, &p(DCAT, "accessService"))?.node()?;
    graph
        .objects(service, "http://data.europa.eu/930/serviceProtocol")
        .chain(graph.objects(service, &p(DCT, "conformsTo")))
        .find_map(|standard| {
            let key = standard.node()?.strip_prefix(OGC_STANDARDS)?;
            Some(key.to_lowercase())
        })
}

/// `format_from_rdf`: `dct:format` (an EU file type's code, a media type's subtype, else the
/// text), lowercased.
fn distribution_format(graph: &Graph, node: &str) -> Option<String> {
    text(graph, node, &p(DCT, "format"), &[RDFS_LABEL]).map(|format| {
        if let Some(code) = format.strip_prefix(EU_FILE_TYPE) {
            code.to_lowercase()
        } else if let Some(media_type) = format.strip_prefix(IANA) {
            media_type
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_lowercase()
        } else {
            format.to_lowercase()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporal_literals_read_as_udata_reads_them() {
        let range = |text: &str| temporal_literal(text);
        let between = |start: &str, end: &str| Some(json!({"start": start, "end": end}));
        assert_eq!(range("2019"), between("2019-01-01", "2019-12-31"));
        assert_eq!(range("2020-02"), between("2020-02-01", "2020-02-29"));
        assert_eq!(
            range("2019-01-01/2021-06-30"),
            between("2019-01-01", "2021-06-30")
        );
        // A full date is neither a range, a year nor a month: udata reads nothing.
        assert_eq!(range("2020-02-03"), None);
        assert_eq!(range("n/a"), None);
    }

    #[test]
    fn wkt_polygons_and_multipolygons_count_points_do_not() {
        assert_eq!(
            wkt_polygons("POLYGON((1 2, 3 4, 5 6, 1 2))").map(|p| p.len()),
            Some(1)
        );
        assert_eq!(
            wkt_polygons("MULTIPOLYGON(((1 2, 3 4, 1 2)),((5 6, 7 8, 5 6)))").map(|p| p.len()),
            Some(2)
        );
        assert_eq!(wkt_polygons("POINT(1 2)"), None);
        assert_eq!(wkt_polygons("POLYGON((1 2, 3"), None);
        assert_eq!(bbox("1.5,43.1,2.5,44.2").map(|p| p.len()), Some(1));
        assert_eq!(bbox("1,2,3"), None);
    }

    #[test]
    fn tags_are_normalised_as_udata_normalises_them() {
        let text = r#"<https://e.org/d> a <http://www.w3.org/ns/dcat#Dataset> ;
            <http://www.w3.org/ns/dcat#keyword> "Mobilité", "ab", "Énergie renouvelable", "mobilite" ;
            <http://www.w3.org/ns/dcat#theme> [ <http://www.w3.org/2004/02/skos/core#prefLabel> "Environnement"@fr ] ."#;
        let graph = Graph::parse(text, oxrdfio::RdfFormat::Turtle).unwrap();
        assert_eq!(
            tags(&graph, "https://e.org/d"),
            ["energie-renouvelable", "environnement", "mobilite"]
        );
    }
}
