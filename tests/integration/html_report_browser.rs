//! The HTML audit report in a real browser: headless Chromium renders the report of an audit
//! of the real catalogue chunk, with no console message, every dataset in the table, and
//! sorting and filtering driven through the page's address (`#sort=...`), as a user's
//! clicks set it.
//!
//! Needs Chromium (`/usr/bin/chromium`, Debian's `chromium` package, or `$CHROMIUM`).
//! `.ci/run` installs it and sets `DGLINT_BROWSER_TESTS=required`, which turns a missing
//! browser into a failure; elsewhere the test says it was skipped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::hostile::{LINK_PREFIX, PAGES, TITLES, hostile_catalogue};
use crate::common::{corpus, dglint, repo};

const CHUNK: &str = "export-dataset-20260116-chunk83.csv";
const RESOURCES: &str = "export-resource-sample-2026.csv";

fn chromium() -> Option<PathBuf> {
    let candidates = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(PathBuf::from));
    let found = candidates.into_iter().find(|path| path.exists());
    if found.is_none() {
        assert!(
            std::env::var("DGLINT_BROWSER_TESTS").as_deref() != Ok("required"),
            "Chromium is required (DGLINT_BROWSER_TESTS=required) but not installed"
        );
        eprintln!("skipped: Chromium is not installed");
    }
    found
}

/// Runs headless Chromium on `url` with `args`; returns stdout and stderr.
fn browse(browser: &Path, profile: &Path, url: &str, args: &[&str]) -> (String, String) {
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
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .output()
        .expect("Chromium runs");
    assert!(output.status.success(), "{output:?}");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The DOM of `url` once its scripts ran (`--dump-dom`, with `args`); fails on any console
/// message.
fn dom_of(browser: &Path, profile: &Path, url: &str, args: &[&str]) -> String {
    let args: Vec<&str> = args.iter().copied().chain(["--dump-dom"]).collect();
    let (dom, log) = browse(browser, profile, url, &args);
    let console: Vec<&str> = log
        .lines()
        .filter(|line| line.contains(":CONSOLE"))
        .collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    dom
}

/// The cells of the rows of the dataset table's body in a dumped DOM.
fn table_rows(dom: &str) -> Vec<Vec<String>> {
    let table = &dom[dom
        .find("<table id=\"datasets\"")
        .expect("the dataset table")..];
    let body = &table[table.find("<tbody>").unwrap() + 7..table.find("</tbody>").unwrap()];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let content = &cell[cell.find('>').unwrap() + 1..];
                    let content = &content[..content.find("</td>").unwrap()];
                    strip_tags(content)
                })
                .collect()
        })
        .collect()
}

fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

