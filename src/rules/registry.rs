//! The rules compiled into the binary, loaded from their files and indexed by code and name.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::declarative::{DeclarativeCheck, Message};
use super::definition::{CheckDef, RuleDef, UdataLink};
use super::native::{self, Prepare};
use super::rule_file_error::DefinitionError;
pub use super::rule_file_error::RuleFileError;
use crate::model::udata::{Criterion, Failure};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));
}

/// How a loaded rule is checked.
pub enum Check {
    /// A Rust function, prepared with the rule's parameters for each run.
    Native(Prepare),
    /// A JSON Schema assertion at a pointer pattern.
    Declarative(Box<DeclarativeCheck>),
    /// Findings of the parser, the manifest schema or the suppression pass.
    Builtin,
}

/// A rule: its definition and its compiled check.
pub struct Rule {
    /// The definition, as written in its file.
    pub def: RuleDef,
    /// The file it was loaded from, relative to the crate.
    pub file: &'static str,
    /// The compiled check.
    pub check: Check,
}

impl Rule {
    /// The code (`DG201`).
    pub fn code(&self) -> &str {
        &self.def.code
    }

    /// The name (`description-too-short`).
    pub fn name(&self) -> &str {
        &self.def.name
    }
}

/// Every rule, in code order.
pub struct Registry {
    rules: Vec<Rule>,
    by_code: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    /// The rules that mirror a udata criterion, with their index.
    udata_rules: Vec<(UdataLink, usize)>,
}

impl Registry {
    /// The rules embedded in the binary, loaded once.
    pub fn embedded() -> Result<&'static Registry, &'static RuleFileError> {
        static REGISTRY: OnceLock<Result<Registry, RuleFileError>> = OnceLock::new();
        REGISTRY
            .get_or_init(|| Registry::load(embedded::RULE_FILES))
            .as_ref()
    }

    /// Loads rules from (file name, TOML text) pairs, checking that codes and names are
    /// unique, that each code matches its category, and that each check can be built.
    pub fn load(files: &[(&'static str, &'static str)]) -> Result<Registry, RuleFileError> {
        let mut rules = Vec::with_capacity(files.len());
        for (file, text) in files {
            let def: RuleDef =
                toml::from_str(text).map_err(|error| RuleFileError::format(file, text, error))?;
            let located = |problem| RuleFileError::new(file, text, problem);
            let check = build_check(&def).map_err(located)?;
            validate_identity(&def).map_err(located)?;
            rules.push(Rule { def, file, check });
        }
        Registry::index(rules, files)
    }

    /// The embedded rules and the user's (from `rule-dirs`), for the whole run. User rules
    /// are declarative (`check.kind = "schema"`) and their codes are a user prefix of capital
    /// letters and digits (`X001`, `CULT01`), never `DG`.
    pub fn with_user_rules(files: Vec<UserRuleFile>) -> Result<&'static Registry, RuleFileError> {
        let embedded = Registry::load(embedded::RULE_FILES)?;
        let mut rules = embedded.rules;
        let mut texts: Vec<(&'static str, &'static str)> = embedded::RULE_FILES.to_vec();
        for user in files {
            let def: RuleDef = toml::from_str(&user.text)
                .map_err(|error| RuleFileError::format(&user.path, &user.text, error))?;
            let located = |problem| RuleFileError::new(&user.path, &user.text, problem);
            validate_user_identity(&def).map_err(located)?;
            let criteria = crate::rules::criteria::embedded();
            if let Some(criterion) = &def.criterion
                && !criteria.iter().any(|known| &known.id == criterion)
            {
                let known: Vec<&str> = criteria.iter().map(|known| known.id.as_str()).collect();
                return Err(located(DefinitionError::Criterion {
                    criterion: criterion.clone(),
                    known: known.join(", "),
                }));
            }
            if rules.iter().any(|rule| rule.def.code == def.code) {
                return Err(located(DefinitionError::DuplicateCode(def.code)));
            }
            let check = build_check(&def).map_err(located)?;
            let file: &'static str = Box::leak(user.path.into_boxed_str());
            let text: &'static str = Box::leak(user.text.into_boxed_str());
            texts.push((file, text));
            rules.push(Rule { def, file, check });
        }
        let registry = Registry::index(rules, &texts)?;
        Ok(Box::leak(Box::new(registry)))
    }

    /// Indexes `rules` by code and name; a code or a name taken twice is an error in the
    /// second rule's file (`files` holds the texts, to show it).
    fn index(
        mut rules: Vec<Rule>,
        files: &[(&'static str, &'static str)],
    ) -> Result<Registry, RuleFileError> {
        rules.sort_by(|a, b| a.def.code.cmp(&b.def.code));
        let mut by_code = HashMap::new();
        let mut by_name = HashMap::new();
        for (index, rule) in rules.iter().enumerate() {
            let taken = if by_code.insert(rule.def.code.clone(), index).is_some() {
                DefinitionError::DuplicateCode(rule.def.code.clone())
            } else if by_name.insert(rule.def.name.clone(), index).is_some() {
                DefinitionError::DuplicateName(rule.def.name.clone())
            } else {
                continue;
            };
            let text = files
                .iter()
                .find(|(file, _)| *file == rule.file)
                .map_or("", |(_, text)| *text);
            return Err(RuleFileError::new(rule.file, text, taken));
        }
        let udata_rules = rules
            .iter()
            .enumerate()
            .filter_map(|(index, rule)| Some((rule.def.udata?, index)))
            .collect();
        Ok(Registry {
            rules,
            by_code,
            by_name,
            udata_rules,
        })
    }

    /// Every rule, in code order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rule with this code or name (codes are matched ignoring case).
    pub fn find(&self, code_or_name: &str) -> Option<&Rule> {
        let index = self
            .by_code
            .get(&code_or_name.to_ascii_uppercase())
            .or_else(|| self.by_name.get(code_or_name))?;
        Some(&self.rules[*index])
    }

    /// The rule with this exact code.
    pub fn by_code(&self, code: &str) -> Option<&Rule> {
        self.by_code.get(code).map(|&index| &self.rules[index])
    }

    /// The code of the rule that reports this failure of a udata criterion (its rule file's
    /// `udata` key), if one does.
    pub fn udata_rule(
        &'static self,
        criterion: Criterion,
        failure: Failure,
    ) -> Option<&'static str> {
        self.udata_rules
            .iter()
            .find(|(link, _)| link.reports(criterion, failure))
            .map(|(_, index)| self.rules[*index].code())
    }

    /// The closest code or name to `text`, to suggest after a typo.
    pub fn suggest(&self, text: &str) -> Option<&str> {
        self.rules
            .iter()
            .flat_map(|rule| [rule.code(), rule.name()])
            .map(|candidate| {
                (
                    strsim::jaro_winkler(&text.to_lowercase(), &candidate.to_lowercase()),
                    candidate,
                )
            })
            .filter(|(score, _)| *score > 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, candidate)| candidate)
    }
}

