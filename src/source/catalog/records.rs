//! The records of a `;`-separated catalogue export, with where each cell is in the file.
//!
//! The csv crate parses the values; the raw text of each record is then split into cells
//! (quotes included) so that a finding can point at the cell's line and column.

use std::path::Path;

/// One record (a header or a row) of the file.
#[derive(Debug, Clone)]
pub struct Record {
    /// Byte offset of the record in the file.
    pub offset: usize,
    /// Its line (1-based) in the file.
    pub line: usize,
    /// Its raw text, without the line break that ends it.
    pub text: String,
    /// The parsed values of its fields.
    pub values: Vec<String>,
    /// The byte range of each cell in `text`, quotes included.
    pub cells: Vec<(usize, usize)>,
    /// Whether the record was not valid UTF-8 (its values were read with replacement
    /// characters).
    pub invalid_utf8: bool,
}

impl Record {
    /// The value of field `index`, when the record has it.
    pub fn value(&self, index: usize) -> Option<&str> {
        self.values.get(index).map(String::as_str)
    }
}

/// Why a catalogue file cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The file cannot be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// A record cannot be parsed.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// The line of the record.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// The file has no header row.
    #[error("{path}: the file is empty: a catalogue export starts with a header row")]
    Empty {
        /// The file.
        path: String,
    },
}

/// Reads every record of a `;`-separated file; the first one is the header.
pub fn read_records(path: &Path) -> Result<Vec<Record>, CatalogError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| CatalogError::Io {
        path: display.clone(),
        source,
    })?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut starts = Vec::new();
    let mut parsed = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let position = reader.position().clone();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {
                // csv ends a record at `\r` and starts the next one at the `\n`: skip line
                // breaks to the record's first byte.
                let mut start = record.position().unwrap_or(&position).byte() as usize;
                while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
                    start += 1;
                }
                starts.push(start);
                parsed.push(
                    record
                        .iter()
                        .map(|field| String::from_utf8_lossy(field).into_owned())
                        .collect::<Vec<_>>(),
                );
            }
            Ok(false) => break,
            Err(error) => {
                let line = error
                    .position()
                    .map_or(position.line(), csv::Position::line);
                return Err(CatalogError::Syntax {
                    path: display,
                    line,
                    message: error.to_string(),
                });
            }
        }
    }
    if parsed.is_empty() {
        return Err(CatalogError::Empty { path: display });
    }
    let mut records = Vec::with_capacity(parsed.len());
    // csv counts records, not the line breaks inside quoted cells: count them here.
    let mut line = 1;
    let mut counted_to = 0;
    for (index, values) in parsed.into_iter().enumerate() {
        let offset = starts[index];
        line += bytes[counted_to..offset]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count();
        counted_to = offset;
        let end = starts.get(index + 1).copied().unwrap_or(bytes.len());
        let mut raw = &bytes[offset..end.max(offset)];
        while let Some(rest) = raw.strip_suffix(b"\n").or_else(|| raw.strip_suffix(b"\r")) {
            raw = rest;
        }
        let invalid_utf8 = std::str::from_utf8(raw).is_err();
        let text = String::from_utf8_lossy(raw).into_owned();
        let cells = cell_spans(&text);
        records.push(Record {
            offset,
            line,
            text,
            values,
            cells,
            invalid_utf8,
        });
    }
    Ok(records)
}

/// The byte range of each cell of a raw record, quotes included: a quoted cell runs to its
/// closing quote (a doubled quote is an escaped one), an unquoted one to the next `;`.
pub fn cell_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut cells = Vec::new();
    let mut start = 0;
    let mut at = 0;
    let mut quoted = false;
    while at < bytes.len() {
        match bytes[at] {
            b'"' if quoted && bytes.get(at + 1) == Some(&b'"') => at += 1,
            b'"' => quoted = !quoted,
            b';' if !quoted => {
                cells.push((start, at));
                start = at + 1;
            }
            _ => {}
        }
        at += 1;
    }
    cells.push((start, bytes.len()));
    cells
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
    }

    #[test]
    fn records_know_their_line_and_offset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        std::fs::write(
            &path,
            b"\xef\xbb\xbf\"id\";\"description\"\r\n\"a\";\"two\nlines\"\r\n\"b\";\"\xc3\xa9\"\r\n\"c\";\"\xe9\"\n",
        )
        .unwrap();
        let records = read_records(&path).unwrap();
        assert_eq!(records.len(), 4);
        assert!(records[3].invalid_utf8 && !records[2].invalid_utf8);
        assert_eq!(records[1].values, ["a", "two\nlines"]);
        assert_eq!(records[2].line, 4, "the quoted line break counts");
        assert_eq!(records[2].text, "\"b\";\"é\"");
        let (start, end) = records[2].cells[1];
        assert_eq!(&records[2].text[start..end], "\"é\"");
    }
}
