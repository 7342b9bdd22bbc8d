//! Text as udata's harvesters store it: HTML turned into text, tags normalised.

/// Whether `text` holds an HTML start or end tag (`<p>`, `</b>`, `<br/>`), as Python's HTML
/// parser finds them.
pub fn is_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().any(|(at, pair)| {
        pair[0] == b'<'
            && (pair[1].is_ascii_alphabetic()
                || (pair[1] == b'/' && bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic)))
            && text[at..].contains('>')
    })
}

/// HTML as text, close to what udata's html2text conversion gives: tags out (a paragraph,
/// a heading, a list item or a line break starts a line), entities decoded, spaces collapsed.
/// Not exact: [`crate::model::udata`] judges its length within a margin.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let tag = rest[start + 1..start + end]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(
            name.as_str(),
            "p" | "br" | "li" | "div" | "h1" | "h2" | "h3" | "h4" | "tr"
        ) {
            out.push('\n');
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    let lines: Vec<String> = decoded
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n\n")
}

/// The common HTML entities, named and numeric.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let entity = after
            .find(';')
            .filter(|end| *end <= 10)
            .map(|end| &after[..end]);
        let decoded = entity.and_then(|entity| match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => {
                let number = entity.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (entity, decoded) {
            (Some(entity), Some(character)) => {
                out.push(character);
                rest = &after[entity.len() + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What udata's `parse_html` (html2text, as the CKAN backend reads `notes`) makes of a text,
/// and whether it is exactly that. A text without `<` or `&` is exact: html2text escapes
/// what Markdown would misread (a line starting with `- `, `+ ` or `1. `, a backslash before
/// a Markdown character) and collapses every run of white space into one space. Anything
/// else goes through [`html_to_text`], close but not exact.
pub fn parse_html(text: &str) -> (String, bool) {
    let text = text.trim();
    let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.contains(['<', '&']) {
        return (html_to_text(&collapse(text)), false);
    }
    (collapse(&escape_markdown(text)), true)
}

/// html2text's Markdown escapes (`escape_md_section`): a backslash before a Markdown
/// character doubled; a backslash before the `.` of a line starting with a number and a dot,
/// before a line's leading `+`, and before a line's leading `-`, when white space (or another
/// `-`) follows.
fn escape_markdown(text: &str) -> String {
    const MARKDOWN: &str = "\\`*_{}[]()#+-.!";
    let mut out = String::with_capacity(text.len() + 8);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let more = lines.peek().is_some();
        let after = |at: usize| line[at..].chars().next().or(more.then_some('\n'));
        let spaced = |at: usize| after(at).is_some_and(char::is_whitespace);
        let lead = line.len() - line.trim_start().len();
        let digits = line[lead..].len()
            - line[lead..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let marker =
            if digits > 0 && line[lead + digits..].starts_with('.') && spaced(lead + digits + 1) {
                Some(lead + digits)
            } else if (line[lead..].starts_with('+') && spaced(lead + 1))
                || (line[lead..].starts_with('-')
                    && (spaced(lead + 1) || after(lead + 1) == Some('-')))
            {
                Some(lead)
            } else {
                None
            };
        let mut characters = line.char_indices().peekable();
        while let Some((at, character)) = characters.next() {
            if Some(at) == marker {
                out.push('\\');
            }
            out.push(character);
            if character == '\\'
                && characters
                    .peek()
                    .is_some_and(|(_, next)| MARKDOWN.contains(*next))
            {
                out.push('\\');
            }
        }
        if more {
            out.push('\n');
        }
    }
    out
}

/// Tags as udata stores them (`TagListField`): each word's slug (lowercased, transliterated),
/// cut at 96 characters, kept when it has at least 3, without repeats, sorted.
pub fn normalised_tags<S: AsRef<str>>(words: &[S]) -> Vec<String> {
    let mut tags: Vec<String> = words
        .iter()
        .map(|word| {
            let slug = slug::slugify(word.as_ref().to_lowercase());
            slug.chars().take(96).collect::<String>()
        })
        .filter(|tag| tag.chars().count() >= 3)
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_told_from_text_and_read_as_text() {
        assert!(is_html("<p>Les arbres</p>"));
        assert!(is_html("texte </b> fin"));
        assert!(!is_html("a < b et c > d"));
        assert!(!is_html("3<4"));
        assert_eq!(
            html_to_text("<p>Les <b>arbres</b> &amp; les haies.</p><p>Fin&#33;</p>"),
            "Les arbres & les haies.\n\nFin!"
        );
    }

    #[test]
    fn plain_text_is_escaped_and_collapsed_as_html2text_does() {
        // Each expectation printed by html2text 2025.4.15 (`parse_html` of udata 17.18).
        let exact = |text: &str| parse_html(text);
        assert_eq!(exact("a  b\n\nc\nd"), ("a b c d".into(), true));
        assert_eq!(
            exact("Liste:\n- un\n- deux\n1. trois"),
            ("Liste: \\- un \\- deux 1\\. trois".into(), true)
        );
        assert_eq!(exact("x.\n2. y"), ("x. 2\\. y".into(), true));
        assert_eq!(exact("+ plus"), ("\\+ plus".into(), true));
        assert_eq!(exact("a\\b"), ("a\\b".into(), true));
        assert_eq!(exact("1) a"), ("1) a".into(), true));
        assert!(!parse_html("<p>Un</p>").1);
    }
}
