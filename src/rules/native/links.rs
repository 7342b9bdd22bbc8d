//! Rules about what the servers answered for the resources' URLs (DG506–DG512); they run
//! with `--check-links`, which gives them the verdicts.

use super::CheckContext;
use crate::finding::Hit;
use crate::links::{State, Verdict};
use crate::model::ResourceView;

/// Each resource with a URL, its verdict and the pointer of its `url`.
fn checked<'a>(ctx: &CheckContext<'a>) -> Vec<(ResourceView<'a>, &'a Verdict, String)> {
    let Some(links) = ctx.links else {
        return Vec::new();
    };
    ctx.dataset
        .resources()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|resource| {
            let url = resource.non_blank("url")?;
            let verdict = links.get(url.trim())?;
            let pointer = resource.field_pointer("url");
            Some((resource, verdict, pointer))
        })
        .collect()
}

fn after_redirects(verdict: &Verdict) -> String {
    verdict
        .final_url
        .as_deref()
        .map_or_else(String::new, |url| crate::msg!("after-redirects", url = url))
}

/// DG506: the link is dead.
pub fn unavailable(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG507: the link could not be checked.
pub fn unknown(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if verdict.state == State::Unknown {
            hits.push(Hit::value(
                pointer,
                crate::msg!("link-unknown", reason = verdict.reason),
            ));
        }
    }
}

/// The format a resource declares (`format`, else its file name's extension), unless it is
/// a page, a service or an archive, which may well be served as HTML or anything.
fn declared_file_format(ctx: &CheckContext<'_>, resource: &ResourceView<'_>) -> Option<String> {
    let format = match resource.non_blank("format") {
        Some(name) => ctx.vocab.format(name),
        None => ctx.vocab.format_of_file_name(resource.file_name()?.0),
    }?;
    let page_like = [
        "html", "api", "url", "wms", "wfs", "wmts", "ogc:wms", "ogc:wfs",
    ];
    (!format.archive && !page_like.contains(&format.id.as_str())).then(|| format.id.clone())
}

/// DG508: a download URL that serves an HTML page.
pub fn serves_html(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG509: the server's `Content-Type` contradicts the declared format.
pub fn type_mismatch(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG510: the server says the file is empty.
pub fn empty_file(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if verdict.state == State::Available && verdict.content_length == Some(0) {
            hits.push(Hit::value(pointer, crate::msg!("link-empty-file")));
        }
    }
}

/// DG511: the URL has moved for good.
pub fn moved(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    for (_, verdict, pointer) in checked(ctx) {
        if let Some(target) = &verdict.moved_to {
            hits.push(
                Hit::value(pointer, crate::msg!("link-moved", target = target))
                    .with_help(crate::msg!("link-moved-help", target = target)),
            );
        }
    }
}

/// DG512: `http://` where `https://` works.
pub fn insecure(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    for (resource, verdict, pointer) in checked(ctx) {
        if verdict.https_works != Some(true) {
            continue;
        }
        let Some(url) = resource.non_blank("url") else {
            continue;
        };
        let secure = format!("https://{}", url.trim().trim_start_matches("http://"));
        hits.push(
            Hit::value(pointer, crate::msg!("link-insecure"))
                .with_help(crate::msg!("link-insecure-help", secure = secure)),
        );
    }
}
