//! DG1xx: the manifest checked against `schemas/dataset.schema.json`, each error mapped to a
//! rule code and located by its instance pointer.

use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::types::JsonType;
use serde_json::Value;

use crate::document::pointer;
use crate::finding::{Change, Hit};
use crate::model::dates::is_iso_date;

/// The manifest schema, as shipped in `schemas/` (and usable by editors).
pub use crate::model::pulled::DATASET_SCHEMA;

/// The rules of the schema findings: an empty manifest, an unknown key, a value of the wrong
/// JSON type, a date that is not ISO 8601, any other constraint (enumerations, bounds).
pub use super::codes::{EMPTY_MANIFEST, INVALID_DATE, INVALID_VALUE, UNKNOWN_KEY, WRONG_TYPE};

/// Every code this module reports.
pub const CODES: [&str; 5] = [
    EMPTY_MANIFEST,
    UNKNOWN_KEY,
    WRONG_TYPE,
    INVALID_DATE,
    INVALID_VALUE,
];

/// Other names producers use for a field, mapped to the API name.
const KNOWN_MISNAMES: &[(&str, &str)] = &[
    ("licence", "license"),
    ("licence_id", "license"),
    ("frequence", "frequency"),
    ("frequence_mise_a_jour", "frequency"),
    ("titre", "title"),
    ("mots_cles", "tags"),
    ("mots-cles", "tags"),
    ("keywords", "tags"),
    ("sigle", "acronym"),
    ("ressources", "resources"),
    ("couverture_temporelle", "temporal_coverage"),
    ("couverture_spatiale", "spatial"),
    ("granularite", "granularity"),
    ("last_modified", "last_update"),
    ("summary", "description_short"),
    ("resume", "description_short"),
    ("lien", "url"),
    ("fichier", "path"),
];

/// Why the manifest schema shipped with dglint cannot be used (a bug the test suite catches).
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    /// `schemas/dataset.schema.json` is not JSON.
    #[error("the manifest schema is not JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// It is not a valid JSON Schema.
    #[error("the manifest schema is invalid: {0}")]
    Invalid(Box<jsonschema::ValidationError<'static>>),
    /// It could not be read, as said the first time.
    #[error("the manifest schema could not be read")]
    Unread,
}

fn schema() -> Result<&'static Value, &'static SchemaError> {
    static SCHEMA: OnceLock<Result<Value, SchemaError>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| Ok(serde_json::from_str(DATASET_SCHEMA)?))
        .as_ref()
}

fn validator() -> Result<&'static jsonschema::Validator, &'static SchemaError> {
    static VALIDATOR: OnceLock<Result<jsonschema::Validator, SchemaError>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            let schema = schema().map_err(|_| SchemaError::Unread)?;
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .with_format("iso-date", is_iso_date)
                .build(schema)
                .map_err(|error| SchemaError::Invalid(Box::new(error)))
        })
        .as_ref()
}

/// Validates `root`, returning (rule code, hit) pairs.
pub fn check(root: &Value) -> Result<Vec<(&'static str, Hit)>, &'static SchemaError> {
    if root.is_null() {
        return Ok(vec![(
            EMPTY_MANIFEST,
            Hit::value("", crate::msg!("manifest-empty"))
                .with_help(crate::msg!("manifest-empty-help")),
        )]);
    }
    let validator = validator()?;
    let mut hits = Vec::new();
    for error in validator.iter_errors(root) {
        let at = error.instance_path().as_str().to_owned();
        match error.kind() {
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                for key in unexpected {
                    hits.push((UNKNOWN_KEY, unknown_key(&at, key, error.instance())));
                }
            }
            ValidationErrorKind::Type { kind } => {
                hits.push((WRONG_TYPE, wrong_type(&at, kind, error.instance())));
            }
            ValidationErrorKind::Format { .. } => {
                let written = error.instance().as_str().unwrap_or_default();
                hits.push((
                    INVALID_DATE,
                    Hit::value(
                        &at,
                        crate::msg!("invalid-date", field = field_name(&at), written = written),
                    )
                    .with_help(crate::msg!("invalid-date-help")),
                ));
            }
            ValidationErrorKind::Enum { options } => {
                let allowed: Vec<String> = options
                    .as_array()
                    .map(|options| options.iter().map(scalar_text).collect())
                    .unwrap_or_default();
                let detail = crate::msg!(
                    "not-an-allowed-value",
                    written = scalar_text(error.instance()),
                    allowed = allowed.join(", ")
                );
                hits.push((INVALID_VALUE, invalid_value(&at, &detail)));
            }
            _ => hits.push((INVALID_VALUE, invalid_value(&at, &error.masked()))),
        }
    }
    Ok(hits)
}

/// DG104 at `at`, with what is wrong with the value.
fn invalid_value(at: &str, detail: &dyn std::fmt::Display) -> Hit {
    Hit::value(
        at,
        crate::msg!("invalid-value", field = field_name(at), detail = detail),
    )
}

