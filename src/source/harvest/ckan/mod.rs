//! CKAN packages mapped as udata's CKAN backend maps them (udata 17.18,
//! `udata/harvest/backends/ckan/harvesters.py`, `process_dataset`), into the dataset object the
//! API would then serve.
//!
//! In udata's order: the package is validated against the backend's schema (`schema.rs`; a
//! package that fails is refused); one without resources is skipped; then the title, the
//! description (`notes` through html2text), the licence (guessed from `license_id` and
//! `license_title`, else `notspecified`), the tags (their normalised names), and the extras:
//! `spatial` (a GeoJSON Polygon or MultiPolygon; any other geometry, or text that is not
//! GeoJSON, makes udata refuse the package), `spatial-text` (a zone's name or slug, looked up
//! in udata's zones: dglint does not have them, so the spatial criterion stays unknown),
//! `frequency` (a Dublin Core or EU frequency URI, else udata's own frequency id),
//! `temporal_start` and `temporal_end` (both needed). Resources whose type is `file`,
//! `file.upload`, `api` or `metadata` are kept (`documentation`, `image`, `visualization` are
//! dropped), with their `last_modified` as harvest date (a future one is not used for the last
//! update, as udata does). What udata cannot read goes into `harvest.unread` for the harvest
//! rules (DG8xx).

pub mod dates;
pub mod schema;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value, json};

use super::text::{normalised_tags, parse_html};
use super::{Record, Skip};
use crate::document::Limits;
use crate::model::Vocabularies;
use crate::model::harvest::frequency_of_uri;
use crate::model::udata::truthy;

/// The resource types udata's CKAN backend keeps (`ALLOWED_RESOURCE_TYPES`).
const KEPT_RESOURCE_TYPES: [&str; 4] = ["file", "file.upload", "api", "metadata"];

/// The packages a CKAN JSON document holds: a `package_show` answer (`result` a package, or
/// DKAN's list of one), a `package_search` answer (`result.results`), a package, or a list of
/// packages.
pub fn packages(value: &Value) -> Vec<&Value> {
    let result = value.get("result").unwrap_or(value);
    let listed = result.get("results").unwrap_or(result);
    match listed {
        Value::Array(items) => items.iter().collect(),
        package => vec![package],
    }
}

