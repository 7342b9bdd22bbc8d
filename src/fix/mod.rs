//! `dglint check --fix`: the fixes of a manifest's findings applied to its text, pass after
//! pass, each result checked before it is kept.
//!
//! A pass lints the text, takes the fixes allowed (safe ones, unsafe ones with
//! `--unsafe-fixes`, of the rules `fixable` leaves), turns each into byte edits
//! ([`crate::document::edit`]), keeps those that touch no bytes another kept one touches, and
//! applies them. The result must parse and raise no error the text did not have, unless a fix
//! of the run removes that error in a later pass (renaming `licence` to `license` brings its
//! unknown licence to light, which DG231's fix then replaces); otherwise the pass's fixes are
//! tried one by one and those that still break it are refused. Passes repeat until nothing
//! changes, at most [`MAX_PASSES`] times; if the last text still raises an error the original
//! did not, the fixes since the last text that did not are undone and the first is refused.

mod diff;
pub mod update;
mod write;

use std::collections::{BTreeMap, BTreeSet};

use crate::document::edit::{self, TextEdit};
use crate::document::{Document, Position, Syntax, parse_text};
use crate::finding::{Finding, Safety, Severity};
use crate::model::Origin;
use crate::model::local_files::LocalFiles;
use crate::rules::{Engine, Linted};

pub use diff::unified;
pub use write::{WriteError, WriteJob, Writer, replace_if_unchanged};

/// Most passes over one file: each pass fixes at least one finding, and a fix that brings
/// back what another removed must not loop for ever.
pub const MAX_PASSES: usize = 10;

/// Which fixes a run applies.
#[derive(Debug, Clone, Default)]
pub struct FixSettings {
    /// Apply the unsafe fixes too (`--unsafe-fixes`).
    pub unsafe_fixes: bool,
    /// The codes of the rules allowed to fix (`fixable` less `unfixable`).
    pub fixable: BTreeSet<String>,
}

impl FixSettings {
    /// Whether `finding`'s fix is applied by this run.
    pub fn applies(&self, finding: &Finding) -> bool {
        finding.fix.as_ref().is_some_and(|fix| {
            (fix.safety == Safety::Safe || self.unsafe_fixes) && self.fixable.contains(finding.code)
        })
    }

    /// Whether `finding` has a fix that only `--unsafe-fixes` would apply.
    pub fn needs_unsafe(&self, finding: &Finding) -> bool {
        !self.unsafe_fixes
            && self.fixable.contains(finding.code)
            && finding
                .fix
                .as_ref()
                .is_some_and(|fix| fix.safety == Safety::Unsafe)
    }
}

/// A fix that was not applied because of what it would have done to the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The rule of the finding.
    pub code: &'static str,
    /// The node of the finding.
    pub pointer: String,
    /// Where its finding was, in the text the fix was tried on.
    pub position: Position,
    /// Why.
    pub reason: Rejection,
}

/// What fixing a text did.
pub struct Fixed {
    /// Findings fixed, by rule code.
    pub applied: BTreeMap<&'static str, usize>,
    /// Fixes not applied, and why.
    pub refused: Vec<Refusal>,
    /// The edits of each pass kept, each in the text the pass read: applied in turn to the
    /// original text, they give the fixed one.
    pub passes: Vec<Vec<TextEdit>>,
}

impl Fixed {
    /// How many findings were fixed.
    pub fn count(&self) -> usize {
        self.applied.values().sum()
    }
}

/// Whether dglint may rewrite `document`: a YAML or JSON manifest read from a file.
pub fn is_rewritable(document: &Document, origin: Origin) -> bool {
    matches!(document.syntax, Syntax::Yaml | Syntax::Json)
        && origin == Origin::Manifest
        && document.provenance.is_empty()
        && !document.path.to_string_lossy().contains("://")
}