/// A value as a message shows it: a string without its quotes, anything else as JSON.
fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn field_name(at: &str) -> String {
    pointer::last_token(at).map_or_else(|| crate::msg!("the-manifest"), |token| token.into_owned())
}

/// DG101 for `key` of the object at `parent` (`siblings`): the key it may stand for, with a
/// fix renaming it when that key is not written beside it already.
fn unknown_key(parent: &str, key: &str, siblings: &Value) -> Hit {
    let at = pointer::child(parent, key);
    let known = known_keys(parent);
    let lowered = key.to_lowercase();
    let suggestion = KNOWN_MISNAMES
        .iter()
        .find(|(misname, _)| *misname == lowered)
        .map(|(_, name)| *name)
        .filter(|name| known.iter().any(|known| known == name))
        .map(str::to_owned)
        .or_else(|| closest(&lowered, &known));
    let hit = Hit::key(&at, crate::msg!("unknown-key", key = key));
    match suggestion {
        Some(name) => {
            let taken = siblings.get(&name).is_some();
            let hit = hit.with_help(crate::msg!("unknown-key-did-you-mean", name = name));
            if taken {
                hit
            } else {
                hit.with_changes(vec![Change::RenameKey { pointer: at, name }])
            }
        }
        None => hit.with_help(crate::msg!("unknown-key-help", known = known.join(", "))),
    }
}

fn closest(key: &str, known: &[String]) -> Option<String> {
    known
        .iter()
        .map(|name| (strsim::jaro_winkler(key, name), name))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.clone())
}

/// The property names the schema allows at `at` (the object holding an unknown key).
fn known_keys(at: &str) -> Vec<String> {
    let Ok(schema) = schema() else {
        return Vec::new();
    };
    let mut node = schema;
    for token in at.split('/').skip(1) {
        node = resolve_ref(schema, node);
        let next = if token.parse::<usize>().is_ok() {
            node.get("items")
        } else {
            node.get("properties")
                .and_then(|properties| properties.get(token))
        };
        match next {
            Some(child) => node = child,
            None => return Vec::new(),
        }
    }
    resolve_ref(schema, node)
        .get("properties")
        .and_then(Value::as_object)
        .map(|properties| {
            properties
                .keys()
                .filter(|key| !key.starts_with('$'))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

fn resolve_ref<'s>(schema: &'s Value, node: &'s Value) -> &'s Value {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix('#'))
        .and_then(|path| schema.pointer(path))
        .unwrap_or(node)
}

fn wrong_type(at: &str, expected: &TypeKind, found: &Value) -> Hit {
    let expected = match expected {
        TypeKind::Single(kind) => type_phrase(*kind),
        TypeKind::Multiple(kinds) => kinds
            .iter()
            .map(type_phrase)
            .collect::<Vec<_>>()
            .join(&crate::msg!("or")),
    };
    let found = type_phrase(JsonType::from(found));
    if at.is_empty() {
        return Hit::value(at, crate::msg!("manifest-not-mapping", found = found))
            .with_help(crate::msg!("manifest-not-mapping-help"));
    }
    Hit::value(
        at,
        crate::msg!(
            "wrong-type",
            field = field_name(at),
            expected = expected,
            found = found
        ),
    )
    .with_help(crate::msg!("wrong-type-help", expected = expected))
}

fn type_phrase(kind: JsonType) -> String {
    match kind {
        JsonType::Null => crate::msg!("type-null"),
        JsonType::Boolean => crate::msg!("type-boolean"),
        JsonType::Integer => crate::msg!("type-integer"),
        JsonType::Number => crate::msg!("type-number"),
        JsonType::String => crate::msg!("type-string"),
        JsonType::Array => crate::msg!("type-array"),
        JsonType::Object => crate::msg!("type-object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn maps_schema_errors_to_codes() {
        let hits = check(&json!({
            "licence": "lov2",
            "tags": "a, b",
            "last_update": "01/02/2025",
            "resources": [{"type": "data", "frequence": 1}]
        }))
        .unwrap();
        let codes: Vec<(&str, &str)> = hits
            .iter()
            .map(|(code, hit)| (*code, hit.pointer.as_str()))
            .collect();
        assert!(codes.contains(&(UNKNOWN_KEY, "/licence")));
        assert!(codes.contains(&(WRONG_TYPE, "/tags")));
        assert!(codes.contains(&(INVALID_DATE, "/last_update")));
        assert!(codes.contains(&(INVALID_VALUE, "/resources/0/type")));
        assert!(codes.contains(&(UNKNOWN_KEY, "/resources/0/frequence")));
        let licence = &hits
            .iter()
            .find(|(_, hit)| hit.pointer == "/licence")
            .unwrap()
            .1;
        assert!(licence.help.as_deref().unwrap().contains("`license`"));
    }

    #[test]
    fn a_list_or_an_empty_file_is_not_a_manifest() {
        let hits = check(&json!(["a"])).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(hits[0].1.message.contains("not a list"));
        assert!(check(&Value::Null).unwrap()[0].1.message.contains("empty"));
    }
}
