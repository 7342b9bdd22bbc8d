//! Title rules (DG210–DG214).

use std::sync::OnceLock;

use regex::Regex;

use super::{CheckContext, report_missing};
use crate::finding::Hit;

/// DG210: no title.
pub fn missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(ctx, "title", &crate::msg!("title-missing"), hits);
}

/// DG211: the title is written in capitals, over at least `min_words` words (a single word in
/// capitals, such as `JAPAN` or an acronym, is left alone by default).
pub fn all_capitals(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(title) = ctx.dataset.title() else {
        return;
    };
    let letters = title.chars().filter(|c| c.is_alphabetic()).count();
    let words = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().any(char::is_alphabetic))
        .count();
    let min_words = usize::try_from(ctx.params.integer("min_words")).unwrap_or(usize::MAX);
    if letters >= 4 && words >= min_words && !title.chars().any(char::is_lowercase) {
        hits.push(Hit::value("/title", crate::msg!("title-all-capitals")));
    }
}

/// DG212: the title looks like a file name (no spaces, `_` between words, or an extension).
pub fn looks_like_file_name(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG213: the title is too short to be precise.
pub fn too_short(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(length) = title_length(ctx) else {
        return;
    };
    let minimum = ctx.params.integer("min_chars");
    if length < minimum {
        hits.push(Hit::value(
            "/title",
            crate::msg!("title-too-short", length = length, minimum = minimum),
        ));
    }
}

/// DG214: the title is too long to read at a glance.
pub fn too_long(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(length) = title_length(ctx) else {
        return;
    };
    let maximum = ctx.params.integer("max_chars");
    if length > maximum {
        hits.push(Hit::value(
            "/title",
            crate::msg!("title-too-long", length = length, maximum = maximum),
        ));
    }
}

/// The title's length in characters, without surrounding space; `None` when it is blank.
fn title_length(ctx: &CheckContext<'_>) -> Option<i64> {
    let length = ctx.dataset.title()?.trim().chars().count() as i64;
    (length > 0).then_some(length)
}
