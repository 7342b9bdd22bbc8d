//! The phrases the terminal summary, the Markdown and the HTML reports share, in a given
//! language (the HTML report has its own default language).

use super::{Audit, Comparison};
use crate::i18n::Lang;
use crate::model::dates::parse_instant;
use crate::model::udata::MAX_POINTS;
use crate::msg_in;

/// `196 022` in French (narrow no-break space), `196,022` in English.
pub fn group_digits(number: u64, lang: Lang) -> String {
    let digits = number.to_string();
    let separator = match lang {
        Lang::En => ',',
        Lang::Fr => '\u{202f}',
    };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// The number of datasets, in words, its digits grouped by thousands (a grouped number
/// is past the singular in both languages, so the plural chooses `other` for it).
pub fn datasets(lang: Lang, count: usize) -> String {
    msg_in!(
        lang,
        "count-datasets",
        count = group_digits(count as u64, lang)
    )
}

/// A message that ends with a colon, as a heading.
pub fn heading(text: &str) -> &str {
    text.trim_end_matches([':', ' '])
}

/// `Audit of 423 datasets`.
pub fn headline(audit: &Audit<'_>, lang: Lang) -> String {
    msg_in!(
        lang,
        "audit-headline",
        datasets = datasets(lang, audit.rows.len())
    )
}

/// One line per reason datasets were left out.
pub fn skipped(audit: &Audit<'_>, lang: Lang) -> Vec<String> {
    audit
        .skipped
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(reason, count)| {
            msg_in!(
                lang,
                "summary-skipped",
                count = datasets(lang, *count),
                reason = reason.label()
            )
        })
        .collect()
}

/// The heading of udata's distribution, with its mean.
pub fn udata_distribution(audit: &Audit<'_>, lang: Lang) -> String {
    msg_in!(
        lang,
        "audit-udata-distribution",
        mean = udata_mean(audit, lang)
    )
}

/// udata's mean points: `2.8/9`, a range when criteria are unknown (`2.8 to 4.9/9`), and the
/// portal's own figure beside it when the data carries it.
pub fn udata_mean(audit: &Audit<'_>, lang: Lang) -> String {
    let headline = &audit.udata_headline;
    let computed = bounds(headline.mean, headline.is_range(), lang);
    let computed = format!("{computed}/{MAX_POINTS}");
    match headline.served {
        Some(served) => msg_in!(
            lang,
            "audit-with-served",
            computed = computed,
            served = format!("{}/{MAX_POINTS}", decimal(served.mean, lang))
        ),
        None => computed,
    }
}

/// The share of datasets at 7/9 or more, as bounds when criteria are unknown, with the
/// portal's share beside it when the data carries it; `-` without datasets.
pub fn seven_or_more(audit: &Audit<'_>, lang: Lang) -> String {
    let count = audit.rows.len();
    if count == 0 {
        return "-".to_owned();
    }
    let share = |datasets: usize| 100.0 * datasets as f64 / count as f64;
    let (low, high) = audit.udata_headline.seven_or_more;
    let computed = format!(
        "{} %",
        bounds_with((share(low), share(high)), low != high, lang, 0)
    );
    match audit.udata_headline.served {
        Some(served) => {
            let served_share = 100.0 * served.seven_or_more as f64 / served.datasets as f64;
            msg_in!(
                lang,
                "audit-with-served",
                computed = computed,
                served = format!("{} %", crate::i18n::decimal(served_share, 0, lang))
            )
        }
        None => computed,
    }
}

fn bounds(bounds: (f64, f64), is_range: bool, lang: Lang) -> String {
    bounds_with(bounds, is_range, lang, 1)
}

fn bounds_with(bounds: (f64, f64), is_range: bool, lang: Lang, digits: usize) -> String {
    let low = crate::i18n::decimal(bounds.0, digits, lang);
    if !is_range {
        return low;
    }
    let high = crate::i18n::decimal(bounds.1, digits, lang);
    msg_in!(lang, "audit-range", low = low, high = high)
}

/// A number with one decimal, as the language writes it.
pub fn decimal(value: f64, lang: Lang) -> String {
    crate::i18n::decimal(value, 1, lang)
}

/// The heading of dglint's distribution, with its mean and the grades.
pub fn dglint_distribution(audit: &Audit<'_>, lang: Lang) -> String {
    let grades: Vec<String> = audit
        .grades
        .iter()
        .map(|(grade, count)| format!("{grade} {count}"))
        .collect();
    msg_in!(
        lang,
        "audit-dglint-distribution",
        mean = decimal(audit.means.1, lang),
        grades = grades.join(" · ")
    )
}

/// `Since the audit of 2025-07-01:` (or `of 2025-07-01 14:05 UTC` when the audit was not at
/// midnight; the report's full timestamp has nanoseconds nobody reads).
pub fn trends_heading(comparison: &Comparison, lang: Lang) -> String {
    msg_in!(
        lang,
        "audit-trends",
        previous = audit_date(&comparison.previous_as_of)
    )
}

/// When an audit ran, as people read it: its date, and its time in minutes when not
/// midnight (`2026-11-27 04:25 UTC`, not `2026-11-27T04:25:11.954721277+00:00`).
fn audit_date(text: &str) -> String {
    match parse_instant(text) {
        Some(at) if at.time() == chrono::NaiveTime::MIN => at.format("%Y-%m-%d").to_string(),
        Some(at) => at.format("%Y-%m-%d %H:%M UTC").to_string(),
        None => text.to_owned(),
    }
}

/// The trends in three lines: mean scores, datasets, findings.
pub fn trend_lines(audit: &Audit<'_>, comparison: &Comparison, lang: Lang) -> [String; 3] {
    [
        msg_in!(
            lang,
            "audit-trend-means",
            udata_before = decimal(comparison.means_before.0, lang),
            udata_now = decimal(audit.means.0, lang),
            dglint_before = decimal(comparison.means_before.1, lang),
            dglint_now = decimal(audit.means.1, lang)
        ),
        msg_in!(
            lang,
            "audit-trend-datasets",
            improved = comparison.improved.len(),
            regressed = comparison.regressed.len(),
            added = comparison.added,
            removed = comparison.removed
        ),
        msg_in!(
            lang,
            "audit-trend-findings",
            new = comparison.new_findings,
            fixed = comparison.fixed_findings
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::audit_date;

    #[test]
    fn audit_dates_are_read_to_the_minute() {
        assert_eq!(
            audit_date("2026-11-27T04:25:11.954721277+00:00"),
            "2026-11-27 04:25 UTC"
        );
        assert_eq!(audit_date("2025-07-01T00:00:00Z"), "2025-07-01");
        assert_eq!(audit_date("last week"), "last week");
    }
}
