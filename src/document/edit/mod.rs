//! Byte edits of a document's text, computed from the spans of the nodes a fix changes.
//!
//! A fix says what it changes in terms of nodes ([`Change`]); this module says which bytes of
//! the text that is: the value's span, written in the style it had (quotes, or a plain scalar
//! when it still reads as the same string), a list item with its separator or its line, a key.
//! Every byte outside the returned edits stays as it was: comments, layout, line endings.

mod item;
mod node;
pub(super) mod quote;

use super::{ByteSpan, Document, Syntax, pointer};

/// One change a fix makes, said of the document's nodes; the document layer turns it into
/// byte edits of the text ([`edits`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The scalar at `pointer` becomes the string `value` (quoted as the syntax needs).
    Replace {
        /// The node.
        pointer: String,
        /// Its new text.
        value: String,
    },
    /// The item at `pointer` leaves its list (with its separator or its line).
    RemoveItem {
        /// The item.
        pointer: String,
    },
    /// The key of the node at `pointer` becomes `name`.
    RenameKey {
        /// The node whose key changes.
        pointer: String,
        /// The new key.
        name: String,
    },
    /// The field at `pointer` (written with its key) gets `value`, whatever it held.
    Set {
        /// The field.
        pointer: String,
        /// Its new value.
        value: serde_json::Value,
    },
    /// The mapping at `parent` gets the field `key` after its last one.
    Insert {
        /// The mapping (`""`: the root).
        parent: String,
        /// The new key.
        key: String,
        /// Its value.
        value: serde_json::Value,
    },
    /// The field at `pointer` leaves its mapping (with its lines, or its comma).
    RemoveKey {
        /// The field.
        pointer: String,
    },
    /// The list at `pointer` gets `items` after its last item.
    Append {
        /// The list.
        pointer: String,
        /// The new items.
        items: Vec<serde_json::Value>,
    },
}

/// Replace the bytes of `span` with `content`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    /// The bytes replaced (empty: an insertion).
    pub span: ByteSpan,
    /// What they become.
    pub content: String,
}

impl TextEdit {
    /// Whether the two edits touch the same bytes (two insertions at one place count too):
    /// edits of one pass must not.
    pub fn overlaps(&self, other: &TextEdit) -> bool {
        let (a, b) = (self.span, other.span);
        (a.start < b.end && b.start < a.end) || (a.is_empty() && b.is_empty() && a.start == b.start)
    }
}

/// Why a change cannot be written as an edit of this text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The node is not written in the text (it comes from an alias, or a default).
    #[error("`{0}` is not written in the file")]
    NotWritten(String),
    /// The node is a mapping or a list where a scalar was expected.
    #[error("`{0}` is not a single value")]
    NotAScalar(String),
    /// The node is written in a way dglint does not rewrite (an alias, an anchored value, a
    /// block scalar with a comment on its header).
    #[error("`{0}` is written in a form dglint does not rewrite")]
    Unsupported(String),
    /// The node is not an item of a list.
    #[error("`{0}` is not an item of a list")]
    NotAnItem(String),
    /// The text is not a manifest file (API data, a catalogue record).
    #[error("only YAML and JSON manifests are rewritten")]
    NotAManifest,
    /// Two changes of one fix touch the same bytes.
    #[error("two changes of the fix touch the same text")]
    Overlapping,
}

/// The edits that make `changes` in `document`'s text, sorted by position; an error when one
/// of them cannot be made (the fix is then not offered).
pub fn edits(document: &Document, changes: &[Change]) -> Result<Vec<TextEdit>, EditError> {
    if !matches!(document.syntax, Syntax::Yaml | Syntax::Json) || !document.provenance.is_empty() {
        return Err(EditError::NotAManifest);
    }
    let mut edits = Vec::with_capacity(changes.len());
    for change in changes {
        edits.push(match change {
            Change::Replace { pointer, value } => replace(document, pointer, value)?,
            Change::RenameKey { pointer, name } => rename(document, pointer, name)?,
            Change::RemoveItem { pointer } => item::remove(document, pointer)?,
            Change::Set { pointer, value } => node::set(document, pointer, value)?,
            Change::Insert { parent, key, value } => node::insert(document, parent, key, value)?,
            Change::RemoveKey { pointer } => node::remove(document, pointer)?,
            Change::Append { pointer, items } => node::append(document, pointer, items)?,
        });
    }
    edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
    if edits.windows(2).any(|pair| pair[0].overlaps(&pair[1])) {
        return Err(EditError::Overlapping);
    }
    Ok(edits)
}

