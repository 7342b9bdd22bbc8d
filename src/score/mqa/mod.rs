//! data.europa.eu's Metadata Quality Assessment (MQA), offline: the `mqa` profile.
//!
//! data.europa.eu scores what data.gouv.fr's DCAT feed emits ([`feed`]), indicator by
//! indicator ([`indicators`], `rules/criteria/mqa.toml`), 405 points in five dimensions. The
//! dataset scores as its best distribution (the one earning the most distribution-level
//! points, the first on a tie) plus its dataset-level indicators; an indicator read on either
//! level is met when the dataset or that distribution shows it. Indicators the source cannot
//! decide (reachability without `--check-links`, fields the catalogue export leaves out)
//! leave the points decided; the rating is that of the points earned, and `rating_at_most`
//! says what it could reach if every unknown indicator were met. Points the portal's feed can
//! never carry (no `dcat:theme`, no `dct:spatial`) are counted apart as lost to the feed.

pub mod feed;
pub mod indicators;
pub mod vocab;

use feed::{Distribution, Feed, Written};
use indicators::{Dimension, IndicatorDef, Level, Metric};
use vocab::MqaVocabulary;

use super::dglint::Outcome;

pub use feed::Source;
pub use indicators::MAX_POINTS;

/// The rating bands of the methodology: the lowest points of each, best first.
const RATINGS: [(&str, u32); 3] = [("excellent", 351), ("good", 221), ("sufficient", 121)];
/// The rating below every band.
const LAST_RATING: &str = "bad";

/// The rating of a number of points (`excellent` from 351, `good` from 221, `sufficient` from
/// 121, else `bad`).
pub fn rating(points: u32) -> &'static str {
    RATINGS
        .iter()
        .find(|(_, floor)| points >= *floor)
        .map_or(LAST_RATING, |(rating, _)| rating)
}

/// A dataset's result on one indicator.
#[derive(Debug, Clone, Copy)]
pub struct IndicatorScore {
    /// The indicator.
    pub indicator: &'static IndicatorDef,
    /// Met, missed or unknown.
    pub outcome: Outcome,
}

impl IndicatorScore {
    /// Whether its points are lost to the portal's feed rather than to the producer.
    pub fn lost_to_feed(&self) -> bool {
        self.indicator.feed.is_some()
    }
}

/// A dimension's part of the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionScore {
    /// The dimension.
    pub dimension: Dimension,
    /// Points earned.
    pub points: u32,
    /// Its points in the methodology.
    pub max: u32,
    /// Points the source cannot decide.
    pub unknown: u32,
}

/// A dataset's MQA. An audit holds one per dataset, so it keeps one byte per indicator and
/// works the rest out when asked.
#[derive(Debug, Clone)]
pub struct MqaScore {
    /// Points earned, of [`MAX_POINTS`].
    pub points: u32,
    /// Points of the indicators the source cannot decide.
    pub unknown_points: u32,
    /// The rating of the points earned.
    pub rating: &'static str,
    /// The rating if every unknown indicator were met.
    pub rating_at_most: &'static str,
    /// The position in `resources` of the distribution that counts, when there is one and
    /// it is listed.
    pub distribution: Option<usize>,
    /// Each indicator's outcome, in the indicators file's order.
    outcomes: Vec<Outcome>,
}

impl MqaScore {
    /// Each indicator, in the indicators file's order.
    pub fn indicators(&self) -> impl Iterator<Item = IndicatorScore> + '_ {
        indicators::embedded()
            .iter()
            .zip(&self.outcomes)
            .map(|(indicator, outcome)| IndicatorScore {
                indicator,
                outcome: *outcome,
            })
    }

    /// The outcome of one metric.
    pub fn outcome(&self, metric: Metric) -> Option<Outcome> {
        self.indicators()
            .find(|result| result.indicator.id == metric)
            .map(|result| result.outcome)
    }

    /// Each dimension, in the methodology's order.
    pub fn dimensions(&self) -> Vec<DimensionScore> {
        Dimension::ALL
            .into_iter()
            .map(|dimension| DimensionScore {
                dimension,
                points: self.sum(Outcome::Met, Some(dimension)),
                max: indicators::dimension_max(dimension),
                unknown: self.sum(Outcome::Unknown, Some(dimension)),
            })
            .collect()
    }

    /// Points no dataset can earn through the portal's feed.
    pub fn lost_to_feed(&self) -> u32 {
        self.indicators()
            .filter(IndicatorScore::lost_to_feed)
            .map(|result| result.indicator.points)
            .sum()
    }

    /// The indicators missed through the producer's metadata (not the feed), largest first.
    pub fn missed(&self) -> Vec<IndicatorScore> {
        let mut missed: Vec<IndicatorScore> = self
            .indicators()
            .filter(|score| score.outcome == Outcome::Missed && !score.lost_to_feed())
            .collect();
        missed.sort_by_key(|score| std::cmp::Reverse(score.indicator.points));
        missed
    }

    fn sum(&self, outcome: Outcome, dimension: Option<Dimension>) -> u32 {
        self.indicators()
            .filter(|score| score.outcome == outcome)
            .filter(|score| dimension.is_none_or(|d| score.indicator.dimension == d))
            .map(|score| score.indicator.points)
            .sum()
    }
}

