//! `--online` linking without the internet: a tiny HTTP server on 127.0.0.1 answers
//! `wbsearchentities` / `wbgetentities` with canned JSON in the API's real shapes, and
//! `FACTGRAPH_WIKIDATA_API` (or `OnlineConfig::api`) points at it. Checked: a name the
//! offline sources miss gets linked; a second run is answered by the on-disk cache (the
//! server counts requests), misses included; a person never links to a city; offline
//! candidates of the right kind mean no request; a server that is down gives one warning
//! and no link, never an error.
//!
//! The items are made up (QIDs from Q9100000 up), so no fixture states a false fact about
//! a real Wikidata item; the classes are Wikidata's (Q5 human, Q515 city, Q192283 news
//! agency).

use crate::common;

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use assert_cmd::Command;
use factgraph::extract::{Entity, EntityType};
use factgraph::link::{Linker, OnlineConfig, OnlineLookup};
use serde_json::{json, Value};

/// A statement with an item value, as the API writes it.
fn item_claim(prop: &str, qid: u32) -> Value {
    json!({
        "mainsnak": {"snaktype": "value", "property": prop, "datatype": "wikibase-item",
            "datavalue": {"value": {"entity-type": "item", "numeric-id": qid, "id": format!("Q{qid}")},
                "type": "wikibase-entityid"}},
        "type": "statement", "id": format!("Q{qid}$0"), "rank": "normal"
    })
}

struct Item {
    qid: u32,
    label: &'static str,
    aliases: &'static [&'static str],
    description: &'static str,
    p31: u32,
    p17: Option<u32>,
    sitelinks: usize,
}

/// The canned items.
const ITEMS: &[Item] = &[
    Item { qid: 9100001, label: "Zorvan Telek", aliases: &[], description: "fictional diplomat", p31: 5, p17: None, sitelinks: 40 },
    // A prefix match the API also returns for "Zorvan Telek": never a candidate.
    Item { qid: 9100002, label: "Zorvan Telek Bridge", aliases: &[], description: "bridge", p31: 515, p17: None, sitelinks: 90 },
    // A city that shares a person's name, typed through a class that is not a core one.
    Item { qid: 9100003, label: "Mara Brellvik", aliases: &["Brellvik"], description: "city", p31: 9100090, p17: Some(9100091), sitelinks: 120 },
    Item { qid: 9100006, label: "Kazinform", aliases: &["Kazinform International News Agency"], description: "news agency", p31: 192283, p17: Some(232), sitelinks: 12 },
];

/// Class Q9100090 ("port city") is a subclass of city (Q515).
const CLASSES: &[(u32, u32)] = &[(9100090, 515)];

fn entity_json(it: &Item) -> Value {
    let mut claims = json!({
        "P31": [item_claim("P31", it.p31)],
        // A claim the linker does not read (pruned from the cache).
        "P18": [{"mainsnak": {"snaktype": "value", "property": "P18", "datatype": "commonsMedia",
            "datavalue": {"value": "x.jpg", "type": "string"}}, "type": "statement", "rank": "normal"}]
    });
    if let Some(c) = it.p17 {
        claims["P17"] = json!([item_claim("P17", c)]);
    }
    let sitelinks: serde_json::Map<String, Value> = (0..it.sitelinks)
        .map(|i| (format!("x{i}wiki"), json!({"site": format!("x{i}wiki"), "title": it.label, "badges": []})))
        .collect();
    json!({
        "pageid": it.qid, "ns": 0, "title": format!("Q{}", it.qid), "lastrevid": 1, "modified": "2024-01-01T00:00:00Z",
        "type": "item", "id": format!("Q{}", it.qid),
        "labels": {"en": {"language": "en", "value": it.label}},
        "descriptions": {"en": {"language": "en", "value": it.description}},
        "claims": claims, "sitelinks": sitelinks
    })
}

