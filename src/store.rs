//! The persistent Oxigraph store (RocksDB) that factgraph reads and writes: opening it
//! (with clear messages when it is locked or unwritable), keeping the ontology in it,
//! writing one document per transaction with entity resolution across documents, removing
//! documents, and the summaries behind `stats` and `show`. Queries live in [`query`],
//! exports in [`export`].

pub mod export;
pub mod query;

use crate::document::Document;
use crate::extract::{EntityType, Extraction};
use crate::graph::vocab::{dcterms, fg, owl, prov, rdf, rdfs, skos, wd};
use crate::graph::{self, Base, Resolved};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
    TermRef,
};
use oxigraph::store::{StorageError, Store, Transaction};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The ontology, compiled in; loaded into its own named graph (the ontology IRI).
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/factgraph.ttl");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("opening store {}: locked by another process (another factgraph is using it)", path.display())]
    Locked { path: PathBuf },
    #[error("opening store {}: {message}", path.display())]
    Open { path: PathBuf, message: String },
    #[error("{action}: {source}")]
    Storage {
        action: String,
        #[source]
        source: StorageError,
    },
    #[error("loading the ontology: {0}")]
    Ontology(String),
    #[error("remove: no document with id {0:?} in the store")]
    NoSuchDocument(String),
    #[error("show: no entity labelled or named {0:?} in the store")]
    NoSuchEntity(String),
    #[error("{action}: {message}")]
    Other { action: String, message: String },
}

fn storage(action: impl Into<String>) -> impl FnOnce(StorageError) -> StoreError {
    let action = action.into();
    move |source| StoreError::Storage { action, source }
}

/// What happened to one document on ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IngestOutcome {
    /// Its content hash matched the stored one: nothing was written.
    Unchanged,
    /// Written (replacing any earlier version): entities and facts counted.
    Written { entities: usize, facts: usize },
}

/// A factgraph store: an Oxigraph store plus the base IRI resources are minted under.
pub struct FactStore {
    store: Store,
    base: Base,
    path: Option<PathBuf>,
    /// Lower-cased rdfs:label / skos:altLabel -> entity IRIs, built on the first ingest
    /// and kept up to date by this process, so resolving a label is not a scan of every
    /// label in the store. Entries may be stale (a replaced document); candidates are
    /// re-checked against the store before use.
    labels: std::sync::Mutex<Option<HashMap<String, Vec<NamedNode>>>>,
}

