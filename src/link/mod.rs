//! Wikidata linking: turning extracted entity names into Wikidata identifiers.
//!
//! Extraction yields names ("Astana", "the OSCE"); the graph wants stable identifiers so that
//! facts from different articles about the same place or organisation meet on one node and
//! can be joined with Wikidata. This module owns that step. Its first piece is a bundled,
//! hand-authored [`Gazetteer`] of well-known places and organisations, which works offline
//! and needs no external data at run time.

pub mod gazetteer;

pub use gazetteer::{Gazetteer, GazetteerEntry};
