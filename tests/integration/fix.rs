//! `dglint check --fix`, `--diff` and `--fix-only`, driven through the binary on files in a
//! temporary directory: what is fixed, that every other byte stays, that a second run changes
//! nothing, and what is never written.

use crate::common;

use std::path::Path;

use serde_json::Value;

/// Writes `files` (name, bytes) into a new temporary directory.
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let directory = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(directory.path().join(name), bytes).unwrap();
    }
    directory
}

/// Runs `dglint check --isolated --as-of 2026-11-22 <args>` in `dir`: exit code, stdout, stderr.
fn check(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = common::dglint()
        .current_dir(dir)
        .args(["check", "--isolated", "--as-of", "2026-11-22"])
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap()
}

/// A manifest with one finding of each safe fix, a comment on every line the fixes touch,
/// quoting of each kind, trailing spaces and no final newline.
const YAML: &str = "# Musées de France\n\
title: Liste des musées de France   \n\
acronym: 'S.N.C.F.' # dotted\n\
license: fr-lo  # superseded\n\
frequency: \"biannual\"\n\
tags:\n  - culture\n  - Spectacle Vivant # normalised\n  - culture\n\
temporal_coverage: {start: 2020-12-31, end: 2020-01-01}\n\
description: |\n  Les musées.\n  # not a comment\n";

const YAML_FIXED: &str = "# Musées de France\n\
title: Liste des musées de France   \n\
acronym: 'SNCF' # dotted\n\
license: lov2  # superseded\n\
frequency: \"semiannual\"\n\
tags:\n  - culture\n  - spectacle-vivant # normalised\n\
temporal_coverage: {start: 2020-01-01, end: 2020-12-31}\n\
description: |\n  Les musées.\n  # not a comment\n";

#[test]
fn safe_fixes_change_only_their_bytes_in_yaml() {
    let dir = project(&[("a.dataset.yaml", YAML.as_bytes())]);
    let (code, stdout, stderr) = check(dir.path(), &["--fix", "--output-format", "concise"]);
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        YAML_FIXED
    );
    assert!(stderr.contains("Fixed 6 findings in 1 file."), "{stderr}");
    for code in ["DG215", "DG222", "DG223", "DG233", "DG241", "DG251"] {
        assert!(!stdout.contains(code), "{code} remains:\n{stdout}");
    }
    assert_eq!(code, 1, "the findings without a fix remain: {stdout}");

    let (_, _, stderr) = check(dir.path(), &["--fix", "--output-format", "concise"]);
    assert!(stderr.contains("Fixed 0 findings."), "{stderr}");
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        YAML_FIXED
    );
}

#[test]
fn only_the_files_that_change_are_written() {
    use std::os::unix::fs::MetadataExt;
    let dir = project(&[
        ("a.dataset.yaml", YAML.as_bytes()),
        ("b.dataset.yaml", YAML_FIXED.as_bytes()),
    ]);
    let inode = |name: &str| std::fs::metadata(dir.path().join(name)).unwrap().ino();
    let (a, b) = (inode("a.dataset.yaml"), inode("b.dataset.yaml"));
    let (_, _, stderr) = check(dir.path(), &["--fix-only"]);
    assert_eq!(stderr.trim(), "Fixed 6 findings in 1 file.");
    assert_ne!(inode("a.dataset.yaml"), a, "replaced by a new file");
    assert_eq!(inode("b.dataset.yaml"), b, "left alone");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn crlf_a_byte_order_mark_and_no_final_newline_stay() {
    let crlf = YAML.replace('\n', "\r\n");
    let crlf = crlf.trim_end_matches("\r\n");
    let with_bom = format!("\u{feff}{crlf}");
    let dir = project(&[("a.dataset.yaml", with_bom.as_bytes())]);
    check(dir.path(), &["--fix"]);
    let expected = YAML_FIXED.replace('\n', "\r\n");
    let expected = format!("\u{feff}{}", expected.trim_end_matches("\r\n"));
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        expected
    );
}

