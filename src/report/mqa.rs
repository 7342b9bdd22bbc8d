//! How reports show data.europa.eu's assessment (the `mqa` profile): its JSON object and its
//! one-line summary.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::score::MqaScore;
use crate::score::dglint::Outcome;
use crate::score::mqa::MAX_POINTS;

/// A dataset's `mqa` object in the JSON report.
#[derive(Serialize, Deserialize)]
pub struct JsonMqa {
    points: u32,
    max_points: u32,
    unknown_points: u32,
    rating: Cow<'static, str>,
    rating_at_most: Cow<'static, str>,
    lost_to_feed: u32,
    distribution: Option<String>,
    dimensions: BTreeMap<Cow<'static, str>, JsonDimension>,
    indicators: Vec<JsonIndicator>,
}

#[derive(Serialize, Deserialize)]
struct JsonDimension {
    points: u32,
    max: u32,
    unknown: u32,
}

#[derive(Serialize, Deserialize)]
struct JsonIndicator {
    id: Cow<'static, str>,
    dimension: Cow<'static, str>,
    points: u32,
    earned: bool,
    unknown: bool,
    lost_to_feed: bool,
    approximate: bool,
}

impl JsonMqa {
    /// The JSON object of an assessment.
    pub fn new(score: &MqaScore) -> JsonMqa {
        JsonMqa {
            points: score.points,
            max_points: MAX_POINTS,
            unknown_points: score.unknown_points,
            rating: score.rating.into(),
            rating_at_most: score.rating_at_most.into(),
            lost_to_feed: score.lost_to_feed(),
            distribution: score
                .distribution
                .map(|index| crate::document::pointer::item("/resources", index)),
            dimensions: score
                .dimensions()
                .iter()
                .map(|dimension| {
                    let json = JsonDimension {
                        points: dimension.points,
                        max: dimension.max,
                        unknown: dimension.unknown,
                    };
                    (dimension.dimension.as_str().into(), json)
                })
                .collect(),
            indicators: score
                .indicators()
                .map(|result| JsonIndicator {
                    id: result.indicator.id.as_str().into(),
                    dimension: result.indicator.dimension.as_str().into(),
                    points: result.indicator.points,
                    earned: result.outcome == Outcome::Met,
                    unknown: result.outcome == Outcome::Unknown,
                    lost_to_feed: result.lost_to_feed(),
                    approximate: result.indicator.approximate.is_some(),
                })
                .collect(),
        }
    }
}

/// `270/405 (good)`, with `, 80 unknown: at most excellent` when links were not checked.
pub fn summary(score: &MqaScore) -> String {
    let rating = rating_label(score.rating);
    if score.unknown_points == 0 {
        return format!("{}/{MAX_POINTS} ({rating})", score.points);
    }
    crate::msg!(
        "mqa-partial",
        points = score.points,
        max = MAX_POINTS,
        rating = rating,
        unknown = score.unknown_points,
        best = rating_label(score.rating_at_most)
    )
}

/// The line under the headline: the points the feed loses, and the indicators the producer
/// misses, largest first.
pub fn detail(score: &MqaScore) -> String {
    let missed: Vec<String> = score
        .missed()
        .iter()
        .map(|result| {
            format!(
                "{} (−{})",
                result.indicator.id.as_str(),
                result.indicator.points
            )
        })
        .collect();
    let missed = if missed.is_empty() {
        crate::msg!("mqa-nothing-missed")
    } else {
        missed.join(" · ")
    };
    crate::msg!(
        "mqa-detail",
        summary = summary(score),
        feed = score.lost_to_feed(),
        missed = missed
    )
}

/// A rating as the European portal shows it.
pub fn rating_label(rating: &str) -> String {
    match rating {
        "excellent" => crate::msg!("mqa-rating-excellent"),
        "good" => crate::msg!("mqa-rating-good"),
        "sufficient" => crate::msg!("mqa-rating-sufficient"),
        _ => crate::msg!("mqa-rating-bad"),
    }
}
