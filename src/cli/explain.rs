//! `dglint rules` and `dglint rule`: the rules' documentation, from their files.

use std::fmt::Write as _;

use serde_json::json;

use std::path::Path;

use super::ListFormat;
use crate::config::{Config, ConfigError, read_rule_dir};
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::model::{Instance, Origin};
use crate::rules::criteria;
use crate::rules::examples::check_examples;
use crate::rules::{Registry, Rule};
use crate::untrusted::markdown::code_block;
use crate::untrusted::terminal::visible;

/// The rules of the nearest config (the embedded ones and its `rule-dirs`) and its udata
/// instance.
fn configured() -> Result<(&'static Registry, Instance), ConfigError> {
    Config::discover(&std::env::current_dir().unwrap_or_default())
        .and_then(|config| Ok((config.registry()?, config.instance()?)))
}

/// The rules of the nearest config: the embedded ones and its `rule-dirs`.
fn registry() -> Result<&'static Registry, ConfigError> {
    configured().map(|(registry, _)| registry)
}

/// Lists every rule, its summary in `lang`.
pub fn list(format: ListFormat, lang: Lang) -> Result<ExitStatus, Error> {
    let registry = registry()?;
    let out = match format {
        ListFormat::Text => {
            let mut out = format!(
                "{:<6} {:<36} {:<13} {:<8} {}\n",
                "CODE",
                crate::msg_in!(lang, "list-name"),
                crate::msg_in!(lang, "list-category"),
                crate::msg_in!(lang, "list-severity"),
                crate::msg_in!(lang, "list-fix")
            );
            for rule in registry.rules() {
                let def = &rule.def;
                let line = format!(
                    "{:<6} {:<36} {:<13} {:<8} {}",
                    def.code,
                    def.name,
                    def.category.as_str(),
                    def.severity.as_str(),
                    def.autofix
                        .as_ref()
                        .map_or("", |autofix| autofix.safety.as_str())
                );
                let _ = writeln!(out, "{}", line.trim_end());
            }
            out
        }
        ListFormat::Json => {
            let rules: Vec<_> = registry
                .rules()
                .iter()
                .map(|rule| {
                    json!({
                        "code": rule.def.code,
                        "name": rule.def.name,
                        "category": rule.def.category.as_str(),
                        "severity": rule.def.severity.as_str(),
                        "summary": rule.def.texts(lang).summary,
                        "check": rule.def.check.kind(),
                        "fix": rule.def.autofix.as_ref().map(|autofix| autofix.safety.as_str()),
                    })
                })
                .collect();
            format!(
                "{}\n",
                serde_json::to_string_pretty(&rules).unwrap_or_default()
            )
        }
    };
    print!("{out}");
    Ok(ExitStatus::Success)
}

