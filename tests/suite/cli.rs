//! The `factgraph` command line end to end: help, queries, ingest idempotence, bad input
//! (clear message naming the input, non-zero exit, nothing stored), store errors.

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

const ARTICLE: &str = "ASTANA, 1 March 2019 – The OSCE Programme Office in Astana organized a \
seminar on media freedom in Astana on Friday. \"Free media matter,\" said John Smith, head of \
the Office.\n";

fn fg(store: &Path) -> Command {
    let mut c = Command::cargo_bin("factgraph").unwrap();
    c.env_remove("FACTGRAPH_STORE").env_remove("FACTGRAPH_BASE").arg("--store").arg(store);
    c
}

fn tmp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("fg.db");
    (dir, store)
}

/// Quads outside the ontology graph.
fn data_quads(store: &Path) -> usize {
    let out = fg(store)
        .args(["query", "--format", "csv"])
        .arg("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/factgraph/ontology>) }")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines().nth(1).unwrap().trim().parse().unwrap()
}

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in ["ingest", "query", "export", "stats", "show", "remove", "eval"] {
        Command::cargo_bin("factgraph")
            .unwrap()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
    Command::cargo_bin("factgraph")
        .unwrap()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--store").and(predicate::str::contains("Example")));
    Command::cargo_bin("factgraph")
        .unwrap()
        .args(["query", "--help"])
        .assert()
        .stdout(predicate::str::contains("union"));
}

#[test]
fn usage_errors_exit_2() {
    Command::cargo_bin("factgraph").unwrap().arg("frobnicate").assert().code(2);
    Command::cargo_bin("factgraph").unwrap().arg("ingest").assert().code(2);
}

#[test]
fn query_with_predeclared_prefixes_and_formats() {
    let (_d, store) = tmp();
    fg(&store)
        .args(["query", "--format", "table", "SELECT ?c WHERE { ?c a owl:Class FILTER(STRSTARTS(STR(?c), STR(fg:))) } ORDER BY ?c LIMIT 2"])
        .assert()
        .success()
        .stdout(predicate::str::contains("fg:").and(predicate::str::contains("(2 rows)")));
    fg(&store)
        .args(["query", "--format", "json", "SELECT ?c WHERE { ?c a owl:Class } LIMIT 1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"head\"").and(predicate::str::contains("\"vars\"")));
    fg(&store)
        .args(["query", "ASK { fg:Person a owl:Class }"])
        .assert()
        .success()
        .stdout(predicate::str::contains("true"));
    fg(&store)
        .args(["query", "CONSTRUCT { fg:Person a ?t } WHERE { fg:Person a ?t }"])
        .assert()
        .success()
        .stdout(predicate::str::contains("fg:Person"));
}

#[test]
fn query_syntax_error_points_into_the_users_text() {
    let (_d, store) = tmp();
    fg(&store)
        .args(["query", "SELECT ?s\nWHERE { ?s ?p }"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("query: syntax error at line 2, column"));
    let (_d2, store2) = tmp();
    let dir = tempfile::tempdir().unwrap();
    let rq = dir.path().join("bad.rq");
    std::fs::write(&rq, "SELEC * WHERE {}").unwrap();
    fg(&store2)
        .args(["query", "-f"])
        .arg(&rq)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("syntax error at line 1, column 1"));
}

