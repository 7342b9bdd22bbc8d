//! Whole nodes written anew: a field's value replaced, a key added to a mapping or taken out,
//! an item added at the end of a list. YAML in block style is written at the indentation of
//! its neighbours ([`crate::document::write`]); JSON and YAML flow collections compactly, as
//! JSON. Everything outside the node stays byte for byte.

use serde_json::Value;

use super::quote::double_quoted;
use super::{EditError, TextEdit, in_flow, replace};
use crate::document::write::{yaml_after_key, yaml_item, yaml_key};
use crate::document::{ByteSpan, Document, Syntax, pointer};

/// The edit that makes the node at `at`, written with a key, hold `value`.
pub fn set(document: &Document, at: &str, value: &Value) -> Result<TextEdit, EditError> {
    let spans = document
        .spans
        .get(at)
        .ok_or_else(|| EditError::NotWritten(at.to_owned()))?;
    if let (true, Value::String(text)) = (spans.scalar, value)
        && !text.contains(['\n', '\r'])
        && let Ok(edit) = replace(document, at, text)
    {
        return Ok(edit);
    }
    let key = spans
        .key
        .ok_or_else(|| EditError::Unsupported(at.to_owned()))?;
    let text = &document.text;
    let value_end = node_end(document, at);
    if document.syntax != Syntax::Yaml || in_flow(document, at) {
        return Ok(TextEdit {
            span: ByteSpan::new(spans.value.start, value_end),
            content: compact(value),
        });
    }
    // From the colon after the key to the end of the value: comments in between go with it.
    let colon = text[key.end..]
        .find(':')
        .map(|offset| key.end + offset)
        .filter(|colon| *colon < value_end.max(key.end + 1))
        .ok_or_else(|| EditError::Unsupported(at.to_owned()))?;
    let column = column_of(text, key.start);
    let mut content = yaml_after_key(value, column);
    // The comments of the field stay: those between the colon and the value (on the key's
    // line, or on lines of their own before a block's first item) and the one after the
    // value on its last line. In a block they go on the key's line (after a block scalar's
    // header) and on lines of their own under it; after a value on one line, at its end.
    let between = &text[colon + 1..spans.value.start.max(colon + 1)];
    let mut on_key_line = Vec::new();
    let mut own_lines = Vec::new();
    for (number, line) in between.split('\n').enumerate() {
        if let Some(at) = line.find('#') {
            let comment = line[at..].trim_end();
            if number == 0 {
                on_key_line.push(comment);
            } else {
                own_lines.push(comment);
            }
        }
    }
    if content.trim_start().starts_with(['|', '>']) {
        // Under a block scalar's header, a comment line would be text.
        on_key_line.append(&mut own_lines);
    }
    let rest_of_line = &text[value_end..line_end(text, value_end)];
    let rest_of_line = rest_of_line.trim_end_matches(['\n', '\r']);
    let trailing = rest_of_line
        .trim_start()
        .starts_with('#')
        .then_some(rest_of_line);
    let end = value_end + trailing.map_or(0, str::len);
    match content.find('\n') {
        Some(first_break) => {
            let mut extra = String::new();
            for comment in &on_key_line {
                extra.push(' ');
                extra.push_str(comment);
            }
            extra.push_str(trailing.unwrap_or_default());
            for comment in &own_lines {
                extra.push('\n');
                extra.push_str(&" ".repeat(column + 2));
                extra.push_str(comment);
            }
            content.insert_str(first_break, &extra);
        }
        None => {
            for comment in on_key_line.iter().chain(&own_lines) {
                content.push_str("  ");
                content.push_str(comment);
            }
            content.push_str(trailing.unwrap_or_default());
        }
    }
    Ok(TextEdit {
        span: ByteSpan::new(colon + 1, end),
        content,
    })
}

/// The edit that adds `key: value` to the mapping at `parent` (written in block style in
/// YAML, with at least one key already), after its last field.
pub fn insert(
    document: &Document,
    parent: &str,
    key: &str,
    value: &Value,
) -> Result<TextEdit, EditError> {
    let unsupported = || EditError::Unsupported(pointer::child(parent, key));
    let fields = document
        .value
        .as_ref()
        .and_then(|root| root.pointer(parent))
        .and_then(Value::as_object)
        .ok_or_else(|| EditError::NotWritten(parent.to_owned()))?;
    let first = fields.keys().next().ok_or_else(unsupported)?;
    let last = fields.keys().next_back().ok_or_else(unsupported)?;
    let first_key = document
        .spans
        .get(&pointer::child(parent, first))
        .and_then(|spans| spans.key)
        .ok_or_else(unsupported)?;
    let last_end = node_end(document, &pointer::child(parent, last));
    let text = &document.text;
    if document.syntax != Syntax::Yaml || in_flow(document, &pointer::child(parent, first)) {
        return Ok(TextEdit {
            span: ByteSpan::new(last_end, last_end),
            content: format!(", {}: {}", double_quoted(key), compact(value)),
        });
    }
    let column = column_of(text, first_key.start);
    let at = line_end(text, last_end);
    let mut content = String::new();
    if at == text.len() && !text.ends_with('\n') {
        content.push('\n');
    }
    content.push_str(&" ".repeat(column));
    content.push_str(&yaml_key(key));
    content.push(':');
    content.push_str(&yaml_after_key(value, column));
    content.push('\n');
    Ok(TextEdit {
        span: ByteSpan::new(at, at),
        content,
    })
}

