//! DG404 `discussion-unanswered`: a discussion opened by a user has had no answer for too long.
//!
//! Its rule file: `rules/freshness/DG404-discussion-unanswered.toml`.

use crate::document::pointer;
use crate::finding::Hit;
use crate::model::dates::parse_instant;
use crate::rules::native::CheckContext;
use serde::Deserialize;
use serde_json::Value;

/// The parameters of DG404 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Days a discussion may wait for an answer.
    pub max_days: u32,
}

/// DG404: an open discussion nobody answered for more than `max_days` days.
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let Some(discussions) = ctx.dataset.field("discussions").and_then(Value::as_array) else {
        return;
    };
    let max_days = i64::from(params.max_days);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn a_discussion_waits_as_many_days_as_it_is_given() {
        let yaml = "discussions:\n  - title: Mise à jour ?\n    created: 2025-12-10T08:00:00+00:00\n    closed: null\n    discussion:\n      - content: Une mise à jour est-elle prévue ?\n";
        assert!(run(check, &Params { max_days: 30 }, yaml).is_empty());
        let found = run(check, &Params { max_days: 20 }, yaml);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "/discussions/0");
    }
}
