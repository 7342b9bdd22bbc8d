//! Builds one dataset's document from catalogue records: its text is the dataset's record
//! followed by its resources' records, its value is shaped like the udata API v1, and every
//! field's span is the cell it came from.

use std::borrow::Cow;
use std::collections::HashMap;

use serde_json::{Map, Value};

use super::records::{Record, Table};
use crate::document::{
    ByteSpan, Document, Limits, LineIndex, NodeSpans, Piece, Provenance, SpanIndex, Syntax,
    SyntaxProblem, pointer,
};

/// Column name → index, from a table's header record (looked up for every cell of every
/// record: hashed with foldhash rather than SipHash).
#[derive(Debug, Clone)]
pub struct Columns {
    indices: HashMap<String, usize, foldhash::fast::RandomState>,
    count: usize,
}

impl Columns {
    /// Reads the header (first record) of a table.
    pub fn new(table: &Table) -> Columns {
        let Some(header) = table.records().first() else {
            return Columns {
                indices: HashMap::default(),
                count: 0,
            };
        };
        let cells = table.cells(header);
        let indices = cells
            .iter()
            .enumerate()
            .map(|(index, cell)| (table.cell_value(header, *cell).trim().to_owned(), index))
            .collect();
        Columns {
            indices,
            count: cells.len(),
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
pub struct Row<'a> {
    table: &'a Table,
    record: &'a Record,
    cells: Vec<(usize, usize)>,
    columns: &'a Columns,
    base: usize,
}

impl<'a> Row<'a> {
    /// The value of a column; `None` when the file has no such column.
    pub fn get(&self, column: &str) -> Option<Cow<'a, str>> {
        let cell = *self.cells.get(self.columns.index(column)?)?;
        Some(self.table.cell_value(self.record, cell))
    }

    /// The value of a column, when it is not empty.
    pub fn non_empty(&self, column: &str) -> Option<Cow<'a, str>> {
        self.get(column).filter(|value| !value.is_empty())
    }

    /// The span of a column's cell in the document.
    pub fn cell(&self, column: &str) -> Option<ByteSpan> {
        let cell = *self.cells.get(self.columns.index(column)?)?;
        Some(self.place(cell))
    }

    /// Where the record as a whole is drawn: its first cell (the id).
    pub fn span(&self) -> ByteSpan {
        self.place(self.cells.first().copied().unwrap_or_default())
    }

    /// A byte range of the record's text, in the document.
    fn place(&self, (start, end): (usize, usize)) -> ByteSpan {
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
    /// Appends a record of `table` to the text; returns it placed, to read its cells.
    pub fn add<'a>(
        &mut self,
        table: &'a Table,
        record: &'a Record,
        columns: &'a Columns,
    ) -> Row<'a> {
        let base = self.text.len();
        let text = table.text(record);
        self.pieces.push(Piece {
            start: base,
            first_line: self.next_line + 1,
            path: table.path.clone(),
            line_in_file: record.line,
        });
        self.text.push_str(text);
        self.text.push('\n');
        self.next_line += text.matches('\n').count() + 1;
        let row = Row {
            table,
            record,
            cells: table.cells(record),
            columns,
            base,
        };
        if record.invalid_utf8 {
            self.problem(row.span(), "the record is not valid UTF-8".into());
        }
        if row.cells.len() != columns.count() {
            self.problem(
                row.span(),
                format!(
                    "the record has {} fields where the header names {}",
                    row.cells.len(),
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
        self.finish_with(path, Some(value))
    }

    /// The finished document of records that make no dataset: their text and problems.
    pub fn finish_unread(self, path: &str) -> Document {
        self.finish_with(path, None)
    }

    fn finish_with(self, path: &str, value: Option<Value>) -> Document {
        Document {
            path: path.into(),
            lines: LineIndex::new(&self.text),
            text: self.text,
            syntax: Syntax::Csv,
            value,
            spans: self.spans,
            problems: self.problems,
            provenance: Provenance::new(self.pieces),
            limits: Limits::default(),
        }
    }
}
