//! The link checker against a server on 127.0.0.1 that behaves as badly as real ones do.

use std::time::{Duration, Instant};

use dglint::links::{Checker, LinkSettings, State, Verdict};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A checker allowed to reach the test server (and only it) on loopback.
fn checker(server: &MockServer) -> Checker {
    let address = server.address();
    Checker::new(LinkSettings {
        timeout: Duration::from_secs(1),
        connect_timeout: Duration::from_secs(1),
        rate: 0.0,
        per_host: 8,
        allow_hosts: vec![format!("{}:{}", address.ip(), address.port())],
        ..LinkSettings::default()
    })
    .unwrap()
}

async fn on(server: &MockServer, verb: &str, at: &str, answer: ResponseTemplate) {
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(answer)
        .mount(server)
        .await;
}

async fn verdict(checker: &Checker, server: &MockServer, at: &str) -> (Verdict, Duration) {
    let started = Instant::now();
    let verdict = checker.check(&format!("{}{at}", server.uri())).await;
    (verdict, started.elapsed())
}

/// How many requests of `method` the server received for `path`.
async fn requests(server: &MockServer, method: &str, path: &str) -> usize {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|request| request.method.as_str() == method && request.url.path() == path)
        .count()
}

fn file(length: usize) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw("x".repeat(length), "text/csv")
}

