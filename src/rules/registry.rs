//! The rules compiled into the binary, loaded from their files and indexed by code and name.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::declarative::{DeclarativeCheck, Message};
use super::definition::{CheckDef, RuleDef, UdataLink};
use super::native::{self, Prepare};
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
    pub fn embedded() -> Result<&'static Registry, &'static str> {
        static REGISTRY: OnceLock<Result<Registry, String>> = OnceLock::new();
        REGISTRY
            .get_or_init(|| Registry::load(embedded::RULE_FILES))
            .as_ref()
            .map_err(String::as_str)
    }

    /// Loads rules from (file name, TOML text) pairs, checking that codes and names are
    /// unique, that each code matches its category, and that each check can be built.
    pub fn load(files: &[(&'static str, &'static str)]) -> Result<Registry, String> {
        let mut rules = Vec::with_capacity(files.len());
        for (file, text) in files {
            let def: RuleDef = toml::from_str(text).map_err(|error| format!("{file}: {error}"))?;
            let check = build_check(&def).map_err(|error| format!("{file}: {error}"))?;
            validate_identity(&def).map_err(|error| format!("{file}: {error}"))?;
            rules.push(Rule { def, file, check });
        }
        Registry::index(rules)
    }

    /// The embedded rules and the user's (from `rule-dirs`), for the whole run. User rules
    /// are declarative (`check.kind = "schema"`) and their codes are a user prefix of capital
    /// letters and digits (`X001`, `CULT01`), never `DG`.
    pub fn with_user_rules(files: Vec<UserRuleFile>) -> Result<&'static Registry, RuleFileError> {
        let internal = |message: String| RuleFileError {
            path: String::new(),
            text: String::new(),
            span: None,
            message,
        };
        let mut rules = Vec::new();
        for (file, text) in embedded::RULE_FILES {
            let def: RuleDef = toml::from_str(text).map_err(|error| internal(error.to_string()))?;
            let check = build_check(&def).map_err(internal)?;
            rules.push(Rule { def, file, check });
        }
        for user in files {
            let located = |message: String, span: Option<std::ops::Range<usize>>| RuleFileError {
                path: user.path.clone(),
                text: user.text.clone(),
                span,
                message,
            };
            let def: RuleDef = toml::from_str(&user.text)
                .map_err(|error| located(error.message().to_owned(), error.span()))?;
            validate_user_identity(&def).map_err(|message| located(message, None))?;
            if let Some(criterion) = &def.criterion
                && !crate::rules::criteria::embedded()
                    .iter()
                    .any(|known| &known.id == criterion)
            {
                let ids: Vec<&str> = crate::rules::criteria::embedded()
                    .iter()
                    .map(|known| known.id.as_str())
                    .collect();
                return Err(located(
                    format!(
                        "no criterion of dglint's score is named `{criterion}`: {}",
                        ids.join(", ")
                    ),
                    None,
                ));
            }
            if rules.iter().any(|rule| rule.def.code == def.code) {
                return Err(located(
                    format!("the code {} is already taken", def.code),
                    None,
                ));
            }
            let check = build_check(&def).map_err(|message| located(message, None))?;
            let file: &'static str = Box::leak(user.path.into_boxed_str());
            rules.push(Rule { def, file, check });
        }
        let registry = Registry::index(rules).map_err(internal)?;
        Ok(Box::leak(Box::new(registry)))
    }

    fn index(mut rules: Vec<Rule>) -> Result<Registry, String> {
        rules.sort_by(|a, b| a.def.code.cmp(&b.def.code));
        let mut by_code = HashMap::new();
        let mut by_name = HashMap::new();
        for (index, rule) in rules.iter().enumerate() {
            if by_code.insert(rule.def.code.clone(), index).is_some() {
                return Err(format!("two rules have the code {}", rule.def.code));
            }
            if by_name.insert(rule.def.name.clone(), index).is_some() {
                return Err(format!("two rules have the name {}", rule.def.name));
            }
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

fn build_check(def: &RuleDef) -> Result<Check, String> {
    Ok(match &def.check {
        CheckDef::Native => Check::Native(
            native::lookup(&def.code)
                .ok_or_else(|| format!("no native check is registered for {}", def.code))?,
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

/// Why a rule file cannot be loaded, with its place in the file when known.
#[derive(Debug)]
pub struct RuleFileError {
    /// The file (empty for the embedded rules).
    pub path: String,
    /// Its text.
    pub text: String,
    /// Where in the text.
    pub span: Option<std::ops::Range<usize>>,
    /// What is wrong.
    pub message: String,
}

fn validate_user_identity(def: &RuleDef) -> Result<(), String> {
    let code = &def.code;
    let code_ok = code.len() >= 2
        && code.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && code.bytes().any(|b| b.is_ascii_digit())
        && !code.starts_with("DG");
    if !code_ok {
        return Err(format!(
            "code `{code}` must be capital letters then digits (`X001`), and not start with DG"
        ));
    }
    if !matches!(def.check, CheckDef::Schema { .. }) {
        return Err("a user rule is declarative: `check.kind = \"schema\"`".into());
    }
    if def.udata.is_some() {
        return Err(
            "`udata` names the dglint rule that reports a criterion of data.gouv.fr's score; a \
             user rule counts in dglint's score with `criterion`"
                .into(),
        );
    }
    let has_messages =
        !def.messages.is_empty() || def.fr.as_ref().is_some_and(|fr| !fr.messages.is_empty());
    if has_messages {
        return Err(
            "a user rule's message is `check.message` (and `fr.message`); `[messages]` is for \
             dglint's native rules"
                .into(),
        );
    }
    validate_name(def)
}

fn validate_name(def: &RuleDef) -> Result<(), String> {
    let name_ok = !def.name.is_empty()
        && def
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if name_ok {
        Ok(())
    } else {
        Err(format!("name `{}` is not kebab-case", def.name))
    }
}

fn validate_identity(def: &RuleDef) -> Result<(), String> {
    let code_ok = def.code.len() == 5
        && def.code.starts_with("DG")
        && def.code[2..].bytes().all(|b| b.is_ascii_digit());
    if !code_ok {
        return Err(format!(
            "code `{}` is not DG followed by three digits",
            def.code
        ));
    }
    if def.code.as_bytes()[2] as char != def.category.digit() {
        return Err(format!(
            "code {} does not match category {} (DG{}xx)",
            def.code,
            def.category,
            def.category.digit()
        ));
    }
    validate_name(def)
}
