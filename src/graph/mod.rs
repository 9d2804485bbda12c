//! Facts as RDF: how one document's [`Extraction`] becomes quads under the factgraph
//! ontology. This module is pure (no store access): IRI minting, literal typing and the
//! quads of a document graph and its provenance graph. Entity resolution against what is
//! already stored happens in [`crate::store`], which hands the resolved IRIs in here.

pub mod vocab;

use crate::document::{Document, Span};
use crate::extract::{Entity, EntityType, Extraction, Object, Predicate};
use oxigraph::model::{
    BlankNode, GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use sha2::{Digest, Sha256};
use vocab::{dcterms, fg, nif, owl, prov, rdf, rdfs, skos, xsd};

/// The default base IRI under which resources and documents are minted.
pub const DEFAULT_BASE: &str = "https://w3id.org/factgraph/";

#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error("base IRI {base:?}: {message}")]
    BadBase { base: String, message: String },
}

/// A checked base IRI, always ending in '/' or '#'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

impl Base {
    pub fn new(base: &str) -> Result<Self, GraphError> {
        let mut b = base.to_owned();
        if !b.ends_with('/') && !b.ends_with('#') {
            b.push('/');
        }
        NamedNode::new(&b).map_err(|e| GraphError::BadBase {
            base: base.to_owned(),
            message: e.to_string(),
        })?;
        Ok(Base(b))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// `{base}document/{slug(id)}`
    pub fn document_iri(&self, doc_id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}document/{}", self.0, slug(doc_id)))
    }
    /// `{base}resource/{kind}/{slug(label)}`
    pub fn entity_iri(&self, kind: EntityType, label: &str) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}resource/{}/{}",
            self.0,
            kind.path_segment(),
            slug(label)
        ))
    }
    /// `{base}resource/event/{slug(doc id)}/{slug(label)}`: an unlinked event is only
    /// merged with mentions in its own document.
    pub fn document_event_iri(&self, doc_id: &str, label: &str) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}resource/event/{}/{}",
            self.0,
            slug(doc_id),
            slug(label)
        ))
    }
    /// Namespace of all entities of one kind, `{base}resource/{kind}/`.
    pub fn kind_namespace(&self, kind: EntityType) -> String {
        format!("{}resource/{}/", self.0, kind.path_segment())
    }
    /// `{base}resource/quotation/{slug(doc id)}-{n}`
    pub fn quotation_iri(&self, doc_id: &str, n: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}resource/quotation/{}-{n}", self.0, slug(doc_id)))
    }
    /// Prefixes for the minted namespaces ("person:", "doc:" …), for display and Turtle.
    pub fn prefixes(&self) -> Vec<(String, String)> {
        let mut v = vec![("doc".to_owned(), format!("{}document/", self.0))];
        for seg in ["person", "organization", "place", "event", "quotation"] {
            v.push((seg.to_owned(), format!("{}resource/{seg}/", self.0)));
        }
        v
    }
}

impl Default for Base {
    fn default() -> Self {
        Base(DEFAULT_BASE.to_owned())
    }
}

/// The named graph holding a document's provenance: `<doc IRI>/provenance`.
pub fn provenance_graph(doc_iri: NamedNodeRef<'_>) -> NamedNode {
    NamedNode::new_unchecked(format!("{}/provenance", doc_iri.as_str()))
}

/// ASCII, lower-case, non-alphanumerics collapsed to single '-', trimmed:
/// "György Szabó" -> "gyorgy-szabo". Never empty ("_" for a label with no letters).
pub fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// The fg: class of an entity: its `class` when that is a known class of its kind,
/// else the kind's own class.
pub fn class_iri(entity: &Entity) -> NamedNode {
    let top = entity.kind.class_name();
    let known = entity.class == top
        || fg::SUBCLASSES
            .iter()
            .any(|(c, parent)| *c == entity.class && *parent == top);
    let local = if known { entity.class.as_str() } else { top };
    NamedNode::new_unchecked(format!("{}{local}", fg::NS))
}

/// The fg: property of a predicate.
pub fn predicate_iri(p: Predicate) -> NamedNodeRef<'static> {
    match p {
        Predicate::Organizer => fg::ORGANIZER,
        Predicate::Sponsor => fg::SPONSOR,
        Predicate::Participant => fg::PARTICIPANT,
        Predicate::Location => fg::LOCATION,
        Predicate::Date => fg::DATE,
        Predicate::Employer => fg::EMPLOYER,
        Predicate::HeadOf => fg::HEAD_OF,
        Predicate::Position => fg::POSITION,
        Predicate::PartOf => fg::PART_OF,
        Predicate::LocatedIn => fg::LOCATED_IN,
        Predicate::Said => fg::SAID,
    }
}

/// A date typed by its shape: xsd:date, xsd:gYearMonth or xsd:gYear; anything else is a
/// plain string. Used for dcterms:date (an annotation); fg:date stays a plain string.
pub fn date_literal(s: &str) -> Literal {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let dt = match b.len() {
        10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => {
            Some(xsd::DATE)
        }
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => Some(xsd::G_YEAR_MONTH),
        4 if digits(0..4) => Some(xsd::G_YEAR),
        _ => None,
    };
    match dt {
        Some(dt) => Literal::new_typed_literal(s, dt),
        None => Literal::new_simple_literal(s),
    }
}