#[test]
fn the_html_report_renders_sorts_and_filters_in_chromium() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("audit.html");
    let csv_path = dir.path().join("audit.csv");
    let output = dglint()
        .args(["audit", "--catalog"])
        .arg(corpus(CHUNK))
        .arg("--resources")
        .arg(corpus(RESOURCES))
        .args(["--as-of", "2026-01-16T05:52:49", "--output-format", "json"])
        .arg("--report")
        .arg(format!("html={}", html.display()))
        .arg("--report")
        .arg(format!("csv={}", csv_path.display()))
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let total = report["datasets"].as_array().unwrap().len();
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let organisation_column = reader
        .headers()
        .unwrap()
        .iter()
        .position(|name| name == "organization")
        .unwrap();
    let mut by_organisation: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        *by_organisation
            .entry(record.unwrap()[organisation_column].to_owned())
            .or_default() += 1;
    }
    let url = format!("file://{}", html.display());
    let profile = dir.path().join("profile");

    // As opened: the first page of 100 rows, in fix-first order, no console message.
    let dom = dom_of(&browser, &profile, &url, &[]);
    assert!(
        dom.contains("data-ready=\"yes\""),
        "the script ran to its end"
    );
    let rows = table_rows(&dom);
    assert_eq!(rows.len(), 100.min(total));
    let ranks: Vec<usize> = rows.iter().map(|row| row[0].parse().unwrap()).collect();
    assert_eq!(ranks, (1..=rows.len()).collect::<Vec<_>>());
    let load_ms: f64 = dom
        .split("data-load-ms=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|ms| ms.parse().ok())
        .expect("the page records its script time");
    eprintln!("{total} datasets: the table script took {load_ms} ms");

    // Every dataset, sorted by dglint score, ascending: what clicking the column gives.
    let dom = dom_of(
        &browser,
        &profile,
        &format!("{url}#sort=dglint&dir=asc&size=all"),
        &[],
    );
    let rows = table_rows(&dom);
    assert_eq!(rows.len(), total, "every dataset is in the table");
    let scores: Vec<f64> = rows.iter().map(|row| row[4].parse().unwrap()).collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] <= pair[1]),
        "sorted ascending"
    );
    assert!(dom.contains("data-sort=\"dglint\" aria-sort=\"ascending\""));

    // Clicked: a page of this test frames the report, clicks the dglint column's header
    // twice and copies the table as each click left it.
    let clicker = dir.path().join("click.html");
    std::fs::write(
        &clicker,
        "<!DOCTYPE html><html><body><iframe id=\"report\" src=\"audit.html#size=all\"></iframe>\
         <script>document.getElementById('report').onload = function () {\
           var page = this.contentDocument;\
           var header = page.querySelector('th[data-sort=\"dglint\"] button');\
           var copy = function (id) {\
             var table = document.createElement('table'); table.id = id;\
             table.innerHTML = page.getElementById('datasets').innerHTML;\
             document.body.appendChild(table);\
           };\
           header.click(); copy('datasets');\
           header.click(); copy('datasets-again');\
         };</script></body></html>",
    )
    .unwrap();
    let dom = dom_of(
        &browser,
        &profile,
        &format!("file://{}", clicker.display()),
        &["--allow-file-access-from-files"],
    );
    let first_click: Vec<f64> = table_rows(&dom)
        .iter()
        .map(|row| row[4].parse().unwrap())
        .collect();
    assert_eq!(first_click.len(), total);
    assert!(
        first_click.windows(2).all(|pair| pair[0] <= pair[1]),
        "one click: ascending"
    );
    let again = dom.replacen("<table id=\"datasets\"", "<table id=\"first-click\"", 1);
    let again = again.replacen("<table id=\"datasets-again\"", "<table id=\"datasets\"", 1);
    let second_click: Vec<f64> = table_rows(&again)
        .iter()
        .map(|row| row[4].parse().unwrap())
        .collect();
    assert!(
        second_click.windows(2).all(|pair| pair[0] >= pair[1]),
        "two clicks: descending"
    );
    assert!(second_click.first() > second_click.last());

    // Filtered by an organisation's name.

    let (organisation, count) = by_organisation
        .iter()
        .filter(|(name, _)| !name.is_empty() && name.is_ascii() && !name.contains(['&', '#', '+']))
        .max_by_key(|(name, count)| (**count, name.len()))
        .map(|(name, count)| (name.clone(), *count))
        .unwrap();
    let query = organisation.replace(' ', "%20");
    let dom = dom_of(
        &browser,
        &profile,
        &format!("{url}#q={query}&size=all"),
        &[],
    );
    let rows = table_rows(&dom);
    assert!(
        rows.len() >= count,
        "{organisation}: {} rows, {count} expected",
        rows.len()
    );
    assert!(rows.iter().all(|row| {
        row.join(" ")
            .to_lowercase()
            .contains(&organisation.to_lowercase())
    }));

    // A screenshot, kept under target/ for people to look at.
    let screenshot = repo().join("target/audit-report.png");
    browse(
        &browser,
        &profile,
        &url,
        &[
            "--window-size=1280,2400",
            &format!("--screenshot={}", screenshot.display()),
        ],
    );
    let size = std::fs::metadata(&screenshot).unwrap().len();
    assert!(
        size > 50_000,
        "a rendered page, not a blank one ({size} bytes)"
    );
}

/// The `href` of every link of a dumped DOM.
fn hrefs(dom: &str) -> Vec<&str> {
    dom.split(" href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap_or(rest.len())])
        .collect()
}

#[test]
fn a_hostile_catalogue_runs_no_script_and_links_only_web_pages() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let catalogue = hostile_catalogue(dir.path());
    let html = dir.path().join("audit.html");
    let output = dglint()
        .args(["audit", "--catalog"])
        .arg(&catalogue)
        .arg("--resources")
        .arg(corpus(RESOURCES))
        .args(["--as-of", "2026-01-16T05:52:49", "--output-format", "json"])
        .arg("--report")
        .arg(format!("html={}", html.display()))
        .output()
        .unwrap();
    assert!(output.status.code().unwrap() <= 1, "{output:?}");
    let profile = dir.path().join("profile");
    // Opened as is, then with every row drawn by the page's script from its embedded data.
    for address in ["", "#size=all&sort=title"] {
        let url = format!("file://{}{address}", html.display());
        let dom = dom_of(&browser, &profile, &url, &[]);
        assert!(
            dom.contains("data-ready=\"yes\""),
            "the script ran to its end"
        );
        // Each payload sets the page's title when its script runs.
        let title = &dom[dom.find("<title>").unwrap()..dom.find("</title>").unwrap()];
        assert!(!title.contains("PWNED"), "a script from data ran: {title}");
        assert!(!dom.contains("<img") && !dom.contains("<script>document"));
        // Control and bidirectional formatting characters from data are shown, not obeyed
        // (a line break, CRLF included, is whitespace to HTML).
        let hidden = dom.replace("\r\n", "\n").chars().find(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t'))
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        });
        assert_eq!(hidden, None, "a control character from data in the page");
        assert!(dom.contains("\\u{202e}exe.vdc"), "the override is shown");
        for href in hrefs(&dom) {
            assert!(
                href.starts_with('#') || href.starts_with(LINK_PREFIX),
                "a link from data to {href}"
            );
        }
        let rows = table_rows(&dom);
        assert_eq!(rows.len(), TITLES.len());
        let linked = hrefs(&dom)
            .iter()
            .filter(|href| href.starts_with(LINK_PREFIX))
            .count();
        let pages = PAGES
            .iter()
            .filter(|page| page.starts_with(LINK_PREFIX))
            .count();
        assert_eq!(linked, pages, "the web pages, and only they, are linked");
    }
}
