//! Benchmark of `dglint check` as users run it: the whole process, measured by wall clock.
//!
//! - 10 000 manifests in one directory (target: under 1 s);
//! - one manifest, as a pre-commit hook runs it (target: under 10 ms).
//!
//! Run with `cargo bench --bench check`. Each case runs several times after a warm-up; the
//! median is reported. The manifests are realistic (a complete one and an imperfect one, with
//! varied titles), so the rules find and render findings as they would in a real repository.

mod common;

use std::path::Path;
use std::time::Duration;

use common::report;

const MANIFESTS: usize = 10_000;

fn time(runs: usize, args: &[&str], dir: &Path) -> Duration {
    common::measure(runs, args, dir).0
}

fn main() {
    let dir = tempfile::tempdir().expect("a temp dir");
    common::write_manifests(dir.path(), MANIFESTS);
    let as_of = ["--as-of", "2026-11-22"];
    let directory = time(
        7,
        &[
            "check",
            ".",
            "--output-format",
            "concise",
            as_of[0],
            as_of[1],
        ],
        dir.path(),
    );
    report(
        "10 000 manifests, concise output",
        directory,
        Duration::from_secs(1),
    );
    let directory_json = time(
        7,
        &["check", ".", "--output-format", "json", as_of[0], as_of[1]],
        dir.path(),
    );
    report(
        "10 000 manifests, JSON output",
        directory_json,
        Duration::from_secs(1),
    );
    let directory_full = time(
        5,
        &["check", ".", "--color", "never", as_of[0], as_of[1]],
        dir.path(),
    );
    report(
        "10 000 manifests, full (miette) output",
        directory_full,
        Duration::from_secs(1),
    );
    for (name, file) in [
        ("one complete manifest (pre-commit)", "d00000.dataset.yaml"),
        ("one imperfect manifest (pre-commit)", "d00001.dataset.yaml"),
    ] {
        let single = time(
            31,
            &["check", file, "--color", "never", as_of[0], as_of[1]],
            dir.path(),
        );
        report(name, single, Duration::from_millis(10));
    }
}
