//! Freshness rules (DG401–DG402).

use super::CheckContext;
use crate::finding::Hit;
use crate::model::dates::parse_instant;
use crate::model::last_update::last_update;

/// DG401: the data is older than its update frequency allows (plus udata's day of grace).
pub fn out_of_date(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(frequency_id) = ctx.dataset.frequency() else {
        return;
    };
    let Some(delta) = ctx
        .vocab
        .resolve_frequency(frequency_id)
        .and_then(|frequency| frequency.delta())
    else {
        return;
    };
    let Some(update) = last_update(
        &ctx.dataset,
        ctx.origin,
        ctx.files,
        ctx.as_of,
        ctx.limits.resources_listed(),
    ) else {
        return;
    };
    let Some(pointer) = update.pointer.clone() else {
        return;
    };
    if !update.is_overdue(delta, ctx.as_of) {
        return;
    }
    let due = update.due(delta);
    let late = update.days_late(delta, ctx.as_of);

    hits.push(Hit::value(
        pointer,
        crate::msg!(
            "out-of-date",
            late = late,
            updated = update.at.format("%Y-%m-%d"),
            source = update.source,
            frequency = frequency_id,
            due = due.format("%Y-%m-%d"),
        ),
    ));
}

/// DG402: a last update or modification date later than now.
pub fn update_in_future(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let mut dated = vec![("/last_update".to_owned(), ctx.dataset.text("last_update"))];
    for resource in ctx.dataset.resources().unwrap_or_default() {
        dated.push((
            resource.field_pointer("last_modified"),
            resource.text("last_modified"),
        ));
    }
    for (pointer, text) in dated {
        let Some(at) = text.and_then(parse_instant) else {
            continue;
        };
        if at > ctx.as_of {
            hits.push(Hit::value(
                pointer,
                crate::msg!(
                    "date-in-future",
                    date = at.format("%Y-%m-%d"),
                    now = ctx.as_of.format("%Y-%m-%d")
                ),
            ));
        }
    }
}
