//! When a dataset's data was last updated, as udata works it out (`compute_last_update`),
//! for API data and for manifests.
//!
//! API data follows udata exactly:
//! 1. the dataset's `harvest.modified_at`, when set;
//! 2. else, when there are resources, the latest of their own last modification, each being
//!    its `harvest.modified_at` when set and earlier than now, else (remote resources only) its
//!    `extras["analysis:last-modified-at"]` read as wall-clock time, else its `last_modified`;
//! 3. else the dataset's `last_modified`.
//!
//! Typed dates are converted to UTC, as the portal's database stores them. A date udata would
//! set itself but the data lacks (a resource or dataset without `last_modified`) is taken as
//! now: udata stamps a new object with the time it is saved.
//!
//! A manifest declares its dates: its `last_update`, else the latest `last_modified` of its
//! resources, else the latest change (last commit, else modification time) of the files its
//! `path` resources point to. An undated manifest is taken as published now.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;

use super::dates::{parse_instant, parse_wall_time};
use super::{DatasetView, Origin, ResourceView};
use crate::document::pointer;
use crate::model::local_files::LocalFiles;

/// The last update of a dataset and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastUpdate {
    /// When.
    pub at: DateTime<Utc>,
    /// The field it was read from, relative to the dataset; `None` when nothing dates the
    /// data and "now" stands in.
    pub pointer: Option<String>,
    /// Where it comes from, for messages ("the `last_modified` of resource 2").
    pub source: String,
}

impl LastUpdate {
    /// When the next update is due for a frequency with this delta.
    pub fn due(&self, delta: TimeDelta) -> DateTime<Utc> {
        self.at + delta
    }

    /// Whether the next update is overdue at `as_of`, after udata's day of grace: udata
    /// passes the criterion while `(due - now).days >= -1`, that is while
    /// `now <= due + 24 h`.
    pub fn is_overdue(&self, delta: TimeDelta, as_of: DateTime<Utc>) -> bool {
        as_of > self.due(delta) + TimeDelta::days(1)
    }

    /// Whole days past the due date at `as_of` once overdue (see [`LastUpdate::is_overdue`]),
    /// else 0.
    pub fn days_late(&self, delta: TimeDelta, as_of: DateTime<Utc>) -> i64 {
        if self.is_overdue(delta, as_of) {
            (as_of - self.due(delta)).num_days()
        } else {
            0
        }
    }

    fn read(at: DateTime<Utc>, pointer: String, source: String) -> LastUpdate {
        LastUpdate {
            at,
            pointer: Some(pointer),
            source,
        }
    }

    fn now(as_of: DateTime<Utc>) -> LastUpdate {
        LastUpdate {
            at: as_of,
            pointer: None,
            source: crate::msg!("update-source-none"),
        }
    }
}

/// The last update of `dataset`, read as its origin says; `None` when it cannot be known: the
/// dataset's resources are not listed (`resources_listed` false) and no harvest date stands
/// before them.
pub fn last_update(
    dataset: &DatasetView<'_>,
    origin: Origin,
    files: &LocalFiles,
    as_of: DateTime<Utc>,
    resources_listed: bool,
) -> Option<LastUpdate> {
    match origin {
        Origin::Api => api_last_update(dataset, as_of, resources_listed),
        Origin::Manifest => Some(manifest_last_update(dataset, files, as_of)),
    }
}

fn typed_date(value: Option<&Value>) -> Option<DateTime<Utc>> {
    parse_instant(value?.as_str()?)
}

fn api_last_update(
    dataset: &DatasetView<'_>,
    as_of: DateTime<Utc>,
    resources_listed: bool,
) -> Option<LastUpdate> {
    if let Some(at) = typed_date(dataset.nested("harvest", "modified_at")) {
        return Some(LastUpdate::read(
            at,
            "/harvest/modified_at".into(),
            crate::msg!("update-source-harvest"),
        ));
    }
    if !resources_listed {
        return None;
    }
    if let Some(resources) = dataset.resources_if_any() {
        return resources
            .iter()
            .map(|resource| api_resource_last_modified(resource, as_of))
            .max_by_key(|update| update.at);
    }
    Some(match typed_date(dataset.field("last_modified")) {
        Some(at) => LastUpdate::read(
            at,
            "/last_modified".into(),
            crate::msg!("update-source-dataset-modified"),
        ),
        None => LastUpdate::now(as_of),
    })
}

