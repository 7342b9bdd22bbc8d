//! Reading a manifest from disk and parsing it, within size limits.

use std::io::Read;
use std::path::Path;

use super::lines::LineIndex;
use super::spans::{ByteSpan, SpanIndex};
use super::{Document, Limits, Provenance, Syntax, SyntaxProblem, json, yaml};

/// Why a file could not be read at all (an I/O failure, not a problem of its content).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("cannot-read", path = path, reason = crate::i18n::io_reason(source)))]
pub struct LoadError {
    /// The file.
    pub path: String,
    /// The underlying error.
    #[source]
    pub source: std::io::Error,
}

/// Reads and parses the manifest at `path`. A file larger than `max_bytes` is not read: its
/// document carries a single problem instead. Invalid UTF-8 is a located problem too.
pub fn load_file(path: &Path, max_bytes: u64) -> Result<Document, LoadError> {
    Ok(match read_text(path, max_bytes)? {
        Ok(text) => parse_text(path, Syntax::from_path(path), text),
        Err(unreadable) => unreadable,
    })
}

/// The text of the file at `path`, or, when it is larger than `max_bytes` or not UTF-8, the
/// document that says so (with the text it could read).
pub fn read_text(path: &Path, max_bytes: u64) -> Result<Result<String, Document>, LoadError> {
    let io_error = |source| LoadError {
        path: path.display().to_string(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    let syntax = Syntax::from_path(path);
    if size > max_bytes {
        return Ok(Err(unreadable(
            path,
            syntax,
            String::new(),
            ByteSpan::default(),
            crate::msg!("file-too-large", size = size, max = max_bytes),
        )));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Ok(text)),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            // The lossy text only grows at invalid bytes, so the prefix keeps its offsets.
            let message = crate::msg!(
                "invalid-utf8",
                byte = format!("0x{:02X}", bytes[valid]),
                offset = valid
            );
            let at = ByteSpan::new(valid, valid + 1);
            Ok(Err(unreadable(path, syntax, text, at, message)))
        }
    }
}

/// Parses `text` as a manifest of the given syntax.
pub fn parse_text(path: &Path, syntax: Syntax, text: String) -> Document {
    let text = match text.strip_prefix('\u{feff}') {
        Some(without_bom) => without_bom.to_owned(),
        None => text,
    };
    let parsed = match syntax {
        Syntax::Yaml => yaml::parse(&text),
        Syntax::JsonLines => json::parse_lines(&text),
        Syntax::Csv => yaml::ParsedText::failed(crate::msg!("catalogue-in-check")),
        Syntax::Json => {
            let parsed = json::parse(&text);
            if parsed.value.is_none() && json::looks_like_lines(&text) {
                json::parse_lines(&text)
            } else {
                parsed
            }
        }
    };
    Document {
        path: path.to_path_buf(),
        lines: LineIndex::new(&text),
        text,
        syntax,
        value: parsed.value,
        spans: parsed.spans,
        problems: parsed.problems,
        provenance: Provenance::default(),
        limits: Limits::default(),
    }
}

/// A document whose text cannot be read as what it should be: `message` says why, at `span`.
pub fn unreadable(
    path: &Path,
    syntax: Syntax,
    text: String,
    span: ByteSpan,
    message: String,
) -> Document {
    Document {
        path: path.to_path_buf(),
        lines: LineIndex::new(&text),
        text,
        syntax,
        value: None,
        spans: SpanIndex::default(),
        problems: vec![SyntaxProblem { span, message }],
        provenance: Provenance::default(),
        limits: Limits::default(),
    }
}
