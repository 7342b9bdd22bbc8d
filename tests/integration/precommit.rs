//! The pre-commit hooks as pre-commit itself runs them: it clones this checkout at its HEAD
//! commit, builds the hook with `cargo install`, and runs it on a repository's manifests.
//!
//! Ignored by `cargo test` (it needs pre-commit and builds dglint in release mode); `.ci/run`
//! installs pre-commit from PyPI and runs it with `cargo test --test integration precommit --
//! --ignored`. Set `PRE_COMMIT` to the pre-commit executable when it is not on the `PATH`.
//!
//! pre-commit's `cargo install` builds in this checkout's target directory (`CARGO_TARGET_DIR`,
//! which `cargo install` honours), so the release build of the README's first command is
//! reused: only dglint's own crate is compiled again, from pre-commit's clone.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=dglint",
            "-c",
            "user.email=dglint@example.org",
        ])
        .args(args)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// The target directory of this checkout's builds.
fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        std::path::PathBuf::from,
    )
}

fn pre_commit(dir: &Path, home: &Path) -> (i32, String) {
    let program = std::env::var("PRE_COMMIT").unwrap_or_else(|_| "pre-commit".into());
    let output = Command::new(program)
        .current_dir(dir)
        .args(["run", "--all-files", "--color", "never"])
        .env("PRE_COMMIT_HOME", home)
        .env("CARGO_TARGET_DIR", target_dir())
        .output()
        .expect("pre-commit is installed (PRE_COMMIT or PATH)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

#[test]
#[ignore = "needs pre-commit, and builds dglint in release mode; run by .ci/run"]
fn the_hooks_fail_on_a_bad_manifest_fix_what_they_can_and_pass_once_fixed() {
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR"));
    let head = Command::new("git")
        .current_dir(checkout)
        .args(["rev-parse", "HEAD"])
        .output()
        .expect("the checkout is a git repository");
    let head = String::from_utf8(head.stdout).unwrap().trim().to_owned();

    let repository = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let dir = repository.path();
    git(dir, &["init", "-q"]);
    std::fs::write(
        dir.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {head}\n    hooks:\n      - id: dglint-fix\n      - id: dglint\n",
            checkout.display()
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("musees.dataset.yaml"),
        "title: Musées\ndescription: Les musées.\n",
    )
    .unwrap();
    git(dir, &["add", "."]);
    let (code, text) = pre_commit(dir, home.path());
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("DG230") && text.contains("license-missing"),
        "{text}"
    );

    std::fs::write(
        dir.join("musees.dataset.yaml"),
        "title: Liste et localisation des musées de France\n\
         description: >-\n  Liste des établissements qui portent l'appellation « Musée de France », \
         avec leur adresse, leurs coordonnées et leur date d'appellation. Le fichier est tenu par le \
         ministère de la Culture et mis à jour chaque année.\n\
         description_short: Les musées de France, leur adresse et leur appellation.\n\
         tags: [musees, culture, patrimoine]\nlicense: lov2\nfrequency: irregular\n\
         temporal_coverage: {start: 2002-01-04, end: 2026-06-15}\n\
         spatial: {zones: [\"country:fr\"], granularity: poi}\n\
         resources:\n  - title: Liste des musées\n    type: main\n    format: csv\n    \
         url: https://example.org/musees/liste_musees.csv\n    description: Une ligne par musée.\n",
    )
    .unwrap();
    git(dir, &["add", "."]);
    let (code, text) = pre_commit(dir, home.path());
    assert_eq!(code, 0, "{text}");

    // A superseded licence and a tag not normalised: `dglint-fix` repairs them, and fails
    // because it changed the file, as pre-commit expects; the next run passes.
    let fixed = std::fs::read_to_string(dir.join("musees.dataset.yaml")).unwrap();
    let broken = fixed
        .replace("license: lov2", "license: fr-lo # the old id")
        .replace(
            "[musees, culture, patrimoine]",
            "[musees, Culture, patrimoine]",
        );
    std::fs::write(dir.join("musees.dataset.yaml"), &broken).unwrap();
    git(dir, &["add", "."]);
    let (code, text) = pre_commit(dir, home.path());
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("files were modified by this hook"), "{text}");
    assert!(text.contains("Fixed 2 findings in 1 file."), "{text}");
    assert_eq!(
        std::fs::read_to_string(dir.join("musees.dataset.yaml")).unwrap(),
        fixed.replace("license: lov2", "license: lov2 # the old id")
    );
    git(dir, &["add", "."]);
    let (code, text) = pre_commit(dir, home.path());
    assert_eq!(code, 0, "{text}");
}
