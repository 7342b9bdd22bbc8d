//! Source catalogues as data.gouv.fr harvests them: each record mapped to the dataset udata's
//! harvester would create, so that every rule and score judges it before the harvest.
//! DCAT catalogues (`dcat.rs`) in Turtle, RDF/XML, N-Triples or JSON-LD (`graph.rs`), CSW
//! servers answering in DCAT (`csw.rs`), and CKAN packages (`ckan/`), from files or URLs
//! (paged as udata's backends page them, or through CKAN's `package_search`).

pub mod ckan;
pub mod csw;
pub mod dcat;
pub mod graph;
pub mod iso19139;
pub mod text;
pub mod udata_url;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::document::{ByteSpan, Document, Limits, Syntax, parse_text, unreadable};
use crate::source::api::{ApiClient, FetchError};

/// The kind of source catalogue, as udata's harvest backends read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A DCAT catalogue (udata's DCAT backend).
    Dcat,
    /// A CKAN site or its packages (udata's CKAN backend).
    Ckan,
    /// A CSW server asked for DCAT, or its saved `GetRecords` answers (udata's CSW-DCAT
    /// backend).
    CswDcat,
    /// A CSW server asked for ISO 19139, or its saved `GetRecords` answers (udata's
    /// CSW-ISO-19139 backend).
    CswIso,
}

/// Why udata's harvester makes no dataset of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// It has no `dct:identifier` (the DCAT harvest's key for the dataset).
    NoIdentifier,
    /// It has no `dct:title`.
    NoTitle,
    /// A CKAN package without resources.
    NoResource,
    /// The CKAN backend refuses the package (its schema, or an extra it cannot read).
    Refused(Vec<ckan::schema::Problem>),
    /// A CSW record that is not RDF/XML (udata fails it): the parser's message.
    Unreadable(String),
    /// An ISO 19139 record that is not a dataset or a series (`gmd:hierarchyLevel`: a
    /// service, another scope, or none): its scope code.
    NotDataset(String),
    /// An ISO 19139 record that udata's stylesheet fails on (udata fails it): why.
    Untransformable(String),
}

/// One record of a source.
pub struct Record {
    /// Its name: a DCAT node (IRI, or `_:id`), a CKAN package's name.
    pub name: String,
    /// The dataset udata would make of it, or why it makes none.
    pub dataset: Result<Value, Skip>,
    /// What dglint cannot know of the dataset as udata would make it.
    pub limits: Limits,
}

/// The documents of a source file: one per dataset udata would harvest, named `<file>#<n>`
/// and holding the dataset as the API would serve it; a file that cannot be read is one
/// document with its syntax error; records udata skips or refuses are left out and named.
pub struct HarvestFile {
    /// The datasets, as documents of API data.
    pub documents: Vec<Document>,
    /// The records udata makes no dataset of, by name, and why.
    pub skipped: Vec<(String, Skip)>,
    /// The next page of a paged catalogue (DCAT: Hydra's `next`, or `nextPage` of its older
    /// vocabulary, as udata's DCAT backend follows it; CKAN: `package_search`'s next rows;
    /// CSW: the next `startPosition`).
    pub next_page: Option<String>,
}

/// A source catalogue read from its URL, page after page.
#[derive(Default)]
pub struct FetchedCatalog {
    /// Each page read, with its URL.
    pub pages: Vec<(String, HarvestFile)>,
    /// The pages that could not be read (after retries); the paging stops there.
    pub failures: Vec<FetchError>,
    /// The page that a next link pointed back to, when the paging looped.
    pub looped_at: Option<String>,
}

/// The most pages read from one catalogue.
pub const MAX_PAGES: usize = 10_000;

/// Reads the `backend` catalogue at `url` through `client`, following its next pages (each
/// once, at most [`MAX_PAGES`]); `now` refuses future harvest dates. A CKAN site's root is
/// read through its `package_search`.
pub async fn fetch(
    backend: Backend,
    client: &ApiClient,
    url: &str,
    now: DateTime<Utc>,
) -> FetchedCatalog {
    let mut fetched = FetchedCatalog::default();
    let mut seen = std::collections::HashSet::new();
    let mut next = Some(match backend {
        Backend::Dcat => url.to_owned(),
        Backend::Ckan => ckan::search_url(url),
        Backend::CswDcat | Backend::CswIso => "1".to_owned(),
    });
    while let Some(page) = next.take() {
        if !seen.insert(page.clone()) {
            fetched.looped_at = Some(page);
            break;
        }
        if seen.len() > MAX_PAGES {
            break;
        }
        let (name, answer) = match backend {
            Backend::CswDcat | Backend::CswIso => {
                let start = page.parse().unwrap_or(1);
                let name = format!("{url}?startPosition={start}");
                let schema = if backend == Backend::CswIso {
                    csw::Schema::Iso19139
                } else {
                    csw::Schema::Dcat
                };
                (
                    name,
                    client.post_xml(url, &csw::request(start, schema)).await,
                )
            }
            Backend::Dcat | Backend::Ckan => (page.clone(), client.get_text(&page).await),
        };
        match answer {
            Ok(text) => {
                let file = match backend {
                    Backend::CswDcat | Backend::CswIso => {
                        read_csw(Path::new(&name), &text, page.parse().unwrap_or(1), now)
                    }
                    Backend::Dcat | Backend::Ckan => read(backend, Path::new(&name), &text, now),
                };
                next = file.next_page.clone();
                fetched.pages.push((name, file));
            }
            Err(error) => fetched.failures.push(error),
        }
    }
    fetched
}

