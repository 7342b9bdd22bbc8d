//! Integration tests: they drive the built `dglint` binary.

use crate::common;

use std::path::Path;

use crate::common::{corpus, dglint, repo};
use serde_json::Value;

fn run_json(args: &[&str], dir: &Path) -> (i32, Value) {
    common::run_json("check", args, dir)
}

fn codes(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn human_report_of_the_examples() {
    let output = dglint()
        .current_dir(repo())
        .args([
            "check",
            "examples",
            "--as-of",
            "2026-11-22",
            "--output-format",
            "full",
            "--color",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("human_examples", String::from_utf8(output.stdout).unwrap());
}

/// The same report in French, with `--profile mqa`: labels, plurals, decimal commas, French
/// typography (narrow no-break spaces, shown here as they are written) and the MQA line.
#[test]
fn human_report_of_the_examples_in_french() {
    let output = dglint()
        .current_dir(repo())
        .args([
            "--lang",
            "fr",
            "check",
            "examples",
            "--as-of",
            "2026-11-22",
            "--profile",
            "mqa",
            "--output-format",
            "full",
            "--color",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    for english in ["warning:", "error:", "help:", "predicted", "characters"] {
        assert!(!text.contains(english), "`{english}` in French output");
    }
    assert!(text.contains("avertissement\u{202f}:") && text.contains("aide\u{202f}:"));
    assert!(text.contains("score dglint 40,9 (D)"), "{text}");
    insta::assert_snapshot!("human_examples_fr", text);
}

#[test]
fn json_report_of_the_examples_matches_its_schema() {
    let (code, report) = run_json(&["examples"], &repo());
    assert_eq!(code, 1);
    let errors = common::schema_errors(&report);
    assert!(errors.is_empty(), "{errors:?}");
    let mut redacted = report.clone();
    redacted["tool"]["version"] = Value::from("[version]");
    insta::assert_json_snapshot!("json_examples", redacted);
}

#[test]
fn the_good_example_is_clean() {
    let output = dglint()
        .current_dir(repo())
        .args([
            "check",
            "examples/musees-de-france.dataset.yaml",
            "--as-of",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("Checked 1 file: 0 errors, 0 warnings, 0 infos (1 file clean)"),
        "{stdout}"
    );
}

#[test]
fn locations_point_at_the_key_in_accented_crlf_json() {
    // The real API response of data.gouv.fr's catalogue dataset: CRLF line ends, accents.
    let corpus = corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json");
    let text = std::fs::read_to_string(&corpus).unwrap();
    // Read as a manifest on purpose: every API-only field is then an unknown key.
    let (_, report) = run_json(
        &[
            "--input",
            "manifest",
            "--select",
            "DG101",
            corpus.to_str().unwrap(),
        ],
        &repo(),
    );
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings.len() > 10,
        "the API response has many fields a manifest does not"
    );
    let lines: Vec<&str> = text.split("\r\n").collect();
    for finding in findings {
        let key = finding["pointer"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        let offset = finding["location"]["byte_offset"].as_u64().unwrap() as usize;
        let length = finding["location"]["byte_length"].as_u64().unwrap() as usize;
        assert_eq!(&text[offset..offset + length], format!("\"{key}\""));
        let line = finding["location"]["start"]["line"].as_u64().unwrap() as usize;
        let column = finding["location"]["start"]["column"].as_u64().unwrap() as usize;
        let prefix: String = lines[line - 1].chars().take(column - 1).collect();
        assert_eq!(
            prefix.len(),
            offset - text[..offset].rfind('\n').map_or(0, |at| at + 1)
        );
    }
}

#[test]
fn accented_yaml_columns_count_characters() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.dataset.yaml"),
        "title: Musées d’Île-de-France\nlicence: lov2\ntags: [Été, x, y]\n",
    )
    .unwrap();
    let (_, report) = run_json(&["--select", "DG101,DG222"], dir.path());
    let findings = report["findings"].as_array().unwrap();
    let licence = findings.iter().find(|f| f["code"] == "DG101").unwrap();
    assert_eq!(
        licence["location"]["start"],
        serde_json::json!({"line": 2, "column": 1})
    );
    assert_eq!(licence["location"]["byte_length"], 7);
    let tag = findings.iter().find(|f| f["code"] == "DG222").unwrap();
    assert_eq!(
        tag["location"]["start"],
        serde_json::json!({"line": 3, "column": 8})
    );
    assert_eq!(
        tag["location"]["end"],
        serde_json::json!({"line": 3, "column": 11})
    );
    assert_eq!(tag["location"]["byte_length"], "Été".len());
}

#[test]
fn exit_codes_follow_the_failing_level() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("w.dataset.yaml"), "tags: [Musées, b, c]\n").unwrap();
    let status = |args: &[&str]| {
        dglint()
            .current_dir(dir.path())
            .args(["check", "--select", "DG222,DG211"])
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(status(&[]), Some(0), "an info does not fail by default");
    assert_eq!(status(&["--fail-on", "info"]), Some(1));
    assert_eq!(status(&["--fail-on", "warning"]), Some(0));
    std::fs::write(
        dir.path().join("w.dataset.yaml"),
        "title: TOUT EN CAPITALES\n",
    )
    .unwrap();
    assert_eq!(status(&["--fail-on", "warning"]), Some(1));
    assert_eq!(
        status(&["--fail-on", "warning", "--exit-zero"]),
        Some(2),
        "conflicting flags are a usage error"
    );
    assert_eq!(status(&["--exit-zero"]), Some(0));
    assert_eq!(status(&["--fail-on", "never"]), Some(0));
    assert_eq!(status(&["--select", "DG999"]), Some(2));
    assert_eq!(status(&["--as-of", "hier"]), Some(2));
}

#[test]
fn selection_by_code_prefix_name_and_category() {
    let (_, report) = run_json(
        &[
            "--select",
            "DG2",
            "--ignore",
            "description-too-short",
            "examples",
        ],
        &repo(),
    );
    let found = codes(&report);
    assert!(
        found.iter().all(|code| code.starts_with("DG2")),
        "{found:?}"
    );
    assert!(!found.contains(&"DG201".to_owned()) && found.contains(&"DG230".to_owned()));
    let (_, report) = run_json(
        &["--select", "naming", "--extend-select", "DG101", "examples"],
        &repo(),
    );
    let found = codes(&report);
    assert!(
        found
            .iter()
            .all(|code| code.starts_with("DG6") || code == "DG101"),
        "{found:?}"
    );
    assert!(found.contains(&"DG101".to_owned()));
}

#[test]
fn config_file_sets_selection_parameters_severity_and_per_file_ignores() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("datasets/legacy");
    std::fs::create_dir_all(&nested).unwrap();
    let description = "x".repeat(150);
    std::fs::write(
        dir.path().join("datasets/a.dataset.yaml"),
        format!("description: {description}\ntitle: TITRE EN CAPITALES\n"),
    )
    .unwrap();
    std::fs::write(
        nested.join("b.dataset.yaml"),
        "title: AUTRE TITRE EN CAPITALES\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("dglint.toml"),
        "select = [\"DG201\", \"DG211\"]\n[rules.DG201]\nmin_chars = 200\n[rules.title-all-capitals]\nseverity = \"info\"\n[per-file-ignores]\n\"datasets/legacy/**\" = [\"DG211\"]\n",
    )
    .unwrap();
    // Run from a subdirectory: the nearest config upwards applies.
    let (code, report) = run_json(&["."], &dir.path().join("datasets"));
    assert_eq!(code, 1);
    let findings = report["findings"].as_array().unwrap();
    let short = findings
        .iter()
        .find(|f| f["code"] == "DG201")
        .expect("min_chars = 200 applies");
    assert!(short["message"].as_str().unwrap().contains("at least 200"));
    let capitals: Vec<&Value> = findings.iter().filter(|f| f["code"] == "DG211").collect();
    assert_eq!(
        capitals.len(),
        1,
        "per-file-ignores silences the legacy file"
    );
    assert_eq!(capitals[0]["severity"], "info");

    let (_, isolated) = run_json(&["--isolated", "."], &dir.path().join("datasets"));
    assert!(
        codes(&isolated).len() > 4,
        "--isolated uses every rule with defaults"
    );

    // A config the run refuses: exit 2, and what it says on standard error.
    let refused = |config: &str| {
        std::fs::write(dir.path().join("dglint.toml"), config).unwrap();
        let args = ["check", "--output-format", "full", "--color", "never"];
        let (code, stderr) = stderr_of(&args, dir.path());
        assert_eq!(code, Some(2));
        stderr
    };
    let stderr = refused("[rules.DG201]\nmin_char = 200\n");
    assert!(
        stderr.contains("unknown parameter `min_char`") && stderr.contains("dglint.toml:2"),
        "{stderr}"
    );

    // A value the rule's typed parameters refuse is located too.
    let stderr = refused("[rules.DG213]\nseverity = \"info\"\nmin_chars = -1\n");
    assert!(
        stderr.contains("parameter `min_chars`") && stderr.contains("dglint.toml:3"),
        "{stderr}"
    );

    let stderr = refused("select = [\"DG2O1\"]\n");
    assert!(stderr.contains("unknown rule selector `DG2O1`"), "{stderr}");
}

#[test]
fn suppression_comments_and_unused_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("s.dataset.yaml"),
        "# dglint: ignore-file[DG221]\ntitle: Liste des musées de France\n# dglint: ignore[DG201] court volontairement\ndescription: Musées.\n# dglint: ignore[DG211] rien à taire ici\ntags: [a]\ndescription_short: |\n  # dglint: ignore[DG999] inside a block scalar, not a comment\n",
    )
    .unwrap();
    let (_, report) = run_json(&["--select", "DG201,DG221,DG211,DG002"], dir.path());
    let found = codes(&report);
    assert_eq!(found, vec!["DG002"], "{report}");
    assert_eq!(report["findings"][0]["location"]["start"]["line"], 5);
}

