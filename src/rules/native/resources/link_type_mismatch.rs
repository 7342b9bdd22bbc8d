//! DG509 `link-type-mismatch`: the server's Content-Type contradicts the declared format.
//!
//! Its rule file: `rules/resources/DG509-link-type-mismatch.toml`.

use super::{checked, declared_file_format};
use crate::finding::Hit;
use crate::links::State;
use crate::rules::native::{CheckContext, NoParams};

/// DG509: the server's `Content-Type` contradicts the declared format.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (resource, verdict, pointer) in checked(ctx) {
        if verdict.state != State::Available || verdict.serves_html() {
            continue;
        }
        let (Some(declared), Some(content_type)) = (
            declared_file_format(ctx, &resource),
            verdict.content_type.as_deref(),
        ) else {
            continue;
        };
        let Some(served) = ctx.vocab.format_of_mime(content_type) else {
            continue;
        };
        if served.id != declared && !served.archive {
            hits.push(Hit::value(
                pointer,
                crate::msg!(
                    "link-type-mismatch",
                    content_type = content_type,
                    served = served.id,
                    declared = declared
                ),
            ));
        }
    }
}