#[test]
fn ingest_twice_leaves_the_store_unchanged() {
    let (dir, store) = tmp();
    let article = dir.path().join("seminar.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    fg(&store)
        .arg("ingest")
        .arg(&article)
        .assert()
        .success()
        .stdout(predicate::str::contains("ingested 1 documents"));
    let n = data_quads(&store);
    assert!(n > 0);
    fg(&store)
        .arg("ingest")
        .arg(&article)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 skipped"));
    assert_eq!(data_quads(&store), n);
    fg(&store).args(["ingest", "--force"]).arg(&article).assert().success();
    assert_eq!(data_quads(&store), n);
    fg(&store)
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::contains("documents       1"));
    // Export, then remove.
    let ttl = dir.path().join("out.ttl");
    fg(&store).args(["export", "-o"]).arg(&ttl).assert().success();
    let text = std::fs::read_to_string(&ttl).unwrap();
    assert!(text.contains("owl:Ontology") && text.contains("fg:Document"), "{text}");
    fg(&store).args(["remove", "seminar"]).assert().success();
    assert_eq!(data_quads(&store), 0);
    fg(&store)
        .args(["remove", "seminar"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("seminar"));
}

#[test]
fn ingest_from_stdin() {
    let (_d, store) = tmp();
    fg(&store).args(["ingest", "-"]).write_stdin(ARTICLE).assert().success();
    assert!(data_quads(&store) > 0);
}

fn assert_bad_input(file_name: &str, content: &[u8], message: &str) {
    let (dir, store) = tmp();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, ARTICLE).unwrap();
    let bad = dir.path().join(file_name);
    std::fs::write(&bad, content).unwrap();
    fg(&store)
        .arg("ingest")
        .arg(&good)
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(file_name).and(predicate::str::contains(message)));
    assert_eq!(data_quads(&store), 0, "nothing may be stored after bad input in {file_name}");
}

#[test]
fn bad_input_empty_file() {
    assert_bad_input("empty.txt", b"", "empty");
}

#[test]
fn bad_input_invalid_utf8() {
    assert_bad_input("latin1.txt", b"Caf\xe9 in Astana.\n", "byte offset 3");
}

#[test]
fn bad_input_malformed_jsonl() {
    assert_bad_input(
        "news.jsonl",
        b"{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"text\": \n",
        "line 2",
    );
}

#[test]
fn bad_input_missing_id() {
    assert_bad_input("noid.jsonl", b"{\"text\": \"No id here.\"}\n", "id");
}

#[test]
fn unwritable_store_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    fg(&file.join("fg.db"))
        .arg("stats")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("opening store").and(predicate::str::contains("plain-file")));
}

#[test]
fn store_locked_by_another_process() {
    let (_d, store) = tmp();
    // A first factgraph holds the store open while it waits on stdin.
    let mut holder = std::process::Command::new(assert_cmd::cargo::cargo_bin("factgraph"))
        .arg("--store")
        .arg(&store)
        .args(["ingest", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = String::new();
    let mut locked = false;
    while Instant::now() < deadline {
        if store.join("LOCK").exists() {
            let out = fg(&store).arg("stats").output().unwrap();
            last = String::from_utf8_lossy(&out.stderr).into_owned();
            if !out.status.success() && last.contains("locked") {
                assert_eq!(out.status.code(), Some(1));
                locked = true;
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all(ARTICLE.as_bytes()).unwrap();
    drop(stdin);
    let status = holder.wait().unwrap();
    assert!(locked, "the second process did not report a locked store: {last}");
    assert!(last.contains(&store.display().to_string()), "{last}");
    assert!(status.success());
}

#[test]
fn show_reports_an_unknown_entity() {
    let (_d, store) = tmp();
    fg(&store)
        .args(["show", "Nobody In Particular"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Nobody In Particular"));
}

/// The newcomer's demo: needs the lead's sample article and extractor.
#[test]
fn demo_query_on_the_examples_finds_an_organizer() {
    let (_d, store) = tmp();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    fg(&store).arg("ingest").arg(&examples).assert().success();
    fg(&store)
        .args(["query", "--format", "tsv", "SELECT ?event ?organizer WHERE { ?event fg:organizer ?organizer }"])
        .assert()
        .success()
        .stdout(predicate::str::contains("/resource/event/"));
}

/// "factgraph eval -v gold | head": a reader that closes the pipe early ends the output; the
/// program exits 0 without a panic message (as `print!` would give).
#[test]
fn closed_stdout_ends_the_output_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let gold = serde_json::json!({
        "id": "a", "source": "", "published": "2019-03-01", "text": ARTICLE,
        "entities": [{"id": "osce", "type": "Organization", "name": "OSCE Programme Office in Astana", "aliases": [], "wikidata": null}],
        "relations": []
    });
    std::fs::write(dir.path().join("a.json"), gold.to_string()).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("factgraph"))
        .args(["eval", "-v"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the program writes.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status.code());
    assert!(!stderr.contains("panicked"), "{stderr}");
}
