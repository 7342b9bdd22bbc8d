//! Live datasets from a udata API (`/api/1/`): one dataset by id, slug or URL, or every
//! dataset of an organisation. Each becomes a document whose text is the API's JSON,
//! pretty-printed and named by its API URL, so findings point into it like into a file.
//!
//! A dataset with open discussions (`metrics.discussions_open`) also gets the discussions the
//! API lists for it (`GET discussions/?for={id}`), added to its document as `discussions`.

mod client;

use std::path::Path;

use futures::StreamExt;
use serde_json::Value;

pub use client::{API_KEY_VARIABLE, ApiClient, ClientSettings, FetchError, Page, StartError};

use crate::document::{Document, Syntax, parse_text};
use crate::progress::{self, Unit};

/// What a fetch brought back.
#[derive(Default)]
pub struct Fetched {
    /// One document per dataset read, in the API's order.
    pub documents: Vec<Document>,
    /// The datasets (or pages) that could not be read, after retries.
    pub failures: Vec<FetchError>,
    /// The datasets read only in part: their discussions could not be fetched (DG404 does
    /// not run on them).
    pub discussion_failures: Vec<FetchError>,
    /// Deleted datasets left out.
    pub deleted: usize,
    /// Archived datasets left out (without `--include-archived`).
    pub archived: usize,
    /// Datasets the listing counts on pages that could not be read (when it gives a total).
    pub unread: usize,
}

/// The id or slug a dataset reference names: an id, a slug, a dataset page URL
/// (`https://www.data.gouv.fr/datasets/{slug}/`, any language prefix) or an API URL.
pub fn dataset_key(reference: &str) -> Option<String> {
    let reference = reference.trim();
    if !reference.contains("://") {
        return (!reference.is_empty() && !reference.contains('/')).then(|| reference.to_owned());
    }
    let path = reference.split(['?', '#']).next().unwrap_or(reference);
    let segments: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    let at = segments
        .iter()
        .rposition(|segment| *segment == "datasets")?;
    segments
        .get(at + 1)
        .filter(|key| **key != "r")
        .map(|key| (*key).to_owned())
}

/// Runs `future` on a runtime of its own (the linting that follows runs on rayon).
pub fn block_on<T>(future: impl Future<Output = T>) -> Result<T, StartError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    Ok(runtime.block_on(future))
}

/// Fetches datasets by reference (id, slug or URL), `concurrency` at a time, with their
/// discussions.
pub async fn fetch_datasets(client: &ApiClient, references: &[String]) -> Fetched {
    let mut fetched = Fetched::default();
    let mut datasets = Vec::new();
    for answer in fetch_objects(client, references).await {
        match answer.object {
            Ok(value) => datasets.push((answer.url, value)),
            Err(error) => fetched.failures.push(error),
        }
    }
    fetched.documents = with_discussions(client, datasets, &mut fetched.discussion_failures).await;
    fetched
}

/// What the API answered for one dataset reference.
pub struct Answer {
    /// The reference, as given.
    pub reference: String,
    /// The API URL asked.
    pub url: String,
    /// The dataset object, or why there is none (404: unknown, 410: deleted).
    pub object: Result<Value, FetchError>,
}

/// Fetches the dataset objects of `references` (ids, slugs or URLs), `concurrency` at a
/// time, in their order, without their discussions.
pub async fn fetch_objects(client: &ApiClient, references: &[String]) -> Vec<Answer> {
    let progress = progress::bar(references.len() as u64, Unit::Datasets);
    let answers = futures::stream::iter(references.iter().map(|reference| {
        let key = dataset_key(reference).unwrap_or_else(|| reference.clone());
        let url = client.url(&format!("datasets/{key}/"));
        let progress = &progress;
        async move {
            let object = client
                .get_json(&url)
                .await
                .and_then(|value| object(&url, value));
            progress.inc(1);
            Answer {
                reference: reference.clone(),
                url,
                object,
            }
        }
    }))
    .buffered(client.settings().concurrency.max(1))
    .collect()
    .await;
    progress.finish_and_clear();
    answers
}

