//! The HTTP client of the udata API: polite, bounded in time, and patient with a hostile
//! network (retries with exponential back-off and jitter, `Retry-After` honoured).

use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

/// The environment variable holding an API key, sent as `X-API-KEY` (never printed).
pub const API_KEY_VARIABLE: &str = "DGLINT_API_KEY";

/// The longest `Retry-After` honoured; a server asking for more gets this.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// A page of a udata API listing (`GET organizations/{org}/datasets/?page=N`).
#[derive(Debug, serde::Deserialize)]
pub struct Page {
    /// Its items.
    pub data: Vec<serde_json::Value>,
    /// How many items the whole listing holds, when the API says.
    #[serde(default)]
    pub total: Option<u64>,
    /// How many items a page holds.
    #[serde(default)]
    pub page_size: Option<u64>,
    /// The address of the next page, when there is one.
    #[serde(default)]
    pub next_page: Option<String>,
}

/// How the client talks to the API.
#[derive(Debug, Clone)]
pub struct ClientSettings {
    /// The API root, ending with `/` (`https://www.data.gouv.fr/api/1/`).
    pub base: String,
    /// Requests in flight at most.
    pub concurrency: usize,
    /// Time allowed to connect.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request.
    pub timeout: Duration,
    /// Retries after the first attempt, for connection errors, timeouts, 5xx and 429.
    pub retries: usize,
    /// The first back-off delay (doubled at each retry, with jitter).
    pub backoff: Duration,
    /// Sent as `X-API-KEY`, from [`API_KEY_VARIABLE`].
    pub api_key: Option<String>,
}

impl Default for ClientSettings {
    fn default() -> ClientSettings {
        ClientSettings {
            base: "https://www.data.gouv.fr/api/1/".into(),
            concurrency: 8,
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            retries: 3,
            backoff: Duration::from_millis(500),
            api_key: std::env::var(API_KEY_VARIABLE)
                .ok()
                .filter(|key| !key.is_empty()),
        }
    }
}

/// Why a URL could not be fetched, after the retries.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FetchError {
    /// 404.
    #[error("{}", crate::msg!("fetch-not-found", url = url, variable = API_KEY_VARIABLE))]
    NotFound {
        /// The URL.
        url: String,
    },
    /// 410.
    #[error("{}", crate::msg!("fetch-gone", url = url))]
    Gone {
        /// The URL.
        url: String,
    },
    /// Another status that is not a success.
    #[error("{}", crate::msg!("fetch-status", url = url, status = status))]
    Status {
        /// The URL.
        url: String,
        /// The last status.
        status: u16,
    },
    /// No answer: DNS, connection, TLS, timeout.
    #[error("{url}: {message}")]
    Network {
        /// The URL.
        url: String,
        /// What failed.
        message: String,
    },
    /// An answer that is not the JSON expected.
    #[error("{}", crate::msg!("fetch-not-json", url = url, detail = message))]
    Malformed {
        /// The URL.
        url: String,
        /// What is wrong.
        message: String,
    },
}

impl FetchError {
    /// The URL that failed.
    pub fn url(&self) -> &str {
        match self {
            FetchError::NotFound { url }
            | FetchError::Gone { url }
            | FetchError::Status { url, .. }
            | FetchError::Network { url, .. }
            | FetchError::Malformed { url, .. } => url,
        }
    }
}

/// One failed attempt: the error, and whether and when to try again.
struct Attempt {
    error: FetchError,
    transient: bool,
    retry_after: Option<Duration>,
}

/// Why an HTTP client (of the API, or of the link checker) or the runtime it runs on cannot
/// start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The API key cannot be sent in a header.
    #[error("{API_KEY_VARIABLE} holds characters a header cannot")]
    ApiKey,
    /// The HTTP client cannot be built (its TLS roots, its resolver).
    #[error("cannot start the HTTP client: {0}")]
    Http(#[from] reqwest::Error),
    /// The async runtime cannot be built.
    #[error("cannot start the async runtime: {0}")]
    Runtime(#[from] std::io::Error),
}

/// A client of one udata instance.
#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    settings: ClientSettings,
}

