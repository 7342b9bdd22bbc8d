//! Values written as new text: a whole YAML manifest (`dglint pull`), or one node in the style
//! of the text around it (`dglint pull --update`).
//!
//! YAML is written in block style, with short lists of plain words in flow style (`[a, b]`),
//! text that holds a line break or runs long as a literal block scalar (`|-`), and every other
//! string plain when it reads back as the same string, double-quoted otherwise. Each block
//! scalar is read back before it is kept: one that would not give the same string is written
//! double-quoted instead, so what is written always parses to the value it came from.

use std::path::Path;

use serde_json::Value;

use super::edit::quote::{double_quoted, plain_reads_as};
use super::{Syntax, parse_text};

/// Indentation of one level.
const INDENT: usize = 2;

/// Prose (text with spaces) longer than this, in characters, is written as a block scalar.
const LONG_TEXT: usize = 100;

/// A flow list (`[a, b]`) is kept when its line stays within this many characters.
const FLOW_WIDTH: usize = 100;

/// `value`, a mapping, as a YAML document: one `key: value` per line at the root.
pub fn yaml_document(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(fields) if !fields.is_empty() => mapping_lines(&mut out, fields, 0),
        other => {
            out.push_str(&inline(other).unwrap_or_else(|| flow(other)));
            out.push('\n');
        }
    }
    out
}

