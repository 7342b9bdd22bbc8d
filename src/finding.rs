//! What a rule reports, and how severe it is.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::ByteSpan;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A suggestion.
    Info,
    /// Something to fix, that does not fail the run by default.
    Warning,
    /// Something that keeps the dataset from meeting the criteria; fails the run by default.
    Error,
}

impl Severity {
    /// The lowercase name (`error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Which part of the node at a pointer a finding is drawn under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The key naming the node (`licence:`); its value when it has no key. Used for
    /// missing children too: a missing field is shown under its parent's key.
    Key,
    /// The value of the node; its key when the value is not written.
    Value,
    /// An explicit place in the text (syntax errors, suppression comments).
    Span(ByteSpan),
}

/// One problem found by a rule, before it is located and rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The code of the rule (`DG201`).
    pub code: &'static str,
    /// The effective severity.
    pub severity: Severity,
    /// The JSON pointer of the node concerned (`""` for the whole document).
    pub pointer: String,
    /// Where to draw it.
    pub anchor: Anchor,
    /// What is wrong, for this dataset.
    pub message: String,
    /// How to fix it (the rule's advice unless the check gave a more precise one).
    pub help: std::borrow::Cow<'static, str>,
}

/// A finding as a check reports it: the engine adds the code, severity and default help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Pointer of the node concerned.
    pub pointer: String,
    /// Where to draw it.
    pub anchor: Anchor,
    /// What is wrong.
    pub message: String,
    /// A fix specific to this finding, replacing the rule's general advice.
    pub help: Option<String>,
}

impl Hit {
    /// A hit drawn under the key of `pointer`.
    pub fn key(pointer: impl Into<String>, message: impl Into<String>) -> Hit {
        Hit::new(pointer.into(), Anchor::Key, message.into())
    }

    /// A hit drawn under the value of `pointer`.
    pub fn value(pointer: impl Into<String>, message: impl Into<String>) -> Hit {
        Hit::new(pointer.into(), Anchor::Value, message.into())
    }

    fn new(pointer: String, anchor: Anchor, message: String) -> Hit {
        Hit {
            pointer,
            anchor,
            message,
            help: None,
        }
    }

    /// Replaces the rule's general advice with a precise one.
    pub fn with_help(mut self, help: impl Into<String>) -> Hit {
        self.help = Some(help.into());
        self
    }
}
