//! The scores in human form: a block per dataset under `dglint check`'s findings, and the
//! one-row-per-dataset table and CSV of `dglint score`.

use std::fmt::Write as _;

use super::{FileReport, Report};
use crate::model::Origin;
use crate::model::udata::{Criterion, CriterionResult, MAX_POINTS};
use crate::score::DatasetScores;
use crate::untrusted::terminal::{one_line, visible_owned};

/// Why a criterion's value is a prediction, for a manifest.
pub fn prediction_note(criterion: Criterion) -> String {
    match criterion {
        Criterion::AllResourcesAvailable => crate::msg!("predicted-links"),
        Criterion::UpdateFulfilledInTime => crate::msg!("predicted-dates"),
        _ => crate::msg!("predicted-portal"),
    }
}

/// `5/9 (56 %, À améliorer)`, with `, 4 unknown` when some criteria cannot be decided.
pub fn udata_summary(dataset: &DatasetScores) -> String {
    let unknown = match dataset.udata.unknown.len() {
        0 => String::new(),
        count => crate::msg!("udata-unknown-count", count = count),
    };
    format!(
        "{}/{MAX_POINTS} ({} %, {}{unknown})",
        dataset.udata.points(),
        dataset.udata.percent(),
        dataset.udata.label()
    )
}

/// `62.3 (C)`, and on how many points it stands when some criteria are unknown
/// (`62.3 (C) on 93 of 100 points`).
pub fn dglint_summary(dataset: &DatasetScores) -> String {
    let dglint = &dataset.dglint;
    let score = format!(
        "{} ({})",
        crate::i18n::number(dglint.score, 1),
        dglint.grade
    );
    if !dglint.is_partial() {
        return score;
    }
    crate::msg!(
        "score-partial",
        score = score,
        max = dglint.max_points,
        total = dglint.total_points
    )
}

/// The fix that would raise the dglint score most: `DG250 temporal-coverage-missing (+6.1)`.
pub fn top_issue(dataset: &DatasetScores) -> Option<String> {
    dataset.dglint.gains.first().map(|gain| {
        format!(
            "{} {} (+{})",
            gain.rule.def.code,
            gain.rule.def.name,
            crate::i18n::number(gain.points, 1)
        )
    })
}

/// The block printed after a file's findings: both scores, each udata criterion with ✓ or
/// ✗ and where the problem is, the categories and the fixes to make first.
pub fn human_block(file: &FileReport, dataset: &DatasetScores, out: &mut String) {
    let _ = writeln!(
        out,
        "{}",
        crate::msg!(
            "score-headline",
            dataset = one_line(&file.dataset_label(dataset)),
            udata = udata_summary(dataset),
            dglint = dglint_summary(dataset)
        )
    );
    if let Some(mqa) = &dataset.mqa {
        let _ = writeln!(out, "  {}", super::mqa::detail(mqa));
    }
    for result in &dataset.udata.criteria {
        out.push_str(&criterion_line(file, result));
    }
    for criterion in &dataset.udata.unknown {
        let _ = writeln!(
            out,
            "  ? {}",
            crate::msg!("criterion-unknown", key = criterion.key())
        );
    }
    let categories: Vec<String> = dataset
        .dglint
        .categories
        .iter()
        .map(|category| {
            format!(
                "{} {}",
                category.category,
                crate::i18n::number(category.score, 1)
            )
        })
        .collect();
    if !categories.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            crate::msg!("score-by-category", categories = categories.join(" · "))
        );
    }
    let fixes: Vec<String> = dataset
        .dglint
        .fix_first()
        .iter()
        .map(|gain| {
            format!(
                "{} {} (+{})",
                gain.rule.def.code,
                gain.rule.def.name,
                crate::i18n::number(gain.points, 1)
            )
        })
        .collect();
    if !fixes.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            crate::msg!("score-fix-first", fixes = fixes.join(" · "))
        );
    }
    out.push('\n');
}

fn criterion_line(file: &FileReport, result: &CriterionResult) -> String {
    let mark = if result.passed { '✓' } else { '✗' };
    let key = result.criterion.key();
    let mut line = format!("  {mark} {key}");
    if !result.criterion.scores() {
        line.push_str(&crate::msg!("criterion-no-point"));
    }
    if let Some(explanation) = &result.explanation {
        let _ = write!(line, "{}{}", crate::msg!("colon"), explanation.hit.message);
        let mut refs = Vec::new();
        if let Some(place) = &explanation.place {
            let path = place.file.as_deref().unwrap_or(&file.path);
            refs.push(format!(
                "{path}:{}:{}",
                place.start.line, place.start.column
            ));
        }
        refs.extend(explanation.rule.map(str::to_owned));
        if !refs.is_empty() {
            let _ = write!(line, " ({})", refs.join(", "));
        }
    }
    if result.predicted && file.origin == Origin::Manifest {
        let _ = write!(
            line,
            "{}",
            crate::msg!(
                "criterion-predicted",
                note = prediction_note(result.criterion)
            )
        );
    }
    line.push('\n');
    line
}

