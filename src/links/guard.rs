//! A manifest in a pull request is untrusted: its links must not make dglint reach internal
//! services. Loopback, private, link-local and unique-local addresses are refused, checked
//! after DNS resolution (this resolver) and for addresses written in the URL (on every hop).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// The marker of the resolver's refusal, found back in the request error.
pub const REFUSED: &str = "dglint refused an internal address";

/// Whether an address is internal: loopback, private, link-local, unique-local, unspecified
/// (IPv4-mapped IPv6 addresses are judged as IPv4).
pub fn is_internal(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_internal(IpAddr::V4(v4)),
            None => {
                let first = v6.segments()[0];
                v6.is_loopback()
                    || v6.is_unspecified()
                    || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
                    || (first & 0xffc0) == 0xfe80 // link local fe80::/10
            }
        },
    }
}

/// Resolves names with the system resolver, keeping only public addresses unless internal
/// ones are allowed.
pub struct GuardedResolver {
    allow_internal: bool,
    allow_hosts: Vec<String>,
}

impl GuardedResolver {
    /// A resolver; `allow_internal` lifts the refusal (`--allow-private`), `allow_hosts`
    /// lifts it for these host names.
    pub fn new(allow_internal: bool, allow_hosts: Vec<String>) -> Arc<GuardedResolver> {
        Arc::new(GuardedResolver {
            allow_internal,
            allow_hosts,
        })
    }
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        let allow_internal = self.allow_internal
            || self
                .allow_hosts
                .iter()
                .any(|allowed| allowed.split(':').next() == Some(host.as_str()));
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let kept: Vec<SocketAddr> = found
                .iter()
                .copied()
                .filter(|address| allow_internal || !is_internal(address.ip()))
                .collect();
            if kept.is_empty() && !found.is_empty() {
                return Err(format!("{REFUSED}: {host} resolves to {}", found[0].ip()).into());
            }
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_addresses() {
        for internal in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_internal(internal.parse().unwrap()), "{internal}");
        }
        for public in ["1.1.1.1", "51.91.0.1", "2001:4860::8888", "::ffff:8.8.8.8"] {
            assert!(!is_internal(public.parse().unwrap()), "{public}");
        }
    }
}
