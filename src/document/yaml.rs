//! YAML → JSON value and span index, built from saphyr's event stream.
//!
//! Building from events (rather than from a loaded tree) lets the builder enforce limits while
//! it reads: nesting depth and the number of nodes produced by alias expansion (alias bombs),
//! so hostile input costs bounded time and memory. Duplicate keys are reported with both lines.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use serde_json::{Map, Value};

use super::scalar::{resolve_plain, resolve_tagged};
use super::spans::{ByteSpan, NodeSpans, SpanIndex};
use super::{SyntaxProblem, pointer};

/// Deepest nesting accepted; real manifests use four or five levels.
pub const MAX_DEPTH: usize = 128;
/// Most nodes one document may produce, alias expansions included.
pub const MAX_NODES: usize = 200_000;

/// The result of parsing: the value (absent after a fatal problem), spans, and problems.
pub struct ParsedText {
    pub value: Option<Value>,
    pub spans: SpanIndex,
    pub problems: Vec<SyntaxProblem>,
}

impl ParsedText {
    /// Nothing parsed, for one reason, drawn at the start of the text.
    pub fn failed(message: String) -> ParsedText {
        ParsedText {
            value: None,
            spans: SpanIndex::default(),
            problems: vec![SyntaxProblem {
                span: ByteSpan::default(),
                message,
            }],
        }
    }
}

/// Parses one YAML document.
pub fn parse(text: &str) -> ParsedText {
    let mut builder = Builder::new(text);
    let outcome = builder.run();
    let Builder {
        spans,
        mut problems,
        root,
        ..
    } = builder;
    let value = match outcome {
        Ok(()) => Some(root.unwrap_or(Value::Null)),
        Err(fatal) => {
            problems.push(fatal);
            None
        }
    };
    ParsedText {
        value,
        spans,
        problems,
    }
}

/// Converts saphyr's character indices into byte offsets.
struct CharOffsets {
    /// Byte offset of each character, plus the text length; empty for ASCII text.
    table: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        let table = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(at, _)| at)
                .chain(std::iter::once(text.len()))
                .collect()
        };
        CharOffsets {
            table,
            len: text.len(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.table.is_empty() {
            char_index.min(self.len)
        } else {
            self.table.get(char_index).copied().unwrap_or(self.len)
        }
    }

    fn span(&self, span: &Span) -> ByteSpan {
        ByteSpan::new(self.byte(span.start.index()), self.byte(span.end.index()))
    }
}

struct PendingKey {
    name: String,
    span: ByteSpan,
}

enum Container {
    Sequence(Vec<Value>),
    Mapping {
        entries: Map<String, Value>,
        pending_key: Option<PendingKey>,
        key_lines: HashMap<String, usize>,
    },
}

struct Frame {
    container: Container,
    pointer: String,
    key_span: Option<ByteSpan>,
    start: usize,
    anchor: usize,
}

/// Where the next value goes: its pointer and the span of the key that names it.
struct Slot {
    pointer: String,
    key_span: Option<ByteSpan>,
}

