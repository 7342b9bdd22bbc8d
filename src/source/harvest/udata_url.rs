//! udata's URL validation (`udata.uris.validate` with data.gouv.fr's settings): what the CKAN
//! backend's schema accepts as a resource URL. Offline: udata also resolves a host name and
//! refuses one that resolves to an internal address; dglint does not resolve names.

use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::LazyLock;

use regex::Regex;

const TLDS: &str = include_str!("../../../rules/vocabularies/tlds.txt");

/// udata's `URL_REGEX`, as written in `udata/uris.py`.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[a-z\x{a1}-\x{ffff}0-9_]";
    let end = r"[a-z\x{a1}-\x{ffff}0-9]";
    Regex::new(&format!(
        r"(?i)^(?:(?P<scheme>[a-z0-9.\-]*):)?//(?P<credentials>\S+(?::\S*)?@)?(?:(?P<localhost>localhost(?:\.localdomain)?)|(?P<ipv4>(?:\d{{0,3}}\.){{3}}(?:\d{{0,3}}))|(?:\[(?P<ipv6>[0-9a-f:]+)\])|(?P<hostname>(?:{word}-?)*{end}+(?:\.(?:{word}-?)*{end}+)*(?:\.(?P<tld>[a-z0-9\x{{a1}}-\x{{ffff}}]{{2,}}))))(?::\d{{2,5}})?(?:/\S*)?(?:\?\S*)?$"
    ))
    .expect("udata's URL pattern compiles")
});

static TOP_LEVEL_DOMAINS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    TLDS.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .collect()
});

const SCHEMES: [&str; 4] = ["http", "https", "ftp", "ftps"];

/// Whether udata accepts `url` (`is_url()` of its harvest filters: `http://` is put before a
/// text without `://`, then `uris.validate`).
pub fn is_valid(url: &str) -> bool {
    let url = if url.contains("://") {
        url.trim().to_owned()
    } else {
        format!("http://{}", url.trim())
    };
    let Some(parts) = URL.captures(&url) else {
        return false;
    };
    if let Some(scheme) = parts.name("scheme")
        && !scheme.as_str().is_empty()
        && !SCHEMES.contains(&scheme.as_str().to_lowercase().as_str())
    {
        return false;
    }
    if let Some(tld) = parts.name("tld") {
        // As written (udata does not lowercase it: `ORG` is refused), else its IDNA form.
        let tld = tld.as_str();
        let punycode = || {
            url::Host::parse(tld)
                .ok()
                .map(|host| host.to_string())
                .filter(|_| !tld.is_ascii())
                .unwrap_or_default()
        };
        if !TOP_LEVEL_DOMAINS.contains(tld) && !TOP_LEVEL_DOMAINS.contains(punycode().as_str()) {
            return false;
        }
    }
    if parts.name("localhost").is_some() {
        return false;
    }
    let written = parts.name("ipv4").or_else(|| parts.name("ipv6"));
    match written.map(|address| address.as_str().parse::<IpAddr>()) {
        None => true,
        Some(Err(_)) => false,
        Some(Ok(address)) => !refused_address(address),
    }
}

/// An address udata refuses in a URL: internal ones (loopback, private, link-local,
/// unspecified) and multicast ones.
fn refused_address(address: IpAddr) -> bool {
    crate::links::is_internal(address) || address.is_multicast()
}

#[cfg(test)]
mod tests {
    use super::is_valid;

    #[test]
    fn urls_are_judged_as_udata_judges_them() {
        // Each verdict printed by udata 17.18's `is_url()` filter.
        assert!(is_valid("https://ckan.example.org/f.csv"));
        assert!(is_valid("example.org/x.csv"));
        assert!(is_valid("ftp://example.org/x"));
        assert!(!is_valid("HTTPS://EXAMPLE.ORG/X"));
        assert!(!is_valid("http://10.0.0.1/x"));
        assert!(is_valid("http://8.8.8.8/x"));
        assert!(!is_valid("http://224.0.0.1/"));
        assert!(!is_valid("http://0.0.0.0/"));
        assert!(!is_valid("not a url"));
        assert!(!is_valid("http://127.0.0.1/x.csv"));
        assert!(!is_valid("http://localhost/x"));
        assert!(!is_valid(""));
        assert!(!is_valid("http://example.invalidtld/x"));
        assert!(!is_valid("gopher://example.org/x"));
    }
}