fn norm(s: &str) -> String {
    s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The API's answers, by the request's query parameters.
fn answer(q: &HashMap<String, String>) -> Value {
    match q.get("action").map(String::as_str) {
        Some("wbsearchentities") => {
            let s = norm(q.get("search").map_or("", String::as_str));
            let hits: Vec<Value> = ITEMS
                .iter()
                .filter_map(|it| {
                    let (kind, text) = if norm(it.label).starts_with(&s) {
                        ("label", it.label)
                    } else {
                        ("alias", *it.aliases.iter().find(|a| norm(a).starts_with(&s))?)
                    };
                    let id = format!("Q{}", it.qid);
                    let mut hit = json!({
                        "id": id, "title": id, "pageid": it.qid, "repository": "wikidata",
                        "url": format!("//www.wikidata.org/wiki/{id}"), "concepturi": format!("http://www.wikidata.org/entity/{id}"),
                        "display": {"label": {"value": it.label, "language": "en"}, "description": {"value": it.description, "language": "en"}},
                        "label": it.label, "description": it.description,
                        "match": {"type": kind, "language": "en", "text": text}
                    });
                    if kind == "alias" {
                        hit["aliases"] = json!([text]);
                    }
                    Some(hit)
                })
                .collect();
            json!({"searchinfo": {"search": q.get("search")}, "search": hits, "success": 1})
        }
        Some("wbgetentities") => {
            let mut entities = serde_json::Map::new();
            for id in q.get("ids").map_or("", String::as_str).split('|') {
                let n: u32 = id.trim_start_matches('Q').parse().unwrap_or(0);
                let e = if let Some(it) = ITEMS.iter().find(|it| it.qid == n) {
                    entity_json(it)
                } else if let Some((_, parent)) = CLASSES.iter().find(|(c, _)| *c == n) {
                    json!({"type": "item", "id": id, "claims": {"P279": [item_claim("P279", *parent)]}})
                } else {
                    json!({"id": id, "missing": ""})
                };
                entities.insert(id.to_string(), e);
            }
            json!({"entities": entities, "success": 1})
        }
        _ => json!({"error": {"code": "badvalue", "info": "Unrecognized value for parameter \"action\""}}),
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let h = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                out.push(h.unwrap_or(b'%'));
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the server saw: each request's query parameters and User-Agent.
type Log = Arc<Mutex<Vec<(HashMap<String, String>, String)>>>;

struct Server {
    api: String,
    log: Log,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let api = format!("http://{}/w/api.php", listener.local_addr().unwrap());
        let log: Log = Arc::default();
        let seen = log.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = serve(stream, &seen);
            }
        });
        Server { api, log }
    }

    fn requests(&self) -> usize {
        self.log.lock().unwrap().len()
    }

    fn searches(&self) -> Vec<String> {
        let log = self.log.lock().unwrap();
        log.iter().filter(|(q, _)| q["action"] == "wbsearchentities").map(|(q, _)| q["search"].clone()).collect()
    }
}

fn serve(stream: TcpStream, log: &Log) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut agent = String::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("user-agent") {
                agent = v.trim().to_string();
            }
        }
    }
    let query: HashMap<String, String> = target
        .split_once('?')
        .map_or("", |(_, q)| q)
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (percent_decode(k), percent_decode(v)))
        .collect();
    let body = answer(&query).to_string();
    log.lock().unwrap().push((query, agent));
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}

/// An unlinked entity of the kind's own class, as extraction hands it to the linker.
fn entity(kind: EntityType, label: &str) -> Entity {
    common::entity(kind, kind.class_name(), label, &[], None)
}

type Warnings = Arc<Mutex<Vec<String>>>;

fn online_linker(api: &str, cache: &Path) -> (Linker, Warnings) {
    let warnings: Warnings = Arc::default();
    let sink = warnings.clone();
    let config = OnlineConfig {
        api: api.to_string(),
        min_interval: Duration::ZERO,
        timeout: Duration::from_secs(5),
        ..OnlineConfig::new(cache.to_path_buf())
    };
    let online = OnlineLookup::new(config, Box::new(move |m: &str| sink.lock().unwrap().push(m.to_string())));
    (Linker::bundled().with_online(online), warnings)
}

fn link(linker: &Linker, entities: &[Entity]) -> Vec<Option<String>> {
    let mut es = entities.to_vec();
    linker.link_entities(&mut es, &HashSet::new());
    es.into_iter().map(|e| e.wikidata).collect()
}

#[test]
fn links_names_missing_offline_and_caches_the_answers() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let entities = [
        entity(EntityType::Person, "Zorvan Telek"),
        entity(EntityType::Place, "Mara Brellvik"),
        entity(EntityType::Person, "Mara Brellvik"),
        entity(EntityType::Organization, "Nobody Knows Inc"),
        // In the bundled gazetteer: never asked.
        entity(EntityType::Place, "Astana"),
    ];
    let want = [Some("Q9100001"), Some("Q9100003"), None, None, Some("Q1520")];
    let want: Vec<Option<String>> = want.iter().map(|q| q.map(String::from)).collect();

    let (linker, warnings) = online_linker(&server.api, cache.path());
    assert_eq!(link(&linker, &entities), want, "a person never links to the city of the same name");
    assert!(warnings.lock().unwrap().is_empty(), "{warnings:?}");
    let mut asked = server.searches();
    asked.sort();
    assert_eq!(asked, ["Mara Brellvik", "Nobody Knows Inc", "Zorvan Telek"], "each name once, Astana never");
    // The city is typed through its class's P279 (one more wbgetentities).
    let classes = server.log.lock().unwrap().iter().filter(|(q, _)| q.get("ids").is_some_and(|i| i == "Q9100090")).count();
    assert_eq!(classes, 1);
    for (q, agent) in server.log.lock().unwrap().iter() {
        assert!(agent.starts_with("factgraph/") && agent.contains("https://w3id.org/factgraph"), "{agent}");
        assert_eq!(q["format"], "json");
    }
    let d = linker.decide(&entities[2], &HashSet::new());
    assert!(d.ranked.is_empty(), "the city is no candidate for a person: {:?}", d.ranked);
    let first = server.requests();
    assert_eq!(linker.online().unwrap().stats().requests as usize, first);

    // A new run (new lookup, same cache directory) asks nothing, misses included.
    let (linker2, _) = online_linker(&server.api, cache.path());
    assert_eq!(link(&linker2, &entities), want);
    assert_eq!(server.requests(), first, "second run served from the cache");
    assert_eq!(linker2.online().unwrap().stats().cached, 3);
    let cached = std::fs::read_to_string(cache.path().join("names/zorvan_telek.json")).unwrap();
    assert!(cached.contains("\"P31\"") && !cached.contains("\"P18\""), "raw answers, pruned claims: {cached}");
    assert!(cache.path().join("names/nobody_knows_inc.json").is_file(), "misses are cached");
}

