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
    let mut builder = Builder::default();
    let value = builder.document(text, String::new());
    builder.finish(value)
}

/// Parses JSON Lines: one JSON value per non-blank line, read as an array of them (item `i`
/// at pointer `/i`). A line that does not parse is a problem and is left out of the array.
pub fn parse_lines(text: &str) -> ParsedText {
    let mut builder = Builder::default();
    let mut items = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            builder.offset = offset;
            if let Some(value) = builder.document(line, pointer::item("", items.len())) {
                items.push(value);
            }
        }
        offset += line.len();
    }
    builder.finish(Some(Value::Array(items)))
}

/// Whether `text` reads as JSON Lines: at least two non-blank lines, each a JSON value.
pub fn looks_like_lines(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    lines.len() >= 2
        && lines
            .iter()
            .all(|line| parse_to_ast(line, &CollectOptions::default(), &strict_options()).is_ok())
}

/// Converts jsonc-parser's AST into a value and a span index; `offset` is added to every
/// range (the position of the parsed text in the file).
#[derive(Default)]
struct Builder {
    offset: usize,
    spans: SpanIndex,
    problems: Vec<SyntaxProblem>,
}

impl Builder {
    fn finish(self, value: Option<Value>) -> ParsedText {
        ParsedText {
            value,
            spans: self.spans,
            problems: self.problems,
        }
    }

    fn span(&self, range: jsonc_parser::common::Range) -> ByteSpan {
        ByteSpan::new(self.offset + range.start, self.offset + range.end)
    }

    fn document(&mut self, text: &str, at: String) -> Option<Value> {
        match parse_to_ast(text, &CollectOptions::default(), &strict_options()) {
            Ok(result) => Some(match result.value {
                Some(root) => self.convert(root, at, None),
                None => Value::Null,
            }),
            Err(error) => {
                self.problems.push(SyntaxProblem {
                    span: self.span(error.range()),
                    message: crate::msg!(
                        "json-syntax-error",
                        detail = super::syntax_detail::json(error.kind())
                    ),
                });
                None
            }
        }
    }

    fn convert(&mut self, node: ast::Value<'_>, at: String, key: Option<ByteSpan>) -> Value {
        let range = self.span(node_range(&node));
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
                    .map(|(index, item)| self.convert(item, pointer::item(&at, index), None))
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
                    let name_span = self.span(name_range);
                    let name = property.name.into_string();
                    if first_lines.contains_key(&name) {
                        self.problems.push(SyntaxProblem {
                            span: name_span,
                            message: crate::msg!("duplicate-key", name = name),
                        });
                    } else {
                        first_lines.insert(name.clone(), name_span.start);
                    }
                    let child = pointer::child(&at, &name);
                    let value = self.convert(property.value, child, Some(name_span));
                    entries.insert(name, value);
                }
                Value::Object(entries)
            }
        };
        self.spans.insert(
            at,
            NodeSpans {
                key,
                value: range,
                scalar,
            },
        );
        value
    }
}

fn node_range(node: &ast::Value<'_>) -> jsonc_parser::common::Range {
    match node {
        ast::Value::StringLit(n) => n.range,
        ast::Value::NumberLit(n) => n.range,
        ast::Value::BooleanLit(n) => n.range,
        ast::Value::NullKeyword(n) => n.range,
        ast::Value::Array(n) => n.range,
        ast::Value::Object(n) => n.range,
    }
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
    fn json_lines_are_an_array_with_file_offsets() {
        let text = "{\"id\": \"a\"}\n\n{\"id\": \"b\", \"id\": \"c\"}\nnot json\n";
        assert!(!looks_like_lines(text));
        let parsed = parse_lines(text);
        assert_eq!(parsed.value.unwrap(), json!([{"id": "a"}, {"id": "c"}]));
        let second = parsed.spans.get("/1/id").unwrap();
        assert_eq!(&text[second.value.start..second.value.end], "\"c\"");
        assert_eq!(parsed.problems.len(), 2, "{:?}", parsed.problems);
        assert!(looks_like_lines("{}\n[1]\n"));
        assert!(!looks_like_lines("{}\n"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let parsed = parse(&text);
        assert!(parsed.value.is_none());
    }
}