/// Every dataset of an organisation, as the API lists them.
#[derive(Default)]
pub struct Listing {
    /// The datasets kept, each with its API URL, in the API's order.
    pub datasets: Vec<(String, Value)>,
    /// The pages that could not be read, after retries.
    pub failures: Vec<FetchError>,
    /// Deleted datasets left out.
    pub deleted: usize,
    /// Archived datasets left out (without `include_archived`).
    pub archived: usize,
    /// Datasets the listing counts on pages that could not be read (when it gives a total).
    pub unread: usize,
}

impl Listing {
    /// Adds another listing to this one (another organisation's).
    pub fn absorb(&mut self, other: Listing) {
        self.datasets.extend(other.datasets);
        self.failures.extend(other.failures);
        self.deleted += other.deleted;
        self.archived += other.archived;
        self.unread += other.unread;
    }
}

/// The documents of the datasets of `listing`, with their discussions (see [`Fetched`]).
pub async fn fetch_listed(client: &ApiClient, listing: Listing) -> Fetched {
    let mut fetched = Fetched {
        failures: listing.failures,
        deleted: listing.deleted,
        archived: listing.archived,
        unread: listing.unread,
        ..Fetched::default()
    };
    fetched.documents =
        with_discussions(client, listing.datasets, &mut fetched.discussion_failures).await;
    fetched
}

/// Lists every dataset of an organisation (slug or id), all pages, `concurrency` pages at a
/// time (private ones too when the API key may see them). Deleted datasets are left out;
/// archived ones too unless `include_archived`. Fails only when the first page cannot be
/// read: the API is then unusable.
pub async fn list_organization(
    client: &ApiClient,
    organization: &str,
    include_archived: bool,
) -> Result<Listing, FetchError> {
    let page_url = |page: u64| {
        client.url(&format!(
            "organizations/{organization}/datasets/?page_size=100&page={page}"
        ))
    };
    let first_url = page_url(1);
    let first = client.get_page(&first_url).await?;
    let total = first.total;
    let page_size = first.page_size.filter(|size| *size > 0).unwrap_or(100);
    // How many datasets page `number` holds (known when the listing gives a total).
    let on_page = |number: u64| -> usize {
        let Some(total) = total else { return 0 };
        let before = (number - 1).saturating_mul(page_size);
        usize::try_from(total.saturating_sub(before).min(page_size)).unwrap_or(usize::MAX)
    };
    let rest = match total {
        Some(total) => {
            let pages = total.div_ceil(page_size).max(1);
            let progress = progress::bar(pages, Unit::Pages);
            progress.inc(1);
            let rest = futures::stream::iter((2..=pages).map(|number| {
                let url = page_url(number);
                let progress = &progress;
                async move {
                    let answer = client.get_page(&url).await;
                    progress.inc(1);
                    (number, answer)
                }
            }))
            .buffered(client.settings().concurrency.max(1))
            .collect()
            .await;
            progress.finish_and_clear();
            rest
        }
        None => follow_next_pages(client, &first).await,
    };
    let mut listing = Listing::default();
    for (number, page) in std::iter::once((1, Ok(first))).chain(rest) {
        let items = match page {
            Ok(page) => page.data,
            Err(error) => {
                listing.unread += on_page(number);
                listing.failures.push(error);
                continue;
            }
        };
        for item in items {
            let set = |field: &str| item.get(field).is_some_and(|value| !value.is_null());
            if set("deleted") {
                listing.deleted += 1;
            } else if set("archived") && !include_archived {
                listing.archived += 1;
            } else {
                let key = item
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("unknown")
                    .to_owned();
                listing
                    .datasets
                    .push((client.url(&format!("datasets/{key}/")), item));
            }
        }
    }
    Ok(listing)
}