/// Whether a CKAN site's answer says it failed (`success: false`, the API's own error flag).
pub fn failed(value: &Value) -> Option<String> {
    (value.get("success") == Some(&Value::Bool(false))).then(|| {
        let error = value.get("error");
        error
            .and_then(|error| error.get("message").or(Some(error)))
            .map(|message| match message {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    })
}

/// The path of CKAN's action API on a site.
const ACTIONS: &str = "/api/3/action/";

/// Rows per `package_search` page (CKAN's largest).
const ROWS: usize = 1000;

/// The first `package_search` page of the CKAN site at `url` (its root), or `url` itself when
/// it already names an action (`package_search` with its own filters, `package_show`).
pub fn search_url(url: &str) -> String {
    if url.contains(ACTIONS) {
        return url.to_owned();
    }
    format!(
        "{}{ACTIONS}package_search?rows={ROWS}&start=0",
        url.trim_end_matches('/')
    )
}

/// The site a page of the action API belongs to (its root), when `page` is one.
pub fn site_of(page: &str) -> Option<&str> {
    page.find(ACTIONS).map(|at| &page[..at])
}

/// The next `package_search` page after `page`, whose answer is `value`: while the rows read
/// (`start` plus this page's) are fewer than the `count` it announces.
pub fn next_page(page: &str, value: &Value) -> Option<String> {
    let mut url = url::Url::parse(page).ok()?;
    if !url.path().ends_with("/package_search") {
        return None;
    }
    let result = value.get("result")?;
    let count = result.get("count")?.as_u64()?;
    let read = result.get("results")?.as_array()?.len() as u64;
    let start: u64 = url
        .query_pairs()
        .find(|(key, _)| key == "start")
        .and_then(|(_, start)| start.parse().ok())
        .unwrap_or(0);
    if read == 0 || start + read >= count {
        return None;
    }
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| key != "start")
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    url.query_pairs_mut()
        .clear()
        .extend_pairs(kept)
        .append_pair("start", &(start + read).to_string());
    Some(url.into())
}

/// What udata's CKAN backend makes of `package`, at `now`; `site` is the CKAN site's root
/// when known (the dataset's page there is then its remote URL).
pub fn record(package: &Value, site: Option<&str>, now: DateTime<Utc>) -> Record {
    let name = ["name", "id"]
        .iter()
        .find_map(|key| package.get(key)?.as_str())
        .unwrap_or_default()
        .to_owned();
    let today = now.date_naive();
    let problems = schema::problems(package, today);
    let mut limits = Limits::default();
    let dataset = if !problems.is_empty() {
        Err(Skip::Refused(problems))
    } else if package["resources"].as_array().is_none_or(Vec::is_empty) {
        Err(Skip::NoResource)
    } else {
        dataset(package, site, today, &mut limits)
    };
    Record {
        name,
        dataset,
        limits,
    }
}

/// The dataset of a package that passed the schema.
fn dataset(
    package: &Value,
    site: Option<&str>,
    today: NaiveDate,
    limits: &mut Limits,
) -> Result<Value, Skip> {
    let text = |key: &str| package[key].as_str().unwrap_or_default();
    let mut fields = Map::new();
    fields.insert("slug".into(), Value::from(text("name")));
    fields.insert("title".into(), Value::from(text("title")));
    let notes = text("notes").replace("\r\n", "\n").replace('\r', "\n");
    let (description, exact) = parse_html(&notes);
    limits.description_from_html = !exact;
    fields.insert("description".into(), Value::from(description));
    let mut unread = Vec::new();
    let licence_id = package["license_id"].as_str().unwrap_or("not-specified");
    let candidates: Vec<&str> = [Some(licence_id), package["license_title"].as_str()]
        .into_iter()
        .flatten()
        .collect();
    let vocab = Vocabularies::embedded();
    let licence = candidates
        .iter()
        .find_map(|candidate| vocab.guess_license(candidate));
    if licence.is_none() && !["not-specified", "notspecified", ""].contains(&licence_id) {
        unread.push(json!({"field": "license", "property": "license_id",
                           "value": candidates.join(" | ")}));
    }
    fields.insert(
        "license".into(),
        Value::from(licence.unwrap_or("notspecified")),
    );
    let words: Vec<&str> = package["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|tag| tag["name"].as_str())
        .collect();
    fields.insert("tags".into(), json!(normalised_tags(&words)));
    let extras = Extras::read(package, today)?;
    if let Some(frequency) = extras.frequency {
        fields.insert("frequency".into(), Value::from(frequency));
    }
    unread.extend(extras.unread);
    if let Some(coverage) = extras.temporal {
        fields.insert("temporal_coverage".into(), coverage);
    }
    if let Some(geometry) = extras.geometry {
        fields.insert("spatial".into(), json!({"geom": geometry, "zones": []}));
    } else if extras.zone_named {
        limits.spatial_unresolved = true;
    }
    let resources: Vec<Value> = package["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|resource| {
            let kind = resource
                .get("resource_type")
                .filter(|kind| truthy(kind))
                .and_then(Value::as_str)
                .unwrap_or("file");
            KEPT_RESOURCE_TYPES.contains(&kind)
        })
        .map(|resource| self::resource(resource, today))
        .collect();
    fields.insert("resources".into(), Value::Array(resources));
    let mut harvest = Map::new();
    harvest.insert("backend".into(), Value::from("CKAN"));
    harvest.insert("remote_id".into(), Value::from(text("id")));
    harvest.insert("ckan_name".into(), Value::from(text("name")));
    // The declared `url` when udata accepts it, else the dataset's page on the site.
    let declared = package["url"]
        .as_str()
        .filter(|url| url.contains("://") && super::udata_url::is_valid(url))
        .map(|url| url.trim().to_owned());
    let page = site.map(|site| format!("{}/dataset/{}", site.trim_end_matches('/'), text("name")));
    if let Some(url) = declared.or(page) {
        harvest.insert("remote_url".into(), Value::from(url));
    }
    if !unread.is_empty() {
        harvest.insert("unread".into(), Value::Array(unread));
    }
    fields.insert("harvest".into(), Value::Object(harvest));
    Ok(Value::Object(fields))
}

/// What the package's extras give, as `process_dataset` reads them.
#[derive(Default)]
struct Extras {
    frequency: Option<&'static str>,
    temporal: Option<Value>,
    geometry: Option<Value>,
    /// A `spatial-text` extra names a zone (unknown offline).
    zone_named: bool,
    unread: Vec<Value>,
}

impl Extras {
    fn read(package: &Value, today: NaiveDate) -> Result<Extras, Skip> {
        let mut extras = Extras::default();
        let (mut start, mut end) = (None, None);
        let mut geometry = None;
        for extra in package["extras"].as_array().into_iter().flatten() {
            let value = &extra["value"];
            let blank = value.as_str().is_some_and(|text| text.trim().is_empty());
            if value.is_null() || blank {
                continue;
            }
            match extra["key"].as_str().unwrap_or_default() {
                "spatial" => geometry = Some(value),
                "spatial-text" => extras.zone_named = true,
                "frequency" => match frequency(value) {
                    Some(frequency) => extras.frequency = Some(frequency),
                    None => extras.unread.push(json!({"field": "frequency",
                        "property": "extras: frequency", "value": plain(value)})),
                },
                "temporal_start" => start = Some(Self::bound(value, "temporal_start")?),
                "temporal_end" => end = Some(Self::bound(value, "temporal_end")?),
                _ => {}
            }
        }
        let starts = start.map(|text| (text, dates::range_start(text, today)));
        let ends = end.map(|text| (text, dates::range_end(text, today)));
        match (starts, ends) {
            (Some((_, Some(start))), Some((_, Some(end)))) => {
                extras.temporal = Some(json!({"start": start.to_string(), "end": end.to_string()}));
            }
            (starts, ends) => {
                for (property, bound) in [("temporal_start", starts), ("temporal_end", ends)] {
                    if let Some((text, None)) = bound {
                        extras.unread.push(json!({"field": "temporal_coverage",
                            "property": format!("extras: {property}"), "value": text}));
                    }
                }
            }
        }
        if let Some(value) = geometry {
            extras.geometry = Some(multipolygon(value)?);
        }
        Ok(extras)
    }

    /// A temporal bound: dateutil fails on anything but text (udata then fails the item).
    fn bound<'v>(value: &'v Value, key: &str) -> Result<&'v str, Skip> {
        value
            .as_str()
            .ok_or_else(|| refused(&format!("extras.{key}"), value))
    }
}

