//! Benchmark of `dglint check --check-links`: 10 000 distinct URLs over 50 hosts
//! (127.0.0.1 to 127.0.0.50, one local server) with the per-host limits lifted, then a
//! smaller run with the default politeness, where the server counts the requests each host
//! has in flight.
//!
//! Run with `cargo bench --bench links`. Targets: 2 000 URLs/s and 200 MiB with the limits
//! lifted; never more than 2 requests in flight per host by default.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{measure, report_memory};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// In flight now, at most, and in all, per `Host` header.
type Counts = Arc<Mutex<HashMap<String, (usize, usize, usize)>>>;

/// A keep-alive HTTP/1.1 server answering every request with a 1 000-byte CSV after 2 ms.
async fn serve(listener: TcpListener, counts: Counts) {
    loop {
        let Ok((mut socket, _)) = listener.accept().await else {
            continue;
        };
        let counts = counts.clone();
        tokio::spawn(async move {
            let mut buffer = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let Some(end) = find(&buffer, b"\r\n\r\n") else {
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(read) => buffer.extend_from_slice(&chunk[..read]),
                    }
                    continue;
                };
                let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
                buffer.drain(..end + 4);
                let host = head
                    .lines()
                    .find_map(|line| {
                        let (name, value) = line.split_once(':')?;
                        name.eq_ignore_ascii_case("host")
                            .then(|| value.trim().to_owned())
                    })
                    .unwrap_or_default()
                    .split(':')
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                {
                    let mut counts = counts.lock().unwrap();
                    let entry = counts.entry(host.clone()).or_default();
                    entry.0 += 1;
                    entry.1 = entry.1.max(entry.0);
                    entry.2 += 1;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
                counts.lock().unwrap().get_mut(&host).unwrap().0 -= 1;
                let body = if head.starts_with("GET") {
                    "x".repeat(1000)
                } else {
                    String::new()
                };
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/csv\r\ncontent-length: 1000\r\n\r\n{body}"
                );
                if socket.write_all(answer.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Manifests of 100 resources each, `urls` URLs over `hosts` hosts.
fn write_manifests(dir: &Path, port: u16, urls: usize, hosts: usize) {
    for manifest in 0..urls.div_ceil(100) {
        let mut text = format!("title: Liens {manifest}\nresources:\n");
        for n in manifest * 100..((manifest + 1) * 100).min(urls) {
            let host = n % hosts + 1;
            text.push_str(&format!(
                "  - url: http://127.0.0.{host}:{port}/f{n}.csv\n    format: csv\n"
            ));
        }
        std::fs::write(dir.join(format!("m{manifest:03}.dataset.yaml")), text).unwrap();
    }
}

/// `dglint check` with only the link rules, every link checked, nothing cached.
const CHECK_LINKS: [&str; 10] = [
    "check",
    ".",
    "--isolated",
    "--output-format",
    "concise",
    "--select",
    "DG506,DG507",
    "--check-links",
    "--allow-private",
    "--no-cache",
];

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let counts: Counts = Arc::default();
    let listener = runtime.block_on(TcpListener::bind("0.0.0.0:0")).unwrap();
    let port = listener.local_addr().unwrap().port();
    runtime.spawn(serve(listener, counts.clone()));

    let lifted = tempfile::tempdir().unwrap();
    write_manifests(lifted.path(), port, 10_000, 50);
    let mut args = CHECK_LINKS.to_vec();
    args.extend([
        "--per-host",
        "64",
        "--rate",
        "0",
        "--links-concurrency",
        "64",
    ]);
    let (median, peak) = measure(3, &args, lifted.path());
    let per_second = 10_000.0 / median.as_secs_f64();
    let verdict = if per_second >= 2000.0 {
        "meets"
    } else {
        "MISSES"
    };
    println!(
        "{:<44} median {:>9.2} ms  {per_second:>7.0} URLs/s ({verdict} the 2000 URLs/s target)",
        "10 000 URLs over 50 hosts, limits lifted",
        median.as_secs_f64() * 1000.0
    );
    report_memory("10 000 URLs over 50 hosts, limits lifted", peak, 200);
    compare_with_lychee(lifted.path(), port, &args);

    let polite = tempfile::tempdir().unwrap();
    write_manifests(polite.path(), port, 200, 10);
    for (name, rate) in [
        ("200 URLs over 10 hosts, default politeness", None),
        ("200 URLs over 10 hosts, no rate, 2 per host", Some("0")),
    ] {
        counts.lock().unwrap().clear();
        let mut polite_args = CHECK_LINKS.to_vec();
        if let Some(rate) = rate {
            polite_args.extend(["--rate", rate]);
        }
        let (median, _) = measure(1, &polite_args, polite.path());
        let most = counts
            .lock()
            .unwrap()
            .values()
            .map(|(_, most, _)| *most)
            .max()
            .unwrap_or(0);
        // `measure` ran it twice: a warm-up, then the measured run.
        let requests: usize = counts
            .lock()
            .unwrap()
            .values()
            .map(|(_, _, all)| *all)
            .sum::<usize>()
            / 2;
        let verdict = if most <= 2 { "meets" } else { "MISSES" };
        println!(
            "{name:<44} median {:>9.2} ms  {requests} requests a run, at most {most} in flight per \
             host ({verdict} the limit of 2)",
            median.as_secs_f64() * 1000.0
        );
    }
}

/// lychee (crates.io), the usual fast link checker, on the same 10 000 URLs with the same
/// concurrency (64 in flight, 64 per host, no pause between requests to a host, HEAD
/// requests, as dglint runs here), alternating with dglint. Skipped, with
/// a note, when lychee is not installed (`cargo install lychee`, or `LYCHEE=path`).
fn compare_with_lychee(dir: &Path, port: u16, dglint_args: &[&str]) {
    let lychee = std::env::var_os("LYCHEE")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            let home = std::env::var_os("HOME")?;
            Some(Path::new(&home).join(".cargo/bin/lychee"))
        })
        .filter(|path| path.exists());
    let Some(lychee) = lychee else {
        println!("lychee is not installed (cargo install lychee): comparison skipped");
        return;
    };
    let urls: String = (0..10_000)
        .map(|n| format!("http://127.0.0.{}:{port}/f{n}.csv\n", n % 50 + 1))
        .collect();
    std::fs::write(dir.join("urls.txt"), urls).unwrap();
    let lychee_args = [
        "--no-progress",
        "--max-concurrency",
        "64",
        "--host-concurrency",
        "64",
        "--host-request-interval",
        "0s",
        "--method",
        "head",
        "--max-retries",
        "0",
        "urls.txt",
    ];
    common::run_program(&lychee, &lychee_args, dir);
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        ours.push(common::run_once(dglint_args, dir));
        theirs.push(common::run_program(&lychee, &lychee_args, dir));
    }
    for (name, samples) in [("dglint", &mut ours), ("lychee", &mut theirs)] {
        samples.sort_by_key(|sample| sample.elapsed);
        let median = samples[1].elapsed.as_secs_f64();
        let peak = samples
            .iter()
            .map(|sample| sample.peak_kib)
            .max()
            .unwrap_or(0);
        println!(
            "10 000 URLs over 50 hosts, {name:<7} median {:>8.2} ms  {:>7.0} URLs/s, peak {} MiB",
            median * 1000.0,
            10_000.0 / median,
            peak / 1024
        );
    }
}
