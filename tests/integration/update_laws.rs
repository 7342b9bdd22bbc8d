//! The laws of `dglint pull --update`, over generated manifests and portal-side edits: after
//! an update nothing differs from the portal, a second update changes nothing, and every
//! comment of the manifest is still there, in its order.

use std::path::Path;

use chrono::{DateTime, Utc};
use dglint::document::{Syntax, parse_text};
use dglint::fix::update::update;
use dglint::model::dates::parse_instant;
use dglint::model::drift::compare;
use dglint::model::pulled::{manifest_of, manifest_text};
use proptest::prelude::*;
use proptest::sample::subsequence;
use serde_json::{Map, Value, json};

fn as_of() -> DateTime<Utc> {
    parse_instant("2026-01-01").unwrap()
}

fn optional<T: Clone + std::fmt::Debug + 'static>(
    choices: Vec<T>,
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![Just(None), proptest::sample::select(choices).prop_map(Some)]
}

/// A resource of a small pool (so that two datasets share some), with a title of its own.
fn resources() -> impl Strategy<Value = Vec<Value>> {
    let pool: Vec<usize> = (1..=4).collect();
    (subsequence(pool, 0..=4), any::<bool>(), any::<bool>()).prop_map(|(ids, renamed, extra)| {
        let mut items: Vec<Value> = ids
            .into_iter()
            .map(|id| {
                let title = if renamed && id == 1 { "Liste révisée".to_owned() } else { format!("Fichier {id}") };
                json!({"id": format!("r{id}"), "title": title, "type": if id == 4 {"documentation"} else {"main"},
                       "format": "csv", "url": format!("https://e.org/{id}.csv")})
            })
            .collect();
        if extra {
            items.push(json!({"title": "Sans id", "type": "other", "url": "https://e.org/x"}));
        }
        items
    })
}

/// An API dataset: the fields a manifest holds, each present or not, in several values.
fn dataset() -> impl Strategy<Value = Value> {
    let tags = vec!["musees", "culture", "patrimoine", "open-data", "paris"];
    (
        proptest::sample::select(vec![
            "Musées de France",
            "Musées de France : liste",
            "Les musées",
        ]),
        optional(vec![
            "Une ligne.",
            "Première ligne.\n\n- un point\n- un autre: avec deux-points",
            "Avec retour\r\nà la ligne du portail.",
        ]),
        subsequence(tags, 0..=5).prop_shuffle(),
        optional(vec!["annual", "monthly", "irregular"]),
        optional(vec!["lov2", "odc-odbl"]),
        optional(vec![
            json!({"start": "2020-01-01", "end": "2024-12-31"}),
            json!({"start": "2021-06-01"}),
        ]),
        optional(vec!["TC", "M.F."]),
        resources(),
    )
        .prop_map(
            |(title, description, tags, frequency, license, temporal, acronym, resources)| {
                let mut fields = Map::new();
                fields.insert("id".into(), json!("5d13a8b6634f41070a43dff3"));
                fields.insert("slug".into(), json!("musees"));
                fields.insert("title".into(), json!(title));
                let mut set = |key: &str, value: Option<Value>| {
                    if let Some(value) = value {
                        fields.insert(key.into(), value);
                    }
                };
                set("description", description.map(Value::from));
                set("tags", Some(json!(tags)));
                set("frequency", frequency.map(Value::from));
                set("license", license.map(Value::from));
                set("temporal_coverage", temporal);
                set("acronym", acronym.map(Value::from));
                set("resources", Some(Value::Array(resources)));
                Value::Object(fields)
            },
        )
}

