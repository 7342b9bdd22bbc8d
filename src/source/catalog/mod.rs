//! data.gouv.fr's daily catalogue export (`export-dataset-*.csv`, optionally with
//! `export-resource-*.csv`): each dataset becomes a document shaped like the udata API v1,
//! assembled from its record and its resources' records, whose findings point at the cells.

mod assembly;
mod convert;
mod records;

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

pub use records::{CatalogError, Record, Table, cell_spans, parse_table, read_table, unquote};

use self::assembly::{Assembly, Columns};
use crate::document::{Document, Limits, pointer};
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
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    /// Archived (without `--include-archived`).
    pub archived: usize,
    /// Of another organisation than asked.
    pub other_organization: usize,
    /// The records that are not whole (another number of fields than the header names, as
    /// where an export was cut in pieces): not datasets, each reported as a problem of the
    /// file ([`Catalog::broken_record`]), whatever the filter.
    pub broken: Vec<usize>,
}

/// What [`Catalog::select`] made of a record.
enum Selection {
    Kept,
    Broken,
    OtherOrganization,
    Archived,
}

/// A catalogue export read into memory.
pub struct Catalog {
    datasets: Table,
    columns: Columns,
    resources: Option<Resources>,
}

/// The resource export, with its records grouped by dataset id.
struct Resources {
    table: Table,
    columns: Columns,
    by_dataset: HashMap<String, Vec<usize>>,
}

impl Catalog {
    /// Reads the dataset export and, when given, the resource export; refuses files that
    /// are not the exports they are given as (recognised by their header).
    pub fn read(datasets: &Path, resources: Option<&Path>) -> Result<Catalog, CatalogError> {
        let datasets = read_table(datasets)?;
        let resources = resources.map(read_table).transpose()?;
        let catalog = Catalog::from_tables(datasets, resources);
        catalog.check_headers()?;
        Ok(catalog)
    }

    /// A dataset export names `id` and `title` and no `dataset.id` (the resource export's
    /// link to its dataset); a resource export names `dataset.id`.
    fn check_headers(&self) -> Result<(), CatalogError> {
        let describe = |table: &Table, columns: &Columns| -> String {
            if columns.index("dataset.id").is_some() {
                return crate::msg!("export-header-of-resources");
            }
            let header = table
                .records()
                .first()
                .map(|record| table.text(record))
                .unwrap_or_default();
            let shown: String = header.chars().take(120).collect();
            crate::msg!(
                "export-first-line",
                line = shown.escape_debug(),
                count = columns.count()
            )
        };
        let columns = &self.columns;
        if columns.index("dataset.id").is_some()
            || columns.index("id").is_none()
            || columns.index("title").is_none()
        {
            return Err(CatalogError::NotAnExport {
                path: self.datasets.path.clone(),
                expected: crate::msg!("export-of-datasets"),
                found: describe(&self.datasets, columns),
            });
        }
        if let Some(resources) = &self.resources
            && resources.columns.index("dataset.id").is_none()
        {
            let found = if resources.columns.index("title").is_some()
                && resources.columns.index("id").is_some()
            {
                crate::msg!("export-header-of-datasets")
            } else {
                describe(&resources.table, &resources.columns)
            };
            return Err(CatalogError::NotAnExport {
                path: resources.table.path.clone(),
                expected: crate::msg!("export-of-resources"),
                found,
            });
        }
        Ok(())
    }

    /// Of the `selected` datasets that have resources (`resources_count` above 0, or no such
    /// column), how many the resource export lists resources of, and how many there are;
    /// `None` without a resource export. Few means an export of another day, or a sample.
    pub fn resource_coverage(&self, selected: &[usize]) -> Option<(usize, usize)> {
        let resources = self.resources.as_ref()?;
        let id = self.columns.index("id")?;
        let count = self.columns.index("resources_count");
        let (mut covered, mut with_resources) = (0, 0);
        for &index in selected {
            let record = &self.datasets.records()[index];
            let has_none = count
                .and_then(|column| self.datasets.value(record, column))
                .is_some_and(|count| count.trim() == "0");
            if has_none {
                continue;
            }
            with_resources += 1;
            let listed = self
                .datasets
                .value(record, id)
                .is_some_and(|id| resources.by_dataset.contains_key(&*id));
            covered += usize::from(listed);
        }
        Some((covered, with_resources))
    }

