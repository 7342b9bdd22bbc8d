//! Link checking: is each resource URL available, unavailable, or unknown, and why.
//!
//! URLs are checked once per run whatever the number of datasets using them, with at most
//! `concurrency` requests in flight, `per_host` per host, started at most `rate` per second
//! per host. See [`probe`] for the algorithm and [`guard`] for the refusal of internal
//! addresses.

mod cache;
mod guard;
mod hosts;
mod probe;
mod verdict;

use std::collections::HashMap;
use std::time::Duration;

use futures::StreamExt;

pub use cache::Cache;
pub use guard::is_internal;
pub use probe::Checker;
pub use verdict::{State, Verdict};

/// URL fragments never checked by default: data.gouv.fr's crawler learnt that these hang or
/// generate files on the fly.
pub const DEFAULT_EXCLUDE: [&str; 2] = ["?format=shp", "geo.data.gouv.fr"];

/// How links are checked.
#[derive(Debug, Clone)]
pub struct LinkSettings {
    /// Requests in flight at most.
    pub concurrency: usize,
    /// Requests in flight at most per host.
    pub per_host: usize,
    /// Requests started per second at most per host (0: no limit).
    pub rate: f64,
    /// Time allowed to connect.
    pub connect_timeout: Duration,
    /// Time allowed for a request (headers; bodies are barely read).
    pub timeout: Duration,
    /// The longest `Retry-After` waited for; a host asking more gets an unknown verdict.
    pub max_retry_after: Duration,
    /// Redirects followed at most.
    pub max_redirects: usize,
    /// URLs containing one of these are not checked.
    pub exclude: Vec<String>,
    /// Check loopback, private, link-local and unique-local addresses too.
    pub allow_private: bool,
    /// Hosts (`name` or `name:port`, as written in URLs) checked even when internal.
    pub allow_hosts: Vec<String>,
}

impl Default for LinkSettings {
    fn default() -> LinkSettings {
        LinkSettings {
            concurrency: 64,
            per_host: 2,
            rate: 2.0,
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(15),
            max_retry_after: Duration::from_secs(30),
            max_redirects: 10,
            exclude: DEFAULT_EXCLUDE
                .iter()
                .map(|pattern| (*pattern).to_owned())
                .collect(),
            allow_private: false,
            allow_hosts: Vec::new(),
        }
    }
}

/// The verdicts of a run, by URL.
pub type Verdicts = HashMap<String, Verdict>;

impl Checker {
    /// Checks every URL once (duplicates are checked once).
    pub async fn check_all(&self, urls: impl IntoIterator<Item = String>) -> Verdicts {
        let concurrency = self.settings().concurrency;
        let mut unique: Vec<String> = urls.into_iter().collect();
        unique.sort();
        unique.dedup();
        let progress = crate::progress::bar(unique.len() as u64, crate::progress::Unit::Urls);
        let verdicts = futures::stream::iter(interleave_hosts(unique).into_iter().map(|url| {
            let progress = &progress;
            async move {
                let verdict = self.check(&url).await;
                progress.inc(1);
                (url, verdict)
            }
        }))
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
        progress.finish_and_clear();
        verdicts
    }
}

/// The URLs reordered host by host in turn (the first of each host, then the second...), so
/// that the requests in flight spread over the hosts instead of queueing behind one.
fn interleave_hosts(urls: Vec<String>) -> Vec<String> {
    let host = |url: &str| {
        url::Url::parse(url)
            .ok()
            .and_then(|parsed| parsed.host_str().map(str::to_owned))
            .unwrap_or_default()
    };
    let mut turns: HashMap<String, usize> = HashMap::new();
    let mut keyed: Vec<(usize, String, String)> = urls
        .into_iter()
        .map(|url| {
            let host = host(&url);
            let turn = turns.entry(host.clone()).or_default();
            *turn += 1;
            (*turn, host, url)
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, _, url)| url).collect()
}

/// The URLs of the resources of every dataset in `value` (a document of this origin).
pub fn resource_urls(value: &serde_json::Value, origin: crate::model::Origin) -> Vec<String> {
    crate::model::origin::dataset_pointers(value, origin)
        .iter()
        .filter_map(|root| value.pointer(root))
        .flat_map(|dataset| {
            crate::model::DatasetView::new(dataset)
                .resources()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|resource| resource.non_blank("url").map(|url| url.trim().to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_take_turns_by_host() {
        let urls = [
            "http://a/1",
            "http://a/2",
            "http://a/3",
            "http://b/1",
            "http://c/1",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            interleave_hosts(urls),
            [
                "http://a/1",
                "http://b/1",
                "http://c/1",
                "http://a/2",
                "http://a/3"
            ]
        );
    }
}
