//! Removing an item from a list: with its comma in a flow list or JSON array, with its line
//! in a YAML block list.

use super::{EditError, TextEdit};
use crate::document::{ByteSpan, Document, pointer};

/// The edit that takes the item at `at` out of its list.
pub fn remove(document: &Document, at: &str) -> Result<TextEdit, EditError> {
    let not_an_item = || EditError::NotAnItem(at.to_owned());
    let parent = pointer::parent(at).ok_or_else(not_an_item)?;
    let index: usize = pointer::last_token(at)
        .and_then(|token| token.parse().ok())
        .ok_or_else(not_an_item)?;
    let list = document
        .spans
        .get(parent)
        .ok_or_else(|| EditError::NotWritten(parent.to_owned()))?;
    let span_of = |index: usize| {
        document
            .spans
            .get(&pointer::item(parent, index))
            .map(|spans| spans.value)
    };
    let this = span_of(index).ok_or_else(|| EditError::NotWritten(at.to_owned()))?;
    let text = &document.text;
    if text.as_bytes().get(list.value.start) == Some(&b'[') {
        let span = match (index.checked_sub(1).and_then(span_of), span_of(index + 1)) {
            (Some(previous), _) => ByteSpan::new(previous.end, this.end),
            (None, Some(next)) => ByteSpan::new(this.start, next.start),
            (None, None) => this,
        };
        return Ok(TextEdit {
            span,
            content: String::new(),
        });
    }
    block_item_lines(text, this)
        .map(|span| TextEdit {
            span,
            content: String::new(),
        })
        .ok_or_else(|| EditError::Unsupported(at.to_owned()))
}

/// The lines of a block list's item whose value is `value`: from the start of the line of its
/// `-` to the end of its last line, line break included (or, on a last line without one, the
/// line break before it, so that the file's end stays as it was).
fn block_item_lines(text: &str, value: ByteSpan) -> Option<ByteSpan> {
    let line_start = text[..value.start].rfind('\n').map_or(0, |at| at + 1);
    let before = &text[line_start..value.start];
    let dash = before.trim_start_matches(' ');
    if !dash.starts_with('-') || !dash[1..].trim_matches(' ').is_empty() {
        return None;
    }
    let rest = &text[value.end..];
    let line_end = rest.find('\n');
    let after = &rest[..line_end.unwrap_or(rest.len())];
    let trailing = after.trim_start_matches([' ', '\t']).trim_end_matches('\r');
    if !(trailing.is_empty() || trailing.starts_with('#')) {
        return None;
    }
    match line_end {
        Some(end) => Some(ByteSpan::new(line_start, value.end + end + 1)),
        None => {
            let break_start = text[..line_start]
                .strip_suffix('\n')
                .map(|before| before.strip_suffix('\r').unwrap_or(before).len())?;
            Some(ByteSpan::new(break_start, text.len()))
        }
    }
}
