//! The HTML report of an audit (`--report html=audit.html`): one self-contained file that
//! opens from disk and makes no request. Headline figures, charts drawn as inline SVG (each
//! with a text alternative), the datasets in a table, and the detail of the datasets to fix
//! first.
//!
//! Without JavaScript, the page reads as is: the table holds the first [`STATIC_ROWS`]
//! datasets in fix-first order, each with its detail below. With JavaScript, the table is
//! sortable, filterable and paged over every dataset, from the data embedded in the page;
//! a dataset beyond the first [`STATIC_ROWS`] shows its findings' rule codes. The report is
//! in French unless `--lang en` is given; the findings' messages are in the run's language.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::markup::escape;
use super::summary::rate_text;
use super::svg::{self, Bar};
use super::texts::{self, group_digits, seven_or_more, udata_mean};
use super::{Audit, Row};
use crate::i18n::Lang;
use crate::model::udata::MAX_POINTS;
use crate::msg_in;
use crate::score::dglint::ALL_GRADES;

/// Datasets rendered in the page itself (the table without JavaScript, and the details).
pub const STATIC_ROWS: usize = 1000;

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// What the report says about the run.
pub struct Context<'a> {
    /// The language of the page.
    pub lang: Lang,
    /// The date the audit stands for.
    pub as_of: &'a str,
}

/// Writes the page.
pub fn write(
    audit: &Audit<'_>,
    context: &Context<'_>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let lang = context.lang;
    let mut page = String::with_capacity(64 * 1024 + audit.rows.len() * 400);
    let title = msg_in!(lang, "html-title");
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"dglint {}\">\
         <title>{} — {}</title><style>{STYLE}</style></head><body>\
         <header><h1>{}</h1><p>{}</p></header><main>",
        lang_code(lang),
        env!("CARGO_PKG_VERSION"),
        escape(&title),
        escape(&texts::datasets(lang, audit.rows.len())),
        escape(&title),
        escape(&msg_in!(
            lang,
            "html-subtitle",
            datasets = texts::datasets(lang, audit.rows.len()),
            date = context.as_of,
            version = env!("CARGO_PKG_VERSION")
        )),
    );
    figures(audit, lang, &mut page);
    charts(audit, lang, &mut page);
    if let Some(comparison) = &audit.comparison {
        trends(audit, comparison, lang, &mut page);
    }
    table(audit, lang, &mut page);
    details(audit, lang, &mut page);
    page.push_str("</main>");
    out.write_all(page.as_bytes())?;
    out.write_all(b"<script type=\"application/json\" id=\"audit-data\">")?;
    write_data(audit, lang, out)?;
    out.write_all(b"</script><script>")?;
    out.write_all(SCRIPT.as_bytes())?;
    out.write_all(b"</script></body></html>\n")
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
    }
}

fn percent(value: Option<f64>) -> String {
    value.map_or("-".to_owned(), |value| format!("{value:.0} %"))
}

fn figures(audit: &Audit<'_>, lang: Lang, page: &mut String) {
    let findings: usize = audit.rows.iter().map(|row| row.findings.len()).sum();
    let skipped: usize = audit.skipped.iter().map(|(_, count)| count).sum();
    let figures = [
        (
            msg_in!(lang, "html-figure-datasets"),
            group_digits(audit.rows.len() as u64, lang),
        ),
        (msg_in!(lang, "html-figure-udata"), udata_mean(audit, lang)),
        (
            msg_in!(lang, "html-figure-dglint"),
            crate::i18n::decimal(audit.means.1, 1, lang),
        ),
        (
            msg_in!(lang, "html-figure-seven"),
            seven_or_more(audit, lang),
        ),
        (
            msg_in!(lang, "html-figure-findings"),
            group_digits(findings as u64, lang),
        ),
        (
            msg_in!(lang, "html-figure-skipped"),
            group_digits(skipped as u64, lang),
        ),
    ];
    let _ = write!(
        page,
        "<section aria-labelledby=\"figures\"><h2 id=\"figures\">{}</h2><dl class=\"figures\">",
        escape(&msg_in!(lang, "html-figures"))
    );
    for (label, value) in figures {
        let _ = write!(
            page,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            escape(&label),
            escape(&value)
        );
    }
    page.push_str("</dl></section>");
}

