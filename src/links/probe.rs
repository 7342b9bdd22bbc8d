//! Checking one URL as production crawlers learnt to: HEAD first, GET (for one byte, reading
//! a few kilobytes at most) when HEAD is not conclusive, redirects followed by hand so that
//! every hop is checked, patience with hosts that ask for it.

use std::collections::HashSet;
use std::net::IpAddr;
use std::time::Duration;

use reqwest::header::{
    CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, HeaderMap, LAST_MODIFIED, LOCATION, RANGE,
    RETRY_AFTER,
};
use reqwest::{Method, StatusCode, Url};

use super::LinkSettings;
use super::guard::{GuardedResolver, REFUSED, is_internal};
use super::hosts::Hosts;
use super::verdict::{State, Verdict};
use crate::source::api::StartError;

/// At most this much of a body is read, to tell an HTML page from a file.
const SNIFF_BYTES: usize = 4096;

/// How long the first bytes of a body may take; a slower body is not waited for.
const SNIFF_WAIT: Duration = Duration::from_secs(2);

/// Checks URLs with shared politeness.
pub struct Checker {
    http: reqwest::Client,
    hosts: Hosts,
    settings: LinkSettings,
}

/// What one request brought back.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    html_body: bool,
}

/// Why a request brought nothing back.
enum Failure {
    /// Timed out, twice.
    Timeout,
    /// The guard refused the address.
    Refused(String),
    /// Rate limited beyond what we wait.
    Throttled(String),
    /// DNS, connection, TLS, protocol.
    Network(String),
}

impl Checker {
    /// A checker with these settings.
    pub fn new(settings: LinkSettings) -> Result<Checker, StartError> {
        let http = reqwest::Client::builder()
            .user_agent(crate::USER_AGENT)
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(GuardedResolver::new(
                settings.allow_private,
                settings.allow_hosts.clone(),
            ))
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .pool_max_idle_per_host(settings.per_host)
            .build()?;
        Ok(Checker {
            hosts: Hosts::new(settings.per_host, settings.rate),
            http,
            settings,
        })
    }

    /// The settings.
    pub fn settings(&self) -> &LinkSettings {
        &self.settings
    }

    /// Whether the guard lets `url`'s host through whatever its address.
    fn trusted(&self, url: &Url) -> bool {
        let host = url.host_str().unwrap_or_default();
        let with_port = url
            .port_or_known_default()
            .map(|port| format!("{host}:{port}"));
        self.settings.allow_private
            || self
                .settings
                .allow_hosts
                .iter()
                .any(|allowed| allowed == host || Some(allowed) == with_port.as_ref())
    }

    /// The verdict on `url`. An available `http://` URL on the default port is tried again
    /// in `https://` (an explicit port serves one scheme).
    pub async fn check(&self, url: &str) -> Verdict {
        let mut verdict = self.follow(url).await;
        let default_port = Url::parse(url).is_ok_and(|parsed| parsed.port().is_none());
        if verdict.state == State::Available && url.starts_with("http://") && default_port {
            let secure = format!("https://{}", &url["http://".len()..]);
            let secure_verdict = self.follow(&secure).await;
            verdict.https_works = Some(secure_verdict.state == State::Available);
        }
        verdict
    }