/// The edit that takes the field at `at` out of its mapping: its lines in a YAML block
/// mapping (when the key starts its line), the field and a comma in JSON or a flow mapping.
pub fn remove(document: &Document, at: &str) -> Result<TextEdit, EditError> {
    let unsupported = || EditError::Unsupported(at.to_owned());
    let spans = document
        .spans
        .get(at)
        .ok_or_else(|| EditError::NotWritten(at.to_owned()))?;
    let key = spans.key.ok_or_else(unsupported)?;
    let end = node_end(document, at);
    let text = &document.text;
    if document.syntax == Syntax::Yaml && !in_flow(document, at) {
        let line_start = text[..key.start].rfind('\n').map_or(0, |at| at + 1);
        if !text[line_start..key.start]
            .trim_start_matches(' ')
            .is_empty()
        {
            return Err(unsupported());
        }
        let after = line_end(text, end);
        return Ok(TextEdit {
            span: ByteSpan::new(line_start, after),
            content: String::new(),
        });
    }
    // JSON or flow: with the comma before it, or the one after it when it is the first.
    let parent = pointer::parent(at).ok_or_else(unsupported)?;
    let siblings: Vec<String> = document
        .value
        .as_ref()
        .and_then(|root| root.pointer(parent))
        .and_then(Value::as_object)
        .map(|fields| {
            fields
                .keys()
                .map(|name| pointer::child(parent, name))
                .collect()
        })
        .unwrap_or_default();
    let index = siblings
        .iter()
        .position(|sibling| sibling == at)
        .ok_or_else(unsupported)?;
    let start_of = |sibling: &str| {
        document
            .spans
            .get(sibling)
            .and_then(|spans| spans.key)
            .map(|key| key.start)
    };
    let span = if index > 0 {
        ByteSpan::new(node_end(document, &siblings[index - 1]), end)
    } else if let Some(next) = siblings.get(1).and_then(|next| start_of(next)) {
        ByteSpan::new(key.start, next)
    } else {
        ByteSpan::new(key.start, end)
    };
    Ok(TextEdit {
        span,
        content: String::new(),
    })
}

/// The edit that adds `items` at the end of the list at `at`, which holds at least one item.
pub fn append(document: &Document, at: &str, items: &[Value]) -> Result<TextEdit, EditError> {
    let unsupported = || EditError::Unsupported(at.to_owned());
    let count = document
        .value
        .as_ref()
        .and_then(|root| root.pointer(at))
        .and_then(Value::as_array)
        .map(Vec::len)
        .ok_or_else(|| EditError::NotWritten(at.to_owned()))?;
    let last = pointer::item(at, count.checked_sub(1).ok_or_else(unsupported)?);
    let first = document
        .spans
        .get(&pointer::item(at, 0))
        .ok_or_else(unsupported)?;
    let last_end = node_end(document, &last);
    let text = &document.text;
    let flow = document.syntax != Syntax::Yaml
        || document
            .spans
            .get(at)
            .is_some_and(|list| text.as_bytes().get(list.value.start) == Some(&b'['));
    if flow {
        let content: String = items
            .iter()
            .map(|item| format!(", {}", compact(item)))
            .collect();
        return Ok(TextEdit {
            span: ByteSpan::new(last_end, last_end),
            content,
        });
    }
    let line_start = text[..first.value.start].rfind('\n').map_or(0, |at| at + 1);
    let dash = text[line_start..first.value.start]
        .find('-')
        .ok_or_else(unsupported)?;
    let at_end = line_end(text, last_end);
    let mut content = String::new();
    if at_end == text.len() && !text.ends_with('\n') {
        content.push('\n');
    }
    for item in items {
        content.push_str(&yaml_item(item, dash));
        content.push('\n');
    }
    Ok(TextEdit {
        span: ByteSpan::new(at_end, at_end),
        content,
    })
}

/// Where the node at `at` ends: its last character that is not a space or a line break
/// (a block scalar's span runs on to the next key), the closing bracket of a flow
/// collection, the end of the last child of a block collection (the comments after it are
/// not its own).
fn node_end(document: &Document, at: &str) -> usize {
    let Some(spans) = document.spans.get(at) else {
        return 0;
    };
    let text = &document.text;
    if spans.scalar {
        let written = &text[spans.value.start..spans.value.end];
        return spans.value.start + written.trim_end().len();
    }
    let children: Vec<String> = match document.value.as_ref().and_then(|root| root.pointer(at)) {
        Some(Value::Object(fields)) => fields.keys().map(|key| pointer::child(at, key)).collect(),
        Some(Value::Array(items)) => (0..items.len())
            .map(|index| pointer::item(at, index))
            .collect(),
        _ => Vec::new(),
    };
    let last_child = children
        .iter()
        .map(|child| node_end(document, child))
        .max()
        .unwrap_or(spans.value.start);
    if matches!(text.as_bytes().get(spans.value.start), Some(b'[' | b'{')) {
        return text[last_child..]
            .find([']', '}'])
            .map_or(last_child, |at| last_child + at + 1);
    }
    last_child
}

/// The offset just after the line break that ends the line holding `offset` (the end of
/// the text on its last line).
fn line_end(text: &str, offset: usize) -> usize {
    text[offset..]
        .find('\n')
        .map_or(text.len(), |at| offset + at + 1)
}

/// The column (in bytes: indentation is spaces and dashes) of `offset` on its line.
fn column_of(text: &str, offset: usize) -> usize {
    offset - text[..offset].rfind('\n').map_or(0, |at| at + 1)
}

/// A value as compact JSON, which is flow YAML too.
fn compact(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
