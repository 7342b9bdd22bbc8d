//! The terminal summary that ends `dglint audit`: where the catalogue stands, the most
//! frequent findings, what to fix first, and the trends with `--compare`.

use std::fmt::Write as _;

use super::{Audit, Comparison, Rate, Row, SHORT_LIST, texts};
use crate::i18n::{Lang, lang};
use crate::model::udata::MAX_POINTS;
use crate::msg;
use crate::score::dglint::Outcome;
use crate::untrusted::terminal::{one_line, visible_owned};

const BAR_WIDTH: usize = 30;

/// A bar of `count` out of `largest`, at most [`BAR_WIDTH`] characters.
fn bar(count: usize, largest: usize) -> String {
    if largest == 0 {
        return String::new();
    }
    let eighths = (count * BAR_WIDTH * 8).div_ceil(largest);
    let mut text = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        text.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
    }
    text
}

/// `87 % (368/423)`, or `-` when nothing was decided.
pub fn rate_text(rate: &Rate) -> String {
    match rate.percent() {
        Some(percent) => format!("{percent:.0} % ({}/{})", rate.passed, rate.known),
        None => "-".to_owned(),
    }
}

/// `3/9 · 45.2 (F)`.
pub fn scores_text(row: &Row<'_>) -> String {
    format!(
        "{}/{MAX_POINTS} · {} ({})",
        row.scores.udata.points(),
        crate::i18n::number(row.scores.dglint.score, 1),
        row.scores.dglint.grade
    )
}

/// The number of datasets, in words, in the run's language.
pub fn datasets_text(count: usize) -> String {
    texts::datasets(lang(), count)
}

/// The summary, in the run's language. Its titles and labels are data: each stays on its
/// line, and nothing in the summary may drive a terminal.
pub fn render(audit: &Audit<'_>) -> String {
    visible_owned(render_text(audit))
}

fn render_text(audit: &Audit<'_>) -> String {
    let lang = lang();
    let mut out = String::new();
    let _ = writeln!(out, "{}", texts::headline(audit, lang));
    for line in texts::skipped(audit, lang) {
        let _ = writeln!(out, "  {line}");
    }
    if audit.rows.is_empty() {
        return out;
    }
    distributions(audit, lang, &mut out);
    out.push_str(&mqa_block(audit));
    rates(audit, &mut out);
    sources(audit, &mut out);
    frequent_findings(audit, &mut out);
    fix_first(audit, &mut out);
    if let Some(comparison) = &audit.comparison {
        trends(audit, comparison, lang, &mut out);
    }
    out
}

/// How the datasets spread over data.gouv.fr's points and dglint's score.
fn distributions(audit: &Audit<'_>, lang: Lang, out: &mut String) {
    let _ = writeln!(out, "\n{}", texts::udata_distribution(audit, lang));
    let largest = audit.udata_points.iter().copied().max().unwrap_or(0);
    for (points, count) in audit.udata_points.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {points}/{MAX_POINTS} {:>7} {}",
            count,
            bar(*count, largest)
        );
    }
    let _ = writeln!(out, "\n{}", texts::dglint_distribution(audit, lang));
    let largest = audit.dglint_tenths.iter().copied().max().unwrap_or(0);
    for (tenth, count) in audit.dglint_tenths.iter().enumerate() {
        let range = format!("{:>3}–{:<3}", tenth * 10, tenth * 10 + 10);
        let _ = writeln!(out, "  {range} {count:>7} {}", bar(*count, largest));
    }
}

/// The share of datasets meeting each udata criterion, and without findings in each category.
fn rates(audit: &Audit<'_>, out: &mut String) {
    let _ = writeln!(out, "\n{}", msg!("audit-criteria"));
    for (criterion, rate) in &audit.criteria {
        let _ = writeln!(out, "  {:<28} {}", criterion.key(), rate_text(rate));
    }
    let _ = writeln!(out, "\n{}", msg!("audit-categories"));
    for (category, rate) in &audit.categories {
        let _ = writeln!(out, "  {:<28} {}", category.as_str(), rate_text(rate));
    }
}

/// The harvested datasets by source catalogue (the largest sources), where their findings are
/// fixed.
fn sources(audit: &Audit<'_>, out: &mut String) {
    if audit.sources.is_empty() {
        return;
    }
    let harvested: usize = audit.sources.iter().map(|group| group.datasets).sum();
    let _ = writeln!(
        out,
        "\n{}",
        msg!(
            "audit-sources",
            harvested = harvested,
            datasets = audit.rows.len(),
            sources = audit.sources.len()
        )
    );
    for group in audit.sources.iter().take(SHORT_LIST) {
        let _ = writeln!(
            out,
            "  {:<14} {:<36} {:>6}  {}",
            one_line(&group.source.backend),
            one_line(group.source.domain.as_deref().unwrap_or("-")),
            group.datasets,
            msg!(
                "audit-source-scores",
                mean = texts::decimal(group.mean_udata, lang()),
                max = MAX_POINTS,
                findings = group.findings
            )
        );
    }
}

