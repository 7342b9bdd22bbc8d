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
//! Text from data is escaped by maud and shows its control and bidirectional formatting
//! characters ([`visible`]); a page URL is linked only when it is a web page ([`link::web`]).

use maud::{Markup, PreEscaped, html};
use serde_json::{Value, json};

use super::summary::rate_text;
use super::svg::{self, Bar};
use super::texts::{self, group_digits, seven_or_more, udata_mean};
use super::{Audit, Row};
use crate::i18n::Lang;
use crate::model::udata::MAX_POINTS;
use crate::msg_in;
use crate::score::dglint::ALL_GRADES;
use crate::untrusted::link;
use crate::untrusted::terminal::{visible, visible_owned};

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
    let title = msg_in!(lang, "html-title");
    let datasets = texts::datasets(lang, audit.rows.len());
    let page = html! {
        (PreEscaped("<!DOCTYPE html>\n"))
        html lang=(lang_code(lang)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content={ "dglint " (env!("CARGO_PKG_VERSION")) };
                title { (title) " — " (datasets) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (title) }
                    p {
                        (msg_in!(
                            lang,
                            "html-subtitle",
                            datasets = datasets,
                            date = context.as_of,
                            version = env!("CARGO_PKG_VERSION")
                        ))
                    }
                }
                main {
                    (figures(audit, lang))
                    (charts(audit, lang))
                    @if let Some(comparison) = &audit.comparison {
                        (trends(audit, comparison, lang))
                    }
                    (table(audit, lang))
                    (details(audit, lang))
                }
                // The data follows, written as it is made: the page ends after it.
                (PreEscaped(r#"<script type="application/json" id="audit-data">"#))
            }
        }
    };
    // maud renders whole elements: the page is rendered whole, then the data (written as it
    // is made, for a hundred thousand datasets) and the script take the place of its end.
    let page = page.into_string();
    let data_at = page.rfind("</body>").unwrap_or(page.len());
    out.write_all(&page.as_bytes()[..data_at])?;
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

fn figures(audit: &Audit<'_>, lang: Lang) -> Markup {
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
    html! {
        section aria-labelledby="figures" {
            h2 id="figures" { (msg_in!(lang, "html-figures")) }
            dl class="figures" {
                @for (label, value) in figures {
                    div { dt { (label) } dd { (value) } }
                }
            }
        }
    }
}

fn figure(caption: &str, svg: Markup) -> Markup {
    html! {
        figure { figcaption { (caption) } (svg) }
    }
}

fn count_bar(label: String, count: usize, lang: Lang) -> Bar {
    Bar {
        label,
        value: count as f64,
        shown: group_digits(count as u64, lang),
    }
}

