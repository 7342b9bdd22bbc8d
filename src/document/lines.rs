//! Byte offset → 1-based line and column (columns count Unicode scalar values).

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Start offsets of every line of a text.
#[derive(Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (a line ends after `\n`; `\r\n` counts as one break).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text));
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (offsets past the end are clamped).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.starts[line];
        Position {
            line: line + 1,
            column: text[line_start..offset].chars().count() + 1,
        }
    }

    /// The byte range of line `line` (1-based) without its line break.
    pub fn line_span(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts.get(line - 1).copied().unwrap_or(text.len());
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        let content = text[start..end].trim_end_matches(['\n', '\r']);
        (start, start + content.len())
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, byte)| byte == b'\n')
        .map(|(at, _)| at + 1)
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "titre: Musées\r\nlicence: x\n";
        let lines = LineIndex::new(text);
        let at = text.find("licence").unwrap();
        assert_eq!(lines.position(text, at), Position { line: 2, column: 1 });
        let after_accent = text.find("s\r").unwrap();
        assert_eq!(lines.position(text, after_accent).column, 13);
        assert_eq!(lines.line_span(text, 1), (0, "titre: Musées".len()));
    }
}
