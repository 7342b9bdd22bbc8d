//! Fault injection for live runs: a raw HTTP server bound to 127.0.0.1 in the test drops
//! connections in the middle of a body, stalls, sends truncated JSON and wrong content
//! types. The runs complete, say exactly which datasets (or listing pages) could not be read,
//! and lose none silently: the test counts them.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use crate::common::{corpus, dglint};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How the server answers a path.
#[derive(Clone)]
enum Answer {
    /// 200 with this body and content type.
    Body(&'static str, String),
    /// Announces a body, sends part of it and closes the connection.
    Dropped(String),
    /// Reads the request and never answers.
    Stalled,
}

fn real_dataset(id: &str) -> Value {
    let text =
        std::fs::read_to_string(corpus("api-v1-dataset-5d13a8b6634f41070a43dff3.json")).unwrap();
    let mut dataset: Value = serde_json::from_str(&text).unwrap();
    dataset["id"] = json!(id);
    dataset["slug"] = json!(format!("dataset-{id}"));
    dataset["metrics"]["discussions_open"] = json!(0);
    dataset
}

async fn serve(answers: Arc<HashMap<String, Answer>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(answer(stream, answers.clone()));
        }
    });
    format!("http://{address}/api/1/")
}

async fn answer(mut stream: TcpStream, answers: Arc<HashMap<String, Answer>>) {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    while !request.windows(4).any(|window| window == b"\r\n\r\n") {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(read) => request.extend_from_slice(&buffer[..read]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let target = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let path = target.split('?').next().unwrap_or("/");
    let page = target
        .split("page=")
        .last()
        .filter(|_| target.contains("&page="))
        .unwrap_or("");
    let key = if page.is_empty() {
        path.to_owned()
    } else {
        format!("{path}#{page}")
    };
    let Some(reply) = answers.get(&key).cloned() else {
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            .await;
        return;
    };
    match reply {
        Answer::Body(content_type, body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(body.as_bytes()).await;
        }
        Answer::Dropped(body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&body.as_bytes()[..body.len() / 3]).await;
            let _ = stream.flush().await;
            // Dropping the stream closes the connection in the middle of the body.
        }
        Answer::Stalled => {
            tokio::time::sleep(STALL).await;
        }
    }
}

/// How long a stalled answer keeps its connection open: longer than a run may take.
const STALL: Duration = Duration::from_secs(600);

/// When a run is killed: a run that waited for a stalled answer would still be waiting. No
/// bound on how fast the run is (a loaded machine may be slow), only that it ends by itself.
const KILLED_AFTER: Duration = Duration::from_secs(180);

fn run(base: &str, args: &[&str]) -> (i32, Value, String) {
    let output = dglint()
        .args(args)
        .args([
            "--api-base",
            base,
            "--retries",
            "1",
            "--timeout",
            "2",
            "--output-format",
            "json",
            "--as-of",
            "2026-11-22",
        ])
        .timeout(KILLED_AFTER)
        .output()
        .unwrap();
    let code = output.status.code().unwrap_or_else(|| {
        panic!("dglint was killed after {KILLED_AFTER:?}: it waited for a stalled server")
    });
    let report = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("{error}: {}", String::from_utf8_lossy(&output.stderr)));
    (code, report, String::from_utf8(output.stderr).unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn datasets_that_fail_mid_way_are_each_named_and_the_others_read() {
    let json_of = |id: &str| real_dataset(id).to_string();
    let mut answers = HashMap::new();
    for id in ["ok1", "ok2"] {
        answers.insert(
            format!("/api/1/datasets/{id}/"),
            Answer::Body("application/json", json_of(id)),
        );
    }
    // Valid JSON under a wrong content type is still read.
    answers.insert(
        "/api/1/datasets/plain/".into(),
        Answer::Body("text/plain", json_of("plain")),
    );
    answers.insert(
        "/api/1/datasets/dropped/".into(),
        Answer::Dropped(json_of("dropped")),
    );
    answers.insert("/api/1/datasets/stalled/".into(), Answer::Stalled);
    let truncated = json_of("truncated");
    answers.insert(
        "/api/1/datasets/truncated/".into(),
        Answer::Body(
            "application/json",
            truncated[..truncated.len() / 2].to_owned(),
        ),
    );
    answers.insert(
        "/api/1/datasets/html/".into(),
        Answer::Body("text/html", "<html><body>Maintenance</body></html>".into()),
    );
    let base = serve(Arc::new(answers)).await;
    let ids = [
        "ok1",
        "dropped",
        "stalled",
        "plain",
        "truncated",
        "html",
        "ok2",
    ];
    let mut args = vec!["check"];
    for id in &ids {
        args.extend(["--dataset", id]);
    }
    let (code, report, stderr) = tokio::task::spawn_blocking(move || run(&base, &args))
        .await
        .unwrap();
    assert_eq!(
        code, 2,
        "datasets named that cannot be read are input errors: {stderr}"
    );
    let read: Vec<String> = report["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|dataset| dataset["id"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = read.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ["ok1", "ok2", "plain"],
        "the readable datasets, the wrong type too"
    );
    let errors: Vec<&str> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error.as_str().unwrap())
        .collect();
    for failed in ["dropped", "stalled", "truncated", "html"] {
        let naming: Vec<&&str> = errors
            .iter()
            .filter(|error| error.contains(&format!("/datasets/{failed}/")))
            .collect();
        assert_eq!(naming.len(), 1, "{failed} is named once: {errors:#?}");
    }
    assert_eq!(
        read.len() + errors.len(),
        ids.len(),
        "no dataset is lost: {read:?} {errors:#?}"
    );
    for ok in ["ok1", "ok2", "plain"] {
        assert!(read.contains(&ok.to_owned()), "{ok} was read: {read:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_audit_counts_the_datasets_of_the_pages_it_could_not_read() {
    let page = |ids: &[&str], number: u32| {
        json!({
            "data": ids.iter().map(|id| real_dataset(id)).collect::<Vec<_>>(),
            "page": number, "page_size": 2, "total": 9, "next_page": null,
        })
        .to_string()
    };
    let listing = "/api/1/organizations/culture/datasets/";
    let mut answers = HashMap::new();
    answers.insert(
        format!("{listing}#1"),
        Answer::Body("application/json", page(&["a1", "a2"], 1)),
    );
    answers.insert(
        format!("{listing}#2"),
        Answer::Dropped(page(&["b1", "b2"], 2)),
    );
    answers.insert(format!("{listing}#3"), Answer::Stalled);
    let truncated = page(&["d1", "d2"], 4);
    answers.insert(
        format!("{listing}#4"),
        Answer::Body(
            "application/json",
            truncated[..truncated.len() - 40].to_owned(),
        ),
    );
    answers.insert(
        format!("{listing}#5"),
        Answer::Body("text/html", "<html>502</html>".into()),
    );
    let base = serve(Arc::new(answers)).await;
    let (code, report, stderr) =
        tokio::task::spawn_blocking(move || run(&base, &["audit", "--organization", "culture"]))
            .await
            .unwrap();
    assert_eq!(
        code, 1,
        "an audit that could not read everything fails: {stderr}"
    );
    let read = report["datasets"].as_array().unwrap().len();
    let unreadable = report["summary"]["skipped"]["unreadable"].as_u64().unwrap();
    assert_eq!(read, 2);
    assert_eq!(
        unreadable, 7,
        "pages 2 to 4 hold 2 each, page 5 the last one"
    );
    assert_eq!(
        read as u64 + unreadable,
        9,
        "every dataset the portal counts is accounted for"
    );
    let errors: Vec<&str> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error.as_str().unwrap())
        .collect();
    for number in 2..=5 {
        let page = format!("&page={number}");
        let naming = errors.iter().filter(|error| error.contains(&page)).count();
        assert_eq!(naming, 1, "page {number}: {errors:#?}");
    }
    assert!(
        stderr.contains("Skipped 7 datasets (listed on a page that could not be read)"),
        "{stderr}"
    );
}
