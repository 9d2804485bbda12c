//! Exports read back to the same graph: every export format, loaded into a fresh store
//! (and Turtle also parsed by sophia, an independent parser), is isomorphic (blank nodes
//! up to renaming, via sophia's isomorphism) to what the store holds.

use crate::common;

use factgraph::graph::Base;
use factgraph::store::export::{export, restore_datatypes, ExportFormat};
use factgraph::store::{is_provenance, FactStore};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad};
use oxigraph::store::Store;
use sophia::api::parser::{QuadParser, TripleParser};
use sophia::api::quad::Spog;
use sophia::api::source::{QuadSource, TripleSource};
use sophia::api::term::SimpleTerm;
use sophia::isomorphism::{isomorphic_datasets, isomorphic_graphs};
use sophia::turtle::parser::{nq::NQuadsParser, nt::NTriplesParser, turtle::TurtleParser};

type G = Vec<[SimpleTerm<'static>; 3]>;
type D = Vec<Spog<SimpleTerm<'static>>>;

fn filled_store() -> (tempfile::TempDir, FactStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = FactStore::open(&dir.path().join("fg.db"), Base::default()).unwrap();
    for (doc, ex) in [common::doc1(), common::doc2()] {
        store.ingest(&doc, &ex, false).unwrap();
    }
    // And the real pipeline's output on the bundled sample.
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    for doc in factgraph::document::read_path(&sample).unwrap() {
        let ex = factgraph::extract::extract(&doc);
        store.ingest(&doc, &ex, false).unwrap();
    }
    (dir, store)
}

/// N-Quads text of some quads, dropping graph names when `merge`.
fn nquads<'a>(quads: impl Iterator<Item = &'a Quad>, merge: bool) -> String {
    let mut lines: Vec<String> = quads
        .map(|q| {
            if merge {
                format!("{} {} {} .\n", q.subject, q.predicate, q.object)
            } else {
                format!("{q} .\n")
            }
        })
        .collect();
    lines.sort();
    lines.dedup();
    lines.concat()
}

/// What the store holds, with the datatypes export restores (Oxigraph keeps
/// xsd:nonNegativeInteger as xsd:integer).
fn stored(store: &FactStore, with_provenance: bool) -> Vec<Quad> {
    store
        .oxigraph()
        .iter()
        .map(Result::unwrap)
        .filter(|q| with_provenance || !is_provenance(q.graph_name.as_ref()))
        .map(restore_datatypes)
        .collect()
}

fn graph_of_nt(nt: &str) -> G {
    NTriplesParser::new().parse_str(nt).collect_triples().unwrap()
}

fn dataset_of_nq(nq: &str) -> D {
    NQuadsParser::new().parse_str(nq).collect_quads().unwrap()
}

fn exported(store: &FactStore, format: ExportFormat, with_provenance: bool) -> String {
    let mut out = Vec::new();
    export(store, format, with_provenance, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Loads `text` into a fresh in-memory store and returns all its quads.
fn reload(text: &str, format: RdfFormat) -> Vec<Quad> {
    let fresh = Store::new().unwrap();
    fresh
        .load_from_reader(RdfParser::from_format(format), text.as_bytes())
        .unwrap();
    fresh.iter().map(Result::unwrap).map(restore_datatypes).collect()
}

#[test]
fn turtle_export_round_trips() {
    let (_dir, store) = filled_store();
    let expected = graph_of_nt(&nquads(stored(&store, false).iter(), true));
    let ttl = exported(&store, ExportFormat::Turtle, false);
    assert!(ttl.contains("@prefix fg: <https://w3id.org/factgraph/ontology#>"), "{ttl}");
    assert!(ttl.contains("owl:Ontology"));
    // Sophia's own Turtle parser reads the same graph…
    let by_sophia: G = TurtleParser::new().parse_str(&ttl).collect_triples().unwrap();
    assert_eq!(by_sophia.len(), expected.len());
    assert!(isomorphic_graphs(&by_sophia, &expected).unwrap());
    // …and so does a fresh Oxigraph store.
    let reloaded = graph_of_nt(&nquads(reload(&ttl, RdfFormat::Turtle).iter(), true));
    assert!(isomorphic_graphs(&reloaded, &expected).unwrap());
    // No provenance unless asked for.
    assert!(!ttl.contains("annotatedSource"));
    let with = exported(&store, ExportFormat::Turtle, true);
    assert!(with.contains("owl:annotatedSource"));
    assert!(with.contains("^^xsd:nonNegativeInteger"), "offsets keep their declared type");
}

#[test]
fn nquads_export_round_trips_with_named_graphs() {
    let (_dir, store) = filled_store();
    let expected = dataset_of_nq(&nquads(stored(&store, true).iter(), false));
    let nq = exported(&store, ExportFormat::NQuads, true);
    let reloaded = reload(&nq, RdfFormat::NQuads);
    assert!(reloaded.iter().all(|q| q.graph_name != GraphName::DefaultGraph));
    let reloaded = dataset_of_nq(&nquads(reloaded.iter(), false));
    assert_eq!(reloaded.len(), expected.len());
    assert!(isomorphic_datasets(&reloaded, &expected).unwrap());
    let direct = dataset_of_nq(&nq);
    assert!(isomorphic_datasets(&direct, &expected).unwrap());
}

#[test]
fn every_format_round_trips() {
    let (_dir, store) = filled_store();
    let merged = graph_of_nt(&nquads(stored(&store, false).iter(), true));
    let kept = dataset_of_nq(&nquads(stored(&store, false).iter(), false));
    for (format, rdf) in [
        (ExportFormat::NTriples, RdfFormat::NTriples),
        (ExportFormat::RdfXml, RdfFormat::RdfXml),
        (ExportFormat::JsonLd, RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }),
    ] {
        let text = exported(&store, format, false);
        let g = graph_of_nt(&nquads(reload(&text, rdf).iter(), true));
        assert!(isomorphic_graphs(&g, &merged).unwrap(), "{format:?}");
    }
    let trig = exported(&store, ExportFormat::TriG, false);
    let d = dataset_of_nq(&nquads(reload(&trig, RdfFormat::TriG).iter(), false));
    assert!(isomorphic_datasets(&d, &kept).unwrap());
}

#[test]
fn turtle_groups_subjects() {
    let (_dir, store) = filled_store();
    let ttl = exported(&store, ExportFormat::Turtle, false);
    // Each entity is one block: its IRI starts a line exactly once.
    let starts = ttl.lines().filter(|l| l.starts_with("person:john-smith ")).count();
    assert_eq!(starts, 1, "{ttl}");
    // The ontology header comes first.
    let first = ttl.lines().find(|l| !l.starts_with("@prefix") && !l.trim().is_empty()).unwrap();
    assert!(first.contains("<https://w3id.org/factgraph/ontology>"), "{first}");
}
