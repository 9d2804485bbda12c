//! The trained NLP core, in pure Rust: part-of-speech tagger and lemmatizer, transition-based
//! dependency parser and named-entity recognizer, all averaged perceptrons trained by the
//! project itself from ../shared/data (`factgraph train`), saved under data/models/ and
//! embedded in the binary so annotation needs no files or downloads at run time.
//!
//! Entry points: [`Pipeline::annotate`] for raw text (byte spans into the input) and
//! [`Pipeline::annotate_sentences`] for given CoNLL-U tokens; [`train`] rebuilds models.

pub mod bundled;
pub mod conllu;
pub mod eval;
pub mod features;
pub mod lemma;
pub mod lists;
pub mod model;
pub mod ner;
pub mod parser;
pub mod perceptron;
pub mod pipeline;
pub mod tagger;
pub mod tokenize;
pub mod train;

pub use pipeline::{AnnotatedSentence, AnnotatedToken, Entity, MultiwordToken, Pipeline};

/// Errors of the NLP stages; each names the action and the input it concerns.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    #[error("reading {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("writing {path}: {source}")]
    Write { path: String, source: std::io::Error },
    #[error("{input}: line {line}: {reason}")]
    Input { input: String, line: usize, reason: String },
    #[error("loading model {model}: {reason}")]
    Model { model: String, reason: String },
    #[error("training {model}: {reason}")]
    Train { model: String, reason: String },
}
