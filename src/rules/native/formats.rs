//! Openness rules (DG301–DG305).

use super::{CheckContext, report_missing};
use crate::finding::Hit;

/// DG301: no resource.
pub fn no_resources(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(ctx, "resources", &crate::msg!("resources-missing"), hits);
}

/// DG303: a resource in a closed format (udata's list).
pub fn closed_format(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    for resource in ctx.dataset.resources().unwrap_or_default() {
        let Some(format) = resource.text("format") else {
            continue;
        };
        if !ctx.vocab.is_closed_format(format) {
            continue;
        }
        let hit = Hit::value(
            resource.field_pointer("format"),
            crate::msg!("format-closed", format = format),
        );
        let alternative = ctx
            .vocab
            .format(format)
            .and_then(|known| known.alternative.as_deref());
        hits.push(match alternative {
            Some(alternative) => {
                hit.with_help(crate::msg!("format-closed-help", alternative = alternative))
            }
            None => hit,
        });
    }
}

/// DG304: resources, but none in an open format (udata's `has_open_format`).
pub fn no_open_format(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(resources) = ctx.dataset.resources_if_any() else {
        return;
    };
    let any_open = resources.iter().any(|resource| {
        resource
            .text("format")
            .is_some_and(|format| !format.is_empty() && !ctx.vocab.is_closed_format(format))
    });
    if !any_open {
        hits.push(Hit::key("/resources", crate::msg!("no-open-format")));
    }
}

/// DG305: the declared format disagrees with the file extension or the media type.
pub fn format_mismatch(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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
            if found.archive || found.id == declared.id {
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