/// The text with `edits` made; they must be sorted and must not overlap.
pub fn apply(text: &str, edits: &[TextEdit]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.span.start]);
        out.push_str(&edit.content);
        at = edit.span.end;
    }
    out.push_str(&text[at..]);
    out
}

fn replace(document: &Document, at: &str, value: &str) -> Result<TextEdit, EditError> {
    let spans = document
        .spans
        .get(at)
        .ok_or_else(|| EditError::NotWritten(at.to_owned()))?;
    if !spans.scalar {
        return Err(EditError::NotAScalar(at.to_owned()));
    }
    match block_scalar(&document.text, spans.value) {
        BlockScalar::No => {}
        BlockScalar::Rewritable(span) => {
            return Ok(TextEdit {
                span,
                content: quote::double_quoted(value),
            });
        }
        BlockScalar::Kept => return Err(EditError::Unsupported(at.to_owned())),
    }
    let written = &document.text[spans.value.start..spans.value.end];
    let content = quote::scalar(document.syntax, written, value, in_flow(document, at))
        .ok_or_else(|| EditError::Unsupported(at.to_owned()))?;
    Ok(TextEdit {
        span: spans.value,
        content,
    })
}

fn rename(document: &Document, at: &str, name: &str) -> Result<TextEdit, EditError> {
    let key = document
        .spans
        .get(at)
        .and_then(|spans| spans.key)
        .ok_or_else(|| EditError::NotWritten(at.to_owned()))?;
    let written = &document.text[key.start..key.end];
    let content = quote::scalar(document.syntax, written, name, in_flow(document, at))
        .ok_or_else(|| EditError::Unsupported(at.to_owned()))?;
    Ok(TextEdit { span: key, content })
}

/// Whether a scalar is a YAML block scalar (`|`, `>-`), and what rewriting it replaces.
enum BlockScalar {
    /// It is not one.
    No,
    /// It is one: its header and its text, up to its last character that is not a line break
    /// or a space (the line breaks after it stay), become a double-quoted scalar.
    Rewritable(ByteSpan),
    /// It is one whose header line carries a comment, which rewriting would lose.
    Kept,
}

/// What the scalar whose text is at `value` is: the parser's span of a block scalar starts at
/// its first line of text, after the header.
fn block_scalar(text: &str, value: ByteSpan) -> BlockScalar {
    let before = text[..value.start].trim_end();
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let line = &before[line_start..];
    let (code, comment) = match line.find(" #") {
        Some(at) => (&line[..at], true),
        None => (line, false),
    };
    let code = code.trim_end();
    let header_start = code.rfind([' ', '\t']).map_or(0, |at| at + 1);
    if !code[header_start..].starts_with(['|', '>']) {
        return BlockScalar::No;
    }
    let content = text[value.start..value.end].trim_end();
    if comment || content.is_empty() {
        return BlockScalar::Kept;
    }
    let start = line_start + header_start;
    BlockScalar::Rewritable(ByteSpan::new(start, value.start + content.len()))
}

/// Whether the node at `at` is written inside a flow collection (`[…]`, `{…}`), where a plain
/// scalar may not hold `,[]{}`.
fn in_flow(document: &Document, at: &str) -> bool {
    let mut current = at;
    while let Some(parent) = pointer::parent(current) {
        if let Some(spans) = document.spans.get(parent) {
            let first = document.text.as_bytes().get(spans.value.start);
            if matches!(first, Some(b'[' | b'{')) {
                return true;
            }
        }
        current = parent;
    }
    false
}

#[cfg(test)]
mod tests;
