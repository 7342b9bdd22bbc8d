//! The vocabularies under `rules/vocabularies/` checked against the tables of
//! `../shared/reference/udata-quality.md` (udata's frequencies, legacy ids, licences and closed
//! formats).

use std::collections::BTreeMap;

use dglint::model::Vocabularies;

fn reference() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/reference/udata-quality.md"
    );
    std::fs::read_to_string(path).expect("the shared reference sits beside the repository")
}

/// The cells of the table rows of `section` whose first cell is a backquoted id.
fn table_rows(text: &str, section: &str) -> Vec<Vec<String>> {
    let start = text.find(section).expect("section present");
    let body = &text[start + section.len()..];
    let end = body.find("\n## ").unwrap_or(body.len());
    body[..end]
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(first_code_or_text)
                .collect()
        })
        .collect()
}

/// A cell's first backquoted token (`fortnighly` in "`fortnighly` (sic)"), else its text.
fn first_code_or_text(cell: &str) -> String {
    let cell = cell.trim();
    match cell.strip_prefix('`').and_then(|rest| rest.split_once('`')) {
        Some((code, _)) => code.to_owned(),
        None => cell.to_owned(),
    }
}

#[test]
fn frequencies_match_udata() {
    let text = reference();
    let rows = table_rows(&text, "### 2.1 Current vocabulary");
    let vocabularies = Vocabularies::embedded();
    let expected: Vec<(String, String, String, Option<String>)> = rows
        .iter()
        .filter(|row| row.len() == 4)
        .map(|row| {
            let delta = row[3]
                .split(" (")
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            let delta = (!delta.starts_with('–')).then_some(delta);
            (row[0].clone(), row[1].clone(), row[2].clone(), delta)
        })
        .collect();
    assert_eq!(expected.len(), 40, "the reference lists 40 frequencies");
    let ours: Vec<(String, String, String, Option<String>)> = vocabularies
        .frequencies
        .iter()
        .map(|f| {
            (
                f.id.clone(),
                f.label_en.clone(),
                f.label_fr.clone(),
                f.delta.clone(),
            )
        })
        .collect();
    assert_eq!(ours, expected);

    let legacy: BTreeMap<String, String> = table_rows(&text, "**Legacy ids.**")
        .into_iter()
        .take_while(|row| row.len() == 2)
        .map(|row| (row[0].clone(), row[1].clone()))
        .collect();
    let ours: BTreeMap<String, String> = vocabularies
        .legacy_frequencies
        .iter()
        .map(|l| (l.id.clone(), l.current.clone()))
        .collect();
    assert_eq!(ours, legacy);
}

#[test]
fn licences_match_data_gouv_fr() {
    let text = reference();
    let rows = table_rows(&text, "## 6. Licenses");
    let expected: BTreeMap<String, bool> = rows
        .iter()
        .map(|row| {
            let flags = &row[2];
            let open = flags.contains("okd_compliant") && !flags.contains("**not** okd_compliant");
            (row[0].clone(), open)
        })
        .collect();
    assert_eq!(expected.len(), 12);
    let ours: BTreeMap<String, bool> = Vocabularies::embedded()
        .licenses
        .iter()
        .map(|l| (l.id.clone(), l.open))
        .collect();
    assert_eq!(ours, expected);
}

#[test]
fn closed_formats_match_udata() {
    let text = reference();
    let line = text
        .lines()
        .find(|line| line.contains("`CLOSED_FORMATS = ("))
        .expect("the closed formats line");
    let inside = &line[line.find('(').unwrap() + 1..line.find(')').unwrap()];
    let expected: Vec<String> = inside
        .split(',')
        .map(|item| item.trim().trim_matches('"').to_owned())
        .collect();
    assert_eq!(Vocabularies::embedded().closed_formats, expected);
}

/// Every property of a schema object (recursively) has a title or a description.
fn undocumented(schema: &serde_json::Value, at: &str, missing: &mut Vec<String>) {
    let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    for (name, property) in properties {
        let here = format!("{at}/{name}");
        if property.get("title").is_none() || property.get("description").is_none() {
            missing.push(here.clone());
        }
        undocumented(property, &here, missing);
    }
}

#[test]
fn the_manifest_schema_documents_every_field_and_offers_the_vocabularies() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schemas/dataset.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut missing = Vec::new();
    undocumented(&schema, "", &mut missing);
    undocumented(&schema["$defs"]["resource"], "/resources/*", &mut missing);
    assert!(
        missing.is_empty(),
        "without title or description: {missing:?}"
    );
    let vocab = dglint::model::Vocabularies::embedded();
    let offered = |field: &str| -> Vec<String> {
        schema["properties"][field]["anyOf"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|choice| Some(choice.get("const")?.as_str()?.to_owned()))
            .collect()
    };
    let frequencies: Vec<String> = vocab.frequencies.iter().map(|f| f.id.clone()).collect();
    assert_eq!(offered("frequency"), frequencies);
    let licences: Vec<String> = vocab.licenses.iter().map(|l| l.id.clone()).collect();
    assert_eq!(offered("license"), licences);
}
