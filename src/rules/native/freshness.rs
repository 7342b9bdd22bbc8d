//! Freshness rules (DG401–DG402).

use chrono::{DateTime, TimeDelta, Utc};

use super::CheckContext;
use crate::finding::Hit;
use crate::model::dates::parse_instant;

/// When the data was last updated, and where that date comes from.
struct LastUpdate {
    at: DateTime<Utc>,
    pointer: String,
    source: String,
}

/// The last update: `last_update`, else the latest resource `last_modified`, else the latest
/// last commit (or modification time) of the `path` resources' files.
fn last_update(ctx: &CheckContext<'_>) -> Option<LastUpdate> {
    if ctx.dataset.has("last_update") && !ctx.dataset.field("last_update")?.is_null() {
        let at = parse_instant(ctx.dataset.text("last_update")?)?;
        return Some(LastUpdate {
            at,
            pointer: "/last_update".into(),
            source: "`last_update`".into(),
        });
    }
    let resources = ctx.dataset.resources().unwrap_or_default();
    let declared = resources
        .iter()
        .filter_map(|resource| {
            let at = parse_instant(resource.text("last_modified")?)?;
            Some(LastUpdate {
                at,
                pointer: resource.field_pointer("last_modified"),
                source: format!("the `last_modified` of resource {}", resource.index + 1),
            })
        })
        .max_by_key(|update| update.at);
    declared.or_else(|| {
        resources
            .iter()
            .filter_map(|resource| {
                let path = resource.non_blank("path")?;
                Some(LastUpdate {
                    at: ctx.files.last_modified(path)?,
                    pointer: resource.field_pointer("path"),
                    source: format!("the last change of `{path}`"),
                })
            })
            .max_by_key(|update| update.at)
    })
}

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
    let Some(update) = last_update(ctx) else {
        return;
    };
    let due = update.at + delta;
    if ctx.as_of <= due + TimeDelta::days(1) {
        return;
    }
    let late = (ctx.as_of - due).num_days();
    hits.push(Hit::value(
        update.pointer,
        format!(
            "the data is {late} days late: last updated on {} ({}), a `{frequency_id}` \
                 frequency made the next update due on {}",
            update.at.format("%Y-%m-%d"),
            update.source,
            due.format("%Y-%m-%d"),
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
                format!(
                    "the date {} is in the future (now is {})",
                    at.format("%Y-%m-%d"),
                    ctx.as_of.format("%Y-%m-%d")
                ),
            ));
        }
    }
}
