//! The two scores of a dataset: data.gouv.fr's own ([`udata`]) and dglint's ([`dglint`]).

pub mod dglint;
pub mod udata;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::document::{Document, pointer};
use crate::model::{DatasetView, Vocabularies};
use crate::rules::engine::Linted;
use crate::source::local_files::LocalFiles;

pub use dglint::{DglintScore, ScoreSettings};
pub use udata::{Criterion, UdataQuality};

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
}

/// Scores every dataset `linted` found in `document`; `files` are the files beside it.
pub fn score_document(
    document: &Document,
    linted: &Linted,
    files: &LocalFiles,
    settings: &ScoreSettings,
    as_of: DateTime<Utc>,
) -> Vec<DatasetScores> {
    let Some(value) = &document.value else {
        return Vec::new();
    };
    linted
        .datasets
        .iter()
        .filter_map(|root| {
            let dataset_value = value.pointer(root).filter(|value| value.is_object())?;
            let dataset = DatasetView::new(dataset_value);
            let mut udata = udata::evaluate(&udata::UdataInput {
                dataset,
                origin: linted.origin,
                as_of,
                files,
                vocab: Vocabularies::embedded(),
                resources_known: !document.lacks_resources,
            });
            for explanation in udata
                .criteria
                .iter_mut()
                .filter_map(|result| result.explanation.as_mut())
            {
                explanation.hit.pointer.insert_str(0, root);
            }
            let failed: BTreeSet<&str> = linted
                .findings
                .iter()
                .filter(|finding| pointer::is_within(&finding.pointer, root))
                .map(|finding| finding.code)
                .collect();
            Some(DatasetScores {
                pointer: root.clone(),
                id: dataset
                    .text("id")
                    .or_else(|| dataset.text("slug"))
                    .map(str::to_owned),
                title: dataset.title().map(str::to_owned),
                udata,
                dglint: dglint::evaluate(&linted.rules, &failed, settings),
            })
        })
        .collect()
}
