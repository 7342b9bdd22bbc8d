//! `dglint pull --update`: a manifest brought to its live dataset by byte edits of the fields
//! that differ ([`crate::model::drift`]), so that its comments, order and layout stay.
//!
//! Each difference becomes one change: a field the portal changed or added is set, one it
//! removed is taken out, a resource it no longer has leaves the list, one it added is
//! appended. The result is read back before it is kept: it must parse, and nothing may still
//! differ; otherwise the manifest is left as it was and the reason given.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::document::edit::{self, Change, EditError, TextEdit};
use crate::document::{Document, Syntax, parse_text, pointer};
use crate::model::drift::{self, Drift, DriftKind};

/// A manifest brought to its live dataset.
#[derive(Debug)]
pub struct Updated {
    /// The new text (the same when nothing differed).
    pub text: String,
    /// How many differences it repaired.
    pub fields: usize,
}

/// Why a manifest could not be brought to its live dataset in place.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    /// The manifest does not parse.
    #[error("{}", crate::msg!("update-unreadable"))]
    Unreadable,
    /// A difference cannot be written as an edit of this text.
    #[error("{}", crate::msg!("update-not-editable", reason = .0))]
    NotEditable(#[from] EditError),
    /// The edited text still differs from the portal, or no longer parses.
    #[error("{}", crate::msg!("update-not-settled"))]
    NotSettled,
}

/// The text of `document`, a manifest, with the values of its live dataset `live`.
pub fn update(
    document: &Document,
    live: &Value,
    as_of: DateTime<Utc>,
) -> Result<Updated, UpdateError> {
    let manifest = document.value.as_ref().ok_or(UpdateError::Unreadable)?;
    if !document.problems.is_empty() {
        return Err(UpdateError::Unreadable);
    }
    let drifts = drift::compare(manifest, live, as_of);
    if drifts.is_empty() {
        return Ok(Updated {
            text: document.text.clone(),
            fields: 0,
        });
    }
    let edits = merged_edits(document, &changes(document, &drifts))?;
    let text = edit::apply(&document.text, &edits);
    let updated = parse_text(&document.path, document.syntax, text);
    let settled = updated.problems.is_empty()
        && updated
            .value
            .as_ref()
            .is_some_and(|value| drift::compare(value, live, as_of).is_empty());
    if !settled {
        return Err(UpdateError::NotSettled);
    }
    Ok(Updated {
        text: updated.text,
        fields: drifts.len(),
    })
}

/// The edits of `changes`, sorted, the insertions at one place joined into one: the deepest
/// container's first (a resource's new field, then the new resources, then the new
/// top-level fields, all at the end of a file).
fn merged_edits(document: &Document, changes: &[Change]) -> Result<Vec<TextEdit>, EditError> {
    let mut edits: Vec<(TextEdit, std::cmp::Reverse<usize>)> = Vec::new();
    for change in changes {
        let container = match change {
            Change::Insert { parent, .. } => parent.as_str(),
            Change::Append { pointer, .. } => pointer.as_str(),
            _ => "",
        };
        let depth = std::cmp::Reverse(container.matches('/').count());
        for edit in edit::edits(document, std::slice::from_ref(change))? {
            edits.push((edit, depth));
        }
    }
    edits.sort_by_key(|(edit, depth)| (edit.span.start, edit.span.end, *depth));
    // New lines end as the file's do (what is written holds no carriage return of its own:
    // block scalars refuse one, quoted text escapes it).
    let crlf = document.text.contains("\r\n");
    let mut merged: Vec<TextEdit> = Vec::with_capacity(edits.len());
    for (mut edit, _) in edits {
        if crlf {
            edit.content = edit.content.replace('\n', "\r\n");
        }
        match merged.last_mut() {
            Some(last)
                if last.span.is_empty() && edit.span.is_empty() && last.span == edit.span =>
            {
                last.content.push_str(&edit.content);
            }
            _ => merged.push(edit),
        }
    }
    if merged.windows(2).any(|pair| pair[0].overlaps(&pair[1])) {
        return Err(EditError::Overlapping);
    }
    Ok(merged)
}