#[test]
fn directories_respect_gitignore_and_named_files_are_always_linted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join(".gitignore"), "out/\n").unwrap();
    std::fs::write(dir.path().join("out/x.dataset.yaml"), "title: X\n").unwrap();
    std::fs::write(dir.path().join("a.dataset.yml"), "title: A\n").unwrap();
    std::fs::write(dir.path().join("notes.yaml"), "title: N\n").unwrap();
    let (_, report) = run_json(&["--select", "DG213"], dir.path());
    let files: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(files, vec!["a.dataset.yml"]);
    let (_, report) = run_json(
        &["--select", "DG213", "notes.yaml", "out/x.dataset.yaml"],
        dir.path(),
    );
    assert_eq!(report["summary"]["files"], 2);
}

#[test]
fn a_missing_path_is_an_io_error_but_others_are_still_reported() {
    let (code, report) = run_json(
        &["no/such/file.yaml", "examples/qualite-air.dataset.json"],
        &repo(),
    );
    assert_eq!(code, 2);
    assert_eq!(report["summary"]["files"], 1);
    assert!(
        report["errors"][0]
            .as_str()
            .unwrap()
            .contains("no/such/file.yaml")
    );
}

/// What `dglint` writes on standard error with `args`, and its exit code. French typography's
/// narrow no-break spaces (before `:`, `?`) are read as plain spaces.
fn stderr_of(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let run = dglint().current_dir(dir).args(args).output().unwrap();
    let stderr = String::from_utf8(run.stderr).unwrap();
    (run.status.code(), stderr.replace('\u{202f}', " "))
}

