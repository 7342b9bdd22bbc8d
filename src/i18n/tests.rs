//! The catalogues are complete, agree with each other, and render as each language writes.

use super::catalogue::{ENGLISH, FRENCH};
use super::*;

/// Every message of `lang`'s catalogue, rendered with each variable set to `value`.
fn every_message(lang: Lang, value: &str) -> Vec<(&'static str, String)> {
    ENGLISH
        .iter()
        .map(|(id, variables)| {
            let args: Vec<(&str, &dyn Display)> = variables
                .iter()
                .map(|name| (*name, &value as &dyn Display))
                .collect();
            (*id, render_in(lang, id, &args))
        })
        .collect()
}

#[test]
fn both_catalogues_have_the_same_messages_with_the_same_variables() {
    let ids = |table: &[(&'static str, &'static [&'static str])]| {
        table.iter().map(|(id, _)| *id).collect::<Vec<_>>()
    };
    let only_english: Vec<_> = ids(ENGLISH)
        .into_iter()
        .filter(|id| !ids(FRENCH).contains(id))
        .collect();
    let only_french: Vec<_> = ids(FRENCH)
        .into_iter()
        .filter(|id| !ids(ENGLISH).contains(id))
        .collect();
    assert!(
        only_english.is_empty(),
        "not translated to French: {only_english:?}"
    );
    assert!(only_french.is_empty(), "French only: {only_french:?}");
    assert_eq!(ENGLISH.len(), FRENCH.len());
    for ((id, english), (_, french)) in ENGLISH.iter().zip(FRENCH) {
        assert_eq!(english, french, "`{id}` has other variables in French");
    }
    assert!(ENGLISH.len() > 250, "only {} messages", ENGLISH.len());
    let french = every_message(Lang::Fr, "1");
    for ((id, english), (_, french)) in every_message(Lang::En, "1").iter().zip(&french) {
        assert_ne!(english, french, "`{id}` is not translated");
    }
}

#[test]
fn the_compile_time_check_refuses_unknown_ids_and_wrong_arguments() {
    catalogue::check("tags-too-few", &["count", "minimum"]);
    catalogue::check("tags-too-few", &["minimum", "count"]);
    for (id, arguments) in [
        ("no-such-message", &["count", "minimum"][..]),
        ("tags-too-few", &["count"][..]),
        ("tags-too-few", &["count", "minimum", "extra"][..]),
    ] {
        let refused = std::panic::catch_unwind(|| catalogue::check(id, arguments));
        assert!(refused.is_err(), "{id} {arguments:?} passed");
    }
}

#[test]
fn render_fills_variables_and_names_an_unknown_id() {
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
fn counts_take_each_language_plural_rule() {
    let files = |lang, count: usize| crate::msg_in!(lang, "count-files", count = count);
    assert_eq!(files(Lang::En, 0), "0 files");
    assert_eq!(files(Lang::En, 1), "1 file");
    assert_eq!(files(Lang::En, 2), "2 files");
    assert_eq!(files(Lang::Fr, 0), "0 fichier");
    assert_eq!(files(Lang::Fr, 1), "1 fichier");
    assert_eq!(files(Lang::Fr, 2), "2 fichiers");
    // CLDR's French "many" (a million) falls to the default variant.
    assert_eq!(files(Lang::Fr, 1_000_000), "1000000 fichiers");
}

#[test]
fn a_value_no_choice_depends_on_keeps_its_text() {
    let text = crate::msg_in!(
        Lang::En,
        "summary-skipped",
        count = "01053",
        reason = "1.50"
    );
    assert_eq!(text, "Skipped 01053 (1.50)");
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
    for (id, text) in every_message(Lang::Fr, "x") {
        for mark in [" :", " ;", " ?", " !", "« ", " »"] {
            let outside_code: String = text.split('`').step_by(2).collect::<Vec<_>>().join("");
            assert!(!outside_code.contains(mark), "{id}: `{mark}` in {text}");
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

/// Every `.rs` file under `dir`, with its text.
fn rust_sources(dir: &std::path::Path, into: &mut String) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            rust_sources(&path, into);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            into.push_str(&std::fs::read_to_string(&path).expect("readable source"));
        }
    }
}

#[test]
fn every_message_of_the_catalogues_is_used() {
    // `msg!` and `msg_in!` take the id as a literal (the compiler checks it exists), so a
    // message no code names is one a change left behind.
    let mut code = String::new();
    rust_sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    let unused: Vec<&str> = ENGLISH
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}