struct Builder<'t> {
    text: &'t str,
    offsets: CharOffsets,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Value, usize)>,
    nodes: usize,
    documents: usize,
    root: Option<Value>,
    spans: SpanIndex,
    problems: Vec<SyntaxProblem>,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str) -> Builder<'t> {
        Builder {
            text,
            offsets: CharOffsets::new(text),
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            documents: 0,
            root: None,
            spans: SpanIndex::default(),
            problems: Vec::new(),
        }
    }

    fn run(&mut self) -> Result<(), SyntaxProblem> {
        for event in Parser::new_from_str(self.text) {
            let (event, span) = event.map_err(|error| {
                let at = self.offsets.byte(error.marker().index());
                fatal(
                    at,
                    at,
                    crate::msg!(
                        "yaml-syntax-error",
                        detail = super::syntax_detail::yaml(error.info())
                    ),
                )
            })?;
            let bytes = self.offsets.span(&span);
            let line = span.start.line();
            match event {
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(fatal(
                            bytes.start,
                            bytes.end,
                            crate::msg!("yaml-second-document"),
                        ));
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    let bytes = match style {
                        ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
                            let end = quoted_end(self.text, bytes.start).unwrap_or(bytes.end);
                            ByteSpan::new(bytes.start, end)
                        }
                        _ => bytes,
                    };
                    let value = match (&tag, style) {
                        (Some(tag), _) if tag.is_yaml_core_schema() => {
                            resolve_tagged(&text, &tag.suffix)
                        }
                        (_, ScalarStyle::Plain) => resolve_plain(&text),
                        _ => Value::String(text.into_owned()),
                    };
                    self.charge_nodes(1, bytes)?;
                    self.scalar(value, bytes, line, anchor)?;
                }
                Event::SequenceStart(anchor, _) => {
                    self.open(Container::Sequence(Vec::new()), bytes, anchor)?
                }
                Event::MappingStart(anchor, _) => self.open(
                    Container::Mapping {
                        entries: Map::new(),
                        pending_key: None,
                        key_lines: HashMap::new(),
                    },
                    bytes,
                    anchor,
                )?,
                Event::SequenceEnd | Event::MappingEnd => self.close(bytes.end)?,
                Event::Alias(anchor) => self.alias(anchor, bytes, line)?,
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
            }
        }
        Ok(())
    }

    fn charge_nodes(&mut self, added: usize, at: ByteSpan) -> Result<(), SyntaxProblem> {
        self.nodes += added;
        if self.nodes > MAX_NODES {
            return Err(fatal(
                at.start,
                at.end,
                crate::msg!("alias-bomb", max = MAX_NODES),
            ));
        }
        Ok(())
    }

    /// The slot of the next value; `None` when the value is a mapping key.
    fn next_slot(&self) -> Option<Slot> {
        match self.stack.last() {
            None => Some(Slot {
                pointer: String::new(),
                key_span: None,
            }),
            Some(frame) => match &frame.container {
                Container::Sequence(items) => Some(Slot {
                    pointer: pointer::item(&frame.pointer, items.len()),
                    key_span: None,
                }),
                Container::Mapping { pending_key, .. } => pending_key.as_ref().map(|key| Slot {
                    pointer: pointer::child(&frame.pointer, &key.name),
                    key_span: Some(key.span),
                }),
            },
        }
    }

    fn scalar(
        &mut self,
        value: Value,
        bytes: ByteSpan,
        line: usize,
        anchor: usize,
    ) -> Result<(), SyntaxProblem> {
        if anchor != 0 {
            self.anchors.insert(anchor, (value.clone(), 1));
        }
        match self.next_slot() {
            Some(slot) => {
                self.record(&slot, bytes, true);
                self.attach(value);
                Ok(())
            }
            None => {
                let name = match value {
                    Value::String(text) => text,
                    Value::Null => String::from("null"),
                    other => other.to_string(),
                };
                self.set_key(name, bytes, line);
                Ok(())
            }
        }
    }

    fn set_key(&mut self, name: String, span: ByteSpan, line: usize) {
        let Some(Frame {
            container:
                Container::Mapping {
                    pending_key,
                    key_lines,
                    ..
                },
            ..
        }) = self.stack.last_mut()
        else {
            return;
        };
        if let Some(first_line) = key_lines.get(&name) {
            self.problems.push(SyntaxProblem {
                span,
                message: crate::msg!("duplicate-key-line", name = name, line = first_line),
            });
        } else {
            key_lines.insert(name.clone(), line);
        }
        *pending_key = Some(PendingKey { name, span });
    }

    fn open(
        &mut self,
        container: Container,
        bytes: ByteSpan,
        anchor: usize,
    ) -> Result<(), SyntaxProblem> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(fatal(
                bytes.start,
                bytes.end,
                crate::msg!("nesting-too-deep", max = MAX_DEPTH),
            ));
        }
        self.charge_nodes(1, bytes)?;
        let Some(slot) = self.next_slot() else {
            return Err(fatal(bytes.start, bytes.end, crate::msg!("complex-key")));
        };
        self.stack.push(Frame {
            container,
            pointer: slot.pointer,
            key_span: slot.key_span,
            start: bytes.start,
            anchor,
        });
        Ok(())
    }

    fn close(&mut self, end: usize) -> Result<(), SyntaxProblem> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let value = match frame.container {
            Container::Sequence(items) => Value::Array(items),
            Container::Mapping { entries, .. } => Value::Object(entries),
        };
        let slot = Slot {
            pointer: frame.pointer,
            key_span: frame.key_span,
        };
        let end = trim_trailing_space(self.text, frame.start, end);
        self.record(&slot, ByteSpan::new(frame.start, end), false);
        if frame.anchor != 0 {
            let size = count_nodes(&value);
            self.anchors.insert(frame.anchor, (value.clone(), size));
        }
        self.attach(value);
        Ok(())
    }

    fn alias(&mut self, anchor: usize, bytes: ByteSpan, line: usize) -> Result<(), SyntaxProblem> {
        let Some((value, size)) = self.anchors.get(&anchor).cloned() else {
            return Err(fatal(bytes.start, bytes.end, crate::msg!("unknown-anchor")));
        };
        self.charge_nodes(size, bytes)?;
        match self.next_slot() {
            Some(slot) => {
                self.record(&slot, bytes, !value.is_object() && !value.is_array());
                self.attach(value);
            }
            None => match value {
                Value::String(name) => self.set_key(name, bytes, line),
                _ => {
                    return Err(fatal(bytes.start, bytes.end, crate::msg!("complex-key")));
                }
            },
        }
        Ok(())
    }

    fn record(&mut self, slot: &Slot, value: ByteSpan, scalar: bool) {
        self.spans.insert(
            slot.pointer.clone(),
            NodeSpans {
                key: slot.key_span,
                value,
                scalar,
            },
        );
    }

    fn attach(&mut self, value: Value) {
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(frame) => match &mut frame.container {
                Container::Sequence(items) => items.push(value),
                Container::Mapping {
                    entries,
                    pending_key,
                    ..
                } => {
                    if let Some(key) = pending_key.take() {
                        entries.insert(key.name, value);
                    }
                }
            },
        }
    }
}