#[tokio::test(flavor = "multi_thread")]
async fn head_then_get_as_servers_need() {
    let server = MockServer::start().await;
    on(&server, "HEAD", "/ok.csv", file(5000)).await;
    on(&server, "HEAD", "/no-head.csv", ResponseTemplate::new(405)).await;
    on(
        &server,
        "GET",
        "/no-head.csv",
        ResponseTemplate::new(206)
            .insert_header("content-range", "bytes 0-0/5000")
            .insert_header("content-type", "text/csv")
            .set_body_string("x"),
    )
    .await;
    // HEAD says 200 but nothing else; GET tells the truth.
    on(&server, "HEAD", "/liar.csv", ResponseTemplate::new(200)).await;
    on(&server, "GET", "/liar.csv", ResponseTemplate::new(404)).await;
    // HEAD hangs; GET answers.
    on(
        &server,
        "HEAD",
        "/slow-head.csv",
        file(10).set_delay(Duration::from_secs(3)),
    )
    .await;
    on(&server, "GET", "/slow-head.csv", file(10)).await;
    let checker = checker(&server);

    let (ok, _) = verdict(&checker, &server, "/ok.csv").await;
    assert_eq!(
        (ok.state, ok.reason.as_str()),
        (State::Available, "HTTP 200")
    );
    assert_eq!(ok.content_length, Some(5000));
    let (no_head, _) = verdict(&checker, &server, "/no-head.csv").await;
    assert_eq!(no_head.state, State::Available, "{no_head:?}");
    assert_eq!(no_head.content_length, Some(5000), "from Content-Range");
    let (liar, _) = verdict(&checker, &server, "/liar.csv").await;
    assert_eq!(
        (liar.state, liar.reason.as_str()),
        (State::Unavailable, "HTTP 404")
    );
    // A HEAD that hangs costs one timeout (1 s here), then the GET answers: not a second
    // HEAD first.
    let (slow_head, _) = verdict(&checker, &server, "/slow-head.csv").await;
    assert_eq!(slow_head.state, State::Available, "{slow_head:?}");
    assert_eq!(requests(&server, "HEAD", "/slow-head.csv").await, 1);
    assert_eq!(requests(&server, "GET", "/slow-head.csv").await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn firewall_pages_huge_files_and_slow_bodies() {
    let server = MockServer::start().await;
    let firewall = ResponseTemplate::new(200).set_body_raw(
        "<!DOCTYPE html><html><body>Access denied</body></html>",
        "text/html; charset=utf-8",
    );
    on(&server, "HEAD", "/export.csv", firewall.clone()).await;
    on(&server, "GET", "/export.csv", firewall).await;
    // A 10 GB file: its HEAD is conclusive, nothing is downloaded.
    on(
        &server,
        "HEAD",
        "/huge.zip",
        ResponseTemplate::new(200)
            .insert_header("content-type", "application/zip")
            .insert_header("last-modified", "Wed, 01 Oct 2025 10:00:00 GMT")
            .insert_header("content-length", "10737418240"),
    )
    .await;
    // A body that would take ages: its HEAD is conclusive, so GET is never waited for.
    on(&server, "HEAD", "/slow-body.csv", file(100)).await;
    on(
        &server,
        "GET",
        "/slow-body.csv",
        file(100).set_delay(Duration::from_secs(30)),
    )
    .await;
    let checker = checker(&server);

    let (page, _) = verdict(&checker, &server, "/export.csv").await;
    assert_eq!(page.state, State::Available);
    assert!(page.serves_html() && page.html_body, "{page:?}");
    let (huge, _) = verdict(&checker, &server, "/huge.zip").await;
    assert_eq!(huge.state, State::Available, "{huge:?}");
    assert_eq!(requests(&server, "GET", "/huge.zip").await, 0);
    let (slow, _) = verdict(&checker, &server, "/slow-body.csv").await;
    assert_eq!(slow.state, State::Available);
    assert_eq!(requests(&server, "GET", "/slow-body.csv").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn throttling_is_waited_for_once_and_errors_are_unavailable() {
    let server = MockServer::start().await;
    Mock::given(method("HEAD"))
        .and(path("/busy.csv"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    on(&server, "HEAD", "/busy.csv", file(10)).await;
    on(
        &server,
        "HEAD",
        "/always-busy.csv",
        ResponseTemplate::new(503).insert_header("retry-after", "1"),
    )
    .await;
    on(&server, "HEAD", "/down.csv", ResponseTemplate::new(503)).await;
    on(&server, "GET", "/down.csv", ResponseTemplate::new(503)).await;
    on(&server, "HEAD", "/gone.csv", ResponseTemplate::new(410)).await;
    on(&server, "GET", "/gone.csv", ResponseTemplate::new(410)).await;
    let checker = checker(&server);

    let (busy, elapsed) = verdict(&checker, &server, "/busy.csv").await;
    assert_eq!(busy.state, State::Available, "{busy:?}");
    assert!(
        elapsed >= Duration::from_secs(1),
        "Retry-After waited: {elapsed:?}"
    );
    let (always, _) = verdict(&checker, &server, "/always-busy.csv").await;
    assert_eq!(always.state, State::Unknown, "{always:?}");
    assert!(always.reason.contains("HTTP 503"), "{}", always.reason);
    let (down, _) = verdict(&checker, &server, "/down.csv").await;
    assert_eq!(
        (down.state, down.reason.as_str()),
        (State::Unavailable, "HTTP 503")
    );
    let (gone, _) = verdict(&checker, &server, "/gone.csv").await;
    assert_eq!(gone.state, State::Unavailable);

    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let refused = Checker::new(LinkSettings {
        allow_hosts: vec![format!("127.0.0.1:{port}")],
        ..LinkSettings::default()
    })
    .unwrap()
    .check(&format!("http://127.0.0.1:{port}/a.csv"))
    .await;
    assert_eq!(refused.state, State::Unavailable, "{refused:?}");
    assert!(
        refused.reason.starts_with("cannot connect"),
        "{}",
        refused.reason
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn redirects_are_followed_and_checked() {
    let server = MockServer::start().await;
    let base = server.uri();
    let redirect = |status: u16, to: &str| {
        ResponseTemplate::new(status).insert_header("location", to.to_owned())
    };
    on(&server, "HEAD", "/r1", redirect(302, "/r2")).await;
    on(&server, "HEAD", "/r2", redirect(307, &format!("{base}/r3"))).await;
    on(&server, "HEAD", "/r3", redirect(302, "/final.csv")).await;
    on(&server, "HEAD", "/final.csv", file(20)).await;
    on(&server, "HEAD", "/loop-a", redirect(302, "/loop-b")).await;
    on(&server, "HEAD", "/loop-b", redirect(302, "/loop-a")).await;
    on(&server, "HEAD", "/moved", redirect(301, "/final.csv")).await;
    on(
        &server,
        "HEAD",
        "/to-metadata",
        redirect(302, "http://169.254.169.254/latest/meta-data/"),
    )
    .await;
    for hop in 0..12 {
        on(
            &server,
            "HEAD",
            &format!("/c{hop}"),
            redirect(302, &format!("/c{}", hop + 1)),
        )
        .await;
    }
    on(&server, "HEAD", "/c12", file(5)).await;
    let checker = checker(&server);

    let (endless, _) = verdict(&checker, &server, "/c0").await;
    assert_eq!(
        (endless.state, endless.reason.as_str()),
        (State::Unavailable, "more than 10 redirects")
    );
    let (chain, _) = verdict(&checker, &server, "/r1").await;
    assert_eq!(chain.state, State::Available, "{chain:?}");
    assert_eq!(chain.final_url, Some(format!("{base}/final.csv")));
    assert_eq!(chain.moved_to, None, "302 is not permanent");
    let (looping, _) = verdict(&checker, &server, "/loop-a").await;
    assert_eq!(
        (looping.state, looping.reason.as_str()),
        (State::Unavailable, "redirect loop")
    );
    let (moved, _) = verdict(&checker, &server, "/moved").await;
    assert_eq!(moved.moved_to, Some(format!("{base}/final.csv")));
    let (internal, _) = verdict(&checker, &server, "/to-metadata").await;
    assert_eq!(internal.state, State::Unknown, "{internal:?}");
    assert!(
        internal
            .reason
            .contains("169.254.169.254 is an internal address")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn internal_addresses_and_exclusions_are_not_checked_by_default() {
    let server = MockServer::start().await;
    on(&server, "HEAD", "/a.csv", file(10)).await;
    let default = Checker::new(LinkSettings::default()).unwrap();
    let refused = default.check(&format!("{}/a.csv", server.uri())).await;
    assert_eq!(refused.state, State::Unknown, "{}", refused.reason);
    assert!(
        refused.reason.contains("internal address"),
        "{}",
        refused.reason
    );
    let by_name = default
        .check(&format!(
            "http://localhost:{}/a.csv",
            server.address().port()
        ))
        .await;
    assert_eq!(by_name.state, State::Unknown, "{}", by_name.reason);
    assert!(
        by_name.reason.contains("internal address"),
        "{}",
        by_name.reason
    );
    let excluded = default
        .check("https://example.org/couches?format=shp")
        .await;
    assert_eq!(excluded.state, State::Unknown);
    assert_eq!(excluded.reason, "not checked: excluded by `?format=shp`");
    let everything = Checker::new(LinkSettings {
        allow_private: true,
        ..LinkSettings::default()
    })
    .unwrap();
    let allowed = everything.check(&format!("{}/a.csv", server.uri())).await;
    assert_eq!(allowed.state, State::Available, "{allowed:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn check_links_reports_at_the_url_and_remembers_verdicts() {
    let server = MockServer::start().await;
    on(&server, "HEAD", "/ok.csv", file(50)).await;
    on(&server, "HEAD", "/dead.csv", ResponseTemplate::new(404)).await;
    on(&server, "GET", "/dead.csv", ResponseTemplate::new(404)).await;
    let page = ResponseTemplate::new(200).set_body_raw("<html>Portail</html>", "text/html");
    on(&server, "HEAD", "/page.csv", page.clone()).await;
    on(&server, "GET", "/page.csv", page).await;
    let base = server.uri();
    let dir = tempfile::tempdir().unwrap();
    let manifest = format!(
        "title: Liens\nresources:\n  - url: {base}/ok.csv\n    format: csv\n  \
         - url: {base}/dead.csv\n    format: csv\n  - url: {base}/page.csv\n    format: csv\n  \
         - url: {base}/ok.csv\n    format: csv\n"
    );
    std::fs::write(dir.path().join("a.dataset.yaml"), manifest).unwrap();
    let run = |extra: &[&str]| {
        let output = assert_cmd::Command::cargo_bin("dglint")
            .unwrap()
            .current_dir(dir.path())
            .args([
                "check",
                "--isolated",
                "--output-format",
                "json",
                "a.dataset.yaml",
            ])
            .args(extra)
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()
    };
    let link_findings = |report: &serde_json::Value| -> Vec<(String, u64)> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|finding| ("DG506"..="DG512").contains(&finding["code"].as_str().unwrap()))
            .map(|finding| {
                (
                    finding["code"].as_str().unwrap().to_owned(),
                    finding["location"]["start"]["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };

    let offline = run(&[]);
    assert!(link_findings(&offline).is_empty());
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "offline by default"
    );

    let checked = run(&["--check-links", "--allow-private"]);
    let mut found = link_findings(&checked);
    found.sort();
    // Line 5 is the dead link's `url`, line 7 the HTML page's.
    assert_eq!(found, [("DG506".to_owned(), 5), ("DG508".to_owned(), 7)]);
    let requests = server.received_requests().await.unwrap().len();
    assert!(requests >= 3, "each URL once: {requests}");

    let again = run(&["--check-links", "--allow-private"]);
    let mut found_again = link_findings(&again);
    found_again.sort();
    assert_eq!(found_again, found);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        requests,
        "the second run reads the cache"
    );
    assert!(dir.path().join(".dglint_cache/links.json").is_file());

    let refused = run(&["--check-links", "--no-cache"]);
    let unknown: Vec<(String, u64)> = link_findings(&refused);
    assert!(
        unknown.iter().all(|(code, _)| code == "DG507") && unknown.len() == 4,
        "{unknown:?}"
    );
}