impl FactStore {
    /// Opens (creating on first use) the store at `path` and makes sure the current
    /// ontology is in it. A store another process holds open is reported as locked.
    pub fn open(path: &Path, base: Base) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !parent.exists() {
                std::fs::create_dir_all(parent).map_err(|e| StoreError::Open {
                    path: path.to_owned(),
                    message: e.to_string(),
                })?;
            }
        }
        let store = Store::open(path).map_err(|e| {
            let message = e.to_string();
            let lower = message.to_lowercase();
            if lower.contains("lock") && (lower.contains("temporarily unavailable") || lower.contains("lock hold") || lower.contains("resource busy") || lower.contains("while lock")) {
                StoreError::Locked { path: path.to_owned() }
            } else {
                StoreError::Open { path: path.to_owned(), message }
            }
        })?;
        let s = FactStore { store, base, path: Some(path.to_owned()), labels: Default::default() };
        s.ensure_ontology()?;
        Ok(s)
    }

    /// An in-memory store (tests, tools).
    pub fn in_memory(base: Base) -> Result<Self, StoreError> {
        let store = Store::new().map_err(storage("creating an in-memory store"))?;
        let s = FactStore { store, base, path: None, labels: Default::default() };
        s.ensure_ontology()?;
        Ok(s)
    }

    pub fn base(&self) -> &Base {
        &self.base
    }
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
    /// The underlying Oxigraph store.
    pub fn oxigraph(&self) -> &Store {
        &self.store
    }

    /// Total number of quads, every graph included.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(storage("counting quads"))
    }
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// The ontology's quads, parsed from the compiled-in Turtle into the ontology graph.
    pub fn ontology_quads() -> Result<Vec<Quad>, StoreError> {
        RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(fg::ONTOLOGY)
            .for_slice(ONTOLOGY_TTL.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| StoreError::Ontology(format!("ontology/factgraph.ttl: {e}")))
    }

    /// Loads the ontology into its graph when missing or changed. "Changed" is judged by
    /// quad count and the presence of every blank-node-free quad, so no bookkeeping
    /// triple is needed.
    fn ensure_ontology(&self) -> Result<(), StoreError> {
        let quads = Self::ontology_quads()?;
        let graph = GraphNameRef::NamedNode(fg::ONTOLOGY);
        let stored = self
            .store
            .quads_for_pattern(None, None, None, Some(graph))
            .count();
        let mut same = stored == quads.len();
        if same {
            for q in quads.iter().filter(|q| !q.subject.is_blank_node() && !q.object.is_blank_node()) {
                if !self.store.contains(q).map_err(storage("checking the ontology"))? {
                    same = false;
                    break;
                }
            }
        }
        if same {
            return Ok(());
        }
        let mut tx = self.store.start_transaction().map_err(storage("loading the ontology"))?;
        tx.clear_graph(graph).map_err(storage("loading the ontology"))?;
        tx.extend(quads.iter());
        tx.commit().map_err(storage("loading the ontology"))
    }

    /// Is a document with this id and content hash already stored?
    pub fn is_unchanged(&self, doc: &Document) -> Result<bool, StoreError> {
        let iri = self.base.document_iri(&doc.id);
        let hash = graph::content_hash(doc);
        self.store
            .contains(&Quad::new(
                iri.clone(),
                fg::CONTENT_HASH,
                Literal::from(hash),
                iri,
            ))
            .map_err(storage(format!("ingesting {}", doc.id)))
    }

    /// Writes one document and its extraction in one transaction (all of its facts or
    /// none), replacing any earlier version of the same document id. Skipped when the
    /// stored content hash is the same, unless `force`.
    pub fn ingest(
        &self,
        doc: &Document,
        extraction: &Extraction,
        force: bool,
    ) -> Result<IngestOutcome, StoreError> {
        if !force && self.is_unchanged(doc)? {
            return Ok(IngestOutcome::Unchanged);
        }
        let action = format!("ingesting {} ({})", doc.id, doc.origin.display());
        let hash = graph::content_hash(doc);
        let doc_iri = self.base.document_iri(&doc.id);
        let mut tx = self.store.start_transaction().map_err(storage(action.clone()))?;
        clear_document(&mut tx, doc_iri.as_ref()).map_err(storage(action.clone()))?;
        let mut resolved: Vec<Resolved> = Vec::with_capacity(extraction.entities.len());
        for entity in &extraction.entities {
            let r = self
                .resolve(&tx, doc, entity, &resolved, extraction)
                .map_err(storage(action.clone()))?;
            resolved.push(r);
        }
        let quads = graph::document_quads(&self.base, doc, &hash, extraction, &resolved);
        tx.extend(quads.graph.iter());
        tx.extend(quads.provenance.iter());
        tx.commit().map_err(storage(action))?;
        if let Some(index) = self.labels.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            for q in &quads.graph {
                index_label(index, q);
            }
        }
        Ok(IngestOutcome::Written { entities: quads.entities, facts: quads.facts })
    }

    /// Finds the IRI an entity already has: by its Wikidata QID (owl:sameAs), then by a
    /// case-insensitive rdfs:label / skos:altLabel match among entities of the same kind
    /// (earlier entities of this document included); else mints `{base}resource/kind/slug`
    /// (`{base}resource/event/{doc}/slug` for an unlinked event).
    fn resolve(
        &self,
        tx: &Transaction<'_>,
        doc: &Document,
        entity: &crate::extract::Entity,
        earlier: &[Resolved],
        extraction: &Extraction,
    ) -> Result<Resolved, StorageError> {
        let stored = |iri: NamedNode| -> Result<Resolved, StorageError> {
            let label = first_label(tx, iri.as_ref())?;
            Ok(Resolved { iri, stored_label: label })
        };
        // Same QID earlier in this document, then in the store.
        if let Some(qid) = &entity.wikidata {
            for (e, r) in extraction.entities.iter().zip(earlier) {
                if e.wikidata.as_ref() == Some(qid) {
                    return Ok(r.clone());
                }
            }
            let wd = NamedNode::new_unchecked(format!("{}{qid}", wd::NS));
            for q in tx.quads_for_pattern(None, Some(owl::SAME_AS), Some(wd.as_ref().into()), None) {
                if let NamedOrBlankNode::NamedNode(s) = q?.subject {
                    return stored(s);
                }
            }
        }
        // Same label (any form) and kind, case-insensitively.
        let wanted = entity.label.to_lowercase();
        for (e, r) in extraction.entities.iter().zip(earlier) {
            if e.kind == entity.kind
                && compatible_qids(e.wikidata.as_deref(), entity.wikidata.as_deref())
                && std::iter::once(&e.label).chain(&e.alt_labels).any(|l| l.to_lowercase() == wanted)
            {
                return Ok(r.clone());
            }
        }
        // Unlinked events are named within their document: "the seminar" of one article
        // is not the seminar of another.
        if entity.kind == EntityType::Event && entity.wikidata.is_none() {
            let iri = self.base.document_event_iri(&doc.id, &entity.label);
            let label = first_label(tx, iri.as_ref())?;
            return Ok(Resolved { iri, stored_label: label });
        }
        let ns = self.base.kind_namespace(entity.kind);
        let candidates = {
            let mut guard = self.labels.lock().unwrap_or_else(|e| e.into_inner());
            if guard.is_none() {
                let mut index = HashMap::new();
                for p in [rdfs::LABEL, skos::ALT_LABEL] {
                    for q in self.store.quads_for_pattern(None, Some(p), None, None) {
                        index_label(&mut index, &q?);
                    }
                }
                *guard = Some(index);
            }
            guard.as_ref().and_then(|i| i.get(&wanted)).cloned().unwrap_or_default()
        };
        for s in candidates {
            if !s.as_str().starts_with(&ns) {
                continue;
            }
            // Still labelled so (in this transaction's view)?
            let still = [rdfs::LABEL, skos::ALT_LABEL].into_iter().any(|p| {
                tx.quads_for_pattern(Some(s.as_ref().into()), Some(p), None, None)
                    .filter_map(Result::ok)
                    .any(|q| matches!(&q.object, Term::Literal(l) if l.value().to_lowercase() == wanted))
            });
            if still && compatible_qids(same_as_qid(tx, s.as_ref())?.as_deref(), entity.wikidata.as_deref()) {
                return stored(s);
            }
        }
        // A new IRI; disambiguated by QID if the slug is taken by a differently linked entity.
        let mut iri = self.base.entity_iri(entity.kind, &entity.label);
        if let Some(qid) = &entity.wikidata {
            let other = same_as_qid(tx, iri.as_ref())?;
            if other.is_some_and(|o| &o != qid) {
                iri = NamedNode::new_unchecked(format!("{}-{}", iri.as_str(), qid.to_lowercase()));
            }
        }
        let label = first_label(tx, iri.as_ref())?;
        Ok(Resolved { iri, stored_label: label })
    }

    /// Deletes a document's graph and provenance graph. Entities only that document
    /// supported disappear with them (every entity triple lives in a document graph).
    pub fn remove(&self, doc_id: &str) -> Result<(), StoreError> {
        let iri = self.base.document_iri(doc_id);
        let action = format!("removing {doc_id}");
        let exists = self
            .store
            .contains_named_graph(iri.as_ref())
            .map_err(storage(action.clone()))?;
        if !exists {
            return Err(StoreError::NoSuchDocument(doc_id.to_owned()));
        }
        let mut tx = self.store.start_transaction().map_err(storage(action.clone()))?;
        clear_document(&mut tx, iri.as_ref()).map_err(storage(action.clone()))?;
        tx.commit().map_err(storage(action))?;
        *self.labels.lock().unwrap_or_else(|e| e.into_inner()) = None;
        Ok(())
    }

    /// Ids of every stored document, sorted.
    pub fn document_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut ids = Vec::new();
        for q in self.store.quads_for_pattern(None, Some(dcterms::IDENTIFIER), None, None) {
            let q = q.map_err(storage("listing documents"))?;
            if let Term::Literal(l) = q.object {
                ids.push(l.value().to_owned());
            }
        }
        ids.sort();
        ids.dedup();
        Ok(ids)
    }

    /// Counts for `factgraph stats`.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let act = "stats";
        let mut st = Stats { documents: self.document_ids()?.len(), ..Stats::default() };
        // Entities by (most specific) class, counted once per entity and class.
        let mut by_class: BTreeMap<String, std::collections::BTreeSet<NamedNode>> = BTreeMap::new();
        let mut entities = std::collections::BTreeSet::new();
        let mut quotations = std::collections::BTreeSet::new();
        for q in self.store.quads_for_pattern(None, Some(rdf::TYPE), None, None) {
            let q = q.map_err(storage(act))?;
            if q.graph_name.as_ref() == GraphNameRef::NamedNode(fg::ONTOLOGY) {
                continue;
            }
            let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(c)) = (q.subject, q.object) else {
                continue;
            };
            if let Some(local) = c.as_str().strip_prefix(fg::NS) {
                if local == "Quotation" {
                    quotations.insert(s);
                    continue;
                }
                if local == "Document" {
                    continue;
                }
                entities.insert(s.clone());
                by_class.entry(local.to_owned()).or_default().insert(s);
            }
        }
        st.entities = entities.len();
        st.quotations = quotations.len();
        st.entities_by_class = by_class.into_iter().map(|(c, s)| (c, s.len())).collect();
        for p in crate::extract::Predicate::ALL {
            let pi = graph::predicate_iri(p);
            let mut set = std::collections::HashSet::new();
            for q in self.store.quads_for_pattern(None, Some(pi), None, None) {
                let q = q.map_err(storage(act))?;
                set.insert((q.subject, q.object));
            }
            if !set.is_empty() {
                st.facts += set.len();
                st.facts_by_predicate.push((p.local_name().to_owned(), set.len()));
            }
        }
        let mut linked = std::collections::HashSet::new();
        for q in self.store.quads_for_pattern(None, Some(owl::SAME_AS), None, None) {
            let q = q.map_err(storage(act))?;
            if let Term::NamedNode(o) = &q.object {
                if o.as_str().starts_with(wd::NS) {
                    linked.insert(q.subject);
                }
            }
        }
        st.wikidata_links = linked.len();
        st.quads = self.len()?;
        Ok(st)
    }

    /// The entities matching `name` (an IRI, a prefixed name like `person:ali-khan`, or a
    /// label / alternative label, case-insensitive) with their facts and evidence.
    pub fn show(&self, name: &str) -> Result<Vec<EntityReport>, StoreError> {
        let act = "show";
        let mut iris: Vec<NamedNode> = Vec::new();
        let as_iri = name
            .strip_prefix('<')
            .and_then(|n| n.strip_suffix('>'))
            .map(str::to_owned)
            .or_else(|| query::expand_prefixed(name, &self.base))
            .or_else(|| name.contains("://").then(|| name.to_owned()));
        if let Some(iri) = as_iri.and_then(|i| NamedNode::new(i).ok()) {
            if self
                .store
                .quads_for_pattern(Some(iri.as_ref().into()), Some(rdf::TYPE), None, None)
                .next()
                .is_some()
            {
                iris.push(iri);
            }
        }
        if iris.is_empty() {
            let wanted = name.to_lowercase();
            for p in [rdfs::LABEL, skos::ALT_LABEL] {
                for q in self.store.quads_for_pattern(None, Some(p), None, None) {
                    let q = q.map_err(storage(act))?;
                    if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (q.subject, q.object) {
                        if l.value().to_lowercase() == wanted && !iris.contains(&s) {
                            iris.push(s);
                        }
                    }
                }
            }
        }
        if iris.is_empty() {
            // "Szabó" finds "György Szabó": every entity whose label contains the words.
            let wanted = format!(" {} ", crate::link::gazetteer::normalize_name(name));
            for p in [rdfs::LABEL, skos::ALT_LABEL] {
                for q in self.store.quads_for_pattern(None, Some(p), None, None) {
                    let q = q.map_err(storage(act))?;
                    if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (q.subject, q.object) {
                        let label = format!(" {} ", crate::link::gazetteer::normalize_name(l.value()));
                        if wanted.trim() != "" && label.contains(&wanted) && !iris.contains(&s) {
                            iris.push(s);
                        }
                    }
                }
            }
        }
        if iris.is_empty() {
            return Err(StoreError::NoSuchEntity(name.to_owned()));
        }
        iris.sort();
        iris.iter().map(|i| self.entity_report(i)).collect()
    }

    fn entity_report(&self, iri: &NamedNode) -> Result<EntityReport, StoreError> {
        let act = "show";
        let st = &self.store;
        let mut r = EntityReport {
            iri: iri.clone(),
            label: None,
            alt_labels: Vec::new(),
            classes: Vec::new(),
            same_as: Vec::new(),
            documents: Vec::new(),
            facts: Vec::new(),
        };
        let mut facts: Vec<(bool, NamedNode, Term)> = Vec::new();
        for q in st.quads_for_pattern(Some(iri.as_ref().into()), None, None, None) {
            let q = q.map_err(storage(act))?;
            if is_provenance(q.graph_name.as_ref()) {
                continue;
            }
            match (q.predicate.as_ref(), &q.object) {
                (p, Term::NamedNode(c)) if p == rdf::TYPE && c.as_str().starts_with(fg::NS) => {
                    let c = c.clone();
                    if !r.classes.contains(&c) {
                        r.classes.push(c);
                    }
                }
                (p, Term::Literal(l)) if p == rdfs::LABEL => {
                    r.label.get_or_insert_with(|| l.value().to_owned());
                }
                (p, Term::Literal(l)) if p == skos::ALT_LABEL => push_unique(&mut r.alt_labels, l.value().to_owned()),
                (p, Term::NamedNode(o)) if p == owl::SAME_AS => push_unique(&mut r.same_as, o.as_str().to_owned()),
                (p, Term::NamedNode(d)) if p == fg::MENTIONED_IN => {
                    push_unique(&mut r.documents, self.document_id(d.as_ref())?.unwrap_or_else(|| d.as_str().to_owned()))
                }
                (p, o) if p.as_str().starts_with(fg::NS) => {
                    let f = (false, q.predicate.clone(), o.clone());
                    if !facts.contains(&f) {
                        facts.push(f);
                    }
                }
                _ => {}
            }
        }
        for q in st.quads_for_pattern(None, None, Some(iri.as_ref().into()), None) {
            let q = q.map_err(storage(act))?;
            if is_provenance(q.graph_name.as_ref()) || !q.predicate.as_str().starts_with(fg::NS) {
                continue;
            }
            let f = (true, q.predicate.clone(), q.subject.clone().into());
            if !facts.contains(&f) {
                facts.push(f);
            }
        }
        for (incoming, p, other) in facts {
            let (s, o): (Term, Term) = if incoming {
                (other.clone(), iri.clone().into())
            } else {
                (iri.clone().into(), other.clone())
            };
            let mut fr = FactReport {
                incoming,
                predicate: p.clone(),
                other: other.clone(),
                other_label: match &other {
                    Term::NamedNode(n) => first_label_store(st, n.as_ref()).map_err(storage(act))?,
                    _ => None,
                },
                quotation: None,
                evidence: Vec::new(),
            };
            if let Term::NamedNode(n) = &other {
                if p.as_ref() == fg::SAID {
                    fr.quotation = st
                        .quads_for_pattern(Some(n.as_ref().into()), Some(fg::TEXT), None, None)
                        .filter_map(Result::ok)
                        .find_map(|q| match q.object {
                            Term::Literal(l) => Some(l.value().to_owned()),
                            _ => None,
                        });
                }
            }
            fr.evidence = self.evidence(&s, p.as_ref(), &o)?;
            r.facts.push(fr);
        }
        r.facts.sort_by(|a, b| (a.incoming, a.predicate.as_str()).cmp(&(b.incoming, b.predicate.as_str())));
        Ok(r)
    }

    /// The provenance of one triple: each (document id, sentence) it was derived from.
    pub fn evidence(&self, s: &Term, p: NamedNodeRef<'_>, o: &Term) -> Result<Vec<Evidence>, StoreError> {
        let act = "reading provenance";
        let st = &self.store;
        let mut out = Vec::new();
        for q in st.quads_for_pattern(None, Some(owl::ANNOTATED_SOURCE), Some(s.as_ref()), None) {
            let q = q.map_err(storage(act))?;
            let a = q.subject.as_ref();
            let g = q.graph_name.as_ref();
            let has = |pp: NamedNodeRef<'_>, oo: TermRef<'_>| st.contains(oxigraph::model::QuadRef::new(a, pp, oo, g));
            if !has(owl::ANNOTATED_PROPERTY, p.into()).map_err(storage(act))?
                || !has(owl::ANNOTATED_TARGET, o.as_ref()).map_err(storage(act))?
            {
                continue;
            }
            let get = |pp: NamedNodeRef<'_>| -> Option<Term> {
                st.quads_for_pattern(Some(a), Some(pp), None, Some(g)).filter_map(Result::ok).next().map(|q| q.object)
            };
            let lit = |t: Option<Term>| match t {
                Some(Term::Literal(l)) => Some(l.value().to_owned()),
                _ => None,
            };
            let doc = match get(prov::WAS_DERIVED_FROM) {
                Some(Term::NamedNode(d)) => self.document_id(d.as_ref())?.unwrap_or_else(|| d.as_str().to_owned()),
                _ => String::new(),
            };
            out.push(Evidence {
                document: doc,
                sentence: lit(get(fg::SENTENCE)),
                evidence: lit(get(fg::EVIDENCE_TEXT)),
                rule: lit(get(fg::RULE)),
                confidence: lit(get(fg::CONFIDENCE)),
            });
        }
        out.sort_by(|a, b| a.document.cmp(&b.document));
        Ok(out)
    }

    fn document_id(&self, doc: NamedNodeRef<'_>) -> Result<Option<String>, StoreError> {
        for q in self.store.quads_for_pattern(Some(doc.into()), Some(dcterms::IDENTIFIER), None, None) {
            if let Term::Literal(l) = q.map_err(storage("reading a document id"))?.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
    }
}

