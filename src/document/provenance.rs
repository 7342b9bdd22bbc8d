//! Documents assembled from excerpts of other files: which file each piece of the text comes
//! from, and at which line there, so positions are reported in the real files.

use super::Position;

/// A place in a file: the file (when it is not the document's own path) and the position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The file of an excerpt, or `None` for the document's own file.
    pub file: Option<String>,
    /// Line and column there.
    pub start: Position,
}

/// One excerpt: it starts at a line start of the document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte offset of the excerpt in the document's text.
    pub start: usize,
    /// The line (1-based) of the document's text the excerpt starts on.
    pub first_line: usize,
    /// The file it was copied from.
    pub path: String,
    /// The line (1-based) of that file the excerpt starts on.
    pub line_in_file: usize,
}

/// The excerpts of a document, in text order; none when the text is the file itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    pieces: Vec<Piece>,
}

impl Provenance {
    /// Excerpts in text order.
    pub fn new(pieces: Vec<Piece>) -> Provenance {
        Provenance { pieces }
    }

    /// Whether the text is the file itself (no excerpts).
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Renames the files the pieces come from (to the names reports give them).
    pub fn rename_files(&mut self, name: impl Fn(&str) -> String) {
        for piece in &mut self.pieces {
            piece.path = name(&piece.path);
        }
    }

    /// The piece holding byte `offset`, if the text is made of pieces.
    pub fn piece_at(&self, offset: usize) -> Option<&Piece> {
        let index = self.pieces.partition_point(|piece| piece.start <= offset);
        index.checked_sub(1).map(|index| &self.pieces[index])
    }

    /// Maps a position of the document's text to its file and position there.
    pub fn map(&self, offset: usize, position: Position) -> (Option<&str>, Position) {
        match self.piece_at(offset) {
            None => (None, position),
            Some(piece) => (
                Some(&piece.path),
                Position {
                    line: piece.line_in_file + position.line.saturating_sub(piece.first_line),
                    column: position.column,
                },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_map_to_the_files_of_the_pieces() {
        let provenance = Provenance::new(vec![
            Piece {
                start: 0,
                first_line: 1,
                path: "datasets.csv".into(),
                line_in_file: 40,
            },
            Piece {
                start: 30,
                first_line: 3,
                path: "resources.csv".into(),
                line_in_file: 7,
            },
        ]);
        let at = |line, column| Position { line, column };
        assert_eq!(
            provenance.map(12, at(2, 5)),
            (Some("datasets.csv"), at(41, 5))
        );
        assert_eq!(
            provenance.map(31, at(3, 2)),
            (Some("resources.csv"), at(7, 2))
        );
        assert_eq!(Provenance::default().map(3, at(1, 4)), (None, at(1, 4)));
    }
}
