//! Terminals and plain text: a control character from data is shown as its escape (`\u{1b}`),
//! so that no title can clear the screen, retitle the window, ring the bell, move the cursor
//! back over a line or reorder the text around it. Colours come only from dglint.

use std::borrow::Cow;

/// Whether `c` would act on a terminal, or on the order of the text around it, instead of
/// being read: the C0 and C1 control characters (ESC, BEL, CR, …) and DEL, and Unicode's
/// bidirectional formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE and its kin). A line
/// feed and a tab are layout, and are kept.
fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// Unicode's bidirectional formatting characters: marks, embeddings, overrides, isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `c` ends a line: a line feed, a carriage return, NEL, or Unicode's line and
/// paragraph separators.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether the character `c` at `at` in `text` is shown as its escape: a [hidden](is_hidden)
/// one, but for the carriage return of a `\r\n`, which a terminal takes as the line break it is.
fn is_escaped(text: &str, at: usize, c: char) -> bool {
    is_hidden(c) && !(c == '\r' && text[at + 1..].starts_with('\n'))
}

fn push_visible(shown: &mut String, c: char, escaped: bool) {
    if escaped {
        shown.extend(c.escape_unicode());
    } else {
        shown.push(c);
    }
}

/// `text` with every [hidden](is_hidden) character shown as its escape (`\u{1b}`); line feeds,
/// tabs and the carriage return of a `\r\n` kept. Borrowed when there is nothing to show.
pub fn visible(text: &str) -> Cow<'_, str> {
    VisibleSource::of(text).map_or(Cow::Borrowed(text), |source| Cow::Owned(source.text))
}

/// [`visible`], for a text the caller owns.
pub fn visible_owned(text: String) -> String {
    VisibleSource::of(&text).map_or(text, |source| source.text)
}

/// `text` on one line, for a place where a line of its own would pass for dglint's: each line
/// break (`\r\n` counts as one) and each tab becomes a space, and the other [hidden](is_hidden)
/// characters are shown as their escapes.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c == '\t' || is_hidden(c) || is_line_break(c))
    {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if c == '\t' || is_line_break(c) {
            shown.push(' ');
        } else {
            push_visible(&mut shown, c, is_hidden(c));
        }
    }
    Cow::Owned(shown)
}

/// A text made [visible](visible), with the way back and forth between its byte offsets and
/// those of the original: a report that underlines a span of the original draws it in the
/// visible text.
pub struct VisibleSource {
    /// The visible text.
    pub text: String,
    /// Each hidden character, in order.
    escapes: Vec<Escape>,
}

/// Where a hidden character is in the original and where its escape is in the visible text.
struct Escape {
    original: usize,
    original_len: usize,
    shown: usize,
    shown_len: usize,
}

impl VisibleSource {
    /// The visible form of `text`, or `None` when it has nothing hidden.
    pub fn of(text: &str) -> Option<VisibleSource> {
        if !text.char_indices().any(|(at, c)| is_escaped(text, at, c)) {
            return None;
        }
        let mut shown = String::with_capacity(text.len() + 16);
        let mut escapes = Vec::new();
        for (at, c) in text.char_indices() {
            let before = shown.len();
            let escaped = is_escaped(text, at, c);
            push_visible(&mut shown, c, escaped);
            if escaped {
                escapes.push(Escape {
                    original: at,
                    original_len: c.len_utf8(),
                    shown: before,
                    shown_len: shown.len() - before,
                });
            }
        }
        Some(VisibleSource {
            text: shown,
            escapes,
        })
    }

    /// The offset in the visible text of the original's `offset` (a character boundary).
    pub fn shown_offset(&self, offset: usize) -> usize {
        let before = self
            .escapes
            .partition_point(|escape| escape.original < offset);
        match before.checked_sub(1).map(|last| &self.escapes[last]) {
            None => offset,
            Some(escape) => {
                escape.shown + escape.shown_len + offset - escape.original - escape.original_len
            }
        }
    }

    /// The offset in the original of the visible text's `offset`; an offset inside an escape
    /// is the hidden character's own.
    pub fn original_offset(&self, offset: usize) -> usize {
        let before = self.escapes.partition_point(|escape| escape.shown < offset);
        match before.checked_sub(1).map(|last| &self.escapes[last]) {
            None => offset,
            Some(escape) if offset < escape.shown + escape.shown_len => escape.original,
            Some(escape) => {
                escape.original + escape.original_len + offset - escape.shown - escape.shown_len
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_are_shown() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(visible("x\u{9b}y\u{202e}z"), "x\\u{9b}y\\u{202e}z");
        assert_eq!(visible("a\r\nb\tc\rd"), "a\r\nb\tc\\u{d}d");
        assert!(matches!(
            visible("Marseille – prêts 2009 🙂"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn one_line_turns_breaks_and_tabs_into_spaces() {
        assert_eq!(one_line("a\r\nb\nc\rd\u{2028}e\tf"), "a b c d e f");
        assert_eq!(one_line("a\u{7}b"), "a\\u{7}b");
    }

    #[test]
    fn offsets_map_both_ways() {
        let original = "é\u{1b}[1mtitle\u{202e}x\r\n";
        let source = VisibleSource::of(original).unwrap();
        assert_eq!(source.text, "é\\u{1b}[1mtitle\\u{202e}x\r\n");
        for (at, c) in original.char_indices() {
            let shown = source.shown_offset(at);
            assert_eq!(source.original_offset(shown), at, "{c:?} at {at}");
            let escaped = is_hidden(c) && c != '\r';
            let expected = if escaped {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            };
            assert!(source.text[shown..].starts_with(&expected), "{c:?} at {at}");
        }
        assert_eq!(source.shown_offset(original.len()), source.text.len());
        assert_eq!(source.original_offset(source.text.len()), original.len());
    }
}
