//! DG303 `closed-format`: a resource is in a closed format (udata's list: pdf, doc, docx, word, xls, excel, xlsx).
//!
//! Its rule file: `rules/openness/DG303-closed-format.toml`.

use super::declared_formats_of;
use crate::finding::Hit;
use crate::model::ResourceView;
use crate::rules::native::{CheckContext, NoParams};

/// DG303: a resource in a closed format (udata's list); a documentation resource (a PDF
/// notice) is left alone.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let data = |resource: &ResourceView<'_>| resource.text("type") != Some("documentation");
    for (at, format) in declared_formats_of(ctx, data) {
        if !ctx.vocab.is_closed_format(format) {
            continue;
        }
        let hit = Hit::value(at, crate::msg!("format-closed", format = format));
        let alternative = ctx
            .vocab
            .format(format)
            .and_then(|known| known.alternative_in(crate::i18n::lang()));
        hits.push(match alternative {
            Some(alternative) => {
                hit.with_help(crate::msg!("format-closed-help", alternative = alternative))
            }
            None => hit,
        });
    }
}