/// Runs the examples of the rule files in `directory`; prints what each rule's examples do.
pub fn test_examples(directory: &Path) -> Result<ExitStatus, Error> {
    let files = read_rule_dir(directory).map_err(|error| Error::Input {
        path: directory.display().to_string(),
        message: crate::msg!(
            "cannot-read",
            path = directory.display(),
            reason = crate::i18n::io_reason(&error)
        ),
    })?;
    let paths: Vec<String> = files.iter().map(|file| file.path.clone()).collect();
    let registry = Registry::with_user_rules(files).map_err(ConfigError::rule_file)?;
    let mut failed = false;
    for rule in registry
        .rules()
        .iter()
        .filter(|rule| paths.iter().any(|path| path == rule.file))
    {
        let problems = check_examples(registry, rule);
        if problems.is_empty() {
            println!("{} {}: examples ok", rule.code(), rule.name());
        } else {
            failed = true;
            for problem in problems {
                println!("{}", visible(&problem));
            }
        }
    }
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// Prints one rule's documentation in `lang`.
pub fn show(code_or_name: &str, lang: Lang) -> Result<ExitStatus, Error> {
    let (registry, instance) = configured()?;
    match registry.find(code_or_name) {
        Some(rule) => {
            print!("{}", visible(&document(rule, lang, &instance)));
            Ok(ExitStatus::Success)
        }
        None => Err(Error::UnknownRule {
            written: code_or_name.to_owned(),
            suggestion: registry.suggest(code_or_name).map(str::to_owned),
        }),
    }
}

/// Which criteria of dglint's score the rule's findings cost, and which data.gouv.fr
/// criterion it mirrors.
fn score_section(rule: &'static Rule, lang: Lang) -> String {
    let mut text = String::new();
    let costs: Vec<String> = criteria::embedded()
        .iter()
        .filter(|criterion| criterion.rules.contains(&rule.def.code))
        .map(|criterion| {
            let fields: Vec<String> = criterion
                .fields
                .iter()
                .map(|field| format!("`{field}`"))
                .collect();
            match lang {
                Lang::En => format!(
                    "`{}` ({} of 100 points; a finding within {})",
                    criterion.id,
                    criterion.points,
                    fields.join(", ")
                ),
                Lang::Fr => format!(
                    "`{}` ({} points sur 100 ; un constat dans {})",
                    criterion.id,
                    criterion.points,
                    fields.join(", ")
                ),
            }
        })
        .collect();
    let _ = match (lang, costs.is_empty()) {
        (Lang::En, false) => write!(
            text,
            "Its findings cost dglint's criteria {}: a criterion earns its points only when \
             the dataset shows what it asks and no finding of its rules stands against it \
             (`dglint criteria` lists them).",
            costs.join("; ")
        ),
        (Lang::Fr, false) => write!(
            text,
            "Ses constats coûtent aux critères du score dglint {} : un critère ne rapporte \
             ses points que si le jeu de données montre ce qu'il demande et qu'aucun constat \
             de ses règles ne s'y oppose (`dglint criteria` les liste).",
            costs.join(" ; ")
        ),
        (Lang::En, true) => write!(
            text,
            "No criterion of dglint's score counts this rule: its findings do not change the \
             score."
        ),
        (Lang::Fr, true) => write!(
            text,
            "Aucun critère du score dglint ne compte cette règle : ses constats ne changent \
             pas le score."
        ),
    };
    if let Some(criterion) = rule.def.udata.map(|link| link.criterion) {
        let _ = match lang {
            Lang::En => write!(
                text,
                " It reports what fails data.gouv.fr's `{}` criterion ({}).",
                criterion.key(),
                criterion.label()
            ),
            Lang::Fr => write!(
                text,
                " Elle signale ce qui fait échouer le critère `{}` de data.gouv.fr.",
                criterion.key()
            ),
        };
    }
    text
}

/// What `--fix` does for the rule: its fix and whether it is safe, or that it has none.
fn autofix_paragraph(rule: &Rule, lang: Lang) -> String {
    let def = &rule.def;
    match (&def.autofix, def.autofix_description(lang)) {
        (Some(autofix), Some(description)) => crate::msg_in!(
            lang,
            "rule-autofix",
            safety = autofix.safety.as_str(),
            description = description.trim()
        ),
        _ => crate::msg_in!(lang, "rule-no-autofix", category = def.category.as_str()),
    }
}

/// The ways to silence the rule: everywhere, in some files, at one place of a manifest.
fn silence_section(code: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Everywhere: `ignore = [\"{code}\"]` in `dglint.toml` (or `--ignore {code}`), or \
             `severity = \"off\"` under `[rules.{code}]`. In some files: \
             `\"legacy/**\" = [\"{code}\"]` under `[per-file-ignores]`. At one place of a YAML \
             manifest, on the line above the key: `# dglint: ignore[{code}] the reason`; in the \
             whole file: `# dglint: ignore-file[{code}] the reason`."
        ),
        Lang::Fr => format!(
            "Partout : `ignore = [\"{code}\"]` dans `dglint.toml` (ou `--ignore {code}`), ou \
             `severity = \"off\"` sous `[rules.{code}]`. Dans certains fichiers : \
             `\"legacy/**\" = [\"{code}\"]` sous `[per-file-ignores]`. À un endroit d'une fiche \
             YAML, sur la ligne au-dessus de la clé : `# dglint: ignore[{code}] la raison` ; dans \
             tout le fichier : `# dglint: ignore-file[{code}] la raison`."
        ),
    }
}

