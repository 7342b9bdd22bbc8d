//! Description rules (DG201–DG204).

use super::{CheckContext, normalise_words, report_missing};
use crate::finding::Hit;

/// DG201: the description is shorter than `min_chars` characters (raw text, as udata counts).
pub fn too_short(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(description) = ctx.dataset.description() else {
        return;
    };
    let minimum = ctx.params.integer("min_chars");
    let length = description.chars().count() as i64;
    if length > 0 && length < minimum {
        hits.push(Hit::key(
            "/description",
            crate::msg!("description-too-short", length = length, minimum = minimum),
        ));
    }
}

/// DG202: no description.
pub fn missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(
        ctx,
        "description",
        &crate::msg!("description-missing"),
        hits,
    );
}

/// DG203: the description only repeats the title, or a part of it.
pub fn repeats_title(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let (Some(title), Some(description)) = (ctx.dataset.title(), ctx.dataset.description()) else {
        return;
    };
    // Normalising keeps ASCII letters and digits and writes any other character in at most
    // four: a description with more ASCII letters and digits than four per character of the
    // title cannot be part of it (most descriptions), and is not normalised at all.
    let ascii_words = description
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .count();
    if ascii_words > 4 * title.chars().count() {
        return;
    }
    let title = normalise_words(title);
    let description = normalise_words(description);
    if description.is_empty() || !title.contains(&description) {
        return;
    }
    let message = if description == title {
        crate::msg!("description-repeats-title")
    } else {
        crate::msg!("description-part-of-title")
    };
    hits.push(Hit::value("/description", message));
}

/// DG204: no short description.
pub fn short_missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(
        ctx,
        "description_short",
        &crate::msg!("description-short-missing"),
        hits,
    );
}
