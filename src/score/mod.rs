//! The scores of a dataset: data.gouv.fr's own ([`udata`]), dglint's ([`dglint`]) and, with
//! the `mqa` profile, data.europa.eu's ([`mqa`]).

pub mod dglint;
pub mod mqa;

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use crate::document::{Document, Limits, pointer};
use crate::model::last_update::last_update;
use crate::model::local_files::LocalFiles;
use crate::model::{DatasetView, Vocabularies};
use crate::rules::engine::Linted;

use crate::model::udata::{self, UdataQuality};
pub use dglint::{DglintScore, ScoreSettings};
pub use mqa::MqaScore;

/// Both scores of one dataset of a file.
#[derive(Clone)]
pub struct DatasetScores {
    /// Where the dataset is in its file (empty for a manifest).
    pub pointer: String,
    /// Its `id`, else its `slug`, when it has one.
    pub id: Option<String>,
    /// Its `title`, when it has one.
    pub title: Option<String>,
    /// data.gouv.fr's score. Explanation pointers are absolute in the file.
    pub udata: UdataQuality,
    /// dglint's score.
    pub dglint: DglintScore,
    /// data.europa.eu's assessment, with the `mqa` profile.
    pub mqa: Option<MqaScore>,
    /// What an audit shows besides the scores.
    pub profile: Profile,
}

/// What an audit shows of a dataset besides its scores: where to see it, who publishes it,
/// how much it is used, how late it is.
#[derive(Clone, Default)]
pub struct Profile {
    /// Its `slug`.
    pub slug: Option<String>,
    /// Its organisation's name.
    pub organization: Option<String>,
    /// Its page on the portal (`page`).
    pub page: Option<String>,
    /// Its usage metrics.
    pub usage: Usage,
    /// Days past the date its frequency made the next update due (after udata's day of
    /// grace), 0 when on time; `None` when its frequency sets no date or the source cannot
    /// date the data (resources not listed and no harvest date).
    pub days_late: Option<i64>,
    /// The udata points the portal serves for it (its saved `quality.score`, the
    /// export's `quality_score`), when the data carries them.
    pub served_points: Option<u8>,
}

/// A dataset's usage, from the API's `metrics` or the export's `metric.*` columns.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub struct Usage {
    /// Page views.
    pub views: u64,
    /// Downloads of its resources.
    pub downloads: u64,
    /// Reuses.
    pub reuses: u64,
    /// Followers.
    pub followers: u64,
}

impl Usage {
    fn of(dataset: &DatasetView<'_>) -> Usage {
        let metric = |name: &str| {
            dataset
                .nested("metrics", name)
                .and_then(serde_json::Value::as_u64)
                .unwrap_or(0)
        };
        Usage {
            views: metric("views"),
            downloads: metric("resources_downloads"),
            reuses: metric("reuses"),
            followers: metric("followers"),
        }
    }

    /// How much fixing the dataset matters for its users, from 1 (unused) up:
    /// `1 + log10(1 + views + downloads + 100 × reuses + 10 × followers)`. A reuse is an
    /// application or article built on the data, so it counts like a hundred visits, a
    /// follower like ten; the logarithm keeps one famous dataset from hiding every other.
    pub fn weight(&self) -> f64 {
        let audience = self.views + self.downloads + 100 * self.reuses + 10 * self.followers;
        1.0 + (1.0 + audience as f64).log10()
    }
}

/// Scores every dataset `linted` found in `document`; `udata` is udata's quality of each
/// (taken from [`Linted::udata`], computed while linting), `ran` the criteria's view of the
/// rules that ran on it ([`dglint::RanRules`]), `files` the files beside it.
pub fn score_document(
    document: &Document,
    linted: &Linted,
    udata: Vec<Option<udata::UdataQuality>>,
    ran: &dglint::RanRules,
    files: &LocalFiles,
    settings: &ScoreSettings,
    as_of: DateTime<Utc>,
) -> Vec<DatasetScores> {
    let Some(value) = &document.value else {
        return Vec::new();
    };
    let roots = pointer::Roots::new(linted.datasets.iter().map(String::as_str));
    let findings_by_dataset = roots.group(
        linted
            .findings
            .iter()
            .map(|finding| (finding.pointer.as_str(), finding)),
    );
    linted
        .datasets
        .par_iter()
        .zip(findings_by_dataset.into_par_iter())
        .zip(udata.into_par_iter())
        .filter_map(|((root, findings), udata)| {
            let dataset_value = value.pointer(root).filter(|value| value.is_object())?;
            let dataset = DatasetView::new(dataset_value);
            let mut udata = udata?;
            for explanation in udata
                .criteria
                .iter_mut()
                .filter_map(|result| result.explanation.as_mut())
            {
                explanation.hit.pointer.insert_str(0, root);
            }
            let findings: Vec<(&str, &str)> = findings
                .iter()
                .map(|finding| {
                    let relative = finding.pointer.strip_prefix(root.as_str());
                    (finding.code, relative.unwrap_or(&finding.pointer))
                })
                .collect();
            let mqa = settings.mqa.then(|| {
                mqa::evaluate(&mqa::Source {
                    dataset,
                    origin: linted.origin,
                    limits: document.limits,
                    ran: &linted.rules,
                    findings: &findings,
                })
            });
            let shown = dglint::Shown {
                dataset,
                origin: linted.origin,
                limits: document.limits,
                files,
                as_of,
            };
            let profile = Profile {
                slug: dataset.text("slug").map(str::to_owned),
                organization: dataset
                    .nested_text("organization", "name")
                    .map(str::to_owned),
                page: dataset.text("page").map(str::to_owned),
                usage: Usage::of(&dataset),
                days_late: days_late(&dataset, linted.origin, files, as_of, document.limits),
                served_points: served_points(&dataset),
            };
            Some(DatasetScores {
                pointer: root.clone(),
                id: dataset
                    .text("id")
                    .or_else(|| dataset.text("slug"))
                    .map(str::to_owned),
                title: dataset.title().map(str::to_owned),
                udata,
                dglint: dglint::evaluate(&shown, ran, &findings, settings),
                mqa,
                profile,
            })
        })
        .collect()
}

fn served_points(dataset: &DatasetView<'_>) -> Option<u8> {
    let score = dataset
        .nested("quality", "score")
        .and_then(serde_json::Value::as_f64)
        .filter(|score| (0.0..=1.0).contains(score))?;
    let points = (score * f64::from(udata::MAX_POINTS)).round();
    // Within 0..=9 by the filter above.
    Some(points as u8)
}

fn days_late(
    dataset: &DatasetView<'_>,
    origin: crate::model::Origin,
    files: &LocalFiles,
    as_of: DateTime<Utc>,
    limits: Limits,
) -> Option<i64> {
    let delta = Vocabularies::embedded()
        .resolve_frequency(dataset.frequency()?)?
        .delta()?;
    let update = last_update(dataset, origin, files, as_of, limits.resources_listed())?;
    update.pointer.as_ref()?;
    Some(update.days_late(delta, as_of))
}
