//! DG401 `out-of-date`: the data is older than its update frequency allows.
//!
//! Its rule file: `rules/freshness/DG401-out-of-date.toml`.

use crate::finding::Hit;
use crate::model::last_update::last_update;
use crate::model::udata::Criterion;
use crate::rules::native::{CheckContext, NoParams, udata_failure};

/// DG401: the data is older than its update frequency allows (plus udata's day of grace).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    // Decided by udata's `update_fulfilled_in_time`, as the score is; the rest says by how much.
    let Some(failure) = udata_failure(ctx, Criterion::UpdateFulfilledInTime, None) else {
        return;
    };
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
    let due = update.due(delta);
    let late = update.days_late(delta, ctx.as_of);

    hits.push(Hit::value(
        failure.hit.pointer.clone(),
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
