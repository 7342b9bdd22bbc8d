//! What linting a document found: plain data (findings, the datasets and the rules that ran),
//! which the scores and the reports read without knowing the engine that made it.

use std::sync::Arc;

use super::registry::Rule;
use crate::finding::Finding;
use crate::model::Origin;
use crate::model::udata::UdataQuality;

/// The rules that ran on a document, in code order, shared by the documents alike.
pub type RuleList = Arc<[&'static Rule]>;

/// What linting a document found.
pub struct Linted {
    /// What the document holds (as told, or as detected).
    pub origin: Origin,
    /// The pointer of each dataset in it (none when it did not parse).
    pub datasets: Vec<String>,
    /// udata's quality of each dataset, beside `datasets` (`None` where the pointer holds no
    /// object), explanations relative to the dataset: computed once while linting, for DG003
    /// and then for the scores.
    pub udata: Vec<Option<UdataQuality>>,
    /// Every finding, suppressions applied.
    pub findings: Vec<Finding>,
    /// The rules that ran on it (the enabled ones, less per-file ignores, the manifest
    /// schema rules on API data, the rules only for API data on manifests, the rules about
    /// links without a link check, and the rules about resources when the source does not
    /// list them), in code order; shared by the documents alike.
    pub rules: RuleList,
}
