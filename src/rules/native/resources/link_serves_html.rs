//! DG508 `link-serves-html`: a download URL answers with an HTML page instead of the declared file.
//!
//! Its rule file: `rules/resources/DG508-link-serves-html.toml`.

use super::{after_redirects, checked, declared_file_format};
use crate::finding::Hit;
use crate::links::State;
use crate::rules::native::{CheckContext, NoParams};

/// DG508: a download URL that serves an HTML page.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (resource, verdict, pointer) in checked(ctx) {
        if verdict.state != State::Available || !verdict.serves_html() {
            continue;
        }
        if let Some(format) = declared_file_format(ctx, &resource) {
            hits.push(Hit::value(
                pointer,
                crate::msg!(
                    "link-serves-html",
                    format = format,
                    redirects = after_redirects(verdict)
                ),
            ));
        }
    }
}
