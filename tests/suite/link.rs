//! The linker end to end: candidates from a user index stacked over the bundled
//! gazetteer, type compatibility, document context, popularity, the "no link" threshold,
//! and the `ingest --index` / `link` commands updating owl:sameAs with its provenance.
//!
//! The index here is built from a small generated dump. Items that are not in the bundled
//! gazetteer have made-up QIDs from Q9000000 up, so that no test fixture states a false
//! fact about a real Wikidata item.

use crate::common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use factgraph::document::read_path;
use factgraph::extract::{Entity, EntityType, Extraction};
use factgraph::link::{import, link_extraction, ImportOptions, Linker};

fn item(qid: &str, label: &str, aliases: &[&str], p31: u32, p17: Option<&str>, sitelinks: usize) -> String {
    let aliases: Vec<String> = aliases.iter().map(|a| format!(r#"{{"language":"en","value":"{a}"}}"#)).collect();
    let p17 = p17
        .map(|c| format!(r#","P17":[{{"mainsnak":{{"datavalue":{{"value":{{"id":"{c}"}}}}}},"rank":"normal"}}]"#))
        .unwrap_or_default();
    let sl: Vec<String> = (0..sitelinks).map(|i| format!(r#""w{i}wiki":{{}}"#)).collect();
    format!(
        r#"{{"type":"item","id":"{qid}","labels":{{"en":{{"language":"en","value":"{label}"}}}},"aliases":{{"en":[{}]}},"descriptions":{{}},"claims":{{"P31":[{{"mainsnak":{{"datavalue":{{"value":{{"numeric-id":{p31}}}}}}},"rank":"normal"}}]{p17}}},"sitelinks":{{{}}}}}"#,
        aliases.join(","),
        sl.join(",")
    )
}

/// A user index: Georgia the country is in the gazetteer (Q230); the rest is synthetic.
fn build_index(dir: &Path) -> PathBuf {
    let lines = [
        item("Q230", "Georgia", &["Sakartvelo"], 3624078, None, 300),
        item("Q9000001", "Georgia", &["State of Georgia"], 35657, Some("Q30"), 290),
        item("Q9000002", "Tbilisi", &[], 515, Some("Q230"), 250),
        item("Q9000003", "Paris Hilton", &[], 5, None, 80),
        item("Q9000004", "Paris", &[], 515, Some("Q142"), 400),
        item("Q9000005", "John Smith", &[], 5, None, 1),
        item("Q9000006", "Kazinform", &["Kazinform International News Agency"], 192283, Some("Q232"), 12),
        item("Q9000007", "Ana Lopez", &[], 5, None, 60),
        item("Q9000008", "Ana Lopez", &[], 5, None, 58),
        item("Q9000009", "Springfield", &[], 4167410, None, 90),
    ];
    let mut text = String::from("[\n");
    text.push_str(&lines.join(",\n"));
    text.push_str("\n]\n");
    let dump = dir.join("dump.json");
    std::fs::write(&dump, text).unwrap();
    let out = dir.join("index");
    import(&[dump], &out, &ImportOptions::default(), &mut |_| {}).unwrap();
    out
}

/// An unlinked entity of the kind's own class, as extraction hands it to the linker.
fn entity(kind: EntityType, label: &str) -> Entity {
    common::entity(kind, kind.class_name(), label, &[], None)
}

fn link(linker: &Linker, entities: &[Entity]) -> Vec<Option<String>> {
    let mut es = entities.to_vec();
    linker.link_entities(&mut es, &HashSet::new());
    es.into_iter().map(|e| e.wikidata).collect()
}

#[test]
fn context_types_popularity_and_no_link() {
    let dir = tempfile::tempdir().unwrap();
    let linker = Linker::with_indexes(&[build_index(dir.path())]).unwrap();

    // Alone, "Georgia" is a tie between the country and the state: no link.
    let d = linker.decide(&entity(EntityType::Place, "Georgia"), &HashSet::new());
    assert_eq!(d.ranked.len(), 2);
    assert!(d.chosen.is_none(), "{d:?}");
    // Tbilisi (in Georgia the country) decides for the country…
    let got = link(&linker, &[entity(EntityType::Place, "Georgia"), entity(EntityType::Place, "Tbilisi")]);
    assert_eq!(got, [Some("Q230".into()), Some("Q9000002".into())]);
    // …and the United States (from the bundled gazetteer) for the state.
    let got = link(&linker, &[entity(EntityType::Place, "Georgia"), entity(EntityType::Place, "United States")]);
    assert_eq!(got, [Some("Q9000001".into()), Some("Q30".into())]);

    // Types: a person is never linked to a city, nor an organisation to a person.
    let got = link(
        &linker,
        &[
            entity(EntityType::Person, "Paris Hilton"),
            entity(EntityType::Place, "Paris"),
            entity(EntityType::Organization, "Paris Hilton"),
            entity(EntityType::Person, "Paris"),
        ],
    );
    assert_eq!(got, [Some("Q9000003".into()), Some("Q9000004".into()), None, None]);

    // No link: an obscure namesake, two equally known namesakes, a disambiguation page.
    let got = link(
        &linker,
        &[entity(EntityType::Person, "John Smith"), entity(EntityType::Person, "Ana López"), entity(EntityType::Place, "Springfield")],
    );
    assert_eq!(got, [None, None, None]);
    let d = linker.decide(&entity(EntityType::Person, "John Smith"), &HashSet::new());
    assert!(d.score < linker.config.threshold && d.ranked.len() == 1);

    // Diacritics fold ("Ana López" found "Ana Lopez"); score and margin are recorded.
    let d = linker.decide(&entity(EntityType::Person, "Ana López"), &HashSet::new());
    assert_eq!(d.ranked.len(), 2);
    let mut es = vec![entity(EntityType::Organization, "Kazinform International News Agency"), entity(EntityType::Place, "Kazakhstan")];
    linker.link_entities(&mut es, &HashSet::new());
    assert_eq!(es[0].wikidata.as_deref(), Some("Q9000006"));
    assert_eq!(es[0].class, "NewsAgency", "a generic class is refined from the item");
    let (score, margin) = es[0].link_score.unwrap();
    assert!(score >= linker.config.threshold && margin == score, "single candidate: margin = score ({score}, {margin})");
}

#[test]
fn bundled_linker_on_the_example_article() {
    let doc = read_path(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples/kazinform-osce-seminar-2019-03-01.txt")))
        .unwrap()
        .remove(0);
    let mut ex: Extraction = factgraph::extract::extract(&doc);
    link_extraction(Linker::shared(), &doc, &mut ex);
    let linked: HashSet<&str> = ex.entities.iter().filter_map(|e| e.wikidata.as_deref()).collect();
    for q in ["Q1520", "Q81299", "Q35493"] {
        assert!(linked.contains(q), "{q} not linked: {linked:?}");
    }
    for e in &ex.entities {
        assert_eq!(e.wikidata.is_some(), e.link_score.is_some(), "{e:?}");
        if e.kind == EntityType::Person {
            assert!(e.wikidata.is_none(), "{e:?}");
        }
    }
}

fn fg(store: &Path) -> Command {
    let mut c = Command::cargo_bin("factgraph").unwrap();
    c.arg("--store").arg(store).env_remove("FACTGRAPH_INDEX").env_remove("FACTGRAPH_STORE");
    c
}

fn query(store: &Path, sparql: &str) -> String {
    let out = fg(store).args(["query", "--format", "tsv", sparql]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

const KAZINFORM: &str = "SELECT ?wd ?score WHERE { ?e rdfs:label \"Kazinform\" ; owl:sameAs ?wd . \
    ?a owl:annotatedSource ?e ; owl:annotatedProperty owl:sameAs ; owl:annotatedTarget ?wd ; fg:linkScore ?score }";

#[test]
fn ingest_with_index_and_relink_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let index = build_index(dir.path());
    let store = dir.path().join("store");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples");

    // Without the index Kazinform stays unlinked; `link --index` links it in place.
    fg(&store).args(["-q", "ingest", example]).assert().success();
    assert_eq!(query(&store, KAZINFORM).lines().count(), 1, "header only");
    fg(&store).arg("--index").arg(&index).arg("link").assert().success().stdout(predicates::str::contains("1 added"));
    let rows = query(&store, KAZINFORM);
    assert!(rows.contains("Q9000006"), "{rows}");
    assert_eq!(rows.lines().count(), 2, "one link, one axiom: {rows}");
    // Bundled links keep their axioms (one per link, with a score) after re-linking.
    let astana = query(&store, "SELECT ?s WHERE { ?a owl:annotatedTarget wd:Q1520 ; fg:linkScore ?s }");
    assert_eq!(astana.lines().count(), 2, "{astana}");

    // Re-linking without the index removes the link and its axiom, and nothing else changes.
    fg(&store).arg("link").assert().success().stdout(predicates::str::contains("1 removed"));
    assert_eq!(query(&store, KAZINFORM).lines().count(), 1);
    let any = query(&store, "SELECT ?a WHERE { ?a owl:annotatedTarget wd:Q9000006 }");
    assert_eq!(any.lines().count(), 1, "axiom removed: {any}");

    // ingest --index (here through FACTGRAPH_INDEX) links as it stores.
    let store2 = dir.path().join("store2");
    fg(&store2).env("FACTGRAPH_INDEX", &index).args(["-q", "ingest", example]).assert().success();
    assert!(query(&store2, KAZINFORM).contains("Q9000006"));

    // A path that is not an index is a usage error naming it.
    fg(&store2)
        .args(["--index", "/nonexistent/index", "link"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/nonexistent/index"));
}