fn build_check(def: &RuleDef) -> Result<Check, DefinitionError> {
    Ok(match &def.check {
        CheckDef::Native => Check::Native(
            native::lookup(&def.code)
                .ok_or_else(|| DefinitionError::NoNativeCheck(def.code.clone()))?,
        ),
        CheckDef::Schema {
            pointer,
            schema,
            message,
            anchor,
        } => {
            let message = Message {
                english: message.clone(),
                french: def.fr.as_ref().and_then(|fr| fr.message.clone()),
            };
            Check::Declarative(Box::new(DeclarativeCheck::new(
                pointer, schema, message, *anchor,
            )?))
        }

        CheckDef::Parse | CheckDef::ManifestSchema | CheckDef::Suppression => Check::Builtin,
    })
}

/// A rule file of the user's, from a `rule-dirs` directory.
pub struct UserRuleFile {
    /// Its path, as displayed.
    pub path: String,
    /// Its text.
    pub text: String,
}

fn validate_user_identity(def: &RuleDef) -> Result<(), DefinitionError> {
    let code = &def.code;
    let code_ok = code.len() >= 2
        && code.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && code.bytes().any(|b| b.is_ascii_digit())
        && !code.starts_with("DG");
    if !code_ok {
        return Err(DefinitionError::UserCode(code.clone()));
    }
    if !matches!(def.check, CheckDef::Schema { .. }) {
        return Err(DefinitionError::UserRuleNotDeclarative);
    }
    if def.udata.is_some() {
        return Err(DefinitionError::UserRuleUdata);
    }
    let has_messages =
        !def.messages.is_empty() || def.fr.as_ref().is_some_and(|fr| !fr.messages.is_empty());
    if has_messages {
        return Err(DefinitionError::UserRuleMessages);
    }
    validate_name(def)
}

fn validate_name(def: &RuleDef) -> Result<(), DefinitionError> {
    let name_ok = !def.name.is_empty()
        && def
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if name_ok {
        Ok(())
    } else {
        Err(DefinitionError::Name(def.name.clone()))
    }
}

fn validate_identity(def: &RuleDef) -> Result<(), DefinitionError> {
    let code_ok = def.code.len() == 5
        && def.code.starts_with("DG")
        && def.code[2..].bytes().all(|b| b.is_ascii_digit());
    if !code_ok {
        return Err(DefinitionError::Code(def.code.clone()));
    }
    if def.code.as_bytes()[2] as char != def.category.digit() {
        return Err(DefinitionError::Category {
            code: def.code.clone(),
            category: def.category.as_str(),
            digit: def.category.digit(),
        });
    }
    validate_name(def)
}