fn figure(page: &mut String, caption: &str, svg: String) {
    let _ = write!(
        page,
        "<figure><figcaption>{}</figcaption>{svg}</figure>",
        escape(caption)
    );
}

fn count_bar(label: String, count: usize, lang: Lang) -> Bar {
    Bar {
        label,
        value: count as f64,
        shown: group_digits(count as u64, lang),
    }
}

fn charts(audit: &Audit<'_>, lang: Lang, page: &mut String) {
    let _ = write!(
        page,
        "<section aria-labelledby=\"charts\"><h2 id=\"charts\">{}</h2><div class=\"charts\">",
        escape(&msg_in!(lang, "html-charts"))
    );
    let udata: Vec<Bar> = audit
        .udata_points
        .iter()
        .enumerate()
        .map(|(points, count)| count_bar(format!("{points}/{MAX_POINTS}"), *count, lang))
        .collect();
    let caption = msg_in!(lang, "html-chart-udata");
    figure(
        page,
        &caption,
        svg::columns("chart-udata", &caption, &udata),
    );
    let dglint: Vec<Bar> = audit
        .dglint_tenths
        .iter()
        .enumerate()
        .map(|(tenth, count)| {
            count_bar(format!("{}–{}", tenth * 10, tenth * 10 + 10), *count, lang)
        })
        .collect();
    let caption = msg_in!(lang, "html-chart-dglint");
    figure(
        page,
        &caption,
        svg::columns("chart-dglint", &caption, &dglint),
    );
    let criteria: Vec<Bar> = audit
        .criteria
        .iter()
        .map(|(criterion, rate)| Bar {
            label: criterion.label_in(lang),
            value: rate.percent().unwrap_or(0.0),
            // With its denominator: the datasets where it could be decided.
            shown: rate_text(rate),
        })
        .collect();
    let caption = msg_in!(lang, "html-chart-criteria");
    figure(
        page,
        &caption,
        svg::horizontal("chart-criteria", &caption, &criteria, Some(100.0)),
    );
    let caption = msg_in!(lang, "html-chart-freshness");
    figure(
        page,
        &caption,
        svg::columns("chart-freshness", &caption, &freshness(audit, lang)),
    );
    let rules: Vec<Bar> = audit
        .frequent
        .iter()
        .take(15)
        .map(|count| Bar {
            label: format!("{} {}", count.rule.code(), count.rule.def.name),
            value: count.findings as f64,
            shown: group_digits(count.findings as u64, lang),
        })
        .collect();
    let caption = msg_in!(lang, "html-chart-rules");
    figure(
        page,
        &caption,
        svg::horizontal("chart-rules", &caption, &rules, None),
    );
    page.push_str("</div></section>");
}

/// Datasets by days late: on time, then growing spans, then those without a due date (their
/// frequency sets none) or whose lateness is unknown (resources unknown).
fn freshness(audit: &Audit<'_>, lang: Lang) -> Vec<Bar> {
    let spans: [(i64, i64, &str); 6] = [
        (0, 0, "0"),
        (1, 30, "1–30"),
        (31, 90, "31–90"),
        (91, 365, "91–365"),
        (366, 730, "366–730"),
        (731, i64::MAX, "> 730"),
    ];
    let mut counts = [0usize; 7];
    for row in &audit.rows {
        let slot = match row.scores.profile().days_late {
            Some(days) => spans
                .iter()
                .position(|(low, high, _)| (*low..=*high).contains(&days))
                .unwrap_or(0),
            None => 6,
        };
        counts[slot] += 1;
    }
    let mut bars: Vec<Bar> = spans
        .iter()
        .zip(counts)
        .map(|((_, _, label), count)| count_bar((*label).to_owned(), count, lang))
        .collect();
    bars[0].label = msg_in!(lang, "html-on-time");
    bars.push(count_bar(
        msg_in!(lang, "html-no-due-date"),
        counts[6],
        lang,
    ));
    bars
}

