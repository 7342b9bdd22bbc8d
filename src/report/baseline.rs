//! Baselines, for adopting dglint on an existing catalogue: the findings of today are
//! recorded by fingerprint (code, file and JSON pointer: they survive edits that move lines),
//! and later runs report only the new ones.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Report;

const VERSION: u32 = 1;

/// Why a baseline cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// The file cannot be read.
    #[error("{}", crate::msg!("baseline-unreadable", path = path, reason = crate::i18n::io_reason(source)))]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a baseline.
    #[error("{}", crate::msg!("baseline-invalid", path = path, detail = source))]
    Invalid {
        /// The file.
        path: String,
        /// Why.
        source: serde_json::Error,
    },
    /// The file is a baseline of another version.
    #[error("{}", crate::msg!("baseline-version", path = path, version = version, supported = VERSION))]
    Version {
        /// The file.
        path: String,
        /// Its version.
        version: u32,
    },
    /// The file cannot be written.
    #[error("{}", crate::msg!("baseline-unwritable", path = path, reason = crate::i18n::io_reason(source)))]
    Write {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// A recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The finding's fingerprint, 16 hexadecimal digits.
    pub fingerprint: String,
    /// Its rule, for people reading the file.
    pub code: String,
    /// Its file.
    pub file: String,
    /// Its JSON pointer.
    pub pointer: String,
}

/// The findings a baseline accepts.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Baseline {
    version: u32,
    /// The accepted findings.
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// Every finding of a report.
    pub fn of(report: &Report) -> Baseline {
        let mut findings: Vec<Entry> = report
            .files
            .iter()
            .flat_map(|file| {
                file.findings.iter().map(move |located| Entry {
                    fingerprint: format!("{:016x}", located.fingerprint),
                    code: located.rule.def.code.clone(),
                    file: file.file_of(located).to_owned(),
                    pointer: located.finding.pointer.clone(),
                })
            })
            .collect();
        findings
            .sort_by(|a, b| (&a.file, &a.pointer, &a.code).cmp(&(&b.file, &b.pointer, &b.code)));
        Baseline {
            version: VERSION,
            findings,
        }
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let path_text = || path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: path_text(),
            source,
        })?;
        let baseline: Baseline =
            serde_json::from_str(&text).map_err(|source| BaselineError::Invalid {
                path: path_text(),
                source,
            })?;
        if baseline.version != VERSION {
            return Err(BaselineError::Version {
                path: path_text(),
                version: baseline.version,
            });
        }
        Ok(baseline)
    }

    /// Writes the baseline file.
    pub fn save(&self, path: &Path) -> Result<(), BaselineError> {
        let write = |source| BaselineError::Write {
            path: path.display().to_string(),
            source,
        };
        let mut text = serde_json::to_string_pretty(self)
            .map_err(std::io::Error::from)
            .map_err(write)?;
        text.push('\n');
        std::fs::write(path, text).map_err(write)
    }

    /// Removes from `report` the findings the baseline accepts (each entry accepts one
    /// finding); returns the entries that matched nothing (stale: fixed since).
    pub fn apply(&self, report: &mut Report) -> Vec<Entry> {
        let mut accepted: HashMap<&str, usize> = HashMap::new();
        for entry in &self.findings {
            *accepted.entry(entry.fingerprint.as_str()).or_default() += 1;
        }
        for file in &mut report.files {
            file.findings.retain(|located| {
                let fingerprint = format!("{:016x}", located.fingerprint);
                match accepted.get_mut(fingerprint.as_str()) {
                    Some(count) if *count > 0 => {
                        *count -= 1;
                        false
                    }
                    _ => true,
                }
            });
        }
        let mut stale = Vec::new();
        for entry in self.findings.iter().rev() {
            if let Some(count) = accepted.get_mut(entry.fingerprint.as_str())
                && *count > 0
            {
                *count -= 1;
                stale.push(entry.clone());
            }
        }
        stale.reverse();
        stale
    }

    /// The baseline without `stale` entries.
    pub fn pruned(&self, stale: &[Entry]) -> Baseline {
        let mut remaining: Vec<&Entry> = stale.iter().collect();
        let findings = self
            .findings
            .iter()
            .filter(
                |entry| match remaining.iter().position(|stale| stale == entry) {
                    Some(at) => {
                        remaining.remove(at);
                        false
                    }
                    None => true,
                },
            )
            .cloned()
            .collect();
        Baseline {
            version: VERSION,
            findings,
        }
    }
}
