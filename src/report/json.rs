//! The JSON report: a documented contract (`schemas/report.schema.json`). Fields are only
//! ever added; a breaking change bumps `schema_version`.

use serde::Serialize;

use serde_json::{Map, Value};

use super::{Counts, FileReport, LocatedFinding, Report};
use crate::document::Position;
use crate::model::udata::MAX_POINTS;
use crate::score::DatasetScores;
use crate::score::dglint::Outcome;

/// The version of the JSON report's shape.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
#[serde(bound(serialize = "Lazy<F>: Serialize, Lazy<D>: Serialize"))]
struct JsonReport<'a, F, D> {
    schema_version: u32,
    tool: Tool,
    as_of: String,
    summary: Summary,
    files: Vec<FileSummary<'a>>,
    findings: Lazy<F>,
    datasets: Lazy<D>,
    errors: Vec<&'a str>,
    /// The trends against a previous audit (`dglint audit --compare`).
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<Value>,
}

/// A list serialised from an iterator as it is written, never held whole in memory.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    datasets: usize,
    skipped: Map<String, Value>,
    files_with_findings: usize,
    findings: usize,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct FileSummary<'a> {
    path: &'a str,
    origin: &'static str,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct JsonDataset<'a> {
    label: String,
    file: &'a str,
    pointer: &'a str,
    id: Option<&'a str>,
    title: Option<&'a str>,
    udata: JsonUdata<'a>,
    dglint: JsonDglint,
    #[serde(skip_serializing_if = "Option::is_none")]
    mqa: Option<super::mqa::JsonMqa>,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct JsonUdata<'a> {
    points: u8,
    max_points: u8,
    score: f64,
    percent: u32,
    label: &'static str,
    quality: Map<String, Value>,
    criteria: Vec<JsonCriterion<'a>>,
    unknown: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonCriterion<'a> {
    key: &'static str,
    passed: bool,
    scores: bool,
    predicted: bool,
    explanation: Option<JsonExplanation<'a>>,
}

#[derive(Serialize)]
struct JsonExplanation<'a> {
    message: &'a str,
    rule: Option<&'static str>,
    file: &'a str,
    pointer: &'a str,
    start: Option<Position>,
}

#[derive(Serialize)]
struct JsonDglint {
    score: f64,
    grade: &'static str,
    points: f64,
    max_points: f64,
    criteria: Vec<JsonDglintCriterion>,
    categories: Vec<JsonCategory>,
    fix_first: Vec<JsonGain>,
}

