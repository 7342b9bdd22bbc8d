//! Frequency and coverage rules (DG240–DG255).

use serde_json::Value;

use super::{CheckContext, report_missing};
use crate::finding::Hit;
use crate::model::dates::parse_instant;
use crate::model::spatial::{SpatialVocabulary, ZoneProblem};

/// DG240: no update frequency, or `unknown`.
pub fn frequency_missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    if ctx.dataset.frequency() == Some("unknown") {
        hits.push(Hit::value("/frequency", crate::msg!("frequency-unknown")));
        return;
    }
    report_missing(ctx, "frequency", &crate::msg!("frequency-missing"), hits);
}

/// DG241: a legacy frequency id.
pub fn frequency_legacy(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(frequency) = ctx.dataset.frequency() else {
        return;
    };
    if let Some(current) = ctx.vocab.legacy_frequency(frequency) {
        hits.push(
            Hit::value(
                "/frequency",
                crate::msg!("frequency-legacy", frequency = frequency),
            )
            .with_help(crate::msg!("frequency-legacy-help", current = current)),
        );
    }
}

/// DG242: a frequency that is not in udata's vocabulary.
pub fn frequency_invalid(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(frequency) = ctx
        .dataset
        .frequency()
        .filter(|text| !text.trim().is_empty())
    else {
        return;
    };
    if ctx.vocab.resolve_frequency(frequency).is_some() {
        return;
    }
    let lowered = frequency.to_lowercase();
    let closest = ctx
        .vocab
        .frequency_by_spelling(frequency)
        .filter(|known| known.id != "unknown")
        .or_else(|| {
            ctx.vocab
                .frequencies
                .iter()
                .filter(|known| known.id != "unknown")
                .map(|known| {
                    (
                        strsim::jaro_winkler(&lowered, &known.id.to_lowercase()),
                        known,
                    )
                })
                .filter(|(score, _)| *score >= 0.85)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, known)| known)
        });
    let hit = Hit::value(
        "/frequency",
        crate::msg!("frequency-invalid", frequency = frequency),
    );
    hits.push(match closest {
        Some(known) => hit.with_help(crate::msg!(
            "did-you-mean-labelled",
            id = known.id,
            label = known.label_fr
        )),
        None => hit.with_help(crate::msg!("frequency-invalid-help")),
    });
}

/// DG250: no temporal coverage.
pub fn temporal_missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(
        ctx,
        "temporal_coverage",
        &crate::msg!("temporal-coverage-missing"),
        hits,
    );
}

/// DG251: the temporal coverage ends before it starts.
pub fn temporal_inverted(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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
            .with_help(crate::msg!("temporal-coverage-inverted-help")),
        );
    }
}

/// DG252: no spatial coverage.
pub fn spatial_missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    report_missing(ctx, "spatial", &crate::msg!("spatial-missing"), hits);
}

/// DG253: a spatial coverage without granularity.
pub fn granularity_missing(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(spatial) = ctx
        .dataset
        .field("spatial")
        .and_then(|value| value.as_object())
    else {
        return;
    };
    // A granularity of another type is left to the schema rules.
    let missing = match spatial.get("granularity") {
        None | Some(Value::Null) => true,
        Some(Value::String(text)) => text.trim().is_empty(),
        Some(_) => false,
    };
    if missing {
        hits.push(Hit::key("/spatial", crate::msg!("granularity-missing")));
    }
}

/// DG254: a spatial zone that is not one of udata's zone ids.
pub fn zone_invalid(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
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

/// DG255: a granularity that is not one of udata's.
pub fn granularity_invalid(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(granularity) = ctx
        .dataset
        .nested_text("spatial", "granularity")
        .filter(|text| !text.trim().is_empty())
    else {
        return;
    };
    let vocab = SpatialVocabulary::embedded();
    if vocab.is_granularity(granularity) {
        return;
    }
    let hit = Hit::value(
        "/spatial/granularity",
        crate::msg!("granularity-invalid", granularity = granularity),
    );
    hits.push(match vocab.granularity_for(granularity) {
        Some(id) => hit.with_help(crate::msg!("did-you-mean-id", id = id)),
        None => {
            let ids: Vec<&str> = vocab.granularity_ids().collect();
            hit.with_help(crate::msg!(
                "granularity-invalid-help",
                ids = ids.join(", ")
            ))
        }
    });
}
