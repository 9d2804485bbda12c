//! `factgraph link`: re-links the entities of an existing store with the current linker.
//!
//! After a bigger index is imported, the stored graphs should profit without re-ingesting
//! every article (whose text the store does not keep). Each document graph holds its
//! entities with their labels, kind (from the IRI) and class, which is what the linker
//! needs; this module rebuilds those entities per document, links them with that document
//! as context, and replaces each changed `owl:sameAs` and its provenance axiom
//! (`fg:linkScore`, `fg:linkMargin`), one transaction per document.

use std::collections::{BTreeMap, HashSet};

use oxigraph::model::{BlankNode, GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::store::StorageError;

use super::linker::Linker;
use crate::extract::{Entity, EntityType};
use crate::graph::vocab::{fg, owl, prov, rdf, rdfs, skos, wd};
use crate::graph::{decimal_literal, provenance_graph};
use crate::store::FactStore;

/// A storage failure while re-linking, naming the document.
#[derive(Debug, thiserror::Error)]
#[error("link: {action} (document {doc:?}): {source}")]
pub struct RelinkError {
    pub action: &'static str,
    pub doc: String,
    #[source]
    pub source: StorageError,
}

/// What `factgraph link` changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelinkReport {
    pub documents: usize,
    pub entities: usize,
    /// Entities linked after the run.
    pub linked: usize,
    /// Links added where there was none.
    pub added: usize,
    /// Links that now point to another item.
    pub changed: usize,
    /// Links removed ("no link").
    pub removed: usize,
}

impl std::fmt::Display for RelinkReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} documents, {} entities: {} linked ({} added, {} changed, {} removed)",
            self.documents, self.entities, self.linked, self.added, self.changed, self.removed
        )
    }
}

struct Stored {
    iri: NamedNode,
    entity: Entity,
    old: Option<String>,
}

fn qid_of(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => n.as_str().strip_prefix(wd::NS).map(String::from),
        _ => None,
    }
}

/// Re-links every document of the store.
pub fn relink(store: &FactStore, linker: &Linker) -> Result<RelinkReport, RelinkError> {
    let mut report = RelinkReport::default();
    let ids = store.document_ids().map_err(|e| RelinkError {
        action: "listing documents",
        doc: String::new(),
        source: match e {
            crate::store::StoreError::Storage { source, .. } => source,
            other => StorageError::Other(Box::new(std::io::Error::other(other.to_string()))),
        },
    })?;
    for id in ids {
        relink_document(store, linker, &id, &mut report)?;
        report.documents += 1;
    }
    Ok(report)
}

