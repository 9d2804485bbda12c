//! Wikidata linking: turning extracted entity names into Wikidata identifiers.
//!
//! Extraction yields names ("Astana", "the OSCE"); the graph wants stable identifiers so that
//! facts from different articles about the same place or organisation meet on one node and
//! can be joined with Wikidata. This module owns that step:
//! - [`gazetteer`]: the bundled, hand-authored gazetteer of well-known places and
//!   organisations, which works offline and needs no external data at run time;
//! - [`dump`] and [`index`]: `factgraph wikidata import`, which streams official Wikidata
//!   JSON dumps into a memory-mapped on-disk index;
//! - [`types`]: Wikidata classes mapped to factgraph entity types;
//! - [`linker`]: candidate generation over stacked indexes and context-aware
//!   disambiguation with a "no link" threshold;
//! - [`online`]: `--online`, asking Wikidata's API (with an on-disk cache) about names the
//!   offline sources miss;
//! - [`relink`]: `factgraph link`, re-linking a store without re-ingesting.

pub mod dump;
pub mod gazetteer;
pub mod index;
pub mod linker;
pub mod online;
pub mod relink;
pub mod towns;
pub mod types;

pub use gazetteer::{Gazetteer, GazetteerEntry};
pub use towns::{Town, Towns};
pub use index::{import, ImportOptions, ImportReport, IndexError, WikidataIndex};
pub use linker::{link_extraction, Candidate, LinkConfig, LinkDecision, Linker};
pub use online::{OnlineConfig, OnlineError, OnlineLookup, OnlineStats};