fn trends(audit: &Audit<'_>, comparison: &super::Comparison, lang: Lang, page: &mut String) {
    let _ = write!(
        page,
        "<section aria-labelledby=\"trends\"><h2 id=\"trends\">{}</h2><ul>",
        escape(texts::heading(&texts::trends_heading(comparison, lang)))
    );
    for line in texts::trend_lines(audit, comparison, lang) {
        let _ = write!(page, "<li>{}</li>", escape(&line));
    }
    page.push_str("</ul>");
    let _ = write!(
        page,
        "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"number\">{}</th><th scope=\"col\" class=\"number\">{}</th>\
         </tr></thead><tbody>",
        escape(&msg_in!(lang, "html-trend-criteria")),
        escape(&msg_in!(lang, "column-criterion")),
        escape(&msg_in!(lang, "column-before")),
        escape(&msg_in!(lang, "column-now")),
    );
    for (criterion, before, now) in &comparison.criteria {
        let _ = write!(
            page,
            "<tr><td>{} <code>{}</code></td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
            escape(&criterion.label_in(lang)),
            criterion.key(),
            percent(*before),
            percent(*now)
        );
    }
    page.push_str("</tbody></table>");
    for (class, heading, changes) in [
        (
            "down",
            msg_in!(lang, "audit-regressed"),
            &comparison.regressed,
        ),
        ("up", msg_in!(lang, "audit-improved"), &comparison.improved),
    ] {
        if changes.is_empty() {
            continue;
        }
        let _ = write!(page, "<h3>{}</h3><ul>", escape(&heading));
        for change in changes.iter().take(50) {
            let _ = write!(
                page,
                "<li class=\"{class}\">{} <span class=\"label-id\">{}</span> \
                 {} → {} · {}/{MAX_POINTS} → {}/{MAX_POINTS}</li>",
                escape(change.title.as_deref().unwrap_or_default()),
                escape(&change.label),
                crate::i18n::decimal(change.dglint.0, 1, lang),
                crate::i18n::decimal(change.dglint.1, 1, lang),
                change.udata.0,
                change.udata.1
            );
        }
        page.push_str("</ul>");
    }
    page.push_str("</section>");
}

