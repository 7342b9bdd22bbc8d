//! Rule parameters: defaults from the rule file (`[params]`), overridden from `dglint.toml`,
//! read into the typed parameters of the rule's native check (`Params` in its Rust file).

use std::collections::BTreeMap;

use super::native::PreparedCheck;
use super::registry::{Check, Rule};
use crate::model::Instance;

/// Why a rule's parameters cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ParamError {
    /// A name the rule does not take.
    #[error("{}", if known.is_empty() {
        crate::msg!("param-unknown-none", name = name)
    } else {
        crate::msg!("param-unknown", name = name, known = known.join(", "))
    })]
    Unknown {
        /// The name written.
        name: String,
        /// The names the rule takes.
        known: Vec<String>,
    },
    /// A value of another type than its default's.
    #[error("{}", crate::msg!("param-wrong-type", name = name, kind = expected, default = default))]
    WrongType {
        /// The parameter.
        name: String,
        /// The type of its default (`integer`, `string`, `number`, `boolean`, `other`).
        expected: &'static str,
        /// Its default.
        default: toml::Value,
    },
    /// A value the check's typed parameters refuse (a negative count, an invalid regex).
    #[error("{}", crate::msg!("param-invalid", name = name, problem = message))]
    Invalid {
        /// The parameter: the override refused on its own (the typed parameters do not say).
        name: String,
        /// Why.
        message: String,
    },
    /// The rule file's `[params]` and the check's typed parameters disagree (a bug of the
    /// rule, which the test suite catches).
    #[error("its parameters do not fit its check: {0}")]
    Mismatch(String),
}

impl ParamError {
    /// The parameter at fault, when there is one.
    pub fn name(&self) -> Option<&str> {
        match self {
            ParamError::Unknown { name, .. }
            | ParamError::WrongType { name, .. }
            | ParamError::Invalid { name, .. } => Some(name),
            ParamError::Mismatch(_) => None,
        }
    }
}

/// The value of each parameter of `rule` on `instance`: the user's override, else the
/// default (which may follow the instance's settings). A name the rule does not declare, or
/// a value of another type than its default's, is an error.
pub fn values(
    rule: &Rule,
    overrides: &BTreeMap<String, toml::Value>,
    instance: &Instance,
) -> Result<toml::Table, ParamError> {
    let definitions = &rule.def.params;
    if let Some(unknown) = overrides
        .keys()
        .find(|name| !definitions.contains_key(*name))
    {
        return Err(ParamError::Unknown {
            name: unknown.clone(),
            known: definitions.keys().cloned().collect(),
        });
    }
    let mut values = toml::Table::new();
    for (name, definition) in definitions {
        let value = match overrides.get(name) {
            Some(value) => value.clone(),
            None => definition.default_on(instance),
        };
        if value.type_str() != definition.default.type_str() {
            return Err(ParamError::WrongType {
                name: name.clone(),
                expected: type_name(&definition.default),
                default: definition.default.clone(),
            });
        }
        values.insert(name.clone(), value);
    }
    Ok(values)
}

/// The check of `rule` bound to its parameters for the run (`None` for a rule that is not
/// native: its findings come from elsewhere, and it takes no parameter).
pub fn prepare(
    rule: &Rule,
    overrides: &BTreeMap<String, toml::Value>,
    instance: &Instance,
) -> Result<Option<PreparedCheck>, ParamError> {
    let taken = values(rule, overrides, instance)?;
    let Check::Native(prepare) = rule.check else {
        return Ok(None);
    };
    let error = match prepare(taken) {
        Ok(check) => return Ok(Some(check)),
        Err(error) => error.message().to_owned(),
    };
    // The typed parameters do not say which value they refused: it is the override that
    // fails on its own; with none, the rule file and its check disagree.
    let culprit = overrides.iter().find(|(name, value)| {
        let alone = BTreeMap::from([((*name).clone(), (*value).clone())]);
        values(rule, &alone, instance).is_ok_and(|taken| prepare(taken).is_err())
    });
    Err(match culprit {
        Some((name, _)) => ParamError::Invalid {
            name: name.clone(),
            message: error,
        },
        None => ParamError::Mismatch(error),
    })
}

/// The type of a parameter's default, as `param-wrong-type` selects on it.
fn type_name(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::Integer(_) => "integer",
        toml::Value::String(_) => "string",
        toml::Value::Float(_) => "number",
        toml::Value::Boolean(_) => "boolean",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Registry;

    fn rule(code: &str) -> &'static Rule {
        Registry::embedded()
            .expect("the embedded rules load")
            .by_code(code)
            .expect("a known rule")
    }

    fn prepared(code: &str, overrides: &[(&str, toml::Value)]) -> Result<bool, ParamError> {
        let overrides = overrides
            .iter()
            .map(|(name, value)| ((*name).to_owned(), value.clone()))
            .collect();
        prepare(rule(code), &overrides, &Instance::default()).map(|check| check.is_some())
    }

    #[test]
    fn every_native_rule_takes_the_defaults_of_its_rule_file() {
        let registry = Registry::embedded().expect("the embedded rules load");
        for instance in [Instance::default(), Instance::udata_defaults()] {
            for rule in registry.rules() {
                let native = matches!(rule.check, Check::Native(_));
                match prepare(rule, &BTreeMap::new(), &instance) {
                    Ok(check) => assert_eq!(check.is_some(), native, "{}", rule.code()),
                    Err(error) => panic!("{}: {error}", rule.code()),
                }
            }
        }
    }

    #[test]
    fn a_value_of_the_right_type_is_taken() {
        let taken = |code: &str, name: &str, value: toml::Value| {
            let overrides = BTreeMap::from([(name.to_owned(), value)]);
            values(rule(code), &overrides, &Instance::default())
                .unwrap()
                .get(name)
                .cloned()
        };
        assert_eq!(
            taken("DG221", "min_tags", toml::Value::Integer(5)),
            Some(toml::Value::Integer(5))
        );
        assert_eq!(
            taken("DG601", "pattern", toml::Value::from("^[a-z]+$")),
            Some(toml::Value::from("^[a-z]+$"))
        );
        assert!(prepared("DG221", &[("min_tags", toml::Value::Integer(5))]).unwrap());
        assert!(prepared("DG601", &[("pattern", toml::Value::from("^[a-z]+$"))]).unwrap());
    }

    #[test]
    fn an_unknown_name_lists_the_names_the_rule_takes() {
        let error = prepared("DG221", &[("min_tag", toml::Value::Integer(5))]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown parameter `min_tag`: this rule has min_tags"
        );
        let error = prepared("DG220", &[("min_tags", toml::Value::Integer(5))]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown parameter `min_tags`: this rule has no parameter"
        );
    }

    #[test]
    fn a_value_of_another_type_names_the_type_of_the_default() {
        let error = prepared("DG221", &[("min_tags", toml::Value::from("five"))]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "parameter `min_tags` must be an integer, like its default `3`"
        );
    }

    #[test]
    fn a_value_the_typed_parameters_refuse_names_its_parameter() {
        let error = prepared("DG213", &[("min_chars", toml::Value::Integer(-1))]).unwrap_err();
        assert_eq!(error.name(), Some("min_chars"));
        assert!(error.to_string().contains("-1"), "{error}");
        let error = prepared("DG601", &[("pattern", toml::Value::from("(unclosed"))]).unwrap_err();
        assert_eq!(error.name(), Some("pattern"));
        assert!(error.to_string().contains("unclosed"), "{error}");
    }
}
