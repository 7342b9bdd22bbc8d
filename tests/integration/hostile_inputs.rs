//! A corpus of hostile inputs (`tests/hostile/`, plus what cannot live in a repository: a
//! 1 GiB sparse file, a FIFO, links that loop or lead nowhere, multi-megabyte files): each
//! gives a located finding or a clear error, the run completes in bounded time and memory,
//! and every other file is still reported.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::common::{repo, run_measured};
use serde_json::Value;

/// What each file of `tests/hostile/` must give: a rule and a fragment of its message.
const EXPECTED: &[(&str, &str, &str)] = &[
    ("alias-bomb.dataset.yaml", "DG001", "alias bomb"),
    ("anchors.dataset.yaml", "DG101", "unknown key `<<`"),
    ("binary.dataset.yaml", "DG001", "not valid UTF-8"),
    ("bom.dataset.json", "DG101", "unknown key `licence`"),
    ("bom.dataset.yaml", "DG101", "unknown key `licence`"),
    ("comments-only.dataset.yaml", "DG004", "empty"),
    ("complex-key.dataset.yaml", "DG001", "plain value"),
    ("control-characters.dataset.json", "DG201", "characters"),
    ("control-characters.dataset.yaml", "DG201", "characters"),
    ("cr-only.dataset.yaml", "DG101", "unknown key `licence`"),
    ("credentials.dataset.yaml", "DG303", "closed format"),
    ("crlf.dataset.yaml", "DG101", "unknown key `licence`"),
    ("dates-garbage.dataset.yaml", "DG103", "2026-02-30"),
    ("deep-block.dataset.yaml", "DG001", "nesting is deeper"),
    ("deep-flow.dataset.yaml", "DG001", "recursion limit"),
    ("deep.dataset.json", "DG001", "nesting"),
    (
        "duplicate-keys.dataset.json",
        "DG001",
        "duplicate key `title`",
    ),
    (
        "duplicate-keys.dataset.yaml",
        "DG001",
        "duplicate key `title`",
    ),
    ("emoji.dataset.yaml", "DG242", "not an update frequency"),
    ("empty.dataset.yaml", "DG004", "empty"),
    ("huge-numbers.dataset.json", "DG102", "`filesize`"),
    ("huge-numbers.dataset.yaml", "DG102", "`filesize`"),
    ("json-comments.dataset.json", "DG001", "Comments"),
    ("latin1.dataset.yaml", "DG001", "not valid UTF-8"),
    ("list-root.dataset.json", "DG102", "not a list"),
    ("lone-surrogate.dataset.json", "DG001", "surrogate"),
    ("nan-literal.dataset.json", "DG001", "JSON syntax error"),
    ("nan.dataset.yaml", "DG102", "`filesize`"),
    ("nul-bytes.dataset.yaml", "DG001", "unprintable"),
    ("null-root.dataset.yaml", "DG004", "empty"),
    ("only-bom.dataset.yaml", "DG004", "empty"),
    ("path-traversal.dataset.yaml", "DG501", "\\u{0}"),
    ("percent-encoding.dataset.yaml", "DG503", "documentation"),
    ("right-to-left.dataset.yaml", "DG222", "not normalised"),
    ("tabs.dataset.yaml", "DG001", "tabs"),
    ("trailing-comma.dataset.json", "DG001", "Trailing comma"),
    ("truncated.dataset.json", "DG001", "Unterminated"),
    ("truncated.dataset.yaml", "DG001", "end of stream"),
    ("two-documents.dataset.yaml", "DG001", "second one"),
    ("unknown-alias.dataset.yaml", "DG001", "unknown anchor"),
    ("utf16.dataset.json", "DG001", "not valid UTF-8"),
    ("whitespace.dataset.yaml", "DG004", "empty"),
    (
        "wrong-shapes.dataset.yaml",
        "DG102",
        "`resources` must be a list",
    ),
    ("yaml-tags.dataset.yaml", "DG201", "characters"),
    ("year-0016.dataset.yaml", "DG103", "99999-12-31"),
    ("broken-lines.jsonl", "DG001", "JSON syntax error"),
    // Generated below.
    (
        "sparse.dataset.yaml",
        "DG001",
        "over the 5242880-byte limit",
    ),
    ("enormous-string.dataset.yaml", "DG213", "characters"),
    ("long-line.dataset.json", "DG213", "characters"),
    ("many-keys.dataset.yaml", "DG101", "unknown key `k49999`"),
    ("linked.dataset.yaml", "DG213", "characters"),
    ("inside/nested.dataset.yaml", "DG213", "characters"),
];

fn copy_corpus(to: &Path) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(repo().join("tests/hostile")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        count += 1;
    }
    count
}

