//! Declarative checks: a JSON Schema assertion applied at every node a pointer pattern matches.
//!
//! `/resources/*` matches each item of `resources`; a pattern whose nodes are absent matches
//! nothing (a rule about `/spatial` says nothing when there is no `spatial`).

use serde_json::Value;

use super::definition::DeclaredAnchor;
use super::rule_file_error::DefinitionError;
use crate::document::pointer;
use crate::finding::Hit;

enum Segment {
    Token(String),
    Any,
}

/// A compiled declarative check.
pub struct DeclarativeCheck {
    pattern: Vec<Segment>,
    validator: jsonschema::Validator,
    message: Message,
    anchor: DeclaredAnchor,
}

/// The message of a declarative rule's findings, in English and, when the rule file gives it,
/// in French (`fr.message`); chosen in the language of the work at hand.
pub struct Message {
    /// In English.
    pub english: String,
    /// In French.
    pub french: Option<String>,
}

impl Message {
    fn text(&self) -> String {
        match crate::i18n::lang() {
            crate::i18n::Lang::Fr => self.french.as_ref().unwrap_or(&self.english).clone(),
            crate::i18n::Lang::En => self.english.clone(),
        }
    }
}

impl DeclarativeCheck {
    /// Compiles the pattern and the schema.
    pub fn new(
        pattern: &str,
        schema: &toml::Value,
        message: Message,
        anchor: DeclaredAnchor,
    ) -> Result<DeclarativeCheck, DefinitionError> {
        if !pattern.is_empty() && !pattern.starts_with('/') {
            return Err(DefinitionError::Pointer(pattern.to_owned()));
        }
        let segments = pattern
            .split('/')
            .skip(1)
            .map(|token| match token {
                "*" => Segment::Any,
                other => Segment::Token(pointer::unescape(other).into_owned()),
            })
            .collect();
        let schema = serde_json::to_value(schema)?;
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&schema)
            .map_err(|error| DefinitionError::Schema(Box::new(error)))?;
        Ok(DeclarativeCheck {
            pattern: segments,
            validator,
            message,
            anchor,
        })
    }

    /// Reports every matching node of `root` that the schema rejects.
    pub fn run(&self, root: &Value, hits: &mut Vec<Hit>) {
        self.visit(root, String::new(), &self.pattern, hits);
    }

    fn visit(&self, node: &Value, at: String, rest: &[Segment], hits: &mut Vec<Hit>) {
        let Some((first, rest)) = rest.split_first() else {
            if !self.validator.is_valid(node) {
                hits.push(match self.anchor {
                    DeclaredAnchor::Key => Hit::key(at, self.message.text()),
                    DeclaredAnchor::Value => Hit::value(at, self.message.text()),
                });
            }
            return;
        };
        match (first, node) {
            (Segment::Token(token), Value::Object(fields)) => {
                if let Some(child) = fields.get(token) {
                    self.visit(child, pointer::child(&at, token), rest, hits);
                }
            }
            (Segment::Token(token), Value::Array(items)) => {
                if let Some(child) = token
                    .parse::<usize>()
                    .ok()
                    .and_then(|index| items.get(index))
                {
                    self.visit(child, pointer::child(&at, token), rest, hits);
                }
            }
            (Segment::Any, Value::Object(fields)) => {
                for (name, child) in fields {
                    self.visit(child, pointer::child(&at, name), rest, hits);
                }
            }
            (Segment::Any, Value::Array(items)) => {
                for (index, child) in items.iter().enumerate() {
                    self.visit(child, pointer::item(&at, index), rest, hits);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn applies_at_each_item_of_a_pattern() {
        let schema: toml::Value = toml::from_str("required = [\"title\"]").unwrap();
        let check = DeclarativeCheck::new(
            "/resources/*",
            &schema,
            Message {
                english: "no title".to_owned(),
                french: None,
            },
            DeclaredAnchor::Key,
        )
        .unwrap();
        let mut hits = Vec::new();
        check.run(
            &json!({"resources": [{"title": "a"}, {"url": "x"}, {"title": "b"}]}),
            &mut hits,
        );
        assert_eq!(hits, vec![Hit::key("/resources/1", "no title")]);
        let mut none = Vec::new();
        check.run(&json!({"title": "no resources"}), &mut none);
        assert!(none.is_empty());
    }
}
