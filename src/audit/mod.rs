//! The audit of a catalogue at a glance: where it stands, what to fix first, and whether it
//! improves. [`Audit::of`] digests a [`Report`] once; the terminal summary, the Markdown,
//! CSV and HTML reports render that digest.
//!
//! Fix first ranks datasets by `priority = (100 − dglint score) × usage weight`: what fixing
//! every finding would gain, times how much the dataset is used (see
//! [`crate::score::Usage::weight`]). A popular dataset with a poor score comes first; an
//! unused one with the same score comes after it.

pub mod compare;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod summary;
mod svg;
mod texts;

use std::collections::HashMap;

use rayon::prelude::*;

use crate::model::profile::Harvested;
use crate::model::udata::Criterion;
use crate::report::{Counts, FileReport, LocatedFinding, Report, SkipReason};
use crate::rules::definition::Category;
use crate::rules::registry::Rule;
use crate::score::DatasetScores;
use crate::score::dglint::ALL_GRADES;

pub use compare::{Comparison, Previous};

/// How many datasets the short lists (terminal, Markdown) show.
pub const SHORT_LIST: usize = 10;

/// One dataset of the audit.
pub struct Row<'r> {
    /// The file (or record) it comes from.
    pub file: &'r FileReport,
    /// Its scores and profile.
    pub scores: &'r DatasetScores,
    /// Its findings, in file order.
    pub findings: Vec<&'r LocatedFinding>,
    /// Its findings by severity.
    pub counts: Counts,
    /// What fixing every finding would add to its dglint score.
    pub gain: f64,
    /// Its fix-first priority: `gain × usage weight`.
    pub priority: f64,
}

impl<'r> Row<'r> {
    /// How the dataset is named in tables (its id for published data, its path for a
    /// manifest).
    pub fn label(&self) -> String {
        self.file.dataset_label(self.scores)
    }

    /// The finding to fix first: one of the rule that gains most, else the most severe.
    pub fn top_finding(&self) -> Option<&'r LocatedFinding> {
        let best_rule = self
            .scores
            .dglint
            .gains
            .first()
            .map(|gain| gain.rule.code());
        self.findings
            .iter()
            .find(|located| Some(located.finding.code) == best_rule)
            .or_else(|| {
                self.findings
                    .iter()
                    .max_by_key(|located| located.finding.severity)
            })
            .copied()
    }
}

/// A share of datasets.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rate {
    /// Datasets that pass.
    pub passed: usize,
    /// Datasets where it could be decided.
    pub known: usize,
}

impl Rate {
    /// The share in percent, `None` when nothing could be decided.
    pub fn percent(&self) -> Option<f64> {
        (self.known > 0).then(|| 100.0 * self.passed as f64 / self.known as f64)
    }
}

/// data.gouv.fr's headline figures over the audited datasets. Criteria the source cannot
/// decide make them bounds: the lower counts only the points known, the upper counts every
/// unknown criterion as met.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct UdataHeadline {
    /// Mean points, lower and upper bound.
    pub mean: (f64, f64),
    /// Datasets at 7/9 or more: surely, and at most.
    pub seven_or_more: (usize, usize),
    /// What the portal serves, over the datasets whose data carries its score.
    pub served: Option<Served>,
}

/// The portal's own score over the datasets that carry it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Served {
    /// Mean points served.
    pub mean: f64,
    /// Datasets served at 7/9 or more.
    pub seven_or_more: usize,
    /// Datasets carrying a served score.
    pub datasets: usize,
}