/// Reads the `backend` file at `path`, holding `text`; `now` refuses future harvest dates.
pub fn read(backend: Backend, path: &Path, text: &str, now: DateTime<Utc>) -> HarvestFile {
    match backend {
        Backend::Dcat => read_dcat(path, text, now),
        Backend::Ckan => read_ckan(path, text, now),
        Backend::CswDcat | Backend::CswIso => read_csw(path, text, 1, now),
    }
}

/// One document for a file that gives no records, with `message` at byte `offset`.
fn unreadable_file(path: &Path, text: &str, offset: usize, message: String) -> HarvestFile {
    let span = ByteSpan::new(offset, offset);
    HarvestFile {
        documents: vec![unreadable(
            path,
            Syntax::Yaml,
            text.to_owned(),
            span,
            message,
        )],
        skipped: Vec::new(),
        next_page: None,
    }
}

/// Reads an answer to `GetRecords` (the page from `start`): each DCAT record read as RDF/XML
/// and its datasets mapped as the DCAT backend maps them.
fn read_csw(path: &Path, text: &str, start: usize, now: DateTime<Utc>) -> HarvestFile {
    let answer = match csw::read(text, start) {
        Ok(answer) => answer,
        Err(csw::AnswerError::Xml { offset, message }) => {
            return unreadable_file(path, text, offset, message);
        }
        Err(csw::AnswerError::Exception(exception)) => {
            let message = crate::msg!("csw-exception", exception = exception);
            return unreadable_file(path, text, 0, message);
        }
        Err(csw::AnswerError::NoResults) => {
            return unreadable_file(path, text, 0, crate::msg!("csw-no-results"));
        }
    };
    let mut records = Vec::new();
    let mut skipped = Vec::new();
    for (number, record) in &answer.records {
        match graph::Graph::parse(record, oxrdfio::RdfFormat::RdfXml) {
            Ok(graph) => records.extend(dcat::records(&graph, "CSW-DCAT", now)),
            Err(error) => skipped.push((number.to_string(), Skip::Unreadable(error.message))),
        }
    }
    for (name, mapped) in answer.iso_records {
        match mapped {
            Ok(mapped) => {
                for mut record in dcat::records(&mapped.graph, "CSW-ISO-19139", now) {
                    if let Ok(dataset) = &mut record.dataset {
                        note_unread(dataset, &mapped.dropped);
                    }
                    records.push(record);
                }
            }
            Err(reason) => skipped.push((name, reason)),
        }
    }
    let (documents, more) = documents_of(path, records);
    skipped.extend(more);
    HarvestFile {
        documents,
        skipped,
        next_page: answer.next.map(|next| next.to_string()),
    }
}

/// Adds `items` to the `harvest.unread` of `dataset` (what udata's harvester leaves out).
fn note_unread(dataset: &mut Value, items: &[Value]) {
    if items.is_empty() {
        return;
    }
    let Some(harvest) = dataset.get_mut("harvest").and_then(Value::as_object_mut) else {
        return;
    };
    let unread = harvest
        .entry("unread")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Some(unread) = unread.as_array_mut() {
        unread.extend(items.iter().cloned());
    }
}

/// The documents of `records` read from `path`, and the records skipped.
fn documents_of(path: &Path, records: Vec<Record>) -> (Vec<Document>, Vec<(String, Skip)>) {
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    for (number, record) in records.into_iter().enumerate() {
        match record.dataset {
            Ok(dataset) => {
                let name = format!("{}#{}", path.display(), number + 1);
                let mut text = serde_json::to_string_pretty(&dataset).unwrap_or_default();
                text.push('\n');
                let mut document = parse_text(Path::new(&name), Syntax::Json, text);
                document.limits = record.limits;
                documents.push(document);
            }
            Err(reason) => skipped.push((record.name, reason)),
        }
    }
    (documents, skipped)
}

/// Reads a file of CKAN packages (see [`ckan::packages`]).
fn read_ckan(path: &Path, text: &str, now: DateTime<Utc>) -> HarvestFile {
    // Read without spans (the mapped datasets carry their own); a file that is not JSON is
    // parsed again as a document, for its located syntax error.
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return HarvestFile {
            documents: vec![parse_text(path, Syntax::Json, text.to_owned())],
            skipped: Vec::new(),
            next_page: None,
        };
    };
    let value = &value;
    if let Some(error) = ckan::failed(value) {
        return unreadable_file(
            path,
            text,
            0,
            crate::msg!("ckan-answer-failed", error = error),
        );
    }
    let page = path.to_string_lossy();
    let site = ckan::site_of(&page);
    let records = ckan::packages(value)
        .into_iter()
        .map(|package| ckan::record(package, site, now))
        .collect();
    let (documents, skipped) = documents_of(path, records);
    HarvestFile {
        documents,
        skipped,
        next_page: ckan::next_page(&page, value),
    }
}

/// Reads the DCAT file at `path`, holding `text`; `now` refuses future harvest dates.
fn read_dcat(path: &Path, text: &str, now: DateTime<Utc>) -> HarvestFile {
    let extension = path.extension().and_then(|extension| extension.to_str());
    let format = graph::format_of(extension, text);
    if format == oxrdfio::RdfFormat::RdfXml
        && let Some(at) = text.find("<!ENTITY")
    {
        // An XML entity can expand to billions of characters (a "billion laughs"): refused.
        return unreadable_file(path, text, at, crate::msg!("xml-entities-refused"));
    }
    let graph = match graph::Graph::parse(text, format) {
        Ok(graph) => graph,
        Err(error) => {
            let offset = error.offset.unwrap_or(0).min(text.len());
            return unreadable_file(path, text, offset, error.message);
        }
    };
    let (documents, skipped) = documents_of(path, dcat::records(&graph, "DCAT", now));
    let next_page = next_page(&graph);
    HarvestFile {
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
