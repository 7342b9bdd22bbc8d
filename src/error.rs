//! Why a command stopped, and how the process ends: one error type for every command, rendered
//! once by the command line's `main`, and the exit status of a run that did its work.

use std::process::ExitCode;

use crate::audit::compare::PreviousError;
use crate::config::ConfigError;
use crate::report::baseline::BaselineError;
use crate::source::api::{FetchError, StartError};

/// How a run that did its work ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing fails the run (exit 0).
    Success,
    /// A finding reaches the failing level, a score is below its gate, a dataset could not be
    /// audited, or a rule's example fails (exit 1).
    Failure,
    /// Some inputs could not be read or some reports not written; the others were (exit 2).
    Error,
}

impl ExitStatus {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Error => 2,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        ExitCode::from(status.code())
    }
}

/// Why a command could not do its work (exit 2).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum Error {
    /// `dglint init` would overwrite files.
    #[error("{}", crate::msg!("would-overwrite", files = existing.join(", "), count = existing.len()))]
    WouldOverwrite {
        /// The files that exist.
        existing: Vec<String>,
    },
    /// No rule has this code or name.
    #[error("{}", match suggestion {
        Some(close) => crate::msg!("unknown-rule-close", written = written, close = close),
        None => crate::msg!("unknown-rule", written = written),
    })]
    UnknownRule {
        /// What was written.
        written: String,
        /// The closest code or name.
        suggestion: Option<String>,
    },
    /// The configuration, or a rule file, is wrong: located in its file when it can be.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] ConfigError),
    /// An input cannot be read.
    #[error("{message}")]
    Input {
        /// The input, as given.
        path: String,
        /// What went wrong, naming it.
        message: String,
    },
    /// The HTTP client or the async runtime cannot start.
    #[error(transparent)]
    Start(#[from] StartError),
    /// An organisation's datasets cannot be listed.
    #[error("{}", crate::msg!("cannot-list", organization = organization, reason = source))]
    Listing {
        /// The organisation.
        organization: String,
        /// Why.
        source: FetchError,
    },
    /// A baseline cannot be read or written.
    #[error(transparent)]
    Baseline(#[from] BaselineError),
    /// The previous audit to compare with cannot be read.
    #[error(transparent)]
    Previous(#[from] PreviousError),
    /// A file dglint writes (a report, `dglint init`'s files) cannot be written.
    #[error("{}", crate::msg!("cannot-write", path = path, reason = crate::i18n::io_reason(source)))]
    Write {
        /// The file (`the report` for the standard output).
        path: String,
        /// Why.
        source: std::io::Error,
    },
}