#[test]
fn server_down_warns_once_and_links_offline() {
    // A port nobody listens on: connection refused.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let api = format!("http://127.0.0.1:{port}/w/api.php");
    let cache = tempfile::tempdir().unwrap();
    let (linker, warnings) = online_linker(&api, cache.path());
    let entities =
        [entity(EntityType::Person, "Zorvan Telek"), entity(EntityType::Place, "Mara Brellvik"), entity(EntityType::Place, "Astana")];
    assert_eq!(link(&linker, &entities), [None, None, Some("Q1520".to_string())]);
    let w = warnings.lock().unwrap();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(&format!("127.0.0.1:{port}")) && w[0].contains("Zorvan Telek"), "{}", w[0]);
    assert_eq!(linker.online().unwrap().stats().requests, 1, "no retry after a failure");
    assert!(!cache.path().join("names/zorvan_telek.json").exists(), "failures are not cached");
}

fn fg(store: &Path) -> Command {
    let mut c = Command::cargo_bin("factgraph").unwrap();
    c.arg("--store").arg(store);
    for v in ["FACTGRAPH_INDEX", "FACTGRAPH_STORE", "FACTGRAPH_ONLINE", "FACTGRAPH_CACHE_DIR", "FACTGRAPH_WIKIDATA_API"] {
        c.env_remove(v);
    }
    for v in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
        c.env_remove(v);
    }
    c
}

const KAZINFORM: &str = "SELECT ?wd WHERE { ?e rdfs:label \"Kazinform\" ; owl:sameAs ?wd }";

fn kazinform_links(store: &Path) -> String {
    let out = fg(store).args(["query", "--format", "tsv", KAZINFORM]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn ingest_and_link_online_from_the_command_line() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples");

    // Off by default: no request, Kazinform unlinked.
    let store = dir.path().join("store");
    fg(&store).env("FACTGRAPH_WIKIDATA_API", &server.api).args(["-q", "ingest", example]).assert().success();
    assert_eq!(server.requests(), 0);
    assert!(!kazinform_links(&store).contains("Q9100006"));

    // `link --online` links it in place; FACTGRAPH_ONLINE=1 turns it on for ingest.
    fg(&store)
        .env("FACTGRAPH_WIKIDATA_API", &server.api)
        .arg("--online")
        .arg("--cache-dir")
        .arg(&cache)
        .arg("link")
        .assert()
        .success()
        .stdout(predicates::str::contains("added"));
    assert!(kazinform_links(&store).contains("Q9100006"));
    assert!(server.searches().iter().any(|s| s == "Kazinform"));
    let asked = server.requests();
    let store2 = dir.path().join("store2");
    fg(&store2)
        .env("FACTGRAPH_WIKIDATA_API", &server.api)
        .env("FACTGRAPH_ONLINE", "1")
        .env("FACTGRAPH_CACHE_DIR", &cache)
        .args(["ingest", example])
        .assert()
        .success();
    assert!(kazinform_links(&store2).contains("Q9100006"));
    assert_eq!(server.requests(), asked, "ingest after link: every name is in the cache");

    // The server down: one warning naming the host, no link, exit 0.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let store3 = dir.path().join("store3");
    let out = fg(&store3)
        .env("FACTGRAPH_WIKIDATA_API", format!("http://127.0.0.1:{port}/w/api.php"))
        .arg("--online")
        .arg("--cache-dir")
        .arg(dir.path().join("cache3"))
        .args(["ingest", example])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.matches("warning: online linking").count(), 1, "{stderr}");
    assert!(stderr.contains(&format!("127.0.0.1:{port}")), "{stderr}");
    assert!(!kazinform_links(&store3).contains("Q9100006"));
}
