//! Politeness per host: at most N requests in flight, requests started at most R per second
//! (evenly spaced), and a pause when the host asks for one (429, 503 with `Retry-After`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// The state of every host met.
pub struct Hosts {
    per_host: usize,
    interval: Duration,
    table: Mutex<HashMap<String, Arc<Host>>>,
}

struct Host {
    slots: Arc<Semaphore>,
    /// When the next request to the host may start.
    next_start: Mutex<Instant>,
}

/// A slot held on a host while a request is in flight.
pub struct HostPermit {
    _slot: OwnedSemaphorePermit,
}

impl Hosts {
    /// At most `per_host` requests in flight per host, at most `rate` started per second
    /// (0: no rate limit).
    pub fn new(per_host: usize, rate: f64) -> Hosts {
        let interval = if rate > 0.0 {
            Duration::from_secs_f64(1.0 / rate)
        } else {
            Duration::ZERO
        };
        Hosts {
            per_host: per_host.max(1),
            interval,
            table: Mutex::new(HashMap::new()),
        }
    }

    fn host(&self, name: &str) -> Arc<Host> {
        let mut table = self
            .table
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        table
            .entry(name.to_owned())
            .or_insert_with(|| {
                Arc::new(Host {
                    slots: Arc::new(Semaphore::new(self.per_host)),
                    next_start: Mutex::new(Instant::now()),
                })
            })
            .clone()
    }

    /// Waits for the next start time on `name`, then for a free slot there. The start time
    /// is booked first, so that a request waiting for its turn holds no slot.
    pub async fn acquire(&self, name: &str) -> HostPermit {
        let host = self.host(name);
        let start = {
            let mut next = host
                .next_start
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let start = (*next).max(Instant::now());
            *next = start + self.interval;
            start
        };
        tokio::time::sleep_until(start).await;
        let slot = host
            .slots
            .clone()
            .acquire_owned()
            .await
            .expect("host semaphores are never closed");
        HostPermit { _slot: slot }
    }

    /// Holds every request to `name` until `until` (the host asked to wait).
    pub fn pause(&self, name: &str, until: Instant) {
        let host = self.host(name);
        let mut next = host
            .next_start
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *next = (*next).max(until);
    }
}
