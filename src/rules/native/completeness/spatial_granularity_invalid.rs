//! DG255 `spatial-granularity-invalid`: the spatial granularity is not one of udata's.
//!
//! Its rule file: `rules/completeness/DG255-spatial-granularity-invalid.toml`.

use crate::finding::Hit;
use crate::model::spatial::SpatialVocabulary;
use crate::rules::native::{CheckContext, NoParams};

/// DG255: a granularity that is not one of udata's.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
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
