//! factgraph: English news in, an RDF knowledge graph out.
//!
//! The library is the whole tool; the `factgraph` binary only parses arguments and calls
//! into it. Stages, in pipeline order:
//! - [`document`]: reading articles (txt, md, jsonl, stdin) and their datelines;
//! - [`text`]: normalisation, sentences, tokens, mentions — every piece keeps its span;
//! - [`extract`]: entities and facts (the closed relation set of the guidelines);
//! - [`link`]: Wikidata identifiers for entities;
//! - [`nlp`]: trained tagger, lemmatizer, dependency parser and entity recognizer;
//! - [`graph`]: facts as RDF quads under the factgraph ontology, with provenance;
//! - [`store`]: the persistent Oxigraph store, queries and exports;
//! - [`eval`]: scoring against gold articles.

pub mod document;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod link;
pub mod nlp;
pub mod store;
pub mod text;
