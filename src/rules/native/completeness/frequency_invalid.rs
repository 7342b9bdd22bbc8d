//! DG242 `frequency-invalid`: a frequency that is not in udata's vocabulary.
//!
//! Its rule file: `rules/completeness/DG242-frequency-invalid.toml`.

use crate::finding::Hit;
use crate::model::udata::{Criterion, Failure};
use crate::rules::native::{CheckContext, NoParams, udata_failure};

/// DG242: a frequency that is not in udata's vocabulary.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    // Decided by udata's criterion, as the score is: a frequency that is written (any value
    // Python finds true) but is not an id of the vocabulary.
    if udata_failure(ctx, Criterion::UpdateFrequency, Some(Failure::Insufficient)).is_none() {
        return;
    }
    let Some(frequency) = ctx.dataset.frequency() else {
        let written = ctx.dataset.field("frequency").map(ToString::to_string);
        let hit = Hit::value(
            "/frequency",
            crate::msg!("frequency-invalid", frequency = written.unwrap_or_default()),
        );
        hits.push(hit.with_help(crate::msg!("frequency-invalid-help")));
        return;
    };
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
        Some(known) => hit
            .with_help(crate::msg!(
                "did-you-mean-labelled",
                id = known.id,
                label = known.label_fr
            ))
            .replacing_with(known.id.as_str()),
        None => hit.with_help(crate::msg!("frequency-invalid-help")),
    });
}
