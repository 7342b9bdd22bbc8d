//! Resource rules (DG501, DG503).

use super::CheckContext;
use crate::finding::Hit;

/// DG501: a `path` resource whose file does not exist.
pub fn file_missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    for resource in ctx.dataset.resources().unwrap_or_default() {
        let Some(path) = resource.non_blank("path") else {
            continue;
        };
        if !ctx.files.exists(path) {
            hits.push(Hit::value(
                resource.field_pointer("path"),
                crate::msg!(
                    "file-missing",
                    path = path,
                    resolved = ctx.files.resolve(path).display()
                ),
            ));
        }
    }
}

/// DG503: no documentation resource and no resource description (udata's
/// `resources_documentation`).
pub fn no_documentation(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(resources) = ctx.dataset.resources_if_any() else {
        return;
    };
    let documented = resources.iter().any(|resource| {
        resource.text("type") == Some("documentation")
            || resource
                .text("description")
                .is_some_and(|text| !text.is_empty())
    });
    if !documented {
        hits.push(Hit::key("/resources", crate::msg!("no-documentation")));
    }
}
