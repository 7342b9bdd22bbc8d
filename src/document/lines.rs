//! Byte offset → 1-based line and column (columns count Unicode scalar values).

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Bytes between two column checkpoints of a long line.
const CHECKPOINT: usize = 4096;

/// Start offsets of every line of a text, and column checkpoints along long lines.
#[derive(Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `(byte offset, characters from its line's start)` every [`CHECKPOINT`] bytes of the
    /// lines longer than that, in offset order: a column is then counted from the nearest
    /// checkpoint, so many findings on one enormous line cost no more than on short ones.
    checkpoints: Vec<(usize, usize)>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (a line ends after `\n`, `\r\n` or a lone `\r`).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text));
        let mut checkpoints = Vec::new();
        for (index, &start) in starts.iter().enumerate() {
            let end = starts.get(index + 1).copied().unwrap_or(text.len());
            let (mut at, mut chars) = (start, 0);
            while end - at > CHECKPOINT {
                let next = floor_char_boundary(text, at + CHECKPOINT);
                chars += text[at..next].chars().count();
                at = next;
                checkpoints.push((at, chars));
            }
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// The position of byte `offset` in `text` (offsets past the end are clamped).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.starts[line];
        let nearest = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, chars) = match nearest.checked_sub(1).map(|index| self.checkpoints[index]) {
            Some((at, chars)) if at > line_start => (at, chars),
            _ => (line_start, 0),
        };
        Position {
            line: line + 1,
            column: chars + text[from..offset].chars().count() + 1,
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

/// The offsets where lines start after a break: `\n`, `\r\n`, or a lone `\r` (a break in
/// YAML 1.2 too, and in old Mac files).
fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().filter_map(move |(at, &byte)| {
        let lone_return = byte == b'\r' && bytes.get(at + 1) != Some(&b'\n');
        (byte == b'\n' || lone_return).then_some(at + 1)
    })
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
    fn columns_on_long_lines_count_characters_from_checkpoints() {
        let line = "é".repeat(5000) + "x" + &"ü€".repeat(3000);
        let text = format!("title: court\n{line}\r{line}\n");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        for offset in (0..text.len()).step_by(997) {
            let offset = floor_char_boundary(&text, offset);
            let line_start = text[..offset].rfind(['\n', '\r']).map_or(0, |at| at + 1);
            let expected = text[line_start..offset].chars().count() + 1;
            assert_eq!(
                index.position(&text, offset).column,
                expected,
                "offset {offset}"
            );
        }
        assert_eq!(index.position(&text, text.len()).line, 4);
    }

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
