//! The run is a library module: code drives it with plain options and gets the report the
//! command line prints, in the language its options say.

use crate::common;

use dglint::config::CliSelection;
use dglint::i18n::{Lang, in_lang};
use dglint::model::dates::parse_instant;
use dglint::report::concise;
use dglint::run::{ConfigSource, Inputs, Run, RunOptions};

/// The concise report of `examples/` made from code in `lang`, and the one the binary
/// prints with `--lang`.
fn from_code_and_printed(lang: Lang, flag: &str) -> (String, String) {
    let repo = common::repo();
    let options = RunOptions {
        config: ConfigSource::Discover(repo.clone()),
        selection: CliSelection::default(),
        profiles: Vec::new(),
        as_of: parse_instant("2026-01-31").expect("a date"),
        threads: 0,
        input: None,
        lang,
        fixes: Default::default(),
        html_lang: lang,
    };
    let mut run = Run::prepare(&options).expect("the repository's config loads");
    let inputs = Inputs {
        paths: vec![repo.join("examples").display().to_string()],
        ..Inputs::default()
    };
    // The caller's thread stays in English: the run works in its own language.
    let report = in_lang(Lang::En, || run.collect(&inputs, None));
    assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
    let mut from_code = Vec::new();
    // Writing a report is the caller's work, in the language it chooses.
    in_lang(lang, || concise::write(&report, &mut from_code)).expect("writing to memory");

    let printed = common::dglint()
        .current_dir(&repo)
        .args([
            "--lang",
            flag,
            "check",
            "--as-of",
            "2026-01-31",
            "--output-format",
            "concise",
        ])
        .arg(repo.join("examples"))
        .output()
        .expect("dglint runs");
    let from_code = String::from_utf8(from_code).expect("UTF-8");
    assert!(from_code.lines().count() > 10, "{from_code}");
    (
        from_code,
        String::from_utf8_lossy(&printed.stdout).into_owned(),
    )
}

#[test]
fn a_run_driven_from_code_reports_what_the_command_line_prints() {
    let (from_code, printed) = from_code_and_printed(Lang::En, "en");
    assert_eq!(from_code, printed);
}

#[test]
fn a_run_works_in_the_language_of_its_options() {
    let (from_code, printed) = from_code_and_printed(Lang::Fr, "fr");
    assert!(from_code.contains("la description compte"), "{from_code}");
    assert_eq!(from_code, printed);
}

/// Every thread of a run speaks its language: the findings of many files, linted in parallel
/// on the run's threads, are all in French while the caller's thread speaks English.
#[test]
fn the_run_s_threads_speak_its_language() {
    let dir = tempfile::tempdir().unwrap();
    for index in 0..64 {
        std::fs::write(
            dir.path().join(format!("m{index}.dataset.yaml")),
            format!("title: Jeu {index}\n"),
        )
        .unwrap();
    }
    let options = RunOptions {
        config: ConfigSource::Isolated,
        selection: CliSelection::default(),
        profiles: Vec::new(),
        as_of: parse_instant("2026-01-31").expect("a date"),
        threads: 2,
        input: None,
        lang: Lang::Fr,
        fixes: Default::default(),
        html_lang: Lang::Fr,
    };
    let mut run = Run::prepare(&options).expect("a run without config");
    let inputs = Inputs {
        paths: vec![dir.path().display().to_string()],
        ..Inputs::default()
    };
    let report = in_lang(Lang::En, || run.collect(&inputs, None));
    assert_eq!(report.files.len(), 64);
    let messages: Vec<&str> = report
        .files
        .iter()
        .flat_map(|file| &file.findings)
        .filter(|located| located.rule.def.code == "DG230")
        .map(|located| located.finding.message.as_str())
        .collect();
    assert_eq!(messages.len(), 64);
    assert!(
        messages
            .iter()
            .all(|message| message.starts_with("le jeu de données n'a pas de licence")),
        "{messages:?}"
    );
}
