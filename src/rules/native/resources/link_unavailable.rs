//! DG506 `link-unavailable`: the resource's URL is dead: the server refuses it, or there is no server.
//!
//! Its rule file: `rules/resources/DG506-link-unavailable.toml`.

use super::{after_redirects, checked};
use crate::finding::Hit;
use crate::links::State;
use crate::rules::native::{CheckContext, NoParams};

/// DG506: the link is dead.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if verdict.state == State::Unavailable {
            hits.push(Hit::value(
                pointer,
                crate::msg!(
                    "link-dead",
                    reason = verdict.reason,
                    redirects = after_redirects(verdict)
                ),
            ));
        }
    }
}
