//! SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: the rules with their help,
//! one result per finding with its region (columns in Unicode code points, as declared by
//! `columnKind`) and a partial fingerprint, and the invocation with its exit code.
//!
//! A file under the project's root ([`super::paths`]) is a URI relative to `%SRCROOT%`,
//! which `originalUriBaseIds` declares as the root's `file://` URI; a file outside it is an
//! absolute `file://` URI, a dataset read from the API its URL. Microsoft's validator
//! (`sarif-multitool validate`, with GitHub's rules) accepts every log dglint writes.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde_json::json;
use serde_sarif::sarif::{
    ArtifactChange, ArtifactContent, ArtifactLocation, Fix, Invocation, Location, LogicalLocation,
    Message, MultiformatMessageString, PhysicalLocation, PropertyBag, Region, Replacement,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif,
    Tool, ToolComponent,
};
use url::Url;

use super::docs_url::DocsUrl;
use super::{FileReport, LocatedFinding, Report};
use crate::document::Position;
use crate::finding::Severity;
use crate::rules::{Registry, Rule};

/// The schema the log declares.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base the URIs of files under the project's root are relative to.
const SOURCE_ROOT: &str = "%SRCROOT%";

/// Where a file is, as SARIF says it: `name` as reports name it, `root` the `file://` URI
/// of the directory relative names start from.
fn artifact(name: &str, root: &Url) -> ArtifactLocation {
    if name.contains("://") {
        return ArtifactLocation::builder().uri(name).build();
    }
    if Path::new(name).is_absolute()
        && let Ok(url) = Url::from_file_path(name)
    {
        return ArtifactLocation::builder().uri(String::from(url)).build();
    }
    // Each part percent-encoded (a space, `#`, `%`), relative to the root.
    let mut full = root.clone();
    if let Ok(mut segments) = full.path_segments_mut() {
        segments.pop_if_empty().extend(name.split('/'));
    }
    let relative = root.make_relative(&full).unwrap_or_else(|| name.to_owned());
    ArtifactLocation::builder()
        .uri(relative)
        .uri_base_id(SOURCE_ROOT)
        .build()
}

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

/// A rule, with its documentation in the run's language, and its page when the manual is
/// published (`docs-url`).
fn descriptor(rule: &Rule, docs_url: Option<&DocsUrl>) -> ReportingDescriptor {
    let def = &rule.def;
    let texts = def.texts(crate::i18n::lang());
    let fix = texts.fix.trim();
    let properties = BTreeMap::from([("category".to_owned(), json!(def.category.as_str()))]);
    let mut descriptor = ReportingDescriptor::builder()
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
        .build();
    descriptor.help_uri = docs_url.map(|base| base.rule(&def.code, crate::i18n::lang()));
    descriptor
}

/// The region from `start` to `end` (columns in code points).
fn region(start: Position, end: Position) -> Region {
    Region::builder()
        .start_line(start.line as i64)
        .start_column(start.column as i64)
        .end_line(end.line as i64)
        .end_column(end.column as i64)
        .build()
}

/// One finding, at its region (columns in code points) and its JSON pointer.
fn result(
    file: &FileReport,
    located: &LocatedFinding,
    rule_index: Option<usize>,
    root: &Url,
) -> SarifResult {
    let region = region(located.start, located.end);
    let physical = PhysicalLocation::builder()
        .artifact_location(artifact(file.file_of(located), root))
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
    result.fixes = fix(file, located, root).map(|fix| vec![fix]);
    result
}

/// The finding's fix, as SARIF's `fixes` say it: its description and the replacements of its
/// file's regions (lines and columns in code points, as every region of the log).
fn fix(file: &FileReport, located: &LocatedFinding, root: &Url) -> Option<Fix> {
    let located_fix = located.fix.as_ref()?;
    let replacements: Vec<Replacement> = located_fix
        .edits
        .iter()
        .map(|edit| {
            Replacement::builder()
                .deleted_region(region(edit.start, edit.end))
                .inserted_content(
                    ArtifactContent::builder()
                        .text(edit.content.clone())
                        .build(),
                )
                .build()
        })
        .collect();
    let change = ArtifactChange::builder()
        .artifact_location(artifact(file.file_of(located), root))
        .replacements(replacements)
        .build();
    let description = located
        .rule
        .def
        .autofix_description(crate::i18n::lang())
        .map(|description| format!("{description} ({})", located_fix.safety.as_str()));
    let mut fix = Fix::builder().artifact_changes(vec![change]).build();
    fix.description = description.map(text);
    Some(fix)
}

/// Writes the SARIF log of a run that exits with `exit_code`; `root` is the directory the
/// report's relative file names start from (`%SRCROOT%`).
pub fn write(
    report: &Report,
    registry: &Registry,
    exit_code: u8,
    root: &Path,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let root = &Url::from_directory_path(root).map_err(|()| {
        std::io::Error::other(format!("{} is not an absolute directory", root.display()))
    })?;
    let rules: Vec<ReportingDescriptor> = registry
        .rules()
        .iter()
        .map(|rule| descriptor(rule, report.docs_url.as_ref()))
        .collect();
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
                .map(move |located| result(file, located, index_of(&located.rule.def.code), root))
        })
        .collect();
    let mut driver = ToolComponent::builder()
        .name("dglint")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    // The tool's page: the manual, when it is published.
    driver.information_uri = report.docs_url.as_ref().map(|base| base.home().to_owned());
    let invocation = Invocation::builder()
        .execution_successful(exit_code != 2)
        .exit_code(i64::from(exit_code))
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .column_kind(json!("unicodeCodePoints"))
        .original_uri_base_ids(BTreeMap::from([(
            SOURCE_ROOT.to_owned(),
            ArtifactLocation::builder().uri(root.as_str()).build(),
        )]))
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
