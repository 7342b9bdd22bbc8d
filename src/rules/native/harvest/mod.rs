//! The native checks of the harvest rules (`rules/harvest/`), one file per rule: what a
//! source catalogue says that udata's harvester cannot read, as the mapping of the source
//! records noted it (`harvest.unread`, see [`crate::source::harvest`]).

pub mod harvest_distribution_without_url;
pub mod harvest_frequency_unread;
pub mod harvest_licence_unguessed;
pub mod harvest_online_resource_dropped;
pub mod harvest_spatial_unread;
pub mod harvest_temporal_unread;

use serde_json::Value;

use super::CheckContext;
use crate::finding::Hit;

/// Reports each value of the source that udata cannot read for `field`, with the message
/// `message` makes of the source property and the value.
fn report_unread(
    ctx: &CheckContext<'_>,
    field: &str,
    message: impl Fn(&str, &str) -> String,
    hits: &mut Vec<Hit>,
) {
    let Some(unread) = ctx
        .dataset
        .nested("harvest", "unread")
        .and_then(Value::as_array)
    else {
        return;
    };
    for (index, item) in unread.iter().enumerate() {
        if item.get("field").and_then(Value::as_str) != Some(field) {
            continue;
        }
        let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or_default();
        let pointer = format!("/harvest/unread/{index}");
        hits.push(Hit::value(
            pointer,
            message(text("property"), text("value")),
        ));
    }
}
