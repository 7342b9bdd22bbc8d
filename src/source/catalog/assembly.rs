//! Builds one dataset's document from catalogue records: its text is the dataset's record
//! followed by its resources' records, its value is shaped like the udata API v1, and every
//! field's span is the cell it came from.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::records::Record;
use crate::document::{
    ByteSpan, Document, LineIndex, NodeSpans, Piece, Provenance, SpanIndex, Syntax, SyntaxProblem,
    pointer,
};

/// Column name → index, from a header record.
#[derive(Debug, Clone)]
pub struct Columns {
    /// The file the header belongs to.
    pub path: String,
    indices: HashMap<String, usize>,
    count: usize,
}

impl Columns {
    /// Reads a header record.
    pub fn new(path: String, header: &Record) -> Columns {
        let indices = header
            .values
            .iter()
            .enumerate()
            .map(|(index, name)| (name.trim().to_owned(), index))
            .collect();
        Columns {
            path,
            indices,
            count: header.values.len(),
        }
    }

    /// The index of a column, when the file has it.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.indices.get(name).copied()
    }

    /// How many columns the header names.
    pub fn count(&self) -> usize {
        self.count
    }
}

/// A record placed in the document being assembled.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    record: &'a Record,
    columns: &'a Columns,
    base: usize,
}

impl<'a> Row<'a> {
    /// The value of a column; `None` when the file has no such column.
    pub fn get(&self, column: &str) -> Option<&'a str> {
        self.record.value(self.columns.index(column)?)
    }

    /// The value of a column, when it is not empty.
    pub fn non_empty(&self, column: &str) -> Option<&'a str> {
        self.get(column).filter(|value| !value.is_empty())
    }

    /// The span of a column's cell in the document.
    pub fn cell(&self, column: &str) -> Option<ByteSpan> {
        let (start, end) = *self.record.cells.get(self.columns.index(column)?)?;
        Some(ByteSpan::new(self.base + start, self.base + end))
    }

    /// Where the record as a whole is drawn: its first cell (the id).
    pub fn span(&self) -> ByteSpan {
        let (start, end) = self.record.cells.first().copied().unwrap_or_default();
        ByteSpan::new(self.base + start, self.base + end)
    }
}

/// A document under construction.
#[derive(Default)]
pub struct Assembly {
    text: String,
    pieces: Vec<Piece>,
    spans: SpanIndex,
    problems: Vec<SyntaxProblem>,
    next_line: usize,
}

impl Assembly {
    /// Appends a record to the text; returns it placed, to read its cells.
    pub fn add<'a>(&mut self, record: &'a Record, columns: &'a Columns) -> Row<'a> {
        let base = self.text.len();
        self.pieces.push(Piece {
            start: base,
            first_line: self.next_line + 1,
            path: columns.path.clone(),
            line_in_file: record.line,
        });
        self.text.push_str(&record.text);
        self.text.push('\n');
        self.next_line += record.text.matches('\n').count() + 1;
        let row = Row {
            record,
            columns,
            base,
        };
        if record.invalid_utf8 {
            self.problem(row.span(), "the record is not valid UTF-8".into());
        }
        if record.values.len() != columns.count() {
            self.problem(
                row.span(),
                format!(
                    "the record has {} fields where the header names {}",
                    record.values.len(),
                    columns.count()
                ),
            );
        }
        row
    }

    /// Records a problem of the text (reported as DG001).
    pub fn problem(&mut self, span: ByteSpan, message: String) {
        self.problems.push(SyntaxProblem { span, message });
    }

    /// Records where the node at `pointer` is drawn.
    pub fn place(&mut self, pointer: String, span: ByteSpan, scalar: bool) {
        self.spans.insert(
            pointer,
            NodeSpans {
                key: None,
                value: span,
                scalar,
            },
        );
    }

    /// Sets `object[key]` from a cell, placing it at the cell.
    pub fn set(
        &mut self,
        object: &mut Map<String, Value>,
        at: &str,
        key: &str,
        value: Value,
        cell: Option<ByteSpan>,
    ) {
        if let Some(cell) = cell {
            self.place(pointer::child(at, key), cell, !value.is_object());
        }
        object.insert(key.to_owned(), value);
    }

    /// The finished document, named after the dataset export.
    pub fn finish(self, path: &str, value: Value) -> Document {
        Document {
            path: path.into(),
            lines: LineIndex::new(&self.text),
            text: self.text,
            syntax: Syntax::Csv,
            value: Some(value),
            spans: self.spans,
            problems: self.problems,
            provenance: Provenance::new(self.pieces),
            lacks_resources: false,
        }
    }
}