/// The table's columns: sort key (empty when not sortable), title, numeric.
type Column = (&'static str, fn(Lang) -> String, bool);

const COLUMNS: [Column; 11] = [
    ("rank", |lang| msg_in!(lang, "column-rank"), true),
    ("title", |lang| msg_in!(lang, "column-dataset"), false),
    (
        "organization",
        |lang| msg_in!(lang, "column-organization"),
        false,
    ),
    ("udata", |lang| msg_in!(lang, "column-udata"), true),
    ("dglint", |lang| msg_in!(lang, "column-dglint"), true),
    ("", |lang| msg_in!(lang, "column-grade"), false),
    (
        "findings",
        |lang| msg_in!(lang, "column-findings-by-severity"),
        true,
    ),
    ("", |lang| msg_in!(lang, "column-fix-first-finding"), false),
    ("views", |lang| msg_in!(lang, "column-views"), true),
    ("late", |lang| msg_in!(lang, "column-days-late"), true),
    ("", |lang| msg_in!(lang, "column-detail"), false),
];

fn table(audit: &Audit<'_>, lang: Lang, page: &mut String) {
    let _ = write!(
        page,
        "<section aria-labelledby=\"table\"><h2 id=\"table\">{}</h2><p class=\"note\">{}</p>\
         <div class=\"controls\" id=\"table-controls\" hidden>\
         <label>{}<input type=\"search\" id=\"filter-text\"></label>\
         <label>{}<select id=\"filter-grade\"><option value=\"\">{}</option>",
        escape(&msg_in!(lang, "html-datasets")),
        escape(&msg_in!(lang, "html-priority-note")),
        escape(&msg_in!(lang, "html-filter")),
        escape(&msg_in!(lang, "column-grade")),
        escape(&msg_in!(lang, "html-all-grades")),
    );
    for grade in ALL_GRADES {
        let _ = write!(page, "<option>{grade}</option>");
    }
    let _ = write!(
        page,
        "</select></label><label>{}<select id=\"page-size\"><option>50</option>\
         <option selected>100</option><option>500</option><option value=\"all\">{}</option>\
         </select></label></div>\
         <p id=\"table-status\" role=\"status\" aria-live=\"polite\">{}</p>\
         <table id=\"datasets\"><caption>{}</caption><thead><tr>",
        escape(&msg_in!(lang, "html-page-size")),
        escape(&msg_in!(lang, "html-all")),
        escape(&msg_in!(
            lang,
            "html-static-rows",
            shown = audit.rows.len().min(STATIC_ROWS),
            total = audit.rows.len()
        )),
        escape(&msg_in!(lang, "html-table-caption")),
    );
    for (key, title, numeric) in COLUMNS {
        let class = if numeric { " class=\"number\"" } else { "" };
        let title = escape(&title(lang));
        if key.is_empty() {
            let _ = write!(page, "<th scope=\"col\"{class}>{title}</th>");
        } else {
            let sorted = if key == "rank" { "ascending" } else { "none" };
            let _ = write!(
                page,
                "<th scope=\"col\"{class} data-sort=\"{key}\" aria-sort=\"{sorted}\">\
                 <button type=\"button\">{title}</button></th>"
            );
        }
    }
    page.push_str("</tr></thead><tbody>");
    for (rank, row) in audit.rows.iter().take(STATIC_ROWS).enumerate() {
        static_row(row, rank, lang, page);
    }
    let _ = write!(
        page,
        "</tbody></table><div class=\"pager\" id=\"table-pager\" hidden>\
         <button type=\"button\" id=\"page-previous\">{}</button>\
         <button type=\"button\" id=\"page-next\">{}</button></div></section>",
        escape(&msg_in!(lang, "html-previous")),
        escape(&msg_in!(lang, "html-next")),
    );
}

fn static_row(row: &Row<'_>, rank: usize, lang: Lang, page: &mut String) {
    let scores = row.scores;
    let label = row.label();
    let name = scores.title.as_deref().unwrap_or(&label);
    let linked = match &scores.profile().page {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(name)),
        None => escape(name),
    };
    let top = row
        .top_finding()
        .map(|located| format!("{} {}", located.finding.code, located.rule.def.name))
        .unwrap_or_default();
    let _ = write!(
        page,
        "<tr><td class=\"number\">{}</td><td>{linked}<span class=\"label-id\">{}</span></td>\
         <td>{}</td><td class=\"number\">{}/{MAX_POINTS}</td><td class=\"number\">{}</td>\
         <td><span class=\"grade grade-{grade}\">{grade}</span></td>\
         <td class=\"number\">{} / {} / {}</td><td>{}</td><td class=\"number\">{}</td>\
         <td class=\"number\">{}</td><td><a href=\"#dataset-{rank}\">{}</a></td></tr>",
        rank + 1,
        escape(&label),
        escape(scores.profile().organization.as_deref().unwrap_or_default()),
        scores.udata.points(),
        crate::i18n::decimal(scores.dglint.score, 1, lang),
        row.counts.errors,
        row.counts.warnings,
        row.counts.infos,
        escape(&top),
        scores.profile().usage.views,
        scores
            .profile()
            .days_late
            .map_or(String::new(), |days| days.to_string()),
        escape(&msg_in!(lang, "html-detail")),
        grade = scores.dglint.grade,
    );
}

