//! Catalogue export rows → dataset and resource objects shaped like the udata API v1.
//!
//! The export's quirks (udata's `udata/core/dataset/csv.py`): the licence is given by its
//! title, spatial zones by their names (comma-joined), tags comma-joined, booleans as Python's
//! `True`/`False`, `archived` as `False` or a date, dates naive (UTC), empty cells for nulls,
//! resource `extras` as a JSON object. Columns missing from older variants are left out.

use serde_json::{Map, Number, Value};

use super::assembly::{Assembly, Row};
use crate::document::pointer;
use crate::model::Vocabularies;

/// Sets `object[key]` from a column's cell when the cell holds something.
fn text(
    assembly: &mut Assembly,
    object: &mut Map<String, Value>,
    at: &str,
    row: &Row<'_>,
    column: &str,
    key: &str,
) {
    if let Some(value) = row.non_empty(column) {
        assembly.set(object, at, key, Value::from(value), row.cell(column));
    }
}

/// Sets `object[key]` to a cell's text, or to null when the cell is empty (the API writes
/// such fields as null).
fn nullable(
    assembly: &mut Assembly,
    object: &mut Map<String, Value>,
    at: &str,
    row: &Row<'_>,
    column: &str,
    key: &str,
) {
    if let Some(value) = row.get(column) {
        let value = if value.is_empty() {
            Value::Null
        } else {
            Value::from(value)
        };
        assembly.set(object, at, key, value, row.cell(column));
    }
}

fn integer(value: &str) -> Option<Value> {
    value.trim().parse::<i64>().ok().map(Value::from)
}

/// A nested object from several columns (`harvest.backend`, ...) when any is filled, else
/// null (as the API writes it), drawn at the first column's cell.
fn group(
    assembly: &mut Assembly,
    object: &mut Map<String, Value>,
    at: &str,
    row: &Row<'_>,
    key: &str,
    columns: &[(&str, &str)],
) {
    let inner_at = pointer::child(at, key);
    let mut inner = Map::new();
    let mut first_cell = None;
    for (column, inner_key) in columns {
        if row.non_empty(column).is_some() {
            first_cell = first_cell.or(row.cell(column));
            text(assembly, &mut inner, &inner_at, row, column, inner_key);
        }
    }
    match first_cell {
        Some(cell) => {
            assembly.place(inner_at, cell, false);
            object.insert(key.to_owned(), Value::Object(inner));
        }
        None => {
            let columns_present = columns.iter().find_map(|(column, _)| row.cell(column));
            if let Some(cell) = columns_present {
                assembly.set(object, at, key, Value::Null, Some(cell));
            }
        }
    }
}

