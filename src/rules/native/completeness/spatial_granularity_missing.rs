//! DG253 `spatial-granularity-missing`: the spatial coverage has no granularity.
//!
//! Its rule file: `rules/completeness/DG253-spatial-granularity-missing.toml`.

use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};
use serde_json::Value;

/// DG253: a spatial coverage without granularity.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
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