fn relink_document(store: &FactStore, linker: &Linker, id: &str, report: &mut RelinkReport) -> Result<(), RelinkError> {
    let err = |action: &'static str| move |source: StorageError| RelinkError { action, doc: id.to_string(), source };
    let ox = store.oxigraph();
    let doc_iri = store.base().document_iri(id);
    let g = GraphName::NamedNode(doc_iri.clone());
    let pg = GraphName::NamedNode(provenance_graph(doc_iri.as_ref()));
    let kinds = [EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Event];

    // The document's entities, in IRI order for stable results.
    let mut found: BTreeMap<String, Stored> = BTreeMap::new();
    for q in ox.quads_for_pattern(None, Some(fg::MENTIONED_IN), Some(doc_iri.as_ref().into()), Some(g.as_ref())) {
        let q = q.map_err(err("reading entities"))?;
        let NamedOrBlankNode::NamedNode(s) = q.subject else { continue };
        let Some(kind) = kinds.into_iter().find(|k| s.as_str().starts_with(&store.base().kind_namespace(*k))) else { continue };
        let entity = Entity {
            kind,
            class: kind.class_name().to_string(),
            label: String::new(),
            alt_labels: Vec::new(),
            wikidata: None,
            link_score: None,
            mentions: Vec::new(),
        };
        found.insert(s.as_str().to_string(), Stored { iri: s, entity, old: None });
    }
    for st in found.values_mut() {
        let subject = st.iri.as_ref();
        for q in ox.quads_for_pattern(Some(subject.into()), None, None, Some(g.as_ref())) {
            let q = q.map_err(err("reading entities"))?;
            let p = q.predicate.as_ref();
            match &q.object {
                Term::Literal(l) if p == rdfs::LABEL => st.entity.label = l.value().to_string(),
                Term::Literal(l) if p == skos::ALT_LABEL => st.entity.alt_labels.push(l.value().to_string()),
                Term::NamedNode(c) if p == rdf::TYPE => {
                    if let Some(local) = c.as_str().strip_prefix(fg::NS) {
                        st.entity.class = local.to_string();
                    }
                }
                o if p == owl::SAME_AS => st.old = qid_of(o),
                _ => {}
            }
        }
        st.entity.alt_labels.sort();
        if st.entity.label.is_empty() && !st.entity.alt_labels.is_empty() {
            st.entity.label = st.entity.alt_labels.remove(0);
        }
    }
    let mut stored: Vec<Stored> = found.into_values().filter(|s| !s.entity.label.is_empty()).collect();
    let mut entities: Vec<Entity> = stored.iter().map(|s| s.entity.clone()).collect();
    linker.link_entities(&mut entities, &HashSet::new());
    report.entities += entities.len();

    let mut tx = ox.start_transaction().map_err(err("starting a transaction"))?;
    for (st, e) in stored.iter_mut().zip(&entities) {
        if e.wikidata.is_some() {
            report.linked += 1;
        }
        if e.wikidata == st.old && st.old.is_none() {
            continue;
        }
        match (&st.old, &e.wikidata) {
            (None, Some(_)) => report.added += 1,
            (Some(a), Some(b)) if a != b => report.changed += 1,
            (Some(_), None) => report.removed += 1,
            _ => {}
        }
        let subject: NamedOrBlankNode = st.iri.clone().into();
        // Old link and its axioms.
        if let Some(old) = &st.old {
            let wd_old = NamedNode::new_unchecked(format!("{}{old}", wd::NS));
            tx.remove(Quad::new(subject.clone(), owl::SAME_AS, wd_old.clone(), g.clone()).as_ref());
            let axioms: Vec<NamedOrBlankNode> = tx
                .quads_for_pattern(None, Some(owl::ANNOTATED_SOURCE), Some(st.iri.as_ref().into()), Some(pg.as_ref()))
                .filter_map(Result::ok)
                .map(|q| q.subject)
                .collect();
            for a in axioms {
                let about_same_as = tx
                    .quads_for_pattern(Some(a.as_ref()), Some(owl::ANNOTATED_PROPERTY), Some(owl::SAME_AS.into()), Some(pg.as_ref()))
                    .next()
                    .is_some();
                if about_same_as {
                    let quads: Vec<Quad> = tx.quads_for_pattern(Some(a.as_ref()), None, None, Some(pg.as_ref())).filter_map(Result::ok).collect();
                    for q in quads {
                        tx.remove(q.as_ref());
                    }
                }
            }
            let still_used = tx
                .quads_for_pattern(None, Some(owl::SAME_AS), Some(wd_old.as_ref().into()), Some(g.as_ref()))
                .next()
                .is_some();
            if !still_used {
                tx.remove(Quad::new(wd_old, rdf::TYPE, owl::NAMED_INDIVIDUAL, g.clone()).as_ref());
            }
        }
        if let (Some(qid), Some((score, margin))) = (&e.wikidata, e.link_score) {
            let target = NamedNode::new_unchecked(format!("{}{qid}", wd::NS));
            tx.insert(Quad::new(subject.clone(), owl::SAME_AS, target.clone(), g.clone()).as_ref());
            tx.insert(Quad::new(target.clone(), rdf::TYPE, owl::NAMED_INDIVIDUAL, g.clone()).as_ref());
            let a: NamedOrBlankNode = BlankNode::default().into();
            let add = |p: NamedNodeRef<'_>, o: Term| Quad::new(a.clone(), p, o, pg.clone());
            for q in [
                add(rdf::TYPE, owl::AXIOM.into_owned().into()),
                add(owl::ANNOTATED_SOURCE, st.iri.clone().into()),
                add(owl::ANNOTATED_PROPERTY, owl::SAME_AS.into_owned().into()),
                add(owl::ANNOTATED_TARGET, target.into()),
                add(prov::WAS_DERIVED_FROM, doc_iri.clone().into()),
                add(fg::LINK_SCORE, decimal_literal(score).into()),
                add(fg::LINK_MARGIN, decimal_literal(margin).into()),
            ] {
                tx.insert(q.as_ref());
            }
        }
    }
    tx.commit().map_err(err("writing links"))?;
    Ok(())
}