/// Applies the fixes `settings` allow to `document`'s text, linting with `engine`; returns
/// what it did and the fixed text, parsed and linted (the document itself when nothing was
/// fixed), so that the report reads it without linting it again.
pub fn fix_document(
    engine: &Engine,
    document: Document,
    files: &LocalFiles,
    settings: &FixSettings,
) -> (Fixed, Pass) {
    let mut fixed = Fixed {
        applied: BTreeMap::new(),
        refused: Vec::new(),
        passes: Vec::new(),
    };
    let mut current = Pass::of(engine, document, files);
    if current.document.value.is_none() {
        return (fixed, current);
    }
    let baseline = error_counts(&current.linted);
    // The last text that raises no error the original did not, what was fixed then, and the
    // fixes applied since (whose new errors later passes were to fix).
    let mut settled = (current.document.text.clone(), BTreeMap::new(), 0);
    let mut since_settled: Vec<Candidate> = Vec::new();
    for _ in 0..MAX_PASSES {
        let candidates = current.candidates(settings, &fixed.refused);
        if candidates.is_empty() {
            break;
        }
        let chosen = without_overlaps(candidates);
        let Some((applied, next)) = current.apply_some(engine, files, settings, chosen, &mut fixed)
        else {
            break;
        };
        count(&mut fixed, &applied);
        fixed.passes.push(edits_of(&applied));
        current = next;
        if new_error(&baseline, &current.linted).is_none() {
            settled = (
                current.document.text.clone(),
                fixed.applied.clone(),
                fixed.passes.len(),
            );
            since_settled.clear();
        } else {
            since_settled.extend(applied);
        }
    }
    if let Some(code) = new_error(&baseline, &current.linted) {
        // What was applied since the last settled text raised an error no later fix
        // removed: it is undone, and the first of those fixes is said to be refused.
        let (text, applied, passes) = settled;
        fixed.applied = applied;
        fixed.passes.truncate(passes);
        if let Some(first) = since_settled.first() {
            fixed
                .refused
                .push(refusal(first, Rejection::WouldRaise(code)));
        }
        current = Pass::of(engine, parse_again(&current.document, &text), files);
    }
    (fixed, current)
}

/// Why a pass's fixes were not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// The fixed text does not parse (or has more syntax problems).
    #[error("{}", crate::msg!("fix-would-not-parse"))]
    WouldNotParse,
    /// The fixed text raises an error of this rule that the text did not have.
    #[error("{}", crate::msg!("fix-would-raise", code = .0))]
    WouldRaise(&'static str),
}

/// A text, parsed and linted.
pub struct Pass {
    /// The parsed text.
    pub document: Document,
    /// What linting it found.
    pub linted: Linted,
}

/// A finding's fix as edits of a pass's text.
#[derive(Clone)]
struct Candidate {
    code: &'static str,
    pointer: String,
    position: Position,
    edits: Vec<TextEdit>,
}

impl Pass {
    /// `document`, linted by `engine`.
    pub fn of(engine: &Engine, document: Document, files: &LocalFiles) -> Pass {
        let linted = engine.lint(&document, files);
        Pass { document, linted }
    }

    /// The fixes of this pass's findings that apply, as edits, in finding order.
    fn candidates(&self, settings: &FixSettings, refused: &[Refusal]) -> Vec<Candidate> {
        self.linted
            .findings
            .iter()
            .filter(|finding| settings.applies(finding))
            .filter(|finding| {
                !refused
                    .iter()
                    .any(|no| no.code == finding.code && no.pointer == finding.pointer)
            })
            .filter_map(|finding| {
                let fix = finding.fix.as_ref()?;
                let edits = edit::edits(&self.document, &fix.changes).ok()?;
                // Where the finding's node is written, else where its first edit is.
                let start = match self.document.spans.nearest(&finding.pointer) {
                    Some((_, spans)) => spans.value.start,
                    None => edits.first().map_or(0, |edit| edit.span.start),
                };
                Some(Candidate {
                    code: finding.code,
                    pointer: finding.pointer.clone(),
                    position: self.document.lines.position(&self.document.text, start),
                    edits,
                })
            })
            .collect()
    }

    /// Applies `chosen` together or, when that breaks the file, the first of them that does
    /// not (refusing, in `fixed`, those that do alone); `None` when none can be applied.
    fn apply_some(
        &self,
        engine: &Engine,
        files: &LocalFiles,
        settings: &FixSettings,
        chosen: Vec<Candidate>,
        fixed: &mut Fixed,
    ) -> Option<(Vec<Candidate>, Pass)> {
        match self.try_apply(engine, files, settings, &chosen) {
            Ok(next) => return Some((chosen, next)),
            Err(reason) if chosen.len() == 1 => {
                fixed.refused.push(refusal(&chosen[0], reason));
                return None;
            }
            Err(_) => {}
        }
        let mut kept = None;
        for candidate in chosen {
            match self.try_apply(engine, files, settings, std::slice::from_ref(&candidate)) {
                Ok(next) if kept.is_none() => kept = Some((vec![candidate], next)),
                Ok(_) => {}
                Err(reason) => fixed.refused.push(refusal(&candidate, reason)),
            }
        }
        kept
    }

