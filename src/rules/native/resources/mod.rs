//! The native checks of the resources rules (`rules/resources/`), one file per rule.

pub mod link_empty_file;
pub mod link_insecure;
pub mod link_moved;
pub mod link_serves_html;
pub mod link_type_mismatch;
pub mod link_unavailable;
pub mod link_unknown;
pub mod no_documentation;
pub mod resource_file_missing;
pub mod resource_unavailable;

use super::CheckContext;
use crate::links::Verdict;
use crate::model::ResourceView;

/// Each resource with a URL, its verdict and the pointer of its `url`.
pub(super) fn checked<'a>(ctx: &CheckContext<'a>) -> Vec<(ResourceView<'a>, &'a Verdict, String)> {
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

pub(super) fn after_redirects(verdict: &Verdict) -> String {
    verdict
        .final_url
        .as_deref()
        .map_or_else(String::new, |url| crate::msg!("after-redirects", url = url))
}

/// The format a resource declares (`format`, else its file name's extension), unless it is
/// a page, a service or an archive, which may well be served as HTML or anything.
pub(super) fn declared_file_format(
    ctx: &CheckContext<'_>,
    resource: &ResourceView<'_>,
) -> Option<String> {
    let format = match resource.non_blank("format") {
        Some(name) => ctx.vocab.format(name),
        None => ctx.vocab.format_of_file_name(resource.file_name()?.0),
    }?;
    let page_like = [
        "html", "api", "url", "wms", "wfs", "wmts", "ogc:wms", "ogc:wfs",
    ];
    (!format.archive && !page_like.contains(&format.id.as_str())).then(|| format.id.clone())
}
