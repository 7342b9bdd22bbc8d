//! The Markdown report (`--report markdown=audit.md`): the summary and the fix-first list,
//! for an issue or a pull request comment. Every text from data goes through
//! [`markdown::text`], every link from data through [`markdown::link`].

use std::fmt::Write as _;

use super::summary::{rate_text, scores_text};
use super::texts::{self, heading};
use super::{Audit, Comparison, SHORT_LIST};
use crate::i18n::{Lang, lang};
use crate::model::udata::MAX_POINTS;
use crate::msg;
use crate::untrusted::markdown;

/// Fix-first rows the Markdown report lists.
const FIX_FIRST_ROWS: usize = 20;

/// Writes the report in the run's language.
pub fn write(audit: &Audit<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    out.write_all(render(audit).as_bytes())
}

fn render(audit: &Audit<'_>) -> String {
    let lang = lang();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", texts::headline(audit, lang));
    for line in texts::skipped(audit, lang) {
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(
        out,
        "- {}\n- {}\n",
        heading(&texts::udata_distribution(audit, lang)),
        heading(&texts::dglint_distribution(audit, lang))
    );
    rates(audit, &mut out);
    sources(audit, &mut out);
    frequent_findings(audit, &mut out);
    fix_first(audit, &mut out);
    if let Some(comparison) = &audit.comparison {
        trends(audit, comparison, lang, &mut out);
    }
    out
}

/// The tables of each udata criterion's and each category's rate.
fn rates(audit: &Audit<'_>, out: &mut String) {
    let _ = writeln!(out, "## {}\n", heading(&msg!("audit-criteria")));
    let _ = writeln!(out, "| {} | % |\n|---|---|", msg!("column-criterion"));
    for (criterion, rate) in &audit.criteria {
        let _ = writeln!(out, "| `{}` | {} |", criterion.key(), rate_text(rate));
    }
    let _ = writeln!(out, "\n## {}\n", heading(&msg!("audit-categories")));
    let _ = writeln!(out, "| {} | % |\n|---|---|", msg!("column-category"));
    for (category, rate) in &audit.categories {
        let _ = writeln!(out, "| {} | {} |", category.as_str(), rate_text(rate));
    }
}

/// The table of the harvested datasets by source catalogue.
fn sources(audit: &Audit<'_>, out: &mut String) {
    if audit.sources.is_empty() {
        return;
    }
    let harvested: usize = audit.sources.iter().map(|group| group.datasets).sum();
    let title = msg!(
        "audit-sources",
        harvested = harvested,
        datasets = audit.rows.len(),
        sources = audit.sources.len()
    );
    let _ = writeln!(out, "\n## {}\n", heading(&title));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---:|---:|---:|",
        msg!("column-backend"),
        msg!("column-source"),
        msg!("column-datasets"),
        msg!("column-udata-mean"),
        msg!("column-findings")
    );
    for group in audit.sources.iter().take(SHORT_LIST) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            markdown::text(&group.source.backend),
            markdown::text(group.source.domain.as_deref().unwrap_or("-")),
            group.datasets,
            texts::decimal(group.mean_udata, lang()),
            group.findings
        );
    }
}

/// The table of the most frequent findings.
fn frequent_findings(audit: &Audit<'_>, out: &mut String) {
    if !audit.frequent.is_empty() {
        let _ = writeln!(out, "\n## {}\n", heading(&msg!("audit-frequent")));
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---:|---:|",
            msg!("column-rule"),
            msg!("column-findings"),
            msg!("column-datasets")
        );
        for count in audit.frequent.iter().take(SHORT_LIST) {
            let _ = writeln!(
                out,
                "| `{}` {} | {} | {} |",
                count.rule.code(),
                count.rule.def.name,
                count.findings,
                count.datasets
            );
        }
    }
}

/// The table of the datasets to fix first.
fn fix_first(audit: &Audit<'_>, out: &mut String) {
    let first: Vec<_> = audit.fix_first(FIX_FIRST_ROWS).collect();
    if !first.is_empty() {
        let _ = writeln!(out, "\n## {}\n", heading(&msg!("audit-fix-first")));
        let _ = writeln!(
            out,
            "| # | {} | {} | {} | {} |\n|---:|---|---|---:|---|",
            msg!("column-dataset"),
            msg!("column-scores"),
            msg!("column-views"),
            msg!("column-fix-first-finding")
        );
        for (rank, row) in first.iter().enumerate() {
            let name = match &row.scores.title {
                Some(title) => markdown::link(title, row.scores.profile().page.as_deref()),
                None => markdown::text(&row.label()),
            };
            let top = row
                .top_finding()
                .map(|located| {
                    format!(
                        "`{}` {}",
                        located.finding.code,
                        markdown::text(&located.finding.message)
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {name} | {} | {} | {top} |",
                rank + 1,
                scores_text(row),
                row.scores.profile().usage.views
            );
        }
    }
}

/// What changed since the previous audit: its lines, each criterion's rate before and now,
/// the datasets that regressed.
fn trends(audit: &Audit<'_>, comparison: &Comparison, lang: Lang, out: &mut String) {
    let _ = writeln!(
        out,
        "\n## {}\n",
        heading(&texts::trends_heading(comparison, lang))
    );
    for line in texts::trend_lines(audit, comparison, lang) {
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(
        out,
        "\n| {} | {} | {} |\n|---|---:|---:|",
        msg!("column-criterion"),
        msg!("column-before"),
        msg!("column-now")
    );

    for (criterion, before, now) in &comparison.criteria {
        let percent = |value: &Option<f64>| value.map_or("-".to_owned(), |v| format!("{v:.0}"));
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            criterion.key(),
            percent(before),
            percent(now)
        );
    }
    if !comparison.regressed.is_empty() {
        let _ = writeln!(out, "\n### {}\n", msg!("audit-regressed"));
        for change in comparison.regressed.iter().take(FIX_FIRST_ROWS) {
            let _ = writeln!(
                out,
                "- {} ({}): {} → {}, {}/{MAX_POINTS} → {}/{MAX_POINTS}",
                markdown::text(change.title.as_deref().unwrap_or_default()),
                markdown::text(&change.label),
                crate::i18n::decimal(change.dglint.0, 1, lang),
                crate::i18n::decimal(change.dglint.1, 1, lang),
                change.udata.0,
                change.udata.1
            );
        }
    }
}