/// The manifest pulled from `dataset`, with a comment line before some top-level keys.
fn commented(dataset: &Value, comments: &[bool]) -> String {
    let text = manifest_text(&manifest_of(dataset, as_of()), Syntax::Yaml, true);
    let mut out = String::new();
    let mut number = 0;
    for line in text.lines() {
        let top_level = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if top_level && comments.get(number).copied().unwrap_or(false) {
            out.push_str(&format!("# note {number}\n"));
        }
        number += usize::from(top_level);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The comments of a hand-written manifest (`# c0`, `# coverage`), each with the top-level
/// key of its line.
fn field_comments(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| {
            let at = line.find(" # ")?;
            let key = line.split(':').next()?.trim().to_owned();
            Some((key, line[at + 3..].trim_end().to_owned()))
        })
        .collect()
}

fn comment_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| line.starts_with("# note"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn an_update_settles_keeps_the_comments_and_is_idempotent(
        before in dataset(),
        after in dataset(),
        comments in proptest::collection::vec(any::<bool>(), 12),
    ) {
        let text = commented(&before, &comments);
        let document = parse_text(Path::new("m.dataset.yaml"), Syntax::Yaml, text.clone());
        let updated = update(&document, &after, as_of());
        prop_assert!(updated.is_ok(), "{:?}\n{}", updated.err(), text);
        let updated = updated.unwrap();
        let reread = parse_text(Path::new("m.dataset.yaml"), Syntax::Yaml, updated.text.clone());
        prop_assert!(reread.problems.is_empty(), "{}", updated.text);
        let value = reread.value.clone().unwrap();
        prop_assert_eq!(compare(&value, &after, as_of()), vec![], "{}", updated.text);
        prop_assert_eq!(comment_lines(&updated.text), comment_lines(&text));
        let again = update(&reread, &after, as_of()).unwrap();
        prop_assert_eq!(again.fields, 0);
        prop_assert_eq!(&again.text, &updated.text);
        if compare(document.value.as_ref().unwrap(), &after, as_of()).is_empty() {
            prop_assert_eq!(&updated.text, &text);
        }
    }

    /// Manifests written by hand (quotes of every kind, block or flow tags, trailing
    /// comments, CRLF, no final line break) settle too, and keep the comment of every field
    /// they keep.
    #[test]
    fn hand_written_manifests_settle_and_keep_their_comments(
        manifest in crate::fix_laws::manifest(),
        after in dataset(),
    ) {
        let newline = if manifest.crlf { "\r\n" } else { "\n" };
        let text = format!("id: 5d13a8b6634f41070a43dff3{newline}{}", manifest.yaml());
        let document = parse_text(Path::new("m.dataset.yaml"), Syntax::Yaml, text.clone());
        prop_assume!(document.problems.is_empty());
        let updated = update(&document, &after, as_of());
        prop_assert!(updated.is_ok(), "{:?}\n{}", updated.err(), text);
        let updated = updated.unwrap();
        let reread = parse_text(Path::new("m.dataset.yaml"), Syntax::Yaml, updated.text.clone());
        let value = reread.value.clone().unwrap_or_default();
        prop_assert_eq!(compare(&value, &after, as_of()), vec![], "{}\n{}", text, updated.text);
        for (key, comment) in field_comments(&text) {
            if value.get(&key).is_some() {
                prop_assert!(updated.text.contains(&comment), "`{}` lost\n{}\n{}", comment, text, updated.text);
            }
        }
        let again = update(&reread, &after, as_of()).unwrap();
        prop_assert_eq!(&again.text, &updated.text);
    }

    #[test]
    fn json_manifests_settle_too(before in dataset(), after in dataset()) {
        let text = manifest_text(&manifest_of(&before, as_of()), Syntax::Json, true);
        let document = parse_text(Path::new("m.dataset.json"), Syntax::Json, text.clone());
        let updated = update(&document, &after, as_of());
        prop_assert!(updated.is_ok(), "{:?}\n{}", updated.err(), text);
        let updated = updated.unwrap();
        let value: Value = serde_json::from_str(&updated.text).unwrap();
        prop_assert_eq!(compare(&value, &after, as_of()), vec![], "{}", updated.text);
    }
}
