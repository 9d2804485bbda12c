//! The text stages of the pipeline, each keeping byte spans into the original text:
//! normalisation (character classes only: the text itself is never rewritten, so offsets
//! stay valid), sentence splitting, tokenisation, and date expressions.

pub mod dates;
pub mod segment;

pub use segment::{segment, Sentence, Token, TokenKind};

/// Opening and closing quotation marks, straight or typographic.
pub fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Folds typographic apostrophes and dashes to ASCII for comparisons (not for output).
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '–' | '—' | '‐' => '-',
            _ => c,
        })
        .collect()
}