/// The changes that repair `drifts` in `document`. The resources are edited one by one in a
/// YAML block list; a list written in flow style (JSON, `[…]`), or whose every item goes, is
/// written anew, with the drifts applied to its value (removals of neighbouring items in a
/// flow list would touch the same commas).
fn changes(document: &Document, drifts: &[Drift]) -> Vec<Change> {
    let (of_resources, of_fields): (Vec<&Drift>, Vec<&Drift>) = drifts
        .iter()
        .partition(|drift| pointer::is_within(&drift.pointer, "/resources"));
    let mut changes: Vec<Change> = of_fields
        .into_iter()
        .map(|drift| field_change(document, drift))
        .collect();
    if of_resources.is_empty() {
        return changes;
    }
    let listed = document
        .value
        .as_ref()
        .and_then(|root| root.get("resources"))
        .cloned()
        .unwrap_or(Value::Array(Vec::new()));
    let count = listed.as_array().map_or(0, Vec::len);
    let removed = of_resources
        .iter()
        .filter(|drift| drift.kind == DriftKind::ResourceOnlyInManifest)
        .count();
    let flow = document.spans.get("/resources").is_some_and(|spans| {
        document.syntax != Syntax::Yaml
            || document.text.as_bytes().get(spans.value.start) == Some(&b'[')
    });
    if document.spans.get("/resources").is_none() || flow || removed == count {
        changes.push(field_change(
            document,
            &Drift {
                pointer: "/resources".into(),
                kind: DriftKind::Differs,
                portal: Some(applied(listed, &of_resources)),
            },
        ));
        return changes;
    }
    let mut new_resources = Vec::new();
    for drift in of_resources {
        match drift.kind {
            DriftKind::ResourceOnlyInManifest => changes.push(Change::RemoveItem {
                pointer: drift.pointer.clone(),
            }),
            DriftKind::ResourceOnlyOnPortal => {
                new_resources.push(drift.portal.clone().unwrap_or(Value::Null));
            }
            _ => changes.push(field_change(document, drift)),
        }
    }
    if !new_resources.is_empty() {
        changes.push(Change::Append {
            pointer: "/resources".into(),
            items: new_resources,
        });
    }
    changes
}

/// The change that gives a field the portal's value (set, inserted), or takes it out.
fn field_change(document: &Document, drift: &Drift) -> Change {
    let value = drift.portal.clone().unwrap_or(Value::Null);
    match drift.kind {
        DriftKind::OnlyInManifest => Change::RemoveKey {
            pointer: drift.pointer.clone(),
        },
        _ if document.spans.get(&drift.pointer).is_some() => Change::Set {
            pointer: drift.pointer.clone(),
            value,
        },
        _ => Change::Insert {
            parent: pointer::parent(&drift.pointer)
                .unwrap_or_default()
                .to_owned(),
            key: pointer::last_token(&drift.pointer)
                .unwrap_or_default()
                .into_owned(),
            value,
        },
    }
}