#[test]
fn a_run_s_errors_are_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let bad_config = dir.path().join("bad.toml");
    std::fs::write(&bad_config, "fail-on = \"x\"\n").unwrap();
    let bad_config = bad_config.display().to_string();
    // Each command, and the French and English texts of its error.
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["check", "--isolated", "no/such.dataset.yaml"],
            "no/such.dataset.yaml : fichier ou dossier introuvable",
            "no/such.dataset.yaml: no such file or directory",
        ),
        (
            &["check", "--config", "no-such.toml", "."],
            "impossible de lire no-such.toml : fichier ou dossier introuvable",
            "cannot read no-such.toml: no such file or directory",
        ),
        (
            &["check", "--config", &bad_config, "."],
            "configuration invalide : ",
            "invalid config: ",
        ),
        (
            &["check", "--isolated", "--select", "DG2011", "."],
            "sélecteur de règles inconnu : `DG2011` (vouliez-vous dire `DG201` ?) dans la ligne de commande",
            "unknown rule selector `DG2011` (did you mean `DG201`?) on the command line",
        ),
        (
            &["audit", "--isolated", "--catalog", "no-such.csv"],
            "impossible de lire no-such.csv : fichier ou dossier introuvable",
            "cannot read no-such.csv: no such file or directory",
        ),
        (
            &["rule", "DG2011"],
            "aucune règle ne s'appelle `DG2011`",
            "no rule is named `DG2011`",
        ),
    ];
    for (args, french, english) in cases {
        for (lang, expected) in [("fr", french), ("en", english)] {
            let mut with_lang = vec!["--lang", lang];
            with_lang.extend(args);
            let (code, stderr) = stderr_of(&with_lang, dir.path());
            assert_eq!(code, Some(2), "{with_lang:?}: {stderr}");
            assert!(stderr.contains(expected), "{with_lang:?}: {stderr}");
        }
    }
    // A warning of a run that did its work: an audit without the resource export.
    let catalog = repo().join("tests/data/export-dataset-20260116-chunk83.csv");
    let (_, stderr) = stderr_of(
        &[
            "--lang",
            "fr",
            "audit",
            "--isolated",
            "--catalog",
            &catalog.display().to_string(),
        ],
        dir.path(),
    );
    assert!(
        stderr.contains("avertissement : sans --resources, on ne sait des ressources"),
        "{stderr}"
    );
}

