//! Openness rules (DG301–DG305).

use serde_json::Value;

use super::{CheckContext, report_missing};
use crate::document::pointer;
use crate::finding::Hit;
use crate::model::ResourceView;
use crate::model::udata;

/// DG301: no resource.
pub fn no_resources(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(ctx, "resources", &crate::msg!("resources-missing"), hits);
}

/// The formats declared for the resources, each with its pointer: the resources' own
/// `format` when they are listed, else the formats a catalogue record lists
/// (`resources_formats`, one per format rather than per resource).
fn declared_formats<'a>(ctx: &CheckContext<'a>) -> Vec<(String, &'a str)> {
    declared_formats_of(ctx, |_| true)
}

/// [`declared_formats`] of the resources `keep` keeps (all the listed formats of a record
/// whose resources are not listed).
fn declared_formats_of<'a>(
    ctx: &CheckContext<'a>,
    keep: impl Fn(&ResourceView<'a>) -> bool,
) -> Vec<(String, &'a str)> {
    if ctx.limits.resources_listed() {
        return ctx
            .dataset
            .resources()
            .unwrap_or_default()
            .into_iter()
            .filter(|resource| keep(resource))
            .filter_map(|resource| {
                Some((resource.field_pointer("format"), resource.text("format")?))
            })
            .collect();
    }
    ctx.dataset
        .field("resources_formats")
        .and_then(Value::as_array)
        .map(|formats| {
            formats
                .iter()
                .enumerate()
                .filter_map(|(index, format)| {
                    Some((pointer::item("/resources_formats", index), format.as_str()?))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// DG303: a resource in a closed format (udata's list); a documentation resource (a PDF
/// notice) is left alone.
pub fn closed_format(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG304: resources, but none in an open format (udata's `has_open_format`). On a catalogue
/// record whose resources are not listed, it is decided as udata's criterion is, from
/// `resources_count` and `resources_formats`.
pub fn no_open_format(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    if ctx.limits.resources_unlisted {
        let summary = udata::summarised_open_format(&ctx.dataset, ctx.vocab);
        if let Some(false) = summary {
            hits.push(Hit::key(
                "/resources_formats",
                crate::msg!("no-open-format"),
            ));
        }
        return;
    }
    if ctx.dataset.resources_if_any().is_none() {
        return;
    }
    let any_open = declared_formats(ctx)
        .iter()
        .any(|(_, format)| !format.is_empty() && !ctx.vocab.is_closed_format(format));
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
