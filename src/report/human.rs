//! The human report: each finding drawn by miette under its place in the source, then a line
//! per file and a total.

use std::fmt::{self, Write as _};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::docs_url::DocsUrl;
use super::{FileReport, LocatedFinding, Report, scores};
use crate::finding::Severity;
use crate::untrusted::terminal::{VisibleSource, visible, visible_owned};

/// How to draw the report.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// Wrap width in columns.
    pub width: usize,
}

/// Renders the full human report.
pub fn render(report: &Report, options: HumanOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(options.width)
        .with_context_lines(1);
    let mut out = String::new();
    for file in &report.files {
        render_file(&handler, file, report.docs_url.as_ref(), &mut out);
    }
    out.push_str(&summary(report));
    out
}

fn render_file(
    handler: &GraphicalReportHandler,
    file: &FileReport,
    docs_url: Option<&DocsUrl>,
    out: &mut String,
) {
    render_findings(handler, file, docs_url, out);
    let mut blocks = String::new();
    for dataset in &file.datasets {
        scores::human_block(file, dataset, &mut blocks);
    }
    out.push_str(&visible(&blocks));
}

fn render_findings(
    handler: &GraphicalReportHandler,
    file: &FileReport,
    docs_url: Option<&DocsUrl>,
    out: &mut String,
) {
    if file.findings.is_empty() {
        return;
    }
    let source = FileSource {
        file,
        visible: VisibleSource::of(&file.document.text),
    };
    for located in &file.findings {
        let shown = Shown {
            located,
            source: &source,
            page: docs_url.map(|base| base.rule(&located.rule.def.code, crate::i18n::lang())),
        };
        if handler.render_report(out, &shown).is_err() {
            let _ = writeln!(out, "{}: {}", visible(&file.path), located.finding.message);
        }
        // miette labels the help `help:` in English; in another language dglint writes it.
        if crate::i18n::lang() != crate::i18n::Lang::En {
            let help = crate::msg!(
                "labelled",
                label = crate::msg!("label-help"),
                text = located.finding.help
            );
            let _ = writeln!(out, "  {help}");
        }
        if let Some(line) = fix_line(located) {
            let _ = writeln!(out, "  {line}");
        }
        out.push('\n');
    }
}

/// `fix: what it does (applied by --fix)` under a finding that has a fix.
fn fix_line(located: &super::LocatedFinding) -> Option<String> {
    let fix = located.fix.as_ref()?;
    let description = located.rule.def.autofix_description(crate::i18n::lang())?;
    let how = match fix.safety {
        crate::finding::Safety::Safe => crate::msg!("fix-how-safe"),
        crate::finding::Safety::Unsafe => crate::msg!("fix-how-unsafe"),
    };
    Some(crate::msg!(
        "labelled",
        label = crate::msg!("label-fix"),
        text = format!("{description} ({how})")
    ))
}

/// One line per file with findings, then the total.
pub fn summary(report: &Report) -> String {
    // The summary's text is dglint's but for the names: nothing in it may drive a terminal.
    visible_owned(summary_text(report))
}

fn summary_text(report: &Report) -> String {
    let mut out = String::new();
    let mut clean = 0;
    for file in &report.files {
        let counts = file.counts();
        if counts.total() == 0 {
            clean += 1;
        } else {
            let _ = writeln!(out, "{}: {}", file.name(), counts.describe());
        }
    }
    let datasets = report.counts_datasets();
    // Counting datasets, a file that holds none (a broken catalogue record) counts none.
    let checked = if datasets {
        report.files.iter().map(|file| file.datasets.len()).sum()
    } else {
        report.files.len()
    };
    let inputs = |count: usize| match datasets {
        true => crate::msg!("count-datasets", count = count),
        false => crate::msg!("count-files", count = count),
    };
    let failed_inputs = report.unreadable.len() + report.unfetched.len();
    let line = if report.files.is_empty() && failed_inputs > 0 {
        // "Checked 0 files" would read as a pass: say that nothing could be checked.
        crate::msg!("summary-nothing-checked", count = failed_inputs)
    } else {
        crate::msg!(
            "summary-checked",
            inputs = inputs(checked),
            counts = report.counts().describe(),
            clean = inputs(clean)
        )
    };
    let _ = writeln!(out, "{line}");
    for (reason, count) in report.skipped.iter().filter(|(_, count)| *count > 0) {
        let count = crate::msg!("count-datasets", count = count);
        let _ = writeln!(
            out,
            "{}",
            crate::msg!("summary-skipped", count = count, reason = reason.label())
        );
    }
    out
}

