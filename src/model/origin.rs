//! Where a dataset's metadata comes from, and where its datasets sit in a parsed file.
//!
//! A manifest file holds one dataset at its root. A file saved from the udata API v1 holds one
//! dataset object, an array of them (JSON Lines are read as an array), or a page object whose
//! `data` is that array.

use serde_json::Value;

use crate::document::pointer;

/// The kind of metadata a file holds. It decides the defaults of the fields only the portal
/// knows (a manifest's resources have no `filetype` or crawler `extras` yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A dataset manifest written by a producer (`schemas/dataset.schema.json`).
    Manifest,
    /// Dataset objects saved from the udata API v1.
    Api,
}

/// Fields that only the API writes; a dataset object carrying one is read as API data.
const API_ONLY_FIELDS: [&str; 3] = ["uri", "page", "quality"];

impl Origin {
    /// Guesses the origin of a parsed file: API data when the object, or an item of a
    /// top-level array, or of a page's `data`, carries a field only the API writes (`uri`,
    /// `page`, `quality`, or a resource's `filetype`). Anything else is a manifest.
    pub fn detect(value: &Value) -> Origin {
        let api = match value {
            Value::Array(items) => items.iter().any(has_api_fields),
            Value::Object(fields) => {
                has_api_fields(value)
                    || fields
                        .get("data")
                        .and_then(Value::as_array)
                        .is_some_and(|items| items.iter().any(has_api_fields))
            }
            _ => false,
        };
        if api { Origin::Api } else { Origin::Manifest }
    }

    /// The lowercase name (`manifest`).
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Manifest => "manifest",
            Origin::Api => "api",
        }
    }
}

fn has_api_fields(value: &Value) -> bool {
    let Some(fields) = value.as_object() else {
        return false;
    };
    API_ONLY_FIELDS
        .iter()
        .any(|name| fields.contains_key(*name))
        || fields
            .get("resources")
            .and_then(Value::as_array)
            .is_some_and(|resources| {
                resources
                    .iter()
                    .any(|resource| resource.get("filetype").is_some())
            })
}

/// The pointers of the datasets in a file of this origin: the root for a manifest or a
/// single API object, each item of an array, each item of a page's `data`.
pub fn dataset_pointers(value: &Value, origin: Origin) -> Vec<String> {
    if origin == Origin::Manifest {
        return vec![String::new()];
    }
    let (items, parent) = match value {
        Value::Array(items) => (items, ""),
        Value::Object(fields) => match fields.get("data") {
            Some(Value::Array(items)) => (items, "/data"),
            _ => return vec![String::new()],
        },
        _ => return vec![String::new()],
    };
    (0..items.len())
        .map(|index| pointer::item(parent, index))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn detects_api_data_by_shape_and_fields() {
        let api = [
            json!([{"id": "a"}, {"id": "b", "uri": "https://x.fr/api/1/datasets/b/"}]),
            json!({"data": [], "page": 1}),
            json!({"title": "t", "uri": "https://www.data.gouv.fr/api/1/datasets/x/"}),
            json!({"title": "t", "resources": [{"filetype": "remote"}]}),
        ];
        for value in api {
            assert_eq!(Origin::detect(&value), Origin::Api, "{value}");
        }
        let manifests = [
            json!({"title": "t", "resources": [{"url": "https://x.fr/a.csv"}]}),
            json!([]),
            json!([{"title": "a"}, {"title": "b"}]),
            json!(["a", "b"]),
            json!("text"),
        ];
        for value in manifests {
            assert_eq!(Origin::detect(&value), Origin::Manifest, "{value}");
        }
    }

    #[test]
    fn finds_every_dataset_of_a_file() {
        let page = json!({"data": [{}, {}], "page": 1});
        assert_eq!(dataset_pointers(&page, Origin::Api), ["/data/0", "/data/1"]);
        assert_eq!(dataset_pointers(&json!([{}]), Origin::Api), ["/0"]);
        assert_eq!(dataset_pointers(&json!({"id": "x"}), Origin::Api), [""]);
        assert_eq!(dataset_pointers(&json!([{}]), Origin::Manifest), [""]);
    }
}
