//! Rules about what only the portal knows, read from API data: its crawler's verdict on the
//! resources (DG505), freshness that comes only from a metadata edit (DG403), discussions
//! left unanswered (DG404).

use serde_json::Value;

use super::CheckContext;
use crate::document::pointer;
use crate::finding::Hit;
use crate::model::dates::{parse_instant, parse_wall_time};
use crate::model::last_update::last_update;

/// DG505: a resource the portal's crawler found unavailable (`check:available` false).
pub fn resource_unavailable(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let stale_days = ctx.params.integer("stale_days");
    for resource in ctx.dataset.resources().unwrap_or_default() {
        if resource.nested("extras", "check:available") != Some(&Value::Bool(false)) {
            continue;
        }
        let extra = |name: &str| resource.nested("extras", name);
        let mut message = crate::msg!("crawler-unavailable");
        match extra("check:status").and_then(Value::as_u64) {
            Some(status) => message.push_str(&crate::msg!("crawler-status", status = status)),
            None if extra("check:timeout") == Some(&Value::Bool(true)) => {
                message.push_str(&crate::msg!("crawler-timeout"));
            }
            None => {}
        }
        let checked = extra("check:date")
            .and_then(Value::as_str)
            .and_then(parse_wall_time);
        if let Some(checked) = checked {
            message.push_str(&crate::msg!(
                "crawler-checked-on",
                date = checked.format("%Y-%m-%d")
            ));
            let age = (ctx.as_of - checked).num_days();
            if age > stale_days {
                message.push_str(&crate::msg!("crawler-check-stale", age = age));
            }
        }
        let at = pointer::child(&resource.field_pointer("extras"), "check:available");
        hits.push(Hit::value(at, message));
    }
}

/// DG403: a dataset without resources looks fresh only because its metadata was edited.
pub fn metadata_only_freshness(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    if ctx.limits.resources_unlisted || ctx.dataset.resources_if_any().is_some() {
        return;
    }
    let Some(update) = last_update(&ctx.dataset, ctx.origin, ctx.files, ctx.as_of, true) else {
        return;
    };
    if update.pointer.as_deref() != Some("/last_modified") {
        return;
    }
    hits.push(Hit::value(
        "/last_modified",
        crate::msg!(
            "metadata-only-freshness",
            date = update.at.format("%Y-%m-%d")
        ),
    ));
}

/// DG404: an open discussion nobody answered for more than `max_days` days.
pub fn discussion_unanswered(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(discussions) = ctx.dataset.field("discussions").and_then(Value::as_array) else {
        return;
    };
    let max_days = ctx.params.integer("max_days");
    for (index, discussion) in discussions.iter().enumerate() {
        let closed = discussion
            .get("closed")
            .is_some_and(|closed| !closed.is_null());
        let messages = discussion
            .get("discussion")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        if closed || messages > 1 {
            continue;
        }
        let Some(opened) = discussion
            .get("created")
            .and_then(Value::as_str)
            .and_then(parse_instant)
        else {
            continue;
        };
        let days = (ctx.as_of - opened).num_days();
        if days <= max_days {
            continue;
        }
        let title = match discussion.get("title").and_then(Value::as_str) {
            Some(title) => title.to_owned(),
            None => crate::msg!("untitled"),
        };
        hits.push(Hit::key(
            pointer::item("/discussions", index),
            crate::msg!(
                "discussion-unanswered",
                title = title,
                opened = opened.format("%Y-%m-%d"),
                days = days
            ),
        ));
    }
}
