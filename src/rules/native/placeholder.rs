//! DG208: a placeholder left in a manifest (a template's example address, a marker to fill).

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

use super::CheckContext;
use crate::document::pointer;
use crate::finding::Hit;

/// The kinds of placeholder, each with what finds it.
static PLACEHOLDERS: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        // The domains reserved for examples (RFC 2606), in a URL or an email address.
        Regex::new(r"(?i)(?:^|[/@.])example\.(?:org|com|net)\b").expect("a valid pattern"),
        // A value that is only a hint between angle brackets: `<slug of your organisation>`.
        Regex::new(r"^\s*<[^<>]{2,}>\s*$").expect("a valid pattern"),
        // Markers of text still to write.
        Regex::new(r"\b(?:TODO|FIXME|TBD|XXX)\b|(?i:lorem ipsum|à compléter|a completer)")
            .expect("a valid pattern"),
    ]
});

/// DG208: every string of the dataset that still holds a placeholder, once per value.
pub fn placeholder_left(ctx: &CheckContext<'_>, hits: &mut Vec<Hit>) {
    let Some(fields) = ctx.dataset.fields() else {
        return;
    };
    let mut strings = Vec::new();
    for (key, value) in fields {
        collect(value, pointer::child("", key), &mut strings);
    }
    for (at, text) in strings {
        let Some(found) = PLACEHOLDERS.iter().find_map(|pattern| pattern.find(text)) else {
            continue;
        };
        let field = pointer::last_token(&at).map_or_else(String::new, |token| token.into_owned());
        hits.push(Hit::value(
            &at,
            crate::msg!(
                "placeholder-left",
                field = field,
                piece = found.as_str().trim().trim_start_matches(['/', '@', '.'])
            ),
        ));
    }
}

/// The strings under `value`, with their pointers.
fn collect<'a>(value: &'a Value, at: String, strings: &mut Vec<(String, &'a str)>) {
    match value {
        Value::String(text) => strings.push((at, text)),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect(item, pointer::item(&at, index), strings);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                collect(item, pointer::child(&at, key), strings);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::PLACEHOLDERS;

    fn found(text: &str) -> bool {
        PLACEHOLDERS.iter().any(|pattern| pattern.is_match(text))
    }

    #[test]
    fn placeholders_are_found_and_real_values_are_not() {
        for placeholder in [
            "https://example.org/musees/liste.csv",
            "contact@example.com",
            "http://www.example.net/x",
            "<slug-de-votre-organisation>",
            "TODO: décrire la méthode",
            "Lorem ipsum dolor sit amet",
            "Description à compléter",
        ] {
            assert!(found(placeholder), "{placeholder}");
        }
        for real in [
            "https://www.data.gouv.fr/datasets/x",
            "https://counterexample.org/a",
            "a < b and c > d",
            "Todo list of the council",
            "Liste des musées de France",
        ] {
            assert!(!found(real), "{real}");
        }
    }
}
