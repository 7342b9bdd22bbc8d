//! JSON → value and span index, through jsonc-parser's AST (whose ranges are byte offsets).
//!
//! Manifests are strict JSON: comments, trailing commas and the other JSON5 conveniences are
//! syntax errors. jsonc-parser bounds nesting (512 levels) itself.

use std::collections::HashMap;

use jsonc_parser::ast;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};
use serde_json::{Map, Number, Value};

use super::spans::{ByteSpan, NodeSpans, SpanIndex};
use super::yaml::ParsedText;
use super::{SyntaxProblem, pointer};

fn strict_options() -> ParseOptions {
    ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

/// Parses one JSON document.
pub fn parse(text: &str) -> ParsedText {
    let mut spans = SpanIndex::default();
    let mut problems = Vec::new();
    let value = match parse_to_ast(text, &CollectOptions::default(), &strict_options()) {
        Ok(result) => Some(match result.value {
            Some(root) => convert(root, String::new(), None, &mut spans, &mut problems),
            None => Value::Null,
        }),
        Err(error) => {
            let range = error.range();
            problems.push(SyntaxProblem {
                span: ByteSpan::new(range.start, range.end),
                message: format!("JSON syntax error: {}", error.kind()),
            });
            None
        }
    };
    ParsedText {
        value,
        spans,
        problems,
    }
}

fn convert(
    node: ast::Value<'_>,
    at: String,
    key: Option<ByteSpan>,
    spans: &mut SpanIndex,
    problems: &mut Vec<SyntaxProblem>,
) -> Value {
    let range = node_range(&node);
    let scalar = !matches!(node, ast::Value::Object(_) | ast::Value::Array(_));
    let value = match node {
        ast::Value::StringLit(text) => Value::String(text.value.into_owned()),
        ast::Value::NumberLit(number) => parse_number(number.value),
        ast::Value::BooleanLit(flag) => Value::Bool(flag.value),
        ast::Value::NullKeyword(_) => Value::Null,
        ast::Value::Array(array) => Value::Array(
            array
                .elements
                .into_iter()
                .enumerate()
                .map(|(index, item)| {
                    convert(item, pointer::item(&at, index), None, spans, problems)
                })
                .collect(),
        ),
        ast::Value::Object(object) => {
            let mut entries = Map::new();
            let mut first_lines: HashMap<String, usize> = HashMap::new();
            for property in object.properties {
                let name_range = match &property.name {
                    ast::ObjectPropName::String(name) => name.range,
                    ast::ObjectPropName::Word(name) => name.range,
                };
                let name_span = ByteSpan::new(name_range.start, name_range.end);
                let name = property.name.into_string();
                if first_lines.contains_key(&name) {
                    problems.push(SyntaxProblem {
                        span: name_span,
                        message: format!(
                            "duplicate key `{name}`: it is already defined above, \
                             and only the last one is kept"
                        ),
                    });
                } else {
                    first_lines.insert(name.clone(), name_span.start);
                }
                let child = pointer::child(&at, &name);
                let value = convert(property.value, child, Some(name_span), spans, problems);
                entries.insert(name, value);
            }
            Value::Object(entries)
        }
    };
    spans.insert(
        at,
        NodeSpans {
            key,
            value: range,
            scalar,
        },
    );
    value
}

fn node_range(node: &ast::Value<'_>) -> ByteSpan {
    let range = match node {
        ast::Value::StringLit(n) => n.range,
        ast::Value::NumberLit(n) => n.range,
        ast::Value::BooleanLit(n) => n.range,
        ast::Value::NullKeyword(n) => n.range,
        ast::Value::Array(n) => n.range,
        ast::Value::Object(n) => n.range,
    };
    ByteSpan::new(range.start, range.end)
}

fn parse_number(text: &str) -> Value {
    if let Ok(integer) = text.parse::<i64>() {
        return Value::Number(Number::from(integer));
    }
    text.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map_or_else(|| Value::String(text.to_owned()), Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn builds_value_and_byte_spans() {
        let text = "{\r\n  \"title\": \"Musées\",\r\n  \"resources\": [{\"format\": \"csv\"}]\r\n}";
        let parsed = parse(text);
        assert!(parsed.problems.is_empty());
        assert_eq!(
            parsed.value.unwrap(),
            json!({"title": "Musées", "resources": [{"format": "csv"}]})
        );
        let format = parsed.spans.get("/resources/0/format").unwrap();
        assert_eq!(&text[format.value.start..format.value.end], "\"csv\"");
        let key = format.key.unwrap();
        assert_eq!(&text[key.start..key.end], "\"format\"");
    }

    #[test]
    fn rejects_json5_conveniences_and_duplicates() {
        assert!(parse("{\"a\": 1,}").value.is_none());
        assert!(parse("{\"a\": 1} // c").value.is_none());
        let parsed = parse("{\"a\": 1, \"a\": 2}");
        assert_eq!(parsed.value.unwrap(), json!({"a": 2}));
        assert_eq!(parsed.problems.len(), 1);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let parsed = parse(&text);
        assert!(parsed.value.is_none());
    }
}
