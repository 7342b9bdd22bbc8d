//! The native checks of the openness rules (`rules/openness/`), one file per rule.

pub mod closed_format;
pub mod format_mismatch;
pub mod no_open_format;
pub mod no_resources;

use super::CheckContext;
use crate::document::pointer;
use crate::model::ResourceView;
use serde_json::Value;

/// [`declared_formats`] of the resources `keep` keeps (all the listed formats of a record
/// whose resources are not listed).
pub(super) fn declared_formats_of<'a>(
    ctx: &CheckContext<'a>,
    keep: impl Fn(&ResourceView<'a>) -> bool,
) -> Vec<(String, &'a str)> {
    if ctx.limits.resources_listed() {
        return ctx
            .dataset
            .resources()
            .unwrap_or_default()
            .into_iter()
            .filter(|resource| keep(resource))
            .filter_map(|resource| {
                Some((resource.field_pointer("format"), resource.text("format")?))
            })
            .collect();
    }
    ctx.dataset
        .field("resources_formats")
        .and_then(Value::as_array)
        .map(|formats| {
            formats
                .iter()
                .enumerate()
                .filter_map(|(index, format)| {
                    Some((pointer::item("/resources_formats", index), format.as_str()?))
                })
                .collect()
        })
        .unwrap_or_default()
}
