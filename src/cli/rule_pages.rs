//! The manual's rule pages (`docs/rules/`, `docs/fr/rules/`), generated from the rule files:
//! one page per rule and language (what `dglint rule CODE` prints), an index per language, and
//! the rules part of `docs/SUMMARY.md`. A test compares them with the files and rewrites them
//! when asked (CONTRIBUTING.md, "The manual").

use std::fmt::Write as _;

use super::explain::document;
use crate::i18n::Lang;
use crate::model::Instance;
use crate::report::docs_url::rule_folder as folder;
use crate::rules::Registry;

/// Every generated page: its path relative to `docs/` and its text. The built-in rules only,
/// documented with the defaults of data.gouv.fr.
pub fn pages(registry: &'static Registry) -> Vec<(String, String)> {
    let instance = Instance::data_gouv_fr();
    let mut pages = Vec::new();
    for lang in [Lang::En, Lang::Fr] {
        for rule in registry.rules() {
            let back = match lang {
                Lang::En => "[All rules](index.md)",
                Lang::Fr => "[Toutes les règles](index.md)",
            };
            pages.push((
                format!("{}/{}.md", folder(lang), rule.code()),
                format!("{}\n{back}\n", document(rule, lang, &instance)),
            ));
        }
        pages.push((format!("{}/index.md", folder(lang)), index(registry, lang)));
    }
    pages
}

/// The list of rules in `lang`, each linked to its page.
fn index(registry: &'static Registry, lang: Lang) -> String {
    let (title, intro, head) = match lang {
        Lang::En => (
            "# The rules",
            "Every rule of dglint, with its page ([en français](../fr/rules/index.md)). \
             `dglint rules` lists them on a terminal; [Rules](../rules.md) says how they are \
             selected and what their severities mean.",
            "| code | name | category | severity | fix | what it reports |",
        ),
        Lang::Fr => (
            "# Les règles",
            "Toutes les règles de dglint, chacune avec sa page ([in English](../../rules/index.md)). \
             `dglint rules` les liste dans un terminal ; [Rules](../../rules.md) dit comment les \
             choisir et ce que disent leurs gravités.",
            "| code | nom | catégorie | gravité | correction | ce qu'elle signale |",
        ),
    };
    let mut out = format!("{title}\n\n{intro}\n\n{head}\n|---|---|---|---|---|---|\n");
    for rule in registry.rules() {
        let def = &rule.def;
        let summary = def.texts(lang).summary.trim().replace('|', "\\|");
        let _ = writeln!(
            out,
            "| [{code}]({code}.md) | `{}` | {} | {} | {} | {} |",
            def.name,
            def.category.as_str(),
            def.severity.as_str(),
            def.autofix
                .as_ref()
                .map_or("", |autofix| autofix.safety.as_str()),
            summary.replace('\n', " "),
            code = def.code,
        );
    }
    match lang {
        Lang::En => out,
        Lang::Fr => crate::i18n::french_typography(&out),
    }
}

/// The rules part of `docs/SUMMARY.md`: both lists and every page, nested under "Rules".
pub fn summary(registry: &'static Registry) -> String {
    let mut out = String::new();
    for (lang, title) in [(Lang::En, "The list of rules"), (Lang::Fr, "Les règles")] {
        let folder = folder(lang);
        let _ = writeln!(out, "  - [{title}]({folder}/index.md)");
        for rule in registry.rules() {
            let _ = writeln!(
                out,
                "    - [{} {}]({folder}/{}.md)",
                rule.code(),
                rule.name(),
                rule.code()
            );
        }
    }
    out
}