fn fatal(start: usize, end: usize, message: String) -> SyntaxProblem {
    SyntaxProblem {
        span: ByteSpan::new(start, end),
        message,
    }
}

fn count_nodes(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Object(entries) => 1 + entries.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}

/// The end of the quoted scalar that starts at `start` (just past its closing quote): the
/// parser's span of a single-quoted scalar runs on over a comment after it.
fn quoted_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let quote = *bytes
        .get(start)
        .filter(|byte| matches!(byte, b'\'' | b'"'))?;
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if quote == b'"' => at += 2,
            b'\'' if quote == b'\'' && bytes.get(at + 1) == Some(&b'\'') => at += 2,
            byte if byte == quote => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// Block containers end where the next token starts; pull the end back over blank space.
fn trim_trailing_space(text: &str, start: usize, end: usize) -> usize {
    let end = end.min(text.len());
    if end <= start {
        return start;
    }
    let trimmed = text[start..end].trim_end();
    start + trimmed.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at<'a>(text: &'a str, parsed: &ParsedText, pointer: &str) -> (Option<&'a str>, &'a str) {
        let spans = parsed.spans.get(pointer).expect(pointer);
        (
            spans.key.map(|key| &text[key.start..key.end]),
            &text[spans.value.start..spans.value.end],
        )
    }

    #[test]
    fn builds_value_and_byte_spans_with_accents() {
        let text = "title: Musées de l’Île\nresources:\n  - title: Liste des musées\n    format: \"csv\"\n";
        let parsed = parse(text);
        assert!(parsed.problems.is_empty());
        assert_eq!(
            parsed.value.as_ref().unwrap(),
            &json!({"title": "Musées de l’Île", "resources": [{"title": "Liste des musées", "format": "csv"}]})
        );
        assert_eq!(
            at(text, &parsed, "/title"),
            (Some("title"), "Musées de l’Île")
        );
        assert_eq!(
            at(text, &parsed, "/resources/0/format"),
            (Some("format"), "\"csv\"")
        );
        assert_eq!(at(text, &parsed, "/resources/0").0, None);
    }

    #[test]
    fn reports_duplicate_keys_and_keeps_going() {
        let parsed = parse("title: a\ntags: []\ntitle: b\n");
        assert_eq!(parsed.value.unwrap()["title"], "b");
        assert_eq!(parsed.problems.len(), 1);
        assert!(parsed.problems[0].message.contains("line 1"));
        assert_eq!(parsed.problems[0].span.start, 18);
    }

    #[test]
    fn stops_alias_bombs() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..12 {
            let previous = level - 1;
            text.push_str(&format!(
                "a{level}: &a{level} [*a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}]\n"
            ));
        }
        let parsed = parse(&text);
        assert!(parsed.value.is_none());
        assert!(parsed.problems[0].message.contains("alias bomb"));
    }

    #[test]
    fn stops_deep_nesting() {
        let flow = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let parsed = parse(&flow);
        assert!(parsed.value.is_none());
        assert!(parsed.problems[0].message.contains("recursion limit"));

        let block: String = (0..200)
            .map(|depth| format!("{}k:\n", " ".repeat(depth)))
            .collect();
        let parsed = parse(&block);
        assert!(parsed.value.is_none());
        assert!(parsed.problems[0].message.contains("deeper than 128"));
    }

    #[test]
    fn rejects_a_second_document() {
        let parsed = parse("title: a\n---\ntitle: b\n");
        assert!(parsed.value.is_none());
        assert!(parsed.problems[0].message.contains("second"));
    }

    #[test]
    fn syntax_errors_are_located() {
        let text = "title: a\ntags: [a, b\n";
        let parsed = parse(text);
        assert!(parsed.value.is_none());
        assert!(parsed.problems[0].message.starts_with("YAML syntax error"));
    }
}