fn index_label(index: &mut HashMap<String, Vec<NamedNode>>, q: &Quad) {
    if q.predicate.as_ref() != rdfs::LABEL && q.predicate.as_ref() != skos::ALT_LABEL {
        return;
    }
    if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) {
        let v = index.entry(l.value().to_lowercase()).or_default();
        if !v.contains(s) {
            v.push(s.clone());
        }
    }
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

/// Is this graph a document's provenance graph?
pub fn is_provenance(g: GraphNameRef<'_>) -> bool {
    matches!(g, GraphNameRef::NamedNode(n) if n.as_str().ends_with("/provenance"))
}

fn clear_document(tx: &mut Transaction<'_>, doc_iri: NamedNodeRef<'_>) -> Result<(), StorageError> {
    let prov = graph::provenance_graph(doc_iri);
    tx.remove_named_graph(doc_iri)?;
    tx.remove_named_graph(prov.as_ref())?;
    Ok(())
}

fn first_label(tx: &Transaction<'_>, iri: NamedNodeRef<'_>) -> Result<Option<String>, StorageError> {
    let mut labels = Vec::new();
    for q in tx.quads_for_pattern(Some(iri.into()), Some(rdfs::LABEL), None, None) {
        if let Term::Literal(l) = q?.object {
            labels.push(l.value().to_owned());
        }
    }
    // Normally one value; if graphs disagree, pick deterministically.
    labels.sort();
    Ok(labels.into_iter().next())
}