/// A dataset record of the dataset export, as an API v1 object.
pub fn dataset(assembly: &mut Assembly, row: &Row<'_>, vocab: &Vocabularies) -> Map<String, Value> {
    let mut object = Map::new();
    assembly.place(String::new(), row.span(), false);
    for (column, key) in [
        ("id", "id"),
        ("title", "title"),
        ("slug", "slug"),
        ("url", "page"),
    ] {
        text(assembly, &mut object, "", row, column, key);
    }
    nullable(assembly, &mut object, "", row, "acronym", "acronym");
    if let Some(description) = row.get("description") {
        let cell = row.cell("description");
        assembly.set(
            &mut object,
            "",
            "description",
            Value::from(description),
            cell,
        );
    }
    nullable(
        assembly,
        &mut object,
        "",
        row,
        "description_short",
        "description_short",
    );
    nullable(assembly, &mut object, "", row, "frequency", "frequency");
    if let Some(title) = row.get("license") {
        // The export gives the licence's title; the API gives its id.
        let value = if title.is_empty() {
            Value::Null
        } else {
            vocab.license_by_alias(&title).map_or_else(
                || Value::from(title),
                |license| Value::from(license.id.as_str()),
            )
        };
        assembly.set(&mut object, "", "license", value, row.cell("license"));
    }
    group(
        assembly,
        &mut object,
        "",
        row,
        "organization",
        &[("organization", "name"), ("organization_id", "id")],
    );
    group(
        assembly,
        &mut object,
        "",
        row,
        "owner",
        &[("owner", "name"), ("owner_id", "id")],
    );
    group(
        assembly,
        &mut object,
        "",
        row,
        "temporal_coverage",
        &[
            ("temporal_coverage.start", "start"),
            ("temporal_coverage.end", "end"),
        ],
    );
    spatial(assembly, &mut object, row);
    if let Some(tags) = row.get("tags") {
        let tags: Vec<Value> = tags
            .split(',')
            .filter(|tag| !tag.is_empty())
            .map(Value::from)
            .collect();
        assembly.set(
            &mut object,
            "",
            "tags",
            Value::Array(tags),
            row.cell("tags"),
        );
    }
    for (column, key) in [("featured", "featured"), ("private", "private")] {
        if let Some(flag) = row.get(column).and_then(|text| python_bool(&text)) {
            assembly.set(&mut object, "", key, Value::Bool(flag), row.cell(column));
        }
    }
    if let Some(archived) = row.get("archived") {
        // `False`, or the date it was archived.
        let value = match python_bool(&archived) {
            Some(false) => Value::Null,
            _ if archived.is_empty() => Value::Null,
            _ => Value::from(archived),
        };
        assembly.set(&mut object, "", "archived", value, row.cell("archived"));
    }
    for column in ["created_at", "last_modified"] {
        text(assembly, &mut object, "", row, column, column);
    }
    group(
        assembly,
        &mut object,
        "",
        row,
        "harvest",
        &[
            ("harvest.backend", "backend"),
            ("harvest.domain", "domain"),
            ("harvest.remote_id", "remote_id"),
            ("harvest.remote_url", "remote_url"),
            ("harvest.uri", "uri"),
            ("harvest.created_at", "created_at"),
            ("harvest.issued_at", "issued_at"),
            ("harvest.modified_at", "modified_at"),
            ("harvest.last_update", "last_update"),
            ("harvest.dct_identifier", "dct_identifier"),
        ],
    );
    if let Some(score) = row.non_empty("quality_score") {
        let value = score
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map_or_else(|| Value::from(score), Value::Number);
        let mut quality = Map::new();
        assembly.set(
            &mut quality,
            "/quality",
            "score",
            value,
            row.cell("quality_score"),
        );
        object.insert("quality".into(), Value::Object(quality));
    }
    metrics(assembly, &mut object, row);
    object
}

fn spatial(assembly: &mut Assembly, object: &mut Map<String, Value>, row: &Row<'_>) {
    let granularity = row.non_empty("spatial.granularity");
    let zones = row.non_empty("spatial.zones");
    if granularity.is_none() && zones.is_none() {
        let cell = row
            .cell("spatial.granularity")
            .or(row.cell("spatial.zones"));
        if cell.is_some() {
            assembly.set(object, "", "spatial", Value::Null, cell);
        }
        return;
    }
    let mut spatial = Map::new();
    nullable(
        assembly,
        &mut spatial,
        "/spatial",
        row,
        "spatial.granularity",
        "granularity",
    );
    let names: Vec<Value> = zones
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|zone| !zone.is_empty())
        .map(Value::from)
        .collect();
    assembly.set(
        &mut spatial,
        "/spatial",
        "zones",
        Value::Array(names),
        row.cell("spatial.zones"),
    );
    let cell = row
        .cell("spatial.granularity")
        .or(row.cell("spatial.zones"));
    if let Some(cell) = cell {
        assembly.place("/spatial".into(), cell, false);
    }
    object.insert("spatial".into(), Value::Object(spatial));
}

fn metrics(assembly: &mut Assembly, object: &mut Map<String, Value>, row: &Row<'_>) {
    let mut metrics = Map::new();
    for name in [
        "discussions",
        "discussions_open",
        "reuses",
        "dataservices",
        "followers",
        "views",
        "resources_downloads",
    ] {
        let column = format!("metric.{name}");
        if let Some(value) = row.get(&column).and_then(|text| integer(&text)) {
            assembly.set(&mut metrics, "/metrics", name, value, row.cell(&column));
        }
    }
    if !metrics.is_empty() {
        object.insert("metrics".into(), Value::Object(metrics));
    }
}

