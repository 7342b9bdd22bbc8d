//! Metadata written by anyone cannot subvert a report. A hostile catalogue (the real export's
//! first records, their titles, organisations and page URLs replaced by every trick we know)
//! and hostile API data go through every command and human, spreadsheet and Markdown output,
//! and each output is judged as its consumer reads it: a Markdown parser (pulldown-cmark, and
//! GitHub's cmark-gfm when installed) finds no link, image or HTML from data; no CSV cell
//! starts like a formula; no control character from data reaches a terminal; the JSON report
//! still quotes the data as it is. Headless Chromium's side is in `html_report_browser.rs`.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::hostile::{LINK_PREFIX, ORGANISATIONS, PAGES, TITLES, hostile_catalogue};
use crate::common::{corpus, dglint, repo};
use pulldown_cmark::{Event, Options, Parser, Tag};

const RESOURCES: &str = "export-resource-sample-2026.csv";
const AS_OF: &str = "2026-01-16T05:52:49";

/// Writes the hostile datasets as API data (the real API sample, its title, organisation
/// and page replaced) into `dir`; returns its path.
fn hostile_api_data(dir: &Path) -> PathBuf {
    let text =
        std::fs::read_to_string(corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json")).unwrap();
    let sample: serde_json::Value = serde_json::from_str(&text).unwrap();
    let datasets: Vec<serde_json::Value> = (0..TITLES.len())
        .map(|index| {
            let mut dataset = sample.clone();
            dataset["id"] = format!("5d13a8b6634f41070a43d{index:03}").into();
            dataset["title"] = TITLES[index].into();
            dataset["organization"]["name"] = ORGANISATIONS[index].into();
            dataset["page"] = PAGES[index].into();
            dataset
        })
        .collect();
    let path = dir.join("hostile-api.json");
    std::fs::write(&path, serde_json::to_string_pretty(&datasets).unwrap()).unwrap();
    path
}

/// What a reader is shown of data on one line: line breaks and tabs as spaces, the control
/// and bidirectional formatting characters as their escapes (worked out here, apart from
/// dglint's code).
fn shown_on_one_line(data: &str) -> String {
    let mut shown = String::new();
    for c in data.replace("\r\n", "\n").chars() {
        match c {
            '\n' | '\r' | '\t' => shown.push(' '),
            c if is_control_or_bidi(c) => shown.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => shown.push(c),
        }
    }
    shown
}

fn is_control_or_bidi(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || matches!(
            c,
            '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
        )
        || matches!(c, '\u{2066}'..='\u{2069}')
}

/// Fails unless `text`, written for a terminal, holds no control character but line feeds,
/// tabs, the carriage returns of `\r\n` and, with `colours`, SGR sequences (`ESC [ … m`).
fn assert_terminal_safe(text: &str, colours: bool, what: &str) {
    let chars: Vec<char> = text.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c == '\u{1b}' && colours && chars.get(index + 1) == Some(&'[') {
            let end = chars[index + 2..]
                .iter()
                .position(|c| !(c.is_ascii_digit() || *c == ';'))
                .map(|at| index + 2 + at);
            if let Some(end) = end.filter(|end| chars[*end] == 'm') {
                index = end + 1;
                continue;
            }
        }
        let layout = matches!(c, '\n' | '\t') || (c == '\r' && chars.get(index + 1) == Some(&'\n'));
        assert!(
            layout || !is_control_or_bidi(c),
            "{what}: {c:?} at character {index}: {}",
            chars[index.saturating_sub(40)..(index + 40).min(chars.len())]
                .iter()
                .collect::<String>()
        );
        index += 1;
    }
}

/// Whether a spreadsheet would evaluate `cell`: it starts like a formula and is not a plain
/// number.
fn is_formula(cell: &str) -> bool {
    let starts = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let unsigned = cell.trim_start_matches(['-', '+']);
    let number = !unsigned.is_empty()
        && unsigned.chars().all(|c| c.is_ascii_digit() || c == '.')
        && unsigned.parse::<f64>().is_ok();
    starts && !number
}

/// Fails when a cell of the CSV at `path` would be evaluated; returns its records.
fn assert_csv_inert(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let records = common::csv_records(path, b',');
    for record in &records {
        for (column, cell) in record {
            assert!(!is_formula(cell), "{}: {column} = {cell:?}", path.display());
        }
    }
    records
}

/// The cell a spreadsheet shows for `data`: a leading `'` before what starts like a formula.
fn inert(data: &str) -> String {
    if is_formula(data) {
        format!("'{data}")
    } else {
        data.to_owned()
    }
}