/// An xsd:decimal literal of a score (non-finite values become 0).
pub fn decimal_literal(x: f32) -> Literal {
    let x = if x.is_finite() { x } else { 0.0 };
    Literal::new_typed_literal(format!("{x}"), xsd::DECIMAL)
}

fn index_literal(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::NON_NEGATIVE_INTEGER)
}

/// sha256 (hex) over everything stored about a document: id, title, source, published
/// date and text. Same hash, same facts: re-ingesting is skipped.
pub fn content_hash(doc: &Document) -> String {
    let mut h = Sha256::new();
    for part in [
        Some(doc.id.as_str()),
        doc.title.as_deref(),
        doc.source.as_deref(),
        doc.published.as_deref(),
        Some(doc.text.as_str()),
    ] {
        match part {
            Some(p) => {
                h.update((p.len() as u64).to_le_bytes());
                h.update(p.as_bytes());
            }
            None => h.update(u64::MAX.to_le_bytes()),
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// An entity's identity in the store, as decided by the resolver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub iri: NamedNode,
    /// The rdfs:label already stored for this IRI, which stays the label (rdfs:label is
    /// single-valued across the union of graphs); `None` for a new entity.
    pub stored_label: Option<String>,
}

/// A document's quads: its graph (`graph`, named by the document IRI) and its
/// provenance graph (`provenance`).
#[derive(Debug, Default)]
pub struct DocumentQuads {
    pub graph: Vec<Quad>,
    pub provenance: Vec<Quad>,
    /// Distinct entity IRIs written.
    pub entities: usize,
    /// Facts written.
    pub facts: usize,
}

fn text_span(doc: &Document, span: Span) -> Option<&str> {
    doc.text.get(span.start..span.end)
}

/// Builds the quads of one document. `resolved[i]` is the identity of
/// `extraction.entities[i]`; several entities may resolve to one IRI, in which case their
/// labels merge (first label wins, the rest become skos:altLabel).
pub fn document_quads(
    base: &Base,
    doc: &Document,
    hash: &str,
    extraction: &Extraction,
    resolved: &[Resolved],
) -> DocumentQuads {
    assert_eq!(resolved.len(), extraction.entities.len(), "one resolution per entity");
    let doc_iri = base.document_iri(&doc.id);
    let g = GraphName::NamedNode(doc_iri.clone());
    let pg = GraphName::NamedNode(provenance_graph(doc_iri.as_ref()));
    let mut out = DocumentQuads::default();
    fn push(v: &mut Vec<Quad>, s: NamedOrBlankNode, p: NamedNodeRef<'_>, o: Term, g: &GraphName) {
        v.push(Quad::new(s, p, o, g.clone()));
    }

    // The document itself.
    let d: NamedOrBlankNode = doc_iri.clone().into();
    push(&mut out.graph, d.clone(), rdf::TYPE, owl::NAMED_INDIVIDUAL.into_owned().into(), &g);
    push(&mut out.graph, d.clone(), rdf::TYPE, fg::DOCUMENT.into_owned().into(), &g);
    push(&mut out.graph, d.clone(), dcterms::IDENTIFIER, Literal::from(doc.id.as_str()).into(), &g);
    if let Some(t) = &doc.title {
        push(&mut out.graph, d.clone(), dcterms::TITLE, Literal::from(t.as_str()).into(), &g);
    }
    if let Some(s) = &doc.source {
        push(&mut out.graph, d.clone(), dcterms::SOURCE, Literal::from(s.as_str()).into(), &g);
    }
    if let Some(p) = &doc.published {
        push(&mut out.graph, d.clone(), dcterms::DATE, date_literal(p).into(), &g);
    }
    push(&mut out.graph, d.clone(), fg::CONTENT_HASH, Literal::from(hash).into(), &g);

    // Entities: one label per IRI (stored one, else the first seen), other forms altLabel.
    let mut labels: std::collections::HashMap<&NamedNode, String> = Default::default();
    let mut alts: Vec<(NamedNode, String)> = Vec::new();
    let mut iris = std::collections::HashSet::new();
    for (entity, r) in extraction.entities.iter().zip(resolved) {
        iris.insert(r.iri.clone());
        let s: NamedOrBlankNode = r.iri.clone().into();
        push(&mut out.graph, s.clone(), rdf::TYPE, owl::NAMED_INDIVIDUAL.into_owned().into(), &g);
        push(&mut out.graph, s.clone(), rdf::TYPE, class_iri(entity).into(), &g);
        push(&mut out.graph, s.clone(), fg::MENTIONED_IN, doc_iri.clone().into(), &g);
        let label = labels
            .entry(&r.iri)
            .or_insert_with(|| r.stored_label.clone().unwrap_or_else(|| entity.label.clone()))
            .clone();
        for form in std::iter::once(&entity.label).chain(&entity.alt_labels) {
            if form.to_lowercase() != label.to_lowercase() && !form.trim().is_empty() {
                alts.push((r.iri.clone(), form.clone()));
            }
        }
        if let Some(qid) = &entity.wikidata {
            let wd = NamedNode::new_unchecked(format!("{}{qid}", vocab::wd::NS));
            push(&mut out.graph, s.clone(), owl::SAME_AS, wd.clone().into(), &g);
            // Declared so OWL tools read the owl:sameAs as an individual axiom.
            push(&mut out.graph, wd.clone().into(), rdf::TYPE, owl::NAMED_INDIVIDUAL.into_owned().into(), &g);
            if let Some((score, margin)) = entity.link_score {
                let a: NamedOrBlankNode = BlankNode::default().into();
                let pv = &mut out.provenance;
                push(pv, a.clone(), rdf::TYPE, owl::AXIOM.into_owned().into(), &pg);
                push(pv, a.clone(), owl::ANNOTATED_SOURCE, r.iri.clone().into(), &pg);
                push(pv, a.clone(), owl::ANNOTATED_PROPERTY, owl::SAME_AS.into_owned().into(), &pg);
                push(pv, a.clone(), owl::ANNOTATED_TARGET, wd.into(), &pg);
                push(pv, a.clone(), prov::WAS_DERIVED_FROM, doc_iri.clone().into(), &pg);
                push(pv, a.clone(), fg::LINK_SCORE, decimal_literal(score).into(), &pg);
                push(pv, a, fg::LINK_MARGIN, decimal_literal(margin).into(), &pg);
            }
        }
    }
    for (iri, label) in &labels {
        push(&mut out.graph, (*iri).clone().into(), rdfs::LABEL, Literal::from(label.as_str()).into(), &g);
    }
    for (iri, form) in alts {
        if labels.get(&iri).is_some_and(|l| l.to_lowercase() == form.to_lowercase()) {
            continue;
        }
        push(&mut out.graph, iri.into(), skos::ALT_LABEL, Literal::from(form.as_str()).into(), &g);
    }
    out.entities = iris.len();

    // Facts, each with an OWL 2 axiom annotation in the provenance graph.
    let mut quotations = 0;
    for fact in &extraction.facts {
        let Some(subject) = resolved.get(fact.subject) else { continue };
        let s: NamedOrBlankNode = subject.iri.clone().into();
        let p = predicate_iri(fact.predicate);
        let o: Term = match &fact.object {
            Object::Entity(i) => match resolved.get(*i) {
                Some(r) => r.iri.clone().into(),
                None => continue,
            },
            // A plain xsd:string, as the ontology's range says: xsd:date & co. are not in
            // the OWL 2 datatype map, so typed dates would break OWL 2 DL (Protégé).
            Object::Date(d) => Literal::from(d.as_str()).into(),
            Object::Text(t) => Literal::from(t.as_str()).into(),
            Object::Quotation(text) => {
                quotations += 1;
                let q = base.quotation_iri(&doc.id, quotations);
                let qs: NamedOrBlankNode = q.clone().into();
                push(&mut out.graph, qs.clone(), rdf::TYPE, owl::NAMED_INDIVIDUAL.into_owned().into(), &g);
                push(&mut out.graph, qs.clone(), rdf::TYPE, fg::QUOTATION.into_owned().into(), &g);
                push(&mut out.graph, qs, fg::TEXT, Literal::from(text.as_str()).into(), &g);
                q.into()
            }
        };
        push(&mut out.graph, s.clone(), p, o.clone(), &g);
        out.facts += 1;

        let a: NamedOrBlankNode = BlankNode::default().into();
        let pv = &mut out.provenance;
        push(pv, a.clone(), rdf::TYPE, owl::AXIOM.into_owned().into(), &pg);
        push(pv, a.clone(), owl::ANNOTATED_SOURCE, s.into(), &pg);
        push(pv, a.clone(), owl::ANNOTATED_PROPERTY, p.into_owned().into(), &pg);
        push(pv, a.clone(), owl::ANNOTATED_TARGET, o, &pg);
        push(pv, a.clone(), prov::WAS_DERIVED_FROM, doc_iri.clone().into(), &pg);
        if let Some(ev) = text_span(doc, fact.evidence) {
            push(pv, a.clone(), fg::EVIDENCE_TEXT, Literal::from(ev).into(), &pg);
            push(pv, a.clone(), nif::BEGIN_INDEX, index_literal(doc.char_offset(fact.evidence.start)).into(), &pg);
            push(pv, a.clone(), nif::END_INDEX, index_literal(doc.char_offset(fact.evidence.end)).into(), &pg);
        }
        if let Some(sentence) = text_span(doc, fact.sentence) {
            push(pv, a.clone(), fg::SENTENCE, Literal::from(sentence).into(), &pg);
        }
        push(pv, a.clone(), fg::RULE, Literal::from(fact.rule.as_str()).into(), &pg);
        push(pv, a, fg::CONFIDENCE, decimal_literal(fact.confidence).into(), &pg);
    }
    let mut seen = std::collections::HashSet::new();
    out.graph.retain(|q| seen.insert(q.clone()));
    out
}
