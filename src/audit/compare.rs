//! Trends against a previous audit's JSON report (`--compare previous.json`): datasets that
//! improved or regressed, findings that appeared or were fixed, each criterion's pass rate
//! before and now.
//!
//! Datasets are matched by their label (the dataset id for published data, the path for a
//! manifest); findings by their fingerprint (rule, dataset, pointer), so they survive line
//! moves and reordering.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use std::borrow::Cow;

use serde_json::{Value, json};

use super::{Audit, tally};
use crate::model::udata::Criterion;
use crate::report::json::ReadReport;

/// A dataset as the previous report scored it.
#[derive(Debug, Clone, PartialEq)]
struct Before {
    udata_points: u32,
    dglint_score: f64,
    criteria: Vec<(String, bool)>,
    unknown: Vec<String>,
}

/// What a previous audit's JSON report says.
pub struct Previous {
    as_of: String,
    datasets: HashMap<String, Before>,
    findings: HashMap<String, String>,
}

/// Why a previous audit cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum PreviousError {
    /// The file cannot be read.
    #[error("{}", crate::msg!("cannot-read", path = path, reason = crate::i18n::io_reason(source)))]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a JSON report of dglint (not JSON, or a field missing or of
    /// another type).
    #[error("{}", crate::msg!("not-a-report", path = path, detail = source))]
    NotAReport {
        /// The file.
        path: String,
        /// What is wrong, and where.
        source: serde_json::Error,
    },
}

impl Previous {
    /// Reads a JSON report written by `dglint audit --output-format json` (or `--report
    /// json=...`).
    pub fn load(path: &Path) -> Result<Previous, PreviousError> {
        let path_text = || path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| PreviousError::Read {
            path: path_text(),
            source,
        })?;
        let report: ReadReport =
            serde_json::from_str(&text).map_err(|source| PreviousError::NotAReport {
                path: path_text(),
                source,
            })?;
        Ok(Previous::from_report(report))
    }

    /// Keeps what the comparison needs of a JSON report read back.
    pub(crate) fn from_report(report: ReadReport) -> Previous {
        let datasets = report
            .datasets
            .into_iter()
            .map(|dataset| {
                let before = Before {
                    udata_points: u32::from(dataset.udata.points),
                    dglint_score: dataset.dglint.score,
                    criteria: dataset
                        .udata
                        .criteria
                        .into_iter()
                        .map(|criterion| (criterion.key.into_owned(), criterion.passed))
                        .collect(),
                    unknown: dataset
                        .udata
                        .unknown
                        .into_iter()
                        .map(Cow::into_owned)
                        .collect(),
                };
                (dataset.label, before)
            })
            .collect();
        let findings = report
            .findings
            .into_iter()
            .map(|finding| (finding.fingerprint, finding.code.into_owned()))
            .collect();
        Previous {
            as_of: report.as_of,
            datasets,
            findings,
        }
    }
}

/// A dataset whose scores changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Its label.
    pub label: String,
    /// Its title now.
    pub title: Option<String>,
    /// udata points before and now.
    pub udata: (u32, u32),
    /// dglint score before and now.
    pub dglint: (f64, f64),
}

impl Change {
    /// The change of the dglint score.
    pub fn delta(&self) -> f64 {
        self.dglint.1 - self.dglint.0
    }
}

/// New and fixed findings of one rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleTrend {
    /// The rule's code.
    pub code: String,
    /// Findings that were not there before.
    pub new: usize,
    /// Findings that are gone.
    pub fixed: usize,
}

/// The trends of an audit against a previous one.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// When the previous audit was made.
    pub previous_as_of: String,
    /// Datasets whose scores rose (dglint or udata), largest rise first.
    pub improved: Vec<Change>,
    /// Datasets whose scores fell, largest fall first.
    pub regressed: Vec<Change>,
    /// Datasets audited now that the previous audit did not have.
    pub added: usize,
    /// Datasets of the previous audit that are not audited now.
    pub removed: usize,
    /// Findings that appeared.
    pub new_findings: usize,
    /// Findings that are gone.
    pub fixed_findings: usize,
    /// New and fixed findings by rule, most changed first.
    pub rules: Vec<RuleTrend>,
    /// Each criterion's pass rate before and now (percent).
    pub criteria: Vec<(Criterion, Option<f64>, Option<f64>)>,
    /// Mean udata points and dglint score before.
    pub means_before: (f64, f64),
    /// udata points and dglint score before, by dataset label.
    before: HashMap<String, (u32, f64)>,
}

impl Comparison {
    /// Compares `audit` with `previous`.
    pub fn of(audit: &Audit<'_>, previous: &Previous) -> Comparison {
        let (improved, regressed, matched) = dataset_changes(audit, previous);
        let (new_findings, fixed_findings, rules) = finding_trends(audit, previous);
        Comparison {
            previous_as_of: previous.as_of.clone(),
            improved,
            regressed,
            added: audit.rows.len() - matched,
            removed: previous.datasets.len() - matched,
            new_findings,
            fixed_findings,
            rules,
            criteria: criteria_rates(audit, previous),
            means_before: means_before(previous),
            before: previous
                .datasets
                .iter()
                .map(|(label, before)| (label.clone(), (before.udata_points, before.dglint_score)))
                .collect(),
        }
    }