fn details(audit: &Audit<'_>, lang: Lang, page: &mut String) {
    let _ = write!(
        page,
        "<section aria-labelledby=\"details\"><h2 id=\"details\">{}</h2>",
        escape(&msg_in!(
            lang,
            "html-details",
            count = audit.rows.len().min(STATIC_ROWS)
        ))
    );
    for (rank, row) in audit.rows.iter().take(STATIC_ROWS).enumerate() {
        let scores = row.scores;
        let label = row.label();
        let _ = write!(
            page,
            "<details id=\"dataset-{rank}\"><summary>{}. {} <span class=\"label-id\">{} · \
             {}/{MAX_POINTS} · {} ({})</span></summary>",
            rank + 1,
            escape(scores.title.as_deref().unwrap_or(&label)),
            escape(&label),
            scores.udata.points(),
            crate::i18n::decimal(scores.dglint.score, 1, lang),
            scores.dglint.grade,
        );
        if row.findings.is_empty() {
            let _ = write!(page, "<p>{}</p>", escape(&msg_in!(lang, "html-no-finding")));
        } else {
            page.push_str("<ul class=\"findings\">");
            for located in &row.findings {
                let severity = located.finding.severity.as_str();
                let _ = write!(
                    page,
                    "<li><span class=\"severity-{severity}\">{severity}</span> \
                     <code>{}</code> {} — {} <span class=\"note\">({}:{}, <code>{}</code>)</span>\
                     <br><span class=\"note\">{}</span></li>",
                    located.finding.code,
                    escape(&located.rule.def.name),
                    escape(&located.finding.message),
                    located.start.line,
                    located.start.column,
                    escape(&located.finding.pointer),
                    escape(&located.finding.help),
                );
            }
            page.push_str("</ul>");
        }
        page.push_str("</details>");
    }
    page.push_str("</section>");
}

/// Writes the data the script pages through: one array per dataset (see the `ROW_*` layout
/// in `report.js`), and the texts the script shows.
fn write_data(audit: &Audit<'_>, lang: Lang, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let texts = json!({
        "detail": msg_in!(lang, "html-detail"),
        "showing": msg_in!(lang, "html-showing"),
        "none": msg_in!(lang, "html-none"),
    });
    let mut head = format!(
        "{{\"lang\":\"{}\",\"texts\":{},\"rows\":[",
        lang_code(lang),
        texts
    );
    let mut buffer = Vec::with_capacity(512);
    for (index, row) in audit.rows.iter().enumerate() {
        if index > 0 {
            head.push(',');
        }
        buffer.clear();
        serde_json::to_writer(&mut buffer, &row_data(row, index))?;
        // `</` would end the script element.
        head.push_str(&String::from_utf8_lossy(&buffer).replace("</", "<\\/"));
        if head.len() > 1 << 20 {
            out.write_all(head.as_bytes())?;
            head.clear();
        }
    }
    head.push_str("]}");
    out.write_all(head.as_bytes())
}

fn row_data(row: &Row<'_>, index: usize) -> Value {
    let scores = row.scores;
    let top = row.top_finding();
    let codes: std::collections::BTreeSet<&str> = row
        .findings
        .iter()
        .map(|located| located.finding.code)
        .collect();
    json!([
        row.label(),
        scores.title,
        scores.profile().organization,
        scores.profile().page,
        scores.udata.points(),
        (scores.dglint.score * 10.0).round() / 10.0,
        scores.dglint.grade,
        row.counts.errors,
        row.counts.warnings,
        row.counts.infos,
        top.map(|located| located.finding.code),
        top.map(|located| located.rule.def.name.as_str()),
        (row.priority * 10.0).round() / 10.0,
        scores.profile().usage.views,
        scores.profile().days_late,
        (index < STATIC_ROWS).then_some(index),
        codes.into_iter().collect::<Vec<_>>().join(" "),
    ])
}