/// Keeps what a dataset record says of its resources when they are not listed: no resource
/// (`resources_count` = 0) is an empty `resources` list drawn at the count's cell, and the
/// function returns true (the resources are known); otherwise `resources_count` and
/// `resources_formats` (udata writes the set of the resources' non-empty formats, joined by
/// commas) are kept under their own keys, and it returns false.
pub fn resource_summary(
    assembly: &mut Assembly,
    object: &mut Map<String, Value>,
    row: &Row<'_>,
) -> bool {
    let count = row
        .get("resources_count")
        .and_then(|count| count.trim().parse::<u64>().ok());
    if count == Some(0) {
        let cell = row.cell("resources_count");
        assembly.set(object, "", "resources", Value::Array(Vec::new()), cell);
        return true;
    }
    if let Some(count) = count {
        let cell = row.cell("resources_count");
        assembly.set(object, "", "resources_count", Value::from(count), cell);
    }
    if let Some(formats) = row.get("resources_formats") {
        let formats: Vec<Value> = formats
            .split(',')
            .filter(|format| !format.is_empty())
            .map(Value::from)
            .collect();
        let cell = row.cell("resources_formats");
        if let Some(cell) = cell {
            for position in 0..formats.len() {
                assembly.place(pointer::item("/resources_formats", position), cell, true);
            }
        }
        assembly.set(object, "", "resources_formats", Value::Array(formats), cell);
    }
    false
}

/// `True`/`False` as Python writes them.
fn python_bool(text: &str) -> Option<bool> {
    match text {
        "True" | "true" => Some(true),
        "False" | "false" => Some(false),
        _ => None,
    }
}

/// A record of the resource export, as an API v1 resource of the dataset at `at`
/// (`/resources/3`).
pub fn resource(assembly: &mut Assembly, row: &Row<'_>, at: &str) -> Map<String, Value> {
    let mut object = Map::new();
    assembly.place(at.to_owned(), row.span(), false);
    for column in [
        "id",
        "url",
        "title",
        "filetype",
        "type",
        "created_at",
        "preview_url",
    ] {
        text(assembly, &mut object, at, row, column, column);
    }
    for column in ["description", "format", "mime"] {
        nullable(assembly, &mut object, at, row, column, column);
    }
    text(assembly, &mut object, at, row, "modified", "last_modified");
    if let Some(size) = row.get("filesize") {
        let value = integer(&size).unwrap_or(Value::Null);
        assembly.set(&mut object, at, "filesize", value, row.cell("filesize"));
    }
    group(
        assembly,
        &mut object,
        at,
        row,
        "checksum",
        &[("checksum.type", "type"), ("checksum.value", "value")],
    );
    group(
        assembly,
        &mut object,
        at,
        row,
        "harvest",
        &[
            ("harvest.created_at", "created_at"),
            ("harvest.issued_at", "issued_at"),
            ("harvest.modified_at", "modified_at"),
            ("harvest.last_update", "last_update"),
        ],
    );
    group(
        assembly,
        &mut object,
        at,
        row,
        "schema",
        &[("schema_name", "name"), ("schema_version", "version")],
    );
    if let Some(extras) = row.non_empty("extras") {
        let cell = row.cell("extras");
        match serde_json::from_str::<Value>(&extras) {
            Ok(Value::Object(extras)) => {
                let extras_at = pointer::child(at, "extras");
                if let Some(cell) = cell {
                    for key in extras.keys() {
                        assembly.place(pointer::child(&extras_at, key), cell, true);
                    }
                }
                assembly.set(&mut object, at, "extras", Value::Object(extras), cell);
            }
            _ => {
                if let Some(cell) = cell {
                    assembly.problem(cell, "the `extras` cell is not a JSON object".into());
                }
            }
        }
    }
    object
}