/// The pages after `first`, one after the other by their `next_page` links (for an API that
/// does not say its `total`, so the pages cannot be asked for at once), numbered from 2.
async fn follow_next_pages(
    client: &ApiClient,
    first: &Page,
) -> Vec<(u64, Result<Page, FetchError>)> {
    let mut pages = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut next = first.next_page.clone();
    let mut number = 1;
    while let Some(url) = next.take() {
        if !seen.insert(url.clone()) {
            break;
        }
        number += 1;
        let answer = client.get_page(&url).await;
        if let Ok(page) = &answer {
            next = page.next_page.clone();
        }
        pages.push((number, answer));
    }
    pages
}

fn object(url: &str, value: Value) -> Result<Value, FetchError> {
    if value.is_object() {
        Ok(value)
    } else {
        Err(FetchError::Malformed {
            url: url.to_owned(),
            message: "a dataset is a JSON object".into(),
        })
    }
}

/// Adds their discussions to the datasets that have open ones, then makes the documents.
async fn with_discussions(
    client: &ApiClient,
    datasets: Vec<(String, Value)>,
    discussion_failures: &mut Vec<FetchError>,
) -> Vec<Document> {
    let wanted: Vec<bool> = datasets
        .iter()
        .map(|(_, dataset)| {
            dataset
                .pointer("/metrics/discussions_open")
                .and_then(Value::as_u64)
                .is_some_and(|open| open > 0)
        })
        .collect();
    let progress = progress::bar(
        wanted.iter().filter(|wanted| **wanted).count() as u64,
        Unit::Discussions,
    );
    let discussions: Vec<Option<Result<Value, FetchError>>> =
        futures::stream::iter(datasets.iter().zip(&wanted).map(|((_, dataset), wanted)| {
            let id = dataset
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let url = client.url(&format!("discussions/?for={id}&page_size=100"));
            let progress = &progress;
            async move {
                if !*wanted {
                    return None;
                }
                let answer = client.get_json(&url).await;
                progress.inc(1);
                Some(answer)
            }
        }))
        .buffered(client.settings().concurrency.max(1))
        .collect()
        .await;
    progress.finish_and_clear();
    datasets
        .into_iter()
        .zip(discussions)
        .map(|((url, mut dataset), discussions)| {
            match discussions {
                Some(Ok(page)) => {
                    let items = page
                        .get("data")
                        .cloned()
                        .unwrap_or(Value::Array(Vec::new()));
                    if let Value::Object(fields) = &mut dataset {
                        fields.insert("discussions".into(), items);
                    }
                }
                Some(Err(error)) => discussion_failures.push(error),
                None => {}
            }
            document(&url, &dataset)
        })
        .collect()
}

/// The document of one dataset of the API: its JSON, pretty-printed, named by its URL.
pub fn document(url: &str, dataset: &Value) -> Document {
    let mut text = serde_json::to_string_pretty(dataset).unwrap_or_default();
    text.push('\n');
    parse_text(Path::new(url), Syntax::Json, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_references() {
        let cases = [
            ("5d13a8b6634f41070a43dff3", Some("5d13a8b6634f41070a43dff3")),
            (" liste-des-musees ", Some("liste-des-musees")),
            (
                "https://www.data.gouv.fr/datasets/liste-des-musees-de-france/",
                Some("liste-des-musees-de-france"),
            ),
            (
                "https://www.data.gouv.fr/fr/datasets/liste-des-musees-de-france?x=1#a",
                Some("liste-des-musees-de-france"),
            ),
            (
                "https://demo.data.gouv.fr/api/1/datasets/5d13a8b6634f41070a43dff3/",
                Some("5d13a8b6634f41070a43dff3"),
            ),
            ("https://www.data.gouv.fr/organizations/x/", None),
            ("a/b", None),
            ("", None),
        ];
        for (reference, key) in cases {
            assert_eq!(dataset_key(reference).as_deref(), key, "{reference}");
        }
    }
}
