//! The run is a library module: code drives it with plain options and gets the report the
//! command line prints.

mod common;

use dglint::config::CliSelection;
use dglint::model::dates::parse_instant;
use dglint::report::concise;
use dglint::run::{ConfigSource, Inputs, Run, RunOptions};

#[test]
fn a_run_driven_from_code_reports_what_the_command_line_prints() {
    let repo = common::repo();
    let options = RunOptions {
        config: ConfigSource::Discover(repo.clone()),
        selection: CliSelection::default(),
        profiles: Vec::new(),
        as_of: parse_instant("2026-01-31").expect("a date"),
        threads: 0,
        input: None,
    };
    let mut run = Run::prepare(&options).expect("the repository's config loads");
    let inputs = Inputs {
        paths: vec![repo.join("examples").display().to_string()],
        ..Inputs::default()
    };
    let report = run.collect(&inputs, None);
    assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
    let mut from_code = Vec::new();
    concise::write(&report, &mut from_code).expect("writing to memory");

    let printed = common::dglint()
        .current_dir(&repo)
        .args([
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
    assert_eq!(from_code, String::from_utf8_lossy(&printed.stdout));
}
