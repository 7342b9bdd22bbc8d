//! Rule parameters: defaults from the rule file, overridden from `dglint.toml`.

use std::collections::BTreeMap;

use regex::Regex;

use super::definition::ParamDef;
use crate::model::Instance;

/// The value of one parameter, typed by its default.
#[derive(Debug, Clone)]
pub enum ParamValue {
    /// An integer.
    Integer(i64),
    /// A string.
    Text(String),
    /// A regular expression (string parameters declared `regex = true`).
    Pattern(Regex),
}

/// The parameters of one rule for one run.
#[derive(Debug, Clone, Default)]
pub struct Params {
    values: BTreeMap<String, ParamValue>,
}

impl Params {
    /// The defaults of a rule on `instance`, overridden by `overrides`. An unknown name, a
    /// value of the wrong type or an invalid regex is an error message.
    pub fn build(
        definitions: &BTreeMap<String, ParamDef>,
        overrides: &BTreeMap<String, toml::Value>,
        instance: &Instance,
    ) -> Result<Params, String> {
        if let Some(unknown) = overrides
            .keys()
            .find(|name| !definitions.contains_key(*name))
        {
            let known: Vec<&str> = definitions.keys().map(String::as_str).collect();
            return Err(if known.is_empty() {
                format!("unknown parameter `{unknown}`: this rule has no parameter")
            } else {
                format!(
                    "unknown parameter `{unknown}`: this rule has {}",
                    known.join(", ")
                )
            });
        }
        let mut values = BTreeMap::new();
        for (name, definition) in definitions {
            let raw = match overrides.get(name) {
                Some(value) => value.clone(),
                None => definition.default_on(instance),
            };
            values.insert(name.clone(), convert(name, definition, &raw)?);
        }
        Ok(Params { values })
    }

    /// An integer parameter (the rule file declares it, so it exists).
    pub fn integer(&self, name: &str) -> i64 {
        match self.values.get(name) {
            Some(ParamValue::Integer(value)) => *value,
            _ => 0,
        }
    }

    /// A regex parameter.
    pub fn pattern(&self, name: &str) -> Option<&Regex> {
        match self.values.get(name) {
            Some(ParamValue::Pattern(regex)) => Some(regex),
            _ => None,
        }
    }
}

fn convert(name: &str, definition: &ParamDef, raw: &toml::Value) -> Result<ParamValue, String> {
    match (&definition.default, raw) {
        (toml::Value::Integer(_), toml::Value::Integer(value)) => {
            if *value < 0 {
                Err(format!("parameter `{name}` must not be negative"))
            } else {
                Ok(ParamValue::Integer(*value))
            }
        }
        (toml::Value::String(_), toml::Value::String(value)) if definition.regex => {
            Regex::new(value)
                .map(ParamValue::Pattern)
                .map_err(|error| format!("parameter `{name}` is not a valid regex: {error}"))
        }
        (toml::Value::String(_), toml::Value::String(value)) => Ok(ParamValue::Text(value.clone())),
        (default, _) => Err(format!(
            "parameter `{name}` must be {}, like its default `{default}`",
            type_name(default)
        )),
    }
}

fn type_name(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::Integer(_) => "an integer",
        toml::Value::String(_) => "a string",
        toml::Value::Float(_) => "a number",
        toml::Value::Boolean(_) => "a boolean",
        _ => "a value of the same type",
    }
}
