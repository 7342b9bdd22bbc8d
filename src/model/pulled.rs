//! The manifest of a published dataset: the fields of the manifest schema that the portal
//! holds, read from its API object. `dglint pull` writes it, `dglint diff` compares a
//! manifest with it, and `pull --update` brings a manifest to it.
//!
//! The fields are those of `schemas/dataset.schema.json`, in its order, so the manifest
//! written is valid and `dglint check` reads it as the portal does. What the portal computes
//! or measures is left out (metrics, quality, harvest data, the stamps it sets, a resource's
//! media type, size and modification date), and so are empty values and defaults (`private:
//! false`, `access_type: open`). Three fields are translated: the organisation becomes its
//! slug, the licence the API writes as `notspecified` when none is set (its `quality.license`
//! says so) is left out, and `last_update` is the last update udata's score reads from the
//! dataset (a harvest date, the resources' dates), so that the manifest's criteria are the
//! live dataset's.

use std::sync::OnceLock;

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value};

use super::last_update::last_update;
use super::local_files::LocalFiles;
use super::{DatasetView, Origin};
use crate::document::Syntax;
use crate::document::paths::PathNames;
use crate::document::write::{json_document, yaml_document};

/// The manifest schema (`schemas/dataset.schema.json`).
pub const DATASET_SCHEMA: &str = include_str!("../../schemas/dataset.schema.json");

/// Where editors find the manifest schema: the first line of every YAML manifest dglint
/// writes (`dglint init`, `dglint pull`) names it.
pub const SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/dglint/dglint/main/schemas/dataset.schema.json";

/// The comment that gives a YAML manifest its schema in editors (the YAML language server).
pub fn schema_comment() -> String {
    format!("# yaml-language-server: $schema={SCHEMA_URL}")
}

/// The text of a manifest file holding `manifest`: YAML with the schema comment on its first
/// line, or JSON with the schema as `$schema`. `with_schema` false leaves the schema out (for
/// an API object written whole, which the schema does not describe).
pub fn manifest_text(manifest: &Value, syntax: Syntax, with_schema: bool) -> String {
    match syntax {
        Syntax::Json | Syntax::JsonLines | Syntax::Csv => {
            let mut object = Map::new();
            if with_schema {
                object.insert("$schema".into(), Value::from(SCHEMA_URL));
            }
            if let Value::Object(fields) = manifest {
                object.extend(
                    fields
                        .iter()
                        .map(|(key, value)| (key.clone(), value.clone())),
                );
            }
            json_document(&Value::Object(object))
        }
        Syntax::Yaml => {
            let body = yaml_document(manifest);
            if with_schema {
                format!("{}\n{body}", schema_comment())
            } else {
                body
            }
        }
    }
}

/// The fields that say which dataset a manifest describes (never compared: they match it).
pub const IDENTITY: [&str; 2] = ["id", "slug"];

/// Resource fields the portal measures (its crawler, its uploads): not a manifest's to say.
pub const MEASURED_RESOURCE_FIELDS: [&str; 3] = ["mime", "filesize", "last_modified"];

/// The fields of a manifest and of its resources, in the schema's order.
pub struct ManifestFields {
    /// The dataset's fields (without `$schema`).
    pub dataset: Vec<String>,
    /// A resource's fields.
    pub resource: Vec<String>,
    /// The fields of the objects nested in a field (`spatial`, `temporal_coverage`,
    /// `contact_points`' items, a resource's `schema`), by field.
    nested: std::collections::HashMap<String, Vec<String>>,
}

impl ManifestFields {
    /// The fields of the embedded schema.
    pub fn get() -> &'static ManifestFields {
        static FIELDS: OnceLock<ManifestFields> = OnceLock::new();
        FIELDS.get_or_init(|| {
            let schema: Value = serde_json::from_str(DATASET_SCHEMA).unwrap_or_default();
            let names = |node: Option<&Value>| -> Vec<String> {
                node.and_then(|node| node.get("properties"))
                    .and_then(Value::as_object)
                    .map(|properties| properties.keys().cloned().collect())
                    .unwrap_or_default()
            };
            let resource_schema = schema.pointer("/$defs/resource");
            let mut nested = std::collections::HashMap::new();
            for node in [
                schema.get("properties"),
                resource_schema.and_then(|r| r.get("properties")),
            ]
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            {
                for (field, property) in node {
                    let object = property.get("items").unwrap_or(property);
                    let inner = names(Some(object));
                    if !inner.is_empty() {
                        nested.insert(field.clone(), inner);
                    }
                }
            }
            ManifestFields {
                dataset: names(Some(&schema))
                    .into_iter()
                    .filter(|name| name != "$schema")
                    .collect(),
                resource: names(resource_schema),
                nested,
            }
        })
    }

    /// The fields of the objects a field holds (its items' when it is a list), if it holds
    /// objects with fields of their own.
    fn nested(&self, field: &str) -> Option<Vec<&str>> {
        Some(self.nested.get(field)?.iter().map(String::as_str).collect())
    }
}

