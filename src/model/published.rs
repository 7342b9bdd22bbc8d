//! What the portal publishes for the datasets of a run (`dglint diff`): each live dataset,
//! and what became of the others, by id and by slug. The rules of the `portal` category read
//! it; without it they do not run.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;

/// What the portal says of one dataset.
#[derive(Debug, Clone, PartialEq)]
pub enum Published {
    /// It is published: its API object.
    Live(Value),
    /// It was deleted (the API answers 410, or marks it `deleted`).
    Deleted,
    /// The portal knows no dataset with that id or slug (404).
    Unknown,
    /// It is published, and no manifest of the run describes it.
    WithoutManifest,
}

/// The name of a [`Published`] state, as rule examples write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StateName {
    /// [`Published::Live`].
    Live,
    /// [`Published::Deleted`].
    Deleted,
    /// [`Published::Unknown`].
    Unknown,
    /// [`Published::WithoutManifest`].
    WithoutManifest,
}

/// What the portal publishes, by dataset id and slug.
#[derive(Debug, Default, Clone)]
pub struct Portal {
    by_key: HashMap<String, Arc<Published>>,
}

impl Portal {
    /// Records what the portal says of the dataset known by `keys` (its id, its slug).
    pub fn insert<'k>(&mut self, keys: impl IntoIterator<Item = &'k str>, state: Published) {
        let state = Arc::new(state);
        for key in keys.into_iter().filter(|key| !key.is_empty()) {
            self.by_key.insert(key.to_owned(), Arc::clone(&state));
        }
    }

    /// Whether the portal says something of `key`.
    pub fn knows(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// What the portal says of `dataset` (a manifest or an API object), found by its `id`,
    /// else its `slug`.
    pub fn of(&self, dataset: &Value) -> Option<&Published> {
        dataset_keys(dataset)
            .into_iter()
            .find_map(|key| self.by_key.get(key))
            .map(Arc::as_ref)
    }
}

/// The `id` and `slug` a dataset holds, in that order.
pub fn dataset_keys(dataset: &Value) -> Vec<&str> {
    ["id", "slug"]
        .iter()
        .filter_map(|field| dataset.get(*field)?.as_str())
        .filter(|key| !key.is_empty())
        .collect()
}
