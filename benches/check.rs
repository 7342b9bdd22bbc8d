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

const COMPLETE: &str = r#"title: Liste et localisation des musées de France {n}
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

const IMPERFECT: &str = r#"title: EQUIPEMENTS SPORTIFS {n}
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

fn time(runs: usize, args: &[&str], dir: &Path) -> Duration {
    common::measure(runs, args, dir).0
}

fn main() {
    let dir = tempfile::tempdir().expect("a temp dir");
    for n in 0..MANIFESTS {
        let template = if n % 2 == 0 { COMPLETE } else { IMPERFECT };
        let text = template.replace("{n}", &n.to_string());
        std::fs::write(dir.path().join(format!("d{n:05}.dataset.yaml")), text).expect("writable");
    }
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
