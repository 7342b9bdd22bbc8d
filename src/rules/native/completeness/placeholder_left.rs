//! DG208: a placeholder left in a manifest (a template's example address, a marker to fill).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use serde_json::Value;

use crate::document::pointer;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};

/// What finds a placeholder, in one pattern so that each text is scanned once: the domains
/// reserved for examples (RFC 2606) in a URL or an email address; a value that is only a hint
/// between angle brackets (`<slug of your organisation>`); markers of text still to write.
/// Word boundaries are ASCII ones: Unicode ones would make the regex leave its fast engine on
/// every accented text.
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?:^|[/@.])example\.(?:org|com|net)(?-u:\b))|^\s*<[^<>]{2,}>\s*$|(?-u:\b)(?:TODO|FIXME|TBD|XXX)(?-u:\b)|(?i:lorem ipsum|à compléter|a completer)",
    )
    .expect("a valid pattern")
});

/// Pieces one of which every placeholder holds (ASCII letters in any case), found in one fast
/// pass: the pattern above runs only on the few texts that have one.
static CLUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "example.", "<", "todo", "fixme", "tbd", "xxx", "lorem", "compl",
        ])
        .expect("valid clues")
});

/// DG208: every string of the dataset that still holds a placeholder, once per value.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(fields) = ctx.dataset.fields() else {
        return;
    };
    let mut at = String::new();
    for (key, value) in fields {
        visit(value, key, &mut at, hits);
    }
}

/// Reports the placeholders in `value`, the member `key` of the value at pointer `at` (`at`
/// is extended while visiting and restored after: a pointer is written out only for a hit).
fn visit(value: &Value, key: &str, at: &mut String, hits: &mut Vec<Hit>) {
    let length = at.len();
    at.push('/');
    at.push_str(&pointer::escape(key));
    match value {
        Value::String(text) => {
            if let Some(found) = CLUES
                .is_match(text.as_str())
                .then(|| PLACEHOLDER.find(text))
                .flatten()
            {
                hits.push(Hit::value(
                    at.as_str(),
                    crate::msg!(
                        "placeholder-left",
                        field = key,
                        piece = found.as_str().trim().trim_start_matches(['/', '@', '.'])
                    ),
                ));
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                visit(item, &index.to_string(), at, hits);
            }
        }
        Value::Object(fields) => {
            for (member, item) in fields {
                visit(item, member, at, hits);
            }
        }
        _ => {}
    }
    at.truncate(length);
}

#[cfg(test)]
mod tests {
    use super::{CLUES, PLACEHOLDER};

    fn found(text: &str) -> bool {
        CLUES.is_match(text) && PLACEHOLDER.is_match(text)
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
            "DESCRIPTION À COMPLÉTER",
            "<Nom du jeu de données>",
            "Voir https://EXAMPLE.ORG/x",
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
