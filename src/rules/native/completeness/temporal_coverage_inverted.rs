//! DG251 `temporal-coverage-inverted`: the temporal coverage ends before it starts.
//!
//! Its rule file: `rules/completeness/DG251-temporal-coverage-inverted.toml`.

use crate::finding::{Change, Hit};
use crate::model::dates::parse_instant;
use crate::rules::native::{CheckContext, NoParams};

/// DG251: the temporal coverage ends before it starts.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let start = ctx.dataset.nested_text("temporal_coverage", "start");
    let end = ctx.dataset.nested_text("temporal_coverage", "end");
    let (Some(start_text), Some(end_text)) = (start, end) else {
        return;
    };
    let (Some(start), Some(end)) = (parse_instant(start_text), parse_instant(end_text)) else {
        return;
    };
    if end < start {
        hits.push(
            Hit::value(
                "/temporal_coverage/end",
                crate::msg!(
                    "temporal-coverage-inverted",
                    end = end_text,
                    start = start_text
                ),
            )
            .with_help(crate::msg!("temporal-coverage-inverted-help"))
            .with_changes(vec![
                Change::Replace {
                    pointer: String::from("/temporal_coverage/start"),
                    value: end_text.to_owned(),
                },
                Change::Replace {
                    pointer: String::from("/temporal_coverage/end"),
                    value: start_text.to_owned(),
                },
            ]),
        );
    }
}
