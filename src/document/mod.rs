//! A parsed manifest: its text, its value as JSON, and where each JSON pointer lives in the text.
//!
//! Every later stage of the pipeline speaks JSON pointers; only the renderers turn a pointer
//! back into a byte span through [`SpanIndex`] and into a line and column through [`LineIndex`].

pub mod edit;
mod json;
mod lines;
mod load;
pub mod paths;
pub mod pointer;
mod provenance;
mod scalar;
mod spans;
mod syntax_detail;
pub mod write;
mod yaml;

pub use lines::{LineIndex, Position, floor_char_boundary};
pub use load::{LoadError, load_file, parse_text, read_text, unreadable};
pub use provenance::{Piece, Place, Provenance};
pub use spans::{ByteSpan, NodeSpans, SpanIndex};

use serde_json::Value;

/// The syntax a manifest is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// YAML 1.2 (`.yaml`, `.yml`).
    Yaml,
    /// Strict JSON (`.json`); a file of several JSON lines is read as JSON Lines.
    Json,
    /// JSON Lines (`.jsonl`, `.ndjson`): one JSON value per line, read as an array.
    JsonLines,
    /// Records of a catalogue export, assembled by `dglint audit --catalog`.
    Csv,
}

impl Syntax {
    /// Picks the syntax from a file name: `.json` is JSON, `.jsonl` and `.ndjson` are JSON
    /// Lines, everything else is YAML (a superset of JSON, so an unknown extension still
    /// parses).
    pub fn from_path(path: &std::path::Path) -> Syntax {
        let extension = path
            .extension()
            .and_then(|ext| ext.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("json") => Syntax::Json,
            Some("jsonl" | "ndjson") => Syntax::JsonLines,
            _ => Syntax::Yaml,
        }
    }

    /// The language name for syntax highlighting of excerpts.
    pub fn language(self) -> &'static str {
        match self {
            Syntax::Yaml => "yaml",
            Syntax::Json | Syntax::JsonLines => "json",
            Syntax::Csv => "csv",
        }
    }
}

/// Something wrong with the text itself (syntax, duplicate key, limits), located in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    /// Where the problem is.
    pub span: ByteSpan,
    /// What is wrong, in a sentence.
    pub message: String,
}

/// A manifest read from disk (or given as text) and parsed.
#[derive(Debug)]
pub struct Document {
    /// The path the document was read from, as given (used for display and file lookups).
    pub path: std::path::PathBuf,
    /// The full source text.
    pub text: String,
    /// The syntax it was parsed as.
    pub syntax: Syntax,
    /// The parsed value, or `None` when the text could not be parsed at all.
    pub value: Option<Value>,
    /// Where each pointer's key and value are in `text`.
    pub spans: SpanIndex,
    /// Problems found while parsing (a fatal one leaves `value` empty).
    pub problems: Vec<SyntaxProblem>,
    /// Byte offset → line/column conversion for `text`.
    pub lines: LineIndex,
    /// Where the pieces of `text` come from, when it was assembled from excerpts of other
    /// files (a catalogue record and its resources' records); empty when `text` is the file.
    pub provenance: Provenance,
    /// What the source could not say of its datasets.
    pub limits: Limits,
}

/// What a source could not say of its datasets: the rules and criteria that would need it
/// do not apply, or are left unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// The dataset's resources are not listed (a catalogue record read without the resource
    /// export): only what the record says of them is known (`resources_count` and
    /// `resources_formats`, kept in the assembled dataset under those keys).
    pub resources_unlisted: bool,
    /// Line breaks in its texts may each have lost a carriage return (the catalogue export
    /// writes `\r\n` as `\n`): a text may have had one more character per line break.
    pub carriage_returns_dropped: bool,
    /// Its description was HTML in its source, which udata's harvester turns into Markdown
    /// (html2text); dglint's conversion is close but not exact, so its length is known
    /// only roughly.
    pub description_from_html: bool,
    /// Its source names a place that udata looks up in its zones (a CKAN `spatial-text`),
    /// which dglint does not have: whether udata finds one, and so whether the dataset has a
    /// spatial coverage, is unknown.
    pub spatial_unresolved: bool,
}

impl Limits {
    /// Whether the dataset was read from the catalogue export, which drops carriage returns
    /// and leaves some fields out (contact points, zone ids: it writes zone names).
    pub fn is_catalogue_export(self) -> bool {
        self.carriage_returns_dropped
    }

    /// Whether the dataset's resources are listed in full.
    pub fn resources_listed(self) -> bool {
        !self.resources_unlisted
    }

    /// How many characters `text` may have lost at its source: one per line feed without a
    /// carriage return before it, when the source drops them, else none.
    pub fn lost_characters(self, text: &str) -> usize {
        if !self.carriage_returns_dropped {
            return 0;
        }
        let bytes = text.as_bytes();
        bytes
            .iter()
            .enumerate()
            .filter(|&(at, &byte)| byte == b'\n' && (at == 0 || bytes[at - 1] != b'\r'))
            .count()
    }
}

impl Document {
    /// The file a byte offset of `text` comes from (`None`: `path` itself) and its line and
    /// column there.
    pub fn place(&self, offset: usize) -> (Option<&str>, Position) {
        let position = self.lines.position(&self.text, offset);
        self.provenance.map(offset, position)
    }

    /// Drops the parsed value and the span index, once every place has been located: a
    /// report keeps only the text, for excerpts, and not even that when `keep_text` is
    /// false.
    pub fn compact(&mut self, keep_text: bool) {
        self.value = None;
        self.spans = SpanIndex::default();
        if !keep_text {
            self.text = String::new();
            self.lines = LineIndex::new("");
        }
    }
}
