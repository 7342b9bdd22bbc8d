//! SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: the rules with their help,
//! one result per finding with its region (columns in Unicode code points, as declared by
//! `columnKind`) and a partial fingerprint, and the invocation with its exit code.

use std::io::Write;

use serde_json::{Value, json};

use super::Report;
use crate::finding::Severity;
use crate::rules::Registry;

/// Where each rule's documentation is published.
pub const HELP_URI: &str = "https://github.com/dglint/dglint/blob/main/README.md#rules";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Writes the SARIF log of a run that exits with `exit_code`.
pub fn write(
    report: &Report,
    registry: &Registry,
    exit_code: u8,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let rules: Vec<Value> = registry
        .rules()
        .iter()
        .map(|rule| {
            let def = &rule.def;
            let texts = def.texts(crate::i18n::lang());
            json!({
                "id": def.code,
                "name": def.name,
                "shortDescription": {"text": texts.summary.trim()},
                "fullDescription": {"text": texts.rationale.trim()},
                "help": {
                    "text": texts.fix.trim(),
                    "markdown": crate::msg!("sarif-help", fix = texts.fix.trim(), code = def.code),
                },

                "helpUri": HELP_URI,
                "defaultConfiguration": {"level": level(def.severity)},
                "properties": {"category": def.category.as_str(), "weight": def.weight},
            })
        })
        .collect();
    let index_of = |code: &str| {
        registry
            .rules()
            .iter()
            .position(|rule| rule.def.code == code)
    };
    let results: Vec<Value> = report
        .files
        .iter()
        .flat_map(|file| {
            file.findings.iter().map(move |located| {
                let mut result = json!({
                    "ruleId": located.rule.def.code,
                    "ruleIndex": index_of(&located.rule.def.code),
                    "level": level(located.finding.severity),
                    "message": {"text": located.finding.message},
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": {"uri": file.file_of(located)},
                            "region": {
                                "startLine": located.start.line,
                                "startColumn": located.start.column,
                                "endLine": located.end.line,
                                "endColumn": located.end.column,
                            }
                        },
                        "logicalLocations": [{"fullyQualifiedName": located.finding.pointer}],
                    }],
                    "partialFingerprints": {"dglint/v1": format!("{:016x}", located.fingerprint)},
                });
                if let Some(dataset) = file.dataset_of(located) {
                    result["properties"] = json!({"dataset": dataset});
                }
                result
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "dglint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/dglint/dglint",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{
                "executionSuccessful": exit_code != 2,
                "exitCode": exit_code,
            }],
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
}