#[test]
fn json_manifests_are_fixed_in_place_lf_and_crlf() {
    let json = "{\n  \"title\": \"Liste des musées de France\",\n  \"license\": \"fr-lo\",\n  \"tags\": [\"culture\", \"Culture\", \"Spectacle Vivant\"],\n  \"frequency\": \"biannual\"\n}\n";
    let fixed = "{\n  \"title\": \"Liste des musées de France\",\n  \"license\": \"lov2\",\n  \"tags\": [\"culture\", \"spectacle-vivant\"],\n  \"frequency\": \"semiannual\"\n}\n";
    for (json, fixed) in [
        (json.to_owned(), fixed.to_owned()),
        (json.replace('\n', "\r\n"), fixed.replace('\n', "\r\n")),
        (format!("\u{feff}{json}"), format!("\u{feff}{fixed}")),
    ] {
        let dir = project(&[("a.dataset.json", json.as_bytes())]);
        check(dir.path(), &["--fix"]);
        let written = String::from_utf8(read(dir.path(), "a.dataset.json")).unwrap();
        assert_eq!(written, fixed);
        serde_json::from_str::<Value>(written.trim_start_matches('\u{feff}')).unwrap();
    }
}

#[test]
fn diff_prints_what_fix_would_do_and_writes_nothing() {
    let dir = project(&[("a.dataset.yaml", YAML.as_bytes())]);
    let (code, stdout, stderr) = check(dir.path(), &["--diff"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.starts_with("--- a/a.dataset.yaml\n+++ b/a.dataset.yaml\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n-license: fr-lo  # superseded\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n+license: lov2  # superseded\n"),
        "{stdout}"
    );
    assert!(stdout.contains("-  - culture\n"), "{stdout}");
    assert!(
        stderr.contains("6 fixes would change 1 file (nothing written)."),
        "{stderr}"
    );
    assert_eq!(read(dir.path(), "a.dataset.yaml"), YAML.as_bytes());

    let clean = project(&[("a.dataset.yaml", YAML_FIXED.as_bytes())]);
    let (code, stdout, _) = check(clean.path(), &["--diff"]);
    assert_eq!((code, stdout.as_str()), (0, ""));
}

#[test]
fn unsafe_fixes_need_their_flag() {
    let text = "title: LISTE DES MUSÉES DE FRANCE\nlicence: Licence Ouverte\nfrequency: mensuel\n";
    let dir = project(&[("a.dataset.yaml", text.as_bytes())]);
    let (_, stdout, stderr) = check(dir.path(), &["--fix", "--output-format", "concise"]);
    assert_eq!(read(dir.path(), "a.dataset.yaml"), text.as_bytes());
    assert!(
        stderr.contains("3 more findings have a fix that `--unsafe-fixes` would apply."),
        "{stderr}"
    );
    assert!(
        stdout.contains("DG101 unknown-key"),
        "no [*]: the fix is unsafe\n{stdout}"
    );

    let (_, _, stderr) = check(dir.path(), &["--fix", "--unsafe-fixes"]);
    // The key is renamed first; the licence it then holds is fixed in the next pass.
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        "title: Liste des musées de france\nlicense: lov2\nfrequency: monthly\n"
    );
    assert!(stderr.contains("Fixed 4 findings in 1 file."), "{stderr}");
}

