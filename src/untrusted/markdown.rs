//! Markdown: text from data reads as itself wherever a report puts it (a paragraph, a list
//! item, a table cell, a link's text), and a link or an image comes only from dglint's own
//! constructions.
//!
//! [`text`] puts text on [one line](super::terminal::one_line), then
//! - escapes every ASCII punctuation character with a backslash, which CommonMark allows for
//!   all of them: no emphasis, code, link, image, HTML, entity, heading, list or table cell
//!   can start from data;
//! - writes a word joiner (U+2060, invisible) after each `:` and `@` and between `www` and
//!   `.`, so that no GitHub-flavoured renderer turns a URL, `www.` address or e-mail address
//!   into a link (GitHub finds those in the text after its escapes are read);
//! - writes leading and trailing spaces as character references, which a table cell or a
//!   list item would otherwise drop or read as an indented code block.

use std::fmt::Write as _;

use super::terminal::one_line;

/// The invisible character that keeps a GitHub-flavoured renderer from making a link.
const WORD_JOINER: char = '\u{2060}';

/// `data` as Markdown that reads as the text itself, on one line (see the module's page).
pub fn text(data: &str) -> String {
    let line = one_line(data);
    let body = line.trim_matches([' ', '\t']);
    let leading = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    let trailing = &line[leading.len() + body.len()..];
    let mut out = String::with_capacity(line.len() + 16);
    push_references(&mut out, leading);
    let mut previous: [char; 3] = ['\0'; 3];
    for c in body.chars() {
        if c == '.' && previous.iter().all(|p| p.eq_ignore_ascii_case(&'w')) {
            out.push(WORD_JOINER);
        }
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
        if matches!(c, ':' | '@') {
            out.push(WORD_JOINER);
        }
        previous = [previous[1], previous[2], c];
    }
    push_references(&mut out, trailing);
    out
}

/// Whitespace as numeric character references.
fn push_references(out: &mut String, whitespace: &str) {
    for c in whitespace.chars() {
        let _ = write!(out, "&#{};", u32::from(c));
    }
}

/// A link whose text is `data`, to `url` when it is an `http` or `https` URL
/// ([`super::link::web`]); the text alone otherwise.
pub fn link(data: &str, url: Option<&str>) -> String {
    let label = text(data);
    match url.and_then(super::link::web) {
        Some(target) => format!("[{label}]({target})"),
        None => label,
    }
}

/// A fenced code block of `code` as it is, its info string `info`: the fence is longer than
/// any run of backticks in the code, so that the code cannot close it.
pub fn code_block(info: &str, code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}{info}\n{code}\n{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// What a reader sees of `data` in a Markdown report, worked out apart from [`text`]: the
    /// text on one line, a word joiner after `:` and `@` and between `www` and `.`.
    fn shown(data: &str) -> String {
        let line = one_line(data).into_owned();
        let mut out = String::new();
        for (at, c) in line.char_indices() {
            if c == '.' && at >= 3 && line[..at].to_ascii_lowercase().ends_with("www") {
                out.push(WORD_JOINER);
            }
            out.push(c);
            if c == ':' || c == '@' {
                out.push(WORD_JOINER);
            }
        }
        out
    }

    /// The events of a table whose one body cell holds `cell`, from the cell's start to its
    /// end; panics on a table of another shape.
    fn cell_events(cell: &str) -> Vec<Event<'static>> {
        let document = format!("| a |\n|---|\n| {cell} |\n");
        let events: Vec<Event<'static>> = Parser::new_ext(
            &document,
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
        )
        .map(Event::into_static)
        .collect();
        let start = events
            .iter()
            .rposition(|event| matches!(event, Event::Start(Tag::TableCell)))
            .expect("a body cell");
        let end = events
            .iter()
            .rposition(|event| matches!(event, Event::End(TagEnd::TableCell)))
            .expect("the cell's end");
        let cells = events
            .iter()
            .filter(|event| matches!(event, Event::Start(Tag::TableCell)))
            .count();
        assert_eq!(cells, 2, "one header and one body cell: {events:?}");
        events[start + 1..end].to_vec()
    }

    /// The text of `events`, or what else they hold.
    fn plain_text(events: &[Event<'_>]) -> Result<String, String> {
        let mut text = String::new();
        for event in events {
            match event {
                Event::Text(part) => text.push_str(part),
                other => return Err(format!("{other:?}")),
            }
        }
        Ok(text)
    }

    #[test]
    fn hostile_titles_stay_text() {
        for data in [
            "[cliquez ici](https://evil.example)",
            "![pixel](https://tracker.example/p.gif)",
            "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>",
            "`code` **bold** _em_ ~~del~~",
            "https://evil.example www.evil.example contact@evil.example",
            "&lt;b&gt; &amp; &#x3C;",
            "| a | b |",
            "[a][b]\n\n[b]: https://evil.example",
            "    indented",
            "# heading",
            "1. item",
            "\\[escaped\\]",
            "a\u{1b}[2Jb\u{202e}",
        ] {
            let events = cell_events(&text(data));
            assert_eq!(plain_text(&events), Ok(shown(data)), "{data:?}");
        }
    }

    #[test]
    fn a_code_block_holds_its_fences() {
        let code = "title: x\n```\n<script>alert(1)</script>\n````";
        let block = code_block("yaml", code);
        assert!(block.starts_with("`````yaml\n"), "{block}");
        let events: Vec<Event<'_>> = Parser::new(&block).collect();
        let texts: String = events
            .iter()
            .filter_map(|event| match event {
                Event::Text(text) => Some(text.as_ref()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, format!("{code}\n"));
        assert!(!events.iter().any(|event| matches!(event, Event::Html(_))));
    }

    #[test]
    fn links_point_only_at_web_pages() {
        assert_eq!(
            link("Musées [2024]", Some("https://www.data.gouv.fr/datasets/m")),
            "[Musées \\[2024\\]](https://www.data.gouv.fr/datasets/m)"
        );
        assert_eq!(link("x", Some("javascript:alert(1)")), "x");
        assert_eq!(link("x", None), "x");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any text, in a table cell, parses to exactly the text a reader is shown: no link,
        /// image, HTML, code or emphasis.
        #[test]
        fn any_text_is_a_cell_of_that_text(data in any::<String>()) {
            let events = cell_events(&text(&data));
            prop_assert_eq!(plain_text(&events), Ok(shown(&data)));
        }

        /// The same for text made of Markdown's own characters, which random text rarely
        /// strings together.
        #[test]
        fn markdown_syntax_is_a_cell_of_that_text(
            data in "[-\\[\\]()<>!`*_~|\\\\&#;:@./a-zw0-9 \t\n\r]{0,40}"
        ) {
            let events = cell_events(&text(&data));
            prop_assert_eq!(plain_text(&events), Ok(shown(&data)));
        }
    }
}
