//! Every machine format is a contract: each is parsed here by a reader of its own kind.

use crate::common::{dglint, repo, run_json};
use serde_json::Value;

/// `dglint check examples --as-of 2026-11-22 <args>`: exit code and stdout.
fn check(args: &[&str]) -> (i32, String) {
    let output = dglint()
        .current_dir(repo())
        .args(["check", "examples", "--as-of", "2026-11-22"])
        .args(args)
        .env_remove("GITHUB_ACTIONS")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn finding_count() -> usize {
    let (_, report) = run_json("check", &["examples"], &repo());
    report["findings"].as_array().unwrap().len()
}

#[test]
fn sarif_is_sarif_2_1_0() {
    let (code, text) = check(&["--output-format", "sarif"]);
    assert_eq!(code, 1);
    let sarif: serde_sarif::sarif::Sarif = serde_json::from_str(&text).expect("SARIF 2.1.0");
    assert_eq!(sarif.version.to_string().trim_matches('"'), "2.1.0");
    let run = &sarif.runs[0];
    assert_eq!(run.tool.driver.name, "dglint");
    let rules = run.tool.driver.rules.as_ref().unwrap();
    assert!(rules.len() >= 50, "{}", rules.len());
    assert!(
        rules
            .iter()
            .all(|rule| rule.help_uri.is_none() && rule.help.is_some())
    );
    let results = run.results.as_ref().unwrap();
    assert_eq!(results.len(), finding_count());
    let raw: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(raw["runs"][0]["columnKind"], "unicodeCodePoints");
    assert_eq!(raw["runs"][0]["invocations"][0]["exitCode"], 1);
    let first = &raw["runs"][0]["results"][0];
    assert!(
        first["partialFingerprints"]["dglint/v1"]
            .as_str()
            .unwrap()
            .len()
            == 16
    );
    assert!(
        first["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
            >= 1
    );
}

#[test]
fn junit_has_a_suite_per_dataset_and_a_case_per_rule() {
    let (_, text) = check(&["--output-format", "junit"]);
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut suites, mut cases, mut failures) = (0, 0, 0);
    let mut declared_failures = 0;
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(element) | quick_xml::events::Event::Empty(element) => {
                match element.name().as_ref() {
                    "testsuite" => suites += 1,
                    "testcase" => cases += 1,
                    "failure" => failures += 1,
                    "testsuites" => {
                        let attribute = element.try_get_attribute("failures").unwrap().unwrap();
                        declared_failures = attribute.value.parse::<usize>().unwrap();
                    }
                    _ => {}
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(suites, 3, "one per example manifest");
    assert!(cases >= 3 * 40, "{cases}");
    assert!(
        failures > 0 && failures == declared_failures,
        "{failures} {declared_failures}"
    );
}

#[test]
fn gitlab_github_csv_and_json_lines() {
    let (_, text) = check(&["--output-format", "gitlab"]);
    let issues: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(issues.len(), finding_count());
    for issue in &issues {
        assert!(issue["description"].as_str().unwrap().starts_with("DG"));
        assert!(issue["check_name"].as_str().unwrap().starts_with("DG"));
        assert_eq!(issue["fingerprint"].as_str().unwrap().len(), 16);
        let severity = issue["severity"].as_str().unwrap();
        assert!(["info", "minor", "major", "critical", "blocker"].contains(&severity));
        assert!(
            issue["location"]["path"]
                .as_str()
                .unwrap()
                .starts_with("examples/")
        );
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }

    let (_, text) = check(&["--output-format", "github"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), finding_count());
    for line in lines {
        assert!(
            ["::error file=", "::warning file=", "::notice file="]
                .iter()
                .any(|start| line.starts_with(start)),
            "{line}"
        );
        assert!(line.contains(",line=") && line.contains(",col=") && line.contains(",title=DG"));
    }

    let (_, text) = check(&["--output-format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[5], "code");
    assert_eq!(reader.records().count(), finding_count());

    let (_, text) = check(&["--output-format", "json-lines"]);
    let findings: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(findings.len(), finding_count());
    assert!(
        findings
            .iter()
            .all(|finding| finding["fingerprint"].is_string())
    );
}

#[test]
fn one_run_writes_several_reports() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("dglint.sarif");
    let junit = dir.path().join("junit.xml");
    let log = dir.path().join("log.txt");
    let markdown = dir.path().join("summary.md");
    let (code, stdout) = check(&[
        "-o",
        log.to_str().unwrap(),
        "--report",
        &format!("sarif={}", sarif.display()),
        "--report",
        &format!("junit={}", junit.display()),
        "--report",
        &format!("markdown={}", markdown.display()),
    ]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "the main report went to -o");
    let log = std::fs::read_to_string(log).unwrap();
    assert!(
        log.contains("Checked 3 files"),
        "concise by default in a file"
    );
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(sarif).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(std::fs::read_to_string(junit).unwrap().starts_with("<?xml"));
    // The summary of a check counts every manifest's dataset.
    let markdown = std::fs::read_to_string(markdown).unwrap();
    assert!(markdown.starts_with("# Audit of 3 datasets"), "{markdown}");

    let bad = dglint()
        .current_dir(repo())
        .args(["check", "examples", "--report", "pdf=out.pdf"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8(bad.stderr)
            .unwrap()
            .contains("unknown format `pdf`")
    );
}

#[test]
fn github_actions_get_annotations_too() {
    let output = dglint()
        .current_dir(repo())
        .args(["check", "examples", "--as-of", "2026-11-22"])
        .env("GITHUB_ACTIONS", "true")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Checked 3 files"), "the concise report");
    assert!(
        text.lines()
            .any(|line| line.starts_with("::error file=examples/"))
    );
}

#[test]
fn a_baseline_hides_known_findings_and_tracks_stale_ones() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("a.dataset.yaml");
    std::fs::write(
        &manifest,
        "title: EQUIPEMENTS SPORTIFS\ndescription: Court.\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let output = dglint()
            .current_dir(dir.path())
            .args([
                "check",
                "--isolated",
                "--output-format",
                "concise",
                "a.dataset.yaml",
            ])
            .args(args)
            .output()
            .unwrap();
        (
            output.status.code().unwrap(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let (code, _, stderr) = run(&["--write-baseline", "baseline.json"]);
    assert_eq!(code, 0, "{stderr}");
    let recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    let entries = recorded["findings"].as_array().unwrap().len();
    assert!(entries > 3, "{recorded:#}");
    assert!(
        stderr.contains(&format!("wrote {entries} findings")),
        "{stderr}"
    );

    let (code, stdout, _) = run(&["--baseline", "baseline.json"]);
    assert_eq!(code, 0, "every finding is in the baseline: {stdout}");
    assert!(stdout.contains("0 errors, 0 warnings, 0 infos"));

    // Lines move, a title gets fixed, a new problem appears: only the new one is reported.
    std::fs::write(
        &manifest,
        "# moved down\n\ntitle: Équipements sportifs de la commune\ndescription: Court.\n\
         license: not-a-licence\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run(&["--baseline", "baseline.json"]);
    assert_eq!(code, 1);
    let reported: Vec<&str> = stdout.lines().filter(|line| line.contains(": ")).collect();
    assert!(
        reported.iter().any(|line| line.contains("DG231"))
            && !reported.iter().any(|line| line.contains("DG201")),
        "{stdout}"
    );
    assert!(
        stderr.contains("DG211") && stderr.contains("matches no finding any more"),
        "{stderr}"
    );
    // The missing licence was reported on the document as a whole: no pointer, one space.
    assert!(
        stderr.contains("baseline entry DG230 a.dataset.yaml matches no finding"),
        "{stderr}"
    );
    assert!(
        stderr
            .lines()
            .filter(|line| line.contains("baseline entry"))
            .all(|line| !line.contains("  ")),
        "{stderr}"
    );

    let (_, _, stderr) = run(&["--baseline", "baseline.json", "--prune-baseline"]);
    assert!(stderr.contains("pruned"), "{stderr}");
    let pruned: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("baseline.json")).unwrap())
            .unwrap();
    assert!(pruned["findings"].as_array().unwrap().len() < entries);
}

#[test]
fn the_full_output_counts_columns_in_characters_as_the_others_do() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.dataset.yaml"),
        "title: Musées de France\ndescription: Les musées.\ntags: [Musées, Culture, patrimoine, culture]\n",
    )
    .unwrap();
    let run = |format: &str| {
        let output = dglint()
            .current_dir(dir.path())
            .args([
                "check",
                "--isolated",
                "--color",
                "never",
                "--output-format",
                format,
            ])
            .arg("a.dataset.yaml")
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    // Line 3 holds accented tags: a byte count would put the later findings one column right.
    let concise: Vec<String> = run("concise")
        .lines()
        .filter_map(|line| line.strip_prefix("a.dataset.yaml:3:"))
        .map(|rest| rest.split(':').next().unwrap().to_owned())
        .collect();
    let full: Vec<String> = run("full")
        .lines()
        .filter_map(|line| line.split("[a.dataset.yaml:3:").nth(1))
        .map(|rest| rest.trim_end_matches(']').to_owned())
        .collect();
    assert_eq!(concise, ["8", "16", "37"]);
    assert_eq!(full, concise);
}

/// The full output wraps at the terminal's width when `$COLUMNS` is not set: run in a real
/// pseudo-terminal (`script` from util-linux) of 50 and of 200 columns, it is what
/// `COLUMNS=50` and `COLUMNS=200` give without a terminal.
#[test]
fn the_full_output_wraps_at_the_terminals_width() {
    let binary = assert_cmd::cargo::cargo_bin("dglint");
    let example = repo().join("examples/qualite-air.dataset.json");
    let args = "check --output-format full --color never --as-of 2026-11-22";
    let in_terminal = |columns: u16| {
        let command = format!(
            "stty rows 40 cols {columns}; {} {args} {}",
            binary.display(),
            example.display()
        );
        let output = std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env_remove("COLUMNS")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("`script` (util-linux) runs; .ci/run installs it");
        String::from_utf8(output.stdout)
            .expect("UTF-8")
            .replace("\r\n", "\n")
    };
    let with_variable = |columns: &str| {
        let output = dglint()
            .env("COLUMNS", columns)
            .args(args.split(' '))
            .arg(&example)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let (narrow, wide) = (in_terminal(50), in_terminal(200));
    assert_eq!(narrow, with_variable("50"));
    assert_eq!(wide, with_variable("200"));
    assert!(narrow.lines().count() > wide.lines().count());
}

/// Findings link to their rule's page under `docs-url`, in the run's language, in SARIF,
/// JSON and on a terminal; without it no output carries a link to a rule page.
#[test]
fn findings_link_to_the_rule_pages_only_where_the_manual_is_published() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.dataset.yaml"), "title: Musées\n").unwrap();
    let output = |args: &[&str]| {
        let output = dglint()
            .current_dir(dir.path())
            .args(["check", "--as-of", "2026-11-22"])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let formats = [
        ["--output-format", "sarif"],
        ["--output-format", "json"],
        ["--output-format", "full"],
    ];
    for format in &formats {
        let text = output(format);
        assert!(!text.contains("rules/DG"), "{text}");
        assert!(!text.contains("github.com"), "{text}");
    }
    std::fs::write(
        dir.path().join("dglint.toml"),
        "docs-url = \"https://intranet.example.org/dglint\"\n",
    )
    .unwrap();
    let page = "https://intranet.example.org/dglint/rules/DG230.html";
    let sarif: serde_json::Value = serde_json::from_str(&output(&formats[0])).unwrap();
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let dg230 = rules.iter().find(|rule| rule["id"] == "DG230").unwrap();
    assert_eq!(dg230["helpUri"], page);
    let json: serde_json::Value = serde_json::from_str(&output(&formats[1])).unwrap();
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["code"] == "DG230")
        .unwrap();
    assert_eq!(finding["url"], page);
    assert!(output(&formats[2]).contains(&format!("DG230 license-missing ({page})")));
    let french = output(&["--output-format", "json", "--lang", "fr"]);
    assert!(
        french.contains("https://intranet.example.org/dglint/fr/rules/DG230.html"),
        "{french}"
    );
    // The report with links still follows its schema.
    assert_eq!(crate::common::schema_errors(&json), Vec::<String>::new());
}
