//! The records of a `;`-separated catalogue export, with where each cell is in the file.
//!
//! Records are found where the csv crate would find them (quoting, line breaks inside quoted
//! cells), by a `memchr` scan; each record's raw text is then split into cells (quotes
//! included), so that a finding can point at the cell's line and column, and a cell's value is
//! read from its raw text on demand.

use std::borrow::Cow;
use std::path::Path;

/// A catalogue file: its text and its records (the first one is the header).
#[derive(Debug)]
pub struct Table {
    /// The path as given.
    pub path: String,
    text: String,
    records: Vec<Record>,
}

/// Where one record is in its file.
#[derive(Debug, Clone)]
pub struct Record {
    /// Byte range of the record in the file's text, without its line break.
    pub range: (usize, usize),
    /// Its line (1-based) in the file.
    pub line: usize,
    /// Whether the record was not valid UTF-8 (read with replacement characters).
    pub invalid_utf8: bool,
}

impl Table {
    /// The records, header first.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// The raw text of a record.
    pub fn text(&self, record: &Record) -> &str {
        &self.text[record.range.0..record.range.1]
    }

    /// The byte range of each cell of a record in the record's text, quotes included.
    pub fn cells(&self, record: &Record) -> Vec<(usize, usize)> {
        cell_spans(self.text(record))
    }

    /// The value of a cell of a record (a range from [`Table::cells`]): its text, unquoted.
    pub fn cell_value(&self, record: &Record, (start, end): (usize, usize)) -> Cow<'_, str> {
        unquote(&self.text(record)[start..end])
    }

    /// The value of cell `index` of a record.
    pub fn value(&self, record: &Record, index: usize) -> Option<Cow<'_, str>> {
        let cell = *self.cells(record).get(index)?;
        Some(self.cell_value(record, cell))
    }
}

/// Why a catalogue file cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The file cannot be read.
    #[error("{}", crate::msg!("cannot-read", path = path, reason = crate::i18n::io_reason(source)))]
    Io {
        /// The file.
        path: String,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// The file has no header row.
    #[error("{}", crate::msg!("catalog-empty", path = path))]
    Empty {
        /// The file.
        path: String,
    },
    /// The file is not the export it was given as.
    #[error("{}", crate::msg!("not-an-export", path = path, expected = expected, found = found))]
    NotAnExport {
        /// The file.
        path: String,
        /// What it was given as (`a dataset export`).
        expected: String,
        /// What it looks like instead.
        found: String,
    },
}

/// Reads every record of a `;`-separated file.
pub fn read_table(path: &Path) -> Result<Table, CatalogError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| CatalogError::Io {
        path: display.clone(),
        source,
    })?;
    parse_table(display, bytes)
}

/// Splits the bytes of a `;`-separated file, named `display` in messages, into records.
pub fn parse_table(display: String, bytes: Vec<u8>) -> Result<Table, CatalogError> {
    let (text, invalid) = decode(bytes);
    let starts = record_starts(text.as_bytes());
    if starts.is_empty() {
        return Err(CatalogError::Empty { path: display });
    }
    let mut records = Vec::with_capacity(starts.len());
    // csv counts records, not the line breaks inside quoted cells: count them here.
    let mut line = 1;
    let mut counted_to = 0;
    for (index, &start) in starts.iter().enumerate() {
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count();
        counted_to = start;
        let next = starts.get(index + 1).copied().unwrap_or(text.len());
        let end = start + text[start..next].trim_end_matches(['\r', '\n']).len();
        let invalid_utf8 = invalid[invalid.partition_point(|&at| at < start)..]
            .first()
            .is_some_and(|&at| at < end);
        records.push(Record {
            range: (start, end),
            line,
            invalid_utf8,
        });
    }
    Ok(Table {
        path: display,
        text,
        records,
    })
}

/// The text of the file (invalid UTF-8 replaced, a BOM dropped) and the offsets in it where
/// a replacement was made.
fn decode(mut bytes: Vec<u8>) -> (String, Vec<usize>) {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return (text, Vec::new()),
        Err(error) => error.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len());
    let mut invalid = Vec::new();
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            invalid.push(text.len());
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    (text, invalid)
}

/// The byte offset where each record starts. Records end at a line break (`\r`, `\n` or both)
/// outside quotes, and blank lines are skipped, as the csv crate reads (a test compares them
/// on every short text); scanning with `memchr` is several times faster, and this runs before
/// anything else can.
fn record_starts(bytes: &[u8]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut at = 0;
    loop {
        while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        if at >= bytes.len() {
            return starts;
        }
        starts.push(at);
        loop {
            at = field_end(bytes, at);
            if bytes.get(at) == Some(&b';') {
                at += 1;
            } else {
                break;
            }
        }
    }
}