    /// The catalogue of a dataset export's records and, when given, a resource export's.
    pub fn from_tables(datasets: Table, resources: Option<Table>) -> Catalog {
        let columns = Columns::new(&datasets);
        let resources = match resources {
            Some(table) => {
                let columns = Columns::new(&table);
                let mut by_dataset: HashMap<String, Vec<usize>> = HashMap::new();
                if let Some(column) = columns.index("dataset.id") {
                    for (index, record) in table.records().iter().enumerate().skip(1) {
                        if let Some(id) = table.value(record, column) {
                            by_dataset.entry(id.into_owned()).or_default().push(index);
                        }
                    }
                }
                Some(Resources {
                    table,
                    columns,
                    by_dataset,
                })
            }
            None => None,
        };
        Catalog {
            datasets,
            columns,
            resources,
        }
    }

    /// Whether the resource export was given: without it, what the datasets' resources are
    /// is unknown.
    pub fn has_resources(&self) -> bool {
        self.resources.is_some()
    }

    /// The indices (among the records, the header being 0) of the datasets the filter keeps,
    /// and how many it left out.
    pub fn select(&self, filter: &CatalogFilter) -> (Vec<usize>, Skipped) {
        let column = |name| self.columns.index(name);
        let (archived, organization, organization_id) = (
            column("archived"),
            column("organization"),
            column("organization_id"),
        );
        let table = &self.datasets;
        // Each record is split into cells to be judged: in parallel, then counted in order.
        let verdicts: Vec<Selection> = table
            .records()
            .get(1..)
            .unwrap_or_default()
            .par_iter()
            .map(|record| {
                let cells = table.cells(record);
                if cells.len() != self.columns.count() {
                    return Selection::Broken;
                }
                let value = |column: Option<usize>| {
                    let cell = *cells.get(column?)?;
                    Some(table.cell_value(record, cell))
                };
                if !filter.organizations.is_empty() {
                    let name = value(organization).unwrap_or_default();
                    let id = value(organization_id).unwrap_or_default();
                    let wanted = filter
                        .organizations
                        .iter()
                        .any(|wanted| *wanted == id || wanted.eq_ignore_ascii_case(&name));
                    if !wanted {
                        return Selection::OtherOrganization;
                    }
                }
                let is_archived =
                    value(archived).is_some_and(|text| !text.is_empty() && text != "False");
                if is_archived && !filter.include_archived {
                    Selection::Archived
                } else {
                    Selection::Kept
                }
            })
            .collect();
        let mut skipped = Skipped::default();
        let mut kept = Vec::new();
        for (index, verdict) in (1..).zip(verdicts) {
            match verdict {
                Selection::Kept => kept.push(index),
                Selection::Broken => skipped.broken.push(index),
                Selection::OtherOrganization => skipped.other_organization += 1,
                Selection::Archived => skipped.archived += 1,
            }
        }
        (kept, skipped)
    }

    /// The document of a record that is not whole: its text and the problem (DG001), no
    /// dataset.
    pub fn broken_record(&self, index: usize) -> Document {
        let mut assembly = Assembly::default();
        let record = &self.datasets.records()[index];
        assembly.add(&self.datasets, record, &self.columns);
        assembly.finish_unread(&self.datasets.path)
    }

    /// The document of dataset `index`: its record and its resources' records, as an API v1
    /// object.
    ///
    /// A record whose resources the resource export does not list (none given, a sample, an
    /// export of another day) keeps what it says of them itself: `resources_count` = 0 is an
    /// empty `resources` list; otherwise the count and the formats (`resources_formats`, the
    /// set of the resources' non-empty formats) stay under their own keys, and the document
    /// says its resources are unlisted.
    pub fn document(&self, index: usize, vocab: &Vocabularies) -> Document {
        let mut assembly = Assembly::default();
        let record = &self.datasets.records()[index];
        let row = assembly.add(&self.datasets, record, &self.columns);
        let mut dataset = convert::dataset(&mut assembly, &row, vocab);
        let listed = self.resources.as_ref().and_then(|resources| {
            let id = row.get("id").unwrap_or_default();
            let indices = resources.by_dataset.get(&*id)?;
            Some((resources, indices))
        });
        let mut limits = Limits {
            carriage_returns_dropped: true,
            ..Limits::default()
        };
        if let Some((resources, indices)) = listed {
            let mut items = Vec::with_capacity(indices.len());
            for (position, &at) in indices.iter().enumerate() {
                let record = &resources.table.records()[at];
                let row = assembly.add(&resources.table, record, &resources.columns);
                let at = pointer::item("/resources", position);
                items.push(Value::Object(convert::resource(&mut assembly, &row, &at)));
            }
            dataset.insert("resources".into(), Value::Array(items));
        } else {
            limits.resources_unlisted =
                !convert::resource_summary(&mut assembly, &mut dataset, &row);
        }
        let mut document = assembly.finish(&self.datasets.path, Value::Object(dataset));
        document.limits = limits;
        document
    }
}