/// The headings of a rule's documentation in one language.
struct Headings {
    why: &'static str,
    fix: &'static str,
    parameters: &'static str,
    notes: &'static str,
    set_them: &'static str,
    silence: &'static str,
    api_data: &'static str,
    examples: &'static str,
    reported: &'static str,
    not_reported: &'static str,
    default: &'static str,
    colon: &'static str,
}

fn headings(lang: Lang) -> Headings {
    match lang {
        Lang::En => Headings {
            why: "Why",
            fix: "How to fix",
            parameters: "Parameters",
            notes: "Notes",
            set_them: "Set them in `dglint.toml`:",
            silence: "Silence it",
            api_data: " (API data, written as YAML)",
            examples: "Examples",
            reported: "Reported",
            not_reported: "Not reported",
            default: "default",
            colon: ":",
        },
        Lang::Fr => Headings {
            why: "Pourquoi",
            fix: "Comment corriger",
            parameters: "Paramètres",
            notes: "Remarques",
            set_them: "Réglez-les dans `dglint.toml` :",
            silence: "Le faire taire",
            api_data: " (données de l'API, écrites en YAML)",
            examples: "Exemples",
            reported: "Signalé",
            not_reported: "Non signalé",
            default: "par défaut",
            colon: " :",
        },
    }
}

/// The Markdown documentation of a rule, in `lang` where it is translated.
pub fn document(rule: &'static Rule, lang: Lang, instance: &Instance) -> String {
    let def = &rule.def;
    let texts = def.texts(lang);
    let words = headings(lang);
    let mut out = format!(
        "# {} {}\n\n{}\n\n",
        def.code,
        def.name,
        texts.summary.trim()
    );
    let api_only = def.only.is_some();
    let line = match lang {
        Lang::En => format!(
            "Category: {} · Default severity: {} · Check: {}{}",
            def.category,
            def.severity,
            def.check.kind(),
            if api_only { " · API data only" } else { "" }
        ),
        Lang::Fr => format!(
            "Catégorie : {} · Gravité par défaut : {} · Vérification : {}{}",
            def.category,
            def.severity,
            def.check.kind(),
            if api_only {
                " · données de l'API seulement"
            } else {
                ""
            }
        ),
    };
    let _ = writeln!(out, "{line}\n");
    let _ = writeln!(out, "## {}\n\n{}\n", words.why, texts.rationale.trim());
    let _ = writeln!(out, "## Score\n\n{}\n", score_section(rule, lang));
    let _ = writeln!(out, "## {}\n\n{}\n", words.fix, texts.fix.trim());
    let _ = writeln!(out, "{}\n", autofix_paragraph(rule, lang));
    if let Some(notes) = texts.notes {
        let _ = writeln!(out, "## {}\n\n{}\n", words.notes, notes.trim());
    }
    if !def.params.is_empty() {
        let _ = writeln!(out, "## {}\n", words.parameters);
        for (name, param) in &def.params {
            let _ = writeln!(
                out,
                "- `{name}` ({} `{}`){} {}",
                words.default,
                param.default_on(instance),
                words.colon,
                def.param_description(name, lang).trim()
            );
        }
        let _ = writeln!(
            out,
            "\n{}\n\n```toml\n[rules.{}]\n{} = {}\n```\n",
            words.set_them,
            def.code,
            def.params
                .keys()
                .next()
                .map(String::as_str)
                .unwrap_or_default(),
            def.params
                .values()
                .next()
                .map(|param| param.default_on(instance).to_string())
                .unwrap_or_default()
        );
    }
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        words.silence,
        silence_section(&def.code, lang)
    );
    let kind = match def.only {
        Some(Origin::Api) => words.api_data,

        _ => "",
    };
    let _ = writeln!(out, "## {}\n", words.examples);
    let headed = [
        (words.reported, kind, &def.examples.fail),
        (words.not_reported, "", &def.examples.pass),
    ];
    for (heading, kind, examples) in headed {
        for example in examples {
            let _ = writeln!(
                out,
                "{heading}{kind}:\n\n{}\n",
                code_block("yaml", example.trim_end())
            );
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    match lang {
        Lang::En => out,
        Lang::Fr => crate::i18n::french_typography(&out),
    }
}