/// `value` as JSON text, pretty-printed with two spaces, ending with a line break.
pub fn json_document(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// What follows `key:` for `value` written at `indent` (the key's column): ` value` on the
/// same line, or a line break and the nested lines; without the line break that ends it.
pub fn yaml_after_key(value: &Value, indent: usize) -> String {
    let mut out = String::new();
    after_key(&mut out, value, indent);
    out.pop();
    out
}

/// A list item (`- value`) written at `indent` (the dash's column), without the line break
/// that ends it.
pub fn yaml_item(value: &Value, indent: usize) -> String {
    let mut out = String::new();
    item(&mut out, value, indent);
    out.pop();
    out
}

/// The key of a mapping, plain when it reads back as itself.
pub fn yaml_key(key: &str) -> String {
    if plain_reads_as(key, false) {
        key.to_owned()
    } else {
        double_quoted(key)
    }
}

fn mapping_lines(out: &mut String, fields: &serde_json::Map<String, Value>, indent: usize) {
    for (key, value) in fields {
        push_indent(out, indent);
        out.push_str(&yaml_key(key));
        out.push(':');
        after_key(out, value, indent);
    }
}

/// Writes what follows `key:` (or `-`), ending with a line break.
fn after_key(out: &mut String, value: &Value, indent: usize) {
    if let Some(text) = inline(value) {
        out.push(' ');
        out.push_str(&text);
        out.push('\n');
        return;
    }
    match value {
        Value::String(text) => match block_scalar(text, indent + INDENT) {
            Some(block) => {
                out.push(' ');
                out.push_str(&block);
            }
            None => {
                out.push(' ');
                out.push_str(&double_quoted(text));
                out.push('\n');
            }
        },
        Value::Object(fields) => {
            out.push('\n');
            mapping_lines(out, fields, indent + INDENT);
        }
        Value::Array(items) => {
            out.push('\n');
            for value in items {
                item(out, value, indent + INDENT);
            }
        }
        _ => {}
    }
}

fn item(out: &mut String, value: &Value, indent: usize) {
    push_indent(out, indent);
    out.push('-');
    match value {
        Value::Object(fields) if !fields.is_empty() => {
            // The first key on the dash's line, the others under it.
            let mut first = true;
            for (key, value) in fields {
                if first {
                    out.push(' ');
                    first = false;
                } else {
                    push_indent(out, indent + INDENT);
                }
                out.push_str(&yaml_key(key));
                out.push(':');
                after_key(out, value, indent + INDENT);
            }
        }
        Value::Array(items) if !items.is_empty() && inline(value).is_none() => {
            out.push(' ');
            out.push_str(&flow(value));
            out.push('\n');
        }
        other => after_key(out, other, indent),
    }
}

/// The value on one line, when it fits there: scalars that need no block, empty
/// collections, short lists of plain scalars.
fn inline(value: &Value) -> Option<String> {
    match value {
        Value::Null => Some("null".into()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Number(number) => Some(number.to_string()),
        Value::String(text) => {
            let prose = text.contains(' ') && text.chars().count() > LONG_TEXT;
            if text.contains(['\n', '\r']) || prose {
                return None;
            }
            Some(if plain_reads_as(text, false) {
                text.clone()
            } else {
                double_quoted(text)
            })
        }
        Value::Array(items) if items.is_empty() => Some("[]".into()),
        Value::Object(fields) if fields.is_empty() => Some("{}".into()),
        Value::Array(items) => {
            let words: Option<Vec<String>> = items
                .iter()
                .map(|item| match item {
                    Value::String(text) if plain_reads_as(text, true) => Some(text.clone()),
                    Value::Number(_) | Value::Bool(_) => Some(item.to_string()),
                    _ => None,
                })
                .collect();
            let line = format!("[{}]", words?.join(", "));
            (line.len() <= FLOW_WIDTH).then_some(line)
        }
        Value::Object(_) => None,
    }
}

/// A value in flow style (JSON is valid flow YAML).
fn flow(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `text` as a literal block scalar whose lines are indented by `indent` (ending with a line
/// break), when it reads back as `text`; `None` otherwise.
fn block_scalar(text: &str, indent: usize) -> Option<String> {
    let plain_lines = !text.contains('\r')
        && !text.starts_with([' ', '\t', '\n'])
        && !text
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{feff}');
    if !plain_lines {
        return None;
    }
    let body = text.trim_end_matches('\n');
    let chomping = match text.len() - body.len() {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let mut block = format!("|{chomping}\n");
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_none() && line.is_empty() {
            break;
        }
        if !line.is_empty() {
            push_indent(&mut block, indent);
            block.push_str(line);
        }
        block.push('\n');
    }
    let probe = format!("k: {block}");
    let read = parse_text(Path::new("probe.yaml"), Syntax::Yaml, probe).value;
    let reads_back = read.as_ref().and_then(|value| value.get("k"));
    (reads_back == Some(&Value::String(text.to_owned()))).then_some(block)
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn reads_back(value: &Value) {
        let text = yaml_document(value);
        let read = parse_text(Path::new("x.yaml"), Syntax::Yaml, text.clone());
        assert!(read.problems.is_empty(), "{text}\n{:?}", read.problems);
        assert_eq!(read.value.as_ref(), Some(value), "{text}");
    }

    #[test]
    fn a_manifest_reads_back_as_its_value() {
        let value = json!({
            "title": "Liste des musées: édition 2026",
            "description": "Première ligne.\n\n- un point\n  - indenté\n\ttabulé\nfin   ",
            "tags": ["musees", "culture"],
            "odd": ["a, b", "null", "- x"],
            "spatial": {"zones": ["country:fr"], "granularity": "poi"},
            "empty": [], "none": null, "yes": true, "count": 12,
            "resources": [
                {"title": "Liste", "type": "main", "schema": {"name": "x"}},
                {"title": "#1", "description": "une\r\nautre"}
            ],
            "nested": [[1, 2], ["a b"]],
        });
        reads_back(&value);
        let text = yaml_document(&value);
        assert!(
            text.contains("description: |-\n  Première ligne.\n\n  - un point\n"),
            "{text}"
        );
        assert!(text.contains("tags: [musees, culture]\n"), "{text}");
        assert!(
            text.contains("\n  - title: Liste\n    type: main\n"),
            "{text}"
        );
        assert!(text.contains("description: \"une\\r\\nautre\""), "{text}");
    }

    #[test]
    fn trailing_line_breaks_choose_the_chomping() {
        for text in ["a\nb", "a\nb\n", "a\nb\n\n\n", "a\n\n  b\n"] {
            reads_back(&json!({"description": text}));
        }
        assert!(yaml_document(&json!({"d": "a\nb\n"})).starts_with("d: |\n"));
        assert!(yaml_document(&json!({"d": "a\nb\n\n"})).starts_with("d: |+\n"));
    }

    /// Text made of the characters that trouble YAML: indicators, quotes, spaces, breaks.
    fn tricky_text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::string::string_regex("[a-zé:#\\-,\\[\\]{}'\"|>&*!%@ \t\n\r0-9.]{0,140}")
            .expect("a valid pattern")
    }

    fn values() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(|n| json!(n)),
            tricky_text().prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 5, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                proptest::collection::btree_map(tricky_text(), inner, 0..5)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// The law of the writer: whatever it writes parses back to the value it came from.
        #[test]
        fn every_written_document_reads_back(
            fields in proptest::collection::btree_map(tricky_text(), values(), 1..6)
        ) {
            let value = Value::Object(fields.into_iter().collect());
            let text = yaml_document(&value);
            let read = parse_text(Path::new("x.yaml"), Syntax::Yaml, text.clone());
            proptest::prop_assert!(read.problems.is_empty(), "{}\n{:?}", text, read.problems);
            proptest::prop_assert_eq!(read.value.as_ref(), Some(&value), "{}", text);
        }
    }
}