    /// The trends as the JSON report writes them (`comparison` in
    /// `schemas/report.schema.json`).
    pub fn to_json(&self) -> Value {
        let change = |change: &Change| {
            json!({
                "label": change.label,
                "title": change.title,
                "udata_points": [change.udata.0, change.udata.1],
                "dglint_score": [change.dglint.0, change.dglint.1],
            })
        };
        json!({
            "previous_as_of": self.previous_as_of,
            "means_before": {"udata_points": self.means_before.0, "dglint_score": self.means_before.1},
            "improved": self.improved.iter().map(change).collect::<Vec<_>>(),
            "regressed": self.regressed.iter().map(change).collect::<Vec<_>>(),
            "added": self.added,
            "removed": self.removed,
            "new_findings": self.new_findings,
            "fixed_findings": self.fixed_findings,
            "rules": self.rules.iter().map(|trend| json!({
                "code": trend.code, "new": trend.new, "fixed": trend.fixed,
            })).collect::<Vec<_>>(),
            "criteria": self.criteria.iter().map(|(criterion, before, now)| json!({
                "key": criterion.key(), "before_percent": before, "now_percent": now,
            })).collect::<Vec<_>>(),
        })
    }

    /// udata points and dglint score of a dataset in the previous audit.
    pub fn before(&self, label: &str) -> Option<(u32, f64)> {
        self.before.get(label).copied()
    }
}

/// The datasets of both audits (matched by label) whose scores rose, largest rise first, and
/// fell, largest fall first; and how many are in both.
fn dataset_changes(audit: &Audit<'_>, previous: &Previous) -> (Vec<Change>, Vec<Change>, usize) {
    let mut improved = Vec::new();
    let mut regressed = Vec::new();
    let mut matched = HashSet::new();
    for row in &audit.rows {
        let label = row.label();
        let Some(before) = previous.datasets.get(&label) else {
            continue;
        };
        matched.insert(label.clone());
        let change = Change {
            title: row.scores.title.clone(),
            udata: (before.udata_points, row.scores.udata.points().into()),
            dglint: (before.dglint_score, row.scores.dglint.score),
            label,
        };
        // dglint's score decides; udata's when dglint's did not move (it is rounded to
        // a tenth).
        let direction = if change.delta().abs() > 0.05 {
            change.delta().total_cmp(&0.0)
        } else {
            change.udata.1.cmp(&change.udata.0)
        };
        match direction {
            std::cmp::Ordering::Greater => improved.push(change),
            std::cmp::Ordering::Less => regressed.push(change),
            std::cmp::Ordering::Equal => {}
        }
    }
    improved.sort_by(|a, b| b.delta().total_cmp(&a.delta()));
    regressed.sort_by(|a, b| a.delta().total_cmp(&b.delta()));
    (improved, regressed, matched.len())
}

/// How many findings appeared and went (matched by fingerprint), and both by rule, most
/// changed first.
fn finding_trends(audit: &Audit<'_>, previous: &Previous) -> (usize, usize, Vec<RuleTrend>) {
    let current: HashMap<String, &str> = audit
        .rows
        .iter()
        .flat_map(|row| &row.findings)
        .map(|located| {
            (
                format!("{:016x}", located.fingerprint),
                located.finding.code,
            )
        })
        .collect();
    // (new, fixed) by rule code.
    let mut by_rule: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut new_findings, mut fixed_findings) = (0, 0);
    for (fingerprint, code) in &current {
        if !previous.findings.contains_key(fingerprint) {
            new_findings += 1;
            by_rule.entry((*code).to_owned()).or_default().0 += 1;
        }
    }
    for (fingerprint, code) in &previous.findings {
        if !current.contains_key(fingerprint) {
            fixed_findings += 1;
            by_rule.entry(code.clone()).or_default().1 += 1;
        }
    }
    let mut rules: Vec<RuleTrend> = by_rule
        .into_iter()
        .map(|(code, (new, fixed))| RuleTrend { code, new, fixed })
        .collect();

    rules.sort_by_key(|trend| std::cmp::Reverse(trend.new + trend.fixed));
    (new_findings, fixed_findings, rules)
}

/// Each udata criterion's pass rate before and now (a criterion a dataset left out counts as
/// not met, one it could not decide is left out).
fn criteria_rates(
    audit: &Audit<'_>,
    previous: &Previous,
) -> Vec<(Criterion, Option<f64>, Option<f64>)> {
    let before_rates = tally(previous.datasets.values().flat_map(|dataset| {
        Criterion::ALL.iter().filter_map(|criterion| {
            let key = criterion.key();
            match dataset.criteria.iter().find(|(written, _)| written == key) {
                Some((_, passed)) => Some((*criterion, *passed)),
                None if dataset.unknown.iter().any(|written| written == key) => None,
                None => Some((*criterion, false)),
            }
        })
    }));

    before_rates
        .iter()
        .zip(&audit.criteria)
        .map(|((criterion, before), (_, now))| (*criterion, before.percent(), now.percent()))
        .collect()
}

/// The mean udata points and dglint score of the previous audit.
fn means_before(previous: &Previous) -> (f64, f64) {
    let count = previous.datasets.len().max(1) as f64;
    (
        previous
            .datasets
            .values()
            .map(|before| f64::from(before.udata_points))
            .sum::<f64>()
            / count,
        previous
            .datasets
            .values()
            .map(|before| before.dglint_score)
            .sum::<f64>()
            / count,
    )
}
