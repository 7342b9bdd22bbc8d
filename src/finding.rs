//! What a rule reports, and how severe it is.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::ByteSpan;
pub use crate::document::edit::Change;

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
    /// The repair dglint can make, when the rule declares one and the check proposed it.
    pub fix: Option<Fix>,
}

/// Whether a fix may be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Safety {
    /// The result means what the producer wrote (`--fix` applies it).
    Safe,
    /// The result is dglint's best guess (`--fix --unsafe-fixes` applies it).
    Unsafe,
}

impl Safety {
    /// The lowercase name (`safe`).
    pub fn as_str(self) -> &'static str {
        match self {
            Safety::Safe => "safe",
            Safety::Unsafe => "unsafe",
        }
    }
}

/// A repair proposed for a finding: its changes, and whether it is safe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// Whether `--fix` applies it alone.
    pub safety: Safety,
    /// What it changes; applied together or not at all.
    pub changes: Vec<Change>,
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
    /// The changes that repair it, when the check knows them for certain (the rule's file
    /// declares whether they are safe).
    pub changes: Vec<Change>,
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
            changes: Vec::new(),
        }
    }

    /// Replaces the rule's general advice with a precise one.
    pub fn with_help(mut self, help: impl Into<String>) -> Hit {
        self.help = Some(help.into());
        self
    }

    /// Proposes a repair: `changes`, applied together.
    pub fn with_changes(mut self, changes: Vec<Change>) -> Hit {
        self.changes = changes;
        self
    }

    /// Proposes to replace the scalar this hit is about with `value`.
    pub fn replacing_with(self, value: impl Into<String>) -> Hit {
        let pointer = self.pointer.clone();
        self.with_changes(vec![Change::Replace {
            pointer,
            value: value.into(),
        }])
    }
}
