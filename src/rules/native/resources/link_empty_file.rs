//! DG510 `link-empty-file`: the server says the resource's file is empty.
//!
//! Its rule file: `rules/resources/DG510-link-empty-file.toml`.

use super::checked;
use crate::finding::Hit;
use crate::links::State;
use crate::rules::native::{CheckContext, NoParams};

/// DG510: the server says the file is empty.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if verdict.state == State::Available && verdict.content_length == Some(0) {
            hits.push(Hit::value(pointer, crate::msg!("link-empty-file")));
        }
    }
}