fn api_resource_last_modified(resource: &ResourceView<'_>, as_of: DateTime<Utc>) -> LastUpdate {
    let number = resource.index + 1;
    if let Some(at) = typed_date(resource.nested("harvest", "modified_at")).filter(|at| *at < as_of)
    {
        return LastUpdate::read(
            at,
            pointer::child(&resource.field_pointer("harvest"), "modified_at"),
            crate::msg!("update-source-resource-harvest", number = number),
        );
    }
    let analysed = resource
        .nested("extras", "analysis:last-modified-at")
        .and_then(Value::as_str)
        .filter(|text| !text.is_empty() && resource.is_remote(Origin::Api))
        .and_then(parse_wall_time);
    if let Some(at) = analysed {
        return LastUpdate::read(
            at,
            pointer::child(
                &resource.field_pointer("extras"),
                "analysis:last-modified-at",
            ),
            crate::msg!("update-source-resource-crawler", number = number),
        );
    }
    match typed_date(resource.field("last_modified")) {
        Some(at) => LastUpdate::read(
            at,
            resource.field_pointer("last_modified"),
            crate::msg!("update-source-resource-modified", number = number),
        ),
        None => LastUpdate::now(as_of),
    }
}

fn manifest_last_update(
    dataset: &DatasetView<'_>,
    files: &LocalFiles,
    as_of: DateTime<Utc>,
) -> LastUpdate {
    if let Some(at) = typed_date(dataset.field("last_update")) {
        return LastUpdate::read(
            at,
            "/last_update".into(),
            crate::msg!("update-source-declared"),
        );
    }
    let resources = dataset.resources().unwrap_or_default();
    let declared = resources
        .iter()
        .filter_map(|resource| {
            let at = typed_date(resource.field("last_modified"))?;
            Some(LastUpdate::read(
                at,
                resource.field_pointer("last_modified"),
                crate::msg!(
                    "update-source-resource-modified",
                    number = resource.index + 1
                ),
            ))
        })
        .max_by_key(|update| update.at);
    declared
        .or_else(|| {
            resources
                .iter()
                .filter_map(|resource| {
                    let path = resource.non_blank("path")?;
                    Some(LastUpdate::read(
                        files.last_modified(path)?,
                        resource.field_pointer("path"),
                        crate::msg!("update-source-file", path = path),
                    ))
                })
                .max_by_key(|update| update.at)
        })
        .unwrap_or_else(|| LastUpdate::now(as_of))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(text: &str) -> DateTime<Utc> {
        parse_instant(text).unwrap()
    }

    fn api(value: &Value) -> LastUpdate {
        let files = LocalFiles::beside(
            std::path::Path::new("."),
            &crate::document::paths::PathNames::of_working_directory(),
        );
        last_update(
            &DatasetView::new(value),
            Origin::Api,
            &files,
            at("2026-11-22T12:00:00Z"),
            true,
        )
        .expect("listed resources date the data")
    }

    #[test]
    fn harvest_date_wins_even_in_the_future() {
        let dataset = json!({
            "harvest": {"modified_at": "2027-01-01T00:00:00+00:00"},
            "resources": [{"last_modified": "2026-01-01"}]
        });
        let update = api(&dataset);
        assert_eq!(update.at, at("2027-01-01"));
        assert_eq!(update.pointer.as_deref(), Some("/harvest/modified_at"));
    }

    #[test]
    fn resource_dates_follow_udata_order() {
        // oracle: a resource harvest date equal to now is "not in the past" and is skipped.
        let dataset = json!({"resources": [
            {"last_modified": "2020-01-01", "harvest": {"modified_at": "2026-11-22T12:00:00Z"}},
            {"last_modified": "2020-01-01", "filetype": "file",
             "extras": {"analysis:last-modified-at": "2026-11-21T15:00:00"}},
            {"last_modified": "2020-01-01",
             "extras": {"analysis:last-modified-at": "2024-05-01T10:00:00+05:00"}}
        ]});
        let update = api(&dataset);
        assert_eq!(update.at, at("2024-05-01T10:00:00Z"));
        assert_eq!(
            update.pointer.as_deref(),
            Some("/resources/2/extras/analysis:last-modified-at")
        );
    }

    #[test]
    fn unlisted_resources_leave_it_unknown_unless_harvested() {
        let files = LocalFiles::beside(
            std::path::Path::new("."),
            &crate::document::paths::PathNames::of_working_directory(),
        );
        let unlisted = |value: &Value| {
            last_update(
                &DatasetView::new(value),
                Origin::Api,
                &files,
                at("2026-11-22T12:00:00Z"),
                false,
            )
        };
        assert_eq!(unlisted(&json!({"last_modified": "2026-01-01"})), None);
        let harvested = json!({"harvest": {"modified_at": "2019-03-01T00:00:00"}});
        assert_eq!(
            unlisted(&harvested).map(|update| update.at),
            Some(at("2019-03-01"))
        );
    }

    #[test]
    fn missing_dates_stand_for_now() {
        assert_eq!(api(&json!({"resources": [{}]})).pointer, None);
        assert_eq!(api(&json!({})).at, at("2026-11-22T12:00:00Z"));
        let metadata_only = api(&json!({"last_modified": "2026-01-01T00:00:00+00:00"}));
        assert_eq!(metadata_only.pointer.as_deref(), Some("/last_modified"));
    }
}