impl ApiClient {
    /// A client with these settings.
    pub fn new(settings: ClientSettings) -> Result<ApiClient, StartError> {
        let mut headers = HeaderMap::new();
        if let Some(key) = &settings.api_key {
            let mut value = HeaderValue::from_str(key).map_err(|_| StartError::ApiKey)?;
            value.set_sensitive(true);
            headers.insert("X-API-KEY", value);
        }
        let http = reqwest::Client::builder()
            .user_agent(crate::USER_AGENT)
            .default_headers(headers)
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .pool_max_idle_per_host(settings.concurrency)
            .build()?;
        Ok(ApiClient { http, settings })
    }

    /// The settings.
    pub fn settings(&self) -> &ClientSettings {
        &self.settings
    }

    /// An API URL: `path` relative to the API root (`datasets/x/`).
    pub fn url(&self, path: &str) -> String {
        format!(
            "{}/{}",
            self.settings.base.trim_end_matches('/'),
            path.trim_start_matches('/')
        )
    }

    /// GETs `url` and returns its body, retrying transient failures.
    pub async fn get_text(&self, url: &str) -> Result<String, FetchError> {
        self.text_of(url, None).await
    }

    /// POSTs `body` (XML) to `url` and returns the answer's body, retrying transient failures
    /// (a CSW `GetRecords` request).
    pub async fn post_xml(&self, url: &str, body: &str) -> Result<String, FetchError> {
        self.text_of(url, Some(body)).await
    }

    /// The body of the answer to a GET of `url`, or to a POST of `body`, after retries.
    async fn text_of(&self, url: &str, body: Option<&str>) -> Result<String, FetchError> {
        let backoff = ExponentialBuilder::default()
            .with_min_delay(self.settings.backoff)
            .with_max_delay(MAX_RETRY_AFTER)
            .with_max_times(self.settings.retries)
            .with_jitter();
        (|| self.attempt(url, body))
            .retry(backoff)
            .when(|attempt: &Attempt| attempt.transient)
            .adjust(|attempt: &Attempt, delay: Option<Duration>| {
                // `None` means the retries are spent: keep it so.
                delay.map(|delay| attempt.retry_after.unwrap_or(delay))
            })
            .await
            .map_err(|attempt| attempt.error)
    }

    /// GETs `url` and parses its body as JSON.
    /// GETs a page of a udata listing (`{"data": [...], "total": ..., "next_page": ...}`).
    pub async fn get_page(&self, url: &str) -> Result<Page, FetchError> {
        let text = self.get_text(url).await?;
        serde_json::from_str(&text).map_err(|error| FetchError::Malformed {
            url: url.to_owned(),
            message: format!("not a page of a udata listing: {error}"),
        })
    }

    /// GETs `url` and parses its body as JSON.
    pub async fn get_json(&self, url: &str) -> Result<serde_json::Value, FetchError> {
        let text = self.get_text(url).await?;
        serde_json::from_str(&text).map_err(|error| FetchError::Malformed {
            url: url.to_owned(),
            message: error.to_string(),
        })
    }

    async fn attempt(&self, url: &str, body: Option<&str>) -> Result<String, Attempt> {
        let request = match body {
            None => self.http.get(url),
            Some(body) => self
                .http
                .post(url)
                .header(reqwest::header::CONTENT_TYPE, "application/xml")
                .body(body.to_owned()),
        };
        let response = request.send().await.map_err(|error| Attempt {
            error: FetchError::Network {
                url: url.to_owned(),
                message: describe(&error),
            },
            transient: true,
            retry_after: None,
        })?;
        let status = response.status();
        if status.is_success() {
            return response.text().await.map_err(|error| Attempt {
                error: FetchError::Network {
                    url: url.to_owned(),
                    message: describe(&error),
                },
                transient: true,
                retry_after: None,
            });
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok())
            .map(|seconds| Duration::from_secs(seconds).min(MAX_RETRY_AFTER));
        let url = url.to_owned();
        let error = match status {
            StatusCode::NOT_FOUND => FetchError::NotFound { url },
            StatusCode::GONE => FetchError::Gone { url },
            _ => FetchError::Status {
                url,
                status: status.as_u16(),
            },
        };
        Err(Attempt {
            error,
            transient: status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS,
            retry_after,
        })
    }
}

/// A reqwest error in a sentence, with its cause (the bare error says little).
fn describe(error: &reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    let mut message = kind.to_owned();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
