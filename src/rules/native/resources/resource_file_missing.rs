//! DG501 `resource-file-missing`: a `path` resource points to a file that does not exist.
//!
//! Its rule file: `rules/resources/DG501-resource-file-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG501: a `path` resource whose file does not exist.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for resource in ctx.dataset.resources().unwrap_or_default() {
        let Some(path) = resource.non_blank("path") else {
            continue;
        };
        if !ctx.files.exists(path) {
            hits.push(Hit::value(
                resource.field_pointer("path"),
                crate::msg!("file-missing", path = path, resolved = ctx.files.name(path)),
            ));
        }
    }
}