#[test]
fn rules_and_rule_commands() {
    let output = dglint().args(["rules"]).output().unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains("DG201  description-too-short") && table.contains("completeness"));
    // Headers are texts (in the run's language); codes, names and categories are identifiers.
    for (command, english, french) in [
        ("rules", "CODE   NAME", "CODE   NOM"),
        ("criteria", "CRITERION", "CRITÈRE"),
    ] {
        for (lang, header) in [("en", english), ("fr", french)] {
            let output = dglint().args(["--lang", lang, command]).output().unwrap();
            let text = String::from_utf8(output.stdout).unwrap();
            assert!(text.starts_with(header), "{command} in {lang}: {text}");
            assert!(text.contains("completeness"), "{command} in {lang}: {text}");
        }
    }
    let output = dglint()
        .args(["rules", "--output-format", "json"])
        .output()
        .unwrap();
    let rules: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(rules.as_array().unwrap().len() >= 40);
    let by_code = dglint().args(["rule", "DG201"]).output().unwrap();
    let by_name = dglint()
        .args(["rule", "description-too-short"])
        .output()
        .unwrap();
    assert_eq!(by_code.stdout, by_name.stdout);
    let doc = String::from_utf8(by_code.stdout).unwrap();
    assert!(doc.starts_with("# DG201 description-too-short") && doc.contains("min_chars"));
    let freshness =
        String::from_utf8(dglint().args(["rule", "DG401"]).output().unwrap().stdout).unwrap();
    assert!(freshness.contains("cannot be late"));
    let unknown = dglint()
        .args(["rule", "description-to-short"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8(unknown.stderr)
            .unwrap()
            .contains("did you mean `description-too-short`")
    );
}