/// udata's reading of a `frequency` extra: a frequency URI (`frequency_from_rdf`), else one of
/// udata's frequency ids, current or legacy (`UpdateFrequency(value)`).
fn frequency(value: &Value) -> Option<&'static str> {
    let text = value.as_str()?;
    if let Some(frequency) = frequency_of_uri(text.trim()) {
        return Some(frequency);
    }
    let vocab = Vocabularies::embedded();
    let id = vocab.legacy_frequency(text).unwrap_or(text);
    vocab.frequency(id).map(|known| known.id.as_str())
}

/// The `spatial` extra as udata keeps it: a Polygon or MultiPolygon, as a MultiPolygon;
/// anything else makes udata fail the item.
fn multipolygon(value: &Value) -> Result<Value, Skip> {
    let parsed;
    let geometry = match value {
        Value::String(text) => {
            parsed = serde_json::from_str::<Value>(text)
                .map_err(|_| refused("extras.spatial", value))?;
            &parsed
        }
        other => other,
    };
    let coordinates = geometry
        .get("coordinates")
        .ok_or_else(|| refused("extras.spatial", value))?;
    match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => Ok(json!({"type": "MultiPolygon", "coordinates": [coordinates]})),
        Some("MultiPolygon") => Ok(json!({"type": "MultiPolygon", "coordinates": coordinates})),
        _ => Err(refused("extras.spatial", value)),
    }
}

