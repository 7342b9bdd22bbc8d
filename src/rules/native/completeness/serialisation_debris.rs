//! DG209: texts that hold what a broken export left instead of text.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use crate::document::pointer;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// A kind of serialisation debris.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Debris {
    /// An object or list written out (`{'#text': …}`, `[{"lang": …}]`).
    Object,
    /// JavaScript's `[object Object]`.
    JavaScriptObject,
    /// A missing value written as text (`None`, `nan`, `null`, `undefined`).
    Null,
    /// HTML markup.
    Html,
    /// HTML entities left escaped (`&eacute;`).
    Entities,
}

impl Debris {
    /// The first kind of debris `text` holds, with the piece that shows it.
    fn find(text: &str) -> Option<(Debris, &str)> {
        static OBJECT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r#"^\s*\[?\s*\{\s*['"][#@]?[\w:.-]+['"]\s*:"#).expect("a valid regex")
        });
        static HTML: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)</?(?:p|br|div|span|strong|b|em|i|u|ul|ol|li|table|tr|td|th|h[1-6]|font)(?:\s[^<>]*)?/?>|<a\s+href\s*=[^<>]*>",
            )
            .expect("a valid regex")
        });
        static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"&(?:amp|lt|gt|quot|apos|nbsp|[aeiouycAEIOUYC](?:acute|grave|circ|uml|cedil)|oelig|rsquo|lsquo|ldquo|rdquo|laquo|raquo|hellip|ndash|mdash|deg|euro|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});",
            )
            .expect("a valid regex")
        });
        let trimmed = text.trim();
        if matches!(
            trimmed,
            "None" | "none" | "nan" | "NaN" | "null" | "NULL" | "undefined"
        ) {
            return Some((Debris::Null, trimmed));
        }
        if let Some(at) = text.find("[object Object]") {
            return Some((Debris::JavaScriptObject, &text[at..at + 15]));
        }
        if let Some(found) = OBJECT.find(text) {
            return Some((Debris::Object, found.as_str().trim()));
        }
        if let Some(found) = HTML.find(text) {
            return Some((Debris::Html, found.as_str()));
        }
        ENTITY
            .find(text)
            .map(|found| (Debris::Entities, found.as_str()))
    }

    fn message(self, field: &str, piece: &str) -> String {
        match self {
            Debris::Object => crate::msg!("debris-object", field = field, piece = piece),
            Debris::JavaScriptObject => crate::msg!("debris-js-object", field = field),
            Debris::Null => crate::msg!("debris-null", field = field, piece = piece),
            Debris::Html => crate::msg!("debris-html", field = field, piece = piece),
            Debris::Entities => crate::msg!("debris-entities", field = field, piece = piece),
        }
    }
}

/// The texts DG209 reads: pointer (relative to the dataset) and text.
fn texts<'a>(ctx: &CheckContext<'a>) -> Vec<(String, &'a str)> {
    let mut texts = Vec::new();
    for field in ["title", "acronym", "description", "description_short"] {
        if let Some(text) = ctx.dataset.text(field) {
            texts.push((format!("/{field}"), text));
        }
    }
    if let Some(tags) = ctx.dataset.field("tags").and_then(Value::as_array) {
        for (index, tag) in tags.iter().enumerate() {
            if let Some(tag) = tag.as_str() {
                texts.push((pointer::item("/tags", index), tag));
            }
        }
    }
    for resource in ctx.dataset.resources().unwrap_or_default() {
        for field in ["title", "description"] {
            if let Some(text) = resource.text(field) {
                texts.push((resource.field_pointer(field), text));
            }
        }
    }
    texts
}

/// DG209: a text field holds serialisation debris.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    for (at, text) in texts(ctx) {
        if let Some((debris, piece)) = Debris::find(text) {
            let field = at.trim_start_matches('/').to_owned();
            hits.push(Hit::value(at, debris.message(&field, piece)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Debris;

    #[test]
    fn each_kind_is_found_and_plain_text_is_not() {
        for (text, expected) in [
            (
                "{'#text': 'Plan local', '@xml:lang': 'fr'}",
                Some(Debris::Object),
            ),
            (r#"[{"lang": "fr", "value": "x"}]"#, Some(Debris::Object)),
            ("[object Object]", Some(Debris::JavaScriptObject)),
            ("Données [object Object]", Some(Debris::JavaScriptObject)),
            ("None", Some(Debris::Null)),
            (" nan ", Some(Debris::Null)),
            ("<p>Liste des parcs</p>", Some(Debris::Html)),
            ("Voir <a href=\"x\">ici</a>", Some(Debris::Html)),
            ("ligne<br/>suivante", Some(Debris::Html)),
            ("Donn&eacute;es de l&#39;Etat", Some(Debris::Entities)),
            ("R&amp;D", Some(Debris::Entities)),
            ("Liste des musées de France", None),
            ("Recherche & développement; budget", None),
            ("a < b > c", None),
            ("Nonexistent", None),
            ("{ braces } in a sentence", None),
            ("Voir [la page](https://example.org) **en gras**", None),
        ] {
            assert_eq!(Debris::find(text).map(|(kind, _)| kind), expected, "{text}");
        }
    }
}
