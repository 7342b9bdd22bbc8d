//! The URLs from data that may become links: a dataset's page, a resource's URL. Only an
//! absolute `http` or `https` URL becomes a link; `javascript:`, `data:`, `vbscript:`, a
//! relative or an unreadable URL is shown as text, if at all.

/// The characters that a Markdown link destination, a table cell or an HTML attribute could
/// read as their own syntax, percent-encoded in a link whatever the URL standard leaves as is.
const ENCODED: &[char] = &['<', '>', '(', ')', '[', ']', '|', '\\', '`', '"', '\'', ' '];

/// `url` as a link may point at it: an absolute `http` or `https` URL with a host, as the URL
/// standard serialises it (`JavaScript:` and `\thttps:` read as browsers read them), the
/// characters of [`ENCODED`] percent-encoded; `None` for any other scheme or an unreadable URL.
pub fn web(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return None;
    }
    let serialised = parsed.as_str();
    if !serialised.contains(ENCODED) {
        return Some(serialised.to_owned());
    }
    let mut encoded = String::with_capacity(serialised.len() + 8);
    for c in serialised.chars() {
        if ENCODED.contains(&c) {
            encoded.push_str(&format!("%{:02X}", u32::from(c)));
        } else {
            encoded.push(c);
        }
    }
    Some(encoded)
}

#[cfg(test)]
mod tests {
    use super::web;

    #[test]
    fn only_http_and_https_become_links() {
        assert_eq!(
            web("https://www.data.gouv.fr/datasets/x").as_deref(),
            Some("https://www.data.gouv.fr/datasets/x")
        );
        for url in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(document.domain)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "/datasets/x",
            "//evil.example/x",
            "file:///etc/passwd",
            "",
        ] {
            assert_eq!(web(url), None, "{url:?}");
        }
    }

    #[test]
    fn syntax_characters_are_encoded() {
        assert_eq!(
            web("https://a.example/p?q=x\"onmouseover=alert(1)'|[y]").as_deref(),
            Some("https://a.example/p?q=x%22onmouseover=alert%281%29%27%7C%5By%5D")
        );
    }
}
