//! Benchmark of `dglint audit --catalog` on data.gouv.fr's real catalogue export: the 609
//! records of `tests/data/export-dataset-20260116-chunk83.csv` replicated (with new
//! ids) to 121 074 datasets, the size of the whole 2026-01-16 export, read, linted and scored
//! by the whole process. Targets: under 5 s with concise output, under 1 GiB of memory; the
//! JSON report's cost is measured beside it.
//!
//! Then the HTML report of the same audit: what `--report html=...` adds to the run (target:
//! under 3 s), and, when Chromium is installed, how long the page takes to open in it.
//!
//! First the growth: 1 000, 10 000 and 100 000 datasets (time and memory must grow linearly).
//! Then the three score profiles: 100 000 datasets scored by data.gouv.fr's, dglint's and
//! data.europa.eu's (`--profile mqa`) scores, against the first two alone (targets: under 5 s,
//! under 1 GiB).
//!
//! Run with `cargo bench --bench audit`; prints the median of several runs and the peak
//! resident memory of the runs.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{measure, report, report_memory};

/// The records of the whole 2026-01-16 export.
const DATASETS: usize = 121_074;

/// The header and the records of the real chunk, each record as its raw text.
fn chunk_records() -> (String, Vec<String>) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/export-dataset-20260116-chunk83.csv"
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

/// The chunk's records replicated to `count` datasets, each with its own id.
fn export(header: &str, records: &[String], count: usize) -> String {
    let mut export = header.to_owned();
    export.push_str("\r\n");
    for n in 0..count {
        let record = &records[n % records.len()];
        // Each record starts with its quoted 24-hex id: give every copy its own.
        export.push_str(&format!("\"{n:024x}\""));
        export.push_str(&record[26..]);
        export.push_str("\r\n");
    }
    export
}

/// Time and peak memory at 1 000, 10 000 and 100 000 datasets: the cost must grow linearly.
fn growth(dir: &Path, header: &str, records: &[String]) {
    println!("growth (concise output, medians of 3):");
    let mut previous: Option<(usize, f64)> = None;
    for count in [1_000, 10_000, 100_000] {
        let name = format!("export-{count}.csv");
        std::fs::write(dir.join(&name), export(header, records, count)).expect("writable");
        let args = [
            "audit",
            "--catalog",
            &name,
            "--include-archived",
            "--output-format",
            "concise",
            "--as-of",
            "2026-01-16",
        ];
        let (median, peak) = measure(3, &args, dir);
        let seconds = median.as_secs_f64();
        let per_dataset = seconds * 1e6 / count as f64;
        let ratio = previous.map_or(String::new(), |(before, time)| {
            format!(
                ", ×{:.1} the time for ×{} the datasets",
                seconds / time,
                count / before
            )
        });
        println!(
            "  {count:>7} datasets: {:>8.1} ms, {per_dataset:.1} µs per dataset, peak {} MiB{ratio}",
            seconds * 1000.0,
            peak / 1024
        );
        previous = Some((count, seconds));
    }
}

fn main() {
    let (header, records) = chunk_records();
    assert_eq!(records.len(), 609);
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(
        dir.path().join("export-dataset.csv"),
        export(&header, &records, DATASETS),
    )
    .expect("writable");
    growth(dir.path(), &header, &records);
    profiles(dir.path());
    let target = Duration::from_secs(5);
    for (name, format) in [("concise output", "concise"), ("JSON output", "json")] {
        let name = format!("{DATASETS} datasets, {name}");
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
        report(&name, median, target);
        report_memory(&name, peak, 1024);
    }
    html_report(dir.path());
}

/// 100 000 datasets (written by [`growth`]) with the three score profiles, against data.gouv.fr's
/// and dglint's alone, interleaved.
fn profiles(dir: &Path) {
    let two = [
        "audit",
        "--catalog",
        "export-100000.csv",
        "--include-archived",
        "--output-format",
        "concise",
        "--as-of",
        "2026-01-16",
    ];
    let three: Vec<&str> = two.iter().copied().chain(["--profile", "mqa"]).collect();
    let (mut without, mut with) = (Vec::new(), Vec::new());
    let mut peak = 0;
    for _ in 0..5 {
        without.push(measure(1, &two, dir).0);
        let (elapsed, memory) = measure(1, &three, dir);
        with.push(elapsed);
        peak = peak.max(memory);
    }
    without.sort();
    with.sort();
    println!(
        "100000 datasets: {:.2} s with udata and dglint, {:.2} s with the three profiles (medians of 5, interleaved)",
        without[2].as_secs_f64(),
        with[2].as_secs_f64()
    );
    let name = "100000 datasets, three score profiles";
    report(name, with[2], Duration::from_secs(5));
    report_memory(name, peak, 1024);
}

/// The HTML report's cost: the same audit with and without it, side by side.
fn html_report(dir: &Path) {
    let base = [
        "audit",
        "--catalog",
        "export-dataset.csv",
        "--include-archived",
        "--output-format",
        "concise",
        "--as-of",
        "2026-01-16",
        "-o",
        "findings.txt",
    ];
    let with_html: Vec<&str> = base
        .iter()
        .copied()
        .chain(["--report", "html=audit.html"])
        .collect();
    let mut without = Vec::new();
    let mut with = Vec::new();
    for _ in 0..5 {
        without.push(measure(1, &base, dir).0);
        with.push(measure(1, &with_html, dir).0);
    }
    without.sort();
    with.sort();
    let added = with[2].saturating_sub(without[2]);
    println!(
        "audit of {DATASETS} datasets: {:.2} s without the HTML report, {:.2} s with it (medians of 5, interleaved)",
        without[2].as_secs_f64(),
        with[2].as_secs_f64()
    );
    report(
        &format!("HTML report of {DATASETS} datasets, beyond the audit"),
        added,
        Duration::from_secs(3),
    );
    let size = std::fs::metadata(dir.join("audit.html")).map_or(0, |meta| meta.len());
    println!("HTML report: {:.1} MiB", size as f64 / (1024.0 * 1024.0));
    browser_load(&dir.join("audit.html"));
}

/// Opens the report in headless Chromium, when installed: the whole run (start, load, parse,
/// script) and the time the page's script says it took to build the table.
fn browser_load(page: &Path) {
    let browser = Path::new("/usr/bin/chromium");
    if !browser.exists() {
        println!("Chromium is not installed: page load time not measured");
        return;
    }
    let profile = tempfile::tempdir().expect("a temp dir");
    let mut runs = Vec::new();
    let mut script_ms = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let output = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--dump-dom",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("file://{}", page.display()))
            .output()
            .expect("Chromium runs");
        runs.push(started.elapsed());
        let dom = String::from_utf8_lossy(&output.stdout);
        let ms: Option<f64> = dom
            .split("data-load-ms=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|ms| ms.parse().ok());
        script_ms.push(ms.expect("the page's script ran"));
    }
    runs.sort();
    script_ms.sort_by(f64::total_cmp);
    println!(
        "Chromium, {DATASETS} datasets: page opened and dumped in {:.2} s (median of 3, browser start \
         included); the table script took {:.0} ms",
        runs[1].as_secs_f64(),
        script_ms[1]
    );
}
