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
        hits.push(
            Hit::value(
                "/frequency",
                crate::msg!("frequency-legacy", frequency = frequency),
            )
            .with_help(crate::msg!("frequency-legacy-help", current = current)),
        );
    }
}
