//! DG305 `format-mismatch`: the declared format disagrees with the file's extension or with `mime`.
//!
//! Its rule file: `rules/openness/DG305-format-mismatch.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG305: the declared format disagrees with the file extension or the media type.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for resource in ctx.dataset.resources().unwrap_or_default() {
        let Some(declared_text) = resource.non_blank("format") else {
            continue;
        };
        let Some(declared) = ctx.vocab.format(declared_text) else {
            continue;
        };
        if declared.archive {
            continue;
        }
        let from_name = resource.file_name().and_then(|(name, _)| {
            ctx.vocab
                .format_of_file_name(name)
                .map(|found| (found, crate::msg!("evidence-file", name = name)))
        });
        let from_mime = resource.non_blank("mime").and_then(|mime| {
            ctx.vocab
                .format_of_mime(mime)
                .map(|found| (found, crate::msg!("evidence-mime", mime = mime)))
        });
        for (found, evidence) in from_name.into_iter().chain(from_mime) {
            let kind_of = declared.within.as_deref() == Some(found.id.as_str());
            if found.archive || found.id == declared.id || kind_of {
                continue;
            }
            hits.push(
                Hit::value(
                    resource.field_pointer("format"),
                    crate::msg!(
                        "format-mismatch",
                        declared = declared_text,
                        evidence = evidence,
                        found = found.id
                    ),
                )
                .with_help(crate::msg!(
                    "format-mismatch-help",
                    found = found.id,
                    declared = declared.id
                )),
            );
        }
    }
}