/// Where the field starting at `start` ends: at its `;`, at the line break that ends its
/// record, or at the end of `bytes`. A field that starts with a quote runs to its closing quote
/// (a doubled quote is an escaped one), then on like an unquoted field; a quote anywhere else
/// is a character (the csv crate's reading).
fn field_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start;
    if bytes.get(at) == Some(&b'"') {
        at += 1;
        loop {
            match memchr::memchr(b'"', &bytes[at..]) {
                Some(offset) => at += offset + 1,
                None => return bytes.len(),
            }
            if bytes.get(at) == Some(&b'"') {
                at += 1;
            } else {
                break;
            }
        }
    }
    memchr::memchr3(b';', b'\r', b'\n', &bytes[at..]).map_or(bytes.len(), |offset| at + offset)
}

/// The byte range of each cell of a raw record, quotes included: a quoted cell runs to its
/// closing quote (a doubled quote is an escaped one), an unquoted one to the next `;`.
pub fn cell_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut cells = Vec::new();
    let mut start = 0;
    loop {
        let end = field_end(bytes, start);
        cells.push((start, end));
        if end >= bytes.len() {
            return cells;
        }
        start = end + 1;
    }
}

/// A cell's value from its raw text: a quoted cell loses its quotes and its doubled quotes.
pub fn unquote(raw: &str) -> Cow<'_, str> {
    match raw
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
    {
        Some(inner) if inner.contains("\"\"") => Cow::Owned(inner.replace("\"\"", "\"")),
        Some(inner) => Cow::Borrowed(inner),
        None => Cow::Borrowed(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_quotes_and_skip_quoted_separators() {
        let text = "\"a;b\";12;\"say \"\"hi\"\"\";;\"multi\nline\"";
        let cells: Vec<&str> = cell_spans(text)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect();
        assert_eq!(
            cells,
            ["\"a;b\"", "12", "\"say \"\"hi\"\"\"", "", "\"multi\nline\""]
        );
        let values: Vec<Cow<'_, str>> = cells.iter().map(|cell| unquote(cell)).collect();
        assert_eq!(values, ["a;b", "12", "say \"hi\"", "", "multi\nline"]);
    }

    /// The record boundaries the csv crate finds, for comparison.
    fn csv_records(bytes: &[u8]) -> Vec<Vec<Vec<u8>>> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        reader
            .byte_records()
            .map(|record| {
                let record = record.expect("a byte record always reads");
                record.iter().map(<[u8]>::to_vec).collect()
            })
            .collect()
    }

    /// Every text of up to 7 bytes made of quotes, separators, line breaks and a letter: the
    /// records and their number of cells are the csv crate's.
    #[test]
    fn records_and_cells_are_split_as_the_csv_crate_splits_them() {
        const ALPHABET: [u8; 5] = [b'"', b';', b'\n', b'\r', b'a'];
        let mut compared = 0;
        for length in 0..=7u32 {
            for number in 0..ALPHABET.len().pow(length) {
                let mut rest = number;
                let bytes: Vec<u8> = (0..length)
                    .map(|_| {
                        let byte = ALPHABET[rest % ALPHABET.len()];
                        rest /= ALPHABET.len();
                        byte
                    })
                    .collect();
                let expected = csv_records(&bytes);
                let starts = record_starts(&bytes);
                assert_eq!(starts.len(), expected.len(), "{bytes:?}");
                let text = std::str::from_utf8(&bytes).unwrap();
                for (index, &start) in starts.iter().enumerate() {
                    let next = starts.get(index + 1).copied().unwrap_or(text.len());
                    let record = text[start..next].trim_end_matches(['\r', '\n']);
                    assert_eq!(
                        cell_spans(record).len(),
                        expected[index].len(),
                        "{bytes:?}, record {index}"
                    );
                }
                compared += 1;
            }
        }
        assert_eq!(compared, 97_656);
    }

    #[test]
    fn records_know_their_line_and_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        std::fs::write(
            &path,
            b"\xef\xbb\xbf\"id\";\"description\"\r\n\"a\";\"two\nlines\"\r\n\"b\";\"\xc3\xa9\"\r\n\"c\";\"\xe9\"\n",
        )
        .unwrap();
        let table = read_table(&path).unwrap();
        let records = table.records();
        assert_eq!(records.len(), 4);
        assert!(records[3].invalid_utf8 && !records[2].invalid_utf8);
        assert_eq!(table.value(&records[1], 1).unwrap(), "two\nlines");
        assert_eq!(records[2].line, 4, "the quoted line break counts");
        assert_eq!(table.text(&records[2]), "\"b\";\"é\"");
        assert_eq!(table.value(&records[2], 1).unwrap(), "é");
        assert_eq!(table.value(&records[2], 2), None);
    }
}