/// The manifest of the API dataset `api`: the fields a manifest holds, as `dglint pull`
/// writes them. `as_of` is "now" for a dataset whose last update is unknown (it then has
/// none).
pub fn manifest_of(api: &Value, as_of: DateTime<Utc>) -> Value {
    let fields = ManifestFields::get();
    let mut manifest = Map::new();
    for field in &fields.dataset {
        let value = match field.as_str() {
            "organization" => organization_slug(api),
            "license" => license(api),
            "last_update" => last_update_text(api, as_of),
            "resources" => api.get("resources").and_then(Value::as_array).map(|items| {
                Value::Array(items.iter().map(|item| resource(item, fields)).collect())
            }),
            _ => api.get(field).map(|value| project(field, value, fields)),
        };
        if let Some(value) = value.filter(|value| !is_default(field, value)) {
            manifest.insert(field.clone(), value);
        }
    }
    Value::Object(manifest)
}

/// Whether `value` says nothing a manifest must write: empty, or the portal's default.
pub fn is_default(field: &str, value: &Value) -> bool {
    match (field, value) {
        ("private", Value::Bool(false)) => true,
        ("access_type", Value::String(access)) => access == "open",
        _ => is_empty(value),
    }
}

/// Null, an empty text, list or mapping.
pub fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// A field's value with only the nested fields the schema knows, empty ones left out.
fn project(field: &str, value: &Value, fields: &ManifestFields) -> Value {
    let Some(inner) = fields.nested(field) else {
        return value.clone();
    };
    let keep = |object: &Map<String, Value>| -> Value {
        Value::Object(
            inner
                .iter()
                .filter_map(|name| {
                    let value = object.get(*name)?;
                    (!is_empty(value)).then(|| ((*name).to_owned(), value.clone()))
                })
                .collect(),
        )
    };
    match value {
        Value::Object(object) => keep(object),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| item.as_object().map_or_else(|| item.clone(), keep))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn resource(api: &Value, fields: &ManifestFields) -> Value {
    let Some(object) = api.as_object() else {
        return api.clone();
    };
    let mut out = Map::new();
    for field in &fields.resource {
        if MEASURED_RESOURCE_FIELDS.contains(&field.as_str()) {
            continue;
        }
        if let Some(value) = object.get(field) {
            let value = project(field, value, fields);
            if !is_empty(&value) {
                out.insert(field.clone(), value);
            }
        }
    }
    Value::Object(out)
}

/// The organisation's slug (its id when it has none); a manifest's organisation as written.
fn organization_slug(api: &Value) -> Option<Value> {
    match api.get("organization")? {
        Value::Object(organization) => organization
            .get("slug")
            .or_else(|| organization.get("id"))
            .cloned(),
        other => Some(other.clone()),
    }
}

/// The licence id, unless the API writes `notspecified` for a licence that is not set.
fn license(api: &Value) -> Option<Value> {
    let id = api.get("license")?;
    let unset = api.pointer("/quality/license") == Some(&Value::Bool(false))
        && id.as_str() == Some("notspecified");
    (!unset).then(|| id.clone())
}

/// The last update udata reads from the dataset, in RFC 3339 (UTC); none when it would be
/// "now" for want of a date.
fn last_update_text(api: &Value, as_of: DateTime<Utc>) -> Option<Value> {
    let files = LocalFiles::beside(
        std::path::Path::new("."),
        &PathNames::new(std::path::Path::new("."), std::path::Path::new(".")),
    );
    let update = last_update(&DatasetView::new(api), Origin::Api, &files, as_of, true)?;
    update.pointer.as_ref()?;
    Some(Value::String(
        update.at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates::parse_instant;
    use serde_json::json;

    fn as_of() -> DateTime<Utc> {
        parse_instant("2026-01-01").unwrap()
    }

    #[test]
    fn the_portal_fields_are_left_out_and_the_rest_translated() {
        let api = json!({
            "id": "5d13", "slug": "musees", "title": "Musées", "acronym": null,
            "organization": {"id": "646b", "slug": "ministere-culture", "name": "Culture"},
            "license": "notspecified", "quality": {"license": false}, "metrics": {"views": 3},
            "private": false, "access_type": "open", "tags": [],
            "spatial": {"zones": ["country:fr"], "granularity": "country", "geom": null},
            "resources": [{
                "id": "r1", "title": "Liste", "type": "main", "format": "csv",
                "url": "https://example.org/l.csv", "filetype": "remote", "mime": "text/csv",
                "filesize": 12, "last_modified": "2025-06-01T00:00:00+00:00",
                "schema": {"name": "etalab/x", "version": null, "url": null}
            }]
        });
        let manifest = manifest_of(&api, as_of());
        assert_eq!(
            manifest,
            json!({
                "id": "5d13", "title": "Musées", "slug": "musees",
                "organization": "ministere-culture",
                "last_update": "2025-06-01T00:00:00Z",
                "spatial": {"zones": ["country:fr"], "granularity": "country"},
                "resources": [{
                    "id": "r1", "title": "Liste", "type": "main", "format": "csv",
                    "url": "https://example.org/l.csv", "schema": {"name": "etalab/x"}
                }]
            })
        );
    }

    #[test]
    fn a_licence_set_to_notspecified_stays() {
        let api = json!({"license": "notspecified", "quality": {"license": true}});
        assert_eq!(manifest_of(&api, as_of())["license"], "notspecified");
    }

    #[test]
    fn every_schema_field_is_known() {
        let fields = ManifestFields::get();
        assert!(fields.dataset.iter().any(|field| field == "title"));
        assert!(fields.resource.iter().any(|field| field == "id"));
        assert_eq!(fields.nested("spatial"), Some(vec!["zones", "granularity"]));
    }
}
