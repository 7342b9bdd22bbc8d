//! DG505 `resource-unavailable`: the portal's crawler found the resource unavailable.
//!
//! Its rule file: `rules/resources/DG505-resource-unavailable.toml`.

use crate::document::pointer;
use crate::finding::Hit;
use crate::model::dates::parse_wall_time;
use crate::model::udata::{self, Criterion};
use crate::rules::native::{CheckContext, udata_failure};
use serde::Deserialize;
use serde_json::Value;

/// The parameters of DG505 (`[params]` in its rule file, overridden in `dglint.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Age (days) from which a check is said to be old.
    pub stale_days: u32,
}

/// DG505: a remote resource the portal's crawler found unavailable (`check:available` false,
/// or null, 0 or empty, which udata counts the same).
pub fn check(ctx: &CheckContext<'_>, params: &Params, hits: &mut Vec<Hit>) {
    let stale_days = i64::from(params.stale_days);
    // Decided by udata's `all_resources_available`, as the score is: each resource it counts
    // unavailable.
    if udata_failure(ctx, Criterion::AllResourcesAvailable, None).is_none() {
        return;
    }
    for resource in ctx.dataset.resources().unwrap_or_default() {
        if !udata::counted_unavailable(&resource, ctx.origin) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::native::testing::run;

    #[test]
    fn a_check_older_than_it_is_given_is_said_to_be_old() {
        let yaml = "resources:\n  - url: https://data.culture.gouv.fr/liste.csv\n    extras: {\"check:available\": false, \"check:date\": \"2025-12-01T10:00:00\"}\n";
        let recent = run(check, &Params { stale_days: 40 }, yaml);
        let old = run(check, &Params { stale_days: 20 }, yaml);
        assert_eq!((recent.len(), old.len()), (1, 1));
        assert!(old[0].1.starts_with(&recent[0].1) && old[0].1.len() > recent[0].1.len());
        assert_eq!(old[0].0, "/resources/0/extras/check:available");
    }
}