fn generate(dir: &Path) {
    std::fs::File::create(dir.join("sparse.dataset.yaml"))
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let enormous = format!(
        "title: Liste\ndescription: {}\n",
        "a".repeat(4 * 1024 * 1024)
    );
    std::fs::write(dir.join("enormous-string.dataset.yaml"), enormous).unwrap();
    let tags = vec!["\"t\""; 200_000].join(",");
    std::fs::write(
        dir.join("long-line.dataset.json"),
        format!("{{\"title\": \"Liste\", \"tags\": [{tags}]}}"),
    )
    .unwrap();
    let keys: String = (0..50_000).map(|n| format!("k{n}: {n}\n")).collect();
    std::fs::write(
        dir.join("many-keys.dataset.yaml"),
        format!("title: Liste\n{keys}"),
    )
    .unwrap();
    // A directory named like a manifest is walked, not read.
    std::fs::create_dir(dir.join("inside")).unwrap();
    std::fs::create_dir(dir.join("folder.dataset.yaml")).unwrap();
    std::fs::write(dir.join("inside/nested.dataset.yaml"), "title: Liste\n").unwrap();
    std::fs::write(dir.join("target.yaml"), "title: Liste\n").unwrap();
    let fifo = std::ffi::CString::new(dir.join("fifo.dataset.yaml").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates the node.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    std::os::unix::fs::symlink("loop.dataset.yaml", dir.join("loop.dataset.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", dir.join("dangling.dataset.yaml")).unwrap();
    std::os::unix::fs::symlink("target.yaml", dir.join("linked.dataset.yaml")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("itself")).unwrap();
    std::fs::write(
        dir.join("good.dataset.yaml"),
        "title: Liste des musées de France\n",
    )
    .unwrap();
}

#[test]
fn every_hostile_input_gets_a_located_finding_or_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let copied = copy_corpus(dir.path());
    assert!(copied >= 40, "the corpus holds {copied} cases");
    generate(dir.path());
    let listed: Vec<&str> = EXPECTED.iter().map(|(file, _, _)| *file).collect();
    for entry in std::fs::read_dir(repo().join("tests/hostile")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(listed.contains(&name.as_str()), "{name} has no expectation");
    }

    let run = run_measured(
        &[
            "check",
            "--output-format",
            "json",
            "--as-of",
            "2026-11-22",
            ".",
            "broken-lines.jsonl",
        ],
        dir.path(),
    );
    eprintln!(
        "hostile corpus: {:.2} s, peak {} MiB",
        run.elapsed.as_secs_f64(),
        run.peak_kib / 1024
    );
    // A hang detector, not a speed test (a loaded machine may be slow; the benchmarks time
    // dglint): the corpus takes seconds, a run that loops never ends.
    assert!(
        run.elapsed < Duration::from_secs(300),
        "bounded time: {:?}",
        run.elapsed
    );
    assert!(
        run.peak_kib < 600 * 1024,
        "bounded memory: {} KiB",
        run.peak_kib
    );
    assert_eq!(run.code, 2, "unreadable inputs exit 2: {}", run.stderr);

    // Clear errors for what cannot be read at all, each named.
    for (path, said) in [
        ("fifo.dataset.yaml", "a FIFO, not a manifest file: not read"),
        ("loop.dataset.yaml", "symbolic links"),
        ("dangling.dataset.yaml", "a symbolic link to nothing"),
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|line| line.contains(path) && line.contains(said)),
            "{path}: {said}\n{}",
            run.stderr
        );
    }

    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let mut by_file: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for finding in findings {
        by_file
            .entry(finding["file"].as_str().unwrap())
            .or_default()
            .push(finding);
        let start = &finding["location"]["start"];
        assert!(start["line"].as_u64().unwrap() >= 1 && start["column"].as_u64().unwrap() >= 1);
    }
    for (file, code, fragment) in EXPECTED {
        let found = by_file.get(file).is_some_and(|findings| {
            findings.iter().any(|finding| {
                finding["code"] == *code && finding["message"].as_str().unwrap().contains(fragment)
            })
        });
        assert!(
            found,
            "{file}: no {code} saying `{fragment}`: {:#?}",
            by_file.get(file)
        );
    }
    assert!(
        by_file.contains_key("good.dataset.yaml"),
        "the good file is reported"
    );
    let reported: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file["path"].as_str().unwrap())
        .collect();
    assert_eq!(reported.len(), EXPECTED.len() + 1, "{reported:#?}");

    // Lines as editors count them, whatever the line breaks.
    for file in ["crlf.dataset.yaml", "cr-only.dataset.yaml"] {
        let licence = by_file[file]
            .iter()
            .find(|finding| finding["code"] == "DG101")
            .unwrap();
        assert_eq!(licence["location"]["start"]["line"], 3, "{file}");
    }
    // Credentials in URLs are never echoed; control characters are shown escaped.
    assert!(!run.stdout.contains("s3cr3t"), "a password was echoed");
    assert!(!run.stderr.contains("s3cr3t"));
    let concise = run_measured(
        &[
            "check",
            "--output-format",
            "concise",
            "--as-of",
            "2026-11-22",
            ".",
        ],
        dir.path(),
    );
    assert!(!concise.stdout.contains("s3cr3t"));
    let raw_controls: Vec<&str> = concise
        .stdout
        .lines()
        .filter(|line| line.chars().any(|c| c.is_control() && c != '\t'))
        .collect();
    assert!(raw_controls.is_empty(), "{raw_controls:#?}");
    assert!(
        !concise.stdout.contains('\u{202e}'),
        "no bidirectional override"
    );
}