/// Fails when the Markdown `text` holds HTML, an image, or a link that does not point at a
/// data.gouv.fr page; returns its text, the word joiners that keep renderers from making
/// links left out.
fn assert_markdown_inert(text: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut plain = String::new();
    let mut links = 0;
    for event in Parser::new_ext(text, options) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => panic!("HTML from data: {html}"),
            Event::Start(Tag::Image { dest_url, .. }) => panic!("an image from data: {dest_url}"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                assert!(dest_url.starts_with(LINK_PREFIX), "a link to {dest_url}");
                links += 1;
            }
            Event::Text(part) | Event::Code(part) => plain.push_str(&part),
            Event::SoftBreak | Event::HardBreak => plain.push('\n'),
            _ => {}
        }
    }
    let pages = PAGES
        .iter()
        .filter(|page| page.starts_with(LINK_PREFIX))
        .count();
    assert_eq!(links, pages, "each web page is linked, nothing else");
    plain.replace('\u{2060}', "")
}

/// Renders `markdown` with cmark-gfm as GitHub does (autolinks and all), when installed;
/// `.ci/run` installs it and sets `DGLINT_CONSUMER_TESTS=required`.
fn cmark_gfm(markdown: &Path) -> Option<String> {
    let output = Command::new("cmark-gfm")
        .args([
            "-e",
            "table",
            "-e",
            "autolink",
            "-e",
            "strikethrough",
            "-e",
            "tagfilter",
        ])
        .arg(markdown)
        .output();
    match output {
        Ok(output) if output.status.success() => Some(String::from_utf8(output.stdout).unwrap()),
        _ => {
            assert!(
                std::env::var("DGLINT_CONSUMER_TESTS").as_deref() != Ok("required"),
                "cmark-gfm is required (DGLINT_CONSUMER_TESTS=required) but does not run"
            );
            eprintln!("skipped: cmark-gfm is not installed");
            None
        }
    }
}

