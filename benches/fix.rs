//! Benchmark of `dglint check --fix` and `--diff`: the whole process on 10 000 manifests,
//! half of them with findings `--fix` repairs (target: under 2 s each).
//!
//! Run with `cargo bench --bench fix`. `--fix` rewrites what it fixes, so each run gets a
//! fresh copy of the manifests, all written (and flushed to the disk) before the first clock
//! starts; the median is reported. On this machine's disk, replacing a file costs about 0.2 ms whatever
//! writes it (a Python loop renaming 5 000 files took 1.5 s): most of `--fix`'s time over
//! `--diff`'s is the file system's.

mod common;

use std::time::Duration;

use common::report;

const MANIFESTS: usize = 10_000;
const RUNS: usize = 5;

fn main() {
    let as_of = ["--as-of", "2026-11-22"];
    for (name, flag) in [
        ("--fix on 10 000 manifests (5 000 fixable)", "--fix"),
        ("--diff on 10 000 manifests (5 000 fixable)", "--diff"),
    ] {
        // Every run's manifests are written first, and removed after the last run, so that
        // no run shares the disk with the writing or the removal of another's.
        let dirs: Vec<tempfile::TempDir> = (0..=RUNS)
            .map(|_| {
                let dir = tempfile::tempdir().expect("a temp dir");
                common::write_manifests(dir.path(), MANIFESTS);
                dir
            })
            .collect();
        // The manifests of a repository were written long before dglint runs: their
        // writeback is not charged to the run measured.
        // SAFETY: `sync` takes no argument and cannot fail.
        unsafe { libc::sync() };
        let mut times = Vec::with_capacity(RUNS);
        for dir in &dirs {
            let args = [
                "check",
                ".",
                flag,
                "--output-format",
                "concise",
                as_of[0],
                as_of[1],
            ];
            times.push(common::run_once(&args, dir.path()).elapsed);
            if flag == "--fix" {
                let changed = std::fs::read_to_string(dir.path().join("d00001.dataset.yaml"))
                    .expect("readable");
                assert!(
                    changed.contains("frequency: semiannual"),
                    "--fix fixed nothing"
                );
            }
        }
        // The first run warms the caches up; the others are measured.
        times.remove(0);
        times.sort();
        report(name, times[times.len() / 2], Duration::from_secs(2));
    }
}
