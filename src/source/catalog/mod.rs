//! data.gouv.fr's daily catalogue export (`export-dataset-*.csv`, optionally with
//! `export-resource-*.csv`): each dataset becomes a document shaped like the udata API v1,
//! assembled from its record and its resources' records, whose findings point at the cells.

mod assembly;
mod convert;
mod records;

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

pub use records::{CatalogError, Record, cell_spans, read_records};

use self::assembly::{Assembly, Columns};
use crate::document::{Document, pointer};
use crate::model::Vocabularies;

/// Which datasets of the catalogue to audit.
#[derive(Debug, Clone, Default)]
pub struct CatalogFilter {
    /// Keep only the datasets of these organisations (id or name, any case); all when empty.
    pub organizations: Vec<String>,
    /// Keep archived datasets too.
    pub include_archived: bool,
}

/// Datasets left out, by reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    /// Archived (without `--include-archived`).
    pub archived: usize,
    /// Of another organisation than asked.
    pub other_organization: usize,
}

/// A catalogue export read into memory.
pub struct Catalog {
    columns: Columns,
    datasets: Vec<Record>,
    resources: Option<Resources>,
}

/// The resource export, grouped by dataset id.
struct Resources {
    columns: Columns,
    records: Vec<Record>,
    by_dataset: HashMap<String, Vec<usize>>,
}

impl Catalog {
    /// Reads the dataset export and, when given, the resource export.
    pub fn read(datasets: &Path, resources: Option<&Path>) -> Result<Catalog, CatalogError> {
        let mut records = read_records(datasets)?;
        let header = records.remove(0);
        let columns = Columns::new(display(datasets), &header);
        let resources = match resources {
            Some(path) => {
                let mut records = read_records(path)?;
                let header = records.remove(0);
                let columns = Columns::new(display(path), &header);
                let mut by_dataset: HashMap<String, Vec<usize>> = HashMap::new();
                if let Some(column) = columns.index("dataset.id") {
                    for (index, record) in records.iter().enumerate() {
                        if let Some(id) = record.value(column) {
                            by_dataset.entry(id.to_owned()).or_default().push(index);
                        }
                    }
                }
                Some(Resources {
                    columns,
                    records,
                    by_dataset,
                })
            }
            None => None,
        };
        Ok(Catalog {
            columns,
            datasets: records,
            resources,
        })
    }

    /// How many dataset records the export holds.
    pub fn len(&self) -> usize {
        self.datasets.len()
    }

    /// Whether the export holds no dataset.
    pub fn is_empty(&self) -> bool {
        self.datasets.is_empty()
    }

    /// Whether the resource export was given: without it, what the datasets' resources are
    /// is unknown.
    pub fn has_resources(&self) -> bool {
        self.resources.is_some()
    }

    /// The indices of the datasets the filter keeps, and how many it left out.
    pub fn select(&self, filter: &CatalogFilter) -> (Vec<usize>, Skipped) {
        let column = |name| self.columns.index(name);
        let (archived, organization, organization_id) = (
            column("archived"),
            column("organization"),
            column("organization_id"),
        );
        let mut skipped = Skipped::default();
        let mut kept = Vec::new();
        for (index, record) in self.datasets.iter().enumerate() {
            let value = |column: Option<usize>| column.and_then(|at| record.value(at));
            if !filter.organizations.is_empty() {
                let name = value(organization).unwrap_or_default();
                let id = value(organization_id).unwrap_or_default();
                let wanted = filter
                    .organizations
                    .iter()
                    .any(|wanted| wanted == id || wanted.eq_ignore_ascii_case(name));
                if !wanted {
                    skipped.other_organization += 1;
                    continue;
                }
            }
            let is_archived =
                value(archived).is_some_and(|text| !text.is_empty() && text != "False");
            if is_archived && !filter.include_archived {
                skipped.archived += 1;
                continue;
            }
            kept.push(index);
        }
        (kept, skipped)
    }

    /// The document of dataset `index`: its record and its resources' records, as an API v1
    /// object.
    pub fn document(&self, index: usize, vocab: &Vocabularies) -> Document {
        let mut assembly = Assembly::default();
        let record = &self.datasets[index];
        let row = assembly.add(record, &self.columns);
        let mut dataset = convert::dataset(&mut assembly, row, vocab);
        let mut lacks_resources = true;
        if let Some(resources) = &self.resources {
            lacks_resources = false;
            let id = row.get("id").unwrap_or_default();
            let indices = resources.by_dataset.get(id).map_or(&[][..], Vec::as_slice);
            let mut items = Vec::with_capacity(indices.len());
            for (position, &at) in indices.iter().enumerate() {
                let row = assembly.add(&resources.records[at], &resources.columns);
                let at = pointer::item("/resources", position);
                items.push(Value::Object(convert::resource(&mut assembly, row, &at)));
            }
            dataset.insert("resources".into(), Value::Array(items));
        }
        let mut document = assembly.finish(&self.columns.path, Value::Object(dataset));
        document.lacks_resources = lacks_resources;
        document
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
