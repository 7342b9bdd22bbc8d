//! Why a command stopped, and how the process ends: one error type for every command, rendered
//! once by the command line's `main`, and the exit status of a run that did its work.

use std::process::ExitCode;

use crate::config::ConfigError;

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
    /// The command line asks for what cannot be done (`dglint init` over existing files, an
    /// unknown rule).
    #[error("{0}")]
    Usage(String),
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
    /// The udata API cannot be reached, or its answer read.
    #[error("{0}")]
    Fetch(String),
    /// A file dglint writes (a report, a baseline) cannot be written, or one it reads back
    /// (a baseline, a previous audit) cannot be read.
    #[error("{0}")]
    File(String),
}
