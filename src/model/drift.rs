//! What differs between a manifest and the dataset the portal publishes: the fields of its
//! manifest ([`super::pulled::manifest_of`]) one by one, as `dglint diff` reports them and
//! `dglint pull --update` repairs them.
//!
//! Values are compared as the portal means them: an absent field, `null` and an empty text
//! or list are alike, and so are a default and its absence (`private: false`); tags and
//! zones compare as sets; dates as instants; text ignores the line endings the portal
//! rewrites (`\r\n`) and the line breaks that end it. The organisation matches by slug or id.
//! Resources are matched by `id`, else by URL; a resource with a `path` (a file still to be
//! uploaded) is compared without its URL. The fields the portal derives ([`DERIVED`]) are
//! compared too, for `pull --update`; `dglint diff` leaves them out.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::dates::parse_instant;
use super::pulled::{IDENTITY, MEASURED_RESOURCE_FIELDS, ManifestFields, is_default, manifest_of};
use crate::document::pointer;

/// Fields the portal derives from others rather than holds as written: `last_update` comes
/// from the resources' dates (its crawler, its uploads) and changes with every publication of
/// the data. `dglint diff` does not report them; `pull --update` refreshes them.
pub const DERIVED: [&str; 1] = ["/last_update"];

/// One difference between a manifest and its live dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Drift {
    /// The node of the manifest it is about (it may not be written: then the portal has a
    /// value the manifest lacks).
    pub pointer: String,
    /// What differs.
    pub kind: DriftKind,
    /// The portal's value (none when the portal has none).
    pub portal: Option<Value>,
}

/// How a manifest and its live dataset differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriftKind {
    /// Both have the field, with other values.
    Differs,
    /// The portal has the field, the manifest does not.
    OnlyOnPortal,
    /// The manifest has the field, the portal does not.
    OnlyInManifest,
    /// The portal has a resource the manifest does not list (`pointer`: `/resources`).
    ResourceOnlyOnPortal,
    /// The manifest lists a resource the portal does not have.
    ResourceOnlyInManifest,
}

/// The differences between `manifest` and the live dataset `live` (its API object), in the
/// manifest's field order.
pub fn compare(manifest: &Value, live: &Value, as_of: DateTime<Utc>) -> Vec<Drift> {
    let portal = manifest_of(live, as_of);
    let fields = ManifestFields::get();
    let mut drifts = Vec::new();
    for field in fields
        .dataset
        .iter()
        .filter(|field| !IDENTITY.contains(&field.as_str()))
    {
        let pointer = pointer::child("", field);
        let written = manifest.get(field.as_str());
        let published = portal.get(field.as_str());
        match field.as_str() {
            "resources" => resources(written, published, &mut drifts),
            "organization" => {
                if !same_organization(written, live) {
                    drifts.push(drift(&pointer, field, written, published));
                }
            }
            _ => {
                if !same(field, written, published) {
                    drifts.push(drift(&pointer, field, written, published));
                }
            }
        }
    }
    drifts
}

fn drift(pointer: &str, field: &str, written: Option<&Value>, published: Option<&Value>) -> Drift {
    let (written, published) = (present(field, written), present(field, published));
    let kind = match (written, published) {
        (None, _) => DriftKind::OnlyOnPortal,
        (Some(_), None) => DriftKind::OnlyInManifest,
        (Some(_), Some(_)) => DriftKind::Differs,
    };
    Drift {
        pointer: pointer.to_owned(),
        kind,
        portal: published.cloned(),
    }
}

/// The value, unless it is empty or the field's default.
fn present<'v>(field: &str, value: Option<&'v Value>) -> Option<&'v Value> {
    value.filter(|value| !is_default(field, value))
}

/// Whether a field's two values mean the same.
fn same(field: &str, written: Option<&Value>, published: Option<&Value>) -> bool {
    match (present(field, written), present(field, published)) {
        (None, None) => true,
        (Some(a), Some(b)) => equivalent(field, a, b),
        _ => false,
    }
}

fn equivalent(field: &str, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => same_text(a, b),
        (Value::Array(a), Value::Array(b)) if matches!(field, "tags" | "zones") => {
            as_set(a) == as_set(b)
        }
        (Value::Array(a), Value::Array(b)) if field == "contact_points" => {
            a.len() == b.len()
                && a.iter()
                    .all(|item| b.iter().any(|other| equivalent("", item, other)))
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| equivalent(field, a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter()
                .all(|key| same(key, a.get(key), b.get(key)))
        }
        (a, b) => a == b,
    }
}

/// Text alike but for line endings and the line breaks that end it; dates alike when they
/// are the same instant.
fn same_text(a: &str, b: &str) -> bool {
    let normal = |text: &str| text.replace("\r\n", "\n").replace('\r', "\n");
    let (a, b) = (normal(a), normal(b));
    if a.trim_end_matches('\n') == b.trim_end_matches('\n') {
        return true;
    }
    matches!((parse_instant(&a), parse_instant(&b)), (Some(x), Some(y)) if x == y)
}

fn as_set(items: &[Value]) -> BTreeSet<String> {
    items
        .iter()
        .map(|item| {
            item.as_str()
                .map_or_else(|| item.to_string(), str::to_owned)
        })
        .collect()
}

