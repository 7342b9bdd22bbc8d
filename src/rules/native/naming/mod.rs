//! The native checks of the naming rules (`rules/naming/`), one file per rule.

pub mod duplicate_file_name;
pub mod file_name_not_normalised;
pub mod file_name_separators_inconsistent;

use crate::model::ResourceView;

/// The file names of the resources: from `path`, or from `url` when its last segment has an
/// extension (a URL like `/api/records` names no file).
pub(super) fn file_names<'a>(resources: &[ResourceView<'a>]) -> Vec<(&'a str, String)> {
    resources
        .iter()
        .filter_map(|resource| {
            let (name, pointer) = resource.file_name()?;
            let from_path = pointer.ends_with("/path");
            (from_path || name.contains('.')).then_some((name, pointer))
        })
        .collect()
}
