//! DG212 `title-looks-like-file-name`: the title looks like a file name (no spaces, `_` between words, or a file extension).
//!
//! Its rule file: `rules/completeness/DG212-title-looks-like-file-name.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};
use regex::Regex;
use std::sync::OnceLock;

/// DG212: the title looks like a file name (no spaces, `_` between words, or an extension).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    static FILE_NAME: OnceLock<Regex> = OnceLock::new();
    let file_name = FILE_NAME.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:\S*_\S*|\S+\.(?:csv|xlsx?|ods|json|geojson|xml|zip|pdf|parquet|txt|shp))$",
        )
        .expect("a valid regex")
    });
    let Some(title) = ctx.dataset.title() else {
        return;
    };
    if file_name.is_match(title.trim()) {
        hits.push(Hit::value(
            "/title",
            crate::msg!("title-looks-like-file-name", title = title),
        ));
    }
}
