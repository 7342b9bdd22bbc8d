//! What checking a link concluded, and why.

use serde::{Deserialize, Serialize};

/// The three answers a link check can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// The server gave a 2xx (after redirects).
    Available,
    /// The server refused (4xx, 5xx), or there is no server (DNS, connection, TLS), or the
    /// redirects loop or never end.
    Unavailable,
    /// No answer could be had: rate limited, timed out, excluded, or not checked.
    Unknown,
}

/// The verdict on one URL, with what the server said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Available, unavailable or unknown.
    pub state: State,
    /// Why, in a few words (`HTTP 404`, `timed out twice`, `redirect loop`).
    pub reason: String,
    /// The last HTTP status, if any.
    #[serde(default)]
    pub status: Option<u16>,
    /// The URL after redirects, when it differs.
    #[serde(default)]
    pub final_url: Option<String>,
    /// Where a permanent redirect (301, 308) of the URL itself leads.
    #[serde(default)]
    pub moved_to: Option<String>,
    /// The `Content-Type` of the final answer.
    #[serde(default)]
    pub content_type: Option<String>,
    /// The length of the resource (`Content-Length`, or the total of `Content-Range`).
    #[serde(default)]
    pub content_length: Option<u64>,
    /// Whether the first bytes of the body look like an HTML page.
    #[serde(default)]
    pub html_body: bool,
    /// For an `http://` URL: whether the same URL in `https://` is available.
    #[serde(default)]
    pub https_works: Option<bool>,
}

impl Verdict {
    /// A verdict with only a state and a reason.
    pub fn new(state: State, reason: impl Into<String>) -> Verdict {
        Verdict {
            state,
            reason: reason.into(),
            status: None,
            final_url: None,
            moved_to: None,
            content_type: None,
            content_length: None,
            html_body: false,
            https_works: None,
        }
    }

    /// Whether the server answers with an HTML page (by its type or its first bytes).
    pub fn serves_html(&self) -> bool {
        self.html_body
            || self
                .content_type
                .as_deref()
                .is_some_and(|kind| kind.to_ascii_lowercase().starts_with("text/html"))
    }
}
