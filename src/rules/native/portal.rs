//! DG003: the score the portal shows differs from what its own rules give for the data.

use serde_json::Value;

use super::CheckContext;
use crate::finding::Hit;
use crate::score::udata::{self, MAX_POINTS, UdataInput};

/// DG003: the `quality` object saved with API data (or the catalogue's `quality_score`)
/// disagrees with udata's rules applied to the same data now.
pub fn score_differs(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(portal) = ctx.dataset.field("quality").and_then(Value::as_object) else {
        return;
    };
    let ours = udata::evaluate(&UdataInput {
        dataset: ctx.dataset,
        origin: ctx.origin,
        as_of: ctx.as_of,
        files: ctx.files,
        vocab: ctx.vocab,
        resources_known: ctx.resources_known,
    });
    if !ours.unknown.is_empty() {
        return;
    }
    let computed = ours.to_object();
    let differing: Vec<String> = portal
        .iter()
        .filter(|(key, _)| key.as_str() != "score")
        .filter(|(key, value)| computed.get(key.as_str()) != Some(value))
        .map(|(key, value)| {
            let now = computed
                .get(key.as_str())
                .map_or_else(|| crate::msg!("absent"), Value::to_string);
            crate::msg!(
                "portal-criterion-differs",
                key = key,
                value = value,
                now = now
            )
        })
        .collect();
    let portal_points = portal
        .get("score")
        .and_then(Value::as_f64)
        .map(|score| (score * f64::from(MAX_POINTS)).round());
    let points_differ = portal_points.is_some_and(|points| points != f64::from(ours.points()));
    if differing.is_empty() && !points_differ {
        return;
    }
    let mut message = match portal_points {
        Some(points) => crate::msg!(
            "portal-score-differs",
            shown = points,
            computed = ours.points(),
            max = MAX_POINTS
        ),
        None => crate::msg!("portal-quality-differs"),
    };
    if !differing.is_empty() {
        message.push_str(": ");
        message.push_str(&differing.join("; "));
    }
    hits.push(Hit::key("/quality", message).with_help(crate::msg!("portal-score-differs-help")));
}
