//! Every fg: term the code writes (src/graph/vocab.rs) is declared in
//! ontology/factgraph.ttl as a class or a property, and the ontology header is there.

use factgraph::graph::vocab::{fg, owl, rdf};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use std::collections::{HashMap, HashSet};

#[test]
fn every_fg_constant_is_declared_in_the_ontology() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/factgraph.ttl");
    let ttl = std::fs::read(path).expect("ontology/factgraph.ttl is missing");
    let declarations: HashSet<&str> = [
        "Class",
        "ObjectProperty",
        "DatatypeProperty",
        "AnnotationProperty",
    ]
    .into_iter()
    .collect();
    let mut declared: HashMap<String, String> = HashMap::new();
    let mut has_header = false;
    for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(&ttl) {
        let t = t.expect("the ontology parses as Turtle");
        if t.predicate.as_ref() != rdf::TYPE {
            continue;
        }
        if let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&t.subject, &t.object) {
            if o.as_ref() == owl::ONTOLOGY && s.as_ref() == fg::ONTOLOGY {
                has_header = true;
            }
            if let Some(kind) = o.as_str().strip_prefix(owl::NS) {
                if declarations.contains(kind) {
                    declared.insert(s.as_str().to_owned(), kind.to_owned());
                }
            }
        }
    }
    assert!(has_header, "<{}> a owl:Ontology is missing", fg::ONTOLOGY.as_str());
    let missing: Vec<String> = fg::all_terms()
        .into_iter()
        .filter(|t| !declared.contains_key(t))
        .collect();
    assert!(missing.is_empty(), "not declared in the ontology: {missing:?}");
    // Classes are classes and properties are properties.
    for c in ["Person", "Organization", "Place", "Event", "Quotation", "Document"] {
        assert_eq!(declared[&format!("{}{c}", fg::NS)], "Class", "fg:{c}");
    }
    for (c, _) in fg::SUBCLASSES {
        assert_eq!(declared[&format!("{}{c}", fg::NS)], "Class", "fg:{c}");
    }
}
