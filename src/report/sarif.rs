//! SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: the rules with their help,
//! one result per finding with its region (columns in Unicode code points, as declared by
//! `columnKind`) and a partial fingerprint, and the invocation with its exit code.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::json;
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, LogicalLocation, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use super::{FileReport, LocatedFinding, Report};
use crate::finding::Severity;
use crate::rules::{Registry, Rule};

/// Where each rule's documentation is published.
pub const HELP_URI: &str = "https://github.com/dglint/dglint/blob/main/README.md#rules";

/// The schema the log declares.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn text(text: impl Into<String>) -> Message {
    Message::builder().text(text.into()).build()
}

/// A rule, with its documentation in the run's language.
fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let def = &rule.def;
    let texts = def.texts(crate::i18n::lang());
    let fix = texts.fix.trim();
    let properties = BTreeMap::from([
        ("category".to_owned(), json!(def.category.as_str())),
        ("weight".to_owned(), json!(def.weight)),
    ]);
    ReportingDescriptor::builder()
        .id(def.code.clone())
        .name(def.name.clone())
        .short_description(
            MultiformatMessageString::builder()
                .text(texts.summary.trim())
                .build(),
        )
        .full_description(
            MultiformatMessageString::builder()
                .text(texts.rationale.trim())
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(fix)
                .markdown(crate::msg!("sarif-help", fix = fix, code = def.code))
                .build(),
        )
        .help_uri(HELP_URI)
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(level(def.severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        )
        .build()
}

/// One finding, at its region (columns in code points) and its JSON pointer.
fn result(file: &FileReport, located: &LocatedFinding, rule_index: Option<usize>) -> SarifResult {
    let region = Region::builder()
        .start_line(located.start.line as i64)
        .start_column(located.start.column as i64)
        .end_line(located.end.line as i64)
        .end_column(located.end.column as i64)
        .build();
    let physical = PhysicalLocation::builder()
        .artifact_location(
            ArtifactLocation::builder()
                .uri(file.file_of(located))
                .build(),
        )
        .region(region)
        .build();
    let logical = LogicalLocation::builder()
        .fully_qualified_name(located.finding.pointer.clone())
        .build();
    let location = Location::builder()
        .physical_location(physical)
        .logical_locations(vec![logical])
        .build();
    let fingerprints = BTreeMap::from([(
        "dglint/v1".to_owned(),
        format!("{:016x}", located.fingerprint),
    )]);
    let properties = file.dataset_of(located).map(|dataset| {
        PropertyBag::builder()
            .additional_properties(BTreeMap::from([("dataset".to_owned(), json!(dataset))]))
            .build()
    });
    let mut result = SarifResult::builder()
        .rule_id(located.rule.def.code.clone())
        .rule_index(rule_index.map_or(-1, |index| index as i64))
        .level(level(located.finding.severity))
        .message(text(located.finding.message.clone()))
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .build();
    result.properties = properties;
    result
}

/// Writes the SARIF log of a run that exits with `exit_code`.
pub fn write(
    report: &Report,
    registry: &Registry,
    exit_code: u8,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let rules: Vec<ReportingDescriptor> = registry.rules().iter().map(descriptor).collect();
    let index_of = |code: &str| {
        registry
            .rules()
            .iter()
            .position(|rule| rule.def.code == code)
    };
    let results: Vec<SarifResult> = report
        .files
        .iter()
        .flat_map(|file| {
            file.findings
                .iter()
                .map(move |located| result(file, located, index_of(&located.rule.def.code)))
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("dglint")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://github.com/dglint/dglint")
        .rules(rules)
        .build();
    let invocation = Invocation::builder()
        .execution_successful(exit_code != 2)
        .exit_code(i64::from(exit_code))
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .column_kind(json!("unicodeCodePoints"))
        .results(results)
        .invocations(vec![invocation])
        .build();
    let log = Sarif::builder()
        .schema(SCHEMA)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
}
