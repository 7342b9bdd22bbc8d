//! Helpers shared by the integration tests, which drive the built `dglint` binary.

#![allow(dead_code)] // each test crate uses its own subset

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The binary, with a fixed terminal width and colour left to the flags.
pub fn dglint() -> Command {
    let mut command = Command::cargo_bin("dglint").expect("the binary is built");
    command
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the shared corpus beside the repository.
pub fn corpus(name: &str) -> PathBuf {
    repo().join("../shared/corpus").join(name)
}

/// Runs `dglint <command> --output-format json --as-of 2026-11-22 <args>` in `dir`; returns
/// the exit code and the report.
pub fn run_json(command: &str, args: &[&str], dir: &Path) -> (i32, Value) {
    let output = dglint()
        .current_dir(dir)
        .args([command, "--output-format", "json", "--as-of", "2026-11-22"])
        .args(args)
        .output()
        .expect("runs");
    let report = serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "stdout is not JSON ({error}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code().unwrap_or(-1), report)
}

/// The errors of `report` against `schemas/report.schema.json`.
pub fn schema_errors(report: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schemas/report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    validator
        .iter_errors(report)
        .map(|error| error.to_string())
        .collect()
}