/// The table of `dglint score`: one row per dataset, then a line of totals.
pub fn table(report: &Report) -> String {
    let with_mqa = report
        .files
        .iter()
        .flat_map(|file| &file.datasets)
        .any(|dataset| dataset.mqa.is_some());
    let rows: Vec<Vec<String>> = report
        .files
        .iter()
        .flat_map(|file| {
            file.datasets.iter().map(move |dataset| {
                let mut row = vec![
                    one_line(&file.dataset_label(dataset)).into_owned(),
                    udata_summary(dataset),
                    dglint_summary(dataset),
                ];
                if with_mqa {
                    row.push(
                        dataset
                            .mqa
                            .as_ref()
                            .map_or_else(String::new, super::mqa::summary),
                    );
                }
                row.push(top_issue(dataset).unwrap_or_else(|| "-".into()));
                row
            })
        })
        .collect();
    let mut header = vec![
        crate::msg!("scores-column-dataset"),
        "DATA.GOUV.FR".to_owned(),
        "DGLINT".to_owned(),
    ];
    if with_mqa {
        header.push("MQA".to_owned());
    }
    header.push(crate::msg!("column-fix-first"));
    let last = header.len() - 1;
    let widths: Vec<usize> = (0..last)
        .map(|column| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        for (cell, width) in row.iter().zip(&widths) {
            let padding = width - cell.chars().count();
            let _ = write!(out, "{cell}{}  ", " ".repeat(padding));
        }
        out.push_str(&row[last]);
        out.push('\n');
    }
    let unscored: Vec<&str> = report
        .files
        .iter()
        .filter(|file| file.datasets.is_empty())
        .map(|file| file.path.as_str())
        .collect();
    for path in &unscored {
        let _ = writeln!(out, "{}: {}", one_line(path), crate::msg!("not-scored"));
    }
    let scored = crate::msg!("count-datasets", count = rows.len());
    let _ = writeln!(out, "{}", crate::msg!("summary-scored", datasets = scored));
    // The table's text is dglint's but for the labels: nothing in it may drive a terminal.
    visible_owned(out)
}

/// The CSV of `dglint score`: one row per dataset, each udata criterion a column (`true`,
/// `false`, or empty when udata leaves the key out).
pub fn csv(report: &Report, out: &mut dyn std::io::Write) -> Result<(), csv::Error> {
    let mut writer = crate::untrusted::csv::Writer::new(out);
    let mut header = vec![
        "dataset",
        "file",
        "pointer",
        "id",
        "title",
        "udata_points",
        "udata_score",
        "udata_label",
        "dglint_score",
        "dglint_grade",
        "errors",
        "warnings",
        "infos",
        "fix_first",
    ];
    header.extend(Criterion::ALL.iter().map(|criterion| criterion.key()));
    let with_mqa = report
        .files
        .iter()
        .flat_map(|file| &file.datasets)
        .any(|dataset| dataset.mqa.is_some());
    if with_mqa {
        header.extend(["mqa_points", "mqa_rating", "mqa_unknown_points"]);
    }
    writer.write_record(&header)?;
    for file in &report.files {
        for (dataset, counts) in file.datasets.iter().zip(file.dataset_counts()) {
            let mut row = vec![
                file.dataset_label(dataset),
                file.path.clone(),
                dataset.pointer.clone(),
                dataset.id.clone().unwrap_or_default(),
                dataset.title.clone().unwrap_or_default(),
                dataset.udata.points().to_string(),
                dataset.udata.score().to_string(),
                dataset.udata.label().to_owned(),
                format!("{:.1}", dataset.dglint.score),
                dataset.dglint.grade.to_owned(),
                counts.errors.to_string(),
                counts.warnings.to_string(),
                counts.infos.to_string(),
                top_issue(dataset).unwrap_or_default(),
            ];
            row.extend(Criterion::ALL.iter().map(|criterion| {
                dataset
                    .udata
                    .get(*criterion)
                    .map_or_else(String::new, |result| result.passed.to_string())
            }));
            if with_mqa {
                let mqa = dataset.mqa.as_ref();
                row.push(mqa.map_or_else(String::new, |mqa| mqa.points.to_string()));
                row.push(mqa.map_or_else(String::new, |mqa| mqa.rating.to_owned()));
                row.push(mqa.map_or_else(String::new, |mqa| mqa.unknown_points.to_string()));
            }
            writer.write_record(&row)?;
        }
    }
    writer.flush()?;
    Ok(())
}
