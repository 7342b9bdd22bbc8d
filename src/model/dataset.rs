//! Typed, borrowed views of a dataset manifest. Fields of the wrong type read as absent:
//! the schema rules report the type, and the other rules then stay silent about the field.

use serde_json::{Map, Value};

use super::origin::Origin;
use crate::document::pointer;

/// A dataset manifest (API v1 field names).
#[derive(Debug, Clone, Copy)]
pub struct DatasetView<'a> {
    value: &'a Value,
    fields: Option<&'a Map<String, Value>>,
}

impl<'a> DatasetView<'a> {
    /// Views `value`; a value that is not a mapping has no field.
    pub fn new(value: &'a Value) -> DatasetView<'a> {
        DatasetView {
            value,
            fields: value.as_object(),
        }
    }

    /// The dataset's value, whole.
    pub fn value(&self) -> &'a Value {
        self.value
    }

    /// Every top-level field, when the dataset is a mapping.
    pub fn fields(&self) -> Option<&'a Map<String, Value>> {
        self.fields
    }

    /// The raw value of a top-level field.
    pub fn field(&self, name: &str) -> Option<&'a Value> {
        self.fields?.get(name)
    }

    /// Whether a top-level field is written (even as `null`).
    pub fn has(&self, name: &str) -> bool {
        self.field(name).is_some()
    }

    /// A top-level field that is a string.
    pub fn text(&self, name: &str) -> Option<&'a str> {
        self.field(name)?.as_str()
    }

    /// `title`.
    pub fn title(&self) -> Option<&'a str> {
        self.text("title")
    }

    /// `description`.
    pub fn description(&self) -> Option<&'a str> {
        self.text("description")
    }

    /// `frequency`.
    pub fn frequency(&self) -> Option<&'a str> {
        self.text("frequency")
    }

    /// `license`.
    pub fn license(&self) -> Option<&'a str> {
        self.text("license")
    }

    /// `tags` when it is a list (items that are not strings are skipped), with their indices.
    pub fn tags(&self) -> Option<Vec<(usize, &'a str)>> {
        let items = self.field("tags")?.as_array()?;
        Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(index, tag)| tag.as_str().map(|tag| (index, tag)))
                .collect(),
        )
    }

    /// A value inside a top-level mapping (`harvest.modified_at`).
    pub fn nested(&self, object: &str, name: &str) -> Option<&'a Value> {
        self.field(object)?.as_object()?.get(name)
    }

    /// A string inside a top-level mapping (`temporal_coverage.start`).
    pub fn nested_text(&self, object: &str, name: &str) -> Option<&'a str> {
        self.nested(object, name)?.as_str()
    }

    /// The resources that are mappings, when `resources` is a list.
    pub fn resources(&self) -> Option<Vec<ResourceView<'a>>> {
        let items = self.field("resources")?.as_array()?;
        Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| {
                    item.as_object()
                        .map(|fields| ResourceView { index, fields })
                })
                .collect(),
        )
    }

    /// The resources, when there is at least one (the criteria about resources only apply
    /// then, as in udata's score).
    pub fn resources_if_any(&self) -> Option<Vec<ResourceView<'a>>> {
        self.resources().filter(|resources| !resources.is_empty())
    }
}

/// One resource of a dataset.
#[derive(Debug, Clone, Copy)]
pub struct ResourceView<'a> {
    /// Position in `resources`.
    pub index: usize,
    fields: &'a Map<String, Value>,
}

impl<'a> ResourceView<'a> {
    /// The pointer of the resource (`/resources/2`).
    pub fn pointer(&self) -> String {
        pointer::item("/resources", self.index)
    }

    /// The pointer of one of its fields (`/resources/2/format`).
    pub fn field_pointer(&self, name: &str) -> String {
        pointer::child(&self.pointer(), name)
    }

    /// The raw value of a field.
    pub fn field(&self, name: &str) -> Option<&'a Value> {
        self.fields.get(name)
    }

    /// A field that is a string.
    pub fn text(&self, name: &str) -> Option<&'a str> {
        self.field(name)?.as_str()
    }

    /// A value inside one of its mappings (`extras.check:available`, `harvest.modified_at`).
    pub fn nested(&self, object: &str, name: &str) -> Option<&'a Value> {
        self.field(object)?.as_object()?.get(name)
    }

    /// Whether udata treats the resource as `remote` (a link, as opposed to an uploaded
    /// file). API data says it in `filetype`, and udata reads a missing or empty one as
    /// `remote`. A manifest resource with a `path` will be uploaded; one with only a `url`
    /// stays remote.
    pub fn is_remote(&self, origin: Origin) -> bool {
        match origin {
            Origin::Api => match self.field("filetype") {
                None | Some(Value::Null) => true,
                Some(Value::String(filetype)) => filetype.is_empty() || filetype == "remote",
                Some(_) => false,
            },
            Origin::Manifest => self.field("path").is_none(),
        }
    }

    /// A string field that holds more than blank space.
    pub fn non_blank(&self, name: &str) -> Option<&'a str> {
        self.text(name).filter(|text| !text.trim().is_empty())
    }

    /// The file name of the resource: the last segment of `path`, else of `url`'s path,
    /// with its pointer.
    pub fn file_name(&self) -> Option<(&'a str, String)> {
        if let Some(path) = self.non_blank("path") {
            let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
            return Some((name, self.field_pointer("path")));
        }
        let url = self.non_blank("url")?;
        let without_query = url.split(['?', '#']).next().unwrap_or(url);
        let after_scheme = without_query
            .split_once("://")
            .map_or(without_query, |(_, rest)| rest);
        let (_, path) = after_scheme.split_once('/')?;
        let name = path.rsplit('/').next()?;
        (!name.is_empty()).then(|| (name, self.field_pointer("url")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn file_names_come_from_path_then_url() {
        let value = json!({"resources": [
            {"path": "data/liste_musees_2025.csv", "url": "https://x.fr/a.csv"},
            {"url": "https://x.fr/dl/Musées%202025.xlsx?download=1"},
            {"url": "https://x.fr/"},
            {"url": "https://x.fr"},
            "not a mapping"
        ]});
        let resources = DatasetView::new(&value).resources().unwrap();
        assert_eq!(resources.len(), 4);
        assert_eq!(
            resources[0].file_name(),
            Some(("liste_musees_2025.csv", "/resources/0/path".into()))
        );
        assert_eq!(resources[1].file_name().unwrap().0, "Musées%202025.xlsx");
        assert_eq!(resources[2].file_name(), None);
        assert_eq!(resources[3].file_name(), None);
    }
}
