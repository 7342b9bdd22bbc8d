//! DG241 `frequency-legacy`: a legacy frequency id that udata rewrites (`biannual`, `realtime`, `fortnighly`, ...).
//!
//! Its rule file: `rules/completeness/DG241-frequency-legacy.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// DG241: a legacy frequency id.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(frequency) = ctx.dataset.frequency() else {
        return;
    };
    if let Some(current) = ctx.vocab.legacy_frequency(frequency) {
        let hit = Hit::value(
            "/frequency",
            crate::msg!("frequency-legacy", frequency = frequency),
        )
        .with_help(crate::msg!("frequency-legacy-help", current = current));
        // `other` says less than the id it replaces: the producer chooses, dglint does not.
        hits.push(if current == "other" {
            hit
        } else {
            hit.replacing_with(current)
        });
    }
}
