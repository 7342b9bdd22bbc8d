//! How a new scalar is written in place of an old one: in the old one's style when that
//! still reads as the same string, double-quoted otherwise.

use serde_json::Value;

use crate::document::Syntax;
use crate::document::scalar::resolve_plain;

/// The text that writes `value` where `written` was; `None` when `written` is a form dglint
/// does not rewrite (an anchor, a tag, an alias).
pub fn scalar(syntax: Syntax, written: &str, value: &str, in_flow: bool) -> Option<String> {
    if syntax != Syntax::Yaml {
        return Some(double_quoted(value));
    }
    match written.as_bytes().first() {
        Some(b'"') => Some(double_quoted(value)),
        Some(b'\'') if !value.chars().any(char::is_control) => {
            Some(format!("'{}'", value.replace('\'', "''")))
        }
        Some(b'\'') => Some(double_quoted(value)),
        Some(b'&' | b'!' | b'*') => None,
        _ if plain_reads_as(value, in_flow) => Some(value.to_owned()),
        _ => Some(double_quoted(value)),
    }
}

/// A string in double quotes: JSON's escapes are YAML's too.
pub fn double_quoted(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| String::from("\"\""))
}

/// Whether `value`, written as a plain YAML scalar, reads back as the string `value`.
pub fn plain_reads_as(value: &str, in_flow: bool) -> bool {
    let Some(first) = value.chars().next() else {
        return false;
    };
    // An indicator may not start a plain scalar, but for `-` before a letter (`-x`).
    let bad_start = "-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !(first == '-' && value.chars().nth(1).is_some_and(|c| c != ' ' && c != '-'));
    let breaks_flow = in_flow && value.contains([',', '[', ']', '{', '}', ':']);
    let bad_end = value.ends_with(':') || value.ends_with(char::is_whitespace);
    let comment_or_mapping = value.contains(": ") || value.contains(" #") || value.contains(":\t");
    let unprintable = value.chars().any(|c| c.is_control() || c == '\u{feff}');
    let unsafe_text = bad_start
        || first.is_whitespace()
        || breaks_flow
        || bad_end
        || comment_or_mapping
        || unprintable;
    !unsafe_text && resolve_plain(value) == Value::String(value.to_owned())
}