fn first_label_store(st: &Store, iri: NamedNodeRef<'_>) -> Result<Option<String>, StorageError> {
    let mut labels = Vec::new();
    for q in st.quads_for_pattern(Some(iri.into()), Some(rdfs::LABEL), None, None) {
        if let Term::Literal(l) = q?.object {
            labels.push(l.value().to_owned());
        }
    }
    labels.sort();
    Ok(labels.into_iter().next())
}

fn same_as_qid(tx: &Transaction<'_>, iri: NamedNodeRef<'_>) -> Result<Option<String>, StorageError> {
    for q in tx.quads_for_pattern(Some(iri.into()), Some(owl::SAME_AS), None, None) {
        if let Term::NamedNode(o) = q?.object {
            if let Some(qid) = o.as_str().strip_prefix(wd::NS) {
                return Ok(Some(qid.to_owned()));
            }
        }
    }
    Ok(None)
}

/// Two entities may merge unless both are linked to different Wikidata items.
fn compatible_qids(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub quads: usize,
    pub documents: usize,
    pub entities: usize,
    /// (fg class local name, distinct individuals), sorted by class. An entity typed
    /// differently by two documents counts under both.
    pub entities_by_class: Vec<(String, usize)>,
    pub quotations: usize,
    pub facts: usize,
    /// (predicate local name, distinct triples in the union), in guideline order.
    pub facts_by_predicate: Vec<(String, usize)>,
    /// Entities with an owl:sameAs to Wikidata.
    pub wikidata_links: usize,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "documents       {}", self.documents)?;
        writeln!(f, "entities        {}", self.entities)?;
        for (c, n) in &self.entities_by_class {
            writeln!(f, "  fg:{c:<28} {n}")?;
        }
        writeln!(f, "quotations      {}", self.quotations)?;
        writeln!(f, "facts           {}", self.facts)?;
        for (p, n) in &self.facts_by_predicate {
            writeln!(f, "  fg:{p:<28} {n}")?;
        }
        writeln!(f, "wikidata links  {}", self.wikidata_links)?;
        writeln!(f, "quads           {}", self.quads)
    }
}