    async fn follow(&self, url: &str) -> Verdict {
        if let Some(pattern) = self
            .settings
            .exclude
            .iter()
            .find(|pattern| url.contains(pattern.as_str()))
        {
            return Verdict::new(
                State::Unknown,
                format!("not checked: excluded by `{pattern}`"),
            );
        }
        let Ok(mut current) = Url::parse(url.trim()) else {
            return Verdict::new(State::Unavailable, "not a valid URL");
        };
        let mut seen = HashSet::new();
        let mut moved_to = None;
        for hop in 0..=self.settings.max_redirects {
            if !matches!(current.scheme(), "http" | "https") {
                return Verdict::new(
                    State::Unknown,
                    format!(
                        "not checked: only http and https links are ({})",
                        current.scheme()
                    ),
                );
            }
            if !seen.insert(current.to_string()) {
                return Verdict::new(State::Unavailable, "redirect loop");
            }
            if let Some(address) = literal_address(&current)
                && is_internal(address)
                && !self.trusted(&current)
            {
                return Verdict::new(
                    State::Unknown,
                    format!(
                        "not checked: {address} is an internal address (--allow-private checks it)"
                    ),
                );
            }
            let answer = match self.fetch(&current).await {
                Ok(answer) => answer,
                Err(failure) => return failed(failure),
            };
            if answer.status.is_redirection()
                && let Some(next) = location(&answer.headers, &current)
            {
                if hop == 0
                    && matches!(
                        answer.status,
                        StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
                    )
                {
                    moved_to = Some(next.to_string());
                }
                current = next;
                continue;
            }
            let mut verdict = classify(&answer);
            if current.as_str() != url {
                verdict.final_url = Some(current.to_string());
            }
            verdict.moved_to = moved_to;
            return verdict;
        }
        Verdict::new(
            State::Unavailable,
            format!("more than {} redirects", self.settings.max_redirects),
        )
    }

    /// HEAD, then GET when HEAD says too little or looks wrong.
    async fn fetch(&self, url: &Url) -> Result<Answer, Failure> {
        let head = self.request(Method::HEAD, url).await;
        let conclusive = match &head {
            Ok(answer) => is_conclusive(answer),
            Err(Failure::Timeout | Failure::Network(_)) => false,
            Err(_) => true,
        };
        if conclusive {
            return head;
        }
        match self.request(Method::GET, url).await {
            Ok(answer) => Ok(answer),
            Err(failure @ (Failure::Refused(_) | Failure::Throttled(_))) => Err(failure),
            // The GET failed where HEAD answered: keep HEAD's answer.
            Err(failure) => head.or(Err(failure)),
        }
    }

    /// One request, a GET retried once after a timeout, and once after a 429 or a 503 with
    /// `Retry-After` (waiting as asked, up to the cap, with the host paused meanwhile).
    async fn request(&self, method: Method, url: &Url) -> Result<Answer, Failure> {
        let host = url.host_str().unwrap_or_default().to_owned();
        let (mut timeouts, mut throttles) = (0, 0);
        loop {
            let permit = self.hosts.acquire(&host).await;
            let mut request = self.http.request(method.clone(), url.clone());
            if method == Method::GET {
                request = request.header(RANGE, "bytes=0-0");
            }
            let response = match request.send().await {
                Ok(response) => response,
                // A GET that timed out is tried once more; a HEAD that did goes straight to
                // the GET `fetch` sends next (a server that never answers HEAD would
                // otherwise cost two timeouts before it).
                Err(error) if error.is_timeout() && timeouts == 0 && method == Method::GET => {
                    timeouts += 1;
                    continue;
                }
                Err(error) => return Err(failure_of(&error)),
            };
            let status = response.status();
            let retry_after = seconds(response.headers().get(RETRY_AFTER));
            let throttled = status == StatusCode::TOO_MANY_REQUESTS
                || (status == StatusCode::SERVICE_UNAVAILABLE && retry_after.is_some());
            if throttled {
                let wait = retry_after.unwrap_or(Duration::from_secs(1));
                if throttles > 0 || wait > self.settings.max_retry_after {
                    return Err(Failure::Throttled(format!(
                        "HTTP {} (asked to wait {} s)",
                        status.as_u16(),
                        wait.as_secs()
                    )));
                }
                throttles += 1;
                let until = tokio::time::Instant::now() + wait;
                self.hosts.pause(&host, until);
                drop(permit);
                continue;
            }
            let headers = response.headers().clone();
            let html_body = if method == Method::GET && status.is_success() {
                sniff_html(response).await
            } else {
                false
            };
            return Ok(Answer {
                status,
                headers,
                html_body,
            });
        }
    }
}