/// Assesses a dataset as data.europa.eu would from data.gouv.fr's feed.
pub fn evaluate(source: &Source<'_, '_>) -> MqaScore {
    let vocab = MqaVocabulary::embedded();
    let feed = source.feed(vocab);
    let best = feed
        .distributions
        .iter()
        .enumerate()
        .max_by_key(|(position, distribution)| {
            let points: u32 = indicators::embedded()
                .iter()
                .filter(|indicator| indicator.level == Level::Distribution)
                .filter(|indicator| {
                    on_distribution(indicator, distribution, &feed, vocab) == Some(true)
                })
                .map(|indicator| indicator.points)
                .sum();
            // The first of equals wins.
            (points, std::cmp::Reverse(*position))
        })
        .map(|(_, distribution)| distribution);
    let outcomes: Vec<Outcome> = indicators::embedded()
        .iter()
        .map(|indicator| outcome(decide(indicator, &feed, best, vocab)))
        .collect();
    let mut score = MqaScore {
        points: 0,
        unknown_points: 0,
        rating: LAST_RATING,
        rating_at_most: LAST_RATING,
        distribution: best.and_then(|distribution| distribution.index),
        outcomes,
    };
    score.points = score.sum(Outcome::Met, None);
    score.unknown_points = score.sum(Outcome::Unknown, None);
    score.rating = rating(score.points);
    score.rating_at_most = rating(score.points + score.unknown_points);
    score
}

fn outcome(decided: Option<bool>) -> Outcome {
    match decided {
        Some(true) => Outcome::Met,
        Some(false) => Outcome::Missed,
        None => Outcome::Unknown,
    }
}

/// Whether the feed meets an indicator, given the distribution that counts.
fn decide(
    indicator: &IndicatorDef,
    feed: &Feed<'_>,
    best: Option<&Distribution<'_>>,
    vocab: &MqaVocabulary,
) -> Option<bool> {
    if indicator.feed.is_some() {
        return Some(false);
    }
    let on_best = || best.map_or(Some(false), |d| on_distribution(indicator, d, feed, vocab));
    match indicator.level {
        Level::Dataset => on_dataset(indicator, feed),
        Level::Distribution => on_best(),
        Level::Either => {
            let on_dataset = if indicator.id == Metric::DateIssuedAvailability {
                feed.issued
            } else {
                feed.modified
            };
            either(on_dataset, on_best())
        }
    }
}

/// Met when either is met; unknown when neither is met and one is unknown.
fn either(first: Option<bool>, second: Option<bool>) -> Option<bool> {
    match (first, second) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

fn on_dataset(indicator: &IndicatorDef, feed: &Feed<'_>) -> Option<bool> {
    match indicator.id {
        Metric::KeywordAvailability => Some(feed.keyword),
        Metric::TemporalAvailability => Some(feed.temporal),
        Metric::DcatApCompliance => Some(feed.mandatory),
        Metric::AccessRightsAvailability => feed.access_rights,
        Metric::AccessRightsVocabularyAlignment => Some(feed.access_rights_aligned),
        Metric::ContactPointAvailability => feed.contact_point,
        Metric::PublisherAvailability => Some(feed.publisher),
        // The feed never carries them (the file marks them `feed`), or they are read on
        // distributions.
        _ => Some(false),
    }
}

fn on_distribution(
    indicator: &IndicatorDef,
    distribution: &Distribution<'_>,
    feed: &Feed<'_>,
    vocab: &MqaVocabulary,
) -> Option<bool> {
    let codes = || {
        let of_media = match distribution.media_type {
            Written::Value(media) => vocab.code_of_media_type(media),
            _ => None,
        };
        let of_format = match distribution.format {
            Written::Value(format) => vocab.code_of_format(format),
            _ => None,
        };
        [of_media, of_format]
    };
    // Unknown when no code is found and one of the two values is unknown.
    let listed = |on_list: &dyn Fn(&str) -> bool| -> Option<bool> {
        if codes().into_iter().flatten().any(on_list) {
            return Some(true);
        }
        let unknown =
            distribution.format == Written::Unknown || distribution.media_type == Written::Unknown;
        (!unknown).then_some(false)
    };
    match indicator.id {
        Metric::AccessUrlStatusCode | Metric::DownloadUrlStatusCode => distribution.reachable,
        Metric::DownloadUrlAvailability => distribution.download_url,
        Metric::FormatAvailability => distribution.format.present(),
        Metric::MediaTypeAvailability => distribution.media_type.present(),
        Metric::FormatMediaTypeVocabularyAlignment => listed(&|_| true),
        Metric::FormatMediaTypeNonProprietary => listed(&|code| vocab.is_non_proprietary(code)),
        Metric::FormatMediaTypeMachineInterpretable => {
            listed(&|code| vocab.is_machine_readable(code))
        }
        Metric::LicenceAvailability => Some(feed.licensing.licence),
        Metric::KnownLicence => Some(feed.licensing.known),
        Metric::RightsAvailability => Some(feed.licensing.rights),
        Metric::ByteSizeAvailability => distribution.byte_size,
        Metric::DateIssuedAvailability => distribution.issued,
        Metric::DateModifiedAvailability => distribution.modified,
        // Read on the dataset.
        _ => Some(false),
    }
}

#[cfg(test)]
mod tests;