fn refused(field: &str, value: &Value) -> Skip {
    Skip::Refused(vec![schema::Problem {
        field: field.to_owned(),
        expected: if field == "extras.spatial" {
            schema::Expected::Polygon
        } else {
            schema::Expected::Text
        },
        found: Some(plain(value)),
    }])
}

/// A value as a producer wrote it: a string's own text, else its JSON.
fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A resource as the backend maps it.
fn resource(resource: &Value, today: NaiveDate) -> Value {
    let text = |key: &str| resource.get(key).and_then(Value::as_str);
    let mut fields = Map::new();
    fields.insert(
        "title".into(),
        Value::from(text("name").unwrap_or_default()),
    );
    let description = text("description")
        .map(|text| parse_html(&text.replace("\r\n", "\n").replace('\r', "\n")).0)
        .unwrap_or_default();
    if !description.is_empty() {
        fields.insert("description".into(), Value::from(description));
    }
    let url = text("url").unwrap_or_default().trim();
    let url = if url.contains("://") {
        url.to_owned()
    } else {
        format!("http://{url}")
    };
    fields.insert("url".into(), Value::from(url));
    fields.insert("filetype".into(), Value::from("remote"));
    fields.insert("type".into(), Value::from("main"));
    fields.insert(
        "format".into(),
        Value::from(text("format").unwrap_or_default().to_lowercase()),
    );
    if let Some(mime) = text("mimetype") {
        fields.insert("mime".into(), Value::from(mime.to_lowercase()));
    }
    if let Some(modified) = text("last_modified").and_then(|text| dates::date_of(text, today)) {
        fields.insert(
            "harvest".into(),
            json!({"modified_at": format!("{modified}T00:00:00Z")}),
        );
    }
    Value::Object(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_are_found_in_every_answer_shape() {
        let package = json!({"name": "a"});
        let count = |value: Value| packages(&value).len();
        assert_eq!(count(json!({"success": true, "result": package})), 1);
        assert_eq!(
            count(json!({"result": {"count": 2, "results": [package, package]}})),
            2
        );
        assert_eq!(count(json!({"result": [package]})), 1);
        assert_eq!(count(json!([package, package, package])), 3);
        assert_eq!(count(package), 1);
        assert_eq!(
            failed(&json!({"success": false, "error": {"message": "Not found"}})),
            Some("Not found".into())
        );
    }

    #[test]
    fn a_site_is_searched_page_after_page() {
        let first = search_url("https://ckan.example.org/");
        assert_eq!(
            first,
            "https://ckan.example.org/api/3/action/package_search?rows=1000&start=0"
        );
        assert_eq!(site_of(&first), Some("https://ckan.example.org"));
        let page = |count: u64, rows: usize| json!({"success": true, "result": {"count": count, "results": vec![json!({}); rows]}});
        assert_eq!(
            next_page(&first, &page(2500, 1000)).as_deref(),
            Some("https://ckan.example.org/api/3/action/package_search?rows=1000&start=1000")
        );
        assert_eq!(next_page(&first, &page(1000, 1000)), None);
        assert_eq!(next_page(&first, &page(5000, 0)), None);
        assert_eq!(next_page("packages.json", &page(5000, 10)), None);
    }

    #[test]
    fn spatial_extras_are_polygons_or_refused() {
        let polygon = json!({"type": "Polygon", "coordinates": [[[1, 2], [3, 4], [1, 2]]]});
        assert!(multipolygon(&polygon).is_ok());
        assert!(multipolygon(&Value::from(polygon.to_string())).is_ok());
        assert!(multipolygon(&json!({"type": "Point", "coordinates": [1, 2]})).is_err());
        assert!(multipolygon(&Value::from("not json")).is_err());
    }
}
