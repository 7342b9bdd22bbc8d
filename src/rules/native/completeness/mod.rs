//! The native checks of the completeness rules (`rules/completeness/`), one file per rule.

pub mod acronym_with_dots;
pub mod description_missing;
pub mod description_repeats_title;
pub mod description_short_missing;
pub mod description_too_short;
pub mod duplicate_tag;
pub mod frequency_invalid;
pub mod frequency_legacy;
pub mod frequency_missing;
pub mod license_missing;
pub mod license_not_open;
pub mod license_superseded;
pub mod license_unknown;
pub mod placeholder_left;
pub mod serialisation_debris;
pub mod spatial_coverage_missing;
pub mod spatial_granularity_invalid;
pub mod spatial_granularity_missing;
pub mod spatial_zone_invalid;
pub mod tag_not_normalised;
pub mod tags_missing;
pub mod temporal_coverage_inverted;
pub mod temporal_coverage_missing;
pub mod title_all_capitals;
pub mod title_looks_like_file_name;
pub mod title_missing;
pub mod title_too_long;
pub mod title_too_short;
pub mod too_few_tags;

use super::CheckContext;

/// The title's length in characters, without surrounding space; `None` when it is blank.
pub(super) fn title_length(ctx: &CheckContext<'_>) -> Option<usize> {
    let length = ctx.dataset.title()?.trim().chars().count();
    (length > 0).then_some(length)
}
