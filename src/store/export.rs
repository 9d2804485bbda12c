//! `factgraph export`: the whole graph plus the ontology as one file Protégé can open —
//! the owl:Ontology header and declarations (from the ontology graph), then every
//! document and entity (already typed owl:NamedIndividual with class and rdfs:label when
//! written), then, only if asked, the provenance axioms.

use crate::graph::vocab::{fg, nif, rdf, rdfs, xsd, PREFIXES};
use super::{is_provenance, FactStore, StoreError};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedOrBlankNode, Quad, Term};
use std::collections::HashSet;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
}

impl ExportFormat {
    fn rdf_format(self) -> RdfFormat {
        match self {
            ExportFormat::Turtle => RdfFormat::Turtle,
            ExportFormat::NTriples => RdfFormat::NTriples,
            ExportFormat::NQuads => RdfFormat::NQuads,
            ExportFormat::TriG => RdfFormat::TriG,
            ExportFormat::RdfXml => RdfFormat::RdfXml,
            ExportFormat::JsonLd => RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() },
        }
    }
    /// N-Quads and TriG keep each document's named graph; the others merge all graphs.
    pub fn keeps_graphs(self) -> bool {
        matches!(self, ExportFormat::NQuads | ExportFormat::TriG)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("export: reading the store: {0}")]
    Read(String),
    #[error("export: writing: {0}")]
    Io(#[from] std::io::Error),
}

/// How many quads (or merged triples) were written.
pub fn export(
    store: &FactStore,
    format: ExportFormat,
    with_provenance: bool,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let keep_graphs = format.keeps_graphs();
    let mut quads: Vec<Quad> = Vec::new();
    let mut seen: HashSet<Quad> = HashSet::new();
    for q in store.oxigraph().iter() {
        let mut q = q.map_err(|e| ExportError::Read(e.to_string()))?;
        if !with_provenance && is_provenance(q.graph_name.as_ref()) {
            continue;
        }
        if !keep_graphs {
            q.graph_name = GraphName::DefaultGraph;
        }
        let q = restore_datatypes(q);
        if seen.insert(q.clone()) {
            quads.push(q);
        }
    }
    drop(seen);
    // Oxigraph's Turtle/TriG serializers only group *consecutive* triples with the same
    // subject (`;`) and predicate (`,`), so sort: graph (ontology first), subject (the
    // ontology IRI first, named before blank nodes), predicate (rdf:type, rdfs:label
    // first), object. That makes the file readable and deterministic; the serializer
    // itself then streams.
    let onto_graph = GraphName::NamedNode(fg::ONTOLOGY.into_owned());
    let mut onto_subjects: HashSet<NamedOrBlankNode> = HashSet::new();
    if !keep_graphs {
        for q in store
            .oxigraph()
            .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(fg::ONTOLOGY)))
        {
            onto_subjects.insert(q.map_err(|e| ExportError::Read(e.to_string()))?.subject);
        }
    }
    let key = |q: &Quad| {
        let section = if keep_graphs {
            u8::from(q.graph_name != onto_graph)
        } else {
            u8::from(!onto_subjects.contains(&q.subject))
        };
        let graph = match &q.graph_name {
            GraphName::NamedNode(n) => n.as_str().to_owned(),
            GraphName::BlankNode(b) => format!("~{}", b.as_str()),
            GraphName::DefaultGraph => String::new(),
        };
        let subject = match &q.subject {
            NamedOrBlankNode::NamedNode(n) if n.as_ref() == fg::ONTOLOGY => String::new(),
            NamedOrBlankNode::NamedNode(n) => format!("0{}", n.as_str()),
            NamedOrBlankNode::BlankNode(b) => format!("1{}", b.as_str()),
        };
        let predicate = if q.predicate.as_ref() == rdf::TYPE {
            String::new()
        } else if q.predicate.as_ref() == rdfs::LABEL {
            " ".to_owned()
        } else {
            q.predicate.as_str().to_owned()
        };
        let object = match &q.object {
            Term::NamedNode(n) => format!("0{}", n.as_str()),
            t => format!("1{t}"),
        };
        (section, graph, subject, predicate, object)
    };
    quads.sort_by_cached_key(key);

    let mut ser = RdfSerializer::from_format(format.rdf_format());
    if !matches!(format, ExportFormat::NTriples | ExportFormat::NQuads) {
        for (p, ns) in PREFIXES {
            ser = ser.with_prefix(*p, *ns).map_err(|e| ExportError::Read(e.to_string()))?;
        }
        for (p, ns) in store.base().prefixes() {
            ser = ser.with_prefix(p, ns).map_err(|e| ExportError::Read(e.to_string()))?;
        }
    }
    let mut w = ser.for_writer(out);
    for q in &quads {
        w.serialize_quad(q)?;
    }
    w.finish()?;
    Ok(quads.len())
}

/// Oxigraph stores every xsd:integer subtype as xsd:integer, so the nif:beginIndex /
/// nif:endIndex offsets written as xsd:nonNegativeInteger come back as xsd:integer. The
/// export restores the declared datatype (the ontology's range).
pub fn restore_datatypes(mut q: Quad) -> Quad {
    if q.predicate.as_ref() == nif::BEGIN_INDEX || q.predicate.as_ref() == nif::END_INDEX {
        if let Term::Literal(l) = &q.object {
            if l.datatype() == oxigraph::model::vocab::xsd::INTEGER {
                q.object = Literal::new_typed_literal(l.value(), xsd::NON_NEGATIVE_INTEGER).into();
            }
        }
    }
    q
}
