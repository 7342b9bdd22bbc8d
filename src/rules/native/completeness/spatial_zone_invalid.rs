//! DG254 `spatial-zone-invalid`: a spatial zone is not one of udata's zone ids.
//!
//! Its rule file: `rules/completeness/DG254-spatial-zone-invalid.toml`.

use crate::finding::Hit;
use crate::model::spatial::{SpatialVocabulary, ZoneProblem};
use crate::rules::native::{CheckContext, NoParams};
use serde_json::Value;

/// DG254: a spatial zone that is not one of udata's zone ids.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    // The catalogue export writes the zones' names, not their ids.
    if ctx.limits.is_catalogue_export() {
        return;
    }
    let Some(zones) = ctx
        .dataset
        .nested("spatial", "zones")
        .and_then(Value::as_array)
    else {
        return;
    };
    let vocab = SpatialVocabulary::embedded();
    for (index, zone) in zones.iter().enumerate() {
        let Some(zone) = zone.as_str() else {
            continue;
        };
        let pointer = crate::document::pointer::item("/spatial/zones", index);
        match vocab.zone_problem(zone) {
            None => {}
            Some(ZoneProblem::Country(code)) => hits.push(
                Hit::value(
                    &pointer,
                    crate::msg!("zone-country", zone = zone, code = code),
                )
                .with_help(crate::msg!("zone-country-help")),
            ),
            Some(ZoneProblem::Form(meant)) => {
                let hit = Hit::value(&pointer, crate::msg!("zone-invalid", zone = zone));
                hits.push(match meant {
                    Some(meant) => hit.with_help(crate::msg!("did-you-mean-id", id = meant)),
                    None => hit.with_help(crate::msg!(
                        "zone-invalid-help",
                        examples = vocab.zone_examples().join("`, `")
                    )),
                });
            }
        }
    }
}
