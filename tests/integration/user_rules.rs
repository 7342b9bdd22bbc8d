//! An organisation's own rules, from `rule-dirs`: the Culture examples of `examples/`.

use crate::common::{dglint, repo};

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("quality-rules");
    std::fs::create_dir(&rules).unwrap();
    for name in ["CULT001-tag-culture.toml", "CULT002-file-name-prefix.toml"] {
        std::fs::copy(
            repo().join("examples/quality-rules").join(name),
            rules.join(name),
        )
        .unwrap();
    }
    std::fs::write(
        dir.path().join("dglint.toml"),
        "rule-dirs = [\"quality-rules\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.dataset.yaml"),
        "title: Musées\ntags: [musees, patrimoine]\n",
    )
    .unwrap();
    dir
}

#[test]
fn user_rules_run_and_are_listed_and_documented() {
    let dir = setup();
    let output = dglint()
        .current_dir(dir.path())
        .args(["check", "--output-format", "concise", "a.dataset.yaml"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("a.dataset.yaml:2:1: error CULT001 tag-culture-missing"),
        "{text}"
    );
    let listed = dglint()
        .current_dir(dir.path())
        .args(["rules"])
        .output()
        .unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert!(
        listed.contains("CULT001") && listed.contains("CULT002"),
        "{listed}"
    );
    let documented = dglint()
        .current_dir(dir.path())
        .args(["rule", "CULT002"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(documented.stdout)
            .unwrap()
            .contains("# CULT002 file-name-without-prefix")
    );
    let tested = dglint()
        .current_dir(dir.path())
        .args(["rule", "--test", "quality-rules"])
        .output()
        .unwrap();
    assert_eq!(tested.status.code(), Some(0));
}

/// Writes `text` as the rule file `CULT003-bad.toml`, then checks the manifest: the exit
/// code and what was written on standard error.
fn check_with_third_rule(dir: &std::path::Path, text: &str) -> (Option<i32>, String) {
    std::fs::write(dir.join("quality-rules/CULT003-bad.toml"), text).unwrap();
    let output = dglint()
        .current_dir(dir)
        .args(["check", "a.dataset.yaml"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_broken_rule_file_is_reported_at_its_place() {
    let dir = setup();
    let rules = dir.path().join("quality-rules");
    let (code, stderr) = check_with_third_rule(dir.path(), "code = \"CULT003\"\nname = [oops\n");
    assert_eq!(code, Some(2));
    assert!(stderr.contains("invalid rule file"), "{stderr}");
    assert!(stderr.contains("CULT003-bad.toml:2:"), "located: {stderr}");

    let culture = std::fs::read_to_string(rules.join("CULT001-tag-culture.toml")).unwrap();
    let (code, stderr) = check_with_third_rule(
        dir.path(),
        &culture
            .replace("CULT001", "DG999")
            .replace("tag-culture-missing", "other-name"),
    );
    assert_eq!(code, Some(2));
    assert!(stderr.contains("not start with DG"), "{stderr}");
    // At the value of `code` (line 3 of the example's file), not at the file's start.
    assert!(stderr.contains("CULT003-bad.toml:3:8"), "located: {stderr}");

    // A problem of the check is located at its key in `[check]`.
    let (code, stderr) = check_with_third_rule(
        dir.path(),
        &culture
            .replace("CULT001", "CULT003")
            .replace("tag-culture-missing", "other-name")
            .replace("pointer = \"/tags\"", "pointer = \"tags\""),
    );
    assert_eq!(code, Some(2));
    let line = culture
        .lines()
        .position(|line| line.starts_with("pointer ="))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!("CULT003-bad.toml:{line}:11")),
        "located at `pointer` (line {line}): {stderr}"
    );

    // An example that lies fails `dglint rule --test`.
    std::fs::write(
        rules.join("CULT003-bad.toml"),
        culture
            .replace("CULT001", "CULT003")
            .replace("tag-culture-missing", "other-name")
            .replace("tags: [musees, patrimoine]", "tags: [culture]"),
    )
    .unwrap();
    let tested = dglint()
        .current_dir(dir.path())
        .args(["rule", "--test", "quality-rules"])
        .output()
        .unwrap();
    assert_eq!(tested.status.code(), Some(1));
    assert!(
        String::from_utf8(tested.stdout)
            .unwrap()
            .contains("CULT003: its failing example")
    );
}

#[test]
fn a_rule_of_its_own_costs_the_criterion_it_names() {
    let dir = setup();
    let score_of = |file: &str| {
        let output = dglint()
            .current_dir(dir.path())
            .args(["score", "--output-format", "json", file])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let tags = report["datasets"][0]["dglint"]["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .find(|criterion| criterion["id"] == "tags")
            .unwrap()
            .clone();
        (tags["earned"].as_bool().unwrap(), tags["rules"].clone())
    };
    // Well-formed tags, but not the ministry's: CULT001 costs the criterion.
    std::fs::write(
        dir.path().join("c.dataset.yaml"),
        "title: Musées\ntags: [musees, patrimoine, peinture]\n",
    )
    .unwrap();
    assert_eq!(
        score_of("c.dataset.yaml"),
        (false, serde_json::json!(["CULT001"]))
    );
    std::fs::write(
        dir.path().join("b.dataset.yaml"),
        "title: Musées\ntags: [musees, patrimoine, culture]\n",
    )
    .unwrap();
    assert_eq!(score_of("b.dataset.yaml"), (true, serde_json::json!([])));

    // A criterion that does not exist is an error of the rule file.
    let rule = dir.path().join("quality-rules/CULT001-tag-culture.toml");
    let text = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(
        &rule,
        text.replace("criterion = \"tags\"", "criterion = \"tag\""),
    )
    .unwrap();
    let output = dglint()
        .current_dir(dir.path())
        .args(["check", "a.dataset.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no criterion of dglint's score is named `tag`"),
        "{stderr}"
    );
}
