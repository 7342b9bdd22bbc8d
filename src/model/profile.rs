//! What an audit shows of a dataset besides its scores: where to see it, who publishes it,
//! how much it is used, how late it is. A pure function of the dataset, computed only for
//! audits (the `profile` switch of the score settings).

use chrono::{DateTime, Utc};

use crate::document::Limits;
use crate::model::harvest::HarvestSource;
use crate::model::last_update::last_update;
use crate::model::local_files::LocalFiles;
use crate::model::udata::MAX_POINTS;
use crate::model::{DatasetView, Origin, Vocabularies};

/// What an audit shows of a dataset besides its scores: where to see it, who publishes it,
/// how much it is used, how late it is.
#[derive(Clone, Default, Debug)]
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
    /// The source catalogue it is harvested from, when it is.
    pub harvest: Option<Harvested>,
}

/// The source catalogue of a harvested dataset, as an audit groups datasets by it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Harvested {
    /// udata's backend (`DCAT`, `CKAN`...).
    pub backend: String,
    /// The source's host (from its remote URL), when known.
    pub domain: Option<String>,
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

impl Profile {
    /// The profile of no dataset: nothing known.
    pub const EMPTY: Profile = Profile {
        slug: None,
        organization: None,
        page: None,
        usage: Usage {
            views: 0,
            downloads: 0,
            reuses: 0,
            followers: 0,
        },
        days_late: None,
        served_points: None,
        harvest: None,
    };

    /// The profile of `dataset`, as of `as_of`.
    pub fn of(
        dataset: &DatasetView<'_>,
        origin: Origin,
        files: &LocalFiles,
        as_of: DateTime<Utc>,
        limits: Limits,
    ) -> Profile {
        Profile {
            slug: dataset.text("slug").map(str::to_owned),
            organization: dataset
                .nested_text("organization", "name")
                .map(str::to_owned),
            page: dataset.text("page").map(str::to_owned),
            usage: Usage::of(dataset),
            days_late: days_late(dataset, origin, files, as_of, limits),
            served_points: served_points(dataset),
            harvest: HarvestSource::of(dataset).map(|source| Harvested {
                backend: source.backend.to_owned(),
                domain: source.domain.map(str::to_owned),
            }),
        }
    }
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

fn served_points(dataset: &DatasetView<'_>) -> Option<u8> {
    let score = dataset
        .nested("quality", "score")
        .and_then(serde_json::Value::as_f64)
        .filter(|score| (0.0..=1.0).contains(score))?;
    let points = (score * f64::from(MAX_POINTS)).round();
    // Within 0..=9 by the filter above.
    Some(points as u8)
}

fn days_late(
    dataset: &DatasetView<'_>,
    origin: Origin,
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