#[derive(Debug, Clone)]
pub struct EntityReport {
    pub iri: NamedNode,
    pub label: Option<String>,
    pub alt_labels: Vec<String>,
    pub classes: Vec<NamedNode>,
    pub same_as: Vec<String>,
    pub documents: Vec<String>,
    pub facts: Vec<FactReport>,
}

#[derive(Debug, Clone)]
pub struct FactReport {
    /// The entity is the object (`other predicate entity`) rather than the subject.
    pub incoming: bool,
    pub predicate: NamedNode,
    pub other: Term,
    pub other_label: Option<String>,
    /// fg:said: the quotation's text.
    pub quotation: Option<String>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub document: String,
    pub sentence: Option<String>,
    pub evidence: Option<String>,
    pub rule: Option<String>,
    pub confidence: Option<String>,
}

fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

impl std::fmt::Display for EntityReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let classes: Vec<&str> = self.classes.iter().map(|c| local(c.as_str())).collect();
        writeln!(
            f,
            "{} <{}> ({})",
            self.label.as_deref().unwrap_or("?"),
            self.iri.as_str(),
            classes.join(", ")
        )?;
        if !self.alt_labels.is_empty() {
            writeln!(f, "  also: {}", self.alt_labels.join("; "))?;
        }
        for s in &self.same_as {
            writeln!(f, "  same as: {s}")?;
        }
        if !self.documents.is_empty() {
            writeln!(f, "  mentioned in: {}", self.documents.join(", "))?;
        }
        for fact in &self.facts {
            let other = match (&fact.quotation, &fact.other_label, &fact.other) {
                (Some(q), _, _) => format!("\u{201c}{q}\u{201d}"),
                (None, Some(l), _) => l.clone(),
                (None, None, Term::Literal(l)) => l.value().to_owned(),
                (None, None, t) => t.to_string(),
            };
            let p = local(fact.predicate.as_str());
            if fact.incoming {
                writeln!(f, "  <- {other} {p}")?;
            } else {
                writeln!(f, "  {p}: {other}")?;
            }
            for e in &fact.evidence {
                writeln!(
                    f,
                    "      [{}] {}",
                    e.document,
                    e.sentence.as_deref().or(e.evidence.as_deref()).unwrap_or("")
                )?;
            }
        }
        Ok(())
    }
}

/// Literal helper used by tests and tools: the single value of `s p ?o` in the union.
pub fn value_of(store: &FactStore, s: NamedNodeRef<'_>, p: NamedNodeRef<'_>) -> Option<String> {
    store
        .store
        .quads_for_pattern(Some(s.into()), Some(p), None, None)
        .filter_map(Result::ok)
        .find_map(|q| match q.object {
            Term::Literal(l) => Some(l.value().to_owned()),
            Term::NamedNode(n) => Some(n.as_str().to_owned()),
            _ => None,
        })
}