#[test]
fn fixable_and_unfixable_choose_the_rules_that_fix() {
    let text = "license: fr-lo\nfrequency: biannual\ntags: [a, a]\n";
    let dir = project(&[("a.dataset.yaml", text.as_bytes())]);
    check(
        dir.path(),
        &[
            "--fix",
            "--fixable",
            "DG2",
            "--unfixable",
            "frequency-legacy,DG223",
        ],
    );
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        "license: lov2\nfrequency: biannual\ntags: [a, a]\n"
    );
    std::fs::write(dir.path().join("dglint.toml"), "unfixable = [\"DG233\"]\n").unwrap();
    let output = common::dglint()
        .current_dir(dir.path())
        .args(["check", "--fix", "--as-of", "2026-11-22"])
        .output()
        .unwrap();
    assert!(output.status.code().is_some());
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        "license: lov2\nfrequency: semiannual\ntags: [a]\n"
    );
    let (code, _, stderr) = check(dir.path(), &["--fix", "--fixable", "DG9"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn overlapping_fixes_are_applied_in_successive_passes() {
    // DG222 normalises `Musées` and DG223 removes it: one pass takes the first, the next
    // pass sees what is left.
    let text = "tags:\n- musees\n- Musées\n- MUSÉES\n- Spectacle Vivant\n";
    let dir = project(&[("a.dataset.yaml", text.as_bytes())]);
    check(dir.path(), &["--fix"]);
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        "tags:\n- musees\n- spectacle-vivant\n"
    );
}

#[test]
fn a_fix_that_would_raise_a_new_error_is_refused_and_said() {
    // With DG221 (fewer than 3 tags) an error, removing a repeated tag would raise it.
    let dir = project(&[
        ("a.dataset.yaml", b"tags: [musees, culture, Culture]\n"),
        ("dglint.toml", b"[rules.DG221]\nseverity = \"error\"\n"),
    ]);
    let output = common::dglint()
        .current_dir(dir.path())
        .args([
            "check",
            "--fix",
            "--as-of",
            "2026-11-22",
            "--output-format",
            "concise",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("a.dataset.yaml:1:25: the fix of DG223 was not applied: the fixed file would raise DG221"),
        "{stderr}"
    );
    assert_eq!(
        String::from_utf8(read(dir.path(), "a.dataset.yaml")).unwrap(),
        "tags: [musees, culture, culture]\n",
        "DG222's fix still applies"
    );
}

#[test]
fn api_data_and_json_lines_are_never_written() {
    let api = std::fs::read(common::corpus("api-dataset-sample.json")).ok();
    let api = api.unwrap_or_else(|| br#"{"id": "5e2a", "title": "T", "license": "fr-lo", "resources": [], "tags": ["A b"], "created_at": "2020-01-01T00:00:00", "last_modified": "2020-01-01T00:00:00"}"#.to_vec());
    let lines =
        b"{\"title\": \"a\", \"license\": \"fr-lo\"}\n{\"title\": \"b\", \"license\": \"fr-lo\"}\n";
    let dir = project(&[
        ("api.json", &api),
        ("datasets.jsonl", lines),
        ("a.dataset.yaml", b"license: fr-lo\n"),
    ]);
    for (args, name) in [
        (&["--fix", "--input", "api", "api.json"][..], "api.json"),
        (
            &["--fix", "datasets.jsonl", "a.dataset.yaml"][..],
            "datasets.jsonl",
        ),
    ] {
        let (code, _, stderr) = check(dir.path(), args);
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains("rewrite YAML and JSON manifests only"),
            "{stderr}"
        );
        assert!(stderr.contains(name), "{stderr}");
    }
    assert_eq!(read(dir.path(), "api.json"), api);
    assert_eq!(read(dir.path(), "datasets.jsonl"), lines);
    assert_eq!(
        read(dir.path(), "a.dataset.yaml"),
        b"license: fr-lo\n",
        "nothing written"
    );
}

#[test]
fn a_read_only_file_is_reported_and_the_others_are_fixed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = project(&[
        ("a.dataset.yaml", b"license: fr-lo\n"),
        ("b.dataset.yaml", b"license: fr-lo\n"),
    ]);
    let locked = dir.path().join("a.dataset.yaml");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, _, stderr) = check(dir.path(), &["--fix-only"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("a.dataset.yaml is read-only"), "{stderr}");
    assert_eq!(read(dir.path(), "a.dataset.yaml"), b"license: fr-lo\n");
    assert_eq!(read(dir.path(), "b.dataset.yaml"), b"license: lov2\n");
}

#[test]
fn fix_only_reports_nothing_but_the_count() {
    let dir = project(&[("a.dataset.yaml", YAML.as_bytes())]);
    let (code, stdout, stderr) = check(dir.path(), &["--fix-only"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert_eq!(stderr.trim(), "Fixed 6 findings in 1 file.");
    let (_, _, stderr) = common::dglint()
        .current_dir(dir.path())
        .args(["--lang", "fr", "check", "--isolated", "--fix-only"])
        .output()
        .map(|output| (0, String::new(), String::from_utf8(output.stderr).unwrap()))
        .unwrap();
    assert_eq!(stderr.trim(), "0 constat corrigé.");
}

#[test]
fn every_output_format_says_which_findings_have_a_fix() {
    let dir = project(&[("a.dataset.yaml", YAML.as_bytes())]);
    let (_, report) = common::run_json("check", &["--isolated", "a.dataset.yaml"], dir.path());
    assert!(
        common::schema_errors(&report).is_empty(),
        "{:?}",
        common::schema_errors(&report)
    );
    let findings = report["findings"].as_array().unwrap();
    let license = findings
        .iter()
        .find(|finding| finding["code"] == "DG233")
        .unwrap();
    assert_eq!(license["fix"]["applicability"], "safe");
    let edit = &license["fix"]["edits"][0];
    assert_eq!(edit["content"], "lov2");
    let offset = edit["location"]["byte_offset"].as_u64().unwrap() as usize;
    assert_eq!(&YAML[offset..offset + 5], "fr-lo");
    assert!(
        findings
            .iter()
            .any(|finding| finding["code"] == "DG252" && finding.get("fix").is_none())
    );

    let (_, concise, _) = check(dir.path(), &["--output-format", "concise"]);
    assert!(
        concise.contains(": warning DG233 [*] license-superseded: "),
        "{concise}"
    );
    assert!(
        concise.contains(": error DG252 spatial-coverage-missing: "),
        "{concise}"
    );

    let (_, csv, _) = check(dir.path(), &["--output-format", "csv"]);
    assert!(csv.lines().next().unwrap().ends_with(",dataset,fixable"));
    assert!(
        csv.lines()
            .any(|line| line.contains(",DG233,") && line.ends_with(",safe"))
    );

    let (_, sarif, _) = check(dir.path(), &["--output-format", "sarif"]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let result = results
        .iter()
        .find(|result| result["ruleId"] == "DG233")
        .unwrap();
    let replacement = &result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["insertedContent"]["text"], "lov2");
    assert_eq!(replacement["deletedRegion"]["startLine"], 4);

    let (_, _, stderr) = check(dir.path(), &["--output-format", "concise"]);
    assert!(
        stderr.contains("[*] 6 findings are fixable with `--fix`."),
        "{stderr}"
    );
}

/// The manual's page on fixes: its example's diff is what `--diff` prints, and its table of
/// fixable rules is what the rule files declare.
#[test]
fn the_manual_shows_real_fixes_and_every_rule_that_fixes() {
    let section = std::fs::read_to_string(common::repo().join("docs/fixes.md")).unwrap();
    let block = |fence: &str| {
        let start = section.find(fence).expect(fence) + fence.len();
        &section[start..start + section[start..].find("```").unwrap()]
    };
    let before = block("```yaml\n");
    let dir = project(&[("sports.dataset.yaml", before.as_bytes())]);
    let (code, diff, _) = check(dir.path(), &["--diff", "sports.dataset.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(block("```diff\n"), diff);

    let registry = dglint::rules::Registry::embedded().unwrap();
    let mut table = String::from("| code | rule | fix | what it does |\n|---|---|---|---|\n");
    for rule in registry.rules() {
        if let Some(autofix) = &rule.def.autofix {
            table.push_str(&format!(
                "| {} | `{}` | {} | {} |\n",
                rule.code(),
                rule.def.name,
                autofix.safety.as_str(),
                autofix.description
            ));
        }
    }
    assert!(
        section.contains(&table),
        "the table of docs/fixes.md is not\n{table}"
    );
}
