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

/// The IPv4 blocks Python's `ipaddress` calls not global (`is_private`, `is_reserved`, the
/// shared 100.64.0.0/10), multicast included: udata's `ssrf.blocked_reason` refuses them all.
const NOT_GLOBAL_V4: [(u32, u32); 16] = [
    (0x0000_0000, 8),  // 0.0.0.0/8
    (0x0a00_0000, 8),  // 10.0.0.0/8
    (0x6440_0000, 10), // 100.64.0.0/10
    (0x7f00_0000, 8),  // 127.0.0.0/8
    (0xa9fe_0000, 16), // 169.254.0.0/16
    (0xac10_0000, 12), // 172.16.0.0/12
    (0xc000_0000, 29), // 192.0.0.0/29
    (0xc000_00aa, 31), // 192.0.0.170/31
    (0xc000_0200, 24), // 192.0.2.0/24
    (0xc0a8_0000, 16), // 192.168.0.0/16
    (0xc612_0000, 15), // 198.18.0.0/15
    (0xc633_6400, 24), // 198.51.100.0/24
    (0xcb00_7100, 24), // 203.0.113.0/24
    (0xe000_0000, 4),  // 224.0.0.0/4, multicast
    (0xf000_0000, 4),  // 240.0.0.0/4
    (0xffff_ffff, 32), // 255.255.255.255
];

/// The IPv6 blocks udata refuses: loopback and unspecified (`::/127`), documentation,
/// unique-local, link-local, site-local and multicast.
const NOT_GLOBAL_V6: [(u128, u32); 6] = [
    (0, 127),
    (0x2001_0db8 << 96, 32),
    (0xfc00 << 112, 7),
    (0xfe80 << 112, 10),
    (0xfec0 << 112, 10),
    (0xff00 << 112, 8),
];

/// Whether udata refuses an address written in a URL: one that is not globally routable
/// (`udata.ssrf.blocked_reason`, IPv4-mapped IPv6 judged as IPv4), or an IPv4 netmask or
/// hostmask that is not loopback (`udata.uris.validate`: "is a mask IP").
fn refused_address(address: IpAddr) -> bool {
    let within = |value: u128, base: u128, prefix: u32, bits: u32| {
        let shift = bits - prefix;
        value >> shift == base >> shift
    };
    match address {
        IpAddr::V4(v4) => {
            let value = u32::from(v4);
            let netmask = value.leading_ones() + value.trailing_zeros() == 32;
            let hostmask = value.leading_zeros() + value.trailing_ones() == 32;
            NOT_GLOBAL_V4
                .iter()
                .any(|&(base, prefix)| within(value.into(), base.into(), prefix, 32))
                || netmask
                || (hostmask && !v4.is_loopback())
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => refused_address(IpAddr::V4(v4)),
            None => NOT_GLOBAL_V6
                .iter()
                .any(|&(base, prefix)| within(u128::from(v6), base, prefix, 128)),
        },
    }
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
        assert!(!is_valid("http://100.64.1.1/"));
        assert!(!is_valid("http://128.0.0.0/"));
        assert!(!is_valid("http://1.255.255.255/"));
        assert!(!is_valid("http://[fe80::1]/"));
        assert!(is_valid("http://[2a01:e0a::1]/"));
        assert!(is_valid("http://93.184.215.14/"));
        assert!(!is_valid("not a url"));
        assert!(!is_valid("http://127.0.0.1/x.csv"));
        assert!(!is_valid("http://localhost/x"));
        assert!(!is_valid(""));
        assert!(!is_valid("http://example.invalidtld/x"));
        assert!(!is_valid("gopher://example.org/x"));
    }
}