/// Whether a HEAD answer is enough: a 2xx or 3xx (but not 405 or 501), with a length or a
/// date, and not a tiny HTML page (a firewall's, a login's).
fn is_conclusive(answer: &Answer) -> bool {
    let status = answer.status;
    if status.is_redirection() {
        return true;
    }
    if !status.is_success() {
        return false;
    }
    let length = header_number(&answer.headers, CONTENT_LENGTH.as_str());
    let dated = answer.headers.contains_key(LAST_MODIFIED);
    let html = header_text(&answer.headers, CONTENT_TYPE.as_str())
        .is_some_and(|kind| kind.to_ascii_lowercase().starts_with("text/html"));
    let tiny_html = html && length.is_some_and(|length| length < 2048);
    (length.is_some() || dated) && !tiny_html
}

fn classify(answer: &Answer) -> Verdict {
    let status = answer.status;
    let mut verdict = if status.is_success() {
        Verdict::new(State::Available, format!("HTTP {}", status.as_u16()))
    } else {
        Verdict::new(State::Unavailable, format!("HTTP {}", status.as_u16()))
    };
    verdict.status = Some(status.as_u16());
    verdict.content_type = header_text(&answer.headers, CONTENT_TYPE.as_str()).map(str::to_owned);
    verdict.content_length = header_text(&answer.headers, CONTENT_RANGE.as_str())
        .and_then(|range| range.rsplit('/').next()?.trim().parse().ok())
        .or_else(|| {
            (status != StatusCode::PARTIAL_CONTENT)
                .then(|| header_number(&answer.headers, CONTENT_LENGTH.as_str()))
                .flatten()
        });
    verdict.html_body = answer.html_body;
    verdict
}

fn failed(failure: Failure) -> Verdict {
    match failure {
        Failure::Timeout => Verdict::new(State::Unknown, "timed out twice"),
        Failure::Refused(reason) | Failure::Throttled(reason) => {
            Verdict::new(State::Unknown, reason)
        }
        Failure::Network(reason) => Verdict::new(State::Unavailable, reason),
    }
}

fn failure_of(error: &reqwest::Error) -> Failure {
    if error.is_timeout() {
        return Failure::Timeout;
    }
    let mut causes = Vec::new();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        causes.push(cause.to_string());
        source = cause.source();
    }
    let chain = causes.join(": ");
    if let Some(at) = chain.find(REFUSED) {
        let detail = chain[at + REFUSED.len()..].trim_start_matches(':').trim();
        return Failure::Refused(format!(
            "not checked: {detail}, an internal address (--allow-private checks it)"
        ));
    }
    let kind = if chain.contains("dns error") || chain.contains("failed to lookup") {
        "DNS lookup failed"
    } else if error.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    Failure::Network(if chain.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind}: {chain}")
    })
}

/// Reads at most a few kilobytes of the body (not waiting long) and says whether they look
/// like an HTML page.
async fn sniff_html(mut response: reqwest::Response) -> bool {
    let mut head = Vec::new();
    while head.len() < SNIFF_BYTES {
        match tokio::time::timeout(SNIFF_WAIT, response.chunk()).await {
            Ok(Ok(Some(bytes))) => head.extend_from_slice(&bytes),
            _ => break,
        }
    }
    let text = String::from_utf8_lossy(&head[..head.len().min(SNIFF_BYTES)]).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with("<!doctype html") || text.starts_with("<html")
}

fn location(headers: &HeaderMap, base: &Url) -> Option<Url> {
    base.join(header_text(headers, LOCATION.as_str())?).ok()
}

fn literal_address(url: &Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(v4) => Some(IpAddr::V4(v4)),
        url::Host::Ipv6(v6) => Some(IpAddr::V6(v6)),
        url::Host::Domain(_) => None,
    }
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name)?.to_str().ok()
}

fn header_number(headers: &HeaderMap, name: &str) -> Option<u64> {
    header_text(headers, name)?.trim().parse().ok()
}

fn seconds(value: Option<&reqwest::header::HeaderValue>) -> Option<Duration> {
    let seconds: u64 = value?.to_str().ok()?.trim().parse().ok()?;
    Some(Duration::from_secs(seconds))
}
