//! The index from JSON pointer to the byte spans of a node's key and value.

use std::collections::HashMap;

use super::pointer;

/// A half-open byte range `[start, end)` in a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// Builds a span; `end` is clamped so it is never before `start`.
    pub fn new(start: usize, end: usize) -> ByteSpan {
        ByteSpan {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `offset` lies inside the span.
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

/// Where one node of the document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeSpans {
    /// The key (`title` in `title: Musées`), absent for the root and for array items.
    pub key: Option<ByteSpan>,
    /// The value.
    pub value: ByteSpan,
    /// Whether the value is a scalar (its span then holds text, never comments).
    pub scalar: bool,
}

/// Maps JSON pointers (RFC 6901) to the spans of their nodes.
#[derive(Debug, Default)]
pub struct SpanIndex {
    /// Keyed by pointer, hashed with foldhash rather than SipHash: a large API file indexes
    /// millions of pointers, and SipHash was 8 % of scoring one (foldhash is still seeded
    /// per process).
    nodes: HashMap<String, NodeSpans, foldhash::fast::RandomState>,
}

impl SpanIndex {
    /// Records the spans of the node at `pointer`.
    pub fn insert(&mut self, pointer: String, spans: NodeSpans) {
        self.nodes.insert(pointer, spans);
    }

    /// The spans of the node at `pointer`, if it was written in the text.
    pub fn get(&self, pointer: &str) -> Option<&NodeSpans> {
        self.nodes.get(pointer)
    }

    /// The spans of `pointer`, or of its nearest written ancestor (a node that came from an
    /// alias, for example, is located at the alias), with the pointer that matched.
    pub fn nearest<'p>(&self, pointer: &'p str) -> Option<(&'p str, &NodeSpans)> {
        let mut current = pointer;
        loop {
            if let Some(spans) = self.nodes.get(current) {
                return Some((current, spans));
            }
            current = pointer::parent(current)?;
        }
    }

    /// Pointers of every node whose key or value starts in `range`.
    pub fn starting_in(&self, range: ByteSpan) -> impl Iterator<Item = &str> {
        self.nodes.iter().filter_map(move |(pointer, spans)| {
            let start = spans.key.unwrap_or(spans.value).start;
            range.contains(start).then_some(pointer.as_str())
        })
    }

    /// Whether `offset` falls inside a scalar value (used to tell a YAML comment from a
    /// `#` line inside a block scalar).
    pub fn inside_scalar(&self, offset: usize) -> bool {
        self.nodes
            .values()
            .any(|spans| spans.scalar && spans.value.contains(offset))
    }
}
