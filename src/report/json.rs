//! The JSON report: a documented contract (`schemas/report.schema.json`). Fields are only
//! ever added; a breaking change bumps `schema_version`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use serde_json::{Map, Value};

use super::docs_url::DocsUrl;
use super::{Counts, FileReport, LocatedFinding, Report};
use crate::document::Position;
use crate::model::udata::MAX_POINTS;
use crate::score::DatasetScores;
use crate::score::dglint::Outcome;

/// The version of the JSON report's shape.
pub const SCHEMA_VERSION: u32 = 1;

/// The JSON report. Written with lazy lists of findings and datasets ([`Lazy`]), read back
/// (`dglint audit --compare`) with vectors ([`ReadReport`]): one set of types for both.
#[derive(Serialize, Deserialize)]
pub(crate) struct JsonReport<'a, F, D> {
    pub(crate) schema_version: u32,
    pub(crate) tool: Tool,
    pub(crate) as_of: String,
    pub(crate) summary: Summary,
    pub(crate) files: Vec<FileSummary<'a>>,
    pub(crate) findings: F,
    pub(crate) datasets: D,
    pub(crate) errors: Vec<Cow<'a, str>>,
    /// The trends against a previous audit (`dglint audit --compare`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) comparison: Option<Value>,
}

/// A JSON report read back, whole.
pub(crate) type ReadReport<'a> = JsonReport<'a, Vec<JsonFinding<'a>>, Vec<JsonDataset<'a>>>;

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

