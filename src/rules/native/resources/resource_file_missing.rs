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
            // Where it was looked for, when that says more than `path` does (a manifest in a
            // folder of its own, a path with `..`).
            let resolved = ctx.files.name(path);
            let message = if resolved == path {
                crate::msg!("file-missing-here", path = path)
            } else {
                crate::msg!("file-missing", path = path, resolved = resolved)
            };
            hits.push(Hit::value(resource.field_pointer("path"), message));
        }
    }
}
