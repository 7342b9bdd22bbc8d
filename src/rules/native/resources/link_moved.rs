//! DG511 `link-moved`: the resource's URL has moved permanently (301 or 308).
//!
//! Its rule file: `rules/resources/DG511-link-moved.toml`.

use super::checked;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG511: the URL has moved for good.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if let Some(target) = &verdict.moved_to {
            hits.push(
                Hit::value(pointer, crate::msg!("link-moved", target = target))
                    .with_help(crate::msg!("link-moved-help", target = target))
                    .replacing_with(target.as_str()),
            );
        }
    }
}