impl UdataHeadline {
    fn of(rows: &[Row<'_>]) -> UdataHeadline {
        let mut headline = UdataHeadline::default();
        let mut served = Served::default();
        for row in rows {
            let udata = &row.scores.udata;
            let (low, high) = (udata.points(), udata.points() + udata.unknown_points());
            headline.mean.0 += f64::from(low);
            headline.mean.1 += f64::from(high);
            headline.seven_or_more.0 += usize::from(low >= SEVEN);
            headline.seven_or_more.1 += usize::from(high >= SEVEN);
            if let Some(points) = row.scores.profile().served_points {
                served.mean += f64::from(points);
                served.seven_or_more += usize::from(points >= SEVEN);
                served.datasets += 1;
            }
        }
        if !rows.is_empty() {
            let count = rows.len() as f64;
            headline.mean = (headline.mean.0 / count, headline.mean.1 / count);
        }
        if served.datasets > 0 {
            served.mean /= served.datasets as f64;
            headline.served = Some(served);
        }
        headline
    }

    /// Whether unknown criteria leave room between the bounds.
    pub fn is_range(&self) -> bool {
        self.mean.0 != self.mean.1
    }
}

/// The points from which a dataset is counted among the good ones of the headline (7/9).
pub const SEVEN: u8 = 7;

/// How often a rule fired.
pub struct RuleCount {
    /// The rule.
    pub rule: &'static Rule,
    /// Its findings.
    pub findings: usize,
    /// The datasets with at least one.
    pub datasets: usize,
}

/// The digest of an audit.
pub struct Audit<'r> {
    /// The datasets, highest priority first.
    pub rows: Vec<Row<'r>>,
    /// Datasets left out, by reason.
    pub skipped: Vec<(SkipReason, usize)>,
    /// Datasets by udata points (index = points, 0 to 9).
    pub udata_points: [usize; 10],
    /// Datasets by dglint score, in tenths (0–9, 90–100 in the last).
    pub dglint_tenths: [usize; 10],
    /// Datasets by dglint grade, A to E.
    pub grades: Vec<(&'static str, usize)>,
    /// Mean udata points and mean dglint score (udata's counting known points only).
    pub means: (f64, f64),
    /// data.gouv.fr's headline figures as bounds, and as the portal serves them.
    pub udata_headline: UdataHeadline,
    /// Pass rate of each udata criterion.
    pub criteria: Vec<(Criterion, Rate)>,
    /// Pass rate of each dglint category (a dataset passes when none of its rules fires).
    pub categories: Vec<(Category, Rate)>,
    /// The most frequent findings, most frequent first.
    pub frequent: Vec<RuleCount>,
    /// The trends against a previous audit.
    pub comparison: Option<Comparison>,
    /// The harvested datasets by source catalogue, the largest first.
    pub sources: Vec<SourceGroup>,
}

/// The datasets an audit found harvested from one source catalogue: their findings are fixed
/// there.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceGroup {
    /// The source (backend and host).
    pub source: Harvested,
    /// How many datasets come from it.
    pub datasets: usize,
    /// Their mean data.gouv.fr points.
    pub mean_udata: f64,
    /// Their findings.
    pub findings: usize,
}

