//! DG003: the score the portal shows differs from what its own rules give for the data.

use serde_json::Value;

use crate::finding::Hit;
use crate::model::udata::{MAX_POINTS, UdataQuality};
use crate::rules::native::{CheckContext, NoParams};

/// DG003: the `quality` object saved with API data (or the catalogue's `quality_score`)
/// disagrees with udata's rules applied to the same data now.
///
/// Criteria the source cannot decide widen what the rules allow into a range of points (the
/// known ones, up to all the unknown ones met): the portal's score differs only when it lies
/// outside. Then the criteria that can explain it are named: those the data fails now when
/// the portal shows more, those it meets when the portal shows less.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(portal) = ctx.dataset.field("quality").and_then(Value::as_object) else {
        return;
    };
    let ours = ctx.udata;
    let unknown_keys: Vec<&str> = ours
        .unknown
        .iter()
        .map(|criterion| criterion.key())
        .collect();
    let differing: Vec<String> = portal
        .iter()
        .filter(|(key, _)| key.as_str() != "score" && !unknown_keys.contains(&key.as_str()))
        .filter_map(|(key, value)| {
            let now = ours
                .criteria
                .iter()
                .find(|result| result.criterion.key() == key)
                .map(|result| Value::Bool(result.passed));
            (now.as_ref() != Some(value)).then(|| {
                let now = now.map_or_else(|| crate::msg!("absent"), |now| now.to_string());
                crate::msg!(
                    "portal-criterion-differs",
                    key = key,
                    value = value,
                    now = now
                )
            })
        })
        .collect();
    let (low, high) = (ours.points(), ours.points() + ours.unknown_points());
    let shown = portal
        .get("score")
        .and_then(Value::as_f64)
        .filter(|score| score.is_finite())
        .map(|score| (score * f64::from(MAX_POINTS)).round());
    let outside = shown.filter(|&points| points < f64::from(low) || points > f64::from(high));
    if differing.is_empty() && outside.is_none() {
        return;
    }
    let mut message = match shown {
        Some(points) if low == high => crate::msg!(
            "portal-score-differs",
            shown = points,
            computed = low,
            max = MAX_POINTS
        ),
        Some(points) => crate::msg!(
            "portal-score-outside",
            shown = points,
            low = low,
            high = high,
            max = MAX_POINTS
        ),
        None => crate::msg!("portal-quality-differs"),
    };
    let mut details = differing;
    if details.is_empty()
        && let Some(points) = outside
    {
        details.push(suspects(ours, points > f64::from(high)));
    }
    if !details.is_empty() {
        let details = details.join(&crate::msg!("details-separator"));
        message = crate::msg!("about", subject = message, problem = details);
    }
    let hit = if portal.keys().any(|key| key != "score") {
        Hit::key("/quality", message)
    } else {
        Hit::value("/quality/score", message)
    };
    hits.push(hit.with_help(crate::msg!("portal-score-differs-help")));
}

/// The criteria that can explain a served score above the range (`above`: those the data
/// fails now, which the portal must have counted) or below it (those it meets now).
fn suspects(ours: &UdataQuality, above: bool) -> String {
    let keys: Vec<String> = ours
        .criteria
        .iter()
        .filter(|result| result.criterion.scores() && result.passed != above)
        .map(|result| format!("`{}`", result.criterion.key()))
        .collect();
    if above {
        crate::msg!("portal-counted-failed", criteria = keys.join(", "))
    } else {
        crate::msg!("portal-missed-passed", criteria = keys.join(", "))
    }
}
