//! DG512 `link-insecure`: the resource's URL uses plain http:// while https:// works.
//!
//! Its rule file: `rules/resources/DG512-link-insecure.toml`.

use super::checked;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG512: `http://` where `https://` works.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
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
