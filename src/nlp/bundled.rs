//! The committed models, embedded with `include_bytes!` so the binary annotates from any
//! directory with no files beside it (and `cargo install` copies nothing else). An empty
//! file means "not trained yet": the tagger is then an error, parser and NER are skipped.

pub const TAGGER_BYTES: &[u8] = include_bytes!("../../data/models/tagger.bin");
const PARSER_BYTES: &[u8] = include_bytes!("../../data/models/parser.bin");
const NER_BYTES: &[u8] = include_bytes!("../../data/models/ner.bin");

pub const TAGGER: &[u8] = TAGGER_BYTES;
pub const PARSER: Option<&[u8]> = if PARSER_BYTES.is_empty() { None } else { Some(PARSER_BYTES) };
pub const NER: Option<&[u8]> = if NER_BYTES.is_empty() { None } else { Some(NER_BYTES) };