#[test]
fn freshness_falls_back_to_the_resource_file_date() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("f.dataset.yaml"),
        "frequency: monthly\nresources:\n  - title: Données\n    format: csv\n    path: donnees.csv\n",
    )
    .unwrap();
    let data = dir.path().join("donnees.csv");
    std::fs::write(&data, "a;b\n").unwrap();
    let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_735_689_600); // 2025-01-01
    std::fs::File::options()
        .write(true)
        .open(&data)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let (_, report) = run_json(&["--select", "DG401"], dir.path());
    let finding = &report["findings"][0];
    assert_eq!(finding["pointer"], "/resources/0/path", "{report}");
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains("last updated on 2025-01-01")
    );
    // Due 2025-02-01 (31 days); late only after the day of grace, as in udata.
    let on_time = dglint()
        .current_dir(dir.path())
        .args([
            "check",
            "--select",
            "DG401",
            "--as-of",
            "2025-02-02T00:00:00Z",
        ])
        .output()
        .unwrap();
    assert_eq!(on_time.status.code(), Some(0));
    let late = dglint()
        .current_dir(dir.path())
        .args([
            "check",
            "--select",
            "DG401",
            "--as-of",
            "2025-02-02T00:00:01Z",
        ])
        .output()
        .unwrap();
    assert_eq!(late.status.code(), Some(1));
}

#[test]
fn an_explicit_config_file_replaces_the_nearest_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.dataset.yaml"),
        "title: TITRE EN CAPITALES\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("dglint.toml"), "select = [\"DG211\"]\n").unwrap();
    std::fs::write(dir.path().join("other.toml"), "select = [\"DG204\"]\n").unwrap();
    let (_, nearest) = run_json(&[], dir.path());
    assert_eq!(codes(&nearest), vec!["DG211"]);
    let (_, explicit) = run_json(&["--config", "other.toml"], dir.path());
    assert_eq!(codes(&explicit), vec!["DG204"]);
}