fn charts(audit: &Audit<'_>, lang: Lang) -> Markup {
    let udata: Vec<Bar> = audit
        .udata_points
        .iter()
        .enumerate()
        .map(|(points, count)| count_bar(format!("{points}/{MAX_POINTS}"), *count, lang))
        .collect();
    let dglint: Vec<Bar> = audit
        .dglint_tenths
        .iter()
        .enumerate()
        .map(|(tenth, count)| {
            count_bar(format!("{}–{}", tenth * 10, tenth * 10 + 10), *count, lang)
        })
        .collect();
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
    let udata_caption = msg_in!(lang, "html-chart-udata");
    let dglint_caption = msg_in!(lang, "html-chart-dglint");
    let criteria_caption = msg_in!(lang, "html-chart-criteria");
    let freshness_caption = msg_in!(lang, "html-chart-freshness");
    let rules_caption = msg_in!(lang, "html-chart-rules");
    html! {
        section aria-labelledby="charts" {
            h2 id="charts" { (msg_in!(lang, "html-charts")) }
            div class="charts" {
                (figure(&udata_caption, svg::columns("chart-udata", &udata_caption, &udata)))
                (figure(&dglint_caption, svg::columns("chart-dglint", &dglint_caption, &dglint)))
                (figure(
                    &criteria_caption,
                    svg::horizontal("chart-criteria", &criteria_caption, &criteria, Some(100.0)),
                ))
                (figure(
                    &freshness_caption,
                    svg::columns("chart-freshness", &freshness_caption, &freshness(audit, lang)),
                ))
                (figure(&rules_caption, svg::horizontal("chart-rules", &rules_caption, &rules, None)))
            }
        }
    }
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

fn trends(audit: &Audit<'_>, comparison: &super::Comparison, lang: Lang) -> Markup {
    let changes = [
        (
            "down",
            msg_in!(lang, "audit-regressed"),
            &comparison.regressed,
        ),
        ("up", msg_in!(lang, "audit-improved"), &comparison.improved),
    ];
    html! {
        section aria-labelledby="trends" {
            h2 id="trends" { (texts::heading(&texts::trends_heading(comparison, lang))) }
            ul {
                @for line in texts::trend_lines(audit, comparison, lang) {
                    li { (line) }
                }
            }
            table {
                caption { (msg_in!(lang, "html-trend-criteria")) }
                thead {
                    tr {
                        th scope="col" { (msg_in!(lang, "column-criterion")) }
                        th scope="col" class="number" { (msg_in!(lang, "column-before")) }
                        th scope="col" class="number" { (msg_in!(lang, "column-now")) }
                    }
                }
                tbody {
                    @for (criterion, before, now) in &comparison.criteria {
                        tr {
                            td { (criterion.label_in(lang)) " " code { (criterion.key()) } }
                            td class="number" { (percent(*before)) }
                            td class="number" { (percent(*now)) }
                        }
                    }
                }
            }
            @for (class, heading, changes) in changes {
                @if !changes.is_empty() {
                    h3 { (heading) }
                    ul {
                        @for change in changes.iter().take(50) {
                            li class=(class) {
                                (visible(change.title.as_deref().unwrap_or_default())) " "
                                span class="label-id" { (visible(&change.label)) } " "
                                (crate::i18n::decimal(change.dglint.0, 1, lang)) " → "
                                (crate::i18n::decimal(change.dglint.1, 1, lang)) " · "
                                (change.udata.0) "/" (MAX_POINTS) " → "
                                (change.udata.1) "/" (MAX_POINTS)
                            }
                        }
                    }
                }
            }
        }
    }
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

fn table(audit: &Audit<'_>, lang: Lang) -> Markup {
    html! {
        section aria-labelledby="table" {
            h2 id="table" { (msg_in!(lang, "html-datasets")) }
            p class="note" { (msg_in!(lang, "html-priority-note")) }
            div class="controls" id="table-controls" hidden {
                label { (msg_in!(lang, "html-filter")) input type="search" id="filter-text"; }
                label {
                    (msg_in!(lang, "column-grade"))
                    select id="filter-grade" {
                        option value="" { (msg_in!(lang, "html-all-grades")) }
                        @for grade in ALL_GRADES {
                            option { (grade) }
                        }
                    }
                }
                label {
                    (msg_in!(lang, "html-page-size"))
                    select id="page-size" {
                        option { "50" }
                        option selected { "100" }
                        option { "500" }
                        option value="all" { (msg_in!(lang, "html-all")) }
                    }
                }
            }
            p id="table-status" role="status" aria-live="polite" {
                (msg_in!(
                    lang,
                    "html-static-rows",
                    shown = audit.rows.len().min(STATIC_ROWS),
                    total = audit.rows.len()
                ))
            }
            table id="datasets" {
                caption { (msg_in!(lang, "html-table-caption")) }
                thead {
                    tr {
                        @for (key, title, numeric) in COLUMNS {
                            @let class = numeric.then_some("number");
                            @if key.is_empty() {
                                th scope="col" class=[class] { (title(lang)) }
                            } @else {
                                th scope="col" class=[class] data-sort=(key)
                                    aria-sort=(if key == "rank" { "ascending" } else { "none" }) {
                                    button type="button" { (title(lang)) }
                                }
                            }
                        }
                    }
                }
                tbody {
                    @for (rank, row) in audit.rows.iter().take(STATIC_ROWS).enumerate() {
                        (static_row(row, rank, lang))
                    }
                }
            }
            div class="pager" id="table-pager" hidden {
                button type="button" id="page-previous" { (msg_in!(lang, "html-previous")) }
                button type="button" id="page-next" { (msg_in!(lang, "html-next")) }
            }
        }
    }
}

fn static_row(row: &Row<'_>, rank: usize, lang: Lang) -> Markup {
    let scores = row.scores;
    let profile = scores.profile();
    let label = visible_owned(row.label());
    let name = visible(scores.title.as_deref().unwrap_or(&label));
    let top = row
        .top_finding()
        .map(|located| format!("{} {}", located.finding.code, located.rule.def.name))
        .unwrap_or_default();
    let grade = scores.dglint.grade;
    html! {
        tr {
            td class="number" { (rank + 1) }
            td {
                @match profile.page.as_deref().and_then(link::web) {
                    Some(url) => a href=(url) { (name) },
                    None => (name),
                }
                span class="label-id" { (label) }
            }
            td { (visible(profile.organization.as_deref().unwrap_or_default())) }
            td class="number" { (scores.udata.points()) "/" (MAX_POINTS) }
            td class="number" { (crate::i18n::decimal(scores.dglint.score, 1, lang)) }
            td { span class={ "grade grade-" (grade) } { (grade) } }
            td class="number" {
                (row.counts.errors) " / " (row.counts.warnings) " / " (row.counts.infos)
            }
            td { (top) }
            td class="number" { (profile.usage.views) }
            td class="number" {
                @if let Some(days) = profile.days_late { (days) }
            }
            td { a href={ "#dataset-" (rank) } { (msg_in!(lang, "html-detail")) } }
        }
    }
}

fn details(audit: &Audit<'_>, lang: Lang) -> Markup {
    html! {
        section aria-labelledby="details" {
            h2 id="details" {
                (msg_in!(lang, "html-details", count = audit.rows.len().min(STATIC_ROWS)))
            }
            @for (rank, row) in audit.rows.iter().take(STATIC_ROWS).enumerate() {
                (detail(row, rank, lang))
            }
        }
    }
}

fn detail(row: &Row<'_>, rank: usize, lang: Lang) -> Markup {
    let scores = row.scores;
    let label = visible_owned(row.label());
    html! {
        details id={ "dataset-" (rank) } {
            summary {
                (rank + 1) ". " (visible(scores.title.as_deref().unwrap_or(&label))) " "
                span class="label-id" {
                    (label) " · " (scores.udata.points()) "/" (MAX_POINTS) " · "
                    (crate::i18n::decimal(scores.dglint.score, 1, lang)) " ("
                    (scores.dglint.grade) ")"
                }
            }
            @if row.findings.is_empty() {
                p { (msg_in!(lang, "html-no-finding")) }
            } @else {
                ul class="findings" {
                    @for located in &row.findings {
                        @let severity = located.finding.severity.as_str();
                        li {
                            span class={ "severity-" (severity) } { (severity) } " "
                            code { (located.finding.code) } " "
                            (located.rule.def.name) " — " (located.finding.message) " "
                            span class="note" {
                                "(" (located.start.line) ":" (located.start.column) ", "
                                code { (located.finding.pointer) } ")"
                            }
                            br;
                            span class="note" { (located.finding.help) }
                        }
                    }
                }
            }
        }
    }
}

/// Writes the data the script pages through: one array of [`row_fields`] per dataset, the index
/// of each field by its name (`fields`, which `report.js` reads them by), and the texts the
/// script shows.
fn write_data(audit: &Audit<'_>, lang: Lang, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let texts = json!({
        "detail": msg_in!(lang, "html-detail"),
        "showing": msg_in!(lang, "html-showing"),
        "none": msg_in!(lang, "html-none"),
    });
    let fields: serde_json::Map<String, Value> = audit
        .rows
        .first()
        .map(|row| row_fields(row, 0))
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(index, (field, _))| (field.to_owned(), index.into()))
        .collect();
    let mut head = format!(
        "{{\"lang\":\"{}\",\"texts\":{},\"fields\":{},\"rows\":[",
        lang_code(lang),
        texts,
        Value::Object(fields)
    );
    let mut buffer = Vec::with_capacity(512);
    for (index, row) in audit.rows.iter().enumerate() {
        if index > 0 {
            head.push(',');
        }
        buffer.clear();
        let values: Vec<Value> = row_fields(row, index)
            .into_iter()
            .map(|(_, value)| value)
            .collect();
        serde_json::to_writer(&mut buffer, &values)?;
        // `</script` would end the script element and `<!--` change how it ends: no `<`
        // stands in it (JSON has `<` only in strings, where `\u003c` reads the same).
        head.push_str(&String::from_utf8_lossy(&buffer).replace('<', "\\u003c"));
        if head.len() > 1 << 20 {
            out.write_all(head.as_bytes())?;
            head.clear();
        }
    }
    head.push_str("]}");
    out.write_all(head.as_bytes())
}

