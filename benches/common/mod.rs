//! What the benchmarks share: running the built binary, medians, peak memory, verdicts.

#![allow(dead_code)] // each benchmark uses its own subset

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One run of the binary: wall time and peak resident memory (KiB).
pub struct Sample {
    /// Wall-clock time of the whole process.
    pub elapsed: Duration,
    /// Its peak resident set size, in KiB.
    pub peak_kib: u64,
}

/// Runs `dglint args` in `dir` once, output discarded.
pub fn run_once(args: &[&str], dir: &Path) -> Sample {
    run_program(Path::new(env!("CARGO_BIN_EXE_dglint")), args, dir)
}

/// Runs `program args` in `dir` once, output discarded; it must exit with 0, 1 or 2
/// (findings, or links found broken).
pub fn run_program(program: &Path, args: &[&str], dir: &Path) -> Sample {
    let started = Instant::now();
    let child = Command::new(program)
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dglint starts");
    let pid = i32::try_from(child.id()).expect("a pid fits an i32");
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing into the two locals above. `child` is not
    // waited for again (dropping it does not wait).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    let code = libc::WEXITSTATUS(status);
    assert!(
        libc::WIFEXITED(status) && matches!(code, 0..=2),
        "{} failed with {status}",
        program.display()
    );
    drop(child);
    Sample {
        elapsed,
        peak_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
    }
}

/// Runs once to warm up, then `runs` times; returns the median time and the largest peak.
pub fn measure(runs: usize, args: &[&str], dir: &Path) -> (Duration, u64) {
    run_once(args, dir);
    let samples: Vec<Sample> = (0..runs).map(|_| run_once(args, dir)).collect();
    let mut times: Vec<Duration> = samples.iter().map(|sample| sample.elapsed).collect();
    times.sort();
    let peak = samples
        .iter()
        .map(|sample| sample.peak_kib)
        .max()
        .unwrap_or(0);
    (times[times.len() / 2], peak)
}

/// Prints a line: the median against its target.
pub fn report(name: &str, measured: Duration, target: Duration) {
    let verdict = if measured <= target {
        "meets"
    } else {
        "MISSES"
    };
    println!(
        "{name:<44} median {:>9.2} ms  ({verdict} the {} ms target)",
        measured.as_secs_f64() * 1000.0,
        target.as_millis()
    );
}

/// Prints a line: the peak memory against its target.
pub fn report_memory(name: &str, peak_kib: u64, target_mib: u64) {
    let peak_mib = peak_kib / 1024;
    let verdict = if peak_mib <= target_mib {
        "meets"
    } else {
        "MISSES"
    };
    println!("{name:<44} peak   {peak_mib:>9} MiB ({verdict} the {target_mib} MiB target)");
}

/// A complete manifest (`{n}` is its number).
pub const COMPLETE: &str = r#"title: Liste et localisation des musées de France {n}
description: >-
  Liste des établissements qui portent l'appellation « Musée de France », avec leur adresse,
  leurs coordonnées géographiques et leur date d'appellation, mise à jour chaque année.
description_short: Les musées de France, leur adresse et leur appellation.
tags: [musees, culture, patrimoine]
license: lov2
frequency: annual
last_update: 2026-06-15
temporal_coverage: {start: 2002-01-04, end: 2026-06-15}
spatial: {zones: ["country:fr"], granularity: poi}
resources:
  - title: Liste des musées {n}
    type: main
    format: csv
    url: https://example.org/musees/liste_musees_{n}.csv
    description: Une ligne par musée.
"#;

/// An imperfect manifest: its findings include fixable ones (a tag to normalise, a legacy
/// frequency, a misspelt key, a title in capitals).
pub const IMPERFECT: &str = r#"title: EQUIPEMENTS SPORTIFS {n}
description: Recensement des équipements sportifs de la commune {n}.
tags: [Sport, équipements]
licence: etalab-2.0
frequency: biannual
last_update: 2025-03-01
resources:
  - title: Équipements
    format: xlsx
    url: https://example.org/sport/Equipements Sportifs {n}.csv
"#;

/// Writes `count` manifests into `dir` (`d00000.dataset.yaml`, ...), complete and imperfect in
/// turn.
pub fn write_manifests(dir: &Path, count: usize) {
    for n in 0..count {
        let template = if n % 2 == 0 { COMPLETE } else { IMPERFECT };
        let text = template.replace("{n}", &n.to_string());
        std::fs::write(dir.join(format!("d{n:05}.dataset.yaml")), text).expect("writable");
    }
}