#[test]
fn concise_output_is_one_line_per_finding() {
    let output = dglint()
        .current_dir(repo())
        .args([
            "check",
            "examples/qualite-air.dataset.json",
            "--output-format",
            "concise",
            "--as-of",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(
        "concise_broken_example",
        String::from_utf8(output.stdout).unwrap()
    );
}

#[test]
fn init_writes_a_config_and_a_template_whose_only_findings_are_its_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let init = dglint()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(init.status.code(), Some(0));
    let config = std::fs::read_to_string(dir.path().join("dglint.toml")).unwrap();
    assert!(config.contains("# Règles à appliquer") && config.contains("# Rules to run"));
    // The written config is valid, and the template's only findings are its placeholders
    // (the organisation's slug, the example.org links), until they are replaced.
    let check = dglint()
        .current_dir(dir.path())
        .args([
            "check",
            "--output-format",
            "concise",
            "--as-of",
            "2026-11-22",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(check.stdout).unwrap();
    assert_eq!(check.status.code(), Some(0), "warnings only: {text}");
    let findings: Vec<&str> = text
        .lines()
        .filter(|line| line.contains(": warning "))
        .collect();
    assert_eq!(findings.len(), 3, "{text}");
    assert!(
        findings
            .iter()
            .all(|line| line.contains("DG208 placeholder-left")),
        "{text}"
    );
    assert!(
        text.contains("`organization` still holds a placeholder"),
        "{text}"
    );

    std::fs::write(dir.path().join("dglint.toml"), "# mine\n").unwrap();
    let again = dglint()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dglint.toml")).unwrap(),
        "# mine\n"
    );
}

#[test]
fn the_manual_config_examples_are_valid() {
    let registry = dglint::rules::Registry::embedded().unwrap();
    let mut checked = 0;
    for block in config_examples() {
        let block = block.as_str();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dglint.toml");
        std::fs::write(&path, block).unwrap();
        let config =
            dglint::config::Config::load(&path).unwrap_or_else(|error| panic!("{error}\n{block}"));
        config
            .settings(registry, &dglint::config::CliSelection::default())
            .unwrap_or_else(|error| panic!("{error}\n{block}"));
        config.score_settings().unwrap();
        config.link_settings();
        checked += 1;
    }
    assert!(checked >= 4, "{checked} config examples");
}

#[test]
fn rule_documentation_in_french() {
    let french = dglint()
        .args(["rule", "DG230", "--lang", "fr"])
        .output()
        .unwrap();
    let text = String::from_utf8(french.stdout).unwrap();
    assert!(text.starts_with("# DG230 license-missing\n\nLe jeu de données n'a pas de licence."));
    assert!(text.contains("## Pourquoi") && text.contains("## Comment corriger"));
    let from_environment = dglint()
        .args(["rule", "DG230"])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(from_environment.stdout).unwrap(), text);
    let english = dglint().args(["rule", "DG230"]).output().unwrap();
    assert!(
        String::from_utf8(english.stdout)
            .unwrap()
            .contains("## Why")
    );
}

/// The `toml` blocks of the README and the manual that are configurations (not a rule file or
/// a piece of one).
fn config_examples() -> Vec<String> {
    crate::common::markdown_pages()
        .iter()
        .flat_map(|(_, text)| {
            text.split("```toml\n")
                .skip(1)
                .map(|block| block.split("```").next().unwrap().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|block| !block.contains("code = ") && !block.contains("[check]"))
        .collect()
}

/// The errors of a TOML config against `schemas/config.schema.json`.
fn config_schema_errors(toml_text: &str) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schemas/config.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let config: Value =
        serde_json::to_value(toml::from_str::<toml::Value>(toml_text).unwrap()).unwrap();
    validator
        .iter_errors(&config)
        .map(|error| error.to_string())
        .collect()
}

#[test]
fn the_config_schema_knows_every_key_the_loader_does() {
    // `dglint init` writes every key; the loader accepts it (tested above), so must the schema.
    let dir = tempfile::tempdir().unwrap();
    dglint()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    let template = std::fs::read_to_string(dir.path().join("dglint.toml")).unwrap();
    assert_eq!(config_schema_errors(&template), Vec::<String>::new());
    // And it refuses what the loader refuses.
    assert!(!config_schema_errors("unknown-key = 1\n").is_empty());
    assert!(!config_schema_errors("[score]\ncategories = { style = 2 }\n").is_empty());
    for block in config_examples() {
        assert_eq!(
            config_schema_errors(&block),
            Vec::<String>::new(),
            "{block}"
        );
    }
}

/// Findings, advice and the summary follow `--lang` (or `LANG`); the codes, rule names,
/// pointers, severities and the report's structure do not.
#[test]
fn findings_in_french_keep_their_codes_and_structure() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.dataset.yaml"),
        "title: MUSEES DE FRANCE\nlicense: etalab-2\nfrequency: weekly\ntags: [Musées]\nunknown_field: 1\n",
    )
    .unwrap();
    let (english_code, english) = run_json(&[], dir.path());
    let (french_code, french) = run_json(&["--lang", "fr"], dir.path());
    assert_eq!(english_code, french_code);
    let shape = |report: &Value| -> Vec<(String, String, String, String)> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|finding| {
                let field = |name: &str| finding[name].as_str().unwrap_or_default().to_owned();
                (
                    field("code"),
                    field("name"),
                    field("pointer"),
                    field("severity"),
                )
            })
            .collect()
    };
    assert!(shape(&english).len() >= 5, "{english:#}");
    assert_eq!(shape(&english), shape(&french));
    let messages = |report: &Value| -> Vec<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|finding| finding["message"].as_str().unwrap().to_owned())
            .collect()
    };
    let (english_messages, french_messages) = (messages(&english), messages(&french));
    for (en, fr) in english_messages.iter().zip(&french_messages) {
        assert_ne!(en, fr, "not translated");
    }
    let first_help = |report: &Value| report["findings"][0]["help"].as_str().unwrap().to_owned();
    assert_ne!(
        first_help(&english),
        first_help(&french),
        "the advice is translated"
    );

    assert!(french_messages.contains(&"le titre est écrit en capitales".to_owned()));
    assert!(french_messages.contains(&"clé inconnue `unknown_field`".to_owned()));

    let concise = dglint()
        .current_dir(dir.path())
        .args([
            "check",
            "--output-format",
            "concise",
            "--as-of",
            "2026-11-22",
        ])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8(concise.stdout).unwrap();
    assert!(
        text.contains("warning DG211 title-all-capitals: le titre est écrit en capitales"),
        "{text}"
    );
    assert!(
        text.contains("Vérification de 1 fichier\u{202f}: "),
        "the summary is in French: {text}"
    );
}