#[derive(Serialize, Deserialize)]
pub(crate) struct Tool {
    pub(crate) name: Cow<'static, str>,
    pub(crate) version: Cow<'static, str>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct Summary {
    pub(crate) files: usize,
    pub(crate) datasets: usize,
    pub(crate) skipped: Map<String, Value>,
    pub(crate) files_with_findings: usize,
    pub(crate) findings: usize,
    #[serde(flatten)]
    pub(crate) counts: Counts,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct FileSummary<'a> {
    pub(crate) path: Cow<'a, str>,
    pub(crate) origin: Cow<'static, str>,
    #[serde(flatten)]
    pub(crate) counts: Counts,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonDataset<'a> {
    pub(crate) label: String,
    pub(crate) file: Cow<'a, str>,
    pub(crate) pointer: Cow<'a, str>,
    pub(crate) id: Option<Cow<'a, str>>,
    pub(crate) title: Option<Cow<'a, str>>,
    pub(crate) udata: JsonUdata<'a>,
    pub(crate) dglint: JsonDglint,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) mqa: Option<super::mqa::JsonMqa>,
    #[serde(flatten)]
    pub(crate) counts: Counts,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonUdata<'a> {
    pub(crate) points: u8,
    pub(crate) max_points: u8,
    pub(crate) score: f64,
    pub(crate) percent: u32,
    pub(crate) label: Cow<'static, str>,
    pub(crate) quality: Map<String, Value>,
    pub(crate) criteria: Vec<JsonCriterion<'a>>,
    pub(crate) unknown: Vec<Cow<'static, str>>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonCriterion<'a> {
    pub(crate) key: Cow<'static, str>,
    pub(crate) passed: bool,
    pub(crate) scores: bool,
    pub(crate) predicted: bool,
    pub(crate) explanation: Option<JsonExplanation<'a>>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonExplanation<'a> {
    pub(crate) message: Cow<'a, str>,
    pub(crate) rule: Option<Cow<'static, str>>,
    pub(crate) file: Cow<'a, str>,
    pub(crate) pointer: Cow<'a, str>,
    pub(crate) start: Option<Position>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonDglint {
    pub(crate) score: f64,
    pub(crate) grade: Cow<'static, str>,
    pub(crate) points: f64,
    pub(crate) max_points: f64,
    pub(crate) criteria: Vec<JsonDglintCriterion>,
    pub(crate) categories: Vec<JsonCategory>,
    pub(crate) fix_first: Vec<JsonGain>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonDglintCriterion {
    pub(crate) id: Cow<'static, str>,
    pub(crate) points: f64,
    pub(crate) earned: bool,
    pub(crate) unknown: bool,
    pub(crate) rules: Vec<Cow<'static, str>>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonCategory {
    pub(crate) category: Cow<'static, str>,
    pub(crate) weight: f64,
    pub(crate) score: f64,
    pub(crate) failed: Vec<Cow<'static, str>>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonGain {
    pub(crate) code: Cow<'static, str>,
    pub(crate) name: Cow<'static, str>,
    pub(crate) points: f64,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonFinding<'a> {
    pub(crate) code: Cow<'a, str>,
    pub(crate) name: Cow<'a, str>,
    pub(crate) category: Cow<'a, str>,
    pub(crate) severity: Cow<'a, str>,
    pub(crate) message: Cow<'a, str>,
    pub(crate) help: Cow<'a, str>,
    pub(crate) file: Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) dataset: Option<Cow<'a, str>>,
    pub(crate) pointer: Cow<'a, str>,
    pub(crate) location: Location,
    pub(crate) fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) fix: Option<JsonFix<'a>>,
    /// The rule's page in the published manual (`docs-url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonFix<'a> {
    pub(crate) applicability: Cow<'a, str>,
    pub(crate) message: Cow<'a, str>,
    pub(crate) edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct JsonEdit<'a> {
    pub(crate) content: Cow<'a, str>,
    pub(crate) location: Location,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct Location {
    pub(crate) start: Position,
    pub(crate) end: Position,
    pub(crate) byte_offset: usize,
    pub(crate) byte_length: usize,
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
            name: "dglint".into(),
            version: env!("CARGO_PKG_VERSION").into(),
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
                path: file.path.as_str().into(),
                origin: file.origin.as_str().into(),
                counts: file.counts(),
            })
            .collect(),
        findings: Lazy(|| {
            report.files.iter().flat_map(|file| {
                file.findings
                    .iter()
                    .map(move |located| json_finding(file, located, report.docs_url.as_ref()))
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
            .map(|problem| Cow::Borrowed(problem.message.as_str()))
            .collect(),
        comparison,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;

    out.write_all(b"\n")
}

fn json_finding<'a>(
    file: &'a FileReport,
    located: &'a LocatedFinding,
    docs_url: Option<&DocsUrl>,
) -> JsonFinding<'a> {
    JsonFinding {
        url: docs_url.map(|base| base.rule(&located.rule.def.code, crate::i18n::lang())),
        code: located.rule.def.code.as_str().into(),
        name: located.rule.def.name.as_str().into(),
        category: located.rule.def.category.as_str().into(),
        severity: located.finding.severity.as_str().into(),
        message: located.finding.message.as_str().into(),
        help: Cow::Borrowed(&located.finding.help),
        file: file.file_of(located).into(),
        dataset: file.dataset_of(located).map(Cow::from),
        pointer: located.finding.pointer.as_str().into(),
        location: Location {
            start: located.start,
            end: located.end,
            byte_offset: located.span.start,
            byte_length: located.span.len(),
        },
        fingerprint: format!("{:016x}", located.fingerprint),
        fix: located.fix.as_ref().map(|fix| JsonFix {
            applicability: fix.safety.as_str().into(),
            message: located
                .rule
                .def
                .autofix_description(crate::i18n::lang())
                .unwrap_or_default()
                .into(),
            edits: fix
                .edits
                .iter()
                .map(|edit| JsonEdit {
                    content: edit.content.as_str().into(),
                    location: Location {
                        start: edit.start,
                        end: edit.end,
                        byte_offset: edit.span.start,
                        byte_length: edit.span.len(),
                    },
                })
                .collect(),
        }),
    }
}

/// Writes JSON Lines: one finding per line, shaped as in the JSON report.
pub fn write_lines(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for file in &report.files {
        for located in &file.findings {
            serde_json::to_writer(
                &mut *out,
                &json_finding(file, located, report.docs_url.as_ref()),
            )?;
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
        file: file.path.as_str().into(),
        pointer: dataset.pointer.as_str().into(),
        id: dataset.id.as_deref().map(Cow::from),
        title: dataset.title.as_deref().map(Cow::from),
        udata: JsonUdata {
            points: udata.points(),
            max_points: MAX_POINTS,
            score: udata.score(),
            percent: udata.percent(),
            label: udata.label().into(),
            quality: udata.to_object(),
            criteria: udata
                .criteria
                .iter()
                .map(|result| JsonCriterion {
                    key: result.criterion.key().into(),
                    passed: result.passed,
                    scores: result.criterion.scores(),
                    predicted: result.predicted,
                    explanation: result.explanation.as_ref().map(|explanation| {
                        let place = explanation.place.as_ref();
                        JsonExplanation {
                            message: explanation.hit.message.as_str().into(),
                            rule: explanation.rule.map(Cow::from),
                            file: place
                                .and_then(|place| place.file.as_deref())
                                .unwrap_or(&file.path)
                                .into(),
                            pointer: explanation.hit.pointer.as_str().into(),
                            start: place.map(|place| place.start),
                        }
                    }),
                })
                .collect(),
            unknown: udata
                .unknown
                .iter()
                .map(|criterion| Cow::Borrowed(criterion.key()))
                .collect(),
        },
        dglint: JsonDglint {
            score: dataset.dglint.score,
            grade: dataset.dglint.grade.into(),
            points: dataset.dglint.points,
            max_points: dataset.dglint.max_points,
            criteria: dataset
                .dglint
                .criteria
                .iter()
                .enumerate()
                .map(|(position, result)| JsonDglintCriterion {
                    id: result.criterion.id.as_str().into(),
                    points: (result.points * 10.0).round() / 10.0,
                    earned: result.outcome == Outcome::Met,
                    unknown: result.outcome == Outcome::Unknown,
                    rules: dataset.dglint.rules_of(position).map(Cow::from).collect(),
                })
                .collect(),
            categories: dataset
                .dglint
                .categories
                .iter()
                .map(|category| JsonCategory {
                    category: category.category.as_str().into(),
                    weight: category.weight,
                    score: category.score,
                    failed: category.failed.iter().copied().map(Cow::from).collect(),
                })
                .collect(),
            fix_first: dataset
                .dglint
                .fix_first()
                .iter()
                .map(|gain| JsonGain {
                    code: gain.rule.def.code.as_str().into(),
                    name: gain.rule.def.name.as_str().into(),
                    points: (gain.points * 10.0).round() / 10.0,
                })
                .collect(),
        },
        mqa: dataset.mqa.as_ref().map(super::mqa::JsonMqa::new),
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::run::{ConfigSource, Inputs, Run, RunOptions};

    #[test]
    fn the_types_that_write_the_report_read_all_of_it_back() {
        let options = RunOptions {
            config: ConfigSource::Isolated,
            selection: Default::default(),
            profiles: vec!["mqa".to_owned()],
            as_of: chrono::DateTime::UNIX_EPOCH,
            threads: 0,
            input: None,
            lang: Lang::Fr,
            fixes: Default::default(),
            html_lang: Lang::Fr,
        };
        let mut run = Run::prepare(&options).expect("the defaults load");
        let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
        let inputs = Inputs {
            paths: vec![examples.to_owned(), "no-such-file.yaml".to_owned()],
            ..Inputs::default()
        };
        let report = run.collect(&inputs, None);
        let mut written = Vec::new();
        write(&report, "2026-01-01T00:00:00Z", None, &mut written).expect("in memory");

        let read: ReadReport = serde_json::from_slice(&written).expect("it reads back");
        assert!(read.findings.len() > 10 && read.datasets.len() >= 3);
        assert!(read.datasets.iter().all(|dataset| dataset.mqa.is_some()));
        assert_eq!(read.errors.len(), 1);
        let again = serde_json::to_value(&read).expect("it serialises");
        let original: Value = serde_json::from_slice(&written).expect("JSON");
        assert_eq!(again, original);
    }
}