/// A report's text for miette: named after its file, or, for a document assembled from
/// excerpts, after the excerpt's file with its line numbers there (and no context lines, which
/// would come from another excerpt). A text with control characters is shown
/// [visible](crate::untrusted::terminal::visible), spans and all: miette draws the source as
/// it is, and the lines of a hostile manifest would drive the terminal.
struct FileSource<'a> {
    file: &'a FileReport,
    /// The text made visible, when it has something to show.
    visible: Option<VisibleSource>,
}

impl FileSource<'_> {
    /// The text miette draws.
    fn text(&self) -> &str {
        self.visible
            .as_ref()
            .map_or(self.file.document.text.as_str(), |visible| &visible.text)
    }

    /// A span of the document's text, in the text miette draws.
    fn shown_span(&self, start: usize, end: usize) -> SourceSpan {
        match &self.visible {
            None => (start, end - start).into(),
            Some(visible) => {
                let start = visible.shown_offset(start);
                (start, visible.shown_offset(end) - start).into()
            }
        }
    }

    /// The offset in the document's text of an offset in the text miette draws.
    fn original_offset(&self, offset: usize) -> usize {
        self.visible
            .as_ref()
            .map_or(offset, |visible| visible.original_offset(offset))
    }
}

impl SourceCode for FileSource<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let document = &self.file.document;
        let text = self.text();
        let language = document.syntax.language();
        let at = self.original_offset(span.offset());
        let (contents, name, line) = match document.provenance.piece_at(at) {
            None => {
                let contents = text.read_span(span, context_lines_before, context_lines_after)?;
                let line = contents.line();
                (contents, visible_owned(self.file.path.clone()), line)
            }
            Some(piece) => {
                let contents = text.read_span(span, 0, 0)?;
                // `line()` is 0-based; the piece's lines are 1-based.
                let line = piece.line_in_file - 1 + contents.line() + 1 - piece.first_line;
                (contents, visible_owned(piece.path.clone()), line)
            }
        };
        // miette counts the column in bytes; every other output counts characters.
        let column = char_column(text, contents.span().offset());
        Ok(Box::new(
            MietteSpanContents::new_named(
                name,
                contents.data(),
                *contents.span(),
                line,
                column,
                contents.line_count(),
            )
            .with_language(language),
        ))
    }
}

/// The 0-based column of a byte offset of `text`, in characters.
fn char_column(text: &str, offset: usize) -> usize {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    before[line_start..].chars().count()
}

/// A finding as a miette diagnostic.
struct Shown<'a> {
    located: &'a LocatedFinding,
    source: &'a FileSource<'a>,
    /// The rule's page in the published manual, shown after its code.
    page: Option<String>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.located.finding.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.located.finding.severity {
            Severity::Error => crate::msg!("label-error"),
            Severity::Warning => crate::msg!("label-warning"),
            Severity::Info => crate::msg!("label-info"),
        };
        let text = &self.located.finding.message;
        formatter.write_str(&crate::msg!("labelled", label = label, text = text))
    }
}

impl std::error::Error for Shown<'_> {}

impl Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!(
            "{} {}",
            self.located.rule.def.code, self.located.rule.def.name
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.located.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        // In another language than English, `render_findings` writes the help itself.
        (crate::i18n::lang() == crate::i18n::Lang::En)
            .then(|| Box::new(&self.located.finding.help) as Box<dyn fmt::Display + 'b>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.page
            .as_ref()
            .map(|page| Box::new(page) as Box<dyn fmt::Display + 'b>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.located.span;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(None, self.source.shown_span(span.start, span.end)),
        )))
    }
}
