//! Helpers shared by the integration tests, which drive the built `dglint` binary.

pub mod hostile;
pub mod portal;

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

/// A file of real data.gouv.fr metadata kept in `tests/data/` (see its `SOURCES.md`).
pub fn corpus(name: &str) -> PathBuf {
    repo().join("tests/data").join(name)
}

/// The records of a `;`-separated catalogue export, each as column → value, in file order.
pub fn export_records(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    csv_records(path, b';')
}

/// The records of a CSV file with a header, each as column → value, in file order.
pub fn csv_records(path: &Path, delimiter: u8) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_path(path)
        .unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(|record| {
            header
                .iter()
                .cloned()
                .zip(record.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
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

/// What a measured run gave.
pub struct Measured {
    /// The exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Wall-clock time.
    pub elapsed: std::time::Duration,
    /// Peak resident memory of the process, in KiB.
    pub peak_kib: u64,
}

/// Runs `dglint args` in `dir` (locale cleared), its output into files, and measures its time
/// and peak memory with `wait4`.
pub fn run_measured(args: &[&str], dir: &Path) -> Measured {
    let out_dir = tempfile::tempdir().expect("a temp dir");
    let (out_path, err_path) = (out_dir.path().join("out"), out_dir.path().join("err"));
    let started = std::time::Instant::now();
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dglint"))
        .current_dir(dir)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(std::process::Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("writable"))
        .stderr(std::fs::File::create(&err_path).expect("writable"))
        .spawn()
        .expect("dglint starts");
    let pid = i32::try_from(child.id()).expect("a pid fits an i32");
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing into the two locals above; `child` is not
    // waited for again (dropping it does not wait).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    assert!(libc::WIFEXITED(status), "dglint was killed: {status}");
    drop(child);
    Measured {
        code: libc::WEXITSTATUS(status),
        stdout: std::fs::read_to_string(&out_path).expect("readable"),
        stderr: std::fs::read_to_string(&err_path).expect("readable"),
        elapsed,
        peak_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
    }
}

/// Lints and scores a YAML manifest in memory, as `dglint check` does, with every rule and
/// data.gouv.fr's settings; `links` stands for a link check's verdicts.
pub fn score_yaml(
    yaml: &str,
    as_of: chrono::DateTime<chrono::Utc>,
    origin: dglint::model::Origin,
    links: Option<dglint::links::Verdicts>,
    settings: &dglint::score::ScoreSettings,
) -> dglint::score::DatasetScores {
    use dglint::model::Instance;
    use dglint::rules::Registry;
    use dglint::rules::engine::{Engine, FileSettings};
    let registry = Registry::embedded().unwrap();
    let file_settings = FileSettings::every_rule(registry, Instance::default());
    let mut engine = Engine::new(registry, file_settings, as_of, Some(origin));
    if let Some(links) = links {
        engine.set_links(links);
    }
    let path = Path::new("example.dataset.yaml");
    let document =
        dglint::document::parse_text(path, dglint::document::Syntax::Yaml, yaml.to_owned());
    let files = dglint::model::local_files::LocalFiles::beside(
        path,
        &dglint::rules::examples::example_names(),
    );
    let mut linted = engine.lint(&document, &files);
    let ran = dglint::score::dglint::RanRules::new(&linted.rules);
    let udata = std::mem::take(&mut linted.udata);
    let mut scores =
        dglint::score::score_document(&document, &linted, udata, &ran, &files, settings, as_of);
    assert_eq!(scores.len(), 1, "one dataset in {yaml}");
    scores.remove(0)
}

/// The Markdown pages of the repository that people read: the README, the engineers' pages
/// and the manual (`docs/`), each with its path relative to the repository and its text.
pub fn markdown_pages() -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = [
        "README.md",
        "CONTRIBUTING.md",
        "ARCHITECTURE.md",
        "BENCHMARKS.md",
    ]
    .iter()
    .map(|name| repo().join(name))
    .collect();
    let mut folders = vec![repo().join("docs")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "md") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let relative = path
                .strip_prefix(repo())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, text)
        })
        .collect()
}

/// A `PATH` whose first `git` is the shell `script` (written in `dir/bin`), the rest as now.
#[cfg(unix)]
pub fn path_with_git(dir: &Path, script: &str) -> std::ffi::OsString {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::write(bin.join("git"), script).unwrap();
    std::fs::set_permissions(bin.join("git"), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap()
}

/// Asserts each of udata's criteria in `expected` (name, met) against a dataset's `quality`.
pub fn assert_criteria(quality: &Value, expected: &[(&str, bool)]) {
    for (key, met) in expected {
        assert_eq!(quality[*key], *met, "{key}: {quality:#}");
    }
}

/// The help of the first finding of `report` with `code`, in a file whose name starts with
/// `file`.
pub fn help_of(report: &Value, code: &str, file: &str) -> String {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|finding| {
            finding["code"] == code
                && finding["file"]
                    .as_str()
                    .is_some_and(|name| name.starts_with(file))
        })
        .and_then(|finding| finding["help"].as_str())
        .unwrap_or_else(|| panic!("no {code} finding in {file}: {report:#}"))
        .to_owned()
}

/// Runs `dglint check --input INPUT` on `args` in `dir` (isolated, as of 2026-01-10, the JSON
/// report, two retries): the exit code, the report and standard error.
pub fn check_source(dir: &Path, input: &str, args: &[&str]) -> (i32, Value, String) {
    let output = dglint()
        .current_dir(dir)
        .args([
            "check",
            "--isolated",
            "--input",
            input,
            "--as-of",
            "2026-01-10",
        ])
        .args(["--output-format", "json", "--retries", "2"])
        .args(args)
        .output()
        .expect("dglint runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let report = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    (output.status.code().unwrap_or(-1), report, stderr)
}

/// Asserts that standard error holds each of `warnings`.
pub fn assert_warned(stderr: &str, warnings: &[&str]) {
    for warning in warnings {
        assert!(stderr.contains(warning), "{warning}\nnot in:\n{stderr}");
    }
}
