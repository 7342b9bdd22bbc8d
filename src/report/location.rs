//! From a finding's pointer and anchor to a byte span, and the finding's fingerprint.

use crate::document::{ByteSpan, Document, floor_char_boundary};
use crate::finding::{Anchor, Finding};

/// The span a finding is drawn under.
pub fn span_of(document: &Document, finding: &Finding) -> ByteSpan {
    locate(document, &finding.pointer, finding.anchor)
}

/// The span of the node at `pointer` (its key or value, as `anchor` says). Labels cover at
/// most the first line of a value; a missing top-level field is drawn under the first line
/// that holds content.
pub fn locate(document: &Document, pointer: &str, anchor: Anchor) -> ByteSpan {
    let text = &document.text;
    let span = match anchor {
        Anchor::Span(span) => span,
        Anchor::Key | Anchor::Value => match document.spans.nearest(pointer) {
            None => first_content_line(text),
            Some((matched, spans)) => {
                // A node that is not written (it came from an alias) is drawn at the key of
                // its nearest written ancestor.
                let want_key = anchor == Anchor::Key || matched != pointer;
                match spans.key {
                    Some(key) if want_key => key,
                    None if want_key && matched.is_empty() => first_content_line(text),
                    _ => spans.value,
                }
            }
        },
    };
    first_line_of(text, clamp(text, span))
}

fn clamp(text: &str, span: ByteSpan) -> ByteSpan {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len()));
    ByteSpan::new(start, end)
}

fn first_line_of(text: &str, span: ByteSpan) -> ByteSpan {
    match text[span.start..span.end].find(['\n', '\r']) {
        Some(0) | None => span,
        Some(line_end) => ByteSpan::new(span.start, span.start + line_end),
    }
}

/// The first line that is not blank, a comment, or a YAML directive or document marker.
fn first_content_line(text: &str) -> ByteSpan {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        let skip = trimmed.is_empty()
            || trimmed.starts_with('#')
            || trimmed.starts_with('%')
            || trimmed == "---";
        if !skip {
            let start = offset + (content.len() - trimmed.len());
            return ByteSpan::new(start, offset + content.len());
        }
        offset += line.len();
    }
    ByteSpan::new(0, 0)
}

/// A stable fingerprint: FNV-1a (64 bits) of the code, the file path and the pointer (reports
/// write it as 16 hexadecimal digits). Findings drawn at an explicit place (syntax errors, suppression
/// comments) hash the text of their line instead of a pointer, which they do not have.
pub fn fingerprint(document: &Document, path: &str, finding: &Finding, span: ByteSpan) -> u64 {
    let place = match finding.anchor {
        Anchor::Span(_) => {
            let line = document.lines.position(&document.text, span.start).line;
            let (start, end) = document.lines.line_span(&document.text, line);
            document.text[start..end].trim().to_owned()
        }
        _ => finding.pointer.clone(),
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [finding.code, path, &place] {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}
