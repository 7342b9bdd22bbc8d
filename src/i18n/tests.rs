//! The catalogues are complete and agree with the code that uses them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;

fn placeholders(template: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let inside = &rest[..close];
            if is_placeholder(inside) {
                names.insert(inside.to_owned());
            } else if let Some((name, _, _)) = plural_choice(inside) {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

/// The arguments of the macro call whose text starts at `call` (just after its `(`): the
/// text up to the closing parenthesis, split at the commas outside brackets and strings.
fn call_pieces(call: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut depth, mut start, mut in_string, mut escaped) = (0i32, 0, false, false);
    for (index, c) in call.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                pieces.push(&call[start..index]);
                return pieces;
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                pieces.push(&call[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    pieces.push(&call[start..]);
    pieces
}

/// The id and argument names of the macro call whose text starts at `call` (just after
/// `msg!(`), the first `skipped` arguments left out.
fn call_arguments(call: &str, skipped: usize) -> (String, BTreeSet<String>) {
    let all_pieces = call_pieces(call);
    let pieces = &all_pieces[skipped..];
    let id = pieces[0].trim().trim_matches('"').to_owned();
    let names = pieces[1..]
        .iter()
        .filter_map(|piece| {
            piece
                .split_once('=')
                .map(|(name, _)| name.trim().to_owned())
        })
        .filter(|name| !name.is_empty())
        .collect();
    (id, names)
}

fn rust_files(directory: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(directory).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

/// Every `msg!` call in `src/`: its id, its argument names, and where it is.
fn calls() -> Vec<(String, BTreeSet<String>, String)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for path in files {
        if path.ends_with("i18n/mod.rs") || path.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable source file");
        for (macro_name, skipped) in [("msg!(", 0), ("msg_in!(", 1)] {
            for (at, _) in text.match_indices(macro_name) {
                let call = &text[at + macro_name.len()..];
                let (id, names) = call_arguments(call, skipped);
                let line = text[..at].lines().count() + 1;
                found.push((id, names, format!("{}:{line}", path.display())));
            }
        }
    }
    found
}

fn catalogue(source: &str) -> BTreeMap<String, String> {
    toml::from_str(source).expect("a valid catalogue")
}

#[test]
fn both_catalogues_have_the_same_messages_with_the_same_placeholders() {
    let english = catalogue(ENGLISH_SOURCE);
    let french = catalogue(FRENCH_SOURCE);
    let only_english: Vec<_> = english
        .keys()
        .filter(|id| !french.contains_key(*id))
        .collect();
    let only_french: Vec<_> = french
        .keys()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(
        only_english.is_empty(),
        "not translated to French: {only_english:?}"
    );
    assert!(only_french.is_empty(), "French only: {only_french:?}");
    for (id, template) in &english {
        assert_eq!(
            placeholders(template),
            placeholders(&french[id]),
            "`{id}` has other placeholders in French"
        );
        assert_ne!(template, &french[id], "`{id}` is not translated");
    }
}

#[test]
fn every_message_the_code_uses_is_in_the_catalogues_with_its_arguments() {
    let english = catalogue(ENGLISH_SOURCE);
    let calls = calls();
    assert!(calls.len() > 50, "found only {} msg! calls", calls.len());
    for (id, names, at) in &calls {
        let template = english
            .get(id)
            .unwrap_or_else(|| panic!("{at}: `{id}` is not in the catalogues"));
        assert_eq!(
            &placeholders(template),
            names,
            "{at}: the arguments of `{id}` differ from its placeholders"
        );
    }
    let used: BTreeSet<&str> = calls.iter().map(|(id, _, _)| id.as_str()).collect();
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !used.contains(id.as_str()))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn render_fills_placeholders_and_keeps_literal_braces() {
    let value = 3;
    let text = render_in(
        Lang::Fr,
        "tags-too-few",
        &[("count", &value), ("minimum", &4)],
    );
    assert!(text.contains('3') && text.contains('4'), "{text}");
    assert!(!text.contains('{'), "{text}");
    assert_eq!(
        render_in(Lang::En, "no-such-id", &[("a", &1)]),
        "no-such-id a=1"
    );
}

#[test]
fn plural_choices_agree_with_the_number_in_each_language() {
    let render = |lang, length: usize| {
        render_in(
            lang,
            "title-too-short",
            &[("length", &length), ("minimum", &10)],
        )
    };
    assert!(
        render(Lang::En, 1).contains("1 character;"),
        "{}",
        render(Lang::En, 1)
    );
    assert!(
        render(Lang::En, 0).contains("0 characters"),
        "{}",
        render(Lang::En, 0)
    );
    let none = render(Lang::Fr, 0);
    assert!(
        none.contains("0 caractère") && !none.contains("caractères"),
        "{none}"
    );
    assert!(
        render(Lang::Fr, 2).contains("2 caractères"),
        "{}",
        render(Lang::Fr, 2)
    );
}

#[test]
fn french_texts_follow_french_typography() {
    let narrow = NARROW_NO_BREAK_SPACE;
    assert_eq!(
        french_typography("Catégorie : « texte » ; vrai ? oui ! `a : b`"),
        format!(
            "Catégorie{narrow}: «{narrow}texte{narrow}»{narrow}; vrai{narrow}? oui{narrow}! `a : b`"
        )
    );
    for (id, template) in FRENCH.iter() {
        for mark in [" :", " ;", " ?", " !", "« ", " »"] {
            let outside_code: String = template.split('`').step_by(2).collect::<Vec<_>>().join("");
            assert!(!outside_code.contains(mark), "{id}: `{mark}` in {template}");
        }
    }
    assert_eq!(decimal(1.25, 1, Lang::Fr), "1,2");
    assert_eq!(decimal(56.7, 1, Lang::En), "56.7");
}

#[test]
fn work_in_a_language_renders_in_it_and_restores_the_one_before() {
    let outside = lang();
    let inner = in_lang(Lang::Fr, || {
        assert_eq!(lang(), Lang::Fr);
        let nested = in_lang(Lang::En, lang);
        (nested, lang(), render("or", &[]))
    });
    assert_eq!(inner, (Lang::En, Lang::Fr, " ou ".to_owned()));
    assert_eq!(lang(), outside);
    let unwound = std::panic::catch_unwind(|| in_lang(Lang::Fr, || panic!("in French")));
    assert!(unwound.is_err());
    assert_eq!(
        lang(),
        outside,
        "a panic does not leave the language behind"
    );
}
