//! Every integration test, as modules of one test binary. Each file was a binary of its
//! own; each linked the library with RocksDB and ran one after another, which cost CI
//! about a minute of linking and let no two files' tests run side by side.
//!
//! Run one file's tests with a filter: `cargo test --test suite link_gum -- --ignored`.

mod common;

mod cli;
mod export_owlapi;
mod extraction_cases;
mod gazetteer;
mod lexicon_examples;
mod link;
mod link_gum;
mod link_online;
mod nlp;
mod ontology_owlapi;
mod robustness;
mod roundtrip;
mod store;
mod vocab_terms;
mod wikidata_import;
