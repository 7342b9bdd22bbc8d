//! The scores of a dataset: data.gouv.fr's own ([`udata`]), dglint's ([`dglint`]) and, with
//! the `mqa` profile, data.europa.eu's ([`mqa`]).

pub mod dglint;
pub mod mqa;

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use crate::document::{Document, pointer};
use crate::finding::Finding;
use crate::model::DatasetView;
use crate::model::local_files::LocalFiles;
use crate::model::profile::Profile;
use crate::rules::Linted;

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
    /// What an audit shows besides the scores, when the run is an audit
    /// ([`ScoreSettings::profile`]).
    pub profile: Option<Profile>,
}

impl DatasetScores {
    /// What an audit shows besides the scores (empty when the run did not ask for it).
    pub fn profile(&self) -> &Profile {
        self.profile.as_ref().unwrap_or(&Profile::EMPTY)
    }
}

/// A dataset's pointer, its findings and udata's quality of it, scored on any thread.
type DatasetWork<'a> = ((&'a String, Vec<&'a Finding>), Option<UdataQuality>);

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
        .filter_map(|((root, findings), udata): DatasetWork<'_>| {
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
            let profile = settings
                .profile
                .then(|| Profile::of(&dataset, linted.origin, files, as_of, document.limits));
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
