//! Hostile and broken inputs: each gets a located finding, nothing panics or hangs, and the
//! other files of the run are still reported.

use std::io::Write;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) {
    std::fs::File::create(dir.join(name))
        .unwrap()
        .write_all(bytes)
        .unwrap();
}

#[test]
fn every_bad_input_is_reported_with_a_location_and_the_good_file_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    write(path, "empty.dataset.yaml", b"");
    write(
        path,
        "binary.dataset.yaml",
        &[0x7f, b'E', b'L', b'F', 0, 1, 2, 0, 0xfe, 0xff],
    );
    write(path, "latin1.dataset.yaml", b"title: Mus\xe9es\n");
    write(
        path,
        "deep.dataset.yaml",
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes(),
    );
    write(
        path,
        "deep.dataset.json",
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes(),
    );
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..10 {
        let p = level - 1;
        bomb.push_str(&format!("a{level}: &a{level} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
    }
    write(path, "bomb.dataset.yaml", bomb.as_bytes());
    write(path, "list.dataset.yaml", b"- title: a\n- title: b\n");
    write(path, "scalar.dataset.json", b"\"just a string\"");
    write(
        path,
        "types.dataset.yaml",
        b"title: [1]\nacronym: 2\nslug: 3\nid: 4\ndescription: {a: 1}\ndescription_short: []\norganization: 5\ntags: x\nlicense: 6\nfrequency: 7\nlast_update: 8\ntemporal_coverage: 9\nspatial: 10\nprivate: yes\nresources: 11\n",
    );
    write(path, "syntax.dataset.json", b"{\"title\": \"a\",}");
    let big = dir.path().join("big.dataset.yaml");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    write(
        path,
        "good.dataset.yaml",
        b"title: Liste des mus\xc3\xa9es de France\n",
    );

    // A run that hung would be killed (no exit code): the status below says it ended by itself.
    let output = Command::cargo_bin("dglint")
        .unwrap()
        .current_dir(path)
        .args(["check", "--output-format", "json", "--as-of", "2026-11-22"])
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let first_of = |file: &str, code: &str| {
        findings
            .iter()
            .find(|finding| finding["file"] == file && finding["code"] == code)
            .unwrap_or_else(|| {
                panic!(
                    "{file}: no {code} in {:#}",
                    findings
                        .iter()
                        .filter(|f| f["file"] == file)
                        .cloned()
                        .collect::<Vec<_>>()
                        .len()
                )
            })
            .clone()
    };
    assert!(
        first_of("empty.dataset.yaml", "DG004")["message"]
            .as_str()
            .unwrap()
            .contains("empty")
    );
    assert!(
        first_of("latin1.dataset.yaml", "DG001")["message"]
            .as_str()
            .unwrap()
            .contains("UTF-8")
    );
    assert_eq!(
        first_of("latin1.dataset.yaml", "DG001")["location"]["byte_offset"],
        10
    );
    first_of("binary.dataset.yaml", "DG001");
    assert!(
        first_of("deep.dataset.yaml", "DG001")["message"]
            .as_str()
            .unwrap()
            .contains("recursion limit")
    );
    assert!(
        first_of("deep.dataset.json", "DG001")["message"]
            .as_str()
            .unwrap()
            .contains("nesting")
    );
    assert!(
        first_of("bomb.dataset.yaml", "DG001")["message"]
            .as_str()
            .unwrap()
            .contains("alias bomb")
    );
    assert!(
        first_of("list.dataset.yaml", "DG102")["message"]
            .as_str()
            .unwrap()
            .contains("not a list")
    );
    assert!(
        first_of("scalar.dataset.json", "DG102")["message"]
            .as_str()
            .unwrap()
            .contains("not a string")
    );
    assert!(
        first_of("big.dataset.yaml", "DG001")["message"]
            .as_str()
            .unwrap()
            .contains("limit")
    );
    first_of("syntax.dataset.json", "DG001");
    let wrong_types: Vec<&str> = findings
        .iter()
        .filter(|finding| finding["file"] == "types.dataset.yaml" && finding["code"] == "DG102")
        .map(|finding| finding["pointer"].as_str().unwrap())
        .collect();
    for field in [
        "title",
        "acronym",
        "slug",
        "id",
        "description",
        "description_short",
        "organization",
        "tags",
        "license",
        "frequency",
        "last_update",
        "temporal_coverage",
        "spatial",
        "private",
        "resources",
    ] {
        assert!(
            wrong_types.contains(&format!("/{field}").as_str()),
            "{field}: {wrong_types:?}"
        );
    }
    for finding in findings {
        assert!(finding["location"]["start"]["line"].as_u64().unwrap() >= 1);
    }
    first_of("good.dataset.yaml", "DG202");
    assert_eq!(report["summary"]["files"], 12);
}

/// A `git` that never answers (a hung credential helper, a lock held elsewhere) does not hold
/// the run: the manifest's `path` file is dated by its modification time instead.
#[cfg(unix)]
#[test]
fn a_git_that_hangs_does_not_hold_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::common::path_with_git(dir.path(), "#!/bin/sh\nsleep 600\n");
    // A work tree, so that git is asked.
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    write(dir.path(), "data.csv", b"a;b\n1;2\n");
    write(
        dir.path(),
        "a.dataset.yaml",
        b"title: Liste des musees de France\nfrequency: annual\nresources:\n  - {title: Liste, path: data.csv, format: csv}\n",
    );
    let output = Command::cargo_bin("dglint")
        .unwrap()
        .current_dir(dir.path())
        .env("PATH", path)
        .timeout(Duration::from_secs(180))
        .args([
            "check",
            "--isolated",
            "--output-format",
            "concise",
            "a.dataset.yaml",
        ])
        .output()
        .unwrap();
    // git is given 10 s; without a bound the run would wait the script's 600 s and be killed
    // (no exit code) after 180.
    assert!(
        output.status.code().is_some_and(|code| code <= 1),
        "{output:?}"
    );
    // Dated from the file's modification time (today): not out of date.
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(!stdout.contains("DG401"), "{stdout}");
}
