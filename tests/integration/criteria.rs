//! dglint's score counts evidence: each criterion's examples, the laws of the score over every
//! combination of a manifest's elements, and its agreement with data.gouv.fr's own scores on
//! the real catalogue chunk.

use crate::common;

use std::collections::HashMap;

use crate::common::{corpus, dglint};
use chrono::{DateTime, Utc};
use dglint::model::Origin;
use dglint::model::dates::parse_instant;
use dglint::rules::Registry;
use dglint::rules::criteria;
use dglint::score::ScoreSettings;
use dglint::score::dglint::{DglintScore, Outcome};
use serde_json::Value;

/// Lints and scores a YAML manifest in memory, as `dglint check` does.
fn score(
    yaml: &str,
    as_of: DateTime<Utc>,
    origin: Origin,
    links: Option<dglint::links::Verdicts>,
) -> DglintScore {
    common::score_yaml(yaml, as_of, origin, links, &ScoreSettings::default()).dglint
}

fn now() -> DateTime<Utc> {
    parse_instant("2026-11-22").unwrap()
}

#[test]
fn every_criterion_is_met_by_its_example_and_missed_by_the_other() {
    for criterion in criteria::embedded() {
        let examples = &criterion.examples;
        let as_of = examples
            .as_of
            .as_deref()
            .and_then(parse_instant)
            .unwrap_or_else(now);
        let origin = if examples.api {
            Origin::Api
        } else {
            Origin::Manifest
        };
        let links =
            (!examples.links.is_empty()).then(|| examples.links.clone().into_iter().collect());
        let outcome = |yaml: &str| {
            let scored = score(yaml, as_of, origin, links.clone());
            scored
                .criteria
                .iter()
                .find(|result| result.criterion.id == criterion.id)
                .map(|result| result.outcome)
        };
        assert_eq!(
            outcome(&examples.meets),
            Some(Outcome::Met),
            "{}: its example that meets it",
            criterion.id
        );
        assert_eq!(
            outcome(&examples.misses),
            Some(Outcome::Missed),
            "{}: its example that misses it",
            criterion.id
        );
    }
}

#[test]
fn every_criterion_names_rules_that_exist_and_is_documented_in_both_languages() {
    let registry = Registry::embedded().unwrap();
    for criterion in criteria::embedded() {
        for code in &criterion.rules {
            assert!(registry.by_code(code).is_some(), "{}: {code}", criterion.id);
        }
        assert!(!criterion.label.is_empty() && !criterion.fr.label.is_empty());
        assert_ne!(criterion.label, criterion.fr.label, "{}", criterion.id);
        assert!(!criterion.source.is_empty());
    }
}

/// The elements a manifest can show besides its title, each written well.
const ELEMENTS: [(&str, &str); 9] = [
    (
        "description",
        "description: Liste des établissements qui portent l'appellation « Musée de France », \
         avec leur adresse, leurs coordonnées géographiques et leur date d'appellation. Le \
         fichier est tenu par le ministère de la Culture et mis à jour chaque année.\n",
    ),
    (
        "description_short",
        "description_short: Les musées de France, leur adresse et leur appellation.\n",
    ),
    (
        "tags",
        "tags: [musees, culture, patrimoine, equipements-culturels]\n",
    ),
    ("license", "license: lov2\n"),
    ("frequency", "frequency: annual\nlast_update: 2026-06-15\n"),
    (
        "temporal_coverage",
        "temporal_coverage: {start: 2002-01-04, end: 2026-06-15}\n",
    ),
    (
        "spatial",
        "spatial: {zones: ['country:fr'], granularity: poi}\n",
    ),
    (
        "resource",
        "  - title: Liste des musées de France\n    type: main\n    format: csv\n    \
         url: https://example.org/musees/liste_musees_2026.csv\n",
    ),
    (
        "documentation",
        "  - title: Dictionnaire des données\n    type: documentation\n    format: md\n    \
         url: https://example.org/musees/dictionnaire_donnees.md\n",
    ),
];

/// The manifest showing the elements of `mask` (bit i: `ELEMENTS[i]`).
fn manifest(mask: u32) -> String {
    let mut yaml = String::from("title: Liste et localisation des musées de France\n");
    let mut resources = String::new();
    for (index, (name, text)) in ELEMENTS.iter().enumerate() {
        if mask & (1 << index) == 0 {
            continue;
        }
        if matches!(*name, "resource" | "documentation") {
            resources.push_str(text);
        } else {
            yaml.push_str(text);
        }
    }
    if !resources.is_empty() {
        yaml.push_str("resources:\n");
        yaml.push_str(&resources);
    }
    yaml
}

