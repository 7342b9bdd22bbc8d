use super::*;
use crate::document::parse_text;
use std::path::Path;

fn yaml(text: &str) -> Document {
    parse_text(Path::new("m.dataset.yaml"), Syntax::Yaml, text.to_owned())
}

fn json(text: &str) -> Document {
    parse_text(Path::new("m.dataset.json"), Syntax::Json, text.to_owned())
}

fn fixed(document: &Document, changes: &[Change]) -> String {
    let edits = edits(document, changes).expect("edits");
    apply(&document.text, &edits)
}

fn replace(pointer: &str, value: &str) -> Change {
    Change::Replace {
        pointer: pointer.to_owned(),
        value: value.to_owned(),
    }
}

fn remove(pointer: &str) -> Change {
    Change::RemoveItem {
        pointer: pointer.to_owned(),
    }
}

#[test]
fn a_replaced_scalar_keeps_its_quotes_and_everything_around_it() {
    let text = "# licence\nlicense: 'fr-lo' # old\nfrequency: \"biannual\"\r\ntags: [a, b]\n";
    let document = yaml(text);
    assert_eq!(
        fixed(
            &document,
            &[
                replace("/license", "lov2"),
                replace("/frequency", "semiannual")
            ]
        ),
        "# licence\nlicense: 'lov2' # old\nfrequency: \"semiannual\"\r\ntags: [a, b]\n"
    );
}

#[test]
fn a_plain_scalar_is_quoted_when_plain_would_read_otherwise() {
    let document = yaml("title: x\ntags: [a, b]\n");
    for (value, expected) in [
        ("yes-no", "title: yes-no\n"),
        ("true", "title: \"true\"\n"),
        ("12", "title: \"12\"\n"),
        ("a: b", "title: \"a: b\"\n"),
        ("# not a comment", "title: \"# not a comment\"\n"),
        ("", "title: \"\"\n"),
        ("null", "title: \"null\"\n"),
    ] {
        let out = fixed(&document, &[replace("/title", value)]);
        assert_eq!(out.lines().next().unwrap(), expected.trim_end(), "{value}");
    }
    let out = fixed(&document, &[replace("/tags/0", "a,b")]);
    assert_eq!(out, "title: x\ntags: [\"a,b\", b]\n");
}

#[test]
fn items_leave_flow_lists_with_their_comma_and_block_lists_with_their_line() {
    let document = yaml("tags: [a, b, a]\n");
    assert_eq!(fixed(&document, &[remove("/tags/2")]), "tags: [a, b]\n");
    assert_eq!(fixed(&document, &[remove("/tags/0")]), "tags: [b, a]\n");
    let document = yaml("tags:\n  - a # first\n  - b\r\n  - a\nlicense: lov2\n");
    assert_eq!(
        fixed(&document, &[remove("/tags/2")]),
        "tags:\n  - a # first\n  - b\r\nlicense: lov2\n"
    );
    let document = yaml("tags:\r\n  - a\r\n  - a");
    assert_eq!(fixed(&document, &[remove("/tags/1")]), "tags:\r\n  - a");
    let document = json("{\n  \"tags\": [\n    \"a\",\n    \"b\",\n    \"a\"\n  ]\n}");
    assert_eq!(
        fixed(&document, &[remove("/tags/2")]),
        "{\n  \"tags\": [\n    \"a\",\n    \"b\"\n  ]\n}"
    );
}

#[test]
fn keys_are_renamed_in_their_style() {
    let document = yaml("licence: lov2\n");
    let rename = Change::RenameKey {
        pointer: "/licence".to_owned(),
        name: "license".to_owned(),
    };
    assert_eq!(
        fixed(&document, std::slice::from_ref(&rename)),
        "license: lov2\n"
    );
    let document = json("{\"licence\": \"lov2\"}");
    assert_eq!(fixed(&document, &[rename]), "{\"license\": \"lov2\"}");
}

#[test]
fn a_block_scalar_becomes_a_double_quoted_one_and_the_lines_after_it_stay() {
    let document =
        yaml("title: >-\n  LISTE DES\n  MUSÉES\n\nlicense: lov2\r\ntags:\n  - |\n    a\n");
    assert_eq!(
        fixed(
            &document,
            &[
                replace("/title", "Liste des musées"),
                replace("/tags/0", "a\nb")
            ]
        ),
        "title: \"Liste des musées\"\n\nlicense: lov2\r\ntags:\n  - \"a\\nb\"\n"
    );
}

#[test]
fn forms_not_rewritten_are_refused() {
    let document = yaml("title: | # kept\n  A\nlicense: &l lov2\nother: *l\n");
    assert!(
        edits(&document, &[replace("/title", "B")]).is_err(),
        "a comment would be lost"
    );
    assert!(
        edits(&document, &[replace("/other", "B")]).is_err(),
        "an alias"
    );
    assert!(edits(&document, &[replace("/nothing", "B")]).is_err());
}
