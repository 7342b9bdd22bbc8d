//! DG507 `link-unknown`: the resource's URL could not be checked.
//!
//! Its rule file: `rules/resources/DG507-link-unknown.toml`.

use super::checked;
use crate::finding::Hit;
use crate::links::State;
use crate::rules::native::{CheckContext, NoParams};

/// DG507: the link could not be checked.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if verdict.state == State::Unknown {
            hits.push(Hit::value(
                pointer,
                crate::msg!("link-unknown", reason = verdict.reason),
            ));
        }
    }
}