/// What the script knows of a dataset, each field with its name.
fn row_fields(row: &Row<'_>, index: usize) -> [(&'static str, Value); 17] {
    let scores = row.scores;
    let profile = scores.profile();
    let top = row.top_finding();
    let codes: std::collections::BTreeSet<&str> = row
        .findings
        .iter()
        .map(|located| located.finding.code)
        .collect();
    [
        ("label", json!(visible_owned(row.label()))),
        ("title", json!(scores.title.as_deref().map(visible))),
        (
            "organization",
            json!(profile.organization.as_deref().map(visible)),
        ),
        ("page", json!(profile.page.as_deref().and_then(link::web))),
        ("udata", json!(scores.udata.points())),
        ("dglint", json!((scores.dglint.score * 10.0).round() / 10.0)),
        ("grade", json!(scores.dglint.grade)),
        ("errors", json!(row.counts.errors)),
        ("warnings", json!(row.counts.warnings)),
        ("infos", json!(row.counts.infos)),
        ("top_code", json!(top.map(|located| located.finding.code))),
        (
            "top_name",
            json!(top.map(|located| located.rule.def.name.as_str())),
        ),
        ("priority", json!((row.priority * 10.0).round() / 10.0)),
        ("views", json!(profile.usage.views)),
        ("days_late", json!(profile.days_late)),
        ("detail", json!((index < STATIC_ROWS).then_some(index))),
        (
            "codes",
            json!(codes.into_iter().collect::<Vec<_>>().join(" ")),
        ),
    ]
}
