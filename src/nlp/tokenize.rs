//! Raw text to UD-style words: the project's segmenter (src/text/segment.rs) finds sentences
//! and tokens; this pass then splits them the way UD English EWT does, so the models see
//! the tokens they were trained on: clitics ("do|n't", "we|'re", "it|'s" already split),
//! hyphens and slashes inside words ("Al|-|Zaman", "and|/|or"). Every word keeps its byte
//! span in the original text.

use crate::document::Span;
use crate::text::segment::{segment, TokenKind};

/// Sentences (span, word spans) of `text`.
pub fn tokenize(text: &str) -> Vec<(Span, Vec<Span>)> {
    let (tokens, sentences) = segment(text);
    sentences
        .into_iter()
        .map(|s| {
            let mut words = Vec::new();
            for t in &tokens[s.tokens.clone()] {
                if t.kind == TokenKind::Word {
                    split_word(text, t.span, &mut words);
                } else {
                    words.push(t.span);
                }
            }
            (s.span, words)
        })
        .collect()
}

const CLITICS: &[&str] = &["n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m", "'s", "’s"];

fn split_word(text: &str, span: Span, out: &mut Vec<Span>) {
    let w = &text[span.start..span.end];
    // Hyphens and slashes between letters or digits split the word.
    let bytes: Vec<(usize, char)> = w.char_indices().collect();
    let mut start = 0;
    for (k, &(i, c)) in bytes.iter().enumerate() {
        let inner = k > 0 && k + 1 < bytes.len() && bytes[k - 1].1.is_alphanumeric() && bytes[k + 1].1.is_alphanumeric();
        if inner && matches!(c, '-' | '/' | '–') && !w.contains("://") {
            split_clitic(text, Span::new(span.start + start, span.start + i), out);
            out.push(Span::new(span.start + i, span.start + i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    split_clitic(text, Span::new(span.start + start, span.end), out);
}

fn split_clitic(text: &str, span: Span, out: &mut Vec<Span>) {
    if span.start >= span.end {
        return;
    }
    let w = &text[span.start..span.end];
    let lower = w.to_lowercase();
    for c in CLITICS {
        if lower.ends_with(c) && lower.len() > c.len() && lower.is_char_boundary(lower.len() - c.len()) && lower.len() == w.len() {
            let cut = span.end - c.len();
            out.push(Span::new(span.start, cut));
            out.push(Span::new(cut, span.end));
            return;
        }
    }
    out.push(span);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_ewt() {
        let text = "I don't think the OSCE-supported seminar's over. We're done.";
        let s = tokenize(text);
        let words: Vec<Vec<&str>> = s.iter().map(|(_, w)| w.iter().map(|sp| &text[sp.start..sp.end]).collect()).collect();
        assert_eq!(words[0], ["I", "do", "n't", "think", "the", "OSCE", "-", "supported", "seminar", "'s", "over", "."]);
        assert_eq!(words[1], ["We", "'re", "done", "."]);
    }
}