/// The harvested datasets of `rows`, grouped by source, the largest group first.
fn source_groups(rows: &[Row<'_>]) -> Vec<SourceGroup> {
    let mut groups: std::collections::BTreeMap<&Harvested, (usize, u64, usize)> =
        std::collections::BTreeMap::new();
    for row in rows {
        if let Some(source) = &row.scores.profile().harvest {
            let group = groups.entry(source).or_default();
            group.0 += 1;
            group.1 += u64::from(row.scores.udata.points());
            group.2 += row.findings.len();
        }
    }
    let mut groups: Vec<SourceGroup> = groups
        .into_iter()
        .map(|(source, (datasets, points, findings))| SourceGroup {
            source: source.clone(),
            datasets,
            mean_udata: points as f64 / datasets as f64,
            findings,
        })
        .collect();
    groups.sort_by(|a, b| {
        b.datasets
            .cmp(&a.datasets)
            .then_with(|| a.source.cmp(&b.source))
    });
    groups
}

impl<'r> Audit<'r> {
    /// Digests `report`, comparing it with `previous` when given.
    pub fn of(report: &'r Report, previous: Option<&Previous>) -> Audit<'r> {
        let mut rows: Vec<(String, Row<'r>)> = report
            .files
            .par_iter()
            .flat_map_iter(|file: &'r FileReport| {
                file.datasets
                    .iter()
                    .zip(file.findings_by_dataset())
                    .map(move |(scores, findings)| {
                        let row = row(file, scores, findings);
                        (row.label(), row)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        rows.par_sort_unstable_by(|(a_label, a), (b_label, b)| {
            b.priority
                .total_cmp(&a.priority)
                .then_with(|| a_label.cmp(b_label))
        });
        let rows: Vec<Row<'r>> = rows.into_iter().map(|(_, row)| row).collect();
        // Three passes over every row, side by side.
        let (criteria, (categories, frequent)) = rayon::join(
            || criterion_rates(rows.iter().map(|row| row.scores)),
            || rayon::join(|| category_rates(&rows), || frequent_findings(&rows)),
        );
        let mut audit = Audit {
            skipped: report.skipped.clone(),
            udata_points: [0; 10],
            dglint_tenths: [0; 10],
            grades: ALL_GRADES.map(|grade| (grade, 0)).to_vec(),
            means: (0.0, 0.0),
            udata_headline: UdataHeadline::default(),
            criteria,
            categories,
            frequent,
            comparison: None,
            sources: Vec::new(),
            rows,
        };
        audit.sources = source_groups(&audit.rows);
        for row in &audit.rows {
            let points = row.scores.udata.points() as usize;
            audit.udata_points[points.min(9)] += 1;
            let tenth = (row.scores.dglint.score / 10.0).floor() as usize;
            audit.dglint_tenths[tenth.min(9)] += 1;
            if let Some(slot) = audit
                .grades
                .iter_mut()
                .find(|(grade, _)| *grade == row.scores.dglint.grade)
            {
                slot.1 += 1;
            }
            audit.means.0 += f64::from(row.scores.udata.points());
            audit.means.1 += row.scores.dglint.score;
        }
        if !audit.rows.is_empty() {
            let count = audit.rows.len() as f64;
            audit.means = (audit.means.0 / count, audit.means.1 / count);
        }
        audit.udata_headline = UdataHeadline::of(&audit.rows);
        audit.comparison = previous.map(|previous| Comparison::of(&audit, previous));
        audit
    }

    /// The datasets to fix first (the highest priorities with something to gain).
    pub fn fix_first(&self, count: usize) -> impl Iterator<Item = &Row<'r>> {
        self.rows.iter().filter(|row| row.gain > 0.0).take(count)
    }
}

fn row<'r>(
    file: &'r FileReport,
    scores: &'r DatasetScores,
    findings: Vec<&'r LocatedFinding>,
) -> Row<'r> {
    let counts = Counts::of(findings.iter().map(|located| located.finding.severity));
    let gain = (100.0 - scores.dglint.score).max(0.0);
    Row {
        file,
        scores,
        findings,
        counts,
        gain,
        priority: gain * scores.profile().usage.weight(),
    }
}

/// The pass rate of each udata criterion over `datasets`. A criterion udata leaves out (the
/// resource criteria of a dataset without resources) counts as failed, as in udata's score;
/// one that cannot be decided (`unknown`) is left out.
pub fn criterion_rates<'a>(
    datasets: impl Iterator<Item = &'a DatasetScores>,
) -> Vec<(Criterion, Rate)> {
    tally(datasets.flat_map(|scores| {
        Criterion::ALL.iter().filter_map(|criterion| {
            let result = scores
                .udata
                .criteria
                .iter()
                .find(|result| result.criterion == *criterion);
            match result {
                Some(result) => Some((*criterion, result.passed)),
                None if scores.udata.unknown.contains(criterion) => None,
                None => Some((*criterion, false)),
            }
        })
    }))
}

/// The pass rate of each criterion over decided outcomes.
pub fn tally(outcomes: impl Iterator<Item = (Criterion, bool)>) -> Vec<(Criterion, Rate)> {
    let mut rates: Vec<(Criterion, Rate)> = Criterion::ALL
        .iter()
        .map(|criterion| (*criterion, Rate::default()))
        .collect();
    for (criterion, passed) in outcomes {
        if let Some((_, rate)) = rates.iter_mut().find(|(known, _)| *known == criterion) {
            rate.known += 1;
            rate.passed += usize::from(passed);
        }
    }
    rates
}

fn category_rates(rows: &[Row<'_>]) -> Vec<(Category, Rate)> {
    let mut rates: Vec<(Category, Rate)> = Category::ALL
        .iter()
        .map(|category| (*category, Rate::default()))
        .collect();
    for score in rows.iter().flat_map(|row| &row.scores.dglint.categories) {
        if let Some((_, rate)) = rates
            .iter_mut()
            .find(|(category, _)| *category == score.category)
        {
            rate.known += 1;
            rate.passed += usize::from(score.failed.is_empty());
        }
    }
    rates.retain(|(_, rate)| rate.known > 0);
    rates
}

fn frequent_findings(rows: &[Row<'_>]) -> Vec<RuleCount> {
    let mut counts: HashMap<&str, RuleCount, foldhash::fast::RandomState> = HashMap::default();
    for row in rows {
        let mut seen: Vec<&str> = Vec::new();
        for located in &row.findings {
            let entry = counts
                .entry(located.finding.code)
                .or_insert_with(|| RuleCount {
                    rule: located.rule,
                    findings: 0,
                    datasets: 0,
                });
            entry.findings += 1;
            if !seen.contains(&located.finding.code) {
                seen.push(located.finding.code);
                entry.datasets += 1;
            }
        }
    }
    let mut frequent: Vec<RuleCount> = counts.into_values().collect();
    frequent.sort_by(|a, b| {
        b.findings
            .cmp(&a.findings)
            .then_with(|| a.rule.code().cmp(b.rule.code()))
    });
    frequent
}