/// Whether the manifest's organisation (a slug, an id, or the API's object) is the live
/// dataset's.
fn same_organization(written: Option<&Value>, live: &Value) -> bool {
    let names = |value: &Value| -> BTreeSet<String> {
        match value {
            Value::String(name) => BTreeSet::from([name.clone()]),
            Value::Object(object) => ["slug", "id"]
                .iter()
                .filter_map(|key| object.get(*key)?.as_str().map(str::to_owned))
                .collect(),
            _ => BTreeSet::new(),
        }
    };
    let published = live.get("organization").map(names).unwrap_or_default();
    match written.filter(|value| !is_default("organization", value)) {
        None => published.is_empty(),
        Some(value) => !names(value).is_disjoint(&published),
    }
}

fn resources(written: Option<&Value>, published: Option<&Value>, drifts: &mut Vec<Drift>) {
    let empty = Vec::new();
    let written = written.and_then(Value::as_array).unwrap_or(&empty);
    let published = published.and_then(Value::as_array).unwrap_or(&empty);
    let mut matched = vec![false; published.len()];
    for (index, resource) in written.iter().enumerate() {
        let at = pointer::item("/resources", index);
        let Some(found) = match_resource(resource, published, &matched) else {
            drifts.push(Drift {
                pointer: at,
                kind: DriftKind::ResourceOnlyInManifest,
                portal: None,
            });
            continue;
        };
        matched[found] = true;
        resource_fields(&at, resource, &published[found], drifts);
    }
    for (resource, _) in published.iter().zip(&matched).filter(|(_, seen)| !**seen) {
        drifts.push(Drift {
            pointer: "/resources".into(),
            kind: DriftKind::ResourceOnlyOnPortal,
            portal: Some(resource.clone()),
        });
    }
}

/// The published resource a manifest's resource stands for: the one with its `id`, else the
/// first not yet matched with its URL.
fn match_resource(resource: &Value, published: &[Value], matched: &[bool]) -> Option<usize> {
    let field =
        |value: &Value, name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
    if let Some(id) = field(resource, "id") {
        return published
            .iter()
            .position(|other| field(other, "id").as_deref() == Some(id.as_str()));
    }
    let url = field(resource, "url")?;
    published
        .iter()
        .zip(matched)
        .position(|(other, seen)| !seen && field(other, "url").as_deref() == Some(url.as_str()))
}

fn resource_fields(at: &str, written: &Value, published: &Value, drifts: &mut Vec<Drift>) {
    let uploaded = written.get("path").is_some();
    let empty = Map::new();
    let fields = ManifestFields::get();
    for field in &fields.resource {
        let skipped = field == "path"
            || field == "id"
            || MEASURED_RESOURCE_FIELDS.contains(&field.as_str())
            || (uploaded && field == "url");
        if skipped {
            continue;
        }
        let a = written.as_object().unwrap_or(&empty).get(field.as_str());
        let b = published.as_object().unwrap_or(&empty).get(field.as_str());
        if !same(field, a, b) {
            drifts.push(drift(&pointer::child(at, field), field, a, b));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn as_of() -> DateTime<Utc> {
        parse_instant("2026-01-01").unwrap()
    }

    fn live() -> Value {
        json!({
            "id": "d1", "slug": "musees", "title": "Musées de France",
            "description": "Ligne un.\r\nLigne deux.",
            "organization": {"id": "o1", "slug": "culture"},
            "tags": ["musees", "culture"], "frequency": "annual", "private": false,
            "temporal_coverage": {"start": "2020-01-01T00:00:00+00:00", "end": null},
            "resources": [
                {"id": "r1", "title": "Liste", "type": "main", "url": "https://e.org/a.csv"},
                {"id": "r2", "title": "Doc", "type": "documentation", "url": "https://e.org/d"}
            ]
        })
    }

    #[test]
    fn a_pulled_manifest_does_not_drift() {
        let manifest = manifest_of(&live(), as_of());
        assert_eq!(compare(&manifest, &live(), as_of()), []);
    }

    #[test]
    fn alike_values_are_not_drift() {
        let manifest = json!({
            "title": "Musées de France", "description": "Ligne un.\nLigne deux.\n",
            "organization": "o1", "tags": ["culture", "musees"], "frequency": "annual",
            "acronym": "", "temporal_coverage": {"start": "2020-01-01"},
            "resources": [
                {"title": "Doc", "type": "documentation", "url": "https://e.org/d"},
                {"id": "r1", "title": "Liste", "type": "main", "path": "a.csv"}
            ]
        });
        assert_eq!(compare(&manifest, &live(), as_of()), []);
    }

    #[test]
    fn each_difference_is_located() {
        let manifest = json!({
            "title": "Musées", "organization": "culture", "tags": ["musees"],
            "license": "lov2", "description": "Ligne un.\nLigne deux.",
            "temporal_coverage": {"start": "2020-01-01"},
            "resources": [
                {"id": "r1", "title": "Liste 2026", "type": "main", "url": "https://e.org/a.csv"},
                {"title": "Autre", "url": "https://e.org/b.csv"}
            ]
        });
        let found: Vec<(String, DriftKind)> = compare(&manifest, &live(), as_of())
            .into_iter()
            .map(|drift| (drift.pointer, drift.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("/title".to_owned(), DriftKind::Differs),
                ("/tags".to_owned(), DriftKind::Differs),
                ("/license".to_owned(), DriftKind::OnlyInManifest),
                ("/frequency".to_owned(), DriftKind::OnlyOnPortal),
                ("/resources/0/title".to_owned(), DriftKind::Differs),
                ("/resources/1".to_owned(), DriftKind::ResourceOnlyInManifest),
                ("/resources".to_owned(), DriftKind::ResourceOnlyOnPortal),
            ]
        );
    }
}