/// The manifest's resources with the drifts of their fields applied, those the portal does
/// not have taken out and those it has added at the end.
fn applied(mut listed: Value, drifts: &[&Drift]) -> Value {
    let mut gone = Vec::new();
    let mut added = Vec::new();
    for drift in drifts {
        match drift.kind {
            DriftKind::ResourceOnlyInManifest => gone.push(drift.pointer.clone()),
            DriftKind::ResourceOnlyOnPortal => added.extend(drift.portal.clone()),
            kind => {
                let (Some(parent), Some(key)) = (
                    pointer::parent(&drift.pointer),
                    pointer::last_token(&drift.pointer),
                ) else {
                    continue;
                };
                let within = parent.strip_prefix("/resources").unwrap_or(parent);
                let Some(Value::Object(resource)) = listed.pointer_mut(within) else {
                    continue;
                };
                match (kind, &drift.portal) {
                    (DriftKind::OnlyInManifest, _) | (_, None) => {
                        resource.remove(key.as_ref());
                    }
                    (_, Some(value)) => {
                        resource.insert(key.into_owned(), value.clone());
                    }
                }
            }
        }
    }
    let Value::Array(items) = listed else {
        return Value::Array(added);
    };
    let kept = items
        .into_iter()
        .enumerate()
        .filter(|(index, _)| !gone.contains(&pointer::item("/resources", *index)))
        .map(|(_, item)| item);
    Value::Array(kept.chain(added).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates::parse_instant;
    use serde_json::json;
    use std::path::Path;

    fn updated(text: &str, live: &Value) -> Updated {
        let document = parse_text(Path::new("m.dataset.yaml"), Syntax::Yaml, text.to_owned());
        update(&document, live, parse_instant("2026-01-01").unwrap()).expect("an update")
    }

    fn live() -> Value {
        json!({
            "id": "d1", "slug": "musees", "title": "Musées de France (édition 2026)",
            "description": "Une description\nsur deux lignes.",
            "tags": ["musees", "culture", "patrimoine"], "frequency": "annual",
            "resources": [
                {"id": "r1", "title": "Liste", "type": "main", "format": "csv",
                 "url": "https://e.org/a.csv"},
                {"id": "r3", "title": "Nouvelle", "type": "documentation",
                 "url": "https://e.org/n.md"}
            ]
        })
    }

    #[test]
    fn only_the_fields_that_differ_change() {
        let text = "\
# Musées : tenu par l'équipe données.
id: d1
title: Musées de France  # le titre du portail
description: Une description   # court
tags: [musees, culture]
license: lov2

# Les fichiers.
resources:
  - id: r1
    title: Liste   # gardé
    type: main
    format: csv
    url: https://e.org/a.csv
  - id: r2
    title: Ancienne
    url: https://e.org/old.csv
";
        let result = updated(text, &live());
        assert_eq!(
            result.text,
            "\
# Musées : tenu par l'équipe données.
id: d1
title: Musées de France (édition 2026)  # le titre du portail
description: |-   # court
  Une description
  sur deux lignes.
tags: [musees, culture, patrimoine]

# Les fichiers.
resources:
  - id: r1
    title: Liste   # gardé
    type: main
    format: csv
    url: https://e.org/a.csv
  - id: r3
    title: Nouvelle
    type: documentation
    url: https://e.org/n.md
frequency: annual
"
        );
        assert_eq!(result.fields, 7);
        assert_eq!(updated(&result.text, &live()).fields, 0);
    }

    #[test]
    fn new_lines_end_as_the_files_do() {
        let text = "id: d1\r\ntitle: Musées\r\ntags: [musees]\r\n";
        let result = updated(text, &live());
        assert!(
            !result.text.replace("\r\n", "").contains('\n'),
            "{:?}",
            result.text
        );
        assert!(
            result
                .text
                .contains("description: |-\r\n  Une description\r\n")
        );
    }

    /// Two cases the update laws found: every resource of a JSON list gone (the removals of
    /// neighbouring items touch the same commas), and a resource's field changed in a flow list
    /// written anew.
    #[test]
    fn flow_resource_lists_are_written_anew() {
        let text = "{\"id\": \"d1\", \"resources\": [{\"id\": \"r7\", \"url\": \"a\"}, {\"id\": \"r8\", \"url\": \"b\"}, {\"title\": \"x\", \"url\": \"c\"}]}\n";
        let document = parse_text(Path::new("m.dataset.json"), Syntax::Json, text.to_owned());
        let gone = json!({"id": "d1", "resources": []});
        let result = update(&document, &gone, parse_instant("2026-01-01").unwrap()).unwrap();
        let value: Value = serde_json::from_str(&result.text).unwrap();
        assert_eq!(value["resources"], json!([]));
        let renamed = json!({"id": "d1", "resources": [
            {"id": "r7", "title": "Nouveau", "url": "a"}, {"id": "r8", "url": "b"},
            {"title": "x", "url": "c"}]});
        let result = update(&document, &renamed, parse_instant("2026-01-01").unwrap()).unwrap();
        let value: Value = serde_json::from_str(&result.text).unwrap();
        assert_eq!(value["resources"][0]["title"], "Nouveau");
        assert_eq!(value["resources"][2]["url"], "c");
    }

    #[test]
    fn json_manifests_are_edited_too() {
        let text = "{\n  \"id\": \"d1\",\n  \"title\": \"Musées\",\n  \"tags\": [\"musees\"]\n}\n";
        let document = parse_text(Path::new("m.dataset.json"), Syntax::Json, text.to_owned());
        let result = update(&document, &live(), parse_instant("2026-01-01").unwrap()).unwrap();
        let value: Value = serde_json::from_str(&result.text).unwrap();
        assert_eq!(value["title"], "Musées de France (édition 2026)");
        assert_eq!(value["resources"][1]["id"], "r3");
        assert!(
            result.text.starts_with("{\n  \"id\": \"d1\",\n"),
            "{}",
            result.text
        );
    }
}