#[derive(Serialize)]
struct JsonDglintCriterion {
    id: &'static str,
    points: f64,
    earned: bool,
    unknown: bool,
    rules: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonCategory {
    category: &'static str,
    weight: f64,
    score: f64,
    failed: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonGain {
    code: &'static str,
    name: &'static str,
    points: f64,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    name: &'a str,
    category: &'a str,
    severity: &'a str,
    message: &'a str,
    help: &'a str,
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    dataset: Option<&'a str>,
    pointer: &'a str,
    location: Location,
    fingerprint: String,
}

#[derive(Serialize)]
struct Location {
    start: Position,
    end: Position,
    byte_offset: usize,
    byte_length: usize,
}

/// Writes the report as pretty-printed JSON; `as_of` is the run's "now" (RFC 3339).
pub fn write(
    report: &Report,
    as_of: &str,
    comparison: Option<Value>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let counts = report.counts();
    let json = JsonReport {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: "dglint",
            version: env!("CARGO_PKG_VERSION"),
        },
        as_of: as_of.to_owned(),
        summary: Summary {
            files: report.files.len(),
            datasets: report.files.iter().map(|file| file.datasets.len()).sum(),
            skipped: report
                .skipped
                .iter()
                .map(|(reason, count)| (reason.as_str().to_owned(), Value::from(*count)))
                .collect(),
            files_with_findings: report
                .files
                .iter()
                .filter(|file| !file.findings.is_empty())
                .count(),
            findings: counts.total(),
            counts,
        },
        files: report
            .files
            .iter()
            .map(|file| FileSummary {
                path: &file.path,
                origin: file.origin.as_str(),
                counts: file.counts(),
            })
            .collect(),
        findings: Lazy(|| {
            report.files.iter().flat_map(|file| {
                file.findings
                    .iter()
                    .map(move |located| json_finding(file, located))
            })
        }),
        datasets: Lazy(|| {
            report.files.iter().flat_map(|file| {
                file.datasets
                    .iter()
                    .zip(file.dataset_counts())
                    .map(move |(dataset, counts)| json_dataset(file, dataset, counts))
            })
        }),
        errors: report
            .unreadable
            .iter()
            .chain(&report.unfetched)
            .map(|problem| problem.message.as_str())
            .collect(),
        comparison,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;

    out.write_all(b"\n")
}

fn json_finding<'a>(file: &'a FileReport, located: &'a LocatedFinding) -> JsonFinding<'a> {
    JsonFinding {
        code: &located.rule.def.code,
        name: &located.rule.def.name,
        category: located.rule.def.category.as_str(),
        severity: located.finding.severity.as_str(),
        message: &located.finding.message,
        help: &located.finding.help,
        file: file.file_of(located),
        dataset: file.dataset_of(located),
        pointer: &located.finding.pointer,
        location: Location {
            start: located.start,
            end: located.end,
            byte_offset: located.span.start,
            byte_length: located.span.len(),
        },
        fingerprint: format!("{:016x}", located.fingerprint),
    }
}

/// Writes JSON Lines: one finding per line, shaped as in the JSON report.
pub fn write_lines(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for file in &report.files {
        for located in &file.findings {
            serde_json::to_writer(&mut *out, &json_finding(file, located))?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn json_dataset<'a>(
    file: &'a FileReport,
    dataset: &'a DatasetScores,
    counts: Counts,
) -> JsonDataset<'a> {
    let udata = &dataset.udata;
    JsonDataset {
        label: file.dataset_label(dataset),
        file: &file.path,
        pointer: &dataset.pointer,
        id: dataset.id.as_deref(),
        title: dataset.title.as_deref(),
        udata: JsonUdata {
            points: udata.points(),
            max_points: MAX_POINTS,
            score: udata.score(),
            percent: udata.percent(),
            label: udata.label(),
            quality: udata.to_object(),
            criteria: udata
                .criteria
                .iter()
                .map(|result| JsonCriterion {
                    key: result.criterion.key(),
                    passed: result.passed,
                    scores: result.criterion.scores(),
                    predicted: result.predicted,
                    explanation: result.explanation.as_ref().map(|explanation| {
                        let place = explanation.place.as_ref();
                        JsonExplanation {
                            message: &explanation.hit.message,
                            rule: explanation.rule,
                            file: place
                                .and_then(|place| place.file.as_deref())
                                .unwrap_or(&file.path),
                            pointer: &explanation.hit.pointer,
                            start: place.map(|place| place.start),
                        }
                    }),
                })
                .collect(),
            unknown: udata
                .unknown
                .iter()
                .map(|criterion| criterion.key())
                .collect(),
        },
        dglint: JsonDglint {
            score: dataset.dglint.score,
            grade: dataset.dglint.grade,
            points: dataset.dglint.points,
            max_points: dataset.dglint.max_points,
            criteria: dataset
                .dglint
                .criteria
                .iter()
                .enumerate()
                .map(|(position, result)| JsonDglintCriterion {
                    id: result.criterion.id.as_str(),
                    points: (result.points * 10.0).round() / 10.0,
                    earned: result.outcome == Outcome::Met,
                    unknown: result.outcome == Outcome::Unknown,
                    rules: dataset.dglint.rules_of(position).collect(),
                })
                .collect(),
            categories: dataset
                .dglint
                .categories
                .iter()
                .map(|category| JsonCategory {
                    category: category.category.as_str(),
                    weight: category.weight,
                    score: category.score,
                    failed: category.failed.clone(),
                })
                .collect(),
            fix_first: dataset
                .dglint
                .fix_first()
                .iter()
                .map(|gain| JsonGain {
                    code: gain.rule.def.code.as_str(),
                    name: gain.rule.def.name.as_str(),
                    points: (gain.points * 10.0).round() / 10.0,
                })
                .collect(),
        },
        mqa: dataset.mqa.as_ref().map(super::mqa::JsonMqa::new),
        counts,
    }
}
