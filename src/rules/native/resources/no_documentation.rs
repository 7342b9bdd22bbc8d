//! DG503 `no-documentation`: no resource is documentation and no resource has a description.
//!
//! Its rule file: `rules/resources/DG503-no-documentation.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG503: no documentation resource and no resource description (udata's
/// `resources_documentation`).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
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