    /// The text with `chosen` applied, parsed and linted, unless it no longer parses or
    /// raises an error this text did not have and no fix of the run would remove.
    fn try_apply(
        &self,
        engine: &Engine,
        files: &LocalFiles,
        settings: &FixSettings,
        chosen: &[Candidate],
    ) -> Result<Pass, Rejection> {
        let text = edit::apply(&self.document.text, &edits_of(chosen));
        let document = parse_again(&self.document, &text);
        if document.value.is_none() || document.problems.len() > self.document.problems.len() {
            return Err(Rejection::WouldNotParse);
        }
        let next = Pass::of(engine, document, files);
        if let Some(code) = new_error(&error_counts(&self.linted), &next.linted) {
            let fixable = next
                .linted
                .findings
                .iter()
                .filter(|finding| finding.code == code && finding.severity == Severity::Error)
                .all(|finding| settings.applies(finding));
            if !fixable {
                return Err(Rejection::WouldRaise(code));
            }
        }
        Ok(next)
    }
}

/// `text`, parsed as `like` was (same path and syntax).
fn parse_again(like: &Document, text: &str) -> Document {
    parse_text(&like.path, like.syntax, text.to_owned())
}

/// The candidates whose edits overlap none of an earlier candidate's, in order.
fn without_overlaps(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut kept: Vec<Candidate> = Vec::new();
    for candidate in candidates {
        let clashes = kept.iter().any(|other| {
            candidate
                .edits
                .iter()
                .any(|edit| other.edits.iter().any(|taken| edit.overlaps(taken)))
        });
        if !clashes {
            kept.push(candidate);
        }
    }
    kept
}

/// The edits of `candidates`, in text order.
fn edits_of(candidates: &[Candidate]) -> Vec<TextEdit> {
    let mut edits: Vec<TextEdit> = candidates
        .iter()
        .flat_map(|candidate| candidate.edits.iter().cloned())
        .collect();
    edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
    edits
}

fn count(fixed: &mut Fixed, applied: &[Candidate]) {
    for candidate in applied {
        *fixed.applied.entry(candidate.code).or_default() += 1;
    }
}

fn refusal(candidate: &Candidate, reason: Rejection) -> Refusal {
    Refusal {
        code: candidate.code,
        pointer: candidate.pointer.clone(),
        position: candidate.position,
        reason,
    }
}

/// A rule that raises more errors in `linted` than `before` counts, if any.
fn new_error(before: &BTreeMap<&'static str, usize>, linted: &Linted) -> Option<&'static str> {
    error_counts(linted)
        .into_iter()
        .find(|(code, count)| before.get(code).is_none_or(|was| was < count))
        .map(|(code, _)| code)
}

/// Errors of a lint, counted by rule.
fn error_counts(linted: &Linted) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for finding in &linted.findings {
        if finding.severity == Severity::Error {
            *counts.entry(finding.code).or_default() += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ByteSpan;
    use crate::rules::Registry;
    use crate::rules::examples::{example_engine, example_names};

    #[test]
    fn a_fix_whose_result_would_not_parse_is_refused() {
        let registry = Registry::embedded().unwrap();
        let engine = example_engine(registry, registry.find("DG233").unwrap());
        let path = std::path::Path::new("a.dataset.yaml");
        let files = LocalFiles::beside(path, &example_names());
        let text = "title: Musées\nlicense: fr-lo\n";
        let pass = Pass::of(
            &engine,
            parse_text(path, Syntax::Yaml, text.to_owned()),
            &files,
        );
        let breaking = Candidate {
            code: "DG233",
            pointer: String::from("/license"),
            position: Position {
                line: 2,
                column: 10,
            },
            edits: vec![TextEdit {
                span: ByteSpan::new(22, 27),
                content: String::from("[lov2"),
            }],
        };
        let settings = FixSettings {
            unsafe_fixes: true,
            fixable: ["DG233".to_owned()].into(),
        };
        let outcome = pass.try_apply(&engine, &files, &settings, &[breaking]);
        assert_eq!(outcome.err(), Some(Rejection::WouldNotParse));
        let (fixed, after) = fix_document(&engine, pass.document, &files, &settings);
        assert_eq!(after.document.text, "title: Musées\nlicense: lov2\n");
        assert_eq!((fixed.count(), fixed.passes.len()), (1, 1));
    }
}