#[test]
fn an_audit_of_a_hostile_catalogue_stays_inert_in_every_report() {
    let dir = tempfile::tempdir().unwrap();
    let catalogue = hostile_catalogue(dir.path());
    let report = |name: &str| dir.path().join(name);
    let output = dglint()
        .args(["audit", "--catalog"])
        .arg(&catalogue)
        .arg("--resources")
        .arg(corpus(RESOURCES))
        .args(["--as-of", AS_OF, "--output-format", "concise"])
        .args([
            "--report",
            &format!("markdown={}", report("audit.md").display()),
        ])
        .args([
            "--report",
            &format!("csv={}", report("audit.csv").display()),
        ])
        .args([
            "--report",
            &format!("json={}", report("audit.json").display()),
        ])
        .output()
        .unwrap();
    assert!(output.status.code().unwrap() <= 1, "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();

    // The terminal: findings and the summary, whose fix-first list names every dataset.
    assert_terminal_safe(&stdout, false, "the audit's summary");
    assert_terminal_safe(&stderr, false, "the audit's stderr");
    for title in TITLES {
        assert!(
            stdout.contains(&shown_on_one_line(title)),
            "the summary shows {title:?} on one line, its controls visible:\n{stdout}"
        );
    }

    // Markdown: every title is text, and the only links are the data.gouv.fr pages.
    let markdown = std::fs::read_to_string(report("audit.md")).unwrap();
    let plain = assert_markdown_inert(&markdown);
    for title in TITLES {
        assert!(
            plain.contains(&shown_on_one_line(title)),
            "the Markdown report shows {title:?} as text:\n{plain}"
        );
    }
    if let Some(html) = cmark_gfm(&report("audit.md")) {
        assert!(
            !html.contains("<img") && !html.contains("<script"),
            "{html}"
        );
        for link in html.split("href=\"").skip(1) {
            assert!(
                link.starts_with(LINK_PREFIX),
                "GitHub would link {link:.80}"
            );
        }
    }

    // CSV: no cell is a formula; the titles and organisations read as they were written.
    let rows = assert_csv_inert(&report("audit.csv"));
    assert_eq!(rows.len(), TITLES.len());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(report("audit.json")).unwrap()).unwrap();
    for row in &rows {
        let index = json["datasets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|dataset| dataset["id"] == row["id"].as_str())
            .and_then(|dataset| TITLES.iter().position(|title| dataset["title"] == *title))
            .expect("the JSON report quotes each title as it is");
        assert_eq!(row["title"], inert(TITLES[index]));
        assert_eq!(row["organization"], inert(ORGANISATIONS[index]));
    }
}

#[test]
fn check_and_score_of_hostile_api_data_stay_inert() {
    let dir = tempfile::tempdir().unwrap();
    let data = hostile_api_data(dir.path());
    let run = |args: &[&str]| {
        let output = dglint()
            .args(args)
            .arg(&data)
            .args(["--as-of", AS_OF])
            .output()
            .unwrap();
        assert!(output.status.code().unwrap() <= 1, "{output:?}");
        assert_terminal_safe(&String::from_utf8_lossy(&output.stderr), false, "stderr");
        String::from_utf8(output.stdout).unwrap()
    };
    let full = run(&[
        "check",
        "--input",
        "api",
        "--output-format",
        "full",
        "--color",
        "always",
    ]);
    assert_terminal_safe(&full, true, "check's full report in colour");
    let concise = run(&["check", "--input", "api", "--output-format", "concise"]);
    assert_terminal_safe(&concise, false, "check's concise report");
    let table = run(&["score", "--input", "api"]);
    assert_terminal_safe(&table, false, "score's table");

    // The formats that already escaped as they must, kept so: each GitHub annotation stays on
    // its line, and JUnit and SARIF hold no control character (XML cannot; JSON escapes them).
    let github = run(&["check", "--input", "api", "--output-format", "github"]);
    assert_terminal_safe(&github, false, "GitHub annotations");
    assert!(
        github.lines().all(|line| line.starts_with("::")),
        "{github}"
    );
    for format in ["junit", "sarif"] {
        let text = run(&["check", "--input", "api", "--output-format", format]);
        assert_terminal_safe(&text, false, format);
    }

    let findings = dir.path().join("findings.csv");
    std::fs::write(
        &findings,
        run(&["check", "--input", "api", "--output-format", "csv"]),
    )
    .unwrap();
    assert!(!assert_csv_inert(&findings).is_empty());
    let scores = dir.path().join("scores.csv");
    std::fs::write(
        &scores,
        run(&["score", "--input", "api", "--output-format", "csv"]),
    )
    .unwrap();
    let rows = assert_csv_inert(&scores);
    let titles: Vec<&str> = rows.iter().map(|row| row["title"].as_str()).collect();
    let expected: Vec<String> = TITLES.iter().map(|title| inert(title)).collect();
    assert_eq!(titles, expected);
}

#[test]
fn a_manifest_that_holds_control_characters_is_drawn_with_them_visible() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("hostile.dataset.yaml");
    std::fs::write(
        &manifest,
        "title: \"Musées \u{1b}[2J\u{1b}]0;pwned\u{7} \u{202e}fdp.exe\"\r\ndescription: x\u{1}y \u{9b}31m\r\ntags: [musees]\r\n",
    )
    .unwrap();
    for colour in ["always", "never"] {
        let output = dglint()
            .args(["check", "--output-format", "full", "--color", colour])
            .arg(&manifest)
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        assert_terminal_safe(&text, colour == "always", "the full report");
        for shown in ["\\u{1b}[2J", "\\u{7}", "\\u{202e}", "\\u{1}", "\\u{9b}"] {
            assert!(text.contains(shown), "{shown} is shown:\n{text}");
        }
    }
}

#[test]
fn a_rule_file_cannot_break_out_of_its_documentation() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::copy(
        repo().join("examples/quality-rules/CULT001-tag-culture.toml"),
        rules.join("CULT001-tag-culture.toml"),
    )
    .unwrap();
    let text = std::fs::read_to_string(rules.join("CULT001-tag-culture.toml")).unwrap();
    let hostile = text
        .replace(
            "summary = \"The dataset",
            "summary = \"\\u001b]0;pwned\\u0007\\u001b[2JThe dataset",
        )
        .replace(
            "fail = \"\"\"\ntags: [musees, patrimoine]\n",
            "fail = \"\"\"\ntags: [musees, patrimoine]\ndescription: |\n  ```\n  <script>alert(1)</script>\n",
        );
    assert_ne!(hostile, text, "the rule file is made hostile");
    std::fs::write(rules.join("CULT001-tag-culture.toml"), hostile).unwrap();
    std::fs::write(dir.path().join("dglint.toml"), "rule-dirs = [\"rules\"]\n").unwrap();
    let output = dglint()
        .current_dir(dir.path())
        .args(["rule", "CULT001"])
        .output()
        .unwrap();
    let documentation = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{documentation}");
    assert_terminal_safe(&documentation, false, "dglint rule");
    assert!(documentation.contains("\\u{1b}[2J"), "{documentation}");
    let events: Vec<Event<'_>> = Parser::new(&documentation).collect();
    assert!(
        !events
            .iter()
            .any(|event| matches!(event, Event::Html(_) | Event::InlineHtml(_))),
        "the example stays in its code block: {events:?}"
    );
    let code: String = events
        .iter()
        .filter_map(|event| match event {
            Event::Text(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect();
    assert!(code.contains("```\n  <script>alert(1)</script>"), "{code}");
}