#[test]
fn evidence_only_raises_the_score_over_every_combination() {
    // 2^9 manifests: every combination of the elements. Adding any element never lowers the
    // score, and, but in one case, raises it (removing it lowers it): a main resource beside
    // a documentation resource adds nothing, the documentation being a resource too.
    let count = 1u32 << ELEMENTS.len();
    let scores: Vec<f64> = (0..count)
        .map(|mask| score(&manifest(mask), now(), Origin::Manifest, None).score)
        .collect();
    for mask in 0..count {
        for (index, (name, _)) in ELEMENTS.iter().enumerate() {
            let bit = 1 << index;
            if mask & bit != 0 {
                continue;
            }
            let (without, with) = (scores[mask as usize], scores[(mask | bit) as usize]);
            let documented = mask & (1 << (ELEMENTS.len() - 1)) != 0;
            let redundant = *name == "resource" && documented;
            assert!(
                with > without || (redundant && with == without),
                "adding {name} to {mask:09b} moved the score from {without} to {with}\n{}",
                manifest(mask | bit)
            );
        }
    }
    // A title alone is graded E; every element earns full marks on what can be decided.
    let alone = score(&manifest(0), now(), Origin::Manifest, None);
    assert!(alone.score < 40.0, "a title alone scores {}", alone.score);
    assert_eq!(alone.grade, "E");
    let full = score(&manifest(count - 1), now(), Origin::Manifest, None);
    assert_eq!(full.score, 100.0);
    // What a manifest cannot show offline (links, discussions) is left out, not counted.
    assert!(full.is_partial());
    let unknown: Vec<&str> = full
        .criteria
        .iter()
        .filter(|result| result.outcome == Outcome::Unknown)
        .map(|result| result.criterion.id.as_str())
        .collect();
    assert_eq!(unknown, ["reachable", "discussions"]);
}

#[test]
fn the_complete_example_scores_at_least_90() {
    let text =
        std::fs::read_to_string(common::repo().join("examples/musees-de-france.dataset.yaml"))
            .unwrap();
    let scored = score(&text, now(), Origin::Manifest, None);
    assert!(scored.score >= 90.0, "{}", scored.score);
}

#[test]
fn fields_of_the_wrong_type_fail_their_criteria() {
    let scored = score(
        "title: 12\ndescription: [a, b]\ntags: musees, culture\nlicense: {id: lov2}\n\
         frequency: 3\nspatial: country:fr\nresources: {title: x}\n",
        now(),
        Origin::Manifest,
        None,
    );
    for result in &scored.criteria {
        let expected = if matches!(result.criterion.id.as_str(), "reachable" | "discussions") {
            Outcome::Unknown
        } else {
            Outcome::Missed
        };
        assert_eq!(result.outcome, expected, "{}", result.criterion.id);
    }
    assert_eq!(scored.score, 0.0);
}

/// Spearman's rank correlation of two series (ties get their mean rank).
fn spearman(xs: &[f64], ys: &[f64]) -> f64 {
    fn ranks(values: &[f64]) -> Vec<f64> {
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
        let mut ranks = vec![0.0; values.len()];
        let mut start = 0;
        while start < order.len() {
            let mut end = start;
            while end + 1 < order.len() && values[order[end + 1]] == values[order[start]] {
                end += 1;
            }
            for &index in &order[start..=end] {
                ranks[index] = (start + end) as f64 / 2.0 + 1.0;
            }
            start = end + 1;
        }
        ranks
    }
    let (rx, ry) = (ranks(xs), ranks(ys));
    let mean = |values: &[f64]| values.iter().sum::<f64>() / values.len() as f64;
    let (mx, my) = (mean(&rx), mean(&ry));
    let covariance: f64 = rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)).sum();
    let spread = |values: &[f64], mean: f64| -> f64 {
        values
            .iter()
            .map(|value| (value - mean).powi(2))
            .sum::<f64>()
            .sqrt()
    };
    covariance / (spread(&rx, mx) * spread(&ry, my))
}

#[test]
fn the_score_agrees_with_data_gouv_fr_on_the_real_chunk() {
    let path = corpus("export-dataset-20260116-chunk83.csv");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(&path)
        .unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|cell| cell == name).unwrap();
    let (id, quality) = (column("id"), column("quality_score"));
    let served: HashMap<String, f64> = reader
        .records()
        .map(Result::unwrap)
        .map(|record| {
            let points = (record[quality].parse::<f64>().unwrap() * 9.0).round();
            (record[id].to_owned(), points)
        })
        .collect();
    let output = dglint()
        .args([
            "audit",
            "--isolated",
            "--include-archived",
            "--output-format",
            "json",
            "--as-of",
            "2026-01-16T05:52:49Z",
            "--catalog",
            path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let (mut udata, mut ours) = (Vec::new(), Vec::new());
    for dataset in report["datasets"].as_array().unwrap() {
        let points = served[dataset["id"].as_str().unwrap()];
        let grade = dataset["dglint"]["grade"].as_str().unwrap();
        assert!(
            points > 3.0 || !matches!(grade, "A" | "B"),
            "{} is served {points}/9 and graded {grade}",
            dataset["id"]
        );
        udata.push(points);
        ours.push(dataset["dglint"]["score"].as_f64().unwrap());
    }
    assert_eq!(udata.len(), 609);
    let correlation = spearman(&udata, &ours);
    println!(
        "Spearman rank correlation over {} datasets: {correlation:.3}",
        udata.len()
    );
    assert!(correlation >= 0.6, "{correlation}");
}
