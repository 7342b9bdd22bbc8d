//! Why a rule file cannot be loaded: what is wrong with the rule it defines, and where.

use std::fmt;
use std::ops::Range;

/// What is wrong with a rule's definition.
#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    /// The file is not a rule file (TOML syntax, unknown or missing keys, wrong types).
    #[error("{}", .0.message())]
    Format(toml::de::Error),
    /// A built-in rule's code is not `DG` and three digits.
    #[error("{}", crate::msg!("rule-code", code = .0))]
    Code(String),
    /// A built-in rule's code does not start with its category's digit.
    #[error("{}", crate::msg!("rule-code-category", code = code, category = category, digit = digit))]
    Category {
        /// The rule's code.
        code: String,
        /// Its category.
        category: &'static str,
        /// The category's digit.
        digit: char,
    },
    /// A user rule's code is not a prefix of capitals then digits, or starts with `DG`.
    #[error("{}", crate::msg!("rule-user-code", code = .0))]
    UserCode(String),
    /// The name is not kebab-case.
    #[error("{}", crate::msg!("rule-name", name = .0))]
    Name(String),
    /// A user rule that is not declarative.
    #[error("{}", crate::msg!("rule-user-not-declarative"))]
    UserRuleNotDeclarative,
    /// A user rule with `[messages]`.
    #[error("{}", crate::msg!("rule-user-messages"))]
    UserRuleMessages,
    /// A user rule with `udata`.
    #[error("{}", crate::msg!("rule-user-udata"))]
    UserRuleUdata,
    /// A user rule naming a criterion dglint's score does not have.
    #[error("{}", crate::msg!("rule-criterion", criterion = criterion, known = known))]
    Criterion {
        /// The criterion named.
        criterion: String,
        /// The criteria there are, comma-separated.
        known: String,
    },
    /// A native rule without its check (`build.rs` prevents it for the built-in rules).
    #[error("{}", crate::msg!("rule-no-native-check", code = .0))]
    NoNativeCheck(String),
    /// A declarative rule's pointer pattern that is not a pointer.
    #[error("{}", crate::msg!("rule-pointer", pattern = .0))]
    Pointer(String),
    /// A declarative rule's schema that is not a valid JSON Schema.
    #[error("{}", crate::msg!("rule-schema", detail = .0))]
    Schema(Box<jsonschema::ValidationError<'static>>),
    /// A declarative rule's schema that cannot be written as JSON.
    #[error("{}", crate::msg!("rule-schema", detail = .0))]
    SchemaJson(#[from] serde_json::Error),
    /// Two rules with one code.
    #[error("{}", crate::msg!("rule-code-taken", code = .0))]
    DuplicateCode(String),
    /// Two rules with one name.
    #[error("{}", crate::msg!("rule-name-taken", name = .0))]
    DuplicateName(String),
}

impl DefinitionError {
    /// The key of the rule file the problem is about (`["check", "pointer"]`), if one is.
    fn key(&self) -> &'static [&'static str] {
        match self {
            DefinitionError::Format(_) => &[],
            DefinitionError::Code(_)
            | DefinitionError::Category { .. }
            | DefinitionError::UserCode(_)
            | DefinitionError::DuplicateCode(_) => &["code"],
            DefinitionError::Name(_) | DefinitionError::DuplicateName(_) => &["name"],
            DefinitionError::UserRuleNotDeclarative | DefinitionError::NoNativeCheck(_) => {
                &["check", "kind"]
            }
            DefinitionError::UserRuleMessages => &["messages"],
            DefinitionError::UserRuleUdata => &["udata"],
            DefinitionError::Criterion { .. } => &["criterion"],
            DefinitionError::Pointer(_) => &["check", "pointer"],
            DefinitionError::Schema(_) | DefinitionError::SchemaJson(_) => &["check", "schema"],
        }
    }
}

/// The span of the value at `keys` in the TOML `text` (the whole table for a table).
fn value_span(text: &str, keys: &[&str]) -> Option<Range<usize>> {
    let (first, rest) = keys.split_first()?;
    let document = toml::de::DeTable::parse(text).ok()?;
    let mut value = document.get_ref().get(*first)?;
    for key in rest {
        let toml::de::DeValue::Table(table) = value.get_ref() else {
            return None;
        };
        value = table.get(*key)?;
    }
    Some(value.span())
}

/// Why a rule file cannot be loaded, with its place in the file when known.
#[derive(Debug)]
pub struct RuleFileError {
    /// The file (relative to the crate for the built-in rules).
    pub path: String,
    /// Its text.
    pub text: String,
    /// Where in the text.
    pub span: Option<Range<usize>>,
    /// What is wrong (boxed: a rule file error travels in `Result`s).
    pub problem: Box<DefinitionError>,
}

impl RuleFileError {
    /// `problem` in the file `path` holding `text`, at the key it is about when the file
    /// has it (the value of `code` for a code already taken).
    pub fn new(path: &str, text: &str, problem: DefinitionError) -> RuleFileError {
        RuleFileError {
            path: path.to_owned(),
            text: text.to_owned(),
            span: value_span(text, problem.key()),
            problem: Box::new(problem),
        }
    }

    /// The file is not a rule file: TOML's error, at its place.
    pub fn format(path: &str, text: &str, error: toml::de::Error) -> RuleFileError {
        RuleFileError {
            span: error.span(),
            ..RuleFileError::new(path, text, DefinitionError::Format(error))
        }
    }
}

impl fmt::Display for RuleFileError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = crate::msg!("about", subject = self.path, problem = self.problem);
        formatter.write_str(&message)
    }
}

impl std::error::Error for RuleFileError {}
