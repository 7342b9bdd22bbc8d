//! Benchmark of `dglint audit --catalog` on data.gouv.fr's real catalogue export: the 609
//! records of `../shared/corpus/export-dataset-20260116-chunk83.csv` replicated (with new
//! ids) to 100 000 datasets, read, linted and scored by the whole process.
//! Targets: under 5 s, under 1 GiB of memory.
//!
//! Run with `cargo bench --bench audit`; prints the median of several runs and the peak
//! resident memory of the runs.

mod common;

use std::time::Duration;

use common::{measure, report, report_memory};

const DATASETS: usize = 100_000;

/// The header and the records of the real chunk, each record as its raw text.
fn chunk_records() -> (String, Vec<String>) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/export-dataset-20260116-chunk83.csv"
    );
    let table =
        dglint::source::catalog::read_table(std::path::Path::new(path)).expect("the corpus chunk");
    let mut records = table
        .records()
        .iter()
        .map(|record| table.text(record).to_owned());
    let header = records.next().expect("a header");
    (header, records.collect())
}

fn main() {
    let (header, records) = chunk_records();
    assert_eq!(records.len(), 609);
    let mut export = header;
    export.push_str("\r\n");
    for n in 0..DATASETS {
        let record = &records[n % records.len()];
        // Each record starts with its quoted 24-hex id: give every copy its own.
        export.push_str(&format!("\"{n:024x}\""));
        export.push_str(&record[26..]);
        export.push_str("\r\n");
    }
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("export-dataset.csv"), export).expect("writable");
    let target = Duration::from_secs(5);
    for (name, format) in [
        ("100 000 datasets, concise output", "concise"),
        ("100 000 datasets, JSON output", "json"),
    ] {
        let args = [
            "audit",
            "--catalog",
            "export-dataset.csv",
            "--include-archived",
            "--output-format",
            format,
            "--as-of",
            "2026-01-16",
        ];
        let (median, peak) = measure(5, &args, dir.path());
        report(name, median, target);
        report_memory(name, peak, 1024);
    }
}