/// The most frequent findings, with the datasets they are found in.
fn frequent_findings(audit: &Audit<'_>, out: &mut String) {
    if !audit.frequent.is_empty() {
        let _ = writeln!(out, "\n{}", msg!("audit-frequent"));
        for count in audit.frequent.iter().take(SHORT_LIST) {
            let _ = writeln!(
                out,
                "  {:>7}  {} {:<34} {}",
                count.findings,
                count.rule.code(),
                count.rule.def.name,
                msg!(
                    "audit-in-datasets",
                    datasets = datasets_text(count.datasets)
                )
            );
        }
    }
}

/// The datasets to fix first, with their scores and usage.
fn fix_first(audit: &Audit<'_>, out: &mut String) {
    let first: Vec<&Row<'_>> = audit.fix_first(SHORT_LIST).collect();
    if !first.is_empty() {
        let _ = writeln!(out, "\n{}", msg!("audit-fix-first"));
        for (rank, row) in first.iter().enumerate() {
            let usage = row.scores.profile().usage;
            let _ = writeln!(
                out,
                "  {:>2}. {} {}",
                rank + 1,
                one_line(&row.label()),
                one_line(row.scores.title.as_deref().unwrap_or_default())
            );
            let top = row
                .top_finding()
                .map(|located| format!(" → {} {}", located.finding.code, located.rule.def.name))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "      {} · {}{top}",
                scores_text(row),
                msg!(
                    "audit-usage",
                    views = usage.views,
                    downloads = usage.downloads,
                    reuses = usage.reuses
                )
            );
        }
    }
}

/// What changed since the previous audit.
fn trends(audit: &Audit<'_>, comparison: &Comparison, lang: Lang, out: &mut String) {
    let _ = writeln!(out, "\n{}", texts::trends_heading(comparison, lang));
    for line in texts::trend_lines(audit, comparison, lang) {
        let _ = writeln!(out, "  {line}");
    }
    for (criterion, before, now) in &comparison.criteria {
        if let (Some(before), Some(now)) = (before, now)
            && (now - before).abs() >= 0.5
        {
            let _ = writeln!(
                out,
                "  {:<28} {before:.0} % → {now:.0} % ({:+.0})",
                criterion.key(),
                now - before
            );
        }
    }
    for change in comparison.regressed.iter().take(SHORT_LIST) {
        let _ = writeln!(
            out,
            "  ↓ {} {} → {} ({}/{MAX_POINTS} → {}/{MAX_POINTS})",
            one_line(&change.label),
            crate::i18n::number(change.dglint.0, 1),
            crate::i18n::number(change.dglint.1, 1),
            change.udata.0,
            change.udata.1
        );
    }
}

/// The MQA ratings and the share of datasets meeting each indicator, when the `mqa` profile
/// is on (empty otherwise).
fn mqa_block(audit: &Audit<'_>) -> String {
    let assessed: Vec<&crate::score::MqaScore> = audit
        .rows
        .iter()
        .filter_map(|row| row.scores.mqa.as_ref())
        .collect();
    let Some(first) = assessed.first() else {
        return String::new();
    };
    let mut out = String::new();
    let count = |rating: &str| assessed.iter().filter(|mqa| mqa.rating == rating).count();
    let ratings: Vec<String> = ["excellent", "good", "sufficient", "bad"]
        .into_iter()
        .map(|rating| {
            format!(
                "{} {}",
                crate::report::mqa::rating_label(rating),
                count(rating)
            )
        })
        .collect();
    let mean = assessed
        .iter()
        .map(|mqa| f64::from(mqa.points))
        .sum::<f64>()
        / assessed.len() as f64;
    let _ = writeln!(
        out,
        "\n{}",
        msg!(
            "audit-mqa",
            mean = format!("{mean:.0}"),
            ratings = ratings.join(" · ")
        )
    );
    // Each indicator's rate, read in one pass over the datasets.
    let mut rates: Vec<Rate> = first
        .indicators()
        .map(|_| Rate {
            passed: 0,
            known: 0,
        })
        .collect();
    for mqa in &assessed {
        for (rate, result) in rates.iter_mut().zip(mqa.indicators()) {
            rate.known += usize::from(result.outcome != Outcome::Unknown);
            rate.passed += usize::from(result.outcome == Outcome::Met);
        }
    }
    for (result, rate) in first.indicators().zip(&rates) {
        let note = if result.lost_to_feed() {
            msg!("audit-mqa-feed")
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {:<36} {}{note}",
            result.indicator.id.as_str(),
            rate_text(rate)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_count() {
        assert_eq!(bar(0, 10), "");
        assert_eq!(bar(10, 10).chars().count(), BAR_WIDTH);
        assert_eq!(bar(5, 10).chars().count(), BAR_WIDTH / 2);
        assert_eq!(bar(1, 1000), "▏");
    }
}