#[test]
fn a_description_from_the_title_and_a_one_word_title_in_capitals() {
    // As harvested: a description that is the start of the title, a country's name in
    // capitals as the whole title.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("part.dataset.yaml"),
        "title: AS1_ASSIETTE_SUP_073\ndescription: AS1\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("same.dataset.yaml"),
        "title: Liste des musées\ndescription: Liste des musées.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("japan.dataset.yaml"), "title: JAPAN\n").unwrap();
    std::fs::write(
        dir.path().join("loud.dataset.yaml"),
        "title: MUSEES DE FRANCE\n",
    )
    .unwrap();
    let (_, report) = run_json(&["--isolated", "--select", "DG203,DG211", "."], dir.path());
    let mut seen: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            (
                finding["file"].as_str().unwrap().to_owned(),
                finding["code"].as_str().unwrap().to_owned(),
                finding["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    seen.sort();
    let expected: Vec<(String, String, String)> = [
        (
            "loud.dataset.yaml",
            "DG211",
            "the title is written in capitals",
        ),
        (
            "part.dataset.yaml",
            "DG203",
            "the description is only a part of the title",
        ),
        // Several words in capitals, even joined by `_`.
        (
            "part.dataset.yaml",
            "DG211",
            "the title is written in capitals",
        ),
        (
            "same.dataset.yaml",
            "DG203",
            "the description only repeats the title",
        ),
    ]
    .iter()
    .map(|(file, code, message)| ((*file).into(), (*code).into(), (*message).into()))
    .collect();
    assert_eq!(seen, expected);
}

#[test]
fn a_pdf_notice_and_geojson_named_json_are_not_doubtful() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.dataset.yaml"),
        "title: Musées de France\nresources:\n\
         \x20 - title: Notice\n    type: documentation\n    format: pdf\n    url: https://example.org/notice.pdf\n\
         \x20 - title: Zones\n    format: geojson\n    url: https://example.org/zones.json\n\
         \x20 - title: Liste\n    format: pdf\n    url: https://example.org/liste.pdf\n\
         \x20 - title: Points\n    format: geojson\n    url: https://example.org/points.csv\n",
    )
    .unwrap();
    let (_, report) = run_json(&["--isolated", "--select", "DG303,DG305", "."], dir.path());
    let found: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            (
                finding["code"].as_str().unwrap().to_owned(),
                finding["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // The data PDF and the GeoJSON named `.csv` still are.
    assert_eq!(
        found,
        [
            ("DG303".to_owned(), "/resources/2/format".to_owned()),
            ("DG305".to_owned(), "/resources/3/format".to_owned()),
        ]
    );
}

#[test]
fn a_folder_without_manifests_fails_instead_of_passing_green() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(
        dir.path().join("data/notes.yaml"),
        "title: not a manifest\n",
    )
    .unwrap();
    let run = |paths: &[&str]| {
        let output = dglint()
            .current_dir(dir.path())
            .args(["check", "--isolated", "--output-format", "concise"])
            .args(paths)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    // Only folders without manifests: exit 2, each named, and no "Checked 0 files".
    let (code, stderr) = run(&["empty", "data"]);
    let stdout = String::from_utf8(
        dglint()
            .current_dir(dir.path())
            .args(["check", "--isolated", "empty"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(stdout.starts_with("Nothing checked: 1 input"), "{stdout}");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("empty: no manifest here"), "{stderr}");
    assert!(stderr.contains("data: no manifest here"), "{stderr}");
    // Beside a manifest, an empty folder is a warning and the run goes on.
    std::fs::write(
        dir.path().join("data/ok.dataset.yaml"),
        "title: Musées de France\n",
    )
    .unwrap();
    let (code, stderr) = run(&["empty", "data"]);
    assert_eq!(code, Some(1), "the manifest's findings decide: {stderr}");
    assert!(
        stderr.contains("warning: empty: no manifest here"),
        "{stderr}"
    );
}
