//! `dglint criteria`: the criteria of dglint's score, from `rules/criteria/dglint.toml`.

use std::fmt::Write as _;

use serde_json::json;

use super::ListFormat;
use crate::error::ExitStatus;
use crate::i18n::Lang;
use crate::rules::criteria;

/// Lists every criterion, its label in `lang`.
pub fn list(format: ListFormat, lang: Lang) -> ExitStatus {
    let criteria = criteria::embedded();
    let out = match format {
        ListFormat::Text => {
            let mut out = format!(
                "{:<18} {:>6} {:<13} {:<14} {}\n",
                crate::msg_in!(lang, "list-criterion"),
                "POINTS",
                crate::msg_in!(lang, "list-category"),
                crate::msg_in!(lang, "list-evidence"),
                crate::msg_in!(lang, "list-rules")
            );
            for criterion in criteria {
                let _ = writeln!(
                    out,
                    "{:<18} {:>6} {:<13} {:<14} {}\n{:<18} {}",
                    criterion.id,
                    criterion.points,
                    criterion.category.as_str(),
                    criterion.evidence.as_str(),
                    criterion.rules.join(" "),
                    "",
                    criterion.label_in(lang)
                );
            }
            out
        }
        ListFormat::Json => {
            let items: Vec<_> = criteria
                .iter()
                .map(|criterion| {
                    json!({
                        "id": criterion.id,
                        "points": criterion.points,
                        "category": criterion.category.as_str(),
                        "evidence": criterion.evidence.as_str(),
                        "fields": criterion.fields,
                        "rules": criterion.rules,
                        "source": criterion.source,
                        "label": criterion.label_in(lang),
                    })
                })
                .collect();
            let mut text = serde_json::to_string_pretty(&items).unwrap_or_default();
            text.push('\n');
            text
        }
    };
    print!("{out}");
    ExitStatus::Success
}
