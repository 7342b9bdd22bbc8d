//! Source catalogues as data.gouv.fr harvests them: each record mapped to the dataset udata's
//! harvester would create, so that every rule and score judges it before the harvest.
//! Today: DCAT catalogues (`dcat.rs`) in Turtle, RDF/XML, N-Triples or JSON-LD (`graph.rs`),
//! from files or URLs (paged as udata's DCAT backend pages them).

pub mod dcat;
pub mod graph;

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::document::{ByteSpan, Document, Limits, Syntax, parse_text, unreadable};
use crate::source::api::{ApiClient, FetchError};

/// The documents of a DCAT file: one per `dcat:Dataset` udata would harvest, named
/// `<file>#<n>` and holding the dataset as the API would serve it; a file that is not RDF is
/// one document with its syntax error; records udata skips (no identifier, no title) are left
/// out and counted.
pub struct DcatFile {
    /// The datasets, as documents of API data.
    pub documents: Vec<Document>,
    /// The records udata skips, by node, and why.
    pub skipped: Vec<(String, dcat::Skip)>,
    /// The next page of a paged catalogue (Hydra's `next`, or `nextPage` of its older
    /// vocabulary), as udata's DCAT backend follows it.
    pub next_page: Option<String>,
}

/// A DCAT catalogue read from its URL, page after page.
#[derive(Default)]
pub struct FetchedCatalog {
    /// Each page read, with its URL.
    pub pages: Vec<(String, DcatFile)>,
    /// The pages that could not be read (after retries); the paging stops there.
    pub failures: Vec<FetchError>,
    /// The page that a next link pointed back to, when the paging looped.
    pub looped_at: Option<String>,
}

/// The most pages read from one catalogue.
pub const MAX_PAGES: usize = 10_000;

/// Reads the DCAT catalogue at `url` through `client`, following its next pages (each once,
/// at most [`MAX_PAGES`]); `now` refuses future harvest dates.
pub async fn fetch_dcat(client: &ApiClient, url: &str, now: DateTime<Utc>) -> FetchedCatalog {
    let mut fetched = FetchedCatalog::default();
    let mut seen = std::collections::HashSet::new();
    let mut next = Some(url.to_owned());
    while let Some(page) = next.take() {
        if !seen.insert(page.clone()) {
            fetched.looped_at = Some(page);
            break;
        }
        if seen.len() > MAX_PAGES {
            break;
        }
        match client.get_text(&page).await {
            Ok(text) => {
                let file = read_dcat(Path::new(&page), &text, now);
                next = file.next_page.clone();
                fetched.pages.push((page, file));
            }
            Err(error) => fetched.failures.push(error),
        }
    }
    fetched
}

/// Reads the DCAT file at `path`, holding `text`; `now` refuses future harvest dates.
pub fn read_dcat(path: &Path, text: &str, now: DateTime<Utc>) -> DcatFile {
    let extension = path.extension().and_then(|extension| extension.to_str());
    let format = graph::format_of(extension, text);
    if format == oxrdfio::RdfFormat::RdfXml
        && let Some(at) = text.find("<!ENTITY")
    {
        // An XML entity can expand to billions of characters (a "billion laughs"): refused.
        let message = crate::msg!("xml-entities-refused");
        return DcatFile {
            documents: vec![unreadable(
                path,
                Syntax::Yaml,
                text.to_owned(),
                ByteSpan::new(at, at + 8),
                message,
            )],
            skipped: Vec::new(),
            next_page: None,
        };
    }
    let graph = match graph::Graph::parse(text, format) {
        Ok(graph) => graph,
        Err(error) => {
            let offset = error
                .position
                .map(|(line, column)| offset_of(text, line, column))
                .unwrap_or(0);
            let span = ByteSpan::new(offset, offset);
            return DcatFile {
                documents: vec![unreadable(
                    path,
                    Syntax::Yaml,
                    text.to_owned(),
                    span,
                    error.message,
                )],
                skipped: Vec::new(),
                next_page: None,
            };
        }
    };
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    for (number, record) in dcat::records(&graph, now).into_iter().enumerate() {
        match record.dataset {
            Ok(dataset) => {
                let name = format!("{}#{}", path.display(), number + 1);
                let mut text = serde_json::to_string_pretty(&dataset).unwrap_or_default();
                text.push('\n');
                let mut document = parse_text(Path::new(&name), Syntax::Json, text);
                document.limits = Limits {
                    description_from_html: record.description_from_html,
                    ..Limits::default()
                };
                documents.push(document);
            }
            Err(reason) => skipped.push((record.node, reason)),
        }
    }
    let next_page = next_page(&graph);
    DcatFile {
        documents,
        skipped,
        next_page,
    }
}

/// The next page a paged catalogue names: `hydra:next` of a `hydra:PartialCollectionView`,
/// else `hydra:nextPage` of a `hydra:PagedCollection`.
fn next_page(graph: &graph::Graph) -> Option<String> {
    const HYDRA: &str = "http://www.w3.org/ns/hydra/core#";
    [
        ("PartialCollectionView", "next"),
        ("PagedCollection", "nextPage"),
    ]
    .iter()
    .find_map(|(class, property)| {
        let class = format!("{HYDRA}{class}");
        let view = graph.of_type(&class).next()?;
        let url = match graph.value(view, &format!("{HYDRA}{property}"))? {
            graph::Object::Iri(url) | graph::Object::Literal { value: url, .. } => url.clone(),
            graph::Object::Blank(_) => return None,
        };
        Some(url).filter(|url| !url.is_empty())
    })
}

/// The byte offset of a 1-based line and column of `text` (the end when it is past it).
fn offset_of(text: &str, line: u64, column: u64) -> usize {
    let mut offset = 0;
    for (number, content) in text.split_inclusive('\n').enumerate() {
        if number as u64 + 1 == line {
            let column = usize::try_from(column.saturating_sub(1)).unwrap_or(usize::MAX);
            return offset
                + crate::document::floor_char_boundary(content, column.min(content.len()));
        }
        offset += content.len();
    }
    text.len()
}
